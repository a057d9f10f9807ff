// SPDX-License-Identifier: MIT
// The transfer file format: one golden case per directory under data/ (written by
// data/generate.py, an independent implementation of docs/transfer-format.md), plus
// round trips of items built in memory.
#include "TransferTestSupport.h"
#include "ids/IdError.h"
#include "transfer/TransferFormat.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>

using namespace actdesk;
using namespace actdesk::transfer;

namespace {

const std::filesystem::path kData = ACTDESK_TRANSFER_DATA_DIR;

std::vector<std::string> goldenCases()
{
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(kData))
        if (entry.is_directory())
            names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::map<std::string, std::string> readExpected(const std::filesystem::path& file)
{
    std::map<std::string, std::string> kv;
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        const auto eq = line.find('=');
        if (eq != std::string::npos)
            kv[line.substr(0, eq)] = line.substr(eq + 1);
    }
    return kv;
}

std::string groupsOf(const TransferError& e)
{
    std::string out;
    if (!e.idError)
        return out;
    for (int g : e.idError->badGroups) {
        if (!out.empty())
            out += ',';
        out += ids::groupLabel(e.idError->type, g);
    }
    return out;
}

std::string describe(const TransferError& e)
{
    return std::string(errorKindKey(e.kind)) + " line " + std::to_string(e.line) + " item " + e.item + " field " +
           e.field;
}

class GoldenTransferFile : public ::testing::TestWithParam<std::string>
{
};

void expectError(const TransferError& e, const std::map<std::string, std::string>& want, const std::string& prefix)
{
    auto check = [&](const std::string& key, const std::string& actual) {
        if (auto it = want.find(prefix + key); it != want.end()) {
            EXPECT_EQ(actual, it->second) << prefix + key << " of " << describe(e);
        }
    };
    check("kind", errorKindKey(e.kind));
    check("line", std::to_string(e.line));
    check("item", e.item);
    check("field", e.field);
    check("groups", groupsOf(e));
    check("version", std::to_string(e.version));
    check("expected", std::to_string(e.expected));
    check("found", std::to_string(e.found));
}

} // namespace

