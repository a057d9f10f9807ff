// SPDX-License-Identifier: MIT
#pragma once

// Answers the wizard's file and printer dialogs as the user would, without a modal dialog.

#include "dialogs/FileDialogs.h"

#include <QPrinter>
#include <QString>

namespace actdesk::testing {

class ScriptedDialogs final : public ui::FileDialogs
{
public:
  QString saveFileName(QWidget*, const QString&, const QString&, const QString&, Existing how) override
  {
      ++asked;
      lastExisting = how;
      return saveAs;
    }
    QString openFileName(QWidget*, const QString&, const QString&, const QString&) override
    {
        ++asked;
        return open;
    }
    // The "printer" is a PDF file, so what was printed can be read back.
    bool choosePrinter(QWidget*, QPrinter& printer, const QString&) override
    {
        ++asked;
        if (printTo.isEmpty())
            return false;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printTo);
        return true;
    }

    QString saveAs, open, printTo; // empty: the user cancels
    int asked = 0;
    Existing lastExisting = Existing::Replace; // how the last save treats an existing file
};

} // namespace actdesk::testing
