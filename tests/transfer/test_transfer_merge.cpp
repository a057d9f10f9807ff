// SPDX-License-Identifier: MIT
// Several machines share one file: appending keeps the others, saving again replaces only
// the machine's own stale items.
#include "TransferTestSupport.h"
#include "transfer/TransferMerge.h"

#include <gtest/gtest.h>

using namespace actdesk;
using namespace actdesk::transfer;
using Kind = MergeAction::Kind;

namespace {

TransferItem answered(TransferItem item)
{
    item.status = ItemStatus::Answered;
    item.confirmationId = test::cidFor(item);
    item.answeredBy = "desk";
    item.answeredAt = item.requestedAt;
    return item;
}

} // namespace

TEST(TransferMerge, AppendingOneMachineKeepsEveryOtherMachinesItems)
{
    TransferFile file;
    mergeRequests(file, {test::request("PC-A", test::kWin7Y1, 1), test::request("PC-A", test::kWin7Y2, 2)});
    file.items[1] = answered(file.items[1]);
    const auto before = file.items;

    auto actions = mergeRequests(file, {test::request("PC-B", test::kWin7Y1, 3)});
    ASSERT_EQ(actions.size(), 1u);
    EXPECT_EQ(actions[0].kind, Kind::Added);
    ASSERT_EQ(file.items.size(), 3u);
    EXPECT_TRUE(file.items[0] == before[0]);
    EXPECT_TRUE(file.items[1] == before[1]);
    EXPECT_EQ(file.items[2].machineName, "PC-B");
}

TEST(TransferMerge, SavingAgainReplacesOnlyThisMachinesStaleItemInPlace)
{
    TransferFile file;
    mergeRequests(file, {test::request("PC-A", test::kWin7Y1, 1), test::request("PC-B", test::kWin7Y1, 2),
                         test::request("PC-A", test::kWin7Y2, 3)});
    file.items[0] = answered(file.items[0]); // answered, but PC-A's key was reinstalled since
    const auto b = file.items[1];
    const auto aYear2 = file.items[2];

    // PC-A asks again for year 1 with a new IID (new key).
    const auto fresh = test::request("PC-A", test::kWin7Y1, 10);
    auto actions = mergeRequests(file, {fresh});
    ASSERT_EQ(actions.size(), 1u);
    EXPECT_EQ(actions[0].kind, Kind::Replaced);
    EXPECT_EQ(actions[0].replaced, std::vector<std::string>{test::request("PC-A", test::kWin7Y1, 1).id});
    ASSERT_EQ(file.items.size(), 3u);
    EXPECT_TRUE(file.items[0] == fresh) << "replaced in place";
    EXPECT_TRUE(file.items[1] == b) << "the other machine's item is untouched";
    EXPECT_TRUE(file.items[2] == aYear2) << "the same machine's other product is untouched";
}

TEST(TransferMerge, TheSameIidAnsweredIsKeptSoTheCidIsNotLost)
{
    TransferFile file;
    mergeRequests(file, {test::request("PC-A", test::kWin7Y1, 1)});
    file.items[0] = answered(file.items[0]);
    const auto kept = file.items[0];
    auto again = test::request("PC-A", test::kWin7Y1, 1);
    again.requestedAt += std::chrono::hours(2);
    auto actions = mergeRequests(file, {again});
    EXPECT_EQ(actions[0].kind, Kind::AlreadyAnswered);
    ASSERT_EQ(file.items.size(), 1u);
    EXPECT_TRUE(file.items[0] == kept);
}

TEST(TransferMerge, TheSamePendingRequestIsKeptAsItWas)
{
    TransferFile file;
    mergeRequests(file, {test::request("PC-A", test::kWin7Y1, 1)});
    const auto first = file.items[0];
    auto again = test::request("PC-A", test::kWin7Y1, 1);
    again.requestedAt += std::chrono::hours(2);
    auto actions = mergeRequests(file, {again});
    EXPECT_EQ(actions[0].kind, Kind::AlreadyPending);
    ASSERT_EQ(file.items.size(), 1u);
    EXPECT_TRUE(file.items[0] == first);
}

TEST(TransferMerge, AFailedItemIsAskedAgain)
{
    TransferFile file;
    mergeRequests(file, {test::request("PC-A", test::kWin7Y1, 1)});
    file.items[0].status = ItemStatus::Failed;
    file.items[0].reason = "line busy";
    file.items[0].answeredBy = "desk";
    file.items[0].answeredAt = file.items[0].requestedAt;
    auto actions = mergeRequests(file, {test::request("PC-A", test::kWin7Y1, 1)});
    EXPECT_EQ(actions[0].kind, Kind::Replaced);
    ASSERT_EQ(file.items.size(), 1u);
    EXPECT_EQ(file.items[0].status, ItemStatus::Pending);
}

TEST(TransferMerge, MachinesAreToldApartByStableIdNotByName)
{
    TransferFile file;
    auto a = test::request("PC-A", test::kWin7Y1, 1);
    mergeRequests(file, {a});
    auto renamed = test::request("PC-A", test::kWin7Y1, 2);
    renamed.machineId = "another-machine-with-the-same-name";
    renamed.id = itemIdFor(renamed.machineId, renamed.activationId, *renamed.installationId);
    auto actions = mergeRequests(file, {renamed});
    EXPECT_EQ(actions[0].kind, Kind::Added);
    EXPECT_EQ(file.items.size(), 2u);
}
