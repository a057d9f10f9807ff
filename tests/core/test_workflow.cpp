// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "licensing/SimulatedActivationCentre.h"
#include "licensing/SimulatedLicensing.h"
#include "verbs/TextEntry.h"
#include "workflow/ActivationSession.h"

#include <gtest/gtest.h>

using namespace actdesk;
using namespace actdesk::workflow;

namespace {

class Recorder final : public WorkflowObserver
{
  public:
    std::vector<WorkflowEvent> events;
    void onWorkflowEvent(const WorkflowEvent& e) override { events.push_back(e); }
};

class WorkflowTest : public ::testing::Test
{
  protected:
    test::TempDir dir;
    test::FixedClock clock;
    catalog::Catalog cat = catalog::Catalog::builtIn();
    std::unique_ptr<licensing::SimulatedLicensing> machine;
    Recorder recorder;

    void SetUp() override
    {
        licensing::SimulatedMachineOptions options;
        options.os = OsFamily::Windows7;
        machine = licensing::SimulatedLicensing::init(dir.path(), options,
                                                      test::skusFor(cat, OsFamily::Windows7), clock)
                      .value();
    }
    std::string cidFor(const ids::InstallationId& iid)
    {
        return licensing::SimulatedActivationCentre::confirmationIdFor(iid).grouped(' ');
    }
};

} // namespace

TEST_F(WorkflowTest, FullFlowReportsEveryStepAndNeverTheFullKey)
{
    ActivationSession s(*machine, cat, clock);
    s.addObserver(&recorder);
    auto report = s.checkPrerequisites();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->esuSkusPresent());
    auto next = s.suggestedProgram();
    ASSERT_TRUE(next.has_value());
    EXPECT_EQ(next->key, "win7-esu-y1");
    s.chooseProgram(next->activationId, &*next);
    ASSERT_TRUE(verbs::installProductKey(s, "bcdfg-hjkmp-qrtvw-xy234-6789b").ok());
    auto iid = s.generateInstallationId();
    ASSERT_TRUE(iid.ok());
    ASSERT_TRUE(verbs::enterConfirmationId(s, cidFor(iid.value())).ok());
    ASSERT_TRUE(s.deposit().ok());
    auto status = s.verify();
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(status.value(), licensing::LicenseStatus::Licensed);

    std::vector<Step> steps;
    for (const auto& e : recorder.events) {
        steps.push_back(e.step);
        EXPECT_EQ(e.outcome, Outcome::Succeeded) << stepKey(e.step);
        EXPECT_TRUE(e.simulation);
        EXPECT_EQ(e.detail.find("HJKMP"), std::string::npos);
        EXPECT_EQ(e.partialKey.size() <= 5, true);
    }
    EXPECT_EQ(steps,
              (std::vector<Step>{Step::Prerequisites, Step::Program, Step::ProductKey, Step::InstallationId,
                                 Step::ConfirmationId, Step::Deposit, Step::Verify}));
    const auto& last = recorder.events.back();
    EXPECT_EQ(last.catalogKey, "win7-esu-y1");
    EXPECT_EQ(last.partialKey, "6789B");
    EXPECT_FALSE(last.extendedPid.empty());
    EXPECT_EQ(last.installationId, iid->digits());
    EXPECT_EQ(last.confirmationId.size(), 48u);
    EXPECT_EQ(last.machineName, "SIM-WIN7-01");
}

TEST_F(WorkflowTest, ACidTypoNamesTheGroupAndDepositsNothing)
{
    ActivationSession s(*machine, cat, clock);
    s.addObserver(&recorder);
    s.chooseProgram(cat.find("win7-esu-y1")->activationId);
    ASSERT_TRUE(verbs::installProductKey(s, "BCDFG-HJKMP-QRTVW-XY234-6789B").ok());
    auto iid = s.generateInstallationId().value();
    std::string cid = licensing::SimulatedActivationCentre::confirmationIdFor(iid).digits();
    cid[2 * 6 + 1] = static_cast<char>('0' + (cid[13] - '0' + 1) % 10); // group C
    auto entered = verbs::enterConfirmationId(s, cid);
    ASSERT_FALSE(entered.ok());
    EXPECT_EQ(entered.error().kind, SessionError::Kind::Input);
    EXPECT_EQ(entered.error().input.badGroups, (std::vector<int>{2}));
    EXPECT_EQ(s.deposit().error().kind, SessionError::Kind::OutOfOrder);
    EXPECT_EQ(machine->licenseStatus(cat.find("win7-esu-y1")->activationId).value(),
              licensing::LicenseStatus::Unlicensed);
    EXPECT_EQ(recorder.events.back().outcome, Outcome::Failed);
    EXPECT_EQ(recorder.events.back().step, Step::ConfirmationId);
}

TEST_F(WorkflowTest, GoingBackToANewKeyForgetsTheIidAndCid)
{
    ActivationSession s(*machine, cat, clock);
    s.chooseProgram(cat.find("win7-esu-y1")->activationId);
    ASSERT_TRUE(verbs::installProductKey(s, "BCDFG-HJKMP-QRTVW-XY234-6789B").ok());
    auto iid = s.generateInstallationId().value();
    ASSERT_TRUE(verbs::enterConfirmationId(s, cidFor(iid)).ok());
    ASSERT_TRUE(verbs::installProductKey(s, "BCDFG-HJKMP-QRTVW-XY234-6789C").ok());
    EXPECT_FALSE(s.installationId().has_value());
    EXPECT_FALSE(s.confirmationId().has_value());
    EXPECT_EQ(s.current(), Step::InstallationId);
}

