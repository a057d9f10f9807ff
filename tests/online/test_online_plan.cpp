// SPDX-License-Identifier: MIT
// The online plan (core/online/OnlinePlan.h), shared by `actdesk desk online` and the Desk tab:
// journal reuse, simulated machines kept away from Microsoft only, de-duplication, and the
// remaining-activations questions.
#include "online/OnlinePlan.h"

#include <gtest/gtest.h>

namespace actdesk::online {
namespace {

using Step = PlannedItem::Step;

const QUrl
    kMicrosoft(QStringLiteral("https://activation.sls.microsoft.com/BatchActivation/BatchActivation.asmx"));
const QUrl kTest(QStringLiteral("http://127.0.0.1:8080/BatchActivation/BatchActivation.asmx"));
const std::string kPidA = "03612-03308-000-000001-03-1033-9600.0000-0012024";
const std::string kPidA2 = "03612-03308-000-000001-03-1033-9600.0000-0022024";
const std::string kPidB = "03612-03308-000-000002-03-1033-9600.0000-0012024";

JournalLookup noJournal()
{
    return [](std::size_t) { return std::optional<std::string>(); };
}

TEST(OnlinePlan, ReusesTheJournalsConfirmationIdInsteadOfSending)
{
    const std::vector<PlanItem> items{{"111", kPidA, false}, {"222", kPidA, false}};
    std::vector<std::size_t> asked;
    const auto plan = planOnline(items, kMicrosoft, [&](std::size_t i) -> std::optional<std::string> {
        asked.push_back(i);
        if (i == 0)
            return std::string("123456");
        return std::nullopt;
    });
    EXPECT_EQ(asked, (std::vector<std::size_t>{0, 1}));
    ASSERT_EQ(plan.items.size(), 2u);
    EXPECT_EQ(plan.items[0].step, Step::FromJournal);
    EXPECT_EQ(plan.items[0].confirmationId, "123456");
    EXPECT_EQ(plan.items[0].tag, -1);
    EXPECT_EQ(plan.items[1].step, Step::Send);
    ASSERT_EQ(plan.requests.size(), 1u); // no MAK activation spent on the reused one
    EXPECT_EQ(plan.requests[0].installationId, "222");
    EXPECT_EQ(plan.requests[0].type, RequestType::ConfirmationId);
}

TEST(OnlinePlan, JournalReuseWinsOverTheSimulationRule)
{
    const auto plan = planOnline({{"111", kPidA, true}}, kMicrosoft,
                                 [](std::size_t) { return std::optional<std::string>("42"); });
    EXPECT_EQ(plan.items[0].step, Step::FromJournal);
    EXPECT_TRUE(plan.requests.empty());
}

TEST(OnlinePlan, SimulatedMachinesNeverGoToMicrosoft)
{
    const std::vector<PlanItem> items{{"111", kPidA, true}, {"222", kPidA, false}};
    const auto plan = planOnline(items, kMicrosoft, noJournal());
    EXPECT_EQ(plan.items[0].step, Step::SimulationKeptAway);
    EXPECT_EQ(plan.items[0].tag, -1);
    EXPECT_EQ(plan.items[1].step, Step::Send);
    ASSERT_EQ(plan.requests.size(), 1u);
    EXPECT_EQ(plan.requests[0].installationId, "222");
    // Any host under microsoft.com counts.
    const auto other = planOnline(items, QUrl(QStringLiteral("https://a.b.microsoft.com/x")), noJournal());
    EXPECT_EQ(other.items[0].step, Step::SimulationKeptAway);
}

TEST(OnlinePlan, SimulatedMachinesAreSentToATestEndpoint)
{
    const auto plan = planOnline({{"111", kPidA, true}}, kTest, noJournal());
    EXPECT_EQ(plan.items[0].step, Step::Send);
    ASSERT_EQ(plan.requests.size(), 1u);
    EXPECT_EQ(plan.requests[0].installationId, "111");
}

TEST(OnlinePlan, TheSameIidAndPidShareOneRequest)
{
    const std::vector<PlanItem> items{
        {"111", kPidA, false}, {"111", kPidA, false}, {"111", kPidA2, false}, {"333", kPidA, false}};
    const auto plan = planOnline(items, kTest, noJournal());
    ASSERT_EQ(plan.requests.size(), 3u);
    EXPECT_EQ(plan.items[0].tag, 0);
    EXPECT_EQ(plan.items[1].tag, 0);
    EXPECT_EQ(plan.items[2].tag, 1);
    EXPECT_EQ(plan.items[3].tag, 2);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(plan.requests[i].tag, i);
}

TEST(OnlinePlan, OneRemainingQuestionPerMak)
{
    const auto plan = planOnline(
        {{"1", kPidA, false}, {"2", kPidA2, false}, {"3", kPidB, false}, {"4", "short-pid", false}}, kTest,
        noJournal());
    const auto questions = remainingQuestions(plan.requests);
    ASSERT_EQ(questions.size(), 2u); // the PID without a key part is not asked about
    EXPECT_EQ(keyPartOfExtendedPid(questions[0].extendedPid), keyPartOfExtendedPid(kPidA));
    EXPECT_EQ(questions[0].requests, 2);
    EXPECT_EQ(questions[1].extendedPid, kPidB);
    EXPECT_EQ(questions[1].requests, 1);
    EXPECT_TRUE(tooFewLeft(questions[0], 1));
    EXPECT_FALSE(tooFewLeft(questions[0], 2));
    EXPECT_TRUE(remainingQuestions({}).empty());
}

TEST(OnlinePlan, StepKeys)
{
    EXPECT_STREQ(stepKey(Step::Send), "send");
    EXPECT_STREQ(stepKey(Step::FromJournal), "from-journal");
    EXPECT_STREQ(stepKey(Step::SimulationKeptAway), "simulation-not-sent");
}

} // namespace
} // namespace actdesk::online
