// SPDX-License-Identifier: MIT
#include "transfer/TransferCsv.h"

#include "ids/ConfirmationId.h"
#include "ids/InstallationId.h"
#include "input/ParseInput.h"
#include "transfer/DeskAnswers.h"
#include "transfer/TransferFormat.h"

#include <algorithm>

namespace actdesk::transfer {

namespace {

using Kind = TransferError::Kind;

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// The columns read back are all IDs, which never start with an apostrophe: one there was
// added by csvCell (before = + - @) or typed to make a spreadsheet keep the digits as text.
std::string withoutTextMarker(std::string cell)
{
    if (!cell.empty() && cell[0] == '\'')
        cell.erase(0, 1);
    return cell;
}

std::string trimmed(std::string s)
{
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos)
        return {};
    const auto e = s.find_last_not_of(" \t");
    return s.substr(b, e - b + 1);
}

} // namespace

std::string csvCell(std::string_view value)
{
    std::string s(value);
    if (!s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos)
        s.insert(0, 1, '\'');
    if (s.find_first_of(",;\"\r\n\t") == std::string::npos)
        return s;
    std::string quoted = "\"";
    for (char c : s) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

QByteArray pendingItemsCsv(const TransferFile& file)
{
    std::string out(kBom);
    out += "item,machine,machine_id,os,program,activation_id,extended_pid,installation_id,requested_at,simulation,"
           "confirmation_id\r\n";
    for (const auto& item : file.items) {
        if (item.status != ItemStatus::Pending)
            continue;
        const std::vector<std::string> cells = {
            item.id,
            item.machineName,
            item.machineId,
            item.os,
            item.program,
            item.activationId.canonical(),
            item.extendedPid,
            item.installationId ? item.installationId->grouped() : std::string{},
            formatTimestamp(item.requestedAt),
            item.simulation ? "yes" : "no",
            "",
        };
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i)
                out += ',';
            out += csvCell(cells[i]);
        }
        out += "\r\n";
    }
    return QByteArray(out.data(), static_cast<qsizetype>(out.size()));
}

Result<std::vector<CsvRecord>, TransferError> parseCsv(QByteArrayView bytes)
{
    std::string_view text(bytes.data(), static_cast<std::size_t>(bytes.size()));
    // Excel's "Unicode Text" and some exports are UTF-16: every other byte of the header is NUL.
    // Said as such, not as "no column item".
    const std::string_view start = text.substr(0, 256);
    if (start.starts_with("\xFF\xFE") || start.starts_with("\xFE\xFF") ||
        start.find('\0') != std::string_view::npos) {
        TransferError e;
        e.kind = Kind::CsvNotUtf8;
        return fail(e);
    }
    if (text.starts_with(kBom))
        text.remove_prefix(kBom.size());
    if (static_cast<long long>(text.size()) > kMaxFileBytes) {
        TransferError e;
        e.kind = Kind::TooLarge;
        e.found = static_cast<long long>(text.size());
        e.expected = kMaxFileBytes;
        return fail(e);
    }
    // The separator: whichever of , ; TAB the header row uses most.
    const std::string_view header = text.substr(0, text.find('\n'));
    char sep = ',';
    long best = std::count(header.begin(), header.end(), ',');
    for (char c : {';', '\t'}) {
        const long n = std::count(header.begin(), header.end(), c);
        if (n > best) {
            best = n;
            sep = c;
        }
    }

    std::vector<CsvRecord> records;
    CsvRecord record;
    std::string cell;
    int line = 1;
    record.line = 1;
    bool quoted = false;
    bool afterQuote = false;
    int quoteStart = 0;
    auto endCell = [&] {
        record.cells.push_back(std::move(cell));
        cell.clear();
        afterQuote = false;
    };
    auto endRecord = [&] {
        endCell();
        // Blank lines, and rows of empty cells a spreadsheet leaves at the end (",,,,"), are skipped.
        const bool empty = std::all_of(record.cells.begin(), record.cells.end(),
                                       [](const std::string& c) { return c.find_first_not_of(" \t\r") == std::string::npos; });
        if (!empty)
            records.push_back(std::move(record));
        record = CsvRecord{};
        record.line = line;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    cell += '"';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == '\n')
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == sep) {
            endCell();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            ++line;
            endRecord();
        } else if (c == '"' && cell.empty() && !afterQuote) {
            quoted = true;
            quoteStart = line;
        } else if (afterQuote) {
            TransferError e;
            e.kind = Kind::CsvSyntax;
            e.line = line;
            return fail(e);
        } else {
            cell += c;
        }
    }
    if (quoted) {
        TransferError e;
        e.kind = Kind::CsvSyntax;
        e.line = quoteStart;
        return fail(e);
    }
    endRecord();
    return records;
}

