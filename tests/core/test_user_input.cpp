// SPDX-License-Identifier: MIT
#include "input/ParseInput.h"
#include "input/UserText.h"
#include "licensing/SimulatedActivationCentre.h"

#include <gtest/gtest.h>

using namespace actdesk;
using namespace actdesk::ids;

namespace {
constexpr const char* kRealIid = "2530374-4040511-9108201-4139610-9378684-8722385-3037266-7794905-6629205";

// ASCII digits -> full-width digits (U+FF10..U+FF19), as a Japanese IME types them.
std::string fullWidth(const std::string& ascii)
{
    std::string out;
    for (char c : ascii) {
        if (c >= '0' && c <= '9') {
            const char32_t cp = 0xFF10 + static_cast<char32_t>(c - '0');
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (c == '-') {
            out += "\xEF\xBC\x8D"; // U+FF0D full-width hyphen-minus
        } else {
            out += c;
        }
    }
    return out;
}
} // namespace

TEST(UserInput, FullWidthDigitsAndIdeographicSpacesFromAnImeParse)
{
    std::string text = fullWidth("2530374") + "\xE3\x80\x80" + fullWidth("4040511-9108201") + "\xE3\x80\x80" +
                       fullWidth("4139610 9378684 8722385 3037266 7794905 6629205");
    auto iid = input::parseInstallationId(text);
    ASSERT_TRUE(iid.ok()) << static_cast<int>(iid.error().kind);
    EXPECT_EQ(iid->grouped(), kRealIid);
}

TEST(UserInput, EveryUnicodeDashAndLineBreakIsASeparator)
{
    const std::string digits = licensing::simulation::groupedDigitsFromSeed(3, 8, 6);
    // en dash, em dash, minus sign, katakana long vowel mark, CRLF, tab, no-break space
    const char* separators[] = {"\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x88\x92", "\xE3\x83\xBC", "\r\n", "\t",
                                "\xC2\xA0"};
    std::string text;
    for (int g = 0; g < 8; ++g) {
        if (g)
            text += separators[(g - 1) % 7];
        text += digits.substr(static_cast<std::size_t>(g * 6), 6);
    }
    auto cid = input::parseConfirmationId(text);
    ASSERT_TRUE(cid.ok());
    EXPECT_EQ(cid->digits(), digits);
}

TEST(UserInput, ANonDigitIsNamedAtItsPositionInTheUsersOwnText)
{
    // full-width "１２Ａ": the A is the third character typed
    auto cid = input::parseConfirmationId("\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\xA1");
    ASSERT_FALSE(cid.ok());
    EXPECT_EQ(cid.error().kind, IdErrorKind::InvalidCharacter);
    EXPECT_EQ(cid.error().position, 3);
    EXPECT_EQ(cid.error().character, U'A'); // folded to what the user can recognise
}

TEST(UserInput, InvalidUtf8IsAnErrorNotACrash)
{
    auto iid = input::parseInstallationId("\xFF\xFE\x31");
    ASSERT_FALSE(iid.ok());
    EXPECT_EQ(iid.error().kind, IdErrorKind::InvalidEncoding);
}

TEST(UserInput, EmptyAndSeparatorOnlyInputIsEmpty)
{
    auto cid = input::parseConfirmationId(" -\xE3\x80\x80- ");
    ASSERT_FALSE(cid.ok());
    EXPECT_EQ(cid.error().kind, IdErrorKind::Empty);
}

TEST(UserInput, FullWidthProductKeyInLowerCase)
{
    // ｂｃｄｆｇ－ｈｊｋｍｐ－ｑｒｔｖｗ－ｘｙ２３４－６７８９ｂ
    std::string text;
    for (char c : std::string("bcdfg-hjkmp-qrtvw-xy234-6789b")) {
        char32_t cp = c == '-' ? 0xFF0D : 0xFF00 + static_cast<char32_t>(c - 0x20);
        text += static_cast<char>(0xE0 | (cp >> 12));
        text += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        text += static_cast<char>(0x80 | (cp & 0x3F));
    }
    auto key = input::parseProductKey(text);
    ASSERT_TRUE(key.ok());
    EXPECT_EQ(key->partial(), "6789B");
}

TEST(UserInput, SingleGroupValidationAsTyped)
{
    EXPECT_TRUE(input::validateIdGroup("253037\xEF\xBC\x94", IdType::InstallationId, 0, 7).ok()); // full-width 4
    auto incomplete = input::validateIdGroup("25303", IdType::InstallationId, 0, 7);
    ASSERT_FALSE(incomplete.ok());
    EXPECT_EQ(incomplete.error().kind, IdErrorKind::IncompleteGroup);
    EXPECT_EQ(incomplete.error().found, 5);
    auto wrong = input::validateIdGroup("2530375", IdType::ConfirmationId, 2, 7);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().kind, IdErrorKind::CheckDigit);
    EXPECT_EQ(wrong.error().badGroups, (std::vector<int>{2}));
}

