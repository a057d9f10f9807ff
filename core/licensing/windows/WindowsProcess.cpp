// SPDX-License-Identifier: MIT
#include "licensing/windows/WindowsProcess.h"

// <windows.h> must come before the other Windows headers.
// clang-format off
#include <windows.h>
#include <shellapi.h>
// clang-format on

namespace actdesk::platform {

namespace {

// Windows 7 without KB2533623 lacks SetDefaultDllDirectories, and a static import of it would
// stop the program from starting there: resolve it at run time.
template <typename Fn>
Fn kernel32Function(const char* name)
{
    HMODULE k32 = GetModuleHandleW(L"kernel32.dll");
    if (!k32)
        return nullptr;
    // Through void(*)() so GCC's -Wcast-function-type accepts the conversion from FARPROC.
    return reinterpret_cast<Fn>(reinterpret_cast<void (*)()>(GetProcAddress(k32, name)));
}

std::string lastErrorText(const char* what)
{
    return std::string(what) + " failed (error " + std::to_string(GetLastError()) + ")";
}

} // namespace

DllHardening hardenDllSearchPath()
{
    DllHardening result;
    using SetDefaultDllDirectoriesFn = BOOL(WINAPI*)(DWORD);
    using SetSearchPathModeFn = BOOL(WINAPI*)(DWORD);

    // DEFAULT_DIRS = application directory + AddDllDirectory dirs + System32. The current
    // directory and PATH drop out: those are where a planted DLL would sit. The application
    // directory stays because the app's own DLLs (Qt) live there; whoever can write there can
    // replace the .exe anyway.
    if (auto set = kernel32Function<SetDefaultDllDirectoriesFn>("SetDefaultDllDirectories")) {
        result.defaultDirectoriesRestricted = set(LOAD_LIBRARY_SEARCH_DEFAULT_DIRS) != FALSE;
        if (!result.defaultDirectoriesRestricted)
            result.failure = lastErrorText("SetDefaultDllDirectories");
    }
    // Also for the legacy search (and for Windows 7 without the update above): removes the
    // current directory from LoadLibrary's search order.
    result.currentDirectoryRemoved = SetDllDirectoryW(L"") != FALSE;
    if (!result.currentDirectoryRemoved && result.failure.empty())
        result.failure = lastErrorText("SetDllDirectoryW");
    // SearchPathW (used by some APIs to find executables) looks in the current directory last.
    if (auto mode = kernel32Function<SetSearchPathModeFn>("SetSearchPathMode")) {
        constexpr DWORD kSafe = 0x00000001 /* BASE_SEARCH_PATH_ENABLE_SAFE_SEARCHMODE */ |
                                0x00008000 /* BASE_SEARCH_PATH_PERMANENT */;
        result.safeSearchMode = mode(kSafe) != FALSE;
        // A second call fails with ERROR_ACCESS_DENIED because the mode is permanent: that is
        // the state we wanted, so it is not an error.
        if (!result.safeSearchMode && GetLastError() == ERROR_ACCESS_DENIED)
            result.safeSearchMode = true;
    }
    return result;
}

namespace detail {

Elevation elevationOfToken(void* token)
{
    TOKEN_ELEVATION elevation{};
    DWORD size = 0;
    if (!GetTokenInformation(static_cast<HANDLE>(token), TokenElevation, &elevation, sizeof elevation, &size))
        return Elevation::Unknown;
    return elevation.TokenIsElevated ? Elevation::Elevated : Elevation::NotElevated;
}

} // namespace detail

Elevation currentElevation()
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return Elevation::Unknown;
    const Elevation e = detail::elevationOfToken(token);
    CloseHandle(token);
    return e;
}

std::wstring quoteCommandLine(const std::vector<std::string>& arguments)
{
    // The inverse of CommandLineToArgvW: backslashes are literal unless they precede a quote,
    // so 2n backslashes + quote encode n backslashes and a quote ends the argument, and
    // 2n+1 backslashes + quote encode n backslashes and a literal quote.
    std::wstring line;
    for (const auto& utf8 : arguments) {
        const std::wstring arg = widen(utf8);
        if (!line.empty())
            line.push_back(L' ');
        if (!arg.empty() && arg.find_first_of(L" \t\n\v\"") == std::wstring::npos) {
            line += arg;
            continue;
        }
        line.push_back(L'"');
        std::size_t backslashes = 0;
        for (wchar_t c : arg) {
            if (c == L'\\') {
                ++backslashes;
                continue;
            }
            if (c == L'"')
                line.append(backslashes * 2 + 1, L'\\');
            else
                line.append(backslashes, L'\\');
            backslashes = 0;
            line.push_back(c);
        }
        line.append(backslashes * 2, L'\\');
        line.push_back(L'"');
    }
    return line;
}

std::optional<std::string> restartElevated(const std::vector<std::string>& arguments)
{
    std::wstring exe(MAX_PATH, L'\0');
    for (;;) {
        const DWORD n = GetModuleFileNameW(nullptr, exe.data(), static_cast<DWORD>(exe.size()));
        if (n == 0)
            return lastErrorText("GetModuleFileNameW");
        if (n < exe.size()) {
            exe.resize(n);
            break;
        }
        exe.resize(exe.size() * 2); // long path (the manifest declares longPathAware)
    }
    const std::wstring parameters = quoteCommandLine(arguments);
    SHELLEXECUTEINFOW info{};
    info.cbSize = sizeof info;
    info.fMask = SEE_MASK_NOASYNC;
    info.lpVerb = L"runas";
    info.lpFile = exe.c_str();
    info.lpParameters = parameters.c_str();
    info.nShow = SW_SHOWNORMAL;
    if (!ShellExecuteExW(&info)) {
        if (GetLastError() == ERROR_CANCELLED)
            return std::string("the user declined the elevation prompt");
        return lastErrorText("ShellExecuteExW(runas)");
    }
    return std::nullopt;
}

std::optional<std::string> wineVersion()
{
    HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    if (!ntdll)
        return std::nullopt;
    using WineGetVersionFn = const char*(CDECL*)();
    auto fn = reinterpret_cast<WineGetVersionFn>(
        reinterpret_cast<void (*)()>(GetProcAddress(ntdll, "wine_get_version")));
    if (!fn)
        return std::nullopt;
    const char* v = fn();
    return std::string(v ? v : "");
}

void useUtf8Console()
{
    SetConsoleOutputCP(CP_UTF8);
}

std::wstring widen(const std::string& utf8)
{
    if (utf8.empty())
        return {};
    const int n = MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), nullptr, 0);
    std::wstring out(static_cast<std::size_t>(n), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), out.data(), n);
    return out;
}

std::string narrow(const std::wstring& utf16)
{
    if (utf16.empty())
        return {};
    const int n = WideCharToMultiByte(CP_UTF8, 0, utf16.data(), static_cast<int>(utf16.size()), nullptr, 0,
                                      nullptr, nullptr);
    std::string out(static_cast<std::size_t>(n), '\0');
    WideCharToMultiByte(CP_UTF8, 0, utf16.data(), static_cast<int>(utf16.size()), out.data(), n, nullptr,
                        nullptr);
    return out;
}

std::string stringValue(const void* data, std::size_t bytes)
{
    if (!data || bytes < sizeof(wchar_t))
        return {};
    std::wstring w(static_cast<const wchar_t*>(data), bytes / sizeof(wchar_t));
    const auto nul = w.find(L'\0');
    if (nul != std::wstring::npos)
        w.resize(nul);
    return narrow(w);
}

} // namespace actdesk::platform
