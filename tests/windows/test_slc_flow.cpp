// SPDX-License-Identifier: MIT
// The real SlcLicensing against the stand-in slc.dll: the whole phone-activation flow, SKU
// enumeration, GUID and UTF-16 marshalling, and the answers the simulator gives for the same
// machine.
#include "licensing/SimulatedActivationCentre.h"
#include "licensing/windows/SlcLicensing.h"
#include "support/WinTestSupport.h"

#include <gtest/gtest.h>

using namespace actdesk;
using namespace actdesk::licensing;
using namespace actdesk::wintest;

namespace {

// Made-up keys from the key alphabet (never real ones, not even generic ones).
constexpr const char* kKey = "BCDFG-HJKMP-QRTVW-XY234-6789B";
constexpr const char* kOtherKey = "TWXY2-34678-9BCDF-GHJKM-PQRTV";

ids::ProductKey key(const char* text = kKey)
{
    return ids::ProductKey::parseAscii(text).value();
}

std::unique_ptr<SlcLicensing> openBackend()
{
    auto backend = SlcLicensing::open();
    EXPECT_TRUE(backend.ok()) << (backend.ok() ? "" : backend.error().detail);
    return backend.ok() ? std::move(backend).value() : nullptr;
}

} // namespace

class SlcFlow : public ::testing::TestWithParam<OsFamily>
{
};

TEST_P(SlcFlow, InstallKeyGenerateIidDepositCidAndReadLicensed)
{
    FakeMachine machine({GetParam()});
    auto backend = openBackend();
    ASSERT_TRUE(backend);
    const auto y1 = machine.year(1);

    auto installed = backend->installProductKey(key(), y1);
    ASSERT_TRUE(installed.ok()) << installed.error().detail;
    EXPECT_EQ(installed->activationId, y1);
    EXPECT_EQ(installed->partialKey, "6789B");
    EXPECT_FALSE(installed->extendedPid.empty());
    EXPECT_EQ(backend->licenseStatus(y1).value(), LicenseStatus::Unlicensed);

    auto iid = backend->generateInstallationId(y1);
    ASSERT_TRUE(iid.ok()) << iid.error().detail;
    // Exactly the simulator's IID for the same machine, key and SKU.
    EXPECT_EQ(iid.value(), machine.simulator()->generateInstallationId(y1).value());
    EXPECT_EQ(iid->digits().size(), GetParam() == OsFamily::Windows7 ? 54u : 63u);

    const auto cid = SimulatedActivationCentre::confirmationIdFor(iid.value());
    auto deposited = backend->depositConfirmationId(y1, iid.value(), cid.digits());
    ASSERT_TRUE(deposited.ok()) << formatHresult(deposited.error().code);

    EXPECT_EQ(backend->licenseStatus(y1).value(), LicenseStatus::Licensed);
    EXPECT_EQ(backend->licenseStatus(machine.year(2)).value(), LicenseStatus::Unlicensed);
    // The deposit is the machine's state, not the session's: a new session sees it.
    backend.reset();
    auto again = openBackend();
    ASSERT_TRUE(again);
    EXPECT_EQ(again->licenseStatus(y1).value(), LicenseStatus::Licensed);
    EXPECT_EQ(machine.simulator()->licenseStatus(y1).value(), LicenseStatus::Licensed);
}

INSTANTIATE_TEST_SUITE_P(IidLengths, SlcFlow, ::testing::Values(OsFamily::Windows7, OsFamily::Windows10),
                         [](const auto& p) { return p.param == OsFamily::Windows7 ? "Win7" : "Win10"; });

// The app ID lists the edition SKU too; only the ESU add-ons of the catalog are reported, each
// with the exact GUID (both GUID conversions are independent: ole32 in the stand-in).
TEST(SlcSkus, ListsExactlyTheCatalogEsuSkusWithNamesAndStatus)
{
    FakeMachine machine({OsFamily::Server2008R2});
    auto backend = openBackend();
    ASSERT_TRUE(backend);
    auto skus = backend->esuSkus();
    ASSERT_TRUE(skus.ok()) << skus.error().detail;
    const auto expected = esuSkusFor(builtInCatalog(), OsFamily::Server2008R2);
    ASSERT_EQ(skus->size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(skus.value()[i].activationId, expected[i].activationId);
        EXPECT_EQ(skus.value()[i].name, expected[i].name);
        EXPECT_EQ(skus.value()[i].description, expected[i].description);
        EXPECT_EQ(skus.value()[i].status, LicenseStatus::Unlicensed);
        EXPECT_TRUE(skus.value()[i].partialKey.empty());
        EXPECT_TRUE(skus.value()[i].extendedPid.empty());
    }
}

