// SPDX-License-Identifier: MIT
#include "WinTestSupport.h"

#include "licensing/windows/WindowsProcess.h"

#include <atomic>
#include <cstring>
#include <fstream>
#include <random>
#include <stdexcept>
#include <thread>
#include <windows.h>

namespace actdesk::wintest {

namespace {

class FixedClock final : public Clock
{
  public:
    std::chrono::system_clock::time_point nowUtc() const override
    {
        return std::chrono::system_clock::time_point(std::chrono::seconds(1'780'000'000));
    }
};

using LocalFreeFn = HLOCAL(WINAPI*)(HLOCAL);
LocalFreeFn g_realLocalFree = nullptr;

HLOCAL WINAPI spyLocalFree(HLOCAL p)
{
    // Tell the stand-in before the memory is released (and can be handed out again).
    if (HMODULE slc = GetModuleHandleW(L"slc.dll")) {
        auto note = reinterpret_cast<fakeslc::NoteLocalFreeFn>(
            reinterpret_cast<void (*)()>(GetProcAddress(slc, "FakeSlcTest_NoteLocalFree")));
        if (note)
            note(p);
    }
    return g_realLocalFree(p);
}

// Replaces this executable's import of kernel32!LocalFree (its IAT slot), so every LocalFree
// the statically linked SlcLicensing makes goes through spyLocalFree.
bool hookLocalFree()
{
    auto* base = reinterpret_cast<BYTE*>(GetModuleHandleW(nullptr));
    const auto* dos = reinterpret_cast<const IMAGE_DOS_HEADER*>(base);
    const auto* nt = reinterpret_cast<const IMAGE_NT_HEADERS*>(base + dos->e_lfanew);
    const auto& dir = nt->OptionalHeader.DataDirectory[IMAGE_DIRECTORY_ENTRY_IMPORT];
    for (auto* imp = reinterpret_cast<IMAGE_IMPORT_DESCRIPTOR*>(base + dir.VirtualAddress); imp->Name;
         ++imp) {
        if (_stricmp(reinterpret_cast<const char*>(base + imp->Name), "kernel32.dll") != 0)
            continue;
        auto* names = reinterpret_cast<IMAGE_THUNK_DATA*>(
            base + (imp->OriginalFirstThunk ? imp->OriginalFirstThunk : imp->FirstThunk));
        auto* slots = reinterpret_cast<IMAGE_THUNK_DATA*>(base + imp->FirstThunk);
        for (; names->u1.AddressOfData; ++names, ++slots) {
            if (IMAGE_SNAP_BY_ORDINAL(names->u1.Ordinal))
                continue;
            const auto* byName =
                reinterpret_cast<const IMAGE_IMPORT_BY_NAME*>(base + names->u1.AddressOfData);
            if (std::strcmp(reinterpret_cast<const char*>(byName->Name), "LocalFree") != 0)
                continue;
            DWORD old = 0;
            VirtualProtect(&slots->u1.Function, sizeof(void*), PAGE_READWRITE, &old);
            g_realLocalFree = reinterpret_cast<LocalFreeFn>(slots->u1.Function);
            slots->u1.Function = reinterpret_cast<ULONG_PTR>(&spyLocalFree);
            VirtualProtect(&slots->u1.Function, sizeof(void*), old, &old);
            return true;
        }
    }
    return false;
}

template <typename Fn>
Fn fakeExport(const char* name)
{
    HMODULE slc = GetModuleHandleW(L"slc.dll");
    if (!slc)
        return nullptr;
    return reinterpret_cast<Fn>(reinterpret_cast<void (*)()>(GetProcAddress(slc, name)));
}

std::string readAll(HANDLE pipe)
{
    std::string out;
    char buf[4096];
    DWORD n = 0;
    while (ReadFile(pipe, buf, sizeof buf, &n, nullptr) && n > 0)
        out.append(buf, n);
    return out;
}

} // namespace

std::vector<licensing::SimulatedSkuDefinition> esuSkusFor(const catalog::Catalog& catalog, OsFamily os)
{
    const bool client = os == OsFamily::Windows7 || os == OsFamily::Windows10;
    std::vector<licensing::SimulatedSkuDefinition> out;
    for (const auto& e : catalog.forOs(os))
        out.push_back({e.activationId,
                       std::string(client ? "Client" : "Server") + "-ESU-Year" + std::to_string(e.year),
                       e.name + " Year " + std::to_string(e.year) + " (stand-in)"});
    return out;
}

const catalog::Catalog& builtInCatalog()
{
    static const catalog::Catalog c = catalog::Catalog::builtIn();
    return c;
}

const Clock& testClock()
{
    static const FixedClock clock;
    return clock;
}

FakeMachine::FakeMachine(const MachineOptions& options) : m_os(options.os)
{
    static std::atomic<int> counter{0};
    std::random_device rd;
    m_dir = std::filesystem::temp_directory_path() /
            ("actdesk-fake-slc-" + std::to_string(rd()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(m_dir);
    licensing::SimulatedMachineOptions o;
    o.name = "WINE-TEST-01";
    o.os = options.os;
    o.prerequisitesInstalled = options.prerequisitesInstalled;
    auto skus = esuSkusFor(builtInCatalog(), options.os);
    if (!options.firstSkuName.empty() && !skus.empty())
        skus.front().name = options.firstSkuName;
    auto m = licensing::SimulatedLicensing::init(m_dir, o, skus, testClock());
    if (!m)
        throw std::runtime_error("cannot create the simulated machine: " + m.error().detail);
    SetEnvironmentVariableW(L"ACTDESK_FAKE_SLC_STATE", m_dir.wstring().c_str());
}

FakeMachine::~FakeMachine()
{
    SetEnvironmentVariableW(L"ACTDESK_FAKE_SLC_STATE", nullptr);
    std::error_code ec;
    std::filesystem::remove_all(m_dir, ec);
}

void FakeMachine::control(const std::map<std::string, std::string>& settings) const
{
    std::ofstream out(m_dir / fakeslc::kControlFile, std::ios::trunc);
    for (const auto& [k, v] : settings)
        out << k << '=' << v << '\n';
}

std::unique_ptr<licensing::SimulatedLicensing> FakeMachine::simulator() const
{
    return std::move(licensing::SimulatedLicensing::open(m_dir, testClock())).value();
}

ids::ActivationId FakeMachine::year(int y) const
{
    for (const auto& e : builtInCatalog().forOs(m_os))
        if (e.year == y)
            return e.activationId;
    throw std::runtime_error("no such ESU year in the catalog");
}

void installLocalFreeSpy()
{
    static const bool hooked = hookLocalFree();
    if (!hooked)
        throw std::runtime_error("could not hook LocalFree in the test executable's import table");
}

fakeslc::Counters fakeCounters()
{
    fakeslc::Counters c;
    if (auto fn = fakeExport<fakeslc::CountersFn>("FakeSlcTest_Counters"))
        fn(&c);
    return c;
}

void resetFakeCounters()
{
    if (auto fn = fakeExport<fakeslc::ResetCountersFn>("FakeSlcTest_ResetCounters"))
        fn();
}

std::filesystem::path programDirectory()
{
    wchar_t path[MAX_PATH];
    const DWORD n = GetModuleFileNameW(nullptr, path, MAX_PATH);
    return std::filesystem::path(std::wstring(path, n)).parent_path();
}

std::filesystem::path systemDirectory()
{
    wchar_t path[MAX_PATH];
    const UINT n = GetSystemDirectoryW(path, MAX_PATH);
    return std::filesystem::path(std::wstring(path, n));
}

ProcessResult runProgram(const std::filesystem::path& exe, const std::vector<std::string>& args,
                         const std::string& input)
{
    SECURITY_ATTRIBUTES sa{sizeof sa, nullptr, TRUE};
    HANDLE inRead = nullptr, inWrite = nullptr, outRead = nullptr, outWrite = nullptr, errRead = nullptr,
           errWrite = nullptr;
    CreatePipe(&inRead, &inWrite, &sa, 0);
    CreatePipe(&outRead, &outWrite, &sa, 0);
    CreatePipe(&errRead, &errWrite, &sa, 0);
    // The parent's ends must not be inherited, or the child would keep its own pipes open.
    SetHandleInformation(inWrite, HANDLE_FLAG_INHERIT, 0);
    SetHandleInformation(outRead, HANDLE_FLAG_INHERIT, 0);
    SetHandleInformation(errRead, HANDLE_FLAG_INHERIT, 0);

    std::vector<std::string> all{exe.string()};
    all.insert(all.end(), args.begin(), args.end());
    std::wstring commandLine = platform::quoteCommandLine(all);
    STARTUPINFOW si{};
    si.cb = sizeof si;
    si.dwFlags = STARTF_USESTDHANDLES;
    si.hStdInput = inRead;
    si.hStdOutput = outWrite;
    si.hStdError = errWrite;
    PROCESS_INFORMATION pi{};
    const std::wstring exePath = exe.wstring();
    if (!CreateProcessW(exePath.c_str(), commandLine.data(), nullptr, nullptr, TRUE, CREATE_NO_WINDOW,
                        nullptr, nullptr, &si, &pi))
        throw std::runtime_error("CreateProcessW failed: " + std::to_string(GetLastError()));
    CloseHandle(inRead);
    CloseHandle(outWrite);
    CloseHandle(errWrite);

    DWORD written = 0;
    if (!input.empty())
        WriteFile(inWrite, input.data(), static_cast<DWORD>(input.size()), &written, nullptr);
    CloseHandle(inWrite);

    ProcessResult r;
    std::thread errReader([&] { r.err = readAll(errRead); });
    r.out = readAll(outRead);
    errReader.join();
    WaitForSingleObject(pi.hProcess, 60'000);
    DWORD code = 0;
    GetExitCodeProcess(pi.hProcess, &code);
    r.exitCode = code;
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);
    CloseHandle(outRead);
    CloseHandle(errRead);
    return r;
}

} // namespace actdesk::wintest
