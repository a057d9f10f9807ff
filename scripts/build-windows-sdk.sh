#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Windows SDK: static Qt, SQLite, libqrencode and Boost.Locale for mingw-w64 (x86_64,
# posix threads), built from Debian's *source* packages, since Debian ships no mingw build
# of any of them.
#
#   scripts/build-windows-sdk.sh          build (or reuse) the SDK; prints its prefix last
#   scripts/build-windows-sdk.sh --prefix print the prefix the current sources would use
#
# The result lives outside the clone, in a cache keyed by what it is built from (this
# script, the toolchain file, the compiler and every source package's exact version):
#   ${ACTDESK_SDK_CACHE:-${XDG_CACHE_HOME:-~/.cache}/activation-desk}/win-sdk-<key>
# so CI and later builds on the same machine reuse it, and a current cache costs one apt
# lookup. A build runs in <cache>/work, logs to <cache>/logs/win-sdk-<key>.log and prints
# its progress; the prefix is only marked complete (.complete) when every part installed.
#
# Sources: `apt-get source` from a deb-src twin of the machine's Debian entry. apt checks each
# .dsc against the archive's signed Sources index; this script checks the .dsc's SHA-256 again
# against that index, and dpkg-source checks every tarball against the .dsc and applies
# Debian's patches. (Maintainer signatures are not required: some uploaders' keys are no longer
# in debian-keyring; the archive signature is the chain of trust apt uses for every package.)
#
# What is built (and trimmed):
#   SQLite    the amalgamation, static, thread-safe, with column metadata (Qt's driver).
#   qrencode  the static library, no tools.
#   Boost     Locale only (and the Thread/System it needs), static, Windows API backend,
#             no ICU, no iconv.
#   qtbase    static: Core, Gui, Widgets, Sql (SQLite driver on the SQLite above only),
#             PrintSupport, Network (Schannel TLS, no OpenSSL), Test; the windows and
#             offscreen platforms, the Vista style. Off: D-Bus, Xml, Concurrent, Vulkan, the
#             Direct2D platform plugin, the other SQL drivers, JPEG/GIF, tablet events (the
#             dfsg tarball drops wintab). OpenGL stays "dynamic": with it off 6.4.2's windows
#             plugin does not compile. The direct2d feature itself stays on: 6.4.2 builds
#             QtGui's DirectWrite font database only with it, and the windows plugin and
#             PrintSupport use that database whatever it says (an undefined reference at link).
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
ROOT=$PWD

CACHE=${ACTDESK_SDK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/activation-desk}
PACKAGES=(sqlite3 qrencode boost1.74 qt6-base)
TRIPLE=x86_64-w64-mingw32
CC=$TRIPLE-gcc-posix
CXX=$TRIPLE-g++-posix
JOBS=${ACTDESK_SDK_JOBS:-$(nproc)}
SUDO=()
if [ "$(id -u)" != 0 ]; then SUDO=(sudo); fi

say() { echo "build-windows-sdk: $*" >&2; }

# --- the tools -----------------------------------------------------------------------------
need_tools() {
    local missing=0 t
    for t in "$CXX" dpkg-source apt-get cmake ninja tclsh make bison; do
        command -v "$t" >/dev/null 2>&1 || missing=1
    done
    if [ "$missing" = 1 ]; then
        say "tools missing; installing the project's packages"
        scripts/install-deps.sh >&2
    fi
}

# --- the deb-src entry ---------------------------------------------------------------------
# A twin of the machine's own Debian entry with Types: deb-src, so `apt-get source` reaches
# the same mirror (and suites) the binary packages come from.
ensure_deb_src() {
    if apt-get source --print-uris qt6-base >/dev/null 2>&1; then return; fi
    local list=/etc/apt/sources.list.d/debian.sources twin=/etc/apt/sources.list.d/activation-desk-src.sources
    if [ -f "$list" ]; then
        sed 's/^Types: deb$/Types: deb-src/' "$list" | "${SUDO[@]}" tee "$twin" >/dev/null
    elif [ -f /etc/apt/sources.list ]; then
        sed -n 's/^deb \(.*\)$/deb-src \1/p' /etc/apt/sources.list |
            "${SUDO[@]}" tee /etc/apt/sources.list.d/activation-desk-src.list >/dev/null
    else
        say "no Debian sources entry found to derive a deb-src entry from"
        exit 3
    fi
    say "added a deb-src entry; apt-get update"
    "${SUDO[@]}" apt-get update -q >&2
}

