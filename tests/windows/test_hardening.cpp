// SPDX-License-Identifier: MIT
// DLL search hardening, in a program of its own: it changes the process for good.
// A DLL planted in the current directory or in a PATH directory loads by bare name before
// hardenDllSearchPath() and never after it.
#include "licensing/windows/WindowsProcess.h"
#include "support/WinTestSupport.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <windows.h>

using namespace actdesk;

TEST(DllHardening, PlantedDllsInCurrentDirectoryAndPathNoLongerLoad)
{
    namespace fs = std::filesystem;
    const fs::path source = wintest::programDirectory() / "slc.dll"; // any DLL will do: the decoy
    ASSERT_TRUE(fs::exists(source));
    const fs::path cwd =
        fs::temp_directory_path() / ("actdesk-planted-cwd-" + std::to_string(GetCurrentProcessId()));
    const fs::path onPath =
        fs::temp_directory_path() / ("actdesk-planted-path-" + std::to_string(GetCurrentProcessId()));
    fs::create_directories(cwd);
    fs::create_directories(onPath);
    fs::copy_file(source, cwd / "actdesk-planted-cwd.dll", fs::copy_options::overwrite_existing);
    fs::copy_file(source, onPath / "actdesk-planted-path.dll", fs::copy_options::overwrite_existing);
    SetCurrentDirectoryW(cwd.wstring().c_str());
    wchar_t oldPath[32767];
    const DWORD n = GetEnvironmentVariableW(L"PATH", oldPath, 32767);
    SetEnvironmentVariableW(L"PATH", (onPath.wstring() + L";" + std::wstring(oldPath, n)).c_str());

    // Before: the default search order finds both.
    HMODULE a = LoadLibraryW(L"actdesk-planted-cwd.dll");
    HMODULE b = LoadLibraryW(L"actdesk-planted-path.dll");
    EXPECT_NE(a, nullptr) << "premise: the current directory is searched by default";
    EXPECT_NE(b, nullptr) << "premise: PATH is searched by default";
    if (a)
        FreeLibrary(a);
    if (b)
        FreeLibrary(b);

    const auto result = platform::hardenDllSearchPath();
    EXPECT_TRUE(result.defaultDirectoriesRestricted);
    EXPECT_TRUE(result.currentDirectoryRemoved);
    EXPECT_TRUE(result.safeSearchMode);
    EXPECT_TRUE(result.failure.empty()) << result.failure;

    EXPECT_EQ(LoadLibraryW(L"actdesk-planted-cwd.dll"), nullptr);
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_MOD_NOT_FOUND));
    EXPECT_EQ(LoadLibraryW(L"actdesk-planted-path.dll"), nullptr);
    // System32 still works.
    HMODULE system = LoadLibraryW(L"version.dll");
    EXPECT_NE(system, nullptr);
    if (system)
        FreeLibrary(system);
    // Calling it again (a second start-up path) is harmless.
    EXPECT_TRUE(platform::hardenDllSearchPath().failure.empty());

    SetCurrentDirectoryW(fs::temp_directory_path().wstring().c_str());
    std::error_code ec;
    fs::remove_all(cwd, ec);
    fs::remove_all(onPath, ec);
}
