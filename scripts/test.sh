#!/usr/bin/env bash
# Installs what is needed and runs every check and test: formatting, lints,
# type checks, unit and acceptance tests, the bindings drift check, and the
# end-to-end tests against the built app under a virtual display.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
install_tauri_driver
install_reference_expander
cd "$ROOT"

say "Rust formatting"
cargo fmt --all --check

say "UI: type check, lint, unit tests, build"
(cd ui && npm run check && npm run lint && npm test && npm run build)

say "Rust lints"
cargo clippy -p almanac-core -p almanac-tests -p almanac --all-targets -- -D warnings

say "Core unit tests and acceptance tests"
cargo test -p almanac-core -p almanac-tests

say "Recurrence against the reference expander (Python recurring-ical-events)"
ALMANAC_PYTHON="$TOOLS_DIR/pyenv/bin/python" \
  cargo test -p almanac-tests --test acceptance recurrence -- --ignored

say "Shell tests, including the bindings drift check"
cargo test -p almanac --features tauri/custom-protocol

say "Building the app for the end-to-end tests"
cargo build -p almanac --features tauri/custom-protocol

# --nocapture: each step prints its time, so a slow or stuck run shows where in the CI log.
say "End-to-end tests (tauri-driver + WebKitWebDriver under Xvfb)"
ALMANAC_APP="$CARGO_TARGET_DIR/debug/almanac" \
  xvfb-run -a -s "-screen 0 1440x900x24" \
  cargo test -p almanac-tests --test e2e -- --ignored --test-threads=1 --nocapture

say "All checks passed"