# One line per file of a source package: URI NAME SIZE SHA256:HASH (from the signed index).
source_uris() { apt-get source --print-uris "$1" 2>/dev/null | sed -n "s/^'\([^']*\)' \(.*\)$/\1 \2/p"; }

# --- the cache key -------------------------------------------------------------------------
compute_key() {
    {
        # Contents only, never paths: every clone on the machine shares the cache.
        cat "$ROOT/scripts/build-windows-sdk.sh" "$ROOT/cmake/mingw-w64-x86_64.cmake" | sha256sum
        "$CXX" --version | head -1
        local p
        for p in "${PACKAGES[@]}"; do source_uris "$p" | awk '{print $2, $4}'; done
    } | sha256sum | cut -c1-16
}

need_tools
ensure_deb_src
KEY=$(compute_key)
PREFIX=$CACHE/win-sdk-$KEY
if [ "${1:-}" = "--prefix" ]; then
    echo "$PREFIX"
    exit 0
fi
# One SDK build at a time on this machine (two clones, CI beside a developer): a second one
# waits here, then finds the cache current, and no build removes another's work.
mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
if ! flock -n 9; then
    say "another SDK build is running; waiting for it"
    flock 9
fi
if [ -f "$PREFIX/.complete" ]; then
    say "current: $PREFIX"
    echo "$PREFIX"
    exit 0
fi

mkdir -p "$CACHE/sources" "$CACHE/logs"
LOG=$CACHE/logs/win-sdk-$KEY.log
WORK=$CACHE/work/win-sdk-$KEY
: >"$LOG"
START=$SECONDS
step() { say "[$((($SECONDS - START) / 60)) min] $*"; echo "=== $* ($(date -u +%FT%TZ))" >>"$LOG"; }
fail() {
    say "failed; the last lines of $LOG:"
    tail -n 30 "$LOG" >&2
    exit 1
}
trap fail ERR
# Runs a command with its output in the log only.
logged() { "$@" >>"$LOG" 2>&1; }
# Ninja's progress ([n/N]) as a line a minute instead of a thousand lines.
ninja_progress() {
    local label=$1 last=0 line
    while IFS= read -r line; do
        echo "$line" >>"$LOG"
        if [[ $line =~ ^\[([0-9]+)/([0-9]+)\] ]] && ((SECONDS - last >= 60)); then
            last=$SECONDS
            say "[$((($SECONDS - START) / 60)) min] $label ${BASH_REMATCH[1]}/${BASH_REMATCH[2]}"
        fi
    done
}

say "building the Windows SDK into $PREFIX (log: $LOG)"
# What an interrupted or failed build left (any key): never reused, only taking space.
for old in "$CACHE"/win-sdk-*; do
    [ -d "$old" ] && [ ! -f "$old/.complete" ] && rm -rf "$old"
done
rm -rf "$CACHE/work"
rm -rf "$WORK" "$PREFIX"
mkdir -p "$WORK" "$PREFIX"

