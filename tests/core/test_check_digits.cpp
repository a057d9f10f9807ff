// SPDX-License-Identifier: MIT
#include "ids/CheckDigit.h"
#include "ids/ConfirmationId.h"
#include "ids/InstallationId.h"

#include <gtest/gtest.h>

using namespace actdesk::ids;

// A real 63-digit Windows IID (dadorner-msft/activationws issue #18).
constexpr const char* kRealIid = "2530374-4040511-9108201-4139610-9378684-8722385-3037266-7794905-6629205";

TEST(CheckDigit, MatchesTheWorkedExampleFromTheDocs)
{
    EXPECT_EQ(checkDigitFor("253037"), 4); // 2+2*5+3+2*0+3+2*7 = 32, 32 mod 7 = 4
    EXPECT_EQ(checkDigitFor("404051"), 1);
    EXPECT_TRUE(groupCheckDigitOk("2530374"));
    EXPECT_FALSE(groupCheckDigitOk("2530375"));
}

TEST(CheckDigit, RealInstallationIdPassesEveryGroup)
{
    auto iid = InstallationId::parseAscii(kRealIid);
    ASSERT_TRUE(iid.ok());
    EXPECT_EQ(iid->digits().size(), 63u);
    EXPECT_EQ(iid->groupLength(), 7);
    EXPECT_EQ(iid->grouped(), kRealIid);
}

TEST(CheckDigit, EverySingleDigitChangeInTheCheckPositionIsCaught)
{
    for (char d = '0'; d <= '9'; ++d) {
        std::string group = "253037";
        group.push_back(d);
        EXPECT_EQ(groupCheckDigitOk(group), d == '4') << group;
    }
}

TEST(CheckDigit, CheckDigitsSevenToNineAreNeverValid)
{
    EXPECT_FALSE(groupCheckDigitOk("0000007"));
    EXPECT_FALSE(groupCheckDigitOk("1111118"));
    EXPECT_FALSE(groupCheckDigitOk("9999999"));
}
