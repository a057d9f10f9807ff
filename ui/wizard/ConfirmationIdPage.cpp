// SPDX-License-Identifier: MIT
#include "ConfirmationIdPage.h"

#include "messages/ErrorText.h"
#include "widgets/GroupedIdEntry.h"
#include "widgets/NoticeLabel.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace actdesk::ui {

ConfirmationIdPage::ConfirmationIdPage(WizardContext& context, QWidget* parent) : DevicePage(context, parent)
{
    setObjectName(QStringLiteral("confirmationIdPage"));
    setTitle(text::ErrorText::stepName(workflow::Step::ConfirmationId));
}

void ConfirmationIdPage::build()
{
    auto* instruction = makeInstruction(
        tr("Type the confirmation ID as the agent reads it, group by group, A to H. Each group is checked as "
           "you type: if a group is marked wrong, ask the agent to repeat that group."));
    auto* pasteHint = new QLabel(tr("You can also paste the whole confirmation ID into any group."), this);
    pasteHint->setObjectName(QStringLiteral("pasteHintLabel"));
    pasteHint->setWordWrap(true);

    m_entry = new GroupedIdEntry(IdShape::confirmationId(), this);
    connect(m_entry, &GroupedIdEntry::changed, this, [this] {
        m_notice->clearNotice();
        Q_EMIT completeChanged();
    });
    connect(m_entry, &GroupedIdEntry::completed, this, &ConfirmationIdPage::focusForward);

    m_notice = new NoticeLabel(this);
    m_notice->setObjectName(QStringLiteral("confirmationIdNoticeLabel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(instruction);
    layout->addWidget(pasteHint);
    layout->addSpacing(10);
    layout->addWidget(m_entry);
    layout->addWidget(m_notice);
    layout->addStretch(1);

    for (int i = 0; i < IdShape::confirmationId().groups; ++i)
        registerField(QStringLiteral("cid.%1").arg(IdShape::confirmationId().label(i)), m_entry->groupEdit(i));
}

void ConfirmationIdPage::initializePage()
{
    ensureBuilt();
    const auto& iid = m_ctx.session.installationId();
    const QString current = iid ? QString::fromStdString(iid->digits()) : QString();
    if (!m_forIid.isEmpty() && current != m_forIid && !m_entry->digits().isEmpty()) {
        m_entry->clear();
        m_notice->showNotice(NoticeLabel::Kind::Info,
                             tr("The installation ID has changed since this confirmation ID was typed, so it "
                                "was cleared. A new confirmation ID is needed for the new installation ID."));
    }
    m_forIid = current;
}

bool ConfirmationIdPage::isComplete() const
{
    return isBuilt() && m_entry->isComplete();
}

bool ConfirmationIdPage::validatePage()
{
    const QByteArray digits = m_entry->digits().toLatin1();
    auto cid = m_ctx.session.enterConfirmationId(
        std::string_view(digits.constData(), static_cast<std::size_t>(digits.size())));
    if (!cid) {
        m_notice->showNotice(NoticeLabel::Kind::Error, text::ErrorText::sessionError(cid.error()));
        return false;
    }
    return true;
}

QWidget* ConfirmationIdPage::preferredFocus() const
{
    if (m_entry->isComplete())
        return nullptr;
    for (int i = 0; i < m_entry->shape().groups; ++i)
        if (m_entry->groupState(i) != GroupedIdEntry::GroupState::Valid)
            return m_entry->groupEdit(i);
    return nullptr;
}

bool ConfirmationIdPage::hasPendingInput() const
{
    return isBuilt() && !m_entry->digits().isEmpty() && !m_ctx.session.status();
}

} // namespace actdesk::ui
