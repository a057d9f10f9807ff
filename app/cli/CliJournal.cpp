// SPDX-License-Identifier: MIT
#include "CliJournal.h"

#include "CliContext.h"
#include "JournalDefaults.h"
#include "text/JournalText.h"

namespace actdesk::cli {

CliJournal::CliJournal(CliContext& ctx) : m_ctx(ctx) {}

CliJournal::~CliJournal() = default;

void CliJournal::warn(const QString& message)
{
    m_ctx.err << CliContext::tr("actdesk: warning: %1").arg(message) << '\n';
    m_ctx.err.flush();
}

bool CliJournal::ensureOpen()
{
    if (m_tried)
        return m_recorder != nullptr;
    m_tried = true;
    auto location = journal::JournalLocation::parse(m_ctx.journalLocation);
    if (!location) {
        warn(text::JournalText::notJournaling(location.error()));
        return false;
    }
    auto opened = journal::JournalRecovery::openOrStartFresh(location.value(), m_ctx.clock,
                                                             QStringLiteral(ACTDESK_VERSION));
    if (!opened) {
        warn(text::JournalText::notJournaling(opened.error()));
        return false;
    }
    m_opened = std::move(opened).value();
    if (m_opened->replacedBecause)
        warn(text::JournalText::startedFreshBeside(*m_opened->replacedBecause, m_opened->journal->location().path));
    m_recorder = std::make_unique<workflow::JournalRecorder>(
        *m_opened->journal, app::JournalDefaults::author(workflow::JournalRole::Device));
    return true;
}

void CliJournal::onWorkflowEvent(const workflow::WorkflowEvent& event)
{
    if (!ensureOpen())
        return;
    const int failedBefore = m_recorder->failedCount();
    m_recorder->onWorkflowEvent(event);
    if (m_recorder->failedCount() > failedBefore && !m_warnedRecording) {
        m_warnedRecording = true; // once per run: the activation output stays readable
        warn(text::JournalText::stepNotRecorded(*m_recorder->lastError()));
    }
}

} // namespace actdesk::cli
