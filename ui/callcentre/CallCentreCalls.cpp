// SPDX-License-Identifier: MIT
// CallCentreView, second part: the list of calls of the shift and the journal behind it
// (every finished or failed call is journaled; the list reloads the operator's calls).
#include "CallCentreView.h"

#include "ReadBackPanel.h"
#include "catalog/Catalog.h"
#include "ids/ConfirmationId.h"
#include "ids/InstallationId.h"
#include "input/ParseInput.h"
#include "input/UserText.h"
#include "simulation/SimulationBanner.h"
#include "simulation/SimulationControl.h"
#include "style/Appearance.h"
#include "text/CatalogText.h"
#include "text/Printable.h"
#include "widgets/GroupedIdEntry.h"
#include "widgets/NoticeLabel.h"
#include "widgets/ScrollingContent.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace actdesk::ui {

bool CallCentreView::journalCall(bool succeeded, const QString& detail)
{
    // A caller may read out a key: it must not reach the journal from a free-text field.
    if (input::mentionsProductKey(m_machine->text().toStdString())) {
        m_notice->showNotice(NoticeLabel::Kind::Error,
                             tr("The computer name looks like a full product key. Product keys are never "
                                "recorded: remove it."));
        m_machine->setFocus();
        return false;
    }
    if (input::mentionsProductKey(detail.toStdString())) {
        m_notice->showNotice(NoticeLabel::Kind::Error,
                             tr("The reason holds what looks like a full product key. Product keys are never "
                                "recorded: remove it, or keep only its last five characters."));
        m_reason->setFocus();
        return false;
    }
    workflow::WorkflowEvent event;
    event.step = workflow::Step::ConfirmationId;
    event.outcome = succeeded ? workflow::Outcome::Succeeded : workflow::Outcome::Failed;
    event.at = m_clock.nowUtc();
    event.detail = detail.toStdString();
    event.machineName = m_machine->text().trimmed().toStdString();
    event.simulation = m_cidFromSimulation;
    const QString key = m_program->currentData().toString();
    if (const auto* entry = m_catalog.find(key.toStdString())) {
        event.catalogKey = entry->key;
        event.activationId = entry->activationId.canonical();
    }
    event.installationId = m_iidEntry->digits().toStdString();
    if (m_cidEntry->isComplete())
        event.confirmationId = m_cidEntry->digits().toStdString();

    bool journaled = true;
    if (m_journal) {
        workflow::JournalEntry entry{
            0, event,
            workflow::JournalAuthor{m_operator.toStdString(), workflow::JournalRole::Desk,
                                    QCoreApplication::applicationVersion().toStdString()}};
        auto recorded = m_journal->record(entry);
        if (!recorded) {
            journaled = false;
            m_notice->showNotice(NoticeLabel::Kind::Error,
                                 tr("The call could not be written to the journal (%1). Note it by hand.")
                                     .arg(QString::fromStdString(recorded.error().detail)));
        }
    }

    appendCallRow(event);
    Q_EMIT callJournaled(succeeded);
    return journaled;
}

void CallCentreView::appendCallRow(const workflow::WorkflowEvent& event)
{
    const int row = m_calls->rowCount();
    m_calls->insertRow(row);
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(event.at.time_since_epoch()).count();
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const auto nowMs =
        std::chrono::duration_cast<std::chrono::milliseconds>(m_clock.nowUtc().time_since_epoch()).count();
    // A shift may cross midnight: yesterday's calls carry their date.
    const QString time = at.date() == QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime().date()
                             ? QLocale().toString(at.time(), QLocale::ShortFormat)
                             : QLocale().toString(at, QLocale::ShortFormat);
    const QString detail = text::printable(event.detail);
    QString outcome =
        event.outcome == workflow::Outcome::Succeeded ? tr("Confirmed") : tr("Failed: %1").arg(detail);
    if (event.simulation)
        outcome = tr("%1 (Simulation)").arg(outcome);
    const QString iid = QString::fromStdString(event.installationId);
    const QStringList cells{time, text::printable(event.machineName), iid.left(14) + QStringLiteral("…"),
                            outcome};
    for (int c = 0; c < cells.size(); ++c)
        m_calls->setItem(row, c, new QTableWidgetItem(cells[c]));
    m_calls->item(row, 2)->setToolTip(iid);
    m_calls->resizeColumnsToContents();
}

bool CallCentreView::isCall(const workflow::JournalEntry& entry)
{
    return entry.author.role == workflow::JournalRole::Desk &&
           entry.event.step == workflow::Step::ConfirmationId && !entry.event.detail.starts_with("desk: ");
}

void CallCentreView::setShiftLength(std::chrono::hours length)
{
    length = std::clamp(length, std::chrono::hours(1), std::chrono::hours(7 * 24));
    if (length == m_shiftLength)
        return;
    m_shiftLength = length;
    retranslate();
    loadShiftFromJournal();
}

bool CallCentreView::loadShiftFromJournal()
{
    m_calls->setRowCount(0);
    if (!m_journal)
        return true;
    workflow::JournalQuery query;
    query.role = workflow::JournalRole::Desk;
    query.step = workflow::Step::ConfirmationId;
    query.since = m_clock.nowUtc() - m_shiftLength;
    // No limit: the time index bounds the rows to one shift's Desk answers.
    auto found = m_journal->find(query);
    if (!found) {
        m_notice->showNotice(NoticeLabel::Kind::Warning,
                             tr("The calls of this shift could not be read from the journal (%1).")
                                 .arg(QString::fromStdString(found.error().detail)));
        return false;
    }
    const std::string me = m_operator.toStdString();
    const auto& entries = found.value();
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) // oldest first, as calls are added
        if (isCall(*it) && it->author.operatorName == me)
            appendCallRow(it->event);
    return true;
}

int CallCentreView::callCount() const
{
    return m_calls->rowCount();
}

} // namespace actdesk::ui
