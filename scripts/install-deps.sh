#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages Activation Desk needs, and only those that are missing.
# Safe to run again: with everything present it does nothing (no apt-get update either).
set -euo pipefail

PACKAGES=(
  # build
  g++ cmake ninja-build pkgconf gettext
  # Qt 6 Widgets, Sql (SQLite + PostgreSQL drivers), Test, Linguist tools
  qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
  # the journal's background checkpoints call SQLite's C API on Qt's own connection
  libsqlite3-dev
  # Qt's own strings (standard buttons, context menus) in Japanese
  qt6-translations-l10n
  # core libraries and test frameworks (libcrypto: SHA-256 of transfer files)
  libboost-locale-dev libssl-dev libgtest-dev libgmock-dev googletest libbenchmark-dev
  # online activation over HTTPS (Qt's OpenSSL TLS plugin loads libssl3) and the openssl
  # program that makes the TLS test's certificate (tests/online)
  libssl3 openssl
  # QR codes, and the tools the tests use to read them back
  libqrencode-dev zbar-tools poppler-utils
  # Japanese glyphs for the UI and PDF sheets, the digits' monospace family; headless display for GUI runs
  fonts-noto-cjk fonts-dejavu-core xvfb xauth
  # fonts users commonly have (ghostscript, ImageMagick, LibreOffice bring them): the layout
  # tests run with and without them (tests/CMakeLists.txt, ACTDESK_FONT_SETUPS)
  fonts-droid-fallback fonts-noto-mono
  # the shared journal (tests start a throw-away server on loopback)
  postgresql
  # the Windows backend: cross-compiled and tested under Wine
  g++-mingw-w64-x86-64-posix wine wine64
  # the Windows SDK built from Debian's source packages (scripts/build-windows-sdk.sh):
  # (dpkg-source, from dpkg-dev below, unpacks and patches them; tclsh generates SQLite's amalgamation,
  # bison Boost's b2 parser, as debian/rules does)
  make tcl bison
  # the Windows release zip (scripts/build-windows.sh)
  zip unzip
  # the packaging test: cpack -G DEB (dpkg-shlibdeps, file), desktop entry and AppStream checks
  dpkg-dev file desktop-file-utils appstream
  # the transfer file reader under libFuzzer (scripts/fuzz-transfer.sh): clang and its
  # fuzzer/sanitizer runtimes (only a Recommends of clang, so named here)
  clang libclang-rt-14-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=()
if [ "$(id -u)" != 0 ]; then SUDO=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -q
"${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
