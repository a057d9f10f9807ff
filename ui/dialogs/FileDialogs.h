// SPDX-License-Identifier: MIT
#pragma once

// The file and printer dialogs the wizard asks, behind one small interface: the default
// shows Qt's dialogs; a test (or a locked-down kiosk) answers them without a modal dialog.

#include <QString>

class QPrinter;
class QWidget;

namespace actdesk::ui {

class FileDialogs
{
public:
    virtual ~FileDialogs() = default;

    // What saving over an existing file means: replacing it (the dialog asks first), or
    // adding to it (a transfer file other machines share: asking "replace?" would mislead).
    enum class Existing
    {
        Replace,
        AddTo,
    };
    // The file to write; `suggested` is a full path. Empty when the user cancelled.
    virtual QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                 const QString& filter, Existing existing = Existing::Replace);
    // The file to read. Empty when the user cancelled.
    virtual QString openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                 const QString& filter);
    // Lets the user choose the printer and its settings. False when the user cancelled.
    virtual bool choosePrinter(QWidget* parent, QPrinter& printer, const QString& caption);
};

// How a message confirming a save names the file the user just chose: its folder and its
// name ("ESU-STICK/requests.adtx"), or the whole path at the top of a drive ("E:\requests.adtx").
// On Linux a stick's folder is its label (/media/<user>/<label>), which is what the user
// recognises; the mount point adds nothing, and the message stays short enough not to push
// the page's content around. Error messages keep the full path.
QString savedFileName(const QString& path);

} // namespace actdesk::ui
