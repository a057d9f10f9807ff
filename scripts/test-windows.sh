#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Windows build, cross-compiled with mingw-w64 and tested under Wine (step 3 of
# scripts/test.sh; runs on its own too):
#   0. the Windows SDK (static Qt, SQLite, libqrencode, Boost.Locale from Debian's source
#      packages): built once into a cache outside the clone, reused after that
#      (scripts/build-windows-sdk.sh);
#   1. a throw-away WINEPREFIX (mktemp), created with wineboot while the build runs;
#   2. configure + build the whole product into build-win (or $BUILD_DIR_WIN) with
#      cmake/windows-sdk.cmake;
#   3. the stand-in slc.dll (and slcmiss.dll) copied over the prefix's system32, where
#      SlcLicensing's LOAD_LIBRARY_SEARCH_SYSTEM32 finds it;
#   4. wineserver started OUTSIDE ctest (a wineserver started by a test inherits ctest's pipes
#      and ctest never finishes), then ctest through scripts/ctest-strict.sh;
#   5. the release zip (scripts/build-windows.sh) from the same build, checked by
#      tests/windows/check-zip.sh: contents, Windows DLLs only, the programs start;
#   6. always: wineserver -k and the prefix deleted.
# The round-trip test answers actdesk.exe's request with the Linux actdesk of ./build, and
# the online test runs actdesk.exe's desk online against the Linux fake-batch-activation
# (both built here if scripts/test.sh has not built them already).
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

SDK=$(scripts/build-windows-sdk.sh)

# shellcheck source=lib/wine-prefix.sh
. scripts/lib/wine-prefix.sh

t0=$SECONDS
phase() { echo "test-windows: $1 ($((SECONDS - t0)) s)"; }

# 1. The prefix, in the background: wineboot takes ~5-20 s, the build minutes. Its output goes
#    to a file so that nothing Wine starts holds this script's stdout open.
wine_prefix_start
phase "creating a throw-away Wine prefix in $WINEPREFIX"

# 2. The cross build (and the Linux desk for the round trip).
LINUX_ACTDESK=$ROOT/build/app/actdesk
if [ ! -x "$LINUX_ACTDESK" ] || [ ! -x "$ROOT/build/tests/online/fake-batch-activation" ]; then
  phase "building the Linux actdesk and the fake BatchActivation service for the round-trip tests"
  TARGETS="actdesk fake-batch-activation" scripts/build.sh >/dev/null
fi
phase "configuring $BUILD_DIR (mingw-w64, x86_64, posix threads, SDK $SDK)"
cmake -S . -B "$BUILD_DIR" -G Ninja \
  -DCMAKE_TOOLCHAIN_FILE="$ROOT/cmake/windows-sdk.cmake" -DACTDESK_WIN_SDK="$SDK" \
  -DACTDESK_LINUX_ACTDESK="$LINUX_ACTDESK" -DCMAKE_BUILD_TYPE=Release -DACTDESK_WERROR=ON
phase "building"
cmake --build "$BUILD_DIR" -j2

wine_prefix_ready "$BUILD_DIR"
phase "running the tests under $(wine --version 2>/dev/null)"
scripts/ctest-strict.sh "$BUILD_DIR"
phase "Windows tests passed"

# 5. The release zip, from this build, as a user receives it.
phase "packing and checking the release zip"
zip=$(BUILD_DIR_WIN="$BUILD_DIR" scripts/build-windows.sh | sed -n 's/^build-windows: //p')
tests/windows/check-zip.sh "$zip"
phase "release zip checked: $zip"
