#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Windows backend, cross-compiled with mingw-w64 and tested under Wine (step 3 of
# scripts/test.sh; runs on its own too):
#   1. a throw-away WINEPREFIX (mktemp), created with wineboot while the build runs;
#   2. configure + build win/ into build-win (or $BUILD_DIR_WIN) with the mingw-w64 toolchain;
#   3. the stand-in slc.dll (and slcmiss.dll) copied over the prefix's system32, where
#      SlcLicensing's LOAD_LIBRARY_SEARCH_SYSTEM32 finds it;
#   4. wineserver started OUTSIDE ctest (a wineserver started by a test inherits ctest's pipes
#      and ctest never finishes), then ctest through scripts/ctest-strict.sh;
#   5. always: wineserver -k and the prefix deleted.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD_DIR=${BUILD_DIR_WIN:-build-win}

need=(x86_64-w64-mingw32-g++-posix x86_64-w64-mingw32-windres wine wineboot wineserver cmake ninja)
for tool in "${need[@]}"; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "test-windows: $tool is missing; installing the project's packages" >&2
    scripts/install-deps.sh
    break
  fi
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/actdesk-wine.XXXXXX")
export WINEPREFIX="$WORK/prefix"
export WINEARCH=win64
export WINEDEBUG=-all
# No Mono/Gecko installer dialogs in a headless prefix.
export WINEDLLOVERRIDES="mscoree,mshtml="
BOOT_PID=

cleanup() {
  local status=$?
  if [ -n "$BOOT_PID" ]; then kill "$BOOT_PID" 2>/dev/null || true; fi
  wineserver -k >/dev/null 2>&1 || true
  wineserver -w >/dev/null 2>&1 || true
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT INT TERM

t0=$SECONDS
phase() { echo "test-windows: $1 ($((SECONDS - t0)) s)"; }

# 1. The prefix, in the background: wineboot takes ~5-20 s, the build minutes. Its output goes
#    to a file so that nothing Wine starts holds this script's stdout open.
phase "creating a throw-away Wine prefix in $WINEPREFIX"
wineboot -i </dev/null >"$WORK/wineboot.log" 2>&1 &
BOOT_PID=$!

# 2. The cross build.
phase "configuring $BUILD_DIR (mingw-w64, x86_64, posix threads)"
cmake -S win -B "$BUILD_DIR" -G Ninja \
  -DCMAKE_TOOLCHAIN_FILE="$ROOT/cmake/mingw-w64-x86_64.cmake" \
  -DCMAKE_BUILD_TYPE=Release -DACTDESK_WERROR=ON
phase "building"
cmake --build "$BUILD_DIR" -j2

if ! wait "$BOOT_PID"; then
  BOOT_PID=
  echo "test-windows: wineboot failed:" >&2
  cat "$WORK/wineboot.log" >&2
  exit 1
fi
BOOT_PID=
wineserver -w # let the prefix settle before touching system32
phase "prefix ready"

# 3. The stand-in replaces Wine's own slc.dll (whose functions abort the process).
SYS32="$WINEPREFIX/drive_c/windows/system32"
if [ ! -f "$SYS32/slc.dll" ]; then
  echo "test-windows: $SYS32/slc.dll not found: unexpected prefix layout" >&2
  exit 1
fi
cp "$BUILD_DIR/system32/slc.dll" "$BUILD_DIR/system32/slcmiss.dll" "$SYS32/"

# 4. Warm Wine up outside ctest, with stdio detached, then run the tests.
wineserver -p </dev/null >/dev/null 2>&1
wine cmd /c exit </dev/null >/dev/null 2>&1
phase "running the tests under $(wine --version 2>/dev/null)"
scripts/ctest-strict.sh "$BUILD_DIR"
phase "Windows backend tests passed"
