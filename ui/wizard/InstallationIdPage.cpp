// SPDX-License-Identifier: MIT
#include "InstallationIdPage.h"

#include "messages/ErrorText.h"
#include "style/Appearance.h"
#include "widgets/GroupedIdDisplay.h"
#include "widgets/NoticeLabel.h"
#include "widgets/ReadAloudDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace actdesk::ui {

InstallationIdPage::InstallationIdPage(WizardContext& context, QWidget* parent) : DevicePage(context, parent)
{
    setObjectName(QStringLiteral("installationIdPage"));
    setTitle(text::ErrorText::stepName(workflow::Step::InstallationId));
}

void InstallationIdPage::build()
{
    auto* instruction = makeInstruction(
        tr("Call the Microsoft activation line for your country or region. When asked, read out these nine "
           "groups. The agent then reads you the confirmation ID: write it down or type it on the next page."));
    m_forProgram = new QLabel(this);
    m_forProgram->setObjectName(QStringLiteral("installationIdProgramLabel"));
    m_forProgram->setWordWrap(true);
    m_forProgram->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_display = new GroupedIdDisplay(ids::IdType::InstallationId, 3, this);

    m_readAloud = new QPushButton(tr("&Read aloud, one group at a time"), this);
    m_readAloud->setObjectName(QStringLiteral("readAloudPushButton"));
    m_readAloud->setFont(appearance::scaled(font(), 1.15));
    connect(m_readAloud, &QPushButton::clicked, this, &InstallationIdPage::readAloud);

    m_openCentre = new QPushButton(tr("Open the &activation centre (simulation)"), this);
    m_openCentre->setObjectName(QStringLiteral("openActivationCentrePushButton"));
    m_openCentre->setAutoDefault(false);
    connect(m_openCentre, &QPushButton::clicked, this, &InstallationIdPage::activationCentreRequested);
    m_simulationHint = new QLabel(tr("Simulation: the simulated activation centre plays the part of the "
                                     "activation line."),
                                  this);
    m_simulationHint->setObjectName(QStringLiteral("simulationHintLabel"));
    m_simulationHint->setWordWrap(true);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_readAloud);
    actions->addStretch(1);
    actions->addWidget(m_openCentre);

    m_notice = new NoticeLabel(this);
    m_notice->setObjectName(QStringLiteral("installationIdNoticeLabel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(instruction);
    layout->addWidget(m_forProgram);
    layout->addSpacing(6);
    layout->addWidget(m_display);
    layout->addSpacing(6);
    layout->addLayout(actions);
    layout->addWidget(m_simulationHint);
    layout->addWidget(m_notice);
    layout->addStretch(1);
}

void InstallationIdPage::initializePage()
{
    ensureBuilt();
    const bool sim = m_ctx.simulation();
    m_openCentre->setVisible(sim);
    m_simulationHint->setVisible(sim);
    const auto& id = m_ctx.session.activationId();
    m_forProgram->setText(tr("For: %1 (activation ID %2)")
                              .arg(m_ctx.chosenProgramText(),
                                   id ? QString::fromStdString(id->canonical()) : QString()));
    // Keep the ID generated earlier (going back and forth must not change what was read out).
    if (!m_ctx.session.installationId()) {
        auto iid = m_ctx.session.generateInstallationId();
        if (!iid) {
            m_display->setGroups({});
            m_notice->showNotice(NoticeLabel::Kind::Error, text::ErrorText::sessionError(iid.error()));
            Q_EMIT completeChanged();
            return;
        }
    }
    m_notice->clearNotice();
    QStringList groups;
    for (const auto& g : m_ctx.session.installationId()->groups())
        groups << QString::fromStdString(g);
    m_display->setGroups(groups);
    m_readAloud->setEnabled(true);
    Q_EMIT completeChanged();
}

bool InstallationIdPage::isComplete() const
{
    return isBuilt() && m_ctx.session.installationId().has_value();
}

QWidget* InstallationIdPage::preferredFocus() const
{
    return isComplete() ? m_readAloud : nullptr;
}

void InstallationIdPage::readAloud()
{
    // Window-modal but not blocking: the wizard stays responsive underneath.
    auto* dialog = new ReadAloudDialog(ids::IdType::InstallationId, m_display->groups(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { focusForward(); });
    dialog->open();
    dialog->activateWindow();
}

} // namespace actdesk::ui
