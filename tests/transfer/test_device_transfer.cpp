// SPDX-License-Identifier: MIT
// The device side through the workflow: two simulated machines save requests into one file,
// the simulated centre answers, each machine applies exactly its own answers.
#include "TestSupport.h"
#include "TransferTestSupport.h"
#include "licensing/SimulatedLicensing.h"
#include "transfer/DeskAnswers.h"
#include "transfer/DeviceTransfer.h"
#include "transfer/TransferMerge.h"
#include "workflow/ActivationSession.h"

#include <gtest/gtest.h>

using namespace actdesk;
using namespace actdesk::transfer;
using Outcome = ImportEntry::Outcome;

namespace {

class Recorder final : public workflow::WorkflowObserver
{
public:
    std::vector<workflow::WorkflowEvent> events;
    void onWorkflowEvent(const workflow::WorkflowEvent& e) override { events.push_back(e); }
    int count(workflow::Step step) const
    {
        return static_cast<int>(std::count_if(events.begin(), events.end(), [&](const auto& e) { return e.step == step; }));
    }
};

class DeviceTransferTest : public ::testing::Test
{
protected:
    test::TempDir dirA;
    test::TempDir dirB;
    test::FixedClock clock;
    catalog::Catalog cat = catalog::Catalog::builtIn();
    std::unique_ptr<licensing::SimulatedLicensing> a;
    std::unique_ptr<licensing::SimulatedLicensing> b;
    Recorder recorder;
    std::vector<workflow::WorkflowObserver*> observers{&recorder};

    void SetUp() override
    {
        licensing::SimulatedMachineOptions optA;
        optA.name = "PC-A";
        a = licensing::SimulatedLicensing::init(dirA.path(), optA, test::skusFor(cat, OsFamily::Windows7), clock)
                .value();
        clock.advance(std::chrono::seconds(1));
        licensing::SimulatedMachineOptions optB;
        optB.name = "PC-B";
        b = licensing::SimulatedLicensing::init(dirB.path(), optB, test::skusFor(cat, OsFamily::Windows7), clock)
                .value();
        ASSERT_NE(a->state().stableId, b->state().stableId);
    }

    void installKey(licensing::SimulatedLicensing& m, const char* aid, const char* key)
    {
        ASSERT_TRUE(m.installProductKey(ids::ProductKey::parseAscii(key).value(),
                                        ids::ActivationId::parseAscii(aid).value())
                        .ok());
    }
    licensing::LicenseStatus status(licensing::SimulatedLicensing& m, const char* aid)
    {
        return m.licenseStatus(ids::ActivationId::parseAscii(aid).value()).value();
    }
    void answerAll(TransferFile& file)
    {
        for (auto& item : file.items) {
            if (item.status == ItemStatus::Pending) {
                ASSERT_TRUE(answerFromSimulatedCentre(item, toTimestamp(clock.nowUtc())).ok());
            }
        }
    }
};

} // namespace

