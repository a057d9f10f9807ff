// SPDX-License-Identifier: MIT
#include "text/JournalText.h"

#include "input/UserText.h"
#include "text/Sentences.h"

#include <QDir>

namespace actdesk::text {

namespace {
// A location or a driver's message may quote a user name: a key typed there is never shown.
QString where(const workflow::JournalError& e)
{
    return QDir::toNativeSeparators(QString::fromStdString(input::maskProductKeys(e.location)));
}
QString detail(const workflow::JournalError& e)
{
    return QString::fromStdString(input::maskProductKeys(e.detail));
}
} // namespace

QString JournalText::problem(const workflow::JournalError& e)
{
    using Kind = workflow::JournalError::Kind;
    switch (e.kind) {
    case Kind::InvalidLocation:
        return tr("\"%1\" is not a journal location (%2). Give a file path or "
                  "postgresql://user@host:port/database.")
            .arg(where(e), detail(e));
    case Kind::DriverMissing:
        return tr("The database driver %1 is not installed, so the journal %2 cannot be opened.")
            .arg(detail(e), where(e));
    case Kind::Unreadable:
        return tr("The journal file %1 cannot be opened or written (%2).").arg(where(e), detail(e));
    case Kind::Corrupt:
        return tr("The journal file %1 is damaged or is not an Activation Desk journal (%2).")
            .arg(where(e), detail(e));
    case Kind::TooNew:
        return tr("The journal %1 was written by a newer version of Activation Desk (schema version %2).")
            .arg(where(e), detail(e));
    case Kind::Busy:
        return tr("The journal %1 is in use by another program and stayed locked for too long. "
                  "Try again when the other program has finished.")
            .arg(where(e));
    case Kind::ConnectionFailed:
        return tr("Cannot connect to the journal database %1 (%2).").arg(where(e), detail(e));
    case Kind::DiskFull:
        return tr("The disk that holds the journal %1 is full (%2). The journal is not damaged: "
                  "free some space on that disk.")
            .arg(where(e), detail(e));
    case Kind::ReadOnly:
        return tr("The journal %1 is on read-only media or in a read-only folder (%2): it can be read, "
                  "but nothing can be written to it.")
            .arg(where(e), detail(e));
    case Kind::QueryFailed:
        break;
    }
    return tr("The journal %1 reported an error (%2).").arg(where(e), detail(e));
}

QString JournalText::startedFreshBeside(const workflow::JournalError& why, const QString& freshPath)
{
    return joinSentences(problem(why),
                         tr("A fresh journal was started beside it: %1. The old file was kept unchanged.")
                             .arg(QDir::toNativeSeparators(freshPath)));
}

QString JournalText::offerFreshBeside(const workflow::JournalError& why)
{
    return joinSentences(
        problem(why),
        tr("Start a fresh journal beside it? The old file is kept unchanged, so it can be rescued later."));
}

QString JournalText::declinedFreshBeside(const workflow::JournalError& why)
{
    return joinSentences(problem(why),
                         tr("You chose to continue without a journal: nothing from this session is recorded. "
                            "The old file was kept unchanged."));
}

QString JournalText::notJournaling(const workflow::JournalError& error)
{
    return joinSentences(problem(error), tr("The activation continues, but its steps are not journaled."));
}

QString JournalText::stepNotRecorded(const workflow::JournalError& error)
{
    return joinSentences(problem(error), tr("This step was not written to the journal."));
}

} // namespace actdesk::text
