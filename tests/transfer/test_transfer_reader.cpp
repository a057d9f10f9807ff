// SPDX-License-Identifier: MIT
// The single-pass reader (core/transfer/TransferReader.cpp) against the reference reader
// (ReferenceTransferReader.cpp, the reader before it): on the golden files, on mutations of
// them and on large files, damaged and not, it must accept exactly the same files with the
// same items and name exactly the same first problem, with item digests verified in order
// and on a second thread. Also: the ID fast paths agree with the ID parsers.
#include "ReaderOracle.h"
#include "TransferTestSupport.h"
#include "ids/ActivationId.h"
#include "transfer/DeskAnswers.h"
#include "transfer/TransferFormat.h"
#include "transfer/TransferIdText.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <random>

using namespace actdesk;
using namespace actdesk::transfer;
using detail::DigestThread;

namespace {

const std::filesystem::path kData = ACTDESK_TRANSFER_DATA_DIR;

std::vector<QByteArray> goldenInputs()
{
    std::vector<QByteArray> inputs;
    for (const auto& entry : std::filesystem::directory_iterator(kData))
        if (entry.is_directory())
            inputs.push_back(test::readAll(entry.path() / "input.adtx"));
    return inputs;
}

// A file of `count` items in every status, large enough for the digest thread.
TransferFile largeFile(int count)
{
    TransferFile file;
    for (int i = 0; i < count; ++i) {
        auto item = test::request("PC-" + std::to_string(i / 3),
                                  i % 3 == 0   ? test::kWin7Y1
                                  : i % 3 == 1 ? test::kWin7Y2
                                               : test::kWin7Y3,
                                  static_cast<std::uint64_t>(i) + 1);
        const auto at = item.requestedAt + std::chrono::seconds(60);
        if (i % 4 == 1)
            (void)answerItem(item, test::cidFor(item), "desk@DESK-01", at);
        else if (i % 4 == 2)
            (void)failItem(item, "line busy\nretry tomorrow", "desk@DESK-01", at);
        else if (i % 4 == 3) {
            (void)answerItem(item, test::cidFor(item), "desk@DESK-01", at);
            item.status = ItemStatus::Applied;
            item.appliedAt = at + std::chrono::seconds(60);
        }
        file.items.push_back(std::move(item));
    }
    return file;
}

// The offset of the `n`th (0-based) occurrence of `what`.
qsizetype nth(const QByteArray& bytes, const QByteArray& what, int n)
{
    qsizetype at = -1;
    for (int i = 0; i <= n; ++i)
        at = bytes.indexOf(what, at + 1);
    return at;
}

void expectAgreement(const QByteArray& bytes, const std::string& what)
{
    for (auto mode : {DigestThread::InOrder, DigestThread::Worker, DigestThread::Auto}) {
        const auto difference = test::differenceFromReference(bytes, mode);
        EXPECT_TRUE(difference.empty())
            << what << " (digests " << static_cast<int>(mode) << "): " << difference;
    }
}

} // namespace

TEST(TransferReader, AgreesWithTheReferenceOnGoldenFilesAndTheirMutations)
{
    const auto inputs = goldenInputs();
    ASSERT_GT(inputs.size(), 10u);
    long long compared = 0;
    for (const auto& bytes : inputs) {
        ASSERT_FALSE(bytes.isEmpty());
        expectAgreement(bytes, "golden file");
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            // At every position a deletion and a bit flip; at every third also a high bit, a
            // few bytes the reader treats specially and a cut (more would only be slower).
            std::vector<QByteArray> variants(2, bytes);
            variants[0].remove(i, 1);
            variants[1][i] = static_cast<char>(bytes[i] ^ 0x01);
            if (i % 3 == 0) {
                variants.resize(7, bytes);
                variants[2][i] = static_cast<char>(bytes[i] ^ 0x80);
                variants[3][i] = '\n';
                variants[4].insert(i, '\r');
                variants[5][i] = '=';
                variants[6] = bytes.left(i);
            }
            for (const auto& v : variants) {
                const auto difference = test::differenceFromReference(v, DigestThread::InOrder);
                ASSERT_TRUE(difference.empty()) << "mutation at byte " << i << ": " << difference;
                ++compared;
            }
            if (i % 21 == 0) { // the digest thread on a sample (a thread per parse is slow)
                for (const auto& v : variants) {
                    ASSERT_TRUE(test::differenceFromReference(v, DigestThread::Worker).empty()) << i;
                }
            }
        }
    }
    EXPECT_GT(compared, 10'000);
}