TEST(SlcSkus, NonAsciiSkuNamesSurviveTheUtf16Api)
{
    const std::string name =
        "Client-ESU-Year1 \xe5\xb9\xb4 1 \xe2\x80\x93 \xc3\xbc \xf0\x9f\x94\x91"; // 年 – ü 🔑
    FakeMachine machine({OsFamily::Windows7, true, name});
    auto backend = openBackend();
    ASSERT_TRUE(backend);
    auto skus = backend->esuSkus();
    ASSERT_TRUE(skus.ok());
    ASSERT_FALSE(skus->empty());
    EXPECT_EQ(skus->front().name, name);
}

TEST(SlcSkus, InstalledKeyShowsPartialKeyAndExtendedPidOfTheSimulator)
{
    FakeMachine machine;
    machine.control({{"key-goes-to", machine.year(2).canonical()}});
    auto backend = openBackend();
    ASSERT_TRUE(backend);
    ASSERT_TRUE(backend->installProductKey(key(), machine.year(2)).ok());
    auto skus = backend->esuSkus();
    ASSERT_TRUE(skus.ok());
    const auto sim = machine.simulator()->esuSkus().value();
    ASSERT_EQ(skus->size(), sim.size());
    for (std::size_t i = 0; i < sim.size(); ++i) {
        EXPECT_EQ(skus.value()[i].partialKey, sim[i].partialKey) << i;
        EXPECT_EQ(skus.value()[i].extendedPid, sim[i].extendedPid) << i;
    }
    EXPECT_EQ(skus.value()[1].partialKey, "6789B");
    EXPECT_TRUE(skus.value()[0].partialKey.empty());
}

// Windows picks the SKU from the key; the result reports where it really went.
TEST(SlcSkus, KeyThatWindowsPutsOnAnotherYearIsReportedThere)
{
    FakeMachine machine;
    machine.control({{"key-goes-to", machine.year(3).canonical()}});
    auto backend = openBackend();
    ASSERT_TRUE(backend);
    auto installed = backend->installProductKey(key(), machine.year(1));
    ASSERT_TRUE(installed.ok());
    EXPECT_EQ(installed->activationId, machine.year(3));
    EXPECT_EQ(installed->partialKey, "6789B");
}

TEST(SlcSkus, KeyForANonEsuSkuIsAnErrorShowingOnlyThePartialKey)
{
    FakeMachine machine;
    machine.control({{"key-goes-to", "edition"}});
    auto backend = openBackend();
    ASSERT_TRUE(backend);
    auto installed = backend->installProductKey(key(), machine.year(1));
    ASSERT_FALSE(installed.ok());
    EXPECT_TRUE(installed.error().is(SlError::MismatchedProductSku));
    EXPECT_NE(installed.error().detail.find("XXXXX-XXXXX-XXXXX-XXXXX-6789B"), std::string::npos);
    EXPECT_EQ(installed.error().detail.find("BCDFG"), std::string::npos) << "the full key leaked";
}

// A new key changes the IID: a CID obtained for the old IID no longer fits (0xC004F031).
TEST(SlcSkus, NewKeyInvalidatesTheOldConfirmationId)
{
    FakeMachine machine;
    auto backend = openBackend();
    ASSERT_TRUE(backend);
    const auto y1 = machine.year(1);
    ASSERT_TRUE(backend->installProductKey(key(), y1).ok());
    const auto oldIid = backend->generateInstallationId(y1).value();
    ASSERT_TRUE(backend->installProductKey(key(kOtherKey), y1).ok());
    const auto newIid = backend->generateInstallationId(y1).value();
    EXPECT_NE(oldIid, newIid);
    const auto oldCid = SimulatedActivationCentre::confirmationIdFor(oldIid);
    auto deposited = backend->depositConfirmationId(y1, newIid, oldCid.digits());
    ASSERT_FALSE(deposited.ok());
    EXPECT_TRUE(deposited.error().is(SlError::CidIidMismatched));
    EXPECT_EQ(backend->licenseStatus(y1).value(), LicenseStatus::Unlicensed);
}
