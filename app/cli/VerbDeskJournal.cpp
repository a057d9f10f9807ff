// SPDX-License-Identifier: MIT
#include "VerbDeskJournal.h"

#include "CliContext.h"
#include "JournalDefaults.h"
#include "text/JournalText.h"
#include "text/TransferText.h"
#include "transfer/DeskAnswers.h"

namespace actdesk::cli {

// tr() as TransferText::tr, so that lupdate files these strings under the context they are
// looked up in at run time ("TransferText").
using text::TransferText;

DeskJournal::DeskJournal(CliContext& ctx) : m_ctx(ctx) {}

void DeskJournal::warnOnce(const QString& message)
{
    if (m_warned)
        return;
    m_warned = true;
    m_ctx.err << TransferText::tr("actdesk: warning: %1").arg(message) << '\n';
    m_ctx.err.flush();
}

bool DeskJournal::ensureOpen()
{
    if (m_tried)
        return m_opened.has_value();
    m_tried = true;
    auto location = journal::JournalLocation::parse(m_ctx.journalLocation);
    if (!location) {
        warnOnce(text::JournalText::notJournaling(location.error()));
        return false;
    }
    auto opened = journal::JournalRecovery::openOrStartFresh(location.value(), m_ctx.clock,
                                                             QStringLiteral(ACTDESK_VERSION));
    if (!opened) {
        warnOnce(text::JournalText::notJournaling(opened.error()));
        return false;
    }
    m_opened = std::move(opened).value();
    if (m_opened->replacedBecause)
        warnOnce(text::JournalText::startedFreshBeside(*m_opened->replacedBecause,
                                                      m_opened->journal->location().path));
    return true;
}

void DeskJournal::record(const transfer::TransferItem& item)
{
    recordEvent(transfer::deskEvent(item, m_ctx.clock.nowUtc()));
}

void DeskJournal::recordEvent(const workflow::WorkflowEvent& event)
{
    if (!ensureOpen())
        return;
    workflow::JournalEntry entry{0, event, app::JournalDefaults::author(workflow::JournalRole::Desk)};
    auto recorded = m_opened->journal->record(entry);
    if (!recorded)
        warnOnce(text::JournalText::stepNotRecorded(recorded.error()));
}

void DeskJournal::record(const transfer::DeskAnswerLog& log)
{
    for (const auto& item : log.answered())
        record(item);
}

std::optional<workflow::KnownConfirmation> DeskJournal::known(const transfer::TransferItem& item)
{
    if (!ensureOpen())
        return std::nullopt;
    auto found = m_opened->journal->knownConfirmation(
        item.installationId ? std::string_view(item.installationId->digits()) : std::string_view{}, item.extendedPid);
    if (!found) {
        warnOnce(TransferText::tr("The journal could not be searched for confirmation IDs already obtained: %1")
                     .arg(text::JournalText::problem(found.error())));
        return std::nullopt;
    }
    return found.value();
}

} // namespace actdesk::cli
