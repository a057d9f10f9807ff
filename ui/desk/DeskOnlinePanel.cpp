// SPDX-License-Identifier: MIT
#include "DeskOnlinePanel.h"

#include "DeskController.h"
#include "online/OnlineJournal.h"
#include "online/OnlinePlan.h"
#include "text/OnlineText.h"
#include "text/Printable.h"
#include "widgets/WrappingLabel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace actdesk::ui::desk {

namespace {

enum Column
{
    ItemColumn,
    MachineColumn,
    StatusColumn,
};

// The proxy's user name and password, asked when it answers 407; nothing is kept.
bool credentialsDialog(QWidget* parent, QString& user, QString& password)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("proxySignInDialog"));
    dialog.setWindowTitle(DeskOnlinePanel::tr("Proxy sign-in"));
    auto* form = new QFormLayout(&dialog);
    form->addRow(new QLabel(DeskOnlinePanel::tr("The proxy asks for a user name and password. They are used "
                                                "for this fetch only and never saved.")));
    auto* userEdit = new QLineEdit(&dialog);
    userEdit->setObjectName(QStringLiteral("proxyUserLineEdit"));
    auto* passwordEdit = new QLineEdit(&dialog);
    passwordEdit->setObjectName(QStringLiteral("proxyPasswordLineEdit"));
    passwordEdit->setEchoMode(QLineEdit::Password);
    form->addRow(DeskOnlinePanel::tr("&User name:"), userEdit);
    form->addRow(DeskOnlinePanel::tr("Pass&word:"), passwordEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->setObjectName(QStringLiteral("proxySignInDialogButtonBox"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted || userEdit->text().isEmpty())
        return false;
    user = userEdit->text();
    password = passwordEdit->text();
    return true;
}

} // namespace

DeskOnlinePanel::DeskOnlinePanel(DeskController& controller, online::ClientOptions options, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_options(std::move(options))
{
    askProxyCredentials = [this](QString& user, QString& password) {
        return credentialsDialog(this, user, password);
    };

    m_fetch = new QPushButton(tr("Get confirmation &IDs online"), this);
    m_fetch->setObjectName(QStringLiteral("deskOnlineButton"));
    m_fetch->setToolTip(tr("Ask Microsoft's activation service (as VAMT does, for a MAK) for every request "
                           "still waiting; confirmation IDs already in the journal are reused."));
    m_remaining = new QPushButton(tr("&Number of activations left"), this);
    m_remaining->setObjectName(QStringLiteral("deskOnlineRemainingButton"));
    m_cancel = new QPushButton(tr("Cancel onlin&e fetch"), this);
    m_cancel->setObjectName(QStringLiteral("deskOnlineCancelButton"));
    m_cancel->setVisible(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("deskOnlineProgress"));
    m_progress->setVisible(false);
    m_status = new QTreeWidget(this);
    m_status->setObjectName(QStringLiteral("deskOnlineStatus"));
    m_status->setRootIsDecorated(false);
    m_status->setHeaderLabels({tr("Request"), tr("Machine"), tr("Online")});
    m_status->header()->setStretchLastSection(true);
    m_status->setVisible(false);
    m_status->setMaximumHeight(160);
    m_summary = new WrappingLabel(this);
    m_summary->setObjectName(QStringLiteral("deskOnlineSummary"));
    m_summary->setVisible(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_fetch);
    buttons->addWidget(m_remaining);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);

    connect(m_fetch, &QPushButton::clicked, this, &DeskOnlinePanel::fetch);
    connect(m_remaining, &QPushButton::clicked, this, &DeskOnlinePanel::askRemaining);
    connect(m_cancel, &QPushButton::clicked, this, &DeskOnlinePanel::cancel);
}

DeskOnlinePanel::~DeskOnlinePanel() = default;

QWidget* DeskOnlinePanel::deskTab(QWidget* queueView, DeskController& controller,
                                  online::ClientOptions options)
{
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(queueView, 1);
    auto* panel = new DeskOnlinePanel(controller, std::move(options), tab);
    panel->setContentsMargins(9, 0, 9, 9);
    layout->addWidget(panel);
    return tab;
}

QString DeskOnlinePanel::summary() const
{
    return m_summary->text();
}

QString DeskOnlinePanel::statusOf(const QString& itemId) const
{
    for (int row = 0; row < m_status->topLevelItemCount(); ++row)
        if (m_status->topLevelItem(row)->text(ItemColumn) == itemId)
            return m_status->topLevelItem(row)->text(StatusColumn);
    return {};
}

