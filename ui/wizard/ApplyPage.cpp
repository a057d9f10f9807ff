// SPDX-License-Identifier: MIT
#include "ApplyPage.h"

#include "style/Appearance.h"
#include "text/ErrorText.h"
#include "text/Printable.h"
#include "widgets/NoticeLabel.h"
#include "widgets/WrappingLabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace actdesk::ui {

ApplyPage::ApplyPage(WizardContext& context, QWidget* parent) : DevicePage(context, parent)
{
    setObjectName(QStringLiteral("applyPage"));
    setTitle(tr("Apply and verify"));
    setFinalPage(true);
}

void ApplyPage::build()
{
    auto* instruction =
        makeInstruction(tr("Check the summary, then apply the confirmation ID. Activation Desk "
                           "gives it to Windows and reads the licence status again."));

    const QFont valueFont = appearance::scaled(font(), 1.15);
    auto makeValue = [&](const char* name) {
        auto* l = new WrappingLabel(this);
        l->setObjectName(QLatin1String(name));
        l->setFont(valueFont);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };
    m_machine = makeValue("summaryMachineLabel");
    m_program = makeValue("summaryProgramLabel");
    m_key = makeValue("summaryKeyLabel");
    m_cid = makeValue("summaryConfirmationIdLabel");
    m_cid->setFont(appearance::idFont(font(), 1.3));
    m_cid->setWordWrap(false);
    auto* form = new QFormLayout;
    form->addRow(tr("Machine:"), m_machine);
    form->addRow(tr("Program and year:"), m_program);
    form->addRow(tr("Product key:"), m_key);
    form->addRow(tr("Confirmation ID:"), m_cid);

    m_apply = new QPushButton(tr("&Apply and verify"), this);
    m_apply->setObjectName(QStringLiteral("applyPushButton"));
    m_apply->setFont(appearance::headingFont(font(), 1.2));
    connect(m_apply, &QPushButton::clicked, this, &ApplyPage::apply);
    auto* applyRow = new QHBoxLayout;
    applyRow->addWidget(m_apply);
    applyRow->addStretch(1);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setFont(appearance::headingFont(font(), 2.2));
    m_details = new NoticeLabel(this);
    m_details->setObjectName(QStringLiteral("resultDetailsLabel"));
    m_details->setFont(appearance::scaled(font(), 1.15));

    auto* layout = makeScrollingLayout();
    layout->addWidget(instruction);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addLayout(applyRow);
    layout->addSpacing(8);
    layout->addWidget(m_result);
    layout->addWidget(m_details);
    layout->addStretch(1);
}

void ApplyPage::initializePage()
{
    ensureBuilt();
    m_machine->setText(m_ctx.report ? text::printable(m_ctx.report->machine.name) : QString());
    m_program->setText(m_ctx.chosenProgramText());
    const auto& key = m_ctx.session.key();
    m_key->setText(key ? QStringLiteral("XXXXX-XXXXX-XXXXX-XXXXX-") + QString::fromStdString(key->partialKey)
                       : QString());
    const auto& cid = m_ctx.session.confirmationId();
    m_cid->setText(cid ? QString::fromStdString(cid->grouped()) : QString());
    m_licensed = m_ctx.session.status() == licensing::LicenseStatus::Licensed;
    if (!m_licensed) {
        m_result->clear();
        m_details->clearNotice();
    }
    m_apply->setEnabled(!m_licensed);
    Q_EMIT completeChanged();
}

bool ApplyPage::isComplete() const
{
    return isBuilt() && m_licensed;
}

QWidget* ApplyPage::preferredFocus() const
{
    return m_licensed ? nullptr : m_apply;
}

void ApplyPage::apply()
{
    auto deposited = m_ctx.session.deposit();
    if (!deposited) {
        showResult(false, tr("\u2717 Not activated"), text::ErrorText::sessionError(deposited.error()));
        return;
    }
    auto status = m_ctx.session.verify();
    if (!status) {
        showResult(false, tr("\u2717 Status unknown"), text::ErrorText::sessionError(status.error()));
        return;
    }
    if (status.value() != licensing::LicenseStatus::Licensed) {
        showResult(false, tr("\u2717 Not activated"),
                   tr("Windows accepted the confirmation ID, but the status is still \"%1\". Check that the "
                      "right ESU year was chosen, then generate a new installation ID and call again.")
                       .arg(text::ErrorText::licenseStatus(status.value())));
        return;
    }
    const QString machine = m_ctx.report ? text::printable(m_ctx.report->machine.name) : QString();
    showResult(true, tr("\u2713 %1").arg(text::ErrorText::licenseStatus(licensing::LicenseStatus::Licensed)),
               tr("%1 is activated on %2. This machine can now install the ESU security updates for this year.")
                   .arg(m_ctx.chosenProgramText(), machine));
}

void ApplyPage::showResult(bool licensed, const QString& headline, const QString& details)
{
    m_licensed = licensed;
    m_result->setText(headline);
    QPalette pal = m_result->palette();
    pal.setColor(QPalette::WindowText,
                 licensed ? appearance::successColor(palette()) : appearance::errorColor(palette()));
    m_result->setPalette(pal);
    m_details->showNotice(licensed ? NoticeLabel::Kind::Success : NoticeLabel::Kind::Error, details);
    m_apply->setEnabled(!licensed);
    Q_EMIT completeChanged();
    if (licensed)
        focusForward();
}

} // namespace actdesk::ui
