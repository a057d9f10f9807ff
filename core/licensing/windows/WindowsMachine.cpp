// SPDX-License-Identifier: MIT
// This machine as Windows describes it (SlcLicensing.h: readWindowsMachine,
// osFamilyForWindowsVersion): the computer name, MachineGuid and OS from the registry and
// RtlGetVersion, the installed servicing packages from the CBS package list. Needs no slc.dll.

#include "licensing/windows/SlcLicensing.h"
#include "licensing/windows/WindowsProcess.h"

#include <optional>
#include <set>
#include <string>
#include <vector>
#include <windows.h>

namespace actdesk::licensing {

using platform::narrow;

namespace {

std::optional<std::string> registryString(HKEY root, const wchar_t* subKey, const wchar_t* name)
{
    HKEY key = nullptr;
    // KEY_WOW64_64KEY: read the 64-bit view even from a 32-bit build (MachineGuid lives there).
    if (RegOpenKeyExW(root, subKey, 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY, &key) != ERROR_SUCCESS)
        return std::nullopt;
    DWORD type = 0;
    DWORD bytes = 0;
    std::optional<std::string> out;
    if (RegQueryValueExW(key, name, nullptr, &type, nullptr, &bytes) == ERROR_SUCCESS &&
        (type == REG_SZ || type == REG_EXPAND_SZ)) {
        std::vector<BYTE> data(bytes + sizeof(wchar_t), 0);
        if (RegQueryValueExW(key, name, nullptr, &type, data.data(), &bytes) == ERROR_SUCCESS)
            out = platform::stringValue(data.data(), bytes);
    }
    RegCloseKey(key);
    return out;
}

// KB numbers of the servicing packages, from the CBS package list: package names look like
// "Package_for_KB4490628~31bf3856ad364e35~amd64~~6.1.1.1" (or "Package_1_for_KB..."). A
// package counts when CBS says it is installed (0x70), permanent (0x80) or superseded (0x50):
// a superseded prerequisite was installed, and its successor carries it.
std::vector<std::string> installedUpdatesFromCbs()
{
    std::set<std::string> kbs;
    HKEY packages = nullptr;
    if (RegOpenKeyExW(HKEY_LOCAL_MACHINE,
                      L"SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\Packages", 0,
                      KEY_ENUMERATE_SUB_KEYS | KEY_QUERY_VALUE | KEY_WOW64_64KEY, &packages) != ERROR_SUCCESS)
        return {};
    for (DWORD index = 0;; ++index) {
        wchar_t name[256];
        DWORD nameLength = 256;
        const LONG rc = RegEnumKeyExW(packages, index, name, &nameLength, nullptr, nullptr, nullptr, nullptr);
        if (rc == ERROR_NO_MORE_ITEMS)
            break;
        if (rc != ERROR_SUCCESS)
            continue;
        const std::wstring package(name, nameLength);
        const auto at = package.find(L"_for_KB");
        if (at == std::wstring::npos)
            continue;
        std::string kb = "KB";
        for (std::size_t i = at + 7; i < package.size() && package[i] >= L'0' && package[i] <= L'9'; ++i)
            kb.push_back(static_cast<char>(package[i]));
        if (kb.size() == 2)
            continue;
        DWORD state = 0;
        DWORD size = sizeof state;
        if (RegGetValueW(packages, name, L"CurrentState", RRF_RT_REG_DWORD, nullptr, &state, &size) !=
            ERROR_SUCCESS)
            continue;
        if (state == 0x50 || state == 0x70 || state == 0x80)
            kbs.insert(kb);
    }
    RegCloseKey(packages);
    return {kbs.begin(), kbs.end()};
}

} // namespace

OsFamily osFamilyForWindowsVersion(unsigned major, unsigned minor, unsigned build, bool server)
{
    if (major == 6 && minor == 0)
        return server ? OsFamily::Server2008 : OsFamily::Unknown; // Vista has no ESU
    if (major == 6 && minor == 1)
        return server ? OsFamily::Server2008R2 : OsFamily::Windows7;
    if (major == 6 && minor == 2)
        return server ? OsFamily::Server2012 : OsFamily::Unknown; // Windows 8
    if (major == 6 && minor == 3)
        return server ? OsFamily::Server2012R2 : OsFamily::Unknown; // Windows 8.1
    // Windows 11 also reports 10.0; it starts at build 22000. Server 2016+ has no ESU here.
    if (major == 10 && minor == 0 && !server && build < 22000)
        return OsFamily::Windows10;
    return OsFamily::Unknown;
}

MachineInfo readWindowsMachine()
{
    MachineInfo info;
    wchar_t name[MAX_COMPUTERNAME_LENGTH + 1];
    DWORD nameLength = MAX_COMPUTERNAME_LENGTH + 1;
    if (GetComputerNameW(name, &nameLength))
        info.name = narrow(std::wstring(name, nameLength));
    info.stableId = registryString(HKEY_LOCAL_MACHINE, L"SOFTWARE\\Microsoft\\Cryptography", L"MachineGuid")
                        .value_or(std::string{});

    // RtlGetVersion tells the truth; GetVersionEx depends on the manifest's supportedOS list.
    using RtlGetVersionFn = LONG(WINAPI*)(OSVERSIONINFOEXW*);
    auto rtlGetVersion = reinterpret_cast<RtlGetVersionFn>(
        reinterpret_cast<void (*)()>(GetProcAddress(GetModuleHandleW(L"ntdll.dll"), "RtlGetVersion")));
    OSVERSIONINFOEXW version{};
    version.dwOSVersionInfoSize = sizeof version;
    if (rtlGetVersion && rtlGetVersion(&version) == 0)
        info.os =
            osFamilyForWindowsVersion(version.dwMajorVersion, version.dwMinorVersion, version.dwBuildNumber,
                                      version.wProductType != VER_NT_WORKSTATION);

    const wchar_t* currentVersion = L"SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion";
    info.osDisplay = registryString(HKEY_LOCAL_MACHINE, currentVersion, L"ProductName").value_or("Windows");
    if (auto display = registryString(HKEY_LOCAL_MACHINE, currentVersion, L"DisplayVersion");
        display && !display->empty())
        info.osDisplay += " " + *display; // "22H2"
    if (auto sp = registryString(HKEY_LOCAL_MACHINE, currentVersion, L"CSDVersion"); sp && !sp->empty())
        info.osDisplay += " " + *sp; // "Service Pack 1"
    info.installedUpdates = installedUpdatesFromCbs();
    return info;
}

} // namespace actdesk::licensing
