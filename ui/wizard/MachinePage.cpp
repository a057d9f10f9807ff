// SPDX-License-Identifier: MIT
#include "MachinePage.h"

#include "wizard/MachineReader.h"

#include "text/CatalogText.h"
#include "text/Printable.h"
#include "text/ErrorText.h"
#include "style/Appearance.h"
#include "widgets/NoticeLabel.h"
#include "widgets/WrappingLabel.h"

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace actdesk::ui {

MachinePage::MachinePage(WizardContext& context, QWidget* parent)
    : DevicePage(context, parent), m_reader(new MachineReader(context.session, this))
{
    setObjectName(QStringLiteral("machinePage"));
    setTitle(text::ErrorText::stepName(workflow::Step::Prerequisites));
    connect(m_reader, &MachineReader::finished, this, &MachinePage::showReport);
    connect(m_reader, &MachineReader::slow, this, &MachinePage::readingTakesLong);
}

bool MachinePage::isReading() const
{
    return m_reader->busy();
}

void MachinePage::setPatience(std::chrono::milliseconds patience)
{
    m_reader->setPatience(patience);
}

void MachinePage::build()
{
    auto* instruction = makeInstruction(
        tr("Activation Desk reads the licensing state of this machine. ESU can be activated only when the "
           "ESU licences, which the prerequisite updates add, are present."));

    const QFont valueFont = appearance::headingFont(font(), 1.15);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("machineNameLabel"));
    m_name->setFont(valueFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_os = new WrappingLabel(QString(), this);
    m_os->setObjectName(QStringLiteral("operatingSystemLabel"));
    m_os->setFont(valueFont);
    auto* form = new QFormLayout;
    form->addRow(tr("Computer name:"), m_name);
    form->addRow(tr("Windows:"), m_os);

    m_skus = new QTreeWidget(this);
    m_skus->setObjectName(QStringLiteral("esuLicencesTreeWidget"));
    m_skus->setAccessibleName(tr("ESU licences on this machine"));
    m_skus->setRootIsDecorated(false);
    m_skus->setHeaderLabels({tr("ESU licence"), tr("Status"), tr("Installed key")});
    m_skus->header()->setStretchLastSection(true);
    m_skus->setFocusPolicy(Qt::StrongFocus);
    m_skus->setFont(appearance::scaled(font(), 1.1));
    m_skus->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_skus->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);

    m_notice = new NoticeLabel(this);
    m_notice->setObjectName(QStringLiteral("machineNoticeLabel"));
    m_updatesHeading = new WrappingLabel(QString(), this);
    m_updatesHeading->setObjectName(QStringLiteral("prerequisitesHeadingLabel"));
    m_updates = new QLabel(this);
    m_updates->setObjectName(QStringLiteral("prerequisitesLabel"));
    m_updates->setFont(appearance::idFont(font(), 1.3));
    m_updates->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_checkAgain = new QPushButton(tr("&Check again"), this);
    m_checkAgain->setObjectName(QStringLiteral("checkAgainPushButton"));
    connect(m_checkAgain, &QPushButton::clicked, this, &MachinePage::refresh);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_checkAgain);
    buttons->addStretch(1);

    auto* layout = makeScrollingLayout();
    layout->addWidget(instruction);
    layout->addLayout(form);
    layout->addWidget(m_skus);
    layout->addWidget(m_notice);
    layout->addWidget(m_updatesHeading);
    layout->addWidget(m_updates);
    layout->addLayout(buttons);
    layout->addStretch(1);
}

void MachinePage::initializePage()
{
    ensureBuilt();
    refresh();
}

bool MachinePage::isComplete() const
{
    return isBuilt() && m_ctx.report && m_ctx.report->esuSkusPresent();
}

QWidget* MachinePage::preferredFocus() const
{
    return isComplete() ? nullptr : m_checkAgain;
}

void MachinePage::refresh()
{
    if (m_reader->busy())
        return;
    m_ctx.report.reset();
    m_skus->clear();
    m_skus->hide();
    m_updatesHeading->hide();
    m_updates->hide();
    m_checkAgain->setEnabled(false);
    m_notice->showNotice(NoticeLabel::Kind::Info, tr("Reading the licence state of this machine…"));
    Q_EMIT completeChanged();
    // Whatever the user does with the keyboard or mouse meanwhile is theirs; only if they do
    // nothing does the focus go to Next (or Check again) when the reading ends.
    m_userActedWhileReading = false;
    qApp->installEventFilter(this);
    m_reader->start();
}

bool MachinePage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::MouseButtonPress)
        m_userActedWhileReading = true;
    return DevicePage::eventFilter(watched, event);
}