# --- fetch and unpack, verified ------------------------------------------------------------
unpack() { # package -> prints the unpacked directory
    local pkg=$1 dsc hash name
    read -r name hash < <(source_uris "$pkg" | awk '$2 ~ /\.dsc$/ {print $2, $4}')
    # apt skips files it already holds; a file the mirror lacks is dealt with below.
    (cd "$CACHE/sources" && logged apt-get source --download-only "$pkg") || true
    dsc=$CACHE/sources/$name
    if [ ! -f "$dsc" ] || [ "SHA256:$(sha256sum "$dsc" | cut -d' ' -f1)" != "$hash" ]; then
        say "$name does not match the archive's signed index ($hash)"
        exit 3
    fi
    local dir=$WORK/src-$pkg
    if logged dpkg-source -x "$dsc" "$dir"; then
        echo "$dir"
        return
    fi
    # Some mirrors lack a package's small Debian part (seen: qrencode_4.1.1-1.debian.tar.xz
    # answers 404). Then the upstream tarball, checked against the .dsc's SHA-256 (the .dsc is
    # checked against the signed index above), is unpacked without Debian's packaging.
    local orig sum
    orig=$(sed -n '/^Checksums-Sha256:/,/^[A-Z]/s/^ \([0-9a-f]\{64\}\) [0-9]* \(.*\.orig\.tar\.[a-z0-9]*\)$/\1 \2/p' "$dsc")
    read -r sum name <<<"$orig"
    if [ -z "$name" ] || [ ! -f "$CACHE/sources/$name" ] ||
        [ "$(sha256sum "$CACHE/sources/$name" | cut -d' ' -f1)" != "$sum" ]; then
        say "$pkg: the source package could not be fetched whole, nor its upstream tarball verified"
        exit 3
    fi
    say "$pkg: Debian's packaging part is not on the mirror; using the upstream tarball $name (SHA-256 verified against the .dsc), without Debian's patches"
    mkdir -p "$dir"
    tar -xf "$CACHE/sources/$name" -C "$dir" --strip-components=1
    echo "$dir"
}

step "fetching and verifying ${PACKAGES[*]}"
SRC_SQLITE=$(unpack sqlite3)
SRC_QRENCODE=$(unpack qrencode)
SRC_BOOST=$(unpack boost1.74)
SRC_QT=$(unpack qt6-base)

# The toolchain for every CMake build below: the project's, with the prefix searched too.
TOOLCHAIN=$PREFIX/toolchain.cmake
cat >"$TOOLCHAIN" <<EOF
# Written by scripts/build-windows-sdk.sh: the project's mingw-w64 toolchain, with this SDK.
include("$ROOT/cmake/mingw-w64-x86_64.cmake")
set(ACTDESK_WIN_SDK "$PREFIX")
list(APPEND CMAKE_FIND_ROOT_PATH "$PREFIX")
EOF

# --- SQLite --------------------------------------------------------------------------------
# The amalgamation is generated with the host's tools (tclsh, a native lemon), then compiled
# once with the cross compiler; Qt's SQLite driver and the journal both link this library.
step "SQLite $(basename "$SRC_SQLITE")"
mkdir -p "$WORK/sqlite-host"
(cd "$WORK/sqlite-host" && logged "$SRC_SQLITE/configure" --disable-tcl && logged make -j"$JOBS" sqlite3.c)
SQLITE_FLAGS=(-O2 -DSQLITE_THREADSAFE=1 -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_OMIT_LOAD_EXTENSION
    -DSQLITE_DEFAULT_FOREIGN_KEYS=0 -DSQLITE_ENABLE_UNLOCK_NOTIFY -DSQLITE_SECURE_DELETE
    -DSQLITE_MAX_SCHEMA_RETRY=25 -DSQLITE_DQS=0)
logged "$CC" "${SQLITE_FLAGS[@]}" -c "$WORK/sqlite-host/sqlite3.c" -o "$WORK/sqlite3.o"
mkdir -p "$PREFIX/lib/pkgconfig" "$PREFIX/include" "$PREFIX/licenses"
logged "$TRIPLE-ar" rcs "$PREFIX/lib/libsqlite3.a" "$WORK/sqlite3.o"
cp "$WORK/sqlite-host/sqlite3.h" "$SRC_SQLITE/src/sqlite3ext.h" "$PREFIX/include/"
cp "$SRC_SQLITE/debian/copyright" "$PREFIX/licenses/sqlite3-copyright.txt"

# --- libqrencode ---------------------------------------------------------------------------
step "libqrencode $(basename "$SRC_QRENCODE")"
logged cmake -S "$SRC_QRENCODE" -B "$WORK/qrencode-build" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX" \
    -DBUILD_SHARED_LIBS=OFF -DWITH_TOOLS=NO -DWITHOUT_PNG=ON -DWITH_TESTS=NO
