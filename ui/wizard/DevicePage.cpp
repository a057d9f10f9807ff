// SPDX-License-Identifier: MIT
#include "DevicePage.h"

#include "style/Appearance.h"
#include "widgets/WrappingLabel.h"

#include <QAbstractButton>
#include <QLabel>
#include <QWizard>

namespace actdesk::ui {

DevicePage::DevicePage(WizardContext& context, QWidget* parent) : QWizardPage(parent), m_ctx(context) {}

void DevicePage::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    build();
}

QAbstractButton* DevicePage::forwardButton() const
{
    if (!wizard())
        return nullptr;
    return wizard()->button(isFinalPage() ? QWizard::FinishButton : QWizard::NextButton);
}

void DevicePage::focusForward()
{
    if (auto* b = forwardButton(); b && b->isEnabled())
        b->setFocus(Qt::OtherFocusReason);
}

QLabel* DevicePage::makeInstruction(const QString& text)
{
    auto* label = new WrappingLabel(text, this);
    label->setTextFormat(Qt::PlainText);
    label->setFont(appearance::scaled(font(), 1.15));
    return label;
}

} // namespace actdesk::ui
