// SPDX-License-Identifier: MIT
// Facts about the machine and the process: OS family, installed updates, elevation, Wine,
// command-line quoting.
#include "licensing/windows/SlcLicensing.h"
#include "licensing/windows/WindowsProcess.h"
#include "support/WinTestSupport.h"

#include <gtest/gtest.h>

// <windows.h> must come before the other Windows headers.
// clang-format off
#include <windows.h>
#include <shellapi.h>
// clang-format on

#include <algorithm>
#include <cwchar>
#include <filesystem>
#include <fstream>
#include <utility>

using namespace actdesk;
using namespace actdesk::licensing;
using namespace actdesk::wintest;

TEST(OsFamilyMapping, MapsEachEsuWindowsVersionAndNothingElse)
{
    EXPECT_EQ(osFamilyForWindowsVersion(6, 1, 7601, false), OsFamily::Windows7);
    EXPECT_EQ(osFamilyForWindowsVersion(6, 1, 7601, true), OsFamily::Server2008R2);
    EXPECT_EQ(osFamilyForWindowsVersion(6, 0, 6003, true), OsFamily::Server2008);
    EXPECT_EQ(osFamilyForWindowsVersion(6, 2, 9200, true), OsFamily::Server2012);
    EXPECT_EQ(osFamilyForWindowsVersion(6, 3, 9600, true), OsFamily::Server2012R2);
    EXPECT_EQ(osFamilyForWindowsVersion(10, 0, 19045, false), OsFamily::Windows10);
    // No ESU program: Vista, 8, 8.1, 11, Server 2016+.
    EXPECT_EQ(osFamilyForWindowsVersion(6, 0, 6002, false), OsFamily::Unknown);
    EXPECT_EQ(osFamilyForWindowsVersion(6, 2, 9200, false), OsFamily::Unknown);
    EXPECT_EQ(osFamilyForWindowsVersion(6, 3, 9600, false), OsFamily::Unknown);
    EXPECT_EQ(osFamilyForWindowsVersion(10, 0, 22631, false), OsFamily::Unknown);
    EXPECT_EQ(osFamilyForWindowsVersion(10, 0, 17763, true), OsFamily::Unknown);
}

TEST(Machine, ReportsNameMachineGuidAndOsOfThisPrefix)
{
    FakeMachine fake;
    auto backend = SlcLicensing::open();
    ASSERT_TRUE(backend.ok());
    auto info = backend.value()->machine();
    ASSERT_TRUE(info.ok());
    wchar_t name[MAX_COMPUTERNAME_LENGTH + 1];
    DWORD n = MAX_COMPUTERNAME_LENGTH + 1;
    ASSERT_TRUE(GetComputerNameW(name, &n));
    EXPECT_EQ(info->name, platform::narrow(std::wstring(name, n)));
    // wineboot writes a MachineGuid, as Windows setup does: 36 characters, 8-4-4-4-12.
    ASSERT_EQ(info->stableId.size(), 36u) << info->stableId;
    EXPECT_EQ(info->stableId[8], '-');
    // A fresh Wine 8 prefix presents itself as Windows 7 SP1 (6.1.7601, workstation).
    EXPECT_EQ(info->os, OsFamily::Windows7) << info->osDisplay;
    EXPECT_EQ(info->osDisplay, "Microsoft Windows 7 Service Pack 1");
}

