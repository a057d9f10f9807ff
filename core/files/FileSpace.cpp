// SPDX-License-Identifier: MIT
#include "files/FileSpace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#ifndef _WIN32
#include <fcntl.h>
#include <unistd.h>
#endif

namespace actdesk::files {

namespace {

QString nearestExistingFolder(const QString& path)
{
    QFileInfo info(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    QDir dir = info.isDir() ? QDir(info.absoluteFilePath()) : info.absoluteDir();
    while (!dir.exists() && !dir.isRoot())
        if (!dir.cdUp())
            break;
    return dir.absolutePath();
}

bool writable(const QString& path)
{
#ifndef _WIN32
    // The effective (file-system) ids, as an open() would be checked; a read-only mount says
    // EROFS here too.
    return ::faccessat(AT_FDCWD, QFile::encodeName(path).constData(), W_OK, AT_EACCESS) == 0;
#else
    return QFileInfo(path).isWritable();
#endif
}

} // namespace

bool diskIsFull(const QString& path)
{
    const QStorageInfo storage(nearestExistingFolder(path));
    return storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < kFullBelowBytes;
}

bool canWriteBeside(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists() && !writable(info.absoluteFilePath()))
        return false;
    return writable(info.absolutePath());
}

} // namespace actdesk::files
