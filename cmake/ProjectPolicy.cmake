# SPDX-License-Identifier: MIT
# Project-wide policy as one INTERFACE target, linked PRIVATE by every target.

add_library(actdesk_policy INTERFACE)
target_compile_features(actdesk_policy INTERFACE cxx_std_20)
target_compile_options(actdesk_policy INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Wunused -Woverloaded-virtual -Wimplicit-fallthrough
    # (-Wnull-dereference is left out: at -O2 GCC 12 reports it inside libstdc++ headers.)
    # Members have default initialisers; partial brace-init is intended.
    -Wno-missing-field-initializers
    # mingw-w64's GCC 12 reports a false -Wrestrict inside libstdc++'s std::string
    # (GCC bug 105651) in ActivationSession.cpp; the Linux GCC 12 does not.
    $<$<AND:$<BOOL:${WIN32}>,$<CXX_COMPILER_ID:GNU>>:-Wno-restrict>
    $<$<BOOL:${ACTDESK_WERROR}>:-Werror>)
target_compile_definitions(actdesk_policy INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_KEYWORDS
    $<$<BOOL:${WIN32}>:WIN32_LEAN_AND_MEAN NOMINMAX UNICODE _UNICODE>)

if(ACTDESK_SANITIZE)
    target_compile_options(actdesk_policy INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                    -fno-sanitize-recover=all)
    target_link_options(actdesk_policy INTERFACE -fsanitize=address,undefined)
endif()
