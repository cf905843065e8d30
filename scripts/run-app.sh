#!/usr/bin/env bash
# Installs what is needed, builds Almanac, and opens it on the sample plan.
# The plan lives in $ALMANAC_DATA_DIR (default: ~/.local/share/almanac-sample);
# a folder that already holds a plan is opened as it is.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

DATA_DIR="${ALMANAC_DATA_DIR:-$HOME/.local/share/almanac-sample}"

say "Building the UI"
(cd "$ROOT/ui" && npm run build)
say "Building Almanac"
cargo build --release -p almanac --features custom-protocol
APP="$CARGO_TARGET_DIR/release/almanac"

if [ ! -f "$DATA_DIR/almanac.sqlite3" ]; then
  say "Writing the sample plan to $DATA_DIR"
  "$APP" sample --profile agency --data-dir "$DATA_DIR"
fi

say "Opening Almanac on $DATA_DIR"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: running under a virtual one (xvfb-run)."
  exec xvfb-run -a -s "-screen 0 1440x900x24" "$APP" --data-dir "$DATA_DIR"
fi
exec "$APP" --data-dir "$DATA_DIR"