TEST_P(GoldenTransferFile, ReadsAsExpected)
{
    const auto dir = kData / GetParam();
    const auto want = readExpected(dir / "expected.txt");
    const QByteArray bytes = test::readAll(dir / "input.adtx");
    ASSERT_FALSE(bytes.isEmpty());
    ASSERT_TRUE(want.count("result"));

    auto parsed = parseTransferFile(bytes);
    if (want.at("result") == "ok") {
        ASSERT_TRUE(parsed.ok()) << describe(parsed.error());
        EXPECT_EQ(std::to_string(parsed->items.size()), want.at("items"));
        const QByteArray written = serializeTransferFile(parsed.value());
        if (want.count("roundtrip") && want.at("roundtrip") == "exact") {
            EXPECT_EQ(written.toStdString(), bytes.toStdString()) << "the writer must reproduce the golden bytes";
        }
        auto again = parseTransferFile(written);
        ASSERT_TRUE(again.ok()) << describe(again.error());
        ASSERT_EQ(again->items.size(), parsed->items.size());
        for (std::size_t i = 0; i < parsed->items.size(); ++i)
            EXPECT_TRUE(again->items[i] == parsed->items[i]) << "item " << i;
        return;
    }
    ASSERT_FALSE(parsed.ok()) << "a damaged file must be refused";
    const auto& e = parsed.error();
    expectError(e, want, "");
    if (want.count("also.kind")) {
        ASSERT_EQ(e.also.size(), 1u);
        expectError(e.also.front(), want, "also.");
    } else {
        EXPECT_TRUE(e.also.empty()) << errorKindKey(e.also.front().kind);
    }
    // An error never carries a full product key to a message.
    EXPECT_EQ(e.value.find("HJKMP"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Data, GoldenTransferFile, ::testing::ValuesIn(goldenCases()),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                             std::string name = param.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

TEST(TransferFormat, GoldenSetCoversEveryRobustnessCase)
{
    const auto names = goldenCases();
    for (const char* required :
         {"truncated-mid-item", "flipped-digit-item-digest", "flipped-digit-resealed", "cid-group-check-fails",
          "newer-version", "ok-four-items-every-status", "item-removed", "items-reordered"})
        EXPECT_NE(std::find(names.begin(), names.end(), required), names.end()) << required;
}

TEST(TransferFormat, FreeTextWithEscapesAndUnicodeRoundTrips)
{
    TransferFile file;
    auto item = test::request("東京-PC \\ 01", test::kWin7Y1, 7);
    item.machineId = "4c4c4544-0042-3510-8052-b3c04f4e3732";
    item.status = ItemStatus::Failed;
    item.reason = "line one\nline two\ttabbed \\ backslash; 0x67";
    item.answeredBy = "desk\\operator";
    item.answeredAt = item.requestedAt + std::chrono::seconds(3600);
    file.items.push_back(item);
    const QByteArray bytes = serializeTransferFile(file);
    EXPECT_TRUE(bytes.contains("reason=line one\\nline two\\ttabbed \\\\ backslash; 0x67\n"));
    auto parsed = parseTransferFile(bytes);
    ASSERT_TRUE(parsed.ok()) << describe(parsed.error());
    ASSERT_EQ(parsed->items.size(), 1u);
    const auto& back = parsed->items.front();
    EXPECT_EQ(back.machineName, item.machineName);
    EXPECT_EQ(back.reason, item.reason);
    EXPECT_EQ(back.answeredBy, item.answeredBy);
    EXPECT_TRUE(back == item);
    EXPECT_EQ(serializeTransferFile(parsed.value()), bytes);
}

TEST(TransferFormat, SerialisationIsDeterministicAndDiffFriendly)
{
    TransferFile file;
    file.items.push_back(test::request("PC-A", test::kWin7Y1, 1));
    file.items.push_back(test::request("PC-B", test::kWin7Y1, 2));
    const QByteArray before = serializeTransferFile(file);
    EXPECT_EQ(serializeTransferFile(file), before);

    // Answering one item changes only that item's block and the file digest line.
    file.items[1].status = ItemStatus::Answered;
    file.items[1].confirmationId = test::cidFor(file.items[1]);
    file.items[1].answeredBy = "desk";
    file.items[1].answeredAt = file.items[1].requestedAt;
    const QByteArray after = serializeTransferFile(file);
    const auto linesBefore = before.split('\n');
    const auto linesAfter = after.split('\n');
    ASSERT_EQ(linesBefore.size(), linesAfter.size());
    int changed = 0;
    for (qsizetype i = 0; i < linesBefore.size(); ++i)
        if (linesBefore[i] != linesAfter[i])
            ++changed;
    // status, confirmation-id, answered-by, answered-at, item-sha256, file sha256
    EXPECT_EQ(changed, 6);
}

TEST(TransferFormat, EveryLineChangeIsDetected)
{
    TransferFile file;
    file.items.push_back(test::request("PC-A", test::kWin7Y1, 1));
    file.items.push_back(test::request("PC-B", test::kWin7Y2, 2));
    const QByteArray good = serializeTransferFile(file);
    const auto lines = good.split('\n');
    // Change one character in every content line: the file must be refused each time.
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].isEmpty() || lines[i].startsWith('#'))
            continue;
        auto edited = lines;
        QByteArray& l = edited[i];
        const qsizetype pos = l.size() - 1;
        l[pos] = l[pos] == '1' ? '2' : '1';
        auto parsed = parseTransferFile(edited.join('\n'));
        EXPECT_FALSE(parsed.ok()) << "line " << i + 1 << ": " << lines[i].toStdString();
    }
}

TEST(TransferFormat, NeverWritesAFullProductKey)
{
    auto item = test::request("PC-A", test::kWin7Y1, 1);
    item.partialKey = "BCDFG-HJKMP-QRTVW-XY234-6789B";
    auto e = validateItem(item);
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.error().field, "partial-key");
    EXPECT_TRUE(e.error().value.empty()) << "the key must not be echoed";

    item = test::request("PC-A", test::kWin7Y1, 1);
    item.status = ItemStatus::Failed;
    item.answeredBy = "desk";
    item.answeredAt = item.requestedAt;
    for (const char* reason : {"key bcdfg-hjkmp-qrtvw-xy234-6789b rejected", "BCDFGHJKMPQRTVWXY23466789B",
                               "BCDFG HJKMP QRTVW XY234 6789B"}) {
        item.reason = reason;
        auto r = validateItem(item);
        ASSERT_FALSE(r.ok()) << reason;
        EXPECT_EQ(r.error().field, "reason");
        EXPECT_EQ(r.error().detail, "product key");
    }
    item.reason = "0xC004F050: blocked MAK, call the licensing centre (case 12345)";
    EXPECT_TRUE(validateItem(item).ok());
}