TEST(TransferReader, AgreesWithTheReferenceOnInjectedBytes)
{
    // UTF-8 edge cases, controls and line ends dropped into random places of every golden
    // file: the one-pass line check must find exactly what the old per-line check found.
    const std::vector<QByteArray> pieces = {"\xC3\xA9",
                                            "\xE6\x9D\xB1",
                                            "\xF0\x9F\x98\x80",
                                            "\xC0\x80",
                                            "\xED\xA0\x80",
                                            "\xF4\x90\x80\x80",
                                            "\xE6\x9D",
                                            "\x80",
                                            "\xFF",
                                            "\t",
                                            "\x7F",
                                            "\x01",
                                            "\r",
                                            "\r\n",
                                            "\n",
                                            "\r\r\n",
                                            "\\",
                                            "\\q",
                                            "#",
                                            " ",
                                            "=",
                                            "[item ",
                                            "]"};
    std::mt19937 random(5);
    for (const auto& bytes : goldenInputs()) {
        for (int round = 0; round < 300; ++round) {
            QByteArray v = bytes;
            const int injections = 1 + static_cast<int>(random() % 3);
            for (int k = 0; k < injections; ++k) {
                const auto at = static_cast<qsizetype>(random() % static_cast<unsigned>(v.size() + 1));
                v.insert(at, pieces[random() % pieces.size()]);
            }
            const auto difference = test::differenceFromReference(v, DigestThread::InOrder);
            ASSERT_TRUE(difference.empty()) << "round " << round << ": " << difference;
        }
    }
}

