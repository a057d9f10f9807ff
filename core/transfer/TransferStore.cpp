// SPDX-License-Identifier: MIT
#include "transfer/TransferStore.h"

#include "files/AtomicFile.h"
#include "files/FileKind.h"
#include "files/FileLock.h"
#include "transfer/TransferFormat.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace actdesk::transfer {

namespace {

using Kind = TransferError::Kind;

TransferError fileError(Kind kind, const QString& path, const QString& detail = {})
{
    TransferError e;
    e.kind = kind;
    e.path = path.toStdString();
    e.detail = detail.toStdString();
    return e;
}

// Reads the whole file, refusing more than kMaxFileBytes before allocating it. Only a plain
// file is opened: a named pipe would wait for a writer for ever, a device never end.
Result<QByteArray, TransferError> readBounded(const QString& path)
{
    const files::FileKind kind = files::fileKind(path);
    if (kind == files::FileKind::Missing)
        return fail(fileError(Kind::NotFound, path));
    if (kind != files::FileKind::Regular)
        return fail(notAFile(path, kind));
    QFile f(path);
    if (!files::openForReadingBesideWriters(f))
        return fail(fileError(Kind::CannotRead, path, f.errorString()));
    if (f.size() > kMaxFileBytes) {
        auto e = fileError(Kind::TooLarge, path);
        e.found = f.size();
        e.expected = kMaxFileBytes;
        return fail(e);
    }
    // Asking QFile for kMaxFileBytes + 1 at once would allocate (and clear) 64 MiB for every
    // read, which cost more than validating the whole file: read what the file holds, plus
    // one byte to see whether it grew, and only then up to the limit.
    const qint64 expected = std::min<qint64>(f.size(), kMaxFileBytes) + 1;
    QByteArray bytes = f.read(expected);
    if (f.error() == QFileDevice::NoError && bytes.size() == expected)
        bytes += f.read(kMaxFileBytes + 1 - bytes.size());
    if (f.error() != QFileDevice::NoError)
        return fail(fileError(Kind::CannotRead, path, f.errorString()));
    if (bytes.size() > kMaxFileBytes) { // grew while reading
        auto e = fileError(Kind::TooLarge, path);
        e.found = bytes.size();
        e.expected = kMaxFileBytes;
        return fail(e);
    }
    return bytes;
}

TransferError lockError(const QString& path, const files::LockFailure& failure)
{
    using F = files::LockFailure::Kind;
    switch (failure.kind) {
    case F::InUse: {
        auto e = fileError(Kind::InUse, path);
        e.lockPath = failure.lockPath.toStdString();
        if (failure.holder)
            e.holder = TransferError::LockHolder{failure.holder->pid, failure.holder->host.toStdString(),
                                                 failure.holder->program.toStdString()};
        return e;
    }
    case F::NoFolder:
        return fileError(Kind::NoFolder, path);
    case F::CannotLock:
        break;
    }
    auto e = fileError(Kind::NotWritable, path, failure.detail);
    e.lockPath = failure.lockPath.toStdString();
    return e;
}

} // namespace

TransferError notAFile(const QString& path, files::FileKind kind)
{
    auto e = fileError(Kind::NotAFile, path);
    e.value = files::fileKindKey(kind);
    return e;
}

Result<LoadedTransferFile, TransferError> loadTransferFile(const QString& path, bool missingIsEmpty)
{
    auto bytes = readBounded(path);
    if (!bytes) {
        if (missingIsEmpty && bytes.error().kind == Kind::NotFound)
            return LoadedTransferFile{};
        return fail(bytes.error());
    }
    auto parsed = parseTransferFile(bytes.value());
    if (!parsed) {
        auto e = parsed.error();
        e.path = path.toStdString();
        return fail(e);
    }
    return LoadedTransferFile{std::move(parsed).value(), DiskVersion{true, bytes.value()}};
}

Result<DiskVersion, TransferError> currentDiskVersion(const QString& path)
{
    auto bytes = readBounded(path);
    if (!bytes) {
        if (bytes.error().kind == Kind::NotFound)
            return DiskVersion{};
        if (bytes.error().kind == Kind::TooLarge)
            return DiskVersion{true, QByteArray("too large")}; // certainly not the version we read
        return fail(bytes.error());
    }
    return DiskVersion{true, bytes.value()};
}

Result<void, TransferError> writeAtomically(const QString& path, const QByteArray& bytes,
                                            const DiskVersion* basedOn, const SaveHooks& hooks)
{
    // Refuse to replace a file that changed since it was read (another machine or desk saved).
    auto written = files::writeFileAtomically(path, bytes, [&] {
        if (hooks.beforeCommit)
            hooks.beforeCommit();
        if (!basedOn)
            return true;
        auto now = currentDiskVersion(path);
        return now && now.value() == *basedOn;
    });
    if (written)
        return {};
    switch (written.error().kind) {
    case files::WriteFailure::Kind::NotWritable:
        return fail(fileError(Kind::NotWritable, path, written.error().detail));
    case files::WriteFailure::Kind::Abandoned:
        return fail(fileError(Kind::ConcurrentChange, path));
    case files::WriteFailure::Kind::NotAFile:
        return fail(notAFile(path, written.error().found));
    case files::WriteFailure::Kind::WriteFailed:
        break;
    }
    return fail(fileError(Kind::WriteFailed, path, written.error().detail));
}

Result<void, TransferError> saveTransferFile(const QString& path, const TransferFile& file,
                                             const DiskVersion& basedOn, const SaveHooks& hooks)
{
    for (const auto& item : file.items) {
        auto valid = validateItem(item);
        if (!valid) {
            auto e = valid.error();
            e.path = path.toStdString();
            return fail(e);
        }
    }
    return writeAtomically(path, serializeTransferFile(file), &basedOn, hooks);
}

Result<bool, TransferError> updateTransferFile(const QString& path, const TransferChange& change,
                                               bool createIfMissing, const SaveHooks& hooks, int attempts)
{
    // Held until the new file is in place (or nothing was written).
    auto lock = files::FileLock::acquire(path, hooks.lockWait.value_or(files::defaultLockWait()));
    if (!lock)
        return fail(lockError(path, lock.error()));
    for (int attempt = 1;; ++attempt) {
        auto loaded = loadTransferFile(path, createIfMissing);
        if (!loaded)
            return fail(loaded.error());
        auto changed = change(loaded->file);
        if (!changed)
            return fail(changed.error());
        if (!changed.value())
            return false;
        auto saved = saveTransferFile(path, loaded->file, loaded->version, hooks);
        if (saved)
            return true;
        if (saved.error().kind != Kind::ConcurrentChange || attempt >= attempts)
            return fail(saved.error());
    }
}

} // namespace actdesk::transfer
