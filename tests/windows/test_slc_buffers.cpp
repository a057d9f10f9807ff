// SPDX-License-Identifier: MIT
// Buffer ownership: every buffer slc.dll hands out is released with LocalFree exactly once,
// on success and on error paths. The stand-in counts what it allocated; the test program's
// import of LocalFree is hooked so the stand-in learns of each release.
#include "licensing/SimulatedActivationCentre.h"
#include "licensing/windows/SlcLicensing.h"
#include "support/WinTestSupport.h"

#include <gtest/gtest.h>

using namespace actdesk;
using namespace actdesk::licensing;
using namespace actdesk::wintest;

namespace {
ids::ProductKey key()
{
    return ids::ProductKey::parseAscii("BCDFG-HJKMP-QRTVW-XY234-6789B").value();
}
} // namespace

TEST(SlcBuffers, EveryBufferOfTheWholeFlowIsFreedExactlyOnce)
{
    installLocalFreeSpy();
    FakeMachine machine;
    auto opened = SlcLicensing::open();
    ASSERT_TRUE(opened.ok());
    auto& backend = *opened.value();
    resetFakeCounters();

    ASSERT_TRUE(backend.esuSkus().ok());
    ASSERT_TRUE(backend.installProductKey(key(), machine.year(1)).ok());
    ASSERT_TRUE(backend.esuSkus().ok()); // now with partial key and DigitalPID2
    const auto iid = backend.generateInstallationId(machine.year(1)).value();
    ASSERT_TRUE(backend
                    .depositConfirmationId(machine.year(1), iid,
                                           SimulatedActivationCentre::confirmationIdFor(iid).digits())
                    .ok());
    ASSERT_EQ(backend.licenseStatus(machine.year(1)).value(), LicenseStatus::Licensed);

    const auto c = fakeCounters();
    // esuSkus: 1 SKU list + per SKU (3) name, description, status, pkey list (none yet) ...
    EXPECT_GE(c.allocations, 20) << "the flow should have received many buffers";
    EXPECT_EQ(c.frees, c.allocations);
    EXPECT_EQ(c.outstanding, 0);
    EXPECT_EQ(c.doubleFrees, 0);
}

// A call that fails after earlier calls returned buffers must still release them.
TEST(SlcBuffers, BuffersAreFreedWhenALaterCallFails)
{
    installLocalFreeSpy();
    FakeMachine machine;
    auto opened = SlcLicensing::open();
    ASSERT_TRUE(opened.ok());
    auto& backend = *opened.value();
    ASSERT_TRUE(backend.installProductKey(key(), machine.year(1)).ok());
    resetFakeCounters();

    machine.control({{"fail.SLGetPKeyInformation", "0xC004F075"}});
    ASSERT_FALSE(backend.esuSkus().ok()); // SKU list, name, description, status, pkey list, then the failure
    const auto c = fakeCounters();
    EXPECT_GE(c.allocations, 5);
    EXPECT_EQ(c.outstanding, 0);
    EXPECT_EQ(c.doubleFrees, 0);
}

TEST(SlcBuffers, InstallationIdStringIsFreedAfterCopying)
{
    installLocalFreeSpy();
    FakeMachine machine;
    auto opened = SlcLicensing::open();
    ASSERT_TRUE(opened.ok());
    ASSERT_TRUE(opened.value()->installProductKey(key(), machine.year(1)).ok());
    resetFakeCounters();
    auto iid = opened.value()->generateInstallationId(machine.year(1));
    ASSERT_TRUE(iid.ok());
    const auto c = fakeCounters();
    EXPECT_EQ(c.allocations, 1);
    EXPECT_EQ(c.frees, 1);
    EXPECT_EQ(iid->digits().size(), 54u); // still readable: copied before the buffer went
}
