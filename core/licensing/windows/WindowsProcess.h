// SPDX-License-Identifier: MIT
#pragma once

// Process-level Windows facts and start-up hardening, as plain C++ (no Windows header), so
// the app's composition root and UI can use them without including <windows.h>.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace actdesk::platform {

// What hardenDllSearchPath() managed to do; each field is false where the OS lacks the API.
struct DllHardening
{
    bool defaultDirectoriesRestricted = false; // SetDefaultDllDirectories(LOAD_LIBRARY_SEARCH_DEFAULT_DIRS)
    bool currentDirectoryRemoved = false;      // SetDllDirectoryW(L"")
    bool safeSearchMode = false;               // SetSearchPathMode(safe | permanent)
    std::string failure;                       // why a step failed, for the log
};

// Call first thing in main(). The tool runs from USB sticks and network shares: a DLL planted
// in the current directory or a PATH directory must never be loaded. After this, LoadLibrary
// by bare name searches only the application directory, added directories and System32.
// Safe to call more than once.
DllHardening hardenDllSearchPath();

enum class Elevation
{
    Elevated,    // full administrator token: may install product keys
    NotElevated, // standard user, or an administrator's filtered (UAC) token
    Unknown,     // the token could not be read
};

// Whether this process runs elevated (TokenElevation). The Device role needs it to install a
// key (SLInstallProofOfPurchase answers 0xC004F025 otherwise); the Desk role never does.
Elevation currentElevation();

namespace detail {
// The same question for any token handle (a Windows HANDLE); for tests, which check both
// answers with the process token and its linked (filtered) token.
Elevation elevationOfToken(void* token);
} // namespace detail

// Starts this program again with the "runas" verb (the UAC prompt) and the given arguments
// (UTF-8; quoted here as CommandLineToArgvW expects). On success the caller should exit.
// Returns an error text (for the log) when the user declined or the start failed.
std::optional<std::string> restartElevated(const std::vector<std::string>& arguments);

// Builds a command line from arguments so that CommandLineToArgvW returns them unchanged.
std::wstring quoteCommandLine(const std::vector<std::string>& arguments);

// "8.0" when running under Wine (ntdll's wine_get_version), nothing on Windows.
std::optional<std::string> wineVersion();

// Console output in UTF-8 (SKU names and paths may be any script). No-op without a console.
void useUtf8Console();

// UTF-8 <-> UTF-16 for the Windows-facing code (invalid input becomes U+FFFD).
std::wstring widen(const std::string& utf8);
std::string narrow(const std::wstring& utf16);
// A REG_SZ-style value as UTF-8: UTF-16, `bytes` long, possibly NUL-terminated (or not).
std::string stringValue(const void* data, std::size_t bytes);

} // namespace actdesk::platform