Result<std::vector<CsvAnswerResult>, TransferError> applyCsvAnswers(TransferFile& file, QByteArrayView csv,
                                                                    std::string_view answeredBy, Timestamp at)
{
    DeskAnswerLog log;
    return applyCsvAnswers(file, csv, answeredBy, at, log);
}

Result<std::vector<CsvAnswerResult>, TransferError> applyCsvAnswers(TransferFile& file, QByteArrayView csv,
                                                                    std::string_view answeredBy, Timestamp at,
                                                                    DeskAnswerLog& log)
{
    auto records = parseCsv(csv);
    if (!records)
        return fail(records.error());
    if (records->empty()) {
        TransferError e;
        e.kind = Kind::CsvMissingColumn;
        e.field = "item";
        return fail(e);
    }
    const auto& header = records->front().cells;
    auto column = [&](std::string_view name) -> int {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (trimmed(header[i]) == name)
                return static_cast<int>(i);
        return -1;
    };
    const int itemCol = column("item");
    const int cidCol = column("confirmation_id");
    const int iidCol = column("installation_id");
    for (auto [col, name] : {std::pair{itemCol, "item"}, std::pair{cidCol, "confirmation_id"}}) {
        if (col < 0) {
            TransferError e;
            e.kind = Kind::CsvMissingColumn;
            e.field = name;
            e.line = 1;
            return fail(e);
        }
    }

    std::vector<CsvAnswerResult> results;
    for (std::size_t r = 1; r < records->size(); ++r) {
        const auto& rec = (*records)[r];
        auto cellAt = [&](int col) {
            return col >= 0 && static_cast<std::size_t>(col) < rec.cells.size()
                       ? withoutTextMarker(trimmed(rec.cells[static_cast<std::size_t>(col)]))
                       : std::string{};
        };
        CsvAnswerResult result;
        result.line = rec.line;
        result.itemId = cellAt(itemCol);
        auto reject = [&](TransferError e) {
            e.line = rec.line;
            if (e.item.empty())
                e.item = result.itemId;
            result.outcome = CsvAnswerResult::Outcome::Rejected;
            result.error = std::move(e);
            results.push_back(std::move(result));
        };

        auto item = findItem(file, result.itemId);
        if (!item) {
            reject(item.error());
            continue;
        }
        result.itemId = item.value()->id;
        const std::string cidText = cellAt(cidCol);
        if (cidText.empty()) {
            result.outcome = CsvAnswerResult::Outcome::NoAnswer;
            results.push_back(std::move(result));
            continue;
        }
        if (iidCol >= 0) {
            const std::string iidText = cellAt(iidCol);
            auto iid = input::parseInstallationId(iidText);
            if (!iid || item.value()->installationId != iid.value()) {
                TransferError e;
                e.kind = Kind::IidMismatch;
                e.field = "installation_id";
                e.value = iid ? iid->grouped() : iidText;
                reject(e);
                continue;
            }
        }
        auto cid = parseTypedConfirmationId(*item.value(), cidText);
        if (!cid) {
            reject(cid.error());
            continue;
        }
        auto answered = log.answer(*item.value(), cid.value(), answeredBy, at);
        if (!answered) {
            reject(answered.error());
            continue;
        }
        result.outcome = answered.value() == AnswerChange::Answered ? CsvAnswerResult::Outcome::Answered
                                                                     : CsvAnswerResult::Outcome::Unchanged;
        results.push_back(std::move(result));
    }
    return results;
}

} // namespace actdesk::transfer
