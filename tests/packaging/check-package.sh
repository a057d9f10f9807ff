#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# What a packager and a site admin rely on: `cmake --install` puts every file in its standard
# place, the installed programs use the installed translations and carry no RUNPATH, the
# desktop entry and AppStream metadata validate, and `cpack -G DEB` makes a package whose
# dependencies include what Qt loads as plugins (dpkg-shlibdeps cannot see those).
#
#   check-package.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check-package: $*" >&2; exit 1; }

# 1. Install into a staging directory, as a package build does.
DESTDIR="$work/root" cmake --install "$build" --prefix /usr >"$work/install.log"
root="$work/root/usr"
app_id=org.activationdesk.ActivationDesk
for f in bin/activation-desk bin/actdesk \
         share/applications/$app_id.desktop share/metainfo/$app_id.metainfo.xml \
         share/icons/hicolor/scalable/apps/$app_id.svg share/icons/hicolor/256x256/apps/$app_id.png \
         share/activation-desk/translations/activationdesk_en.qm \
         share/activation-desk/translations/activationdesk_ja.qm; do
  [ -s "$root/$f" ] || fail "cmake --install did not install $f"
done
for exe in activation-desk actdesk; do
  if readelf -d "$root/bin/$exe" | grep -Eq 'RPATH|RUNPATH'; then
    fail "installed $exe carries a RUNPATH: $(readelf -d "$root/bin/$exe" | grep -E 'RPATH|RUNPATH')"
  fi
done

# 2. The installed programs read the installed catalogues: Japanese help, and English once the
#    installed Japanese catalogue is replaced by the English one.
home="$work/home"; mkdir -p "$home"
help_ja=$(HOME="$home" ACTDESK_LANG=ja "$root/bin/actdesk" help 2>&1 || true)
grep -q 'ライセンス' <<<"$help_ja" || fail "installed actdesk does not speak Japanese: $(head -3 <<<"$help_ja")"
cp "$root/share/activation-desk/translations/activationdesk_en.qm" \
   "$root/share/activation-desk/translations/activationdesk_ja.qm"
help_swapped=$(HOME="$home" ACTDESK_LANG=ja "$root/bin/actdesk" help 2>&1 || true)
if grep -q 'ライセンス' <<<"$help_swapped"; then
  fail "installed actdesk ignored the installed catalogue (share/activation-desk/translations)"
fi

# 3. The desktop entry and the AppStream metadata are valid.
desktop-file-validate "$root/share/applications/$app_id.desktop" || fail "desktop-file-validate failed"
appstreamcli validate --no-net "$root/share/metainfo/$app_id.metainfo.xml" >"$work/appstream.log" 2>&1 \
  || { cat "$work/appstream.log" >&2; fail "appstreamcli validate failed"; }

# 4. The Debian package.
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/deb" >"$work/cpack.log" 2>&1) \
  || { tail -20 "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
deb=$(ls "$work"/deb/*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "cpack made no .deb"
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
for need in libqt6sql6-sqlite libqt6widgets6 libboost-locale1.74.0 libqrencode4; do
  grep -q "$need" <<<"$depends" || fail "the package does not depend on $need (Depends: $depends)"
done
for want in fonts-noto-cjk qt6-translations-l10n; do
  grep -q "$want" <<<"$recommends" || fail "the package does not recommend $want (Recommends: $recommends)"
done
contents=$(dpkg-deb -c "$deb")
for f in usr/bin/activation-desk usr/share/activation-desk/translations/activationdesk_ja.qm \
         usr/share/applications/$app_id.desktop; do
  grep -q "\./$f\$" <<<"$contents" || fail "the package lacks /$f"
done
echo "check-package: installed files, translations, metadata and $(basename "$deb") are as expected"
