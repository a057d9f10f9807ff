// SPDX-License-Identifier: MIT
// actdesk-win.exe end to end (child processes under Wine, the stand-in slc.dll behind them),
// and the Windows resources every program carries: manifest, version information, icon.
#include "licensing/SimulatedActivationCentre.h"
#include "licensing/windows/WindowsProcess.h"
#include "support/WinTestSupport.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <regex>
#include <windows.h>

using namespace actdesk;
using namespace actdesk::wintest;

namespace {

constexpr const char* kKey = "BCDFG-HJKMP-QRTVW-XY234-6789B";

std::filesystem::path actdeskWin()
{
    return programDirectory() / "actdesk-win.exe";
}

// The key, in any of the spellings a log could contain.
void expectNoKey(const ProcessResult& r)
{
    for (const char* part : {"BCDFG", "HJKMP", "QRTVW", "XY234", "BCDFGHJKMP"}) {
        EXPECT_EQ(r.out.find(part), std::string::npos) << "key fragment in stdout: " << part;
        EXPECT_EQ(r.err.find(part), std::string::npos) << "key fragment in stderr: " << part;
    }
}

} // namespace

TEST(ActdeskWin, InstallIidApplyStatusLicensesTheYear)
{
    FakeMachine machine;
    // The key comes on standard input, so it is never on a command line.
    auto installed =
        runProgram(actdeskWin(), {"install-key", "-", "--for", "win7-esu-y1"}, std::string(kKey) + "\n");
    ASSERT_EQ(installed.exitCode, 0u) << installed.out << installed.err;
    EXPECT_NE(installed.out.find("XXXXX-XXXXX-XXXXX-XXXXX-6789B"), std::string::npos) << installed.out;
    EXPECT_NE(installed.out.find("win7-esu-y1"), std::string::npos);
    expectNoKey(installed);

    auto iid = runProgram(actdeskWin(), {"iid", "win7-esu-y1"});
    ASSERT_EQ(iid.exitCode, 0u) << iid.err;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(iid.out, m, std::regex("(\\d{6}-){8}\\d{6}"))) << iid.out;
    const auto shown = ids::InstallationId::parseAscii(m.str()).value();
    EXPECT_EQ(shown, machine.simulator()->generateInstallationId(machine.year(1)).value());

    const auto cid = licensing::SimulatedActivationCentre::confirmationIdFor(shown);
    auto applied =
        runProgram(actdeskWin(), {"apply", cid.grouped('-'), "77db037b-95c3-48d7-a3ab-a9c6d41093e0"});
    ASSERT_EQ(applied.exitCode, 0u) << applied.out << applied.err;
    EXPECT_NE(applied.out.find("License status: Licensed"), std::string::npos) << applied.out;

    auto status = runProgram(actdeskWin(), {"status"});
    ASSERT_EQ(status.exitCode, 0u) << status.err;
    EXPECT_NE(status.out.find("License status: Licensed"), std::string::npos) << status.out;
    EXPECT_NE(status.out.find("XXXXX-XXXXX-XXXXX-XXXXX-6789B"), std::string::npos);
    EXPECT_NE(status.out.find("Client-ESU-Year2"), std::string::npos);
    EXPECT_EQ(status.out.find("stand-in)\n  License status: Licensed\n  Product key"), std::string::npos)
        << "only year 1 may be licensed";
    EXPECT_NE(status.out.find("system32\\slc.dll"), std::string::npos) << status.out;
    expectNoKey(status);
}

TEST(ActdeskWin, MistypedCidNamesTheGroupAndDepositsNothing)
{
    FakeMachine machine;
    ASSERT_EQ(runProgram(actdeskWin(), {"install-key", "-"}, std::string(kKey) + "\n").exitCode, 0u);
    const auto iid = machine.simulator()->generateInstallationId(machine.year(1)).value();
    std::string cid = licensing::SimulatedActivationCentre::confirmationIdFor(iid).digits();
    cid[13] = cid[13] == '9' ? '0' : static_cast<char>(cid[13] + 1); // group C
    auto r = runProgram(actdeskWin(), {"apply", cid, "win7-esu-y1"});
    EXPECT_EQ(r.exitCode, 1u);
    EXPECT_NE(r.err.find("check group C"), std::string::npos) << r.err;
    EXPECT_EQ(machine.simulator()->licenseStatus(machine.year(1)).value(),
              licensing::LicenseStatus::Unlicensed);
}