// The OS family comes from the version Windows reports (RtlGetVersion), whatever it is: Wine
// can present another version per program (HKCU\Software\Wine\AppDefaults\<exe>\Version).
// A copy of actdesk-win.exe with a name of its own keeps this from affecting other tests.
TEST(Machine, OsFamilyFollowsTheReportedWindowsVersion)
{
    namespace fs = std::filesystem;
    const std::string exeName = "actdesk-win-os-" + std::to_string(GetCurrentProcessId()) + ".exe";
    const fs::path exe = fs::temp_directory_path() / exeName;
    fs::copy_file(programDirectory() / "actdesk-win.exe", exe, fs::copy_options::overwrite_existing);
    const std::wstring key = L"Software\\Wine\\AppDefaults\\" + platform::widen(exeName);
    // Wine's names for the versions; 6.1 is left out because Wine 8 swaps the product types
    // of "win7" and "win2008r2" (the default prefix above covers the 6.1 workstation case).
    const std::pair<const wchar_t*, const char*> cases[] = {
        {L"win10", "[win10]"},
        {L"win2008", "[win2008]"},
        {L"win81", "[unknown (not an ESU operating system)]"},
    };
    for (const auto& [version, expected] : cases) {
        HKEY k = nullptr;
        ASSERT_EQ(RegCreateKeyExW(HKEY_CURRENT_USER, key.c_str(), 0, nullptr, 0, KEY_SET_VALUE, nullptr, &k,
                                  nullptr),
                  ERROR_SUCCESS);
        RegSetValueExW(k, L"Version", 0, REG_SZ, reinterpret_cast<const BYTE*>(version),
                       static_cast<DWORD>((wcslen(version) + 1) * sizeof(wchar_t)));
        RegCloseKey(k);
        const auto r = runProgram(exe, {"status"});
        EXPECT_NE(r.out.find(expected), std::string::npos) << platform::narrow(version) << ":\n" << r.out;
    }
    RegDeleteKeyW(HKEY_CURRENT_USER, key.c_str());
    std::error_code ec;
    fs::remove(exe, ec);
}

// Installed updates come from the servicing stack's package list; staged or pending packages
// do not count, superseded ones do (their successor carries them).
TEST(Machine, InstalledUpdatesAreTheInstalledCbsPackages)
{
    const wchar_t* root =
        L"SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\Packages";
    struct Package
    {
        const wchar_t* name;
        DWORD state;
    };
    const Package packages[] = {
        {L"Package_for_KB4490628~31bf3856ad364e35~amd64~~6.1.1.1", 0x70},   // installed
        {L"Package_1_for_KB4474419~31bf3856ad364e35~amd64~~6.1.3.1", 0x70}, // installed, numbered
        {L"Package_for_KB4536952~31bf3856ad364e35~amd64~~6.1.1.0", 0x50},   // superseded
        {L"Package_for_KB4538483~31bf3856ad364e35~amd64~~6.1.1.0", 0x40},   // staged only
        {L"Package_for_RollupFix~31bf3856ad364e35~amd64~~7601.24544.1.0", 0x70},
    };
    for (const auto& p : packages) {
        HKEY key = nullptr;
        const std::wstring path = std::wstring(root) + L"\\" + p.name;
        ASSERT_EQ(RegCreateKeyExW(HKEY_LOCAL_MACHINE, path.c_str(), 0, nullptr, 0,
                                  KEY_SET_VALUE | KEY_WOW64_64KEY, nullptr, &key, nullptr),
                  ERROR_SUCCESS);
        RegSetValueExW(key, L"CurrentState", 0, REG_DWORD, reinterpret_cast<const BYTE*>(&p.state),
                       sizeof p.state);
        RegCloseKey(key);
    }
    FakeMachine fake;
    auto backend = SlcLicensing::open();
    ASSERT_TRUE(backend.ok());
    auto info = backend.value()->machine();
    for (const auto& p : packages)
        RegDeleteKeyExW(HKEY_LOCAL_MACHINE, (std::wstring(root) + L"\\" + p.name).c_str(), KEY_WOW64_64KEY,
                        0);
    ASSERT_TRUE(info.ok());
    EXPECT_EQ(info->installedUpdates, (std::vector<std::string>{"KB4474419", "KB4490628", "KB4536952"}));
}

