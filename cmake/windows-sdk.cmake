# SPDX-License-Identifier: MIT
# Cross toolchain for the whole product on Windows: the mingw-w64 toolchain plus the SDK that
# scripts/build-windows-sdk.sh builds from Debian's source packages (static Qt, SQLite,
# libqrencode, Boost.Locale). scripts/build-windows.sh passes the SDK's prefix:
#   cmake -S . -B build-win -G Ninja -DCMAKE_TOOLCHAIN_FILE=cmake/windows-sdk.cmake \
#         -DACTDESK_WIN_SDK=$(scripts/build-windows-sdk.sh)
include(${CMAKE_CURRENT_LIST_DIR}/mingw-w64-x86_64.cmake)

if(NOT ACTDESK_WIN_SDK AND DEFINED ENV{ACTDESK_WIN_SDK})
    set(ACTDESK_WIN_SDK "$ENV{ACTDESK_WIN_SDK}")
endif()
if(NOT ACTDESK_WIN_SDK OR NOT EXISTS "${ACTDESK_WIN_SDK}/.complete")
    message(FATAL_ERROR "ACTDESK_WIN_SDK must name a complete SDK built by scripts/build-windows-sdk.sh "
                        "(got '${ACTDESK_WIN_SDK}')")
endif()
# try_compile projects read this file again: hand them the prefix too.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES ACTDESK_WIN_SDK)

list(APPEND CMAKE_FIND_ROOT_PATH "${ACTDESK_WIN_SDK}")
list(APPEND CMAKE_PREFIX_PATH "${ACTDESK_WIN_SDK}")
# The Qt in the SDK is a cross build: its tools (moc, uic, rcc, lrelease) are the host's.
set(QT_HOST_PATH /usr)
set(QT_HOST_PATH_CMAKE_DIR /usr/lib/x86_64-linux-gnu/cmake)
# pkg-config (libqrencode) looks in the SDK only, never at the host's .pc files.
set(ENV{PKG_CONFIG_LIBDIR} "${ACTDESK_WIN_SDK}/lib/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
# Everything in the SDK is a static library.
set(Boost_USE_STATIC_LIBS ON)
set(Boost_USE_STATIC_RUNTIME ON)