DeskController::JournalEventFor DeskOnlinePanel::journalAs(online::OnlineAttempt attempt) const
{
    return [attempt = std::move(attempt), endpoint = m_options.endpoint](
               const transfer::TransferItem& item, std::chrono::system_clock::time_point at) {
        return online::attemptEvent(item, attempt, endpoint, at);
    };
}

void DeskOnlinePanel::setStatus(int row, const QString& text)
{
    if (auto* item = m_status->topLevelItem(row)) {
        item->setText(StatusColumn, text);
        item->setToolTip(StatusColumn, text);
    }
}

void DeskOnlinePanel::setRunning(bool on)
{
    m_fetch->setEnabled(!on);
    m_remaining->setEnabled(!on);
    m_cancel->setVisible(on);
    m_progress->setVisible(on || m_progress->maximum() > 0);
}

void DeskOnlinePanel::startClient(std::vector<online::OnlineRequest> requests)
{
    m_client = std::make_unique<online::OnlineClient>(m_options);
    m_client->proxyCredentials = askProxyCredentials;
    m_client->onFinished = [this](const online::OnlineResult& r) { onResult(r); };
    m_client->onStopped = [this](online::StopReason reason, const QString& detail) {
        m_stopped = text::OnlineText::stopped(reason, detail);
    };
    m_client->onAllDone = [this] {
        // The client is done with its own call stack only after this returns.
        QMetaObject::invokeMethod(
            this, [this] { onAllDone(); }, Qt::QueuedConnection);
    };
    m_progress->setRange(0, static_cast<int>(requests.size()));
    m_progress->setValue(0);
    setRunning(true);
    m_client->start(std::move(requests));
}

void DeskOnlinePanel::fetch()
{
    if (running())
        return;
    m_status->clear();
    m_rowsOfTag.clear();
    m_keys.clear();
    m_remainingAsked.clear();
    m_answered = m_fromJournal = m_failed = m_notAnswered = 0;
    m_stopped.clear();
    m_warnings.clear();
    m_askingRemaining = false;
    m_status->setVisible(true);
    m_summary->setVisible(false);

    // The plan (core/online/OnlinePlan.h): a journal's CID is reused only if the item takes it.
    std::vector<online::PlanItem> planItems;
    for (int f = 0; f < static_cast<int>(m_controller.files().size()); ++f) {
        // A copy: recording an answer rebuilds the file's items.
        const std::vector<transfer::TransferItem> items = m_controller.files()[f].shown.items;
        for (const auto& item : items) {
            if (!answerable(item))
                continue;
            new QTreeWidgetItem(m_status, {QString::fromStdString(item.id), text::printable(item.machineName),
                                           tr("Waiting")});
            m_keys.emplace_back(f, item.id);
            // A waiting item always has its installation ID (the reader requires it).
            planItems.push_back({item.installationId ? item.installationId->digits() : std::string(),
                                 item.extendedPid, item.simulation});
        }
    }
    auto plan = online::planOnline(planItems, m_options.endpoint, [this](std::size_t row) {
        const ItemKey key{m_keys[row].first, m_keys[row].second};
        std::optional<std::string> reused;
        if (auto known = m_controller.knownConfirmation(key)) {
            auto cid = ids::ConfirmationId::parseAscii(known->confirmationId);
            if (cid && m_controller.recordAnswer(key, *cid, {},
                                                 journalAs(online::reusedFromJournal(known->confirmationId))))
                reused = known->confirmationId;
        }
        return reused;
    });
    for (int row = 0; row < static_cast<int>(plan.items.size()); ++row) {
        switch (plan.items[row].step) {
        case online::PlannedItem::Step::FromJournal:
            ++m_fromJournal;
            setStatus(row, tr("Reused from the journal: no MAK activation spent"));
            break;
        case online::PlannedItem::Step::SimulationKeptAway:
            ++m_failed;
            setStatus(row, tr("Simulated machine: not sent to Microsoft (use training mode)"));
            break;
        case online::PlannedItem::Step::Send:
            m_rowsOfTag[plan.items[row].tag].push_back(row);
            break;
        }
    }
    if (plan.requests.empty()) {
        m_progress->setRange(0, 0);
        onAllDone();
        return;
    }
    // First, once per MAK: would this batch use more activations than are left?
    std::vector<online::OnlineRequest> questions;
    for (const auto& question : online::remainingQuestions(plan.requests)) {
        const int tag = -1 - static_cast<int>(questions.size()); // negative: a question, not an item
        m_remainingAsked[tag] = {question.extendedPid, question.requests};
        questions.push_back({tag, online::RequestType::RemainingActivations, question.extendedPid, {}});
    }
    questions.insert(questions.end(), plan.requests.begin(), plan.requests.end());
    startClient(std::move(questions));
}