// Wine gives a process started by root a full administrator token, and its linked token is the
// filtered (UAC) one: both answers of the elevation check, from real tokens.
TEST(Elevation, FullTokenIsElevatedAndItsFilteredTokenIsNot)
{
    EXPECT_EQ(platform::currentElevation(), platform::Elevation::Elevated);
    HANDLE token = nullptr;
    ASSERT_TRUE(OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token));
    TOKEN_LINKED_TOKEN linked{};
    DWORD size = 0;
    ASSERT_TRUE(GetTokenInformation(token, TokenLinkedToken, &linked, sizeof linked, &size));
    EXPECT_EQ(platform::detail::elevationOfToken(linked.LinkedToken), platform::Elevation::NotElevated);
    EXPECT_EQ(platform::detail::elevationOfToken(nullptr), platform::Elevation::Unknown);
    CloseHandle(linked.LinkedToken);
    CloseHandle(token);
}

TEST(Wine, IsDetected)
{
    // These tests only ever run under Wine; on Windows this would be empty.
    auto v = platform::wineVersion();
    ASSERT_TRUE(v.has_value());
    EXPECT_FALSE(v->empty());
    EXPECT_TRUE(v->front() >= '1' && v->front() <= '9') << *v;
}

// restartElevated passes the arguments through ShellExecuteEx: they must come back unchanged.
TEST(CommandLine, QuotingRoundTripsThroughCommandLineToArgvW)
{
    const std::vector<std::string> args = {"install-key",
                                           "-",
                                           "--for",
                                           "C:\\Program Files\\Activation Desk\\",
                                           "say \"hi\"",
                                           "back\\\\slash\\\"quote",
                                           "",
                                           "tab\there",
                                           "\xe6\x97\xa5\xe6\x9c\xac"};
    const std::wstring line = L"actdesk.exe " + platform::quoteCommandLine(args);
    int argc = 0;
    LPWSTR* argv = CommandLineToArgvW(line.c_str(), &argc);
    ASSERT_NE(argv, nullptr);
    ASSERT_EQ(argc, static_cast<int>(args.size()) + 1);
    for (std::size_t i = 0; i < args.size(); ++i)
        EXPECT_EQ(platform::narrow(argv[i + 1]), args[i]) << i;
    LocalFree(argv);
}

// The Device role's "restart elevated": the program starts again through ShellExecuteEx
// "runas" with the same arguments. (Wine starts it without a UAC prompt; the prompt itself is on
// the verification checklist.)
TEST(RestartElevated, StartsThisProgramAgainWithTheSameArguments)
{
    namespace fs = std::filesystem;
    const fs::path marker =
        fs::temp_directory_path() / ("actdesk-restart-" + std::to_string(GetCurrentProcessId()));
    std::error_code ec;
    fs::remove(marker, ec);
    const std::vector<std::string> args = {"install-key", "-",           "--for", "C:\\Program Files\\x\\",
                                           "a \"b\"",     "\xe6\x97\xa5"};
    std::vector<std::string> probeArgs{"parent", marker.string()};
    probeArgs.insert(probeArgs.end(), args.begin(), args.end());
    const auto r = runProgram(programDirectory() / "restart_probe.exe", probeArgs);
    ASSERT_EQ(r.exitCode, 0u) << r.err;
    for (int i = 0; i < 300 && !fs::exists(marker); ++i)
        Sleep(100);
    ASSERT_TRUE(fs::exists(marker)) << "the restarted program did not run";
    std::ifstream in(marker, std::ios::binary);
    std::vector<std::string> received;
    for (std::string line; std::getline(in, line);)
        received.push_back(line);
    in.close();
    fs::remove(marker, ec);
    EXPECT_EQ(received, args);
}

TEST(Utf16, RoundTripsAnyText)
{
    const std::string text = "ESU \xe5\xb9\xb4 \xf0\x9f\x94\x91 \xc3\xbc";
    const std::wstring wide = platform::widen(text);
    EXPECT_EQ(wide.size(), 10u); // 8 BMP characters + the key emoji as a surrogate pair
    EXPECT_EQ(platform::narrow(wide), text);
}
