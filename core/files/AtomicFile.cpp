// SPDX-License-Identifier: MIT
#include "files/AtomicFile.h"

#include "common/RetryWhileHeld.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef _WIN32
#include <QDir>
#include <QRandomGenerator>
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace actdesk::files {

namespace {

bool syncToMedium(QFileDevice& file)
{
#ifdef _WIN32
    return ::_commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

#ifndef _WIN32
// Makes the rename itself durable (POSIX); best effort, the new file is already in place.
void syncFolder(const QString& path)
{
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}
#endif

WriteFailure failure(WriteFailure::Kind kind, QString detail = {})
{
    return WriteFailure{kind, std::move(detail), FileKind::Regular};
}

#ifdef _WIN32
// Windows does not replace a file that another process has open, where POSIX renames over
// it: a reader of a shared transfer file (desk list, the start of an import) holds it for a
// few milliseconds, and the rename fails with "access denied" or a sharing violation. So the
// new file is renamed over the old one again until it goes, for a bounded time. Found by the
// Windows stress test (tests/windows/actdesk_stress.sh).
constexpr std::chrono::milliseconds kReplacePatience{5000};

bool replaceWithRetries(const QString& from, const QString& to, QString& why)
{
    const std::wstring source = QDir::toNativeSeparators(from).toStdWString();
    const std::wstring target = QDir::toNativeSeparators(to).toStdWString();
    return retryWhileHeld(kReplacePatience, [&] {
        if (::MoveFileExW(source.c_str(), target.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
            return HeldAttempt::Done;
        const DWORD error = ::GetLastError();
        why = qt_error_string(int(error));
        const bool heldOpen =
            error == ERROR_ACCESS_DENIED || error == ERROR_SHARING_VIOLATION || error == ERROR_LOCK_VIOLATION;
        return heldOpen ? HeldAttempt::Held : HeldAttempt::Failed;
    });
}

// The Windows save: the same steps as QSaveFile (a temporary file beside `path`, every byte
// on the medium, one rename), with the rename retried while a reader holds the file.
Result<void, WriteFailure> writeAndReplace(const QString& path, const QByteArray& bytes,
                                           const std::function<bool()>& beforeReplace)
{
    // Not QTemporaryFile: its close() keeps the file open, and an open file cannot be renamed.
    const QString temporary = QFileInfo(path).absoluteFilePath() +
                              QStringLiteral(".%1-%2.tmp")
                                  .arg(::GetCurrentProcessId())
                                  .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    QFile out(temporary);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered))
        return fail(failure(WriteFailure::Kind::NotWritable, out.errorString()));
    auto abandon = [&](WriteFailure::Kind kind, QString why) {
        out.close();
        QFile::remove(temporary);
        return fail(failure(kind, std::move(why)));
    };
    if (out.write(bytes) != bytes.size() || out.error() != QFileDevice::NoError)
        return abandon(WriteFailure::Kind::WriteFailed, out.errorString());
    if (!syncToMedium(out))
        return abandon(WriteFailure::Kind::WriteFailed, QStringLiteral("fsync"));
    if (beforeReplace && !beforeReplace())
        return abandon(WriteFailure::Kind::Abandoned, {});
    out.close();
    QString why;
    if (!replaceWithRetries(temporary, path, why)) {
        QFile::remove(temporary);
        return fail(failure(WriteFailure::Kind::WriteFailed, why));
    }
    return {};
}
#endif

} // namespace

Result<void, WriteFailure> writeFileAtomically(const QString& path, const QByteArray& bytes,
                                               const std::function<bool()>& beforeReplace)
{
    if (const FileKind kind = fileKind(path); !isMissingOrRegular(kind)) {
        WriteFailure f = failure(WriteFailure::Kind::NotAFile);
        f.found = kind;
        return fail(f);
    }
#ifdef _WIN32
    return writeAndReplace(path, bytes, beforeReplace);
#else
    QSaveFile out(path);
    // Never fall back to writing the file in place: that is what loses the old file.
    out.setDirectWriteFallback(false);
    // Unbuffered: every write reaches the file now, so its error is seen here and not lost
    // inside commit().
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(failure(WriteFailure::Kind::NotWritable, out.errorString()));
    if (out.write(bytes) != bytes.size() || out.error() != QFileDevice::NoError) {
        const QString why = out.errorString();
        out.cancelWriting();
        return fail(failure(WriteFailure::Kind::WriteFailed, why));
    }
    // On the medium before it replaces anything.
    if (!syncToMedium(out)) {
        out.cancelWriting();
        return fail(failure(WriteFailure::Kind::WriteFailed, QStringLiteral("fsync")));
    }
    if (beforeReplace && !beforeReplace()) {
        out.cancelWriting();
        return fail(failure(WriteFailure::Kind::Abandoned));
    }
    if (!out.commit())
        return fail(failure(WriteFailure::Kind::WriteFailed, out.errorString()));
    syncFolder(path);
    return {};
#endif
}

bool openForReadingBesideWriters(QFile& file)
{
#ifdef _WIN32
    return retryWhileHeld(kReplacePatience, [&] {
        if (file.open(QIODevice::ReadOnly))
            return HeldAttempt::Done;
        // Gone or never there: no writer will bring it back within the wait.
        return QFileInfo::exists(file.fileName()) ? HeldAttempt::Held : HeldAttempt::Failed;
    });
#else
    return file.open(QIODevice::ReadOnly);
#endif
}

} // namespace actdesk::files
