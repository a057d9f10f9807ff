// SPDX-License-Identifier: MIT
#include "ConfirmDialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace actdesk::ui {

namespace {
std::optional<bool> g_nextAnswer;
int g_asked = 0;
} // namespace

bool ConfirmDialog::ask(QWidget* parent, const QString& title, const QString& text, const QString& confirmText,
                        const QString& cancelText)
{
    ++g_asked;
    if (g_nextAnswer) {
        const bool answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    auto* confirm = box.addButton(confirmText, QMessageBox::AcceptRole);
    auto* cancel = box.addButton(cancelText, QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == confirm;
}

void ConfirmDialog::setNextAnswer(std::optional<bool> answer)
{
    g_nextAnswer = answer;
}

int ConfirmDialog::askedCount()
{
    return g_asked;
}

} // namespace actdesk::ui
