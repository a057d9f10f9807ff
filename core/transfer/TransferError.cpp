// SPDX-License-Identifier: MIT
#include "transfer/TransferError.h"

namespace actdesk::transfer {

const char* errorKindKey(TransferError::Kind kind)
{
    using K = TransferError::Kind;
    switch (kind) {
    case K::NotFound: return "not-found";
    case K::CannotRead: return "cannot-read";
    case K::NotAFile: return "not-a-file";
    case K::TooLarge: return "too-large";
    case K::NotATransferFile: return "not-a-transfer-file";
    case K::NewerVersion: return "newer-version";
    case K::UnsupportedVersion: return "unsupported-version";
    case K::Truncated: return "truncated";
    case K::InvalidText: return "invalid-text";
    case K::LineTooLong: return "line-too-long";
    case K::Syntax: return "syntax";
    case K::InvalidEscape: return "invalid-escape";
    case K::FieldOutsideItem: return "field-outside-item";
    case K::UnknownField: return "unknown-field";
    case K::DuplicateField: return "duplicate-field";
    case K::MissingField: return "missing-field";
    case K::DuplicateItem: return "duplicate-item";
    case K::InvalidValue: return "invalid-value";
    case K::InvalidId: return "invalid-id";
    case K::InconsistentStatus: return "inconsistent-status";
    case K::ItemDigestMismatch: return "item-digest-mismatch";
    case K::ItemCountMismatch: return "item-count-mismatch";
    case K::FileDigestMismatch: return "file-digest-mismatch";
    case K::TrailingData: return "trailing-data";
    case K::NotWritable: return "not-writable";
    case K::WriteFailed: return "write-failed";
    case K::ConcurrentChange: return "concurrent-change";
    case K::InUse: return "in-use";
    case K::NoFolder: return "no-folder";
    case K::UnknownItem: return "unknown-item";
    case K::AmbiguousItem: return "ambiguous-item";
    case K::WrongStatus: return "wrong-status";
    case K::AlreadyAnswered: return "already-answered";
    case K::IidMismatch: return "iid-mismatch";
    case K::NotSimulated: return "not-simulated";
    case K::CsvSyntax: return "csv-syntax";
    case K::CsvMissingColumn: return "csv-missing-column";
    case K::CsvNotUtf8: return "csv-not-utf8";
    }
    return "unknown";
}

} // namespace actdesk::transfer
