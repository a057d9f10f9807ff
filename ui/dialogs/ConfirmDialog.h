// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace actdesk::ui {

// A yes/no question with our own translated button texts, and a test seam: tests call
// setNextAnswer() and the next ask() returns that answer without showing anything.
// (Named so that it cannot collide with the Win32 MessageBox macro.)
class ConfirmDialog
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmDialog)

public:
    static bool ask(QWidget* parent, const QString& title, const QString& text, const QString& confirmText,
                    const QString& cancelText);
    static void setNextAnswer(std::optional<bool> answer);
    // How many questions were asked (answered by the seam or by a person).
    static int askedCount();
};

} // namespace actdesk::ui
