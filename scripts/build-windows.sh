#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Windows release: dist/ActivationDesk-<version>-win64.zip, a portable folder with
#   activation-desk.exe  the app (wizard, desk, call centre, journal); Windows 10/11, Server 2016+
#   actdesk.exe          the full command line (every verb); Windows 10/11, Server 2016+
#   actdesk-win.exe      the Qt-free command line for Windows 7, 8.1, Server 2008 R2 / 2012 R2
#   LICENSE.txt, licenses/ (everything linked, and how to rebuild or relink), README-Windows.txt
# Static Qt: nothing to install, only Windows' own DLLs (tests/windows/check-zip.sh checks the
# imports). Builds the SDK first if needed (scripts/build-windows-sdk.sh) and reuses the
# Windows build directory of scripts/test-windows.sh ($BUILD_DIR_WIN, default build-win).
# Prints the zip's path and SHA-256, also written beside it as <zip>.sha256.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD_DIR=${BUILD_DIR_WIN:-build-win}

for tool in zip x86_64-w64-mingw32-strip; do
    command -v "$tool" >/dev/null 2>&1 || scripts/install-deps.sh
done
SDK=$(scripts/build-windows-sdk.sh)

if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$ROOT/cmake/windows-sdk.cmake" \
        -DACTDESK_WIN_SDK="$SDK" -DCMAKE_BUILD_TYPE=Release -DACTDESK_WERROR=ON
fi
cmake --build "$BUILD_DIR" --target activation-desk actdesk actdesk-win

VERSION=$(sed -n 's/^project(ActivationDesk VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
NAME=ActivationDesk-$VERSION-win64
STAGE=dist/$NAME
rm -rf "$STAGE" "dist/$NAME.zip" "dist/$NAME.zip.sha256"
mkdir -p "$STAGE/licenses"

for exe in activation-desk actdesk actdesk-win; do
    x86_64-w64-mingw32-strip -o "$STAGE/$exe.exe" "$BUILD_DIR/bin/$exe.exe"
done
cp LICENSE "$STAGE/LICENSE.txt"
cp packaging/windows/README-Windows.txt "$STAGE/"
cp packaging/windows/LICENSES-README.txt "$STAGE/licenses/README.txt"
cp "$SDK"/licenses/* "$STAGE/licenses/"
cp "$SDK/SOURCES.txt" "$STAGE/licenses/debian-sources.txt"
# Windows line ends for the text files: Notepad on older Windows shows LF-only as one line.
for f in "$STAGE"/*.txt "$STAGE"/licenses/*.txt; do
    sed -i 's/\r*$/\r/' "$f"
done

# Fixed order and timestamps: the same build gives the same zip.
(cd dist && find "$NAME" -exec touch -h -d "@${SOURCE_DATE_EPOCH:-1790000000}" {} + &&
    find "$NAME" -type f | LC_ALL=C sort | zip -X -q -9 "$NAME.zip" -@)
(cd dist && sha256sum "$NAME.zip" >"$NAME.zip.sha256")
echo "build-windows: dist/$NAME.zip"
cat "dist/$NAME.zip.sha256"
