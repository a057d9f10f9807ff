// SPDX-License-Identifier: MIT
// Every failure of the flow, as slc.dll reports it, reaches the caller with Windows' HRESULT:
// the simulator's failures (mirrored by the stand-in) and injected ones for each SL function.
#include "licensing/SimulatedActivationCentre.h"
#include "licensing/windows/SlcLicensing.h"
#include "support/WinTestSupport.h"

#include <functional>
#include <gtest/gtest.h>
#include <optional>

using namespace actdesk;
using namespace actdesk::licensing;
using namespace actdesk::wintest;

namespace {

ids::ProductKey key()
{
    return ids::ProductKey::parseAscii("BCDFG-HJKMP-QRTVW-XY234-6789B").value();
}

std::unique_ptr<SlcLicensing> openBackend()
{
    auto backend = SlcLicensing::open();
    EXPECT_TRUE(backend.ok()) << (backend.ok() ? "" : backend.error().detail);
    return backend.ok() ? std::move(backend).value() : nullptr;
}

std::string hex(std::uint32_t code)
{
    return formatHresult(code);
}

} // namespace

TEST(SlcErrors, WithoutThePreparationPackageThereIsNoEsuSkuAndKeysAreRejected)
{
    FakeMachine machine({OsFamily::Windows7, false});
    auto backend = openBackend();
    ASSERT_TRUE(backend);
    auto skus = backend->esuSkus();
    ASSERT_TRUE(skus.ok()) << skus.error().detail;
    EXPECT_TRUE(skus->empty()); // the edition SKU under the app ID is not an ESU SKU
    auto installed = backend->installProductKey(key(), machine.year(1));
    ASSERT_FALSE(installed.ok());
    EXPECT_TRUE(installed.error().is(SlError::InvalidProductKey)) << hex(installed.error().code);
    EXPECT_EQ(installed.error().code,
              machine.simulator()->installProductKey(key(), machine.year(1)).error().code);
}

TEST(SlcErrors, InstallationIdWithoutKeyIsPkeyNotInstalled)
{
    FakeMachine machine;
    auto backend = openBackend();
    ASSERT_TRUE(backend);
    auto iid = backend->generateInstallationId(machine.year(1));
    ASSERT_FALSE(iid.ok());
    EXPECT_TRUE(iid.error().is(SlError::PkeyNotInstalled)) << hex(iid.error().code);
    EXPECT_NE(iid.error().detail.find("SLGenerateOfflineInstallationId"), std::string::npos);
}

TEST(SlcErrors, SkuThatIsNotOnTheMachineIsMismatchedProductSku)
{
    FakeMachine machine({OsFamily::Windows7});
    const auto win10 = builtInCatalog().find("win10-esu-y1")->activationId;
    auto backend = openBackend();
    ASSERT_TRUE(backend);
    auto iid = backend->generateInstallationId(win10);
    ASSERT_FALSE(iid.ok());
    EXPECT_TRUE(iid.error().is(SlError::MismatchedProductSku)) << hex(iid.error().code);
    auto status = backend->licenseStatus(win10);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().is(SlError::MismatchedProductSku)) << hex(status.error().code);
}

class SlcDeposit : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        backend = openBackend();
        ASSERT_TRUE(backend);
        ASSERT_TRUE(backend->installProductKey(key(), machine.year(1)).ok());
        iid = backend->generateInstallationId(machine.year(1)).value();
        cid = SimulatedActivationCentre::confirmationIdFor(*iid).digits();
    }
    FakeMachine machine;
    std::unique_ptr<SlcLicensing> backend;
    std::optional<ids::InstallationId> iid;
    std::string cid;
};

TEST_F(SlcDeposit, MistypedCheckDigitIsCidIidInvalidCheckDigits)
{
    std::string typo = cid;
    typo[5] = typo[5] == '9' ? '0' : static_cast<char>(typo[5] + 1); // group A's check digit
    auto r = backend->depositConfirmationId(machine.year(1), *iid, typo);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().is(SlError::CidIidInvalidCheckDigits)) << hex(r.error().code);
    EXPECT_EQ(backend->licenseStatus(machine.year(1)).value(), LicenseStatus::Unlicensed);
}

TEST_F(SlcDeposit, TruncatedCidIsCidIidInvalidDataLength)
{
    auto r = backend->depositConfirmationId(machine.year(1), *iid, cid.substr(0, 42));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().is(SlError::CidIidInvalidDataLength)) << hex(r.error().code);
}

