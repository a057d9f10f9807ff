# SPDX-License-Identifier: MIT
# activation-desk, the GUI. Included from app/CMakeLists.txt, so the executable lands at
# build/app/activation-desk (scripts/run.sh starts it from there) and paths are relative to app/.

# The simulated world behind the GUI and the start-up probe, shared with the GUI tests.
# (No user-visible strings here: translations/ scans activation-desk's own sources.)
add_library(actdesk_guiwiring STATIC
    gui/ResumeTicket.cpp gui/ResumeTicket.h
    gui/SimulatedEnvironment.cpp gui/SimulatedEnvironment.h
    gui/StartupProbe.cpp gui/StartupProbe.h)
if(WIN32)
    # "Restart as administrator": ShellExecuteEx runas and DPAPI (core/licensing/windows).
    target_sources(actdesk_guiwiring PRIVATE gui/ElevatedRestart.cpp gui/ElevatedRestart.h)
endif()
target_include_directories(actdesk_guiwiring PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/gui)
target_link_libraries(actdesk_guiwiring PUBLIC actdesk_ui actdesk_appcommon PRIVATE actdesk_policy)

# The composition root, in a library so the GUI tests build the window exactly as the app does
# (journal, damaged-journal question, role tabs).
add_library(actdesk_guicomposition STATIC gui/GuiComposition.cpp gui/GuiComposition.h gui/GuiOptions.h)
target_link_libraries(actdesk_guicomposition PUBLIC actdesk_guiwiring actdesk_journalui actdesk_deskui
                                                    actdesk_callcentreui PRIVATE actdesk_policy)

qt_add_executable(activation-desk WIN32
    gui/main.cpp
    gui/GuiOptions.cpp gui/GuiOptions.h)
target_link_libraries(activation-desk PRIVATE actdesk_guicomposition actdesk_policy)
if(WIN32)
    actdesk_windows_resources(activation-desk "Activation Desk")
    # Static Qt: the plugins are linked in. windows (the desktop), offscreen (tests, screenshots
    # under Wine), the native Vista style, the SQLite journal.
    qt_import_plugins(activation-desk INCLUDE Qt6::QWindowsIntegrationPlugin Qt6::QOffscreenIntegrationPlugin
                      Qt6::QWindowsVistaStylePlugin Qt6::QSQLiteDriverPlugin Qt6::QSchannelBackendPlugin)
endif()

install(TARGETS activation-desk RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
set(ACTDESK_APP_ID org.activationdesk.ActivationDesk)
install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/${ACTDESK_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/${ACTDESK_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/activation-desk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${ACTDESK_APP_ID}.svg)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/activation-desk.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/256x256/apps RENAME ${ACTDESK_APP_ID}.png)