TEST(UserInput, ActivationIdWithFullWidthBraces)
{
    auto id = input::parseActivationId("\xEF\xBD\x9B" "77DB037B-95C3-48D7-A3AB-A9C6D41093E0" "\xEF\xBD\x9D");
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(id->canonical(), "77db037b-95c3-48d7-a3ab-a9c6d41093e0");
}

TEST(UserInput, CountDigitsDecidesBetweenIidAndCid)
{
    EXPECT_EQ(input::countDigits(kRealIid), 63);
    EXPECT_EQ(input::countDigits(fullWidth("123-456")), 6);
}

// Free text that must never be recorded or echoed: a key in any spelling the key fields accept.
TEST(UserInput, AProductKeyInFreeTextIsFoundInEverySpellingPeopleUse)
{
    for (const char* text : {
             "activation line says key BCDFG-HJKMP-QRTVW-XY234-6789B is blocked",
             "bcdfg-hjkmp-qrtvw-xy234-6789b",
             "BCDFG\xE2\x80\x93HJKMP\xE2\x80\x93QRTVW\xE2\x80\x93XY234\xE2\x80\x93" "6789B", // en dashes
             "BCDFG - HJKMP - QRTVW - XY234 - 6789B",
             "BCDFG  HJKMP  QRTVW  XY234  6789B",
             "BC DFG HJKMP QRTVW XY234 6789B",            // a space inside a group
             "BCDFGHJKMPQRTVWXY2346789B",                 // no separators
             "\xEF\xBC\xA2\xEF\xBC\xA3\xEF\xBC\xA4\xEF\xBC\xA6\xEF\xBC\xA7"            // full width
             "\xE3\x80\x80HJKMP\xE3\x83\xBCQRTVW XY234 6789B", // ideographic space, long-vowel mark
         })
        EXPECT_TRUE(actdesk::input::mentionsProductKey(text)) << text;
}

TEST(UserInput, OrdinaryReasonsNamesAndIdsAreNotMistakenForAKey)
{
    for (const char* text : {
             "caller hung up",
             "PC-BETA",
             "the line said 0xC004C008 twice",
             "BCDFG-HJKMP-QRTVW-XY234",                    // four groups: a partial key at most
             "XXXXX-XXXXX-XXXXX-XXXXX-6789B",              // the masked key the app shows
             "2346789 8496286 9244704 8496286 2346789",    // digits only: an ID, not a key
             "\xFF\xFE not UTF-8",
             "",
         })
        EXPECT_FALSE(actdesk::input::mentionsProductKey(text)) << text;
}

TEST(UserInput, MessagesQuotingTypedTextHideTheKeyAndKeepTheRest)
{
    EXPECT_EQ(actdesk::input::maskProductKeys("unknown command \"BCDFG-HJKMP-QRTVW-XY234-6789B\""),
              "unknown command \"XXXXX-XXXXX-XXXXX-XXXXX-XXXXX\"");
    EXPECT_EQ(actdesk::input::maskProductKeys("key: bcdfg\xE2\x80\x93hjkmp\xE2\x80\x93qrtvw\xE2\x80\x93xy234\xE2\x80\x93" "6789b!"),
              "key: XXXXX\xE2\x80\x93XXXXX\xE2\x80\x93XXXXX\xE2\x80\x93XXXXX\xE2\x80\x93XXXXX!");
    // A key-alphabet letter right next to a key cannot be told apart from it: hidden as well.
    EXPECT_EQ(actdesk::input::maskProductKeys("my BCDFG-HJKMP-QRTVW-XY234-6789B"), "XX XXXXX-XXXXX-XXXXX-XXXXX-XXXXX");
    EXPECT_EQ(actdesk::input::maskProductKeys("PC-BETA: 0xC004C008"), "PC-BETA: 0xC004C008");
    EXPECT_EQ(actdesk::input::maskProductKeys("XXXXX-XXXXX-XXXXX-XXXXX-6789B"), "XXXXX-XXXXX-XXXXX-XXXXX-6789B");
}