TEST_F(SlcDeposit, CidOfAnotherInstallationIdIsCidIidMismatched)
{
    machine.control({{"key-goes-to", machine.year(2).canonical()}});
    ASSERT_TRUE(backend->installProductKey(key(), machine.year(2)).ok());
    const auto otherIid = backend->generateInstallationId(machine.year(2)).value();
    const auto otherCid = SimulatedActivationCentre::confirmationIdFor(otherIid).digits();
    auto r = backend->depositConfirmationId(machine.year(1), *iid, otherCid);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().is(SlError::CidIidMismatched)) << hex(r.error().code);
}

TEST(SlcErrors, KeyInstallWithoutElevationIsLuaAccessDeniedWithAHint)
{
    FakeMachine machine;
    machine.control({{"elevated", "no"}});
    auto backend = openBackend();
    ASSERT_TRUE(backend);
    auto installed = backend->installProductKey(key(), machine.year(1));
    ASSERT_FALSE(installed.ok());
    EXPECT_TRUE(installed.error().is(SlError::LuaAccessDenied)) << hex(installed.error().code);
    EXPECT_NE(installed.error().detail.find("elevated"), std::string::npos);
    // Nothing was installed.
    EXPECT_TRUE(machine.simulator()->esuSkus().value().front().partialKey.empty());
}

// ---- every HRESULT of the documented table, as SLDepositOfflineConfirmationId returns it --

struct HresultCase
{
    std::uint32_t code;
    std::optional<SlError> known; // the SlError it must compare equal to; none: kept as is
};

class SlcHresults : public ::testing::TestWithParam<HresultCase>
{
};

TEST_P(SlcHresults, KeepsTheCodeAndMatchesTheSlErrorValue)
{
    const auto& param = GetParam();
    FakeMachine machine;
    auto backend = openBackend();
    ASSERT_TRUE(backend);
    ASSERT_TRUE(backend->installProductKey(key(), machine.year(1)).ok());
    const auto iid = backend->generateInstallationId(machine.year(1)).value();
    machine.control({{"fail.SLDepositOfflineConfirmationId", hex(param.code)}});
    auto r = backend->depositConfirmationId(machine.year(1), iid,
                                            SimulatedActivationCentre::confirmationIdFor(iid).digits());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, param.code) << hex(r.error().code);
    EXPECT_NE(r.error().detail.find("SLDepositOfflineConfirmationId"), std::string::npos);
    if (param.known) {
        EXPECT_TRUE(r.error().is(*param.known));
        EXPECT_TRUE(isKnownSlError(r.error().code));
    } else {
        EXPECT_FALSE(isKnownSlError(r.error().code));
        EXPECT_NE(r.error().detail.find(hex(param.code)), std::string::npos) << r.error().detail;
    }
}

INSTANTIATE_TEST_SUITE_P(
    DocumentedTable, SlcHresults,
    ::testing::Values(
        HresultCase{0x80070005, SlError::AccessDenied}, HresultCase{0xC004F025, SlError::LuaAccessDenied},
        HresultCase{0x80070057, SlError::InvalidArgument}, HresultCase{0xC004F002, SlError::RightNotConsumed},
        HresultCase{0xC004F009, SlError::GraceTimeExpired}, HresultCase{0xC004F010, SlError::InvalidPkey},
        HresultCase{0xC004F012, SlError::ValueNotFound}, HresultCase{0xC004F014, SlError::PkeyNotInstalled},
        HresultCase{0xC004F015, SlError::ProductSkuNotInstalled},
        HresultCase{0xC004F016, SlError::NotSupported}, HresultCase{0xC004F02C, SlError::CidIidInvalidData},
        HresultCase{0xC004F02D, SlError::CidIidInvalidVersion},
        HresultCase{0xC004F02E, SlError::CidIidVersionNotSupported},
        HresultCase{0xC004F02F, SlError::CidIidInvalidDataLength},
        HresultCase{0xC004F030, SlError::CidIidNotDeposited},
        HresultCase{0xC004F031, SlError::CidIidMismatched},
        HresultCase{0xC004F04D, SlError::CidIidInvalidCheckDigits},
        HresultCase{0xC004F07E, SlError::CidIidMismatchedPkey},
        HresultCase{0xC004F07F, SlError::CidIidNotBound},
        HresultCase{0xC004F033, SlError::KeyInstallationNotAllowed},
        HresultCase{0xC004F034, SlError::EulNotAvailable},
        HresultCase{0xC004F050, SlError::InvalidProductKey},
        HresultCase{0xC004F051, SlError::BlockedProductKey},
        HresultCase{0xC004F069, SlError::MismatchedProductSku},
        HresultCase{0xC004F07D, SlError::InvalidProductKeyType},
        HresultCase{0xC004F075, SlError::ServiceStopping},
        HresultCase{0xC004E028, SlError::ActivationInProgress}, HresultCase{0xC004F200, SlError::NotGenuine},
        // Activation-server codes of the table (online activation only) and one
        // Win32 code: not ours by name, kept exactly.
        HresultCase{0xC004C003, std::nullopt}, HresultCase{0xC004C004, std::nullopt},
        HresultCase{0xC004C008, std::nullopt}, HresultCase{0xC004C020, std::nullopt},
        HresultCase{0xC004C060, std::nullopt}, HresultCase{0xC004B100, std::nullopt},
        HresultCase{0x80070422, std::nullopt}),
    [](const auto& p) {
        auto name = formatHresult(p.param.code); // "0xC004F050" -> "xC004F050"
        name.erase(0, 1);
        return name;
    });

