// SPDX-License-Identifier: MIT
#include "ids/ActivationId.h"
#include "ids/ConfirmationId.h"
#include "ids/DigitGroups.h"
#include "ids/InstallationId.h"
#include "ids/ProductKey.h"
#include "licensing/SimulatedActivationCentre.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace actdesk;
using namespace actdesk::ids;

namespace {
constexpr const char* kRealIid = "2530374-4040511-9108201-4139610-9378684-8722385-3037266-7794905-6629205";

std::string validCid()
{
    return licensing::simulation::groupedDigitsFromSeed(42, 8, 6);
}

std::string flipDigit(std::string digits, std::size_t index)
{
    // +1 mod 10 is never a multiple of 7 away, so the group check always catches it.
    digits[index] = static_cast<char>('0' + (digits[index] - '0' + 1) % 10);
    return digits;
}
} // namespace

TEST(InstallationId, AcceptsThe54DigitForm)
{
    const auto digits = licensing::simulation::groupedDigitsFromSeed(7, 9, 6);
    auto iid = InstallationId::parseAscii(digits);
    ASSERT_TRUE(iid.ok());
    EXPECT_EQ(iid->groupLength(), 6);
    EXPECT_EQ(iid->groups().size(), 9u);
}

TEST(InstallationId, WrongLengthSaysHowManyDigitsWereFound)
{
    auto iid = InstallationId::parseAscii("2530374-4040511");
    ASSERT_FALSE(iid.ok());
    EXPECT_EQ(iid.error().kind, IdErrorKind::WrongLength);
    EXPECT_EQ(iid.error().found, 14);
    EXPECT_EQ(iid.error().expected, (std::vector<int>{54, 63}));
}

TEST(InstallationId, NamesTheGroupWithTheWrongCheckDigit)
{
    std::string text = kRealIid;
    text[3 * 8 + 2] = text[3 * 8 + 2] == '9' ? '0' : static_cast<char>(text[3 * 8 + 2] + 1); // group 4
    auto iid = InstallationId::parseAscii(text);
    ASSERT_FALSE(iid.ok());
    EXPECT_EQ(iid.error().kind, IdErrorKind::CheckDigit);
    EXPECT_EQ(iid.error().badGroups, (std::vector<int>{3}));
    EXPECT_EQ(groupLabel(IdType::InstallationId, 3), "4");
}

TEST(InstallationId, NamesANonDigitAndItsPosition)
{
    auto iid = InstallationId::parseAscii("2530374-404O511");
    ASSERT_FALSE(iid.ok());
    EXPECT_EQ(iid.error().kind, IdErrorKind::InvalidCharacter);
    EXPECT_EQ(iid.error().character, U'O');
    EXPECT_EQ(iid.error().position, 12);
}

TEST(ConfirmationId, ParsesGroupedAndBare)
{
    const auto digits = validCid();
    auto bare = ConfirmationId::parseAscii(digits);
    ASSERT_TRUE(bare.ok());
    auto grouped = ConfirmationId::parseAscii(bare->grouped(' '));
    ASSERT_TRUE(grouped.ok());
    EXPECT_EQ(grouped->digits(), digits);
    EXPECT_EQ(bare->groups().size(), 8u);
}

TEST(ConfirmationId, EveryGroupTypoIsReportedWithItsLetter)
{
    const auto digits = validCid();
    for (int group = 0; group < 8; ++group) {
        for (int pos = 0; pos < 6; ++pos) {
            auto cid = ConfirmationId::parseAscii(flipDigit(digits, static_cast<std::size_t>(group * 6 + pos)));
            ASSERT_FALSE(cid.ok());
            EXPECT_EQ(cid.error().kind, IdErrorKind::CheckDigit);
            EXPECT_EQ(cid.error().badGroups, (std::vector<int>{group}));
            EXPECT_EQ(groupLabel(IdType::ConfirmationId, group), std::string(1, static_cast<char>('A' + group)));
        }
    }
}

TEST(ConfirmationId, ReportsEveryBadGroup)
{
    auto cid = ConfirmationId::parseAscii(flipDigit(flipDigit(validCid(), 13), 40));
    ASSERT_FALSE(cid.ok());
    EXPECT_EQ(cid.error().badGroups, (std::vector<int>{2, 6}));
}

