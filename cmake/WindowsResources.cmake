# SPDX-License-Identifier: MIT
# Icon, manifest (asInvoker, DPI awareness, long paths) and version information for one
# Windows program: actdesk_windows_resources(<target> "<description>").
function(actdesk_windows_resources target description)
    set(ACTDESK_RC_ICON ${ACTDESK_ROOT}/resources/windows/actdesk.ico)
    set(ACTDESK_RC_MANIFEST ${ACTDESK_ROOT}/resources/windows/actdesk.manifest)
    set(ACTDESK_RC_VERSION ${PROJECT_VERSION})
    set(ACTDESK_RC_VERSION_COMMAS "${PROJECT_VERSION_MAJOR},${PROJECT_VERSION_MINOR},${PROJECT_VERSION_PATCH},0")
    set(ACTDESK_RC_DESCRIPTION "${description}")
    set(ACTDESK_RC_NAME ${target})
    set(rc ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc)
    configure_file(${ACTDESK_ROOT}/resources/windows/actdesk.rc.in ${rc} @ONLY)
    target_sources(${target} PRIVATE ${rc})
    # windres does not see the icon and manifest as dependencies of the .rc by itself.
    set_source_files_properties(${rc} PROPERTIES OBJECT_DEPENDS "${ACTDESK_RC_ICON};${ACTDESK_RC_MANIFEST}")
endfunction()