TEST(TransferReader, LargeFilesAgreeWithTheReferenceIntactOrDamaged)
{
    const QByteArray bytes = serializeTransferFile(largeFile(2'000));
    ASSERT_GE(bytes.size(), detail::kDigestThreadFromBytes); // Auto uses the digest thread
    expectAgreement(bytes, "intact");
    auto parsed = parseTransferFile(bytes);
    ASSERT_TRUE(parsed.ok());
    ASSERT_EQ(parsed->items.size(), 2'000u);

    // Written another way, still valid: CRLF line ends, comments inside items, the digest
    // line first, fields in another order (these items are digested from a copy).
    QByteArray crlf = bytes;
    crlf.replace("\n", "\r\n");
    expectAgreement(crlf, "CRLF");
    ASSERT_TRUE(parseTransferFile(crlf).ok());
    QByteArray commented = bytes;
    commented.replace("\nstatus=", "\n# checked by hand\n\nstatus=");
    expectAgreement(commented, "comments inside items");
    ASSERT_TRUE(parseTransferFile(commented).ok());
    QByteArray reordered = bytes;
    reordered.replace("\nos=win7\nsimulation=yes\n", "\nsimulation=yes\nos=win7\n");
    expectAgreement(reordered, "fields in another order");
    ASSERT_TRUE(parseTransferFile(reordered).ok());
}

TEST(TransferReader, ADamagedItemIsNamedBeforeALaterProblemWithTheDigestThread)
{
    const TransferFile file = largeFile(2'000);
    const QByteArray bytes = serializeTransferFile(file);

    // A hand edit in item 1,500: named by its digest, item and line.
    QByteArray edited = bytes;
    const auto reason = nth(edited, "\nreason=line busy", 1'500 / 4);
    ASSERT_GT(reason, 0);
    edited.replace(reason + 8, 4, "LINE");
    expectAgreement(edited, "hand edit");
    auto refused = parseTransferFile(edited);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, TransferError::Kind::ItemDigestMismatch);
    const auto itemAt = edited.lastIndexOf("[item ", reason);
    const std::string id = edited.mid(itemAt + 6, 12).toStdString();
    EXPECT_EQ(refused.error().item, id);
    EXPECT_EQ(refused.error().line, static_cast<int>(edited.left(itemAt).count('\n')) + 1);
    EXPECT_TRUE(refused.error().also.empty());

    // A flipped IID digit in item 1,200 and an unknown field in item 1,900: the digest of
    // item 1,200 is named first (with its check digit), although the worker finds it late.
    QByteArray twice = bytes;
    const auto iid = nth(twice, "\ninstallation-id=", 1'200) + 17;
    twice[iid + 2] = static_cast<char>(twice[iid + 2] == '9' ? '0' : twice[iid + 2] + 1);
    const auto later = nth(twice, "\nos=", 1'900);
    twice.insert(later + 1, "colour=blue\n");
    expectAgreement(twice, "two problems");
    refused = parseTransferFile(twice);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, TransferError::Kind::ItemDigestMismatch);
    EXPECT_EQ(refused.error().item, file.items[1'200].id);
    ASSERT_EQ(refused.error().also.size(), 1u);
    EXPECT_EQ(refused.error().also.front().kind, TransferError::Kind::InvalidId);
    EXPECT_EQ(refused.error().also.front().field, "installation-id");

    // Without the flipped digit, the unknown field is what is named.
    QByteArray unknown = bytes;
    unknown.insert(nth(unknown, "\nos=", 1'900) + 1, "colour=blue\n");
    refused = parseTransferFile(unknown);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, TransferError::Kind::UnknownField);
    EXPECT_EQ(refused.error().item, file.items[1'900].id);

    // The last item damaged, and an item digest edited to match nothing.
    QByteArray last = bytes;
    const auto lastName = last.lastIndexOf("\nmachine-name=PC-") + 14;
    last[lastName] = 'Q';
    expectAgreement(last, "last item");
    refused = parseTransferFile(last);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().item, file.items.back().id);
    QByteArray digest = bytes;
    const auto digestAt = nth(digest, "\nitem-sha256=", 10) + 13;
    digest[digestAt] = static_cast<char>(digest[digestAt] == 'a' ? 'b' : 'a');
    expectAgreement(digest, "edited digest");
    refused = parseTransferFile(digest);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, TransferError::Kind::ItemDigestMismatch);
    EXPECT_EQ(refused.error().item, file.items[10].id);

    // An item repeated at the end.
    QByteArray duplicated = bytes;
    const auto first = duplicated.indexOf("\n[item ");
    const auto second = duplicated.indexOf("\n[item ", first + 1);
    duplicated.insert(duplicated.indexOf("\nitems="), duplicated.mid(first, second - first));
    expectAgreement(duplicated, "duplicate");
    refused = parseTransferFile(duplicated);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, TransferError::Kind::DuplicateItem);
}

TEST(TransferIdText, WriterSpelledIdsAgreeWithTheIdParsers)
{
    std::mt19937 random(11);
    const std::string alphabet = "0123456789-- abcdefABCDEF{}";
    int fastPaths = 0;
    for (std::uint64_t seed = 1; seed <= 400; ++seed) {
        const std::string digits = test::iidDigits(seed);
        const auto iid = ids::InstallationId::parseAscii(digits).value();
        const auto cid = licensing::SimulatedActivationCentre::confirmationIdFor(iid);
        const std::string iid6 = licensing::simulation::groupedDigitsFromSeed(seed, 9, 6);
        std::vector<std::string> texts = {iid.grouped(), cid.grouped(),
                                          ids::InstallationId::parseAscii(iid6)->grouped()};
        // The writer's spellings take the fast path and give what the parsers give.
        for (const auto& text : texts) {
            std::string fast;
            const bool isCid = text.size() == 55;
            ASSERT_TRUE(isCid ? detail::writerSpelledConfirmationId(text, fast)
                              : detail::writerSpelledInstallationId(text, fast))
                << text;
            EXPECT_EQ(fast, isCid ? ids::ConfirmationId::parseAscii(text)->digits()
                                  : ids::InstallationId::parseAscii(text)->digits());
            ++fastPaths;
        }
        // Mutations: whenever the fast path still says yes, the parser agrees.
        for (int round = 0; round < 30; ++round) {
            for (std::string text : texts) {
                const auto at = random() % text.size();
                switch (random() % 3) {
                case 0:
                    text[at] = alphabet[random() % alphabet.size()];
                    break;
                case 1:
                    text.erase(at, 1);
                    break;
                default:
                    text.insert(at, 1, alphabet[random() % alphabet.size()]);
                    break;
                }
                std::string fast;
                if (detail::writerSpelledInstallationId(text, fast)) {
                    auto parsed = ids::InstallationId::parseAscii(text);
                    ASSERT_TRUE(parsed.ok()) << text;
                    EXPECT_EQ(parsed->digits(), fast);
                }
                if (detail::writerSpelledConfirmationId(text, fast)) {
                    auto parsed = ids::ConfirmationId::parseAscii(text);
                    ASSERT_TRUE(parsed.ok()) << text;
                    EXPECT_EQ(parsed->digits(), fast);
                }
            }
        }
    }
    EXPECT_EQ(fastPaths, 1'200);

    for (const char* guid : {test::kWin7Y1, test::kWin7Y2, test::kWin7Y3}) {
        ASSERT_TRUE(detail::isCanonicalGuid(guid));
        EXPECT_EQ(ids::ActivationId::parseAscii(guid)->canonical(), guid);
        for (int round = 0; round < 200; ++round) {
            std::string text = guid;
            text[random() % text.size()] = alphabet[random() % alphabet.size()];
            if (detail::isCanonicalGuid(text)) {
                auto parsed = ids::ActivationId::parseAscii(text);
                ASSERT_TRUE(parsed.ok()) << text;
                EXPECT_EQ(parsed->canonical(), text);
            }
        }
        EXPECT_FALSE(detail::isCanonicalGuid(std::string("{") + guid + "}"));
        EXPECT_FALSE(detail::isCanonicalGuid(QByteArray(guid).toUpper().toStdString()));
    }
}

namespace {

// parseTimestamp as it was before it lost its branch per digit (6d351a1), as an oracle.
std::optional<Timestamp> referenceParseTimestamp(std::string_view s)
{
    if (s.size() != 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' ||
        s[19] != 'Z')
        return std::nullopt;
    auto number = [&](std::size_t pos, std::size_t len) -> std::optional<int> {
        int v = 0;
        for (std::size_t i = pos; i < pos + len; ++i) {
            if (s[i] < '0' || s[i] > '9')
                return std::nullopt;
            v = v * 10 + (s[i] - '0');
        }
        return v;
    };
    const auto y = number(0, 4), mo = number(5, 2), d = number(8, 2), h = number(11, 2), mi = number(14, 2),
               se = number(17, 2);
    if (!y || !mo || !d || !h || !mi || !se || *h > 23 || *mi > 59 || *se > 59)
        return std::nullopt;
    using namespace std::chrono;
    const year_month_day ymd{year(*y), month(static_cast<unsigned>(*mo)), day(static_cast<unsigned>(*d))};
    if (!ymd.ok())
        return std::nullopt;
    return Timestamp(sys_days(ymd)) + hours(*h) + minutes(*mi) + seconds(*se);
}

} // namespace

TEST(TransferReader, TimestampsParseAsBefore)
{
    std::mt19937 random(3);
    const std::string alphabet = "0123456789:-TZ /\x7f\xff";
    int accepted = 0;
    for (const char* valid : {"2026-05-28T09:15:00Z", "2024-02-29T23:59:59Z", "0000-01-01T00:00:00Z",
                              "9999-12-31T23:59:59Z", "2023-02-29T12:00:00Z", "2026-13-01T00:00:00Z"}) {
        for (int round = 0; round < 3'000; ++round) {
            std::string text = valid;
            if (round > 0)
                text[random() % text.size()] = alphabet[random() % alphabet.size()];
            if (round % 7 == 0 && round > 0) // and digits only, for more dates that are nearly valid
                text[random() % text.size()] = static_cast<char>('0' + random() % 10);
            const auto actual = parseTimestamp(text);
            ASSERT_EQ(actual, referenceParseTimestamp(text)) << text;
            accepted += actual.has_value();
        }
    }
    EXPECT_GT(accepted, 1'000);
}