void MachinePage::readingTakesLong()
{
    const int seconds = int(std::chrono::duration_cast<std::chrono::seconds>(m_reader->patience()).count());
    if (m_ctx.simulation()) {
        m_notice->showNotice(NoticeLabel::Kind::Warning,
                             tr("The simulated machine has not answered for %n second(s). Its state folder may be "
                                "on a slow or disconnected drive. This page fills in by itself when it answers.",
                                nullptr, seconds));
        return;
    }
    m_notice->showNotice(
        NoticeLabel::Kind::Warning,
        tr("Windows' licensing service has not answered for %n second(s). It can take a few minutes after the "
           "machine starts. If this stays: open Services (services.msc), check that \"Software Protection\" is "
           "running or start it, and wait. This page fills in by itself when Windows answers.",
           nullptr, seconds));
}

void MachinePage::showReport()
{
    qApp->removeEventFilter(this);
    const bool userActed = m_userActedWhileReading;
    m_checkAgain->setEnabled(true);
    auto report = m_ctx.session.acceptMachineReading(m_reader->takeReading());
    if (!report) {
        m_ctx.report.reset();
        m_name->clear();
        m_os->clear();
        m_notice->showNotice(NoticeLabel::Kind::Error, text::ErrorText::sessionError(report.error()));
        Q_EMIT completeChanged();
        placeFocus(userActed);
        return;
    }
    m_ctx.report = report.value();
    const auto& r = *m_ctx.report;
    Q_EMIT machineRead(QString::fromStdString(r.machine.name), r.machine.os);
    m_name->setText(text::printable(r.machine.name));
    const QString family = text::CatalogText::osName(r.machine.os);
    const QString shown = QString::fromStdString(r.machine.osDisplay);
    m_os->setText(shown.isEmpty() || shown == family ? family : tr("%1 (%2)").arg(shown, family));

    for (const auto& sku : r.esuSkus) {
        const auto* entry = m_ctx.catalog.findById(sku.activationId);
        auto* item = new QTreeWidgetItem(m_skus);
        item->setText(0, entry ? text::CatalogText::programYear(*entry) : QString::fromStdString(sku.name));
        item->setText(1, text::ErrorText::licenseStatus(sku.status));
        item->setText(2, sku.partialKey.empty() ? tr("none") : tr("ending in %1").arg(QString::fromStdString(sku.partialKey)));
        if (sku.status == licensing::LicenseStatus::Licensed)
            item->setForeground(1, appearance::successColor(palette()));
    }
    for (int c = 0; c + 1 < m_skus->columnCount(); ++c)
        m_skus->resizeColumnToContents(c);

    QStringList numbered;
    for (std::size_t i = 0; i < r.missingUpdates.size(); ++i)
        numbered << QStringLiteral("%1. %2").arg(i + 1).arg(QString::fromStdString(r.missingUpdates[i]));

    if (!r.esuSkusPresent()) {
        m_skus->hide();
        m_notice->showNotice(NoticeLabel::Kind::Error,
                             tr("No ESU licence is present on this machine yet, so an ESU key cannot be installed "
                                "(it would fail with 0xC004F050)."));
        if (!numbered.isEmpty()) {
            m_updatesHeading->setText(
                tr("Install these updates in this order, restart the machine, then choose Check again:"));
            m_updates->setText(numbered.join(QLatin1Char('\n')));
            m_updatesHeading->show();
            m_updates->show();
        } else {
            m_updatesHeading->setText(tr("Install the ESU licensing preparation package for this Windows version, "
                                         "restart, then choose Check again."));
            m_updatesHeading->show();
        }
    } else {
        m_skus->show();
        if (!numbered.isEmpty()) {
            m_notice->showNotice(NoticeLabel::Kind::Warning,
                                 tr("The ESU licences are present, but these prerequisite updates were not found. "
                                    "Install them if installing the key fails:"));
            m_updates->setText(numbered.join(QLatin1Char('\n')));
            m_updates->show();
        } else {
            m_notice->showNotice(NoticeLabel::Kind::Success,
                                 tr("The ESU licences are present. Choose Next to pick the year to activate."));
        }
    }
    Q_EMIT completeChanged();
    placeFocus(userActed);
}

void MachinePage::placeFocus(bool userIsElsewhere)
{
    // The keyboard goes where it would have gone had the reading been instant, unless the user
    // has done something meanwhile.
    Q_EMIT readingFinished();
    if (userIsElsewhere || !wizard() || wizard()->currentPage() != this)
        return;
    if (QWidget* w = preferredFocus())
        w->setFocus(Qt::OtherFocusReason);
    else
        focusForward();
}

} // namespace actdesk::ui
