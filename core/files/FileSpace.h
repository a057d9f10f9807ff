// SPDX-License-Identifier: MIT
#pragma once

// Whether a failed write was the disk's fault: no room left, or media that cannot be written
// at all (a write-protected stick, a read-only folder or mount). Asked after a write failed,
// or before creating a file, so that a full or read-only disk is never mistaken for a
// damaged file.

#include <QString>

namespace actdesk::files {

// True when the disk holding `path` (a file or a folder; the nearest existing folder is
// asked) has less than kFullBelowBytes left for this user.
bool diskIsFull(const QString& path);
inline constexpr qint64 kFullBelowBytes = 1024 * 1024;

// True when a file can be created or replaced beside `path`: its folder is writable to this
// process, and the file itself too when it exists.
bool canWriteBeside(const QString& path);

} // namespace actdesk::files
