#!/usr/bin/env bash
# Builds Almanac's installers with the Tauri bundler: the .deb (Debian, Ubuntu) and, where
# the bundler makes one here, the .rpm (Fedora, RHEL, openSUSE), into dist/. Windows (MSI)
# and macOS (DMG) installers are built by .github/workflows/release.yml on those systems.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"

MAX_MB=25
OUT="$ROOT/dist"

# The test script has built the UI already: building it again would only touch ui/dist and
# make Cargo rebuild the debug app the end-to-end tests run.
if [ -z "${ALMANAC_UI_BUILT:-}" ]; then
  say "Building the UI"
  (cd ui && npm run build)
fi

# The bundler is only needed to pack the app, so on a machine without it, it compiles beside
# the release app rather than before it (both are long: together they keep both cores busy).
install_tauri_cli > >(sed -u 's/^/[bundler] /') 2>&1 &
BUNDLER=$!

# The release app as `cargo tauri build` makes it: optimised, the UI embedded (the
# custom-protocol feature) rather than asked of the dev server.
say "Building the release app"
cargo build --release -p almanac --features custom-protocol
wait "$BUNDLER" || { echo "The Tauri bundler could not be installed" >&2; exit 1; }
# The shipped binary without its symbol table (78 MB → about a third): stripped here rather
# than by the release profile, which would rebuild every crate whenever it changed.
strip "$CARGO_TARGET_DIR/release/almanac"

say "Bundling the installers"
(cd src-tauri && "$TOOLS_DIR/bin/cargo-tauri" bundle --bundles deb,rpm --ci)

BUNDLES="$CARGO_TARGET_DIR/release/bundle"
mkdir -p "$OUT"
rm -f "$OUT"/*.deb "$OUT"/*.rpm
cp "$BUNDLES"/deb/*.deb "$OUT"/
cp "$BUNDLES"/rpm/*.rpm "$OUT"/ 2>/dev/null || echo "No .rpm was made on this machine."

# The bundler packs the .deb with gzip; Debian's own packages use xz, about a third smaller
# (the .rpm is packed with xz by tauri.conf.json). Repacked with dpkg-deb, as Debian builds it.
say "Packing the .deb with xz"
for deb in "$OUT"/*.deb; do
  work="$(mktemp -d)"
  dpkg-deb -R "$deb" "$work/root"
  dpkg-deb -Zxz --root-owner-group --build "$work/root" "$deb" >/dev/null
  rm -rf "$work"
done

say "Installers"
for file in "$OUT"/*.deb "$OUT"/*.rpm; do
  [ -f "$file" ] || continue
  size=$(stat -c %s "$file")
  awk -v f="$file" -v s="$size" 'BEGIN { printf "%s  %.1f MB\n", f, s / 1048576 }'
  if [ "$size" -gt $((MAX_MB * 1024 * 1024)) ]; then
    echo "$file is over ${MAX_MB} MB" >&2
    exit 1
  fi
done