// ---- each SL function's failure reaches the caller of the operation that made the call ----

struct CallSite
{
    const char* function;
    std::function<std::optional<LicensingError>(SlcLicensing&, const FakeMachine&)> operation;
};

class SlcCallSites : public ::testing::TestWithParam<CallSite>
{
};

template <typename T>
std::optional<LicensingError> errorOf(const Result<T, LicensingError>& r)
{
    if (r.ok())
        return std::nullopt;
    return r.error();
}

TEST_P(SlcCallSites, FailureOfTheFunctionFailsTheOperationWithItsCode)
{
    FakeMachine machine;
    auto backend = openBackend();
    ASSERT_TRUE(backend);
    ASSERT_TRUE(backend->installProductKey(key(), machine.year(1)).ok());
    machine.control({{std::string("fail.") + GetParam().function, "0xC004F075"}});
    const auto error = GetParam().operation(*backend, machine);
    ASSERT_TRUE(error.has_value()) << GetParam().function << " failed but the operation succeeded";
    EXPECT_TRUE(error->is(SlError::ServiceStopping)) << hex(error->code);
    EXPECT_NE(error->detail.find(GetParam().function), std::string::npos) << error->detail;
}

INSTANTIATE_TEST_SUITE_P(
    EachFunction, SlcCallSites,
    ::testing::Values(
        CallSite{"SLGetSLIDList", [](SlcLicensing& b, const FakeMachine&) { return errorOf(b.esuSkus()); }},
        CallSite{"SLGetProductSkuInformation",
                 [](SlcLicensing& b, const FakeMachine&) { return errorOf(b.esuSkus()); }},
        CallSite{"SLGetLicensingStatusInformation",
                 [](SlcLicensing& b, const FakeMachine& m) { return errorOf(b.licenseStatus(m.year(1))); }},
        CallSite{"SLGetPKeyInformation",
                 [](SlcLicensing& b, const FakeMachine&) { return errorOf(b.esuSkus()); }},
        CallSite{"SLInstallProofOfPurchase",
                 [](SlcLicensing& b, const FakeMachine& m) {
                     return errorOf(b.installProductKey(key(), m.year(1)));
                 }},
        CallSite{"SLGenerateOfflineInstallationId",
                 [](SlcLicensing& b, const FakeMachine& m) {
                     return errorOf(b.generateInstallationId(m.year(1)));
                 }},
        CallSite{"SLDepositOfflineConfirmationId",
                 [](SlcLicensing& b, const FakeMachine& m) -> std::optional<LicensingError> {
                     const auto iid = m.simulator()->generateInstallationId(m.year(1)).value();
                     auto r = b.depositConfirmationId(
                         m.year(1), iid, SimulatedActivationCentre::confirmationIdFor(iid).digits());
                     if (r.ok())
                         return std::nullopt;
                     return r.error();
                 }}),
    [](const auto& p) { return std::string(p.param.function); });

TEST(SlcErrors, SlOpenFailureIsReportedWithItsCode)
{
    FakeMachine machine;
    machine.control({{"fail.SLOpen", "0xC004F075"}});
    auto backend = SlcLicensing::open();
    ASSERT_FALSE(backend.ok());
    EXPECT_TRUE(backend.error().is(SlError::ServiceStopping));
    EXPECT_NE(backend.error().detail.find("SLOpen"), std::string::npos);
}
