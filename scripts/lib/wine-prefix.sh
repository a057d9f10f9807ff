# SPDX-License-Identifier: MIT
# A throw-away Wine prefix with the stand-in slc.dll, for scripts/test-windows.sh and
# scripts/windows-screenshots.sh (sourced, not run):
#   wine_prefix_start           mktemp, exports WINEPREFIX & co, starts wineboot in the background
#   wine_prefix_ready BUILD_DIR waits for it, copies BUILD_DIR/system32/slc.dll (and slcmiss.dll)
#                               over the prefix's system32, starts wineserver outside any test
# The EXIT trap kills wineserver and deletes the prefix (and WINE_WORK).

wine_prefix_cleanup() {
  local status=$?
  if [ -n "${WINE_BOOT_PID:-}" ]; then kill "$WINE_BOOT_PID" 2>/dev/null || true; fi
  wineserver -k >/dev/null 2>&1 || true
  wineserver -w >/dev/null 2>&1 || true
  rm -rf "$WINE_WORK"
  exit "$status"
}

wine_prefix_start() {
  WINE_WORK=$(mktemp -d "${TMPDIR:-/tmp}/actdesk-wine.XXXXXX")
  export WINEPREFIX="$WINE_WORK/prefix"
  export WINEARCH=win64
  export WINEDEBUG=-all
  # No Mono/Gecko installer dialogs in a headless prefix.
  export WINEDLLOVERRIDES="mscoree,mshtml="
  trap wine_prefix_cleanup EXIT INT TERM
  # wineboot takes ~5-20 s; its output goes to a file so that nothing Wine starts holds the
  # caller's stdout open.
  wineboot -i </dev/null >"$WINE_WORK/wineboot.log" 2>&1 &
  WINE_BOOT_PID=$!
}

wine_prefix_ready() {
  local build_dir=$1
  if ! wait "$WINE_BOOT_PID"; then
    WINE_BOOT_PID=
    echo "wine-prefix: wineboot failed:" >&2
    cat "$WINE_WORK/wineboot.log" >&2
    return 1
  fi
  WINE_BOOT_PID=
  wineserver -w # let the prefix settle before touching system32
  # The stand-in replaces Wine's own slc.dll (whose functions abort the process); a native DLL
  # in system32 is loaded without any WINEDLLOVERRIDES.
  local sys32="$WINEPREFIX/drive_c/windows/system32"
  if [ ! -f "$sys32/slc.dll" ]; then
    echo "wine-prefix: $sys32/slc.dll not found: unexpected prefix layout" >&2
    return 1
  fi
  cp "$build_dir/system32/slc.dll" "$build_dir/system32/slcmiss.dll" "$sys32/"
  # wineserver started outside ctest (before anything below starts one): one started by a test
  # inherits ctest's pipes and ctest never finishes.
  wineserver -p </dev/null >/dev/null 2>&1
  # Qt's offscreen platform on Windows reads its fonts from one folder, QT_QPA_FONTDIR (else
  # from beside Qt's libraries, which a static Qt does not have). Wine passes no QT_* variable
  # of the caller's on to Windows programs, so it goes into the prefix's user environment:
  # DejaVu for Latin text, Noto Sans CJK for Japanese, as on the Linux test machines.
  mkdir -p "$WINE_WORK/fonts"
  ln -sf /usr/share/fonts/truetype/dejavu/DejaVuSans*.ttf /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc \
    "$WINE_WORK/fonts/"
  # The Qt programs run on Windows 10 and later: they see Windows 10 (Wine's own default is
  # Windows 7, which the Qt-free actdesk-win.exe and the backend tests rely on).
  local exe
  for exe in windows_wizard_tests.exe activation-desk.exe actdesk.exe; do
    wine reg add "HKCU\\Software\\Wine\\AppDefaults\\$exe" /v Version /t REG_SZ /d win10 /f </dev/null >/dev/null 2>&1
  done
  wine reg add 'HKCU\Environment' /v QT_QPA_FONTDIR /t REG_SZ /d "$(winepath -w "$WINE_WORK/fonts")" /f \
    </dev/null >/dev/null 2>&1
  wine cmd /c exit </dev/null >/dev/null 2>&1
}
