#!/usr/bin/env bash
# Installs what is needed and runs every check and test: formatting, lints,
# type checks, unit and acceptance tests, the bindings drift check, and the
# end-to-end tests against the built app under a virtual display.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
install_tauri_driver
install_independent_readers
# The end-to-end tests keep a password in a real keyring: GNOME Keyring in a D-Bus session.
# The team server's tests start throwaway clusters of Debian's PostgreSQL (one with TLS,
# its certificates from a test CA made with openssl).
install_packages dbus gnome-keyring postgresql openssl
cd "$ROOT"

say "Rust formatting"
cargo fmt --all --check

say "UI: type check, lint, unit tests, build"
(cd ui && npm run check && npm run lint && npm test && npm run build)
export ALMANAC_UI_BUILT=1
# In CI's fresh clone every file is new, so Cargo would rebuild every crate of the
# workspace; the unchanged files get back the times the shared target folder knows them by.
if [ -n "${ALMANAC_SOURCE_TIMES:-}" ]; then
  python3 scripts/source-times.py "$ALMANAC_SOURCE_TIMES" "$ROOT" ui/dist
fi

# The installers' release build is the longest step, and the checks below leave cores idle
# (a big crate compiles, and a test binary links, on one core; the end-to-end tests wait on
# windows), so the installers are built beside them from here on, at a lower priority so
# the checks keep their pace and the windows stay prompt. The tests that need the
# installers (the .deb install and the benchmarks of the release build) run once they are
# built, alone, so the figures measure nothing else.
say "Installers (scripts/package.sh), built in the background: the .deb the install test puts on this machine"
LOGS="$(mktemp -d)"
# A failed step stops what still runs in the background too.
# The script's own status is kept: under `set -e` a failing `kill` (no job left) would
# otherwise turn a green run into a failure.
stop_background() {
  local status=$?
  jobs -p | xargs -r kill 2>/dev/null || true
  rm -rf "$LOGS"
  exit "$status"
}
trap stop_background EXIT
nice -n 10 bash scripts/package.sh > >(sed -u 's/^/[installers] /') 2>&1 &
PACKAGING=$!

# Every cargo step names the same crates, features, profile and targets (no `--test`
# filter: selecting one test target changes the features Cargo resolves for build-time
# crates), so each crate compiles once (once more in check mode for the lints) and the
# later steps only run what the first built.
CRATES=(--workspace --features almanac/custom-protocol)

say "Rust lints"
cargo clippy "${CRATES[@]}" --all-targets -- -D warnings

say "Unit, acceptance and shell tests, including the bindings drift check"
cargo test "${CRATES[@]}"

say "Recurrence and exports against independent readers (Python icalendar, recurring-ical-events, openpyxl), a CalDAV server (Radicale) and PostgreSQL"
ALMANAC_PYTHON="$TOOLS_DIR/pyenv/bin/python" \
  cargo test "${CRATES[@]}" -- --ignored recurrence interop

say "Building the app for the end-to-end tests (the tests' units, plus the app's binary)"
cargo build "${CRATES[@]}" --bins --tests
# The suite's binary is run directly: two cargo commands on one target folder wait on
# each other's lock.
E2E="$(cargo test "${CRATES[@]}" --no-run --message-format=json |
  python3 -c 'import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "e2e" and m.get("executable"):
        print(m["executable"])')"

# Runs the end-to-end binary with the arguments given in a desktop of its own: a virtual
# display (from server number $1 up), a D-Bus session with a new GNOME Keyring unlocked as a
# desktop login unlocks it, kept in a temporary folder, and tauri-driver on ports from $2.
# Each desktop has its own runtime folder: without one, both desktops' accessibility buses
# take the same socket in ~/.cache/at-spi, and a window whose bus was taken waits minutes
# on calls that never answer.
# --nocapture: each step prints its time, so a slow or stuck run shows where in the log.
in_desktop() {
  local display="$1" port="$2"
  shift 2
  local keyring runtime
  keyring="$(mktemp -d -p "$LOGS")"
  runtime="$(mktemp -d -p "$LOGS")"
  chmod 700 "$runtime"
  XDG_RUNTIME_DIR="$runtime" \
  CARGO_MANIFEST_DIR="$ROOT" \
  ALMANAC_E2E_PORT="$port" \
  ALMANAC_APP="$CARGO_TARGET_DIR/debug/almanac" \
  ALMANAC_PYTHON="$TOOLS_DIR/pyenv/bin/python" \
    dbus-run-session -- bash -c 'printf almanac-tests | XDG_DATA_HOME="$0" gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' "$keyring" \
    xvfb-run -a -n "$display" -s "-screen 0 1440x900x24" \
    "$E2E" --ignored "$@" --test-threads=1 --nocapture
}

# The suite in two halves side by side, each in its own desktop (the tests' steps are
# mostly waits on a window). The second half is named by module; the first is the rest.
# Left for later: the .deb install and the benchmarks, which need the installers.
SECOND_HALF=(appearance:: audit:: campaign_brief:: comments:: election:: exports:: grid:: imports:: reminders:: requests:: results:: scheduling:: team_sync:: trust:: web_page::)
LATER=(package:: performance::)
say "End-to-end tests in two halves (tauri-driver + WebKitWebDriver under Xvfb, GNOME Keyring on D-Bus)"
skips=()
for module in "${SECOND_HALF[@]}" "${LATER[@]}"; do skips+=(--skip "$module"); done
in_desktop 90 4444 "${skips[@]}" > >(tee "$LOGS/e2e-1.log" | sed -u 's/^/[e2e 1] /') 2>&1 &
FIRST=$!
in_desktop 120 4544 "${SECOND_HALF[@]}" > >(tee "$LOGS/e2e-2.log" | sed -u 's/^/[e2e 2] /') 2>&1 &
SECOND=$!
failed=0
wait "$FIRST" || failed=1
wait "$SECOND" || failed=1
wait "$PACKAGING" || { echo "Building the installers failed" >&2; exit 1; }
[ "$failed" -eq 0 ] || { echo "End-to-end tests failed" >&2; exit 1; }

# A panic in the app fails the run even where the window carried on (a background thread's,
# or one a command's guard turned into an error): the app's standard error reaches these
# logs, and only the app's own code is under src-tauri/ (a failing test's is under tests/).
no_app_panic() {
  if grep -h "panicked at src-tauri/" "$@"; then
    echo "The app panicked during the end-to-end tests (above)" >&2
    exit 1
  fi
}
no_app_panic "$LOGS"/e2e-1.log "$LOGS"/e2e-2.log
DEBS=("$ROOT"/dist/*.deb)

# The release build the installers ship is what the benchmarks measure; they print their figures.
say "The .deb installed with apt, and the benchmarks of the release build"
export ALMANAC_BENCH_APP="$CARGO_TARGET_DIR/release/almanac" ALMANAC_DEB="${DEBS[0]}"
# A working day of 30 rounds (about 2.5 minutes) rather than 100 (about 8): the curve and
# its growth after the warm-up, printed; README's figure is from a run of the whole day.
export ALMANAC_WORKING_DAY_ROUNDS="${ALMANAC_WORKING_DAY_ROUNDS:-30}"
in_desktop 150 4644 "${LATER[@]}" 2>&1 | tee "$LOGS/e2e-3.log"
no_app_panic "$LOGS/e2e-3.log"

say "All checks passed"