TEST(TransferFormat, TenThousandItemsRoundTrip)
{
    TransferFile file;
    for (int i = 0; i < 10'000; ++i) {
        auto item = test::request("PC-" + std::to_string(i / 3), i % 3 == 0   ? test::kWin7Y1
                                                                 : i % 3 == 1 ? test::kWin7Y2
                                                                              : test::kWin7Y3,
                                  static_cast<std::uint64_t>(i) + 1000);
        if (i % 2) {
            item.status = ItemStatus::Answered;
            item.confirmationId = test::cidFor(item);
            item.answeredBy = "desk";
            item.answeredAt = item.requestedAt;
        }
        file.items.push_back(std::move(item));
    }
    const QByteArray bytes = serializeTransferFile(file);
    EXPECT_LT(bytes.size(), kMaxFileBytes);
    auto parsed = parseTransferFile(bytes);
    ASSERT_TRUE(parsed.ok()) << describe(parsed.error());
    ASSERT_EQ(parsed->items.size(), 10'000u);
    for (std::size_t i = 0; i < file.items.size(); ++i)
        ASSERT_TRUE(parsed->items[i] == file.items[i]) << i;
    EXPECT_EQ(parsed->items[9'999].line, static_cast<int>(bytes.left(bytes.lastIndexOf("[item ")).count('\n')) + 1);
}

TEST(TransferFormat, GarbageIsRefusedWithoutReadingPastTheFirstProblem)
{
    // 50 MB of random bytes: not our header.
    std::mt19937_64 random(42);
    QByteArray garbage(50 * 1024 * 1024, Qt::Uninitialized);
    for (auto& c : garbage)
        c = static_cast<char>(random() & 0xff);
    auto parsed = parseTransferFile(garbage);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().kind, TransferError::Kind::NotATransferFile);

    // The right header followed by 50 MB of garbage: refused as truncated (no closing
    // digest), naming the last line.
    QByteArray headed = "ACTIVATION-DESK-TRANSFER 1\n" + garbage;
    parsed = parseTransferFile(headed);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().kind, TransferError::Kind::Truncated);
    EXPECT_EQ(parsed.error().line, static_cast<int>(headed.count('\n')) + (headed.endsWith('\n') ? 0 : 1));

    // Header, garbage, and a digest line at the end: the garbage is named at line 2.
    headed += "\nsha256=" + QByteArray(64, 'a') + "\n";
    parsed = parseTransferFile(headed);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().line, 2);
    EXPECT_TRUE(parsed.error().kind == TransferError::Kind::InvalidText ||
                parsed.error().kind == TransferError::Kind::LineTooLong ||
                parsed.error().kind == TransferError::Kind::Syntax)
        << errorKindKey(parsed.error().kind);
}

TEST(TransferFormat, OversizedInputIsRefusedBeforeParsing)
{
    QByteArray huge(kMaxFileBytes + 1, 'x');
    auto parsed = parseTransferFile(huge);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().kind, TransferError::Kind::TooLarge);
    EXPECT_EQ(parsed.error().found, kMaxFileBytes + 1);
}

TEST(TransferFormat, TimestampsAreStrictUtc)
{
    const auto t = parseTimestamp("2026-05-28T09:15:00Z");
    ASSERT_TRUE(t.has_value());
    EXPECT_EQ(formatTimestamp(*t), "2026-05-28T09:15:00Z");
    for (const char* bad : {"2026-05-28 09:15:00Z", "2026-05-28T09:15:00", "2026-02-30T09:15:00Z",
                            "2026-05-28T24:00:00Z", "2026-05-28T09:15:00+01:00", ""})
        EXPECT_FALSE(parseTimestamp(bad).has_value()) << bad;
}
