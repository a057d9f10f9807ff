#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Screenshots of the Windows build: the wizard (windows_wizard_tests.exe, the real
# SlcLicensing against the stand-in slc.dll) under Wine on Xvfb with the real windows platform
# plugin (not offscreen), in English and Japanese, into docs/screenshots/windows/:
# steps 1, 3 (not an administrator), 4, 5 (a mistyped group) and 6.
# Needs the Windows build (scripts/test-windows.sh or scripts/build-windows.sh first).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR_WIN:-build-win}
OUT=docs/screenshots/windows
EXE=$BUILD_DIR/bin/windows_wizard_tests.exe
[ -f "$EXE" ] || cmake --build "$BUILD_DIR" --target windows_wizard_tests
command -v xvfb-run >/dev/null 2>&1 || scripts/install-deps.sh
# Everything under one X server (1280x800, a common laptop screen), the prefix's creation too:
# Wine's desktop binds to the display it first sees, and without one it can create no window.
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

# shellcheck source=lib/wine-prefix.sh
. scripts/lib/wine-prefix.sh
wine_prefix_start
wine_prefix_ready "$BUILD_DIR"
# The whole prefix presents itself as Windows 10 (registry ProductName and version too), so
# step 1 reads as on the machines the wizard is for; the test prefix keeps Wine's Windows 7.
wine winecfg -v win10 </dev/null >/dev/null 2>&1

mkdir -p "$OUT"
SHOTS="$WINE_WORK/shots"
mkdir -p "$SHOTS"
for lang in en ja; do
  log="$WINE_WORK/wizard-$lang.txt"
  if ! ACTDESK_LANG="$lang" ACTDESK_SCREENSHOT_DIR="$(winepath -w "$SHOTS" 2>/dev/null)" wine "$EXE" -platform windows \
    -o "$(winepath -w "$log" 2>/dev/null),txt" </dev/null >/dev/null 2>&1; then
    echo "windows-screenshots: the wizard failed ($lang):" >&2
    cat "$log" >&2
    exit 1
  fi
done
cp "$SHOTS"/*.png "$OUT/"
ls "$OUT"