TEST(ConfirmationId, RejectsAnIidLengthAsWrongLength)
{
    auto cid = ConfirmationId::parseAscii(kRealIid);
    ASSERT_FALSE(cid.ok());
    EXPECT_EQ(cid.error().kind, IdErrorKind::WrongLength);
    EXPECT_EQ(cid.error().found, 63);
}

TEST(ProductKey, NormalisesCaseAndHyphensAndShowsOnlyThePartialKey)
{
    auto key = ProductKey::parseAscii("bcdfg-hjkmp-qrtvw-xy234-6789b");
    ASSERT_TRUE(key.ok());
    EXPECT_EQ(key->partial(), "6789B");
    EXPECT_EQ(key->masked(), "XXXXX-XXXXX-XXXXX-XXXXX-6789B");
    EXPECT_EQ(key->revealForInstall(), "BCDFG-HJKMP-QRTVW-XY234-6789B");
}

TEST(ProductKey, AllowsOneNButNotTwo)
{
    EXPECT_TRUE(ProductKey::parseAscii("NBCDF-GHJKM-PQRTV-WXY23-46789").ok());
    auto two = ProductKey::parseAscii("NBCDF-GHJKM-PQRTV-WXY23-4678N");
    ASSERT_FALSE(two.ok());
    EXPECT_EQ(two.error().kind, IdErrorKind::TooManyN);
    EXPECT_EQ(two.error().position, 29);
}

TEST(ProductKey, RejectsLettersOutsideTheAlphabet)
{
    for (const char* bad : {"ABCDF-GHJKM-PQRTV-WXY23-46789", "BCDFG-HJKMP-QRTVW-XY234-6789O",
                            "BCDFG-HJKMP-QRTVW-XY234-67891", "BCDFG-HJKMP-QRTVW-XY234-67895"}) {
        auto key = ProductKey::parseAscii(bad);
        ASSERT_FALSE(key.ok()) << bad;
        EXPECT_EQ(key.error().kind, IdErrorKind::InvalidCharacter) << bad;
    }
}

TEST(ProductKey, WrongLengthCountsKeyCharacters)
{
    auto key = ProductKey::parseAscii("BCDFG-HJKMP-QRTVW-XY234");
    ASSERT_FALSE(key.ok());
    EXPECT_EQ(key.error().kind, IdErrorKind::WrongLength);
    EXPECT_EQ(key.error().found, 20);
}

TEST(ActivationId, AcceptsEveryCommonSpelling)
{
    const std::string canonical = "77db037b-95c3-48d7-a3ab-a9c6d41093e0";
    for (const char* text : {"77db037b-95c3-48d7-a3ab-a9c6d41093e0", "{77DB037B-95C3-48D7-A3AB-A9C6D41093E0}",
                             "77db037b95c348d7a3aba9c6d41093e0", "  (77db037b-95c3-48d7-a3ab-a9c6d41093e0)\n"}) {
        auto id = ActivationId::parseAscii(text);
        ASSERT_TRUE(id.ok()) << text;
        EXPECT_EQ(id->canonical(), canonical);
    }
    auto id = ActivationId::parseAscii(canonical);
    EXPECT_EQ(id->bytes()[0], 0x77);
    EXPECT_EQ(id->bytes()[15], 0xe0);
}

TEST(ActivationId, RejectsNonHexAndShortIds)
{
    auto bad = ActivationId::parseAscii("77db037g-95c3-48d7-a3ab-a9c6d41093e0");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, IdErrorKind::InvalidCharacter);
    EXPECT_EQ(bad.error().position, 8);
    auto shortId = ActivationId::parseAscii("77db037b-95c3");
    ASSERT_FALSE(shortId.ok());
    EXPECT_EQ(shortId.error().kind, IdErrorKind::WrongLength);
    EXPECT_EQ(shortId.error().found, 12);
}

