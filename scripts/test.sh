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

say "Installers (scripts/package.sh): the .deb the install test puts on this machine"
bash scripts/package.sh
DEBS=("$ROOT"/dist/*.deb)

# The other ignored tests are the end-to-end ones (write_bindings rewrites the bindings on
# purpose, and the crash and disk-full children run only when their parents spawn them);
# the benchmarks among them measure the release build the installers ship, and print their
# figures. --nocapture: each step prints its time, so a slow or stuck run shows where in
# the CI log. They run in a D-Bus session of their own with a new GNOME Keyring, unlocked
# as a desktop login unlocks it, kept in a temporary folder.
say "End-to-end tests (tauri-driver + WebKitWebDriver under Xvfb, GNOME Keyring on D-Bus)"
KEYRING_HOME="$(mktemp -d)"
trap 'rm -rf "$KEYRING_HOME"' EXIT
ALMANAC_APP="$CARGO_TARGET_DIR/debug/almanac" \
ALMANAC_BENCH_APP="$CARGO_TARGET_DIR/release/almanac" \
ALMANAC_DEB="${DEBS[0]}" \
ALMANAC_PYTHON="$TOOLS_DIR/pyenv/bin/python" \
  dbus-run-session -- bash -c 'printf almanac-tests | XDG_DATA_HOME="$0" gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' "$KEYRING_HOME" \
  xvfb-run -a -s "-screen 0 1440x900x24" \
  cargo test "${CRATES[@]}" -- --ignored --skip write_bindings --skip recurrence --skip interop --skip kill_child_writer --skip disk_full_child \
  --test-threads=1 --nocapture

say "All checks passed"
