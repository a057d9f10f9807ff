// SPDX-License-Identifier: MIT
#include "DevicePage.h"

#include "style/Appearance.h"
#include "widgets/ScrollingContent.h"
#include "widgets/WrappingLabel.h"

#include <QAbstractButton>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
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

QVBoxLayout* DevicePage::makeScrollingLayout()
{
    auto* content = new QWidget(this);
    content->setObjectName(objectName() + QStringLiteral("ContentWidget"));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* area = scrollingContent(content, this);
    area->setObjectName(objectName() + QStringLiteral("ScrollArea"));
    auto* pageLayout = new QVBoxLayout(this);
    pageLayout->addWidget(area);
    return layout;
}

QLabel* DevicePage::makeInstruction(const QString& text)
{
    auto* label = new WrappingLabel(text, this);
    label->setTextFormat(Qt::PlainText);
    label->setFont(appearance::scaled(font(), 1.15));
    return label;
}

} // namespace actdesk::ui