logged cmake --build "$WORK/qrencode-build" -j"$JOBS"
logged cmake --install "$WORK/qrencode-build"
# (upstream's COPYING when the mirror lacked Debian's part, see unpack)
cp "$SRC_QRENCODE/COPYING" "$PREFIX/licenses/libqrencode-LGPL-2.1.txt"

# --- Boost.Locale --------------------------------------------------------------------------
step "Boost.Locale $(basename "$SRC_BOOST")"
(
    cd "$SRC_BOOST"
    # The dfsg tarball drops b2's generated parser; regenerate it as debian/rules does.
    (cd tools/build && logged bison -y -d -o src/engine/jamgram.cpp src/engine/jamgram.y)
    logged ./bootstrap.sh --with-libraries=locale
    cat >"$WORK/boost-user-config.jam" <<EOF
using gcc : mingw : $CXX : <archiver>$TRIPLE-ar <ranlib>$TRIPLE-ranlib ;
EOF
    logged ./b2 -j"$JOBS" --user-config="$WORK/boost-user-config.jam" --build-dir="$WORK/boost-build" \
        --prefix="$PREFIX" --layout=system --with-locale \
        toolset=gcc-mingw target-os=windows threadapi=win32 address-model=64 architecture=x86 \
        link=static runtime-link=static threading=multi variant=release \
        boost.locale.icu=off boost.locale.iconv=off boost.locale.winapi=on boost.locale.posix=off \
        install
)
cp "$SRC_BOOST/LICENSE_1_0.txt" "$PREFIX/licenses/boost.txt"

# --- qtbase --------------------------------------------------------------------------------
step "qtbase $(basename "$SRC_QT"): configure"
QT_BUILD=$WORK/qt-build
logged cmake -S "$SRC_QT" -B "$QT_BUILD" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" -DCMAKE_PREFIX_PATH="$PREFIX" \
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    -DCMAKE_INSTALL_PREFIX="$PREFIX" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF \
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF \
    -DFEATURE_system_sqlite=ON -DFEATURE_sql_sqlite=ON \
    -DFEATURE_sql_psql=OFF -DFEATURE_sql_odbc=OFF -DFEATURE_sql_mysql=OFF -DFEATURE_sql_ibase=OFF \
    -DFEATURE_sql_oci=OFF -DFEATURE_sql_db2=OFF \
    -DFEATURE_schannel=ON -DFEATURE_openssl=OFF \
    -DFEATURE_freetype=ON -DFEATURE_system_freetype=OFF \
    -DFEATURE_dbus=OFF -DFEATURE_xml=OFF -DFEATURE_concurrent=OFF -DFEATURE_vulkan=OFF \
    -DFEATURE_direct2d1_1=OFF -DFEATURE_jpeg=OFF -DFEATURE_gif=OFF -DFEATURE_tabletevent=OFF
# The summary says whether each part we need is really on: a dropped dependency turns a
# feature off silently (the dfsg tarball has no bundled SQLite, for one).
for feature in SQLite Schannel FreeType; do
    if ! grep -Eq "^ *$feature \.+ yes" "$QT_BUILD/config.summary"; then
        say "Qt's configure summary lacks '$feature'"
        false
    fi
done
step "qtbase: build"
cmake --build "$QT_BUILD" -j"$JOBS" 2>&1 | ninja_progress "qtbase"
step "qtbase: install"
logged cmake --install "$QT_BUILD"
cp "$SRC_QT/LICENSES/LGPL-3.0-only.txt" "$PREFIX/licenses/qt-LGPL-3.0.txt" 2>/dev/null ||
    cp "$SRC_QT/LICENSE.LGPL3" "$PREFIX/licenses/qt-LGPL-3.0.txt"
cp "$SRC_QT/debian/copyright" "$PREFIX/licenses/qt6-base-copyright.txt"

# Which sources the SDK was built from, for the zip's licence notes and for people.
for p in "${PACKAGES[@]}"; do source_uris "$p" | awk '$2 ~ /\.dsc$/ {print $2}'; done >"$PREFIX/SOURCES.txt"
rm -rf "$WORK"
touch "$PREFIX/.complete"
step "done in $((($SECONDS - START) / 60)) min $((($SECONDS - START) % 60)) s: $PREFIX"
echo "$PREFIX"
