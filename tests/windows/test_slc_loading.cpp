// SPDX-License-Identifier: MIT
// Loading slc.dll: only from System32, every function resolved, clear errors otherwise, and
// the session closed when the backend goes away.
#include "licensing/windows/SlcLicensing.h"
#include "support/WinTestSupport.h"

#include <algorithm>
#include <cctype>
#include <gtest/gtest.h>
#include <windows.h>

using namespace actdesk;
using namespace actdesk::licensing;
using namespace actdesk::wintest;

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string identityOf(HMODULE module)
{
    auto fn = reinterpret_cast<fakeslc::IdentityFn>(
        reinterpret_cast<void (*)()>(GetProcAddress(module, "FakeSlcTest_Identity")));
    return fn ? fn() : "";
}

const std::string& system32SlcLower()
{
    static const std::string path = lower((systemDirectory() / "slc.dll").string());
    return path;
}

} // namespace

// The premise of every other test: the prefix's System32 holds the stand-in, and a decoy
// slc.dll sits in the application directory, where the default search order would find it first.
TEST(SlcLoading, TestEnvironmentHasStandInInSystem32AndDecoyInAppDirectory)
{
    HMODULE decoy = LoadLibraryExW((programDirectory() / "slc.dll").wstring().c_str(), nullptr,
                                   LOAD_WITH_ALTERED_SEARCH_PATH);
    ASSERT_NE(decoy, nullptr) << "the decoy slc.dll is missing next to the test program";
    EXPECT_EQ(identityOf(decoy), fakeslc::kDecoyIdentity);
    FreeLibrary(decoy);

    HMODULE system = LoadLibraryExW((systemDirectory() / "slc.dll").wstring().c_str(), nullptr,
                                    LOAD_WITH_ALTERED_SEARCH_PATH);
    ASSERT_NE(system, nullptr);
    EXPECT_EQ(identityOf(system), fakeslc::kIdentity)
        << "System32\\slc.dll is not the stand-in: run the tests through scripts/test-windows.sh";
    FreeLibrary(system);
}

TEST(SlcLoading, LoadsSlcFromSystem32NotFromTheApplicationDirectory)
{
    FakeMachine machine;
    auto backend = SlcLicensing::open();
    ASSERT_TRUE(backend.ok()) << formatHresult(backend.error().code) << " " << backend.error().detail;
    EXPECT_EQ(lower(backend.value()->loadedFrom()), system32SlcLower());
    EXPECT_EQ(identityOf(GetModuleHandleW(L"slc.dll")), fakeslc::kIdentity);
}

// Windows 7 without KB2533623 rejects LOAD_LIBRARY_SEARCH_SYSTEM32; the fallback loads the same
// file by its full System32 path.
TEST(SlcLoading, FullSystem32PathFallbackLoadsTheSameFile)
{
    FakeMachine machine;
    SlcOptions options;
    options.loader = SlcOptions::Loader::FullSystem32Path;
    auto backend = SlcLicensing::open(options);
    ASSERT_TRUE(backend.ok()) << backend.error().detail;
    EXPECT_EQ(lower(backend.value()->loadedFrom()), system32SlcLower());
    EXPECT_EQ(identityOf(GetModuleHandleW(L"slc.dll")), fakeslc::kIdentity);
}

TEST(SlcLoading, MissingFunctionIsBackendUnavailableNamingIt)
{
    FakeMachine machine;
    SlcOptions options;
    options.systemDllName = "slcmiss.dll"; // the stand-in without SLDepositOfflineConfirmationId
    auto backend = SlcLicensing::open(options);
    ASSERT_FALSE(backend.ok());
    EXPECT_TRUE(backend.error().is(SlError::BackendUnavailable));
    EXPECT_NE(backend.error().detail.find("SLDepositOfflineConfirmationId"), std::string::npos)
        << backend.error().detail;
    // Refused before SLOpen: no session was left open in it.
    EXPECT_EQ(GetModuleHandleW(L"slcmiss.dll"), nullptr) << "the refused DLL must be unloaded again";
}

TEST(SlcLoading, MissingDllIsBackendUnavailable)
{
    SlcOptions options;
    options.systemDllName = "actdesk-no-such-slc.dll";
    auto backend = SlcLicensing::open(options);
    ASSERT_FALSE(backend.ok());
    EXPECT_TRUE(backend.error().is(SlError::BackendUnavailable));
    EXPECT_NE(backend.error().detail.find("System32"), std::string::npos) << backend.error().detail;
}

TEST(SlcLoading, RefusesAnythingButAPlainDllName)
{
    for (const char* name : {"..\\bin\\slc.dll", "C:\\windows\\system32\\slc.dll", "sub/slc.dll", ""}) {
        SlcOptions options;
        options.systemDllName = name;
        auto backend = SlcLicensing::open(options);
        ASSERT_FALSE(backend.ok()) << name;
        EXPECT_TRUE(backend.error().is(SlError::BackendUnavailable)) << name;
    }
}

// SLOpen failing (here: the stand-in has no machine, as if the licensing service were disabled)
// keeps Windows' code, which is not one of ours.
TEST(SlcLoading, SlOpenFailureKeepsTheUnknownHresult)
{
    SetEnvironmentVariableW(L"ACTDESK_FAKE_SLC_STATE", nullptr);
    auto backend = SlcLicensing::open();
    ASSERT_FALSE(backend.ok());
    EXPECT_EQ(backend.error().code, 0x80070422u);
    EXPECT_NE(backend.error().detail.find("SLOpen"), std::string::npos);
    EXPECT_NE(backend.error().detail.find("0x80070422"), std::string::npos);
}

TEST(SlcLoading, DestroyingTheBackendClosesTheSession)
{
    FakeMachine machine;
    {
        auto backend = SlcLicensing::open();
        ASSERT_TRUE(backend.ok());
        EXPECT_EQ(fakeCounters().openSessions, 1);
        // The stand-in is loaded by the backend only: the module goes when the backend goes.
    }
    HMODULE slc = LoadLibraryExW(L"slc.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
    ASSERT_NE(slc, nullptr);
    auto counters = reinterpret_cast<fakeslc::CountersFn>(
        reinterpret_cast<void (*)()>(GetProcAddress(slc, "FakeSlcTest_Counters")));
    fakeslc::Counters c;
    counters(&c);
    EXPECT_EQ(c.openSessions, 0);
    FreeLibrary(slc);
}
