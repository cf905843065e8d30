#!/usr/bin/env bash
# Installs what Almanac needs to build, run and test on Debian or Ubuntu, and
# skips whatever is already there. Sourced by run-app.sh and test.sh.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS_DIR="${ALMANAC_TOOLS_DIR:-$HOME/.cache/almanac/tools}"
TAURI_DRIVER_VERSION="2.1.0"
# The Tauri bundler (the .deb and .rpm), from crates.io: the npm package's lock lacks the
# other platforms' optional binaries on this machine's mirror.
TAURI_CLI_VERSION="2.12.4"
NODE_MIN_MAJOR=20
NODE_MIN_MINOR=19

SYSTEM_PACKAGES=(
  build-essential file patchelf pkg-config curl
  libwebkit2gtk-4.1-dev libayatana-appindicator3-dev librsvg2-dev libxdo-dev libssl-dev libdbus-1-dev
  webkit2gtk-driver xvfb xauth xdotool poppler-utils imagemagick fonts-dejavu-core
  # A CJK font, as a laptop in those languages has: the PDFs take the scripts their bundled
  # fonts lack from the system's fonts.
  fonts-wqy-microhei
)

# Each step is announced with the time since the run began (ALMANAC_STARTED_AT is shared
# with the scripts this one calls), so a slow step shows in the log by the next one's time.
export ALMANAC_STARTED_AT="${ALMANAC_STARTED_AT:-$(date +%s)}"
say() {
  local spent=$(($(date +%s) - ALMANAC_STARTED_AT))
  printf '\n==> %s  [%d min %02d s]\n' "$*" $((spent / 60)) $((spent % 60))
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the Debian packages given that are not installed yet.
install_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    say "Installing system packages: ${missing[*]}"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  fi
}

node_is_recent() {
  command -v node >/dev/null 2>&1 || return 1
  local v major minor
  v="$(node --version | tr -d v)"
  major="${v%%.*}"
  minor="$(echo "$v" | cut -d. -f2)"
  [ "$major" -gt "$NODE_MIN_MAJOR" ] || { [ "$major" -eq "$NODE_MIN_MAJOR" ] && [ "$minor" -ge "$NODE_MIN_MINOR" ]; }
}

install_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    say "Installing Node.js and npm"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nodejs npm
  fi
  if ! node_is_recent; then
    echo "Almanac's UI tools need Node.js ${NODE_MIN_MAJOR}.${NODE_MIN_MINOR} or newer; this machine has $(node --version)." >&2
    exit 1
  fi
}

install_rust() {
  [ -f "$HOME/.cargo/env" ] && source "$HOME/.cargo/env"
  if ! command -v cargo >/dev/null 2>&1; then
    say "Installing the Rust toolchain with rustup"
    if ! curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal -c rustfmt,clippy; then
      echo "Almanac needs a Rust toolchain (rustc 1.85 or newer) and rustup could not be fetched: see https://rustup.rs" >&2
      exit 1
    fi
    source "$HOME/.cargo/env"
  fi
  for component in rustfmt clippy; do
    if ! cargo "${component/rustfmt/fmt}" --version >/dev/null 2>&1; then
      say "Adding the Rust component $component"
      rustup component add "$component"
    fi
  done
}

install_ui_packages() {
  # npm ci installs exactly the lock file; skip it when node_modules already matches.
  local stamp="$ROOT/ui/node_modules/.almanac-lock"
  if [ -f "$stamp" ] && cmp -s "$stamp" "$ROOT/ui/package-lock.json"; then
    return
  fi
  say "Installing the UI's npm packages"
  (cd "$ROOT/ui" && npm ci --no-audit --no-fund)
  cp "$ROOT/ui/package-lock.json" "$stamp"
}

# The recurrence and interoperability tests read Almanac's files with independent
# readers: Python's icalendar and recurring-ical-events (calendars), openpyxl (workbooks),
# and push to a real CalDAV server (Radicale), all installed into a virtual environment
# of the tools folder (tests only).
INDEPENDENT_READERS=("icalendar==7.3.2" "recurring-ical-events==3.8.2" "openpyxl==3.1.5" "radicale==3.9.0")
install_independent_readers() {
  local venv="$TOOLS_DIR/pyenv"
  if [ -x "$venv/bin/python" ] &&
    "$venv/bin/python" -c "import icalendar, recurring_ical_events, openpyxl, radicale" >/dev/null 2>&1; then
    return
  fi
  install_packages python3 python3-venv
  say "Installing ${INDEPENDENT_READERS[*]} for the interoperability tests"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "${INDEPENDENT_READERS[@]}"
}

install_tauri_driver() {
  if [ -x "$TOOLS_DIR/bin/tauri-driver" ] && "$TOOLS_DIR/bin/tauri-driver" --help >/dev/null 2>&1; then
    return
  fi
  say "Installing tauri-driver $TAURI_DRIVER_VERSION"
  cargo install tauri-driver --version "$TAURI_DRIVER_VERSION" --locked --root "$TOOLS_DIR"
}

install_tauri_cli() {
  if [ -x "$TOOLS_DIR/bin/cargo-tauri" ] && "$TOOLS_DIR/bin/cargo-tauri" --version 2>/dev/null | grep -q "$TAURI_CLI_VERSION"; then
    return
  fi
  say "Installing the Tauri bundler (tauri-cli $TAURI_CLI_VERSION)"
  # Its own temporary target folder: none of its crates are the app's. It only packs files
  # here, so it is built without TLS (it downloads nothing for a .deb or .rpm) and optimised
  # lightly: about 800 crates, compiled once per machine, whose speed barely matters.
  env -u CARGO_TARGET_DIR cargo install tauri-cli --version "$TAURI_CLI_VERSION" --locked --root "$TOOLS_DIR" \
    --no-default-features --config 'profile.release.opt-level=1' --config 'profile.release.debug=false'
}

install_packages "${SYSTEM_PACKAGES[@]}"
install_node
install_rust
install_ui_packages
export TAURI_DRIVER="$TOOLS_DIR/bin/tauri-driver"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