void DeskOnlinePanel::askRemaining()
{
    if (running())
        return;
    m_remainingAsked.clear();
    m_rowsOfTag.clear();
    m_stopped.clear();
    m_warnings.clear();
    m_askingRemaining = true;
    std::vector<online::OnlineRequest> questions;
    std::map<std::string, std::string> perKey;
    for (const auto& file : m_controller.files())
        for (const auto& item : file.shown.items)
            if (answerable(item) && !online::keyPartOfExtendedPid(item.extendedPid).empty())
                perKey.emplace(online::keyPartOfExtendedPid(item.extendedPid), item.extendedPid);
    for (const auto& [keyPart, pid] : perKey) {
        const int tag = -1 - static_cast<int>(questions.size());
        m_remainingAsked[tag] = {pid, 0};
        questions.push_back({tag, online::RequestType::RemainingActivations, pid, {}});
    }
    if (questions.empty()) {
        m_summary->setText(tr("No request is waiting: there is no MAK to ask about."));
        m_summary->setVisible(true);
        return;
    }
    startClient(std::move(questions));
}

void DeskOnlinePanel::cancel()
{
    if (m_client)
        m_client->cancel();
}

void DeskOnlinePanel::onResult(const online::OnlineResult& r)
{
    using K = online::OnlineResult::Kind;
    if (r.tag < 0) { // how many activations are left
        const auto asked = m_remainingAsked[r.tag];
        if (r.kind == K::Answered && r.answer.kind == online::ServiceAnswer::Kind::RemainingActivations) {
            if (m_askingRemaining)
                m_warnings << tr("The MAK of extended PID %1 has %2 activation(s) left.")
                                  .arg(QString::fromStdString(asked.first))
                                  .arg(r.answer.remaining);
            else if (online::tooFewLeft({asked.first, asked.second}, r.answer.remaining))
                m_warnings
                    << tr("The MAK of extended PID %1 has %2 activation(s) left, and this fetch asks for "
                          "%3: the requests beyond that will fail with 0x7F.")
                           .arg(QString::fromStdString(asked.first))
                           .arg(r.answer.remaining)
                           .arg(asked.second);
        } else if (m_askingRemaining) {
            m_warnings << (r.kind == K::Answered ? text::OnlineText::serviceError(r.answer.errorCode)
                                                 : text::OnlineText::resultProblem(r));
        }
        m_progress->setValue(m_progress->value() + 1);
        return;
    }
    const QString answeredBy = QStringLiteral("online: %1").arg(online::endpointText(m_options.endpoint));
    // Every attempt is journaled as `actdesk desk online` journals it (online/OnlineJournal.h):
    // with the answer or failure it gave, or on its own when it changed nothing.
    const auto journalThis = journalAs(online::attemptOf(r));
    for (int row : m_rowsOfTag[r.tag]) {
        const ItemKey key{m_keys[row].first, m_keys[row].second};
        if (r.kind == K::Answered && r.answer.kind == online::ServiceAnswer::Kind::ConfirmationId) {
            auto cid = ids::ConfirmationId::parseAscii(r.answer.confirmationId);
            if (cid && m_controller.recordAnswer(key, *cid, answeredBy, journalThis)) {
                ++m_answered;
                setStatus(row, tr("Answered: %1").arg(QString::fromStdString(cid->grouped())));
                continue;
            }
            m_controller.journalAttempt(key, journalThis);
            ++m_notAnswered;
            setStatus(row, tr("Answered, but the item no longer takes an answer"));
        } else if (r.kind == K::Answered) {
            const QString why = text::OnlineText::serviceError(r.answer.errorCode);
            if (!m_controller.markFailed(key, why, journalThis))
                m_controller.journalAttempt(key, journalThis);
            ++m_failed;
            setStatus(row, why);
        } else {
            m_controller.journalAttempt(key, journalThis);
            ++(r.kind == K::BadResponse ? m_failed : m_notAnswered);
            setStatus(row, text::OnlineText::resultProblem(r));
        }
    }
    m_progress->setValue(m_progress->value() + 1);
}

void DeskOnlinePanel::onAllDone()
{
    m_client.reset();
    setRunning(false);
    QStringList lines;
    if (!m_askingRemaining)
        lines
            << tr("%1 answered online, %2 from the journal, %3 failed, %4 not answered. Save the answers to "
                  "the files when you are done.")
                   .arg(m_answered)
                   .arg(m_fromJournal)
                   .arg(m_failed)
                   .arg(m_notAnswered);
    lines << m_warnings;
    if (!m_stopped.isEmpty())
        lines << m_stopped;
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_summary->setVisible(true);
    Q_EMIT finished();
}

} // namespace actdesk::ui::desk
