#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Developer tool: regenerate the README's Linux screenshots (docs/screenshots/en and ja) from
# the GUI tests' offscreen renderings, plus an activation sheet printed by actdesk for a
# simulated Windows 10 machine. Look at every PNG before committing it. The Windows
# screenshots come from scripts/windows-screenshots.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
cmake --build "$BUILD_DIR" >/dev/null
(cd "$BUILD_DIR" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure \
  -R '^(gui_screens_(en|ja)|callcentre_view_tests|desk_view_tests|desk_online_gui_(en|ja))$' >/dev/null)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
actdesk() { "$BUILD_DIR/app/actdesk" --state "$work/machine" --journal "$work/journal.sqlite" "$@"; }
actdesk simulate init --os win10 >/dev/null
# A made-up key in the product-key alphabet: the sheet shows only its last five characters.
echo "BCDFG-HJKMP-QRTVW-XY234-6789B" | actdesk install-key - >/dev/null

for lang in en ja; do
  out=docs/screenshots/$lang
  cp "$BUILD_DIR"/screenshots/"$lang"/*.png "$out"/
  cp "$BUILD_DIR/tests/callcentre/call-centre-tab-$lang.png" "$out/16-call-centre.png"
  cp "$BUILD_DIR/tests/desk/desk-queue-$lang.png" "$out/17-desk-queue.png"
  cp "$BUILD_DIR/tests/online/desk-online-$lang.png" "$out/22-desk-online.png"
  actdesk --lang "$lang" sheet "$work/sheet-$lang.pdf" >/dev/null
  pdftoppm -r 70 -png -singlefile "$work/sheet-$lang.pdf" "$out/15-activation-sheet"
done
echo "update-screenshots: docs/screenshots/en and ja rewritten; look at them before committing."
