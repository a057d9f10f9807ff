#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks the Windows release zip (scripts/build-windows.sh) as a user receives it:
#   - its SHA-256 file matches;
#   - it holds the three programs, LICENSE.txt, README-Windows.txt and the licence texts;
#   - every .exe and .dll imports only Windows' own DLLs (no libstdc++, winpthread, Qt or
#     other DLL that a bare Windows lacks);
#   - the programs start under Wine (the caller provides WINEPREFIX) and print their version.
#   check-zip.sh dist/ActivationDesk-<version>-win64.zip
set -euo pipefail
ZIP=$1
fail() {
    echo "check-zip: $*" >&2
    exit 1
}
[ -f "$ZIP" ] || fail "no zip at $ZIP"
(cd "$(dirname "$ZIP")" && sha256sum --quiet -c "$(basename "$ZIP").sha256") || fail "SHA-256 does not match"

T=$(mktemp -d "${TMPDIR:-/tmp}/actdesk-zip.XXXXXX")
trap 'rm -rf "$T"' EXIT
unzip -q "$ZIP" -d "$T"
DIR=$(find "$T" -mindepth 1 -maxdepth 1 -type d)
for f in activation-desk.exe actdesk.exe actdesk-win.exe LICENSE.txt README-Windows.txt \
    licenses/README.txt licenses/qt-LGPL-3.0.txt licenses/sqlite3-copyright.txt \
    licenses/libqrencode-LGPL-2.1.txt licenses/boost.txt licenses/debian-sources.txt; do
    [ -s "$DIR/$f" ] || fail "$f is missing from the zip"
done
grep -q "ライセンス認証" "$DIR/README-Windows.txt" || fail "README-Windows.txt has no Japanese part"

# The DLLs every Windows 10/11 has (System32); API sets (api-ms-win-*) are Windows' own too.
SYSTEM_DLLS=" advapi32 authz bcrypt comctl32 comdlg32 crypt32 d3d9 d3d11 d3d12 dcomp dnsapi dwmapi dwrite dxgi
 gdi32 imm32 iphlpapi kernel32 mpr msvcrt ncrypt netapi32 ntdll ole32 oleaut32 rpcrt4 secur32 setupapi
 shcore shell32 shlwapi user32 userenv uxtheme version winhttp winmm winspool.drv wtsapi32 ws2_32 "
SYSTEM_DLLS=" $(tr -s ' \n' ' ' <<<"$SYSTEM_DLLS") "
found=0
while IFS= read -r -d '' bin; do
    found=$((found + 1))
    while read -r dll; do
        name=$(tr 'A-Z' 'a-z' <<<"$dll")
        name=${name%.dll}
        case "$name" in api-ms-win-* | ext-ms-win-*) continue ;; esac
        [[ "$SYSTEM_DLLS" == *" $name "* ]] ||
            fail "$(basename "$bin") imports $dll, which is not one of Windows' own DLLs"
    done < <(x86_64-w64-mingw32-objdump -p "$bin" | sed -n 's/^\s*DLL Name: //p')
done < <(find "$DIR" \( -iname '*.exe' -o -iname '*.dll' \) -print0)
[ "$found" -ge 3 ] || fail "only $found programs found"

# They start: --version without a window. (actdesk-win.exe also reports where slc.dll comes
# from, and exits 3 when this prefix's stand-in has no machine behind it: only its output counts.)
for exe in actdesk activation-desk actdesk-win; do
    status=0
    out=$(wine "$DIR/$exe.exe" --version </dev/null 2>/dev/null | tr -d '\r') || status=$?
    [ "$status" = 0 ] || [ "$exe" = actdesk-win ] || fail "$exe.exe --version failed under Wine ($status): $out"
    grep -q "^$exe [0-9]\+\.[0-9]\+\.[0-9]\+" <<<"$out" || fail "$exe.exe --version printed no version: $out"
done
# The training machine from the zip, in Japanese: --backend simulated says so on every output.
STATE=$(winepath -w "$T/state" 2>/dev/null)
JOURNAL=$(winepath -w "$T/journal.sqlite" 2>/dev/null)
sim() { wine "$DIR/actdesk.exe" --lang ja --backend simulated --state "$STATE" --journal "$JOURNAL" "$@" </dev/null 2>&1 | tr -d '\r'; }
out=$(sim simulate init --os win10) || fail "actdesk.exe simulate init failed: $out"
out=$(sim status) || fail "actdesk.exe --backend simulated status failed: $out"
grep -q "シミュレーション" <<<"$out" || fail "the simulated backend does not say Simulation in Japanese: $out"
grep -q "Windows 10 ESU (1 年目)" <<<"$out" || fail "the training machine's ESU years are missing: $out"
echo "check-zip: $(basename "$ZIP"): $found programs, Windows DLLs only, all start under Wine"
