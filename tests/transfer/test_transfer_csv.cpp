// SPDX-License-Identifier: MIT
// CSV out for spreadsheets (formula-safe), CIDs back in with the transfer file's checks,
// reported by CSV line.
#include "TransferTestSupport.h"
#include "transfer/TransferCsv.h"

#include <gtest/gtest.h>

using namespace actdesk;
using namespace actdesk::transfer;
using Outcome = CsvAnswerResult::Outcome;

namespace {

const Timestamp kNow{std::chrono::seconds(1'780'003'600)};

TransferFile threePending()
{
    TransferFile file;
    file.items = {test::request("PC-A", test::kWin7Y1, 1), test::request("PC-B", test::kWin7Y1, 2),
                  test::request("PC-C", test::kWin7Y1, 3)};
    return file;
}

QByteArray csvOf(const std::string& text)
{
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

std::string groupedIid(const TransferItem& item)
{
    return item.installationId->grouped();
}

std::string flipInGroup(std::string grouped, int group, int groupLength)
{
    const auto pos = static_cast<std::size_t>(group * (groupLength + 1) + 1);
    grouped[pos] = static_cast<char>('0' + (grouped[pos] - '0' + 1) % 10);
    return grouped;
}

} // namespace

TEST(TransferCsv, ExportsPendingItemsOnlyWithABomAndAHeader)
{
    auto file = threePending();
    file.items[1].status = ItemStatus::Answered;
    file.items[1].confirmationId = test::cidFor(file.items[1]);
    file.items[1].answeredBy = "desk";
    file.items[1].answeredAt = kNow;
    const QByteArray csv = pendingItemsCsv(file);
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    const auto lines = csv.mid(3).split('\n');
    ASSERT_EQ(lines.size(), 4); // header, two pending, trailing empty
    EXPECT_EQ(lines[0], "item,machine,machine_id,os,program,activation_id,extended_pid,installation_id,"
                        "requested_at,simulation,confirmation_id\r");
    EXPECT_TRUE(lines[1].startsWith(QByteArray::fromStdString(file.items[0].id + ",PC-A,")));
    EXPECT_TRUE(lines[1].contains(QByteArray::fromStdString(groupedIid(file.items[0]))));
    EXPECT_TRUE(lines[2].startsWith(QByteArray::fromStdString(file.items[2].id + ",PC-C,")));
}

TEST(TransferCsv, CellsASpreadsheetWouldRunAreNeutralised)
{
    EXPECT_EQ(csvCell("=HYPERLINK(\"http://x\",\"y\")"), "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    EXPECT_EQ(csvCell("+SUM(A1)"), "'+SUM(A1)");
    EXPECT_EQ(csvCell("-2+3"), "'-2+3");
    EXPECT_EQ(csvCell("@cmd"), "'@cmd");
    EXPECT_EQ(csvCell("\tTAB"), "\"'\tTAB\"");
    EXPECT_EQ(csvCell("PC-A"), "PC-A");
    EXPECT_EQ(csvCell("a,b"), "\"a,b\"");
    EXPECT_EQ(csvCell("say \"hi\""), "\"say \"\"hi\"\"\"");

    auto file = threePending();
    file.items[0].machineName = "=cmd|' /C calc'!A0";
    const QByteArray csv = pendingItemsCsv(file);
    EXPECT_TRUE(csv.contains(",'=cmd|' /C calc'!A0,")) << csv.toStdString();
    EXPECT_FALSE(csv.contains(",=cmd"));
}

TEST(TransferCsv, RoundTripExportFillImport)
{
    auto file = threePending();
    auto records = parseCsv(pendingItemsCsv(file));
    ASSERT_TRUE(records.ok());
    ASSERT_EQ(records->size(), 4u);
    // Fill in the last column as a spreadsheet user would, then save as CSV again.
    std::string filled = "item,installation_id,confirmation_id\r\n";
    for (std::size_t r = 1; r < records->size(); ++r) {
        const auto& cells = (*records)[r].cells;
        const auto* item = file.find(cells[0]);
        ASSERT_NE(item, nullptr);
        filled += cells[0] + "," + cells[7] + "," + test::cidFor(*item).grouped(' ') + "\r\n";
    }
    auto results = applyCsvAnswers(file, csvOf(filled), "alice", kNow);
    ASSERT_TRUE(results.ok());
    ASSERT_EQ(results->size(), 3u);
    for (const auto& r : results.value())
        EXPECT_EQ(r.outcome, Outcome::Answered) << r.line;
    for (const auto& item : file.items) {
        EXPECT_EQ(item.status, ItemStatus::Answered);
        EXPECT_EQ(test::digitsOf(item.confirmationId), test::cidFor(item).digits());
        EXPECT_EQ(item.answeredBy, "alice");
    }
    // Importing the same CSV again changes nothing.
    auto again = applyCsvAnswers(file, csvOf(filled), "bob", kNow);
    ASSERT_TRUE(again.ok());
    for (const auto& r : again.value())
        EXPECT_EQ(r.outcome, Outcome::Unchanged);
    EXPECT_EQ(file.items[0].answeredBy, "alice");
}

// Spreadsheets save the empty rows below the data as ",,,,": skipped like blank lines, so
// they do not turn a good import into an error.
TEST(TransferCsv, RowsOfEmptyCellsAtTheEndAreSkipped)
{
    auto file = threePending();
    std::string filled = "item,installation_id,confirmation_id\r\n";
    for (const auto& item : file.items)
        filled += item.id + "," + test::digitsOf(item.installationId) + "," + test::cidFor(item).grouped(' ') + "\r\n";
    filled += ",,\r\n , ,\r\n,,\r\n";
    auto results = applyCsvAnswers(file, csvOf(filled), "alice", kNow);
    ASSERT_TRUE(results.ok());
    ASSERT_EQ(results->size(), 3u);
    for (const auto& r : results.value())
        EXPECT_EQ(r.outcome, Outcome::Answered) << r.line;
}

TEST(TransferCsv, EachBadRowIsReportedByItsLineAndTheOthersStillApply)
{
    auto file = threePending();
    const auto& a = file.items[0];
    const auto& b = file.items[1];
    const auto& c = file.items[2];
    const std::string badCid = flipInGroup(test::cidFor(b).grouped(), 4, 6); // group E
    const std::string csv = "item;installation_id;confirmation_id\n" +                       // line 1 (';')
                            a.id + ";" + groupedIid(a) + ";" + test::cidFor(a).grouped() + "\n" + // 2: ok
                            b.id + ";" + groupedIid(b) + ";" + badCid + "\n" +               // 3: group E
                            "\"multi\nline\";x;y\n" +                                       // 4-5: unknown item
                            c.id + ";" + groupedIid(a) + ";" + test::cidFor(c).grouped() + "\n" + // 6: IID of A
                            c.id.substr(0, 6) + ";;\n";                                     // 7: no CID yet
    auto results = applyCsvAnswers(file, csvOf(csv), "alice", kNow);
    ASSERT_TRUE(results.ok());
    ASSERT_EQ(results->size(), 5u);
    EXPECT_EQ((*results)[0].outcome, Outcome::Answered);
    EXPECT_EQ((*results)[0].line, 2);

    EXPECT_EQ((*results)[1].outcome, Outcome::Rejected);
    EXPECT_EQ((*results)[1].line, 3);
    ASSERT_TRUE((*results)[1].error->idError.has_value());
    EXPECT_EQ((*results)[1].error->idError->badGroups, std::vector<int>{4});
    EXPECT_EQ(ids::groupLabel(ids::IdType::ConfirmationId, 4), "E");
    EXPECT_EQ((*results)[1].itemId, b.id);

    EXPECT_EQ((*results)[2].outcome, Outcome::Rejected);
    EXPECT_EQ((*results)[2].line, 4);
    EXPECT_EQ((*results)[2].error->kind, TransferError::Kind::UnknownItem);

    EXPECT_EQ((*results)[3].outcome, Outcome::Rejected);
    EXPECT_EQ((*results)[3].line, 6);
    EXPECT_EQ((*results)[3].error->kind, TransferError::Kind::IidMismatch);

    EXPECT_EQ((*results)[4].outcome, Outcome::NoAnswer);
    EXPECT_EQ((*results)[4].line, 7);
    EXPECT_EQ((*results)[4].itemId, c.id) << "a unique prefix names the item";

    EXPECT_EQ(file.items[0].status, ItemStatus::Answered);
    EXPECT_EQ(file.items[1].status, ItemStatus::Pending);
    EXPECT_EQ(file.items[2].status, ItemStatus::Pending);
}

TEST(TransferCsv, QuotingAndTextMarkersAreUndoneOnImport)
{
    auto file = threePending();
    const auto& a = file.items[0];
    const auto& b = file.items[1];
    // Quoted cells, a BOM, and the apostrophe a spreadsheet user types to keep digits as text.
    const std::string csv = "\xEF\xBB\xBF\"item\",\"confirmation_id\"\r\n\"" + a.id + "\",\"'" +
                            test::cidFor(a).grouped() + "\"\r\n'" + b.id + ", " + test::cidFor(b).grouped(' ') +
                            " \r\n";
    auto results = applyCsvAnswers(file, csvOf(csv), "alice", kNow);
    ASSERT_TRUE(results.ok());
    ASSERT_EQ(results->size(), 2u);
    EXPECT_EQ((*results)[0].outcome, Outcome::Answered);
    EXPECT_EQ((*results)[1].outcome, Outcome::Answered);
    EXPECT_EQ(test::digitsOf(file.items[1].confirmationId), test::cidFor(b).digits());
}

TEST(TransferCsv, UnreadableCsvIsRefusedAsAWhole)
{
    auto file = threePending();
    auto missing = applyCsvAnswers(file, csvOf("item,cid\nx,y\n"), "a", kNow);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, TransferError::Kind::CsvMissingColumn);
    EXPECT_EQ(missing.error().field, "confirmation_id");

    auto unterminated = applyCsvAnswers(file, csvOf("item,confirmation_id\n\"abc,def\n"), "a", kNow);
    ASSERT_FALSE(unterminated.ok());
    EXPECT_EQ(unterminated.error().kind, TransferError::Kind::CsvSyntax);
    EXPECT_EQ(unterminated.error().line, 2);

    auto junk = applyCsvAnswers(file, csvOf("item,confirmation_id\n\"abc\"x,1\n"), "a", kNow);
    ASSERT_FALSE(junk.ok());
    EXPECT_EQ(junk.error().kind, TransferError::Kind::CsvSyntax);

    // Excel's "Unicode Text": UTF-16 with a byte-order mark, or without one.
    const std::string header = "item\tconfirmation_id\r\n";
    std::string utf16 = "\xFF\xFE";
    for (char c : header)
        utf16 += std::string{c, '\0'};
    auto unicodeText = applyCsvAnswers(file, csvOf(utf16), "a", kNow);
    ASSERT_FALSE(unicodeText.ok());
    EXPECT_EQ(unicodeText.error().kind, TransferError::Kind::CsvNotUtf8);
    auto noBom = applyCsvAnswers(file, csvOf(utf16.substr(2)), "a", kNow);
    ASSERT_FALSE(noBom.ok());
    EXPECT_EQ(noBom.error().kind, TransferError::Kind::CsvNotUtf8);
    for (const auto& item : file.items)
        EXPECT_EQ(item.status, ItemStatus::Pending);
}