TEST_F(DeviceTransferTest, TwoMachinesOneFileEachAppliesExactlyItsOwnAnswers)
{
    installKey(*a, test::kWin7Y1, "BCDFG-HJKMP-QRTVW-XY234-6789B");
    installKey(*a, test::kWin7Y2, "BCDFG-HJKMP-QRTVW-XY234-6789C");
    installKey(*b, test::kWin7Y1, "BCDFG-HJKMP-QRTVW-XY234-6789D");

    TransferFile file;
    auto fromA = collectRequests(*a, cat, clock, observers);
    ASSERT_TRUE(fromA.ok());
    EXPECT_EQ(fromA->machine.name, "PC-A");
    EXPECT_TRUE(fromA->simulation);
    ASSERT_EQ(fromA->requests().size(), 2u) << "both unlicensed SKUs with a key; year 3 has none";
    EXPECT_EQ(recorder.count(workflow::Step::InstallationId), 2) << "IIDs come from the workflow";
    mergeRequests(file, fromA->requests());
    auto fromB = collectRequests(*b, cat, clock, observers);
    ASSERT_TRUE(fromB.ok());
    ASSERT_EQ(fromB->requests().size(), 1u);
    mergeRequests(file, fromB->requests());
    ASSERT_EQ(file.items.size(), 3u);
    for (const auto& item : file.items) {
        EXPECT_EQ(item.partialKey.size(), 5u);
        EXPECT_TRUE(item.simulation);
        EXPECT_EQ(item.id, itemIdFor(item.machineId, item.activationId, *item.installationId));
    }
    EXPECT_EQ(file.items[0].program, "win7-esu-y1");
    EXPECT_EQ(file.items[1].program, "win7-esu-y2");

    answerAll(file);

    auto importA = applyAnswers(file, *a, cat, clock, observers);
    ASSERT_TRUE(importA.ok());
    ASSERT_EQ(importA->entries.size(), 2u);
    EXPECT_EQ(importA->entries[0].outcome, Outcome::Applied);
    EXPECT_EQ(importA->entries[1].outcome, Outcome::Applied);
    EXPECT_EQ(importA->otherMachinesItems, 1);
    EXPECT_TRUE(importA->fileChanged);
    EXPECT_EQ(status(*a, test::kWin7Y1), licensing::LicenseStatus::Licensed);
    EXPECT_EQ(status(*a, test::kWin7Y2), licensing::LicenseStatus::Licensed);
    EXPECT_EQ(status(*a, test::kWin7Y3), licensing::LicenseStatus::Unlicensed);
    EXPECT_EQ(file.items[0].status, ItemStatus::Applied);
    EXPECT_TRUE(file.items[0].appliedAt.has_value());
    EXPECT_EQ(file.items[2].status, ItemStatus::Answered) << "the other machine's item is untouched";
    EXPECT_EQ(status(*b, test::kWin7Y1), licensing::LicenseStatus::Unlicensed);

    auto importB = applyAnswers(file, *b, cat, clock, observers);
    ASSERT_TRUE(importB.ok());
    ASSERT_EQ(importB->entries.size(), 1u);
    EXPECT_EQ(importB->entries[0].outcome, Outcome::Applied);
    EXPECT_EQ(importB->otherMachinesItems, 2);
    EXPECT_EQ(status(*b, test::kWin7Y1), licensing::LicenseStatus::Licensed);
    EXPECT_EQ(status(*b, test::kWin7Y2), licensing::LicenseStatus::Unlicensed);
}

TEST_F(DeviceTransferTest, ImportingTwiceDepositsNothingTwice)
{
    installKey(*a, test::kWin7Y1, "BCDFG-HJKMP-QRTVW-XY234-6789B");
    TransferFile file;
    mergeRequests(file, collectRequests(*a, cat, clock, observers)->requests());
    answerAll(file);
    ASSERT_EQ(applyAnswers(file, *a, cat, clock, observers)->entries[0].outcome, Outcome::Applied);
    EXPECT_EQ(recorder.count(workflow::Step::Deposit), 1);

    auto again = applyAnswers(file, *a, cat, clock, observers);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->entries[0].outcome, Outcome::AlreadyLicensed);
    EXPECT_FALSE(again->fileChanged);
    EXPECT_EQ(recorder.count(workflow::Step::Deposit), 1) << "nothing deposited the second time";

    // An earlier import that licensed the product but could not mark the file (read-only
    // stick): the next import marks it without depositing.
    file.items[0].status = ItemStatus::Answered;
    file.items[0].appliedAt.reset();
    auto marking = applyAnswers(file, *a, cat, clock, observers);
    EXPECT_EQ(marking->entries[0].outcome, Outcome::AlreadyLicensed);
    EXPECT_TRUE(marking->fileChanged);
    EXPECT_EQ(file.items[0].status, ItemStatus::Applied);
    EXPECT_EQ(recorder.count(workflow::Step::Deposit), 1);
}

TEST_F(DeviceTransferTest, ACidWhoseIidNoLongerMatchesIsRefused)
{
    installKey(*a, test::kWin7Y1, "BCDFG-HJKMP-QRTVW-XY234-6789B");
    TransferFile file;
    mergeRequests(file, collectRequests(*a, cat, clock, observers)->requests());
    answerAll(file);
    // The key is reinstalled after the request was saved: the IID changes.
    installKey(*a, test::kWin7Y1, "BCDFG-HJKMP-QRTVW-XY234-7777B");
    auto imported = applyAnswers(file, *a, cat, clock, observers);
    ASSERT_TRUE(imported.ok());
    ASSERT_EQ(imported->entries.size(), 1u);
    EXPECT_EQ(imported->entries[0].outcome, Outcome::IidChanged);
    EXPECT_TRUE(imported->entries[0].isProblem());
    EXPECT_NE(imported->entries[0].currentIid, test::digitsOf(file.items[0].installationId));
    EXPECT_EQ(status(*a, test::kWin7Y1), licensing::LicenseStatus::Unlicensed);
    EXPECT_EQ(file.items[0].status, ItemStatus::Answered);
    EXPECT_FALSE(imported->fileChanged);
    EXPECT_EQ(recorder.count(workflow::Step::Deposit), 0);
}