TEST(ActdeskWin, WindowsErrorsShowTheirCodeAndExitOne)
{
    FakeMachine machine({OsFamily::Windows7, false});
    auto r = runProgram(actdeskWin(), {"install-key", kKey});
    EXPECT_EQ(r.exitCode, 1u);
    EXPECT_NE(r.err.find("0xC004F050"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("preparation package"), std::string::npos) << r.err;
    expectNoKey(r);

    auto status = runProgram(actdeskWin(), {"status"});
    EXPECT_EQ(status.exitCode, 0u);
    EXPECT_NE(status.out.find("No ESU product is present"), std::string::npos) << status.out;
}

TEST(ActdeskWin, NotElevatedKeyInstallSaysToRunAsAdministrator)
{
    FakeMachine machine;
    machine.control({{"elevated", "no"}});
    auto r = runProgram(actdeskWin(), {"install-key", "-"}, std::string(kKey) + "\n");
    EXPECT_EQ(r.exitCode, 1u);
    EXPECT_NE(r.err.find("0xC004F025"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("Run as administrator"), std::string::npos) << r.err;
}

TEST(ActdeskWin, UsageErrorsExitTwo)
{
    EXPECT_EQ(runProgram(actdeskWin(), {}).exitCode, 2u);
    EXPECT_EQ(runProgram(actdeskWin(), {"frobnicate"}).exitCode, 2u);
    EXPECT_EQ(runProgram(actdeskWin(), {"iid"}).exitCode, 2u);
}

// A key typed where a command or an activation ID belongs (e.g. "install-key --for %ID% KEY"
// with %ID% empty) is never echoed back.
TEST(ActdeskWin, AKeyInTheWrongPlaceIsNotEchoed)
{
    const auto unknown = runProgram(actdeskWin(), {kKey});
    EXPECT_EQ(unknown.exitCode, 2u);
    expectNoKey(unknown);
    const auto emptyFor = runProgram(actdeskWin(), {"install-key", "--for", kKey});
    EXPECT_NE(emptyFor.exitCode, 0u);
    expectNoKey(emptyFor);
    EXPECT_NE(emptyFor.err.find("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"), std::string::npos) << emptyFor.err;
}

// ---- resources ----------------------------------------------------------------------------

namespace {

std::string manifestOf(const std::filesystem::path& exe)
{
    HMODULE m = LoadLibraryExW(exe.wstring().c_str(), nullptr,
                               LOAD_LIBRARY_AS_DATAFILE | LOAD_LIBRARY_AS_IMAGE_RESOURCE);
    if (!m)
        return {};
    std::string text;
    if (HRSRC r = FindResourceW(m, MAKEINTRESOURCEW(1), MAKEINTRESOURCEW(24))) {
        HGLOBAL g = LoadResource(m, r);
        text.assign(static_cast<const char*>(LockResource(g)), SizeofResource(m, r));
    }
    FreeLibrary(m);
    return text;
}

std::string versionString(const std::filesystem::path& exe, const wchar_t* name)
{
    DWORD ignored = 0;
    const DWORD size = GetFileVersionInfoSizeW(exe.wstring().c_str(), &ignored);
    if (!size)
        return {};
    std::vector<BYTE> data(size);
    if (!GetFileVersionInfoW(exe.wstring().c_str(), 0, size, data.data()))
        return {};
    wchar_t* value = nullptr;
    UINT length = 0;
    const std::wstring query = std::wstring(L"\\StringFileInfo\\040904B0\\") + name;
    if (!VerQueryValueW(data.data(), query.c_str(), reinterpret_cast<void**>(&value), &length) || !value)
        return {};
    return platform::narrow(value);
}

} // namespace

TEST(WindowsResources, ManifestIsAsInvokerLongPathAwareDpiAwareForWindows7To11)
{
    const std::string manifest = manifestOf(actdeskWin());
    ASSERT_FALSE(manifest.empty()) << "no RT_MANIFEST 1 in actdesk-win.exe";
    EXPECT_NE(manifest.find("level=\"asInvoker\""), std::string::npos);
    EXPECT_NE(manifest.find(">true</longPathAware>"), std::string::npos);
    EXPECT_NE(manifest.find("PerMonitorV2"), std::string::npos);
    EXPECT_NE(manifest.find(">true/pm</dpiAware>"), std::string::npos);
    for (const char* os : {"35138b9a-5d96-4fbd-8e2d-a2440225f93a",  // 7
                           "4a2f28e3-53b9-4441-ba9c-d69d4a4a6e38",  // 8
                           "1f676c76-80e1-4239-95bb-83d0f6d0da78",  // 8.1
                           "8e0f7a12-bfb3-4fe8-b9a5-48fd50a15a9a"}) // 10 / 11
        EXPECT_NE(manifest.find(os), std::string::npos) << os;
}

TEST(WindowsResources, VersionInformationCarriesTheProjectVersion)
{
    EXPECT_EQ(versionString(actdeskWin(), L"ProductVersion"), ACTDESK_VERSION);
    EXPECT_EQ(versionString(actdeskWin(), L"FileVersion"), ACTDESK_VERSION);
    EXPECT_EQ(versionString(actdeskWin(), L"ProductName"), "Activation Desk");
    EXPECT_EQ(versionString(actdeskWin(), L"OriginalFilename"), "actdesk-win.exe");
    auto version = runProgram(actdeskWin(), {"version"});
    EXPECT_NE(version.out.find(std::string("actdesk-win ") + ACTDESK_VERSION), std::string::npos);
}

TEST(WindowsResources, IconHasSmallAndLargeImages)
{
    HMODULE m = LoadLibraryExW(actdeskWin().wstring().c_str(), nullptr,
                               LOAD_LIBRARY_AS_DATAFILE | LOAD_LIBRARY_AS_IMAGE_RESOURCE);
    ASSERT_NE(m, nullptr);
    // RT_GROUP_ICON 1: GRPICONDIR (3 WORDs) + 14-byte entries {width, height, ..., WORD id}.
    HRSRC group = FindResourceW(m, MAKEINTRESOURCEW(1), MAKEINTRESOURCEW(14));
    ASSERT_NE(group, nullptr);
    const auto* dir = static_cast<const BYTE*>(LockResource(LoadResource(m, group)));
    const int count = dir[4] | (dir[5] << 8);
    std::vector<int> widths;
    for (int i = 0; i < count; ++i) {
        const BYTE* entry = dir + 6 + 14 * i;
        widths.push_back(entry[0] == 0 ? 256 : entry[0]);
        const int id = entry[12] | (entry[13] << 8);
        EXPECT_NE(FindResourceW(m, MAKEINTRESOURCEW(id), MAKEINTRESOURCEW(3)), nullptr) << "RT_ICON " << id;
    }
    for (int size : {16, 32, 48, 256})
        EXPECT_NE(std::find(widths.begin(), widths.end(), size), widths.end()) << size;
    FreeLibrary(m);
}
