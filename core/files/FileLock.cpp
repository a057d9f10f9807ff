// SPDX-License-Identifier: MIT
#include "files/FileLock.h"

#include "files/FileKind.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QThread>
#include <algorithm>

namespace actdesk::files {

namespace {

// A lock file is anyone's to write on a shared stick: what it says goes into a message only
// short and printable (no escape sequence reaches the terminal).
QString printable(const QString& text)
{
    QString shown = text.left(64);
    for (QChar& c : shown)
        if (!c.isPrint())
            c = QLatin1Char('?');
    return shown;
}

} // namespace

std::chrono::milliseconds defaultLockWait()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("ACTDESK_LOCK_WAIT", &ok);
    if (ok && seconds >= 0)
        return std::chrono::seconds(seconds);
    return std::chrono::seconds(30);
}

QString FileLock::lockPathFor(const QString& path)
{
    return path + QStringLiteral(".lock");
}

FileLock::FileLock(std::unique_ptr<QLockFile> lock) : m_lock(std::move(lock)) {}
FileLock::FileLock(FileLock&&) noexcept = default;
FileLock& FileLock::operator=(FileLock&&) noexcept = default;
FileLock::~FileLock() = default; // ~QLockFile unlocks

bool FileLock::held() const
{
    return m_lock && m_lock->isLocked();
}

Result<FileLock, LockFailure> FileLock::acquire(const QString& path, std::chrono::milliseconds wait)
{
    const QString lockPath = lockPathFor(path);
    // Reading who holds a lock opens the lock file: never a named pipe put there.
    if (const FileKind kind = fileKind(lockPath); !isMissingOrRegular(kind))
        return fail(LockFailure{LockFailure::Kind::CannotLock, lockPath, std::nullopt,
                                QFileInfo(lockPath).fileName()});
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(std::chrono::duration_cast<std::chrono::milliseconds>(kStaleLockAge));
    // QLockFile::tryLock(timeout) doubles its pause after every try, up to 5 s: with a dozen
    // writers in turn, one that has backed off to seconds keeps losing to the others. Short,
    // random pauses give every waiter its turn, the stale-lock checks stay QLockFile's.
    const QDeadlineTimer deadline(wait);
    for (;;) {
        if (lock->tryLock(0))
            return FileLock(std::move(lock));
        switch (lock->error()) {
        case QLockFile::NoError:
        case QLockFile::LockFailedError:
            break;
        case QLockFile::PermissionError:
            return FileLock(nullptr);
        case QLockFile::UnknownError: {
            const QFileInfo folder(QFileInfo(path).absolutePath());
            LockFailure f{folder.isDir() ? LockFailure::Kind::CannotLock : LockFailure::Kind::NoFolder,
                          lockPath, std::nullopt, QFileInfo(lockPath).fileName()};
            return fail(f);
        }
        }
        if (deadline.hasExpired()) {
            LockFailure f{LockFailure::Kind::InUse, lockPath, std::nullopt, {}};
            LockHolder holder;
            if (lock->getLockInfo(&holder.pid, &holder.host, &holder.program))
                f.holder = LockHolder{holder.pid, printable(holder.host), printable(holder.program)};
            return fail(f);
        }
        const auto pause =
            std::min<qint64>(QRandomGenerator::global()->bounded(5, 40), deadline.remainingTime());
        QThread::msleep(static_cast<unsigned long>(std::max<qint64>(pause, 0)));
    }
}

} // namespace actdesk::files
