# SPDX-License-Identifier: MIT
# Installation packages. `cmake --install` puts the executables, the translations
# (share/activation-desk/translations), the .desktop file, the AppStream metadata and the icons
# in the standard places; CPack wraps the same files into a Debian package:
#
#   cmake --build build && (cd build && cpack -G DEB)     ->  build/activation-desk_<version>_<arch>.deb

set(CPACK_PACKAGE_NAME "activation-desk")
set(CPACK_PACKAGE_VENDOR "Activation Desk contributors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Offline activation of Windows ESU licences by phone, USB or paper")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "Activation Desk maintainers <maintainers@example.invalid>")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR "DEB")
endif()

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # Qt, Boost.Locale, libqrencode ... found by dpkg-shlibdeps
# Qt loads its SQL drivers as plugins, which dpkg-shlibdeps cannot see: without the SQLite
# driver the default journal cannot open, so it is a dependency, not a suggestion.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Japanese glyphs, and Qt's own strings (standard buttons, context menus) in Japanese.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql")
# The summary above is the first line; CPack indents these lines and turns the empty one into " .".
string(CONCAT CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Activation Desk guides a technician through the offline activation of Windows\n"
    "Extended Security Updates (ESU) licences: prerequisites, product key, the\n"
    "installation ID to read to the activation line, the confirmation ID checked group\n"
    "by group, and the final Licensed status. English and Japanese.\n"
    "\n"
    "On Linux it runs against a simulated Windows machine, for training and tests.")

include(CPack)