// parseAscii reads bytes directly (the transfer file reader calls it for every IID, CID and
// activation ID); it must say exactly what parse(widenAscii(...)) says, for good input and
// for every kind of bad input, including bytes above 0x7F.
namespace {
void expectSameError(const IdError& a, const IdError& b, const std::string& input)
{
    SCOPED_TRACE("input: " + input);
    EXPECT_EQ(a.type, b.type);
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(a.found, b.found);
    EXPECT_EQ(a.expected, b.expected);
    EXPECT_EQ(a.character, b.character);
    EXPECT_EQ(a.position, b.position);
    EXPECT_EQ(a.badGroups, b.badGroups);
}

template <typename Id>
void expectAsciiSameAsWidened(const std::string& input)
{
    const auto direct = Id::parseAscii(input);
    const auto widened = Id::parse(widenAscii(input));
    ASSERT_EQ(bool(direct), bool(widened)) << input;
    if (direct)
        EXPECT_TRUE(direct.value() == widened.value()) << input;
    else
        expectSameError(direct.error(), widened.error(), input);
}

std::vector<std::string> asciiSamples(const std::string& valid)
{
    std::vector<std::string> samples = {valid,
                                        "",
                                        " ",
                                        "-",
                                        "\t\r\n",
                                        "12345",
                                        "abc",
                                        "\xC3\xA9",
                                        "\xFF",
                                        "{" + valid + "}",
                                        " " + valid + "\n"};
    std::string bare;
    for (char c : valid)
        if (c != '-')
            bare.push_back(c);
    samples.push_back(bare);
    samples.push_back(bare + "0");
    samples.push_back(bare.substr(1));
    for (std::size_t i = 0; i < valid.size(); i += 5) {
        std::string flipped = valid;
        if (flipped[i] >= '0' && flipped[i] <= '9')
            flipped[i] = static_cast<char>('0' + (flipped[i] - '0' + 1) % 10);
        samples.push_back(flipped);
        std::string foreign = valid;
        foreign[i] = '\xEF'; // a byte of a full-width digit, never a digit here
        samples.push_back(foreign);
        std::string letter = valid;
        letter[i] = 'x';
        samples.push_back(letter);
    }
    return samples;
}
} // namespace

TEST(IdParsers, ParseAsciiSaysExactlyWhatParseOfTheWidenedTextSays)
{
    const std::string iid63 = kRealIid;
    const std::string iid54 = licensing::simulation::groupedDigitsFromSeed(7, 9, 6);
    for (const auto& s : asciiSamples(iid63))
        expectAsciiSameAsWidened<InstallationId>(s);
    for (const auto& s : asciiSamples(iid54))
        expectAsciiSameAsWidened<InstallationId>(s);
    for (const auto& s : asciiSamples(validCid()))
        expectAsciiSameAsWidened<ConfirmationId>(s);
    for (const auto& s : asciiSamples("77db037b-95c3-48d7-a3ab-a9c6d41093e0"))
        expectAsciiSameAsWidened<ActivationId>(s);
    for (const auto& s : {"(77DB037B95C348D7A3ABA9C6D41093E0)", "{77db037b-95c3-48d7-a3ab-a9c6d41093e0",
                          "  {77db037b-95c3-48d7-a3ab-a9c6d41093e0}  ", "77db037b95c348d7a3aba9c6d41093e00"})
        expectAsciiSameAsWidened<ActivationId>(s);
}

TEST(IdParsers, GroupedIsTheDigitsInGroupsOfTheirLength)
{
    auto groupedBy = [](const std::string& digits, std::size_t len, char sep) {
        std::string out;
        for (std::size_t i = 0; i < digits.size(); i += len)
            out += (i ? std::string(1, sep) : std::string()) + digits.substr(i, len);
        return out;
    };
    EXPECT_EQ(InstallationId::parseAscii(kRealIid)->grouped(), kRealIid);
    const auto iid54 = InstallationId::parseAscii(licensing::simulation::groupedDigitsFromSeed(7, 9, 6));
    ASSERT_TRUE(bool(iid54));
    EXPECT_EQ(iid54->digits().size(), 54u);
    EXPECT_EQ(iid54->grouped(' '), groupedBy(iid54->digits(), 6, ' '));
    const auto cid = ConfirmationId::parseAscii(validCid());
    ASSERT_TRUE(bool(cid));
    EXPECT_EQ(cid->grouped(), groupedBy(cid->digits(), 6, '-'));
    EXPECT_EQ(cid->groups().size(), 8u);
}
