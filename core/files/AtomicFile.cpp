// SPDX-License-Identifier: MIT
#include "files/AtomicFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef _WIN32
#include <io.h>
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

// Makes the rename itself durable (POSIX); best effort, the new file is already in place.
void syncFolder(const QString& path)
{
#ifndef _WIN32
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

WriteFailure failure(WriteFailure::Kind kind, QString detail = {})
{
    return WriteFailure{kind, std::move(detail), FileKind::Regular};
}

} // namespace

Result<void, WriteFailure> writeFileAtomically(const QString& path, const QByteArray& bytes,
                                               const std::function<bool()>& beforeReplace)
{
    if (const FileKind kind = fileKind(path); !isMissingOrRegular(kind)) {
        WriteFailure f = failure(WriteFailure::Kind::NotAFile);
        f.found = kind;
        return fail(f);
    }
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
}

} // namespace actdesk::files
