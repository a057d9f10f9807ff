// SPDX-License-Identifier: MIT
#pragma once

// CSV for spreadsheets and other tools: pending IIDs out, CIDs back in, with the same checks
// as transfer files. Cells that a spreadsheet would run as a formula are neutralised.

#include "common/Result.h"
#include "transfer/TransferError.h"
#include "transfer/TransferItem.h"

#include <QByteArray>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actdesk::transfer {

class DeskAnswerLog;

// The pending items as CSV (UTF-8 with a byte-order mark so spreadsheets detect it, CRLF line
// ends, RFC 4180 quoting). Columns: item, machine, machine_id, os, program, activation_id,
// extended_pid, installation_id, requested_at, simulation, confirmation_id (empty, to fill in).
QByteArray pendingItemsCsv(const TransferFile& file);

// One cell made safe for a spreadsheet: a leading = + - @ TAB or CR gets a ' in front
// (OWASP "CSV injection"), then the cell is quoted if it needs to be.
std::string csvCell(std::string_view value);

struct CsvRecord
{
    int line = 0; // where the record starts (1-based)
    std::vector<std::string> cells;
};

// RFC 4180 records; the separator (',' ';' or TAB) is taken from the header row. A BOM is
// skipped. Errors name the line.
Result<std::vector<CsvRecord>, TransferError> parseCsv(QByteArrayView text);

struct CsvAnswerResult
{
    enum class Outcome
    {
        Answered,  // the item now has the CID from this row
        Unchanged, // the item already had that CID
        NoAnswer,  // the row has no CID (yet): the item stays as it is
        Rejected,  // `error` says why; the item is unchanged
    } outcome = Outcome::NoAnswer;
    int line = 0;
    std::string itemId;
    std::optional<TransferError> error;
};

// Reads CIDs from CSV (columns "item" and "confirmation_id" required; "installation_id",
// when present, must match the item's IID) and answers the items. Each row is checked like
// a typed CID: the ID parser names a wrong group by its letter. Rows are independent: a
// rejected row does not stop the others. Fails as a whole only when the CSV is unreadable.
Result<std::vector<CsvAnswerResult>, TransferError> applyCsvAnswers(TransferFile& file, QByteArrayView csv,
                                                                    std::string_view answeredBy, Timestamp at);
// The same, answering through `log` (DeskAnswers.h) so the caller can journal the answers.
Result<std::vector<CsvAnswerResult>, TransferError> applyCsvAnswers(TransferFile& file, QByteArrayView csv,
                                                                    std::string_view answeredBy, Timestamp at,
                                                                    DeskAnswerLog& log);

} // namespace actdesk::transfer
