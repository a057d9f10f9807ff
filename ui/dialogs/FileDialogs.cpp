// SPDX-License-Identifier: MIT
#include "FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>

namespace actdesk::ui {

QString savedFileName(const QString& path)
{
    const QFileInfo file(path);
    const QDir folder = file.absoluteDir();
    if (folder.isRoot())
        return QDir::toNativeSeparators(file.absoluteFilePath());
    return QDir::toNativeSeparators(folder.dirName() + QLatin1Char('/') + file.fileName());
}

QString FileDialogs::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                  const QString& filter, Existing existing)
{
    const QFileDialog::Options options =
        existing == Existing::AddTo ? QFileDialog::DontConfirmOverwrite : QFileDialog::Options();
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter, nullptr, options);
}

QString FileDialogs::openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                  const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

bool FileDialogs::choosePrinter(QWidget* parent, QPrinter& printer, const QString& caption)
{
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(caption);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace actdesk::ui
