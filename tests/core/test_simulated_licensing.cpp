// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "catalog/Catalog.h"
#include "licensing/SimulatedActivationCentre.h"
#include "licensing/SimulatedLicensing.h"

#include <csignal>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <vector>
#ifndef _WIN32
#include <sys/resource.h>
#else
#include <chrono>
#include <thread>
#include <windows.h>
#endif

using namespace actdesk;
using namespace actdesk::licensing;

namespace {

class SimulatedLicensingTest : public ::testing::Test
{
  protected:
    test::TempDir dir;
    test::FixedClock clock;
    catalog::Catalog cat = catalog::Catalog::builtIn();

    std::unique_ptr<SimulatedLicensing> machine(OsFamily os = OsFamily::Windows7, bool prerequisites = true)
    {
        SimulatedMachineOptions options;
        options.name = "LAB-01";
        options.os = os;
        options.prerequisitesInstalled = prerequisites;
        auto m = SimulatedLicensing::init(dir.path(), options, test::skusFor(cat, os), clock);
        EXPECT_TRUE(m.ok());
        return std::move(m).value();
    }
    ids::ActivationId year(int y) const { return cat.find("win7-esu-y" + std::to_string(y))->activationId; }
    static ids::ProductKey key(const char* text = "BCDFG-HJKMP-QRTVW-XY234-6789B")
    {
        return ids::ProductKey::parseAscii(text).value();
    }
};

} // namespace

TEST_F(SimulatedLicensingTest, WholeFlowLicensesOnlyTheChosenYear)
{
    auto m = machine();
    auto installed = m->installProductKey(key(), year(1));
    ASSERT_TRUE(installed.ok());
    EXPECT_EQ(installed->partialKey, "6789B");
    EXPECT_EQ(installed->activationId, year(1));
    EXPECT_NE(installed->extendedPid.find("-03-"), std::string::npos); // volume/MAK channel

    auto iid = m->generateInstallationId(year(1));
    ASSERT_TRUE(iid.ok());
    EXPECT_EQ(iid->digits().size(), 54u); // Windows 7 simulates the 54-digit form
    const auto cid = SimulatedActivationCentre::confirmationIdFor(iid.value());
    ASSERT_TRUE(m->depositConfirmationId(year(1), iid.value(), cid.digits()).ok());

    EXPECT_EQ(m->licenseStatus(year(1)).value(), LicenseStatus::Licensed);
    EXPECT_EQ(m->licenseStatus(year(2)).value(), LicenseStatus::Unlicensed);
    EXPECT_EQ(m->licenseStatus(year(3)).value(), LicenseStatus::Unlicensed);
}

TEST_F(SimulatedLicensingTest, StatePersistsAcrossProcessesAndHoldsNoFullKey)
{
    {
        auto m = machine();
        ASSERT_TRUE(m->installProductKey(key(), year(1)).ok());
    }
    auto reopened = SimulatedLicensing::open(dir.path(), clock);
    ASSERT_TRUE(reopened.ok());
    auto iid = reopened.value()->generateInstallationId(year(1));
    ASSERT_TRUE(iid.ok());

    std::ifstream in(simulated_store::stateFile(dir.path()));
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NE(text.find("6789B"), std::string::npos);
    EXPECT_EQ(text.find("BCDFGHJKMP"), std::string::npos);
    EXPECT_EQ(text.find("BCDFG-HJKMP"), std::string::npos);
}

