// SPDX-License-Identifier: MIT
#pragma once

#include "journal/JournalRecovery.h"
#include "workflow/ActivationJournal.h"

#include <QString>

#include <memory>
#include <optional>

namespace actdesk::cli {

class CliContext;

// The journal the licence verbs record into (attached to ctx.observers). It opens on the
// first step, so verbs that touch no licence never create a journal. A journal that cannot
// be used never stops an activation or changes the exit code: a damaged SQLite file gets a
// fresh journal beside it, anything else a warning on stderr.
class CliJournal final : public workflow::WorkflowObserver
{
public:
    explicit CliJournal(CliContext& ctx);
    ~CliJournal() override;

    void onWorkflowEvent(const workflow::WorkflowEvent& event) override;

private:
    bool ensureOpen();
    void warn(const QString& message);

    CliContext& m_ctx;
    std::optional<journal::OpenedJournal> m_opened;
    std::unique_ptr<workflow::JournalRecorder> m_recorder;
    bool m_tried = false;
    bool m_warnedRecording = false;
};

} // namespace actdesk::cli
