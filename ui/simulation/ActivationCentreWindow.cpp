// SPDX-License-Identifier: MIT
#include "ActivationCentreWindow.h"

#include "input/ParseInput.h"
#include "simulation/SimulationBanner.h"
#include "simulation/SimulationControl.h"
#include "style/Appearance.h"
#include "text/ErrorText.h"
#include "widgets/GroupedIdDisplay.h"
#include "widgets/NoticeLabel.h"
#include "widgets/ReadAloudDialog.h"
#include "widgets/WrappingLabel.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace actdesk::ui {

ActivationCentreWindow::ActivationCentreWindow(SimulationControl& simulation, QWidget* parent)
    : QWidget(parent, Qt::Window), m_simulation(simulation)
{
    setObjectName(QStringLiteral("activationCentreWindow"));
    setFont(appearance::readable(font()));
    setWindowTitle(tr("Activation centre (simulation)"));

    auto* banner = new SimulationBanner(
        tr("SIMULATION: these confirmation IDs work only on the simulated machine, never on a real one."),
        this);

    auto* instruction = new WrappingLabel(
        tr("Paste or type the installation ID the caller reads out, then press Enter."), this);
    instruction->setFont(appearance::scaled(font(), 1.15));

    auto* caption = new QLabel(tr("&Installation ID:"), this);
    m_iid = new QLineEdit(this);
    m_iid->setObjectName(QStringLiteral("installationIdLineEdit"));
    m_iid->setAccessibleName(tr("Installation ID"));
    m_iid->setFont(appearance::idFont(font(), 1.3));
    // Wide enough for a whole 63-digit ID with its hyphens.
    m_iid->setMinimumWidth(QFontMetrics(m_iid->font()).horizontalAdvance(QString(72, QLatin1Char('0'))));
    caption->setBuddy(m_iid);
    // Alt+G belongs to "Copy grouped" below; Enter in the field does the same.
    m_get = new QPushButton(tr("Get &confirmation ID"), this);
    m_get->setObjectName(QStringLiteral("getConfirmationIdPushButton"));
    connect(m_get, &QPushButton::clicked, this, &ActivationCentreWindow::computeConfirmationId);
    connect(m_iid, &QLineEdit::returnPressed, this, &ActivationCentreWindow::computeConfirmationId);
    auto* row = new QHBoxLayout;
    row->addWidget(m_iid, 1);
    row->addWidget(m_get);

    m_notice = new NoticeLabel(this);
    m_notice->setObjectName(QStringLiteral("activationCentreNoticeLabel"));

    auto* cidCaption = new QLabel(tr("Confirmation ID to read back:"), this);
    cidCaption->setFont(appearance::headingFont(font(), 1.1));
    m_cid = new GroupedIdDisplay(ids::IdType::ConfirmationId, 4, this);
    m_readAloud = new QPushButton(tr("&Read aloud, one group at a time"), this);
    m_readAloud->setObjectName(QStringLiteral("readConfirmationIdAloudPushButton"));
    m_readAloud->setEnabled(false);
    connect(m_readAloud, &QPushButton::clicked, this, [this] {
        auto* dialog = new ReadAloudDialog(ids::IdType::ConfirmationId, m_cid->groups(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeActivationCentrePushButton"));
    m_close->setToolTip(tr("Close the activation centre (Esc)"));
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    // Close shares the row under the confirmation ID: the window needs no more height.
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_readAloud);
    bottom->addStretch(1);
    bottom->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner);
    layout->addWidget(instruction);
    layout->addWidget(caption);
    layout->addLayout(row);
    layout->addWidget(m_notice);
    layout->addSpacing(8);
    layout->addWidget(cidCaption);
    layout->addWidget(m_cid);
    layout->addLayout(bottom);
    layout->addStretch(1);
    resize(minimumSizeHint().width(), 480);
}

void ActivationCentreWindow::keyPressEvent(QKeyEvent* event)
{
    // Closes the window like Esc closes a dialog (the line edit leaves Esc to the window).
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        close();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ActivationCentreWindow::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Ready for the next ID: paste replaces the one from last time.
    m_iid->setFocus(Qt::OtherFocusReason);
    m_iid->selectAll();
}

void ActivationCentreWindow::closeEvent(QCloseEvent* event)
{
    QWidget::closeEvent(event);
    // Back to the window that opened it, where the focus was left (the wizard's Next once the
    // installation ID was handed over here).
    if (QWidget* opener = parentWidget() ? parentWidget()->window() : nullptr;
        opener && opener->isVisible()) {
        opener->raise();
        opener->activateWindow();
    }
}

void ActivationCentreWindow::computeConfirmationId()
{
    const QByteArray utf8 = m_iid->text().toUtf8();
    auto iid =
        input::parseInstallationId(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    if (!iid) {
        m_cid->setGroups({});
        m_readAloud->setEnabled(false);
        m_notice->showNotice(NoticeLabel::Kind::Error, text::ErrorText::idError(iid.error()));
        return;
    }
    const auto cid = m_simulation.confirmationIdFor(iid.value());
    QStringList groups;
    for (const auto& g : cid.groups())
        groups << QString::fromStdString(g);
    m_cid->setGroups(groups);
    m_readAloud->setEnabled(true);
    m_notice->showNotice(
        NoticeLabel::Kind::Info,
        tr("Simulated confirmation ID for this installation ID. Read it back group by group."));
}

} // namespace actdesk::ui