#ifdef _WIN32
// Another process holding machine.txt for a moment (a scanner, the indexer) with no sharing:
// the machine is still read, and still saved, once the file is free. This was a flake of the
// Wine stress test: "no simulated machine" for a machine that was there.
TEST_F(SimulatedLicensingTest, AFileHeldForAMomentByAnotherProgramIsWaitedFor)
{
    machine();
    const auto file = simulated_store::stateFile(dir.path());
    auto holdFor = [&](std::chrono::milliseconds how) {
        HANDLE held = CreateFileW(file.c_str(), GENERIC_READ, 0, nullptr, OPEN_EXISTING,
                                  FILE_ATTRIBUTE_NORMAL, nullptr);
        EXPECT_NE(held, INVALID_HANDLE_VALUE);
        return std::thread([held, how] {
            std::this_thread::sleep_for(how);
            CloseHandle(held);
        });
    };
    auto release = holdFor(std::chrono::milliseconds(400));
    auto reopened = SimulatedLicensing::open(dir.path(), clock);
    release.join();
    ASSERT_TRUE(reopened.ok()) << reopened.error().detail;

    release = holdFor(std::chrono::milliseconds(400));
    const auto installed = reopened.value()->installProductKey(key(), year(1)); // saves machine.txt
    release.join();
    ASSERT_TRUE(installed.ok()) << installed.error().detail;
    std::ifstream in(file);
    const std::string saved((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NE(saved.find("6789B"), std::string::npos); // the key's install was saved
}
#endif

TEST_F(SimulatedLicensingTest, IidIsDeterministicAndChangesWithTheKey)
{
    auto m = machine();
    ASSERT_TRUE(m->installProductKey(key(), year(1)).ok());
    const auto first = m->generateInstallationId(year(1)).value();
    EXPECT_EQ(m->generateInstallationId(year(1)).value(), first);
    ASSERT_TRUE(m->installProductKey(key("BCDFG-HJKMP-QRTVW-XY234-6789C"), year(1)).ok());
    EXPECT_FALSE(m->generateInstallationId(year(1)).value() == first);
}

TEST_F(SimulatedLicensingTest, Windows10UsesThe63DigitForm)
{
    auto m = machine(OsFamily::Windows10);
    const auto y1 = cat.find("win10-esu-y1")->activationId;
    ASSERT_TRUE(m->installProductKey(key(), y1).ok());
    EXPECT_EQ(m->generateInstallationId(y1)->digits().size(), 63u);
}

TEST_F(SimulatedLicensingTest, MissingPrerequisitesRejectTheKeyWith0xC004F050AndHideTheSkus)
{
    auto m = machine(OsFamily::Windows7, false);
    EXPECT_TRUE(m->esuSkus()->empty());
    auto installed = m->installProductKey(key(), year(1));
    ASSERT_FALSE(installed.ok());
    EXPECT_TRUE(installed.error().is(SlError::InvalidProductKey));
    EXPECT_EQ(installed.error().code, 0xC004F050u);
}

TEST_F(SimulatedLicensingTest, IidWithoutKeyIsPkeyNotInstalled)
{
    auto m = machine();
    auto iid = m->generateInstallationId(year(2));
    ASSERT_FALSE(iid.ok());
    EXPECT_EQ(iid.error().code, 0xC004F014u);
}

TEST_F(SimulatedLicensingTest, UnknownSkuIsMismatchedProductSku)
{
    auto m = machine();
    const auto win10 = cat.find("win10-esu-y1")->activationId; // not on a Windows 7 machine
    EXPECT_EQ(m->generateInstallationId(win10).error().code, 0xC004F069u);
    EXPECT_EQ(m->installProductKey(key(), win10).error().code, 0xC004F069u);
}

TEST_F(SimulatedLicensingTest, DepositRejectsBadCheckDigitsMismatchesAndStaleIids)
{
    auto m = machine();
    ASSERT_TRUE(m->installProductKey(key(), year(1)).ok());
    const auto iid = m->generateInstallationId(year(1)).value();
    std::string cid = SimulatedActivationCentre::confirmationIdFor(iid).digits();

    std::string typo = cid;
    typo[7] = static_cast<char>('0' + (typo[7] - '0' + 1) % 10);
    EXPECT_EQ(m->depositConfirmationId(year(1), iid, typo).error().code, 0xC004F04Du);

    EXPECT_EQ(m->depositConfirmationId(year(1), iid, cid.substr(0, 42)).error().code, 0xC004F02Fu);

    // A well-formed CID for another IID.
    const auto otherIid =
        ids::InstallationId::parseAscii(simulation::groupedDigitsFromSeed(99, 9, 6)).value();
    const auto otherCid = SimulatedActivationCentre::confirmationIdFor(otherIid).digits();
    EXPECT_EQ(m->depositConfirmationId(year(1), iid, otherCid).error().code, 0xC004F031u);

    // The key was reinstalled: the old IID and its CID no longer match.
    ASSERT_TRUE(m->installProductKey(key("BCDFG-HJKMP-QRTVW-XY234-6789C"), year(1)).ok());
    EXPECT_EQ(m->depositConfirmationId(year(1), iid, cid).error().code, 0xC004F031u);
    EXPECT_EQ(m->licenseStatus(year(1)).value(), LicenseStatus::Unlicensed);
}

TEST_F(SimulatedLicensingTest, ANewKeyOnALicensedYearNeedsActivationAgain)
{
    auto m = machine();
    ASSERT_TRUE(m->installProductKey(key(), year(1)).ok());
    const auto iid = m->generateInstallationId(year(1)).value();
    ASSERT_TRUE(
        m->depositConfirmationId(year(1), iid, SimulatedActivationCentre::confirmationIdFor(iid).digits())
            .ok());
    ASSERT_TRUE(m->installProductKey(key("BCDFG-HJKMP-QRTVW-XY234-6789C"), year(1)).ok());
    EXPECT_EQ(m->licenseStatus(year(1)).value(), LicenseStatus::Unlicensed);
}

TEST_F(SimulatedLicensingTest, KeyWithoutAHintGoesToTheFirstUnlicensedYear)
{
    auto m = machine();
    auto installed = m->installProductKey(key(), std::nullopt);
    ASSERT_TRUE(installed.ok());
    EXPECT_EQ(installed->activationId, year(1));
}

TEST_F(SimulatedLicensingTest, ACorruptStateFileIsAnErrorNamingTheLine)
{
    machine();
    std::ofstream(simulated_store::stateFile(dir.path()), std::ios::app) << "garbage line\n";
    auto reopened = SimulatedLicensing::open(dir.path(), clock);
    ASSERT_FALSE(reopened.ok());
    EXPECT_TRUE(reopened.error().is(SlError::BackendUnavailable));
    EXPECT_NE(reopened.error().detail.find("machine.txt:"), std::string::npos);
}

TEST_F(SimulatedLicensingTest, OpeningWithoutAMachineExplainsWhere)
{
    auto reopened = SimulatedLicensing::open(dir.path() / "nothing-here", clock);
    ASSERT_FALSE(reopened.ok());
    EXPECT_NE(reopened.error().detail.find("nothing-here"), std::string::npos);
}

#ifndef _WIN32
namespace {
std::string readText(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}
} // namespace

TEST_F(SimulatedLicensingTest, ASaveCutShortByAFullDiskLeavesNoTemporaryFile)
{
    machine();
    const std::string before = readText(simulated_store::stateFile(dir.path()));
    auto state = simulated_store::load(dir.path());
    ASSERT_TRUE(state.ok());
    Result<void, LicensingError> saved = fail(LicensingError{});
    {
        // A disk with 16 bytes left, for this process only (RLIMIT_FSIZE; SIGXFSZ ignored,
        // so the write fails with EFBIG like ENOSPC would).
        rlimit old{};
        ::getrlimit(RLIMIT_FSIZE, &old);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small{16, old.rlim_max};
        ::setrlimit(RLIMIT_FSIZE, &small);
        saved = simulated_store::save(dir.path(), state.value());
        ::setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);
    }
    ASSERT_FALSE(saved.ok());
    // Said as a full disk, not as a licensing backend that is not there.
    EXPECT_TRUE(saved.error().is(SlError::StateDiskFull)) << formatHresult(saved.error().code);
    EXPECT_EQ(readText(simulated_store::stateFile(dir.path())), before);
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(dir.path()))
        names.push_back(e.path().filename().string());
    EXPECT_EQ(names, std::vector<std::string>{"machine.txt"}) << "no machine.txt.tmp is left behind";
}
#endif

TEST(SimulatedActivationCentre, CidIsWellFormedAndDeterministic)
{
    const auto iid = ids::InstallationId::parseAscii(simulation::groupedDigitsFromSeed(5, 9, 7)).value();
    const auto a = SimulatedActivationCentre::confirmationIdFor(iid);
    EXPECT_EQ(a, SimulatedActivationCentre::confirmationIdFor(iid));
    EXPECT_TRUE(ids::ConfirmationId::parseAscii(a.digits()).ok());
    const auto other = ids::InstallationId::parseAscii(simulation::groupedDigitsFromSeed(6, 9, 7)).value();
    EXPECT_FALSE(a == SimulatedActivationCentre::confirmationIdFor(other));
}
