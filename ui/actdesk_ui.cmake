# SPDX-License-Identifier: MIT
# actdesk_ui: the Qt Widgets user interface (Device wizard, reusable ID widgets, simulation
# windows, main window). It sees the licensing port, the catalog and the workflow; it never
# links or includes a concrete backend (app/gui wires one in through SimulationControl).
# Included from ui/CMakeLists.txt, so source paths are relative to ui/.

add_library(actdesk_ui STATIC
    style/Appearance.cpp style/Appearance.h
    common/ConfirmDialog.cpp common/ConfirmDialog.h
    common/FileDialogs.cpp common/FileDialogs.h
    widgets/IdShape.cpp widgets/IdShape.h
    widgets/TypedText.cpp widgets/TypedText.h
    widgets/FieldChain.cpp widgets/FieldChain.h
    widgets/GroupedIdEntry.cpp widgets/GroupedIdEntry.h
    widgets/GroupedIdDisplay.cpp widgets/GroupedIdDisplay.h
    widgets/ProductKeyEntry.cpp widgets/ProductKeyEntry.h
    widgets/ReadAloudView.cpp widgets/ReadAloudView.h
    widgets/ReadAloudDialog.cpp widgets/ReadAloudDialog.h
    widgets/WrappingLabel.cpp widgets/WrappingLabel.h
    widgets/NoticeLabel.cpp widgets/NoticeLabel.h
    widgets/ScrollingContent.cpp widgets/ScrollingContent.h
    wizard/WizardContext.cpp wizard/WizardContext.h wizard/ElevationPort.h
    wizard/DevicePage.cpp wizard/DevicePage.h
    wizard/StepList.cpp wizard/StepList.h
    wizard/MachinePage.cpp wizard/MachinePage.h
    wizard/MachineReader.cpp wizard/MachineReader.h
    wizard/ProgramPage.cpp wizard/ProgramPage.h
    wizard/ProductKeyPage.cpp wizard/ProductKeyPage.h
    wizard/InstallationIdPage.cpp wizard/InstallationIdPage.h
    wizard/TransferActions.cpp wizard/TransferActions.h
    wizard/ConfirmationIdPage.cpp wizard/ConfirmationIdPage.h
    wizard/ApplyPage.cpp wizard/ApplyPage.h
    wizard/DeviceWizard.cpp wizard/DeviceWizard.h
    simulation/SimulationControl.h
    simulation/SimulationBanner.cpp simulation/SimulationBanner.h
    simulation/SimulatedMachineDialog.cpp simulation/SimulatedMachineDialog.h
    simulation/ActivationCentreWindow.cpp simulation/ActivationCentreWindow.h
    mainwindow/HelpDialog.cpp mainwindow/HelpDialog.h
    mainwindow/AboutDialog.cpp mainwindow/AboutDialog.h
    mainwindow/MainWindow.cpp mainwindow/MainWindow.h)
target_include_directories(actdesk_ui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(actdesk_ui PUBLIC Qt6::Widgets actdesk_messages actdesk_workflow actdesk_verbs actdesk_transfer actdesk_paper
                                 PRIVATE Qt6::PrintSupport actdesk_policy)
qt_add_resources(actdesk_ui "actdesk_ui_icons" PREFIX "/icons"
    BASE ${PROJECT_SOURCE_DIR}/resources/icons
    FILES ${PROJECT_SOURCE_DIR}/resources/icons/activation-desk.png
          ${PROJECT_SOURCE_DIR}/resources/icons/activation-desk-64.png)