TEST_F(DeviceTransferTest, AnAnswerForAnotherMachineIsNeverApplied)
{
    installKey(*a, test::kWin7Y1, "BCDFG-HJKMP-QRTVW-XY234-6789B");
    installKey(*b, test::kWin7Y1, "BCDFG-HJKMP-QRTVW-XY234-6789B"); // the same MAK on both
    TransferFile file;
    mergeRequests(file, collectRequests(*a, cat, clock, observers)->requests());
    answerAll(file);

    // On B, A's item is skipped.
    auto onB = applyAnswers(file, *b, cat, clock, observers);
    ASSERT_TRUE(onB.ok());
    EXPECT_TRUE(onB->entries.empty());
    EXPECT_EQ(onB->otherMachinesItems, 1);
    EXPECT_EQ(status(*b, test::kWin7Y1), licensing::LicenseStatus::Unlicensed);

    // Someone relabels A's answered item as B's (edits the machine id): B's IID differs, so
    // the CID is refused rather than tried.
    file.items[0].machineId = b->state().stableId;
    auto relabelled = applyAnswers(file, *b, cat, clock, observers);
    ASSERT_EQ(relabelled->entries.size(), 1u);
    EXPECT_EQ(relabelled->entries[0].outcome, Outcome::IidChanged);
    EXPECT_EQ(status(*b, test::kWin7Y1), licensing::LicenseStatus::Unlicensed);
}

TEST_F(DeviceTransferTest, ExplicitProductsReportWhyNothingWasRequested)
{
    installKey(*a, test::kWin7Y1, "BCDFG-HJKMP-QRTVW-XY234-6789B");
    const std::vector<ids::ActivationId> only = {ids::ActivationId::parseAscii(test::kWin7Y1).value(),
                                                 ids::ActivationId::parseAscii(test::kWin7Y3).value(),
                                                 ids::ActivationId::parseAscii("c0a2ea62-12ad-435b-ab4f-c9bfab48dbc4").value()};
    auto report = collectRequests(*a, cat, clock, observers, only);
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->entries.size(), 3u);
    using EO = ExportEntry::Outcome;
    std::map<std::string, EO> byId;
    for (const auto& e : report->entries)
        byId[e.activationId.canonical()] = e.outcome;
    EXPECT_EQ(byId[test::kWin7Y1], EO::Requested);
    EXPECT_EQ(byId[test::kWin7Y3], EO::NoKey);
    EXPECT_EQ(byId["c0a2ea62-12ad-435b-ab4f-c9bfab48dbc4"], EO::NotPresent);
}

TEST_F(DeviceTransferTest, PendingAndFailedItemsAreReportedNotApplied)
{
    installKey(*a, test::kWin7Y1, "BCDFG-HJKMP-QRTVW-XY234-6789B");
    installKey(*a, test::kWin7Y2, "BCDFG-HJKMP-QRTVW-XY234-6789C");
    TransferFile file;
    mergeRequests(file, collectRequests(*a, cat, clock, observers)->requests());
    ASSERT_TRUE(failItem(file.items[1], "0x67 blocked key", "desk", toTimestamp(clock.nowUtc())).ok());
    auto imported = applyAnswers(file, *a, cat, clock, observers);
    ASSERT_EQ(imported->entries.size(), 2u);
    EXPECT_EQ(imported->entries[0].outcome, Outcome::NotAnswered);
    EXPECT_EQ(imported->entries[1].outcome, Outcome::FailedAtDesk);
    EXPECT_EQ(imported->entries[1].reason, "0x67 blocked key");
    EXPECT_FALSE(imported->fileChanged);
}
