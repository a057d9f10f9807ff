// SPDX-License-Identifier: MIT
#pragma once

// Why a transfer file could not be read, written or changed. Core names the problem and
// where it is (line, item, field); app/ and ui/ turn it into a translated sentence.

#include "ids/IdError.h"

#include <optional>
#include <string>
#include <vector>

namespace actdesk::transfer {

struct TransferError
{
    enum class Kind
    {
        // Reading the file.
        NotFound,          // `path` does not exist
        CannotRead,        // `path` exists but cannot be opened or read; `detail` is the system's text
        NotAFile,          // `path` is a folder, a named pipe, a socket or a device (`value`: files::fileKindKey)
        TooLarge,          // `found` bytes; transfer files are at most kMaxFileBytes
        NotATransferFile,  // the first line is not our header
        NewerVersion,      // `version` is newer than this tool reads (kFormatVersion)
        UnsupportedVersion, // `version` is older than any version this tool knows
        Truncated,         // the file ends at `line` without its closing digest line
        InvalidText,       // `line` is not UTF-8 or holds a control character
        LineTooLong,       // `line` is longer than kMaxLineBytes
        Syntax,            // `line` is not a comment, an item header or "field=value"
        InvalidEscape,     // `line`: a backslash escape other than \\ \n \r \t in `field`
        FieldOutsideItem,  // `line`: `field` before the first item header
        UnknownField,      // `line`: `field` is not part of this format version
        DuplicateField,    // `line`: `field` appears twice in `item`
        MissingField,      // `item` (starting at `line`) lacks `field`
        DuplicateItem,     // `line`: `item` appears twice
        InvalidValue,      // `line`: `field` of `item` has an impossible value (`value`)
        InvalidId,         // `line`: `field` of `item` is not a valid ID; `idError` says why
        InconsistentStatus, // `line`: `item` has status `value` but `field` is missing or must be empty
        ItemDigestMismatch, // `item` (starting at `line`) changed after it was written; `also` may say where
        ItemCountMismatch, // the footer (`line`) says `expected` items, `found` were read
        FileDigestMismatch, // the items are intact one by one, but the list was changed (reordered, replaced)
        TrailingData,      // `line`: something after the closing digest line

        // Writing the file.
        NotWritable,      // the folder of `path` cannot be written (read-only medium, permissions)
        WriteFailed,      // writing or replacing `path` failed part-way; the previous file is intact
        ConcurrentChange, // `path` was changed by someone else since it was read; nothing was written
        InUse,            // another program held the lock on `path` for the whole wait (`holder`, when known)
        NoFolder,         // the folder of `path` does not exist

        // Changing items.
        UnknownItem,   // no item `item` (an id or id prefix)
        AmbiguousItem, // `item` is a prefix of several ids (`candidates`)
        WrongStatus,   // `item` has status `value`, which does not allow the change
        AlreadyAnswered, // `item` already has a different confirmation ID (`value`)
        IidMismatch,   // `item`'s IID is not the one given (`value`), e.g. in a CSV row
        NotSimulated,  // `item` comes from a real machine: the simulated centre must not answer it

        // CSV.
        CsvSyntax,        // `line`: a quoted cell is never closed, or text follows a closing quote
        CsvMissingColumn, // the header row lacks the column `field`
        CsvNotUtf8,       // UTF-16 (Excel's "Unicode Text") or other bytes that are not UTF-8 text
    } kind = Kind::Syntax;

    std::string path;
    int line = 0;
    std::string item;
    std::string field;
    std::string value;
    std::optional<ids::IdError> idError;
    int version = 0;
    long long expected = 0;
    long long found = 0;
    std::vector<std::string> candidates;
    std::string detail; // technical text from the system (errno text), never a key

    // InUse: who holds the lock, as its lock file says (`lockPath`).
    struct LockHolder
    {
        long long pid = 0;
        std::string host;
        std::string program;
    };
    std::optional<LockHolder> holder;
    std::string lockPath;

    // Further findings about the same problem: for a digest mismatch, the field that no
    // longer passes its own checks ("caught by the digest, then by the check digits").
    std::vector<TransferError> also;
};

// A stable name for each kind ("item-digest-mismatch"), for --json output and tests.
const char* errorKindKey(TransferError::Kind kind);

} // namespace actdesk::transfer
