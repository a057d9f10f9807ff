// SPDX-License-Identifier: MIT
#include "journal/JournalRecovery.h"

#include <QDir>
#include <QFileInfo>

namespace actdesk::journal {

namespace {
constexpr int kMaxFreshCandidates = 50;
}

bool JournalRecovery::canStartFreshBeside(const JournalLocation& location, const workflow::JournalError& error)
{
    using Kind = workflow::JournalError::Kind;
    return location.isSqlite() &&
           (error.kind == Kind::Corrupt || error.kind == Kind::Unreadable || error.kind == Kind::TooNew);
}

QString JournalRecovery::freshPathBeside(const QString& damagedPath, int n)
{
    const QFileInfo info(QDir::cleanPath(damagedPath));
    const QString name = info.fileName();
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString base = dot > 0 ? name.left(dot) : name;
    const QString suffix = dot > 0 ? name.mid(dot) : QString();
    const QString tag = n <= 1 ? QStringLiteral(".fresh") : QStringLiteral(".fresh-%1").arg(n);
    return info.dir().filePath(base + tag + suffix);
}

Result<std::unique_ptr<SqlJournal>, workflow::JournalError> JournalRecovery::openFreshBeside(
    const QString& damagedPath, const Clock& clock, const QString& toolVersion)
{
    const QString damaged = QFileInfo(damagedPath).absoluteFilePath();
    std::optional<workflow::JournalError> last;
    for (int n = 1; n <= kMaxFreshCandidates; ++n) {
        const QString candidate = freshPathBeside(damagedPath, n);
        if (QFileInfo(candidate).absoluteFilePath() == damaged)
            continue;
        const bool existed = QFileInfo::exists(candidate);
        auto opened = SqlJournal::open(JournalLocation::sqliteFile(candidate), clock, toolVersion);
        if (opened)
            return opened;
        last = opened.error();
        // A candidate that did not exist and still failed: the directory itself is the
        // problem; other names will not do better.
        if (!existed)
            break;
    }
    return fail(*last);
}

Result<OpenedJournal, workflow::JournalError> JournalRecovery::openOrStartFresh(const JournalLocation& location,
                                                                              const Clock& clock,
                                                                              const QString& toolVersion)
{
    auto opened = SqlJournal::open(location, clock, toolVersion);
    if (opened)
        return OpenedJournal{std::move(opened).value(), std::nullopt, QString()};
    if (!canStartFreshBeside(location, opened.error()))
        return fail(opened.error());
    auto fresh = openFreshBeside(location.path, clock, toolVersion);
    // No fresh journal either (a read-only or full disk): what is wrong with the journal the
    // user named, not with a file beside it that they never named and that does not exist.
    if (!fresh)
        return fail(opened.error());
    return OpenedJournal{std::move(fresh).value(), opened.error(), location.path};
}

} // namespace actdesk::journal