TEST_F(WorkflowTest, ChoosingTheSameProgramAgainKeepsWhatWasTyped)
{
    ActivationSession s(*machine, cat, clock);
    const auto y1 = cat.find("win7-esu-y1")->activationId;
    s.chooseProgram(y1);
    ASSERT_TRUE(verbs::installProductKey(s, "BCDFG-HJKMP-QRTVW-XY234-6789B").ok());
    s.chooseProgram(y1);
    EXPECT_TRUE(s.key().has_value());
    s.chooseProgram(cat.find("win7-esu-y2")->activationId);
    EXPECT_FALSE(s.key().has_value());
}

TEST_F(WorkflowTest, MalformedKeyIsAnInputErrorAndIsNotInstalled)
{
    ActivationSession s(*machine, cat, clock);
    s.addObserver(&recorder);
    s.chooseProgram(cat.find("win7-esu-y1")->activationId);
    auto r = verbs::installProductKey(s, "BCDFG-HJKMP-QRTVW-XY234-6789O");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, SessionError::Kind::Input);
    EXPECT_EQ(r.error().input.kind, ids::IdErrorKind::InvalidCharacter);
    EXPECT_TRUE(machine->esuSkus()->front().partialKey.empty());
}

TEST_F(WorkflowTest, ResumingWithAnInstalledKeyWorksAcrossSessions)
{
    const auto y1 = cat.find("win7-esu-y1")->activationId;
    {
        ActivationSession first(*machine, cat, clock);
        first.chooseProgram(y1);
        ASSERT_TRUE(verbs::installProductKey(first, "BCDFG-HJKMP-QRTVW-XY234-6789B").ok());
    }
    ActivationSession later(*machine, cat, clock);
    later.chooseProgram(y1);
    ASSERT_TRUE(later.useInstalledKey().ok());
    EXPECT_EQ(later.key()->partialKey, "6789B");
    auto iid = later.generateInstallationId().value();
    ASSERT_TRUE(verbs::enterConfirmationId(later, cidFor(iid)).ok());
    ASSERT_TRUE(later.deposit().ok());
    EXPECT_EQ(later.verify().value(), licensing::LicenseStatus::Licensed);
}

TEST_F(WorkflowTest, MissingPrerequisitesAreListedFromTheCatalog)
{
    licensing::SimulatedMachineOptions options;
    options.os = OsFamily::Server2008;
    options.prerequisitesInstalled = false;
    auto bare = licensing::SimulatedLicensing::init(dir.path() / "b", options,
                                                    test::skusFor(cat, OsFamily::Server2008), clock)
                    .value();
    ActivationSession s(*bare, cat, clock);
    auto report = s.checkPrerequisites();
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->esuSkusPresent());
    EXPECT_EQ(report->missingUpdates,
              (std::vector<std::string>{"KB4493730", "KB4474419", "KB4536953", "KB4538484"}));
}

TEST_F(WorkflowTest, AnOverriddenGroupCheckIsJournaledAndTheServiceDecides)
{
    ActivationSession s(*machine, cat, clock);
    s.addObserver(&recorder);
    s.chooseProgram(cat.find("win7-esu-y1")->activationId);
    ASSERT_TRUE(verbs::installProductKey(s, "BCDFG-HJKMP-QRTVW-XY234-6789B").ok());
    auto iid = s.generateInstallationId().value();
    std::string cid = licensing::SimulatedActivationCentre::confirmationIdFor(iid).digits();
    cid[2 * 6 + 1] = static_cast<char>('0' + (cid[13] - '0' + 1) % 10); // group C
    ASSERT_FALSE(verbs::enterConfirmationId(s, cid).ok());

    auto entered = verbs::enterConfirmationIdDespiteCheck(s, cid);
    ASSERT_TRUE(entered.ok());
    EXPECT_EQ(entered->digits(), cid);
    const auto& taken = recorder.events.back();
    EXPECT_EQ(taken.step, Step::ConfirmationId);
    EXPECT_EQ(taken.outcome, Outcome::Succeeded);
    EXPECT_EQ(taken.detail, "group check overridden by the operator: C");
    EXPECT_EQ(taken.confirmationId, cid);

    // The licensing service has the last word, and here it refuses: nothing is licensed.
    auto deposited = s.deposit();
    ASSERT_FALSE(deposited.ok());
    EXPECT_EQ(deposited.error().kind, SessionError::Kind::Licensing);
    EXPECT_EQ(machine->licenseStatus(cat.find("win7-esu-y1")->activationId).value(),
              licensing::LicenseStatus::Unlicensed);
}

TEST_F(WorkflowTest, OverridingTheCheckStillRefusesEveryOtherMistake)
{
    ActivationSession s(*machine, cat, clock);
    s.chooseProgram(cat.find("win7-esu-y1")->activationId);
    ASSERT_TRUE(verbs::installProductKey(s, "BCDFG-HJKMP-QRTVW-XY234-6789B").ok());
    auto iid = s.generateInstallationId().value();
    const std::string cid = licensing::SimulatedActivationCentre::confirmationIdFor(iid).digits();
    auto shortCid = verbs::enterConfirmationIdDespiteCheck(s, cid.substr(0, 47));
    ASSERT_FALSE(shortCid.ok());
    EXPECT_EQ(shortCid.error().input.kind, ids::IdErrorKind::WrongLength);
    // A correct CID goes the ordinary way, with nothing overridden.
    s.addObserver(&recorder);
    ASSERT_TRUE(verbs::enterConfirmationIdDespiteCheck(s, cid).ok());
    EXPECT_TRUE(recorder.events.back().detail.empty());
    ASSERT_TRUE(s.deposit().ok());
}
