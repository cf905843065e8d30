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

# Every cargo step names the same crates, features and profile, so Cargo resolves one
# feature set and each crate compiles once (once more in check mode for the lints); the
# later steps reuse what the first built.
CRATES=(-p almanac-core -p almanac-tests -p almanac --features almanac/custom-protocol)

say "Rust lints"
cargo clippy "${CRATES[@]}" --all-targets -- -D warnings

say "Unit, acceptance and shell tests, including the bindings drift check"
cargo test "${CRATES[@]}"

say "Recurrence against the reference expander (Python recurring-ical-events)"
ALMANAC_PYTHON="$TOOLS_DIR/pyenv/bin/python" \
  cargo test "${CRATES[@]}" --test acceptance recurrence -- --ignored

say "Building the app for the end-to-end tests"
cargo build "${CRATES[@]}"

# --nocapture: each step prints its time, so a slow or stuck run shows where in the CI log.
say "End-to-end tests (tauri-driver + WebKitWebDriver under Xvfb)"
ALMANAC_APP="$CARGO_TARGET_DIR/debug/almanac" \
  xvfb-run -a -s "-screen 0 1440x900x24" \
  cargo test "${CRATES[@]}" --test e2e -- --ignored --test-threads=1 --nocapture

say "All checks passed in $((SECONDS / 60)) min $((SECONDS % 60)) s"
