// SPDX-License-Identifier: MIT
//
// actdesk-win.exe: the command line for the Windows systems Qt 6 does not run on (Windows 7,
// 8.1, Server 2008 R2 and 2012 R2), whose rebuilt machines still need ESU re-activation.
//
// A thin front end: the verbs are the shared workflow (core/verbs/LicenceVerbs: the same
// ID resolution, input normalisation, order of steps and exit codes as actdesk), and this
// file only parses the command line and prints, in English (no Qt, so no translations).
// Full-width digits and dashes in keys and IDs are normalised by Boost.Locale's Windows
// backend (NormalizeString), as in actdesk.

#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "common/ExitCode.h"
#include "input/UserText.h"
#include "licensing/windows/SlcLicensing.h"
#include "licensing/windows/WindowsProcess.h"
#include "verbs/LicenceVerbs.h"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

using namespace actdesk;
using namespace actdesk::licensing;

namespace {

const char* kUsage =
    "Usage: actdesk-win COMMAND [arguments]\n"
    "\n"
    "Commands:\n"
    "  status                      this machine, elevation and the ESU products (slmgr /dlv)\n"
    "  install-key KEY [--for ID]  install an ESU product key (slmgr /ipk);\n"
    "                              KEY '-' reads it from standard input (keeps it out of the\n"
    "                              process list)\n"
    "  iid ID                      show the installation ID (slmgr /dti)\n"
    "  apply CID ID                deposit a confirmation ID and verify (slmgr /atp)\n"
    "  elevation                   'elevated' or 'not elevated' (exit 0 or 1)\n"
    "  version                     program version and where slc.dll comes from\n"
    "\n"
    "ID is an activation ID (GUID) or a catalog name such as win7-esu-y1.\n"
    "Exit status: 0 success, 1 invalid input or failed operation, 2 usage error,\n"
    "3 environment problem (slc.dll missing or unusable).\n";

const char* statusText(LicenseStatus s)
{
    switch (s) {
    case LicenseStatus::Unlicensed:
        return "Unlicensed";
    case LicenseStatus::Licensed:
        return "Licensed";
    case LicenseStatus::InGracePeriod:
        return "In grace period";
    case LicenseStatus::Notification:
        return "Notification";
    case LicenseStatus::Unknown:
        break;
    }
    return "Unknown";
}

const char* osText(OsFamily os)
{
    switch (os) {
    case OsFamily::Windows7:
        return "win7";
    case OsFamily::Server2008:
        return "win2008";
    case OsFamily::Server2008R2:
        return "win2008r2";
    case OsFamily::Server2012:
        return "win2012";
    case OsFamily::Server2012R2:
        return "win2012r2";
    case OsFamily::Windows10:
        return "win10";
    case OsFamily::Unknown:
        break;
    }
    return "unknown (not an ESU operating system)";
}

int reportError(const LicensingError& e)
{
    std::cerr << "error " << formatHresult(e.code);
    if (!e.detail.empty())
        std::cerr << ": " << e.detail;
    std::cerr << "\n";
    if (e.is(SlError::AccessDenied) || e.is(SlError::LuaAccessDenied))
        std::cerr << "Run this step from an elevated command prompt (Run as administrator).\n";
    if (e.is(SlError::InvalidProductKey))
        std::cerr << "Windows rejected the key: check it, and check that the ESU licensing preparation "
                     "package for this OS is installed.\n";
    return workflow::exitCodeFor(e);
}

// The workflow's errors in English: the Windows code and what to do, or which group is wrong.
int reportSessionError(const workflow::SessionError& e)
{
    switch (e.kind) {
    case workflow::SessionError::Kind::Licensing:
        return reportError(e.licensing);
    case workflow::SessionError::Kind::Input:
        if (e.input.type == ids::IdType::ProductKey) {
            // Never echo what was typed: it may be most of a valid key.
            std::cerr << "this is not a product key (5 groups of 5 characters)\n";
        } else {
            std::cerr << "this is not a valid confirmation ID";
            if (e.input.kind == ids::IdErrorKind::CheckDigit) {
                std::cerr << ": check group";
                for (int g : e.input.badGroups)
                    std::cerr << " " << ids::groupLabel(ids::IdType::ConfirmationId, g);
            } else if (e.input.kind == ids::IdErrorKind::WrongLength) {
                std::cerr << ": " << e.input.found << " digits, 48 expected";
            }
            std::cerr << "\n";
        }
        break;
    case workflow::SessionError::Kind::OutOfOrder:
        std::cerr << "no product key is installed for this ESU year: run install-key first\n";
        break;
    }
    return workflow::exitCodeFor(e);
}

std::string describe(const catalog::Catalog& catalog, const ids::ActivationId& id)
{
    const auto* entry = catalog.findById(id);
    return entry ? entry->key + " (" + id.canonical() + ")" : id.canonical();
}

std::unique_ptr<SlcLicensing> openBackend(const catalog::Catalog& catalog, int& code)
{
    SlcOptions options;
    for (const auto& entry : catalog.entries())
        options.esuActivationIds.push_back(entry.activationId);
    auto backend = SlcLicensing::open(options);
    if (!backend) {
        code = reportError(backend.error());
        return nullptr;
    }
    return std::move(backend).value();
}

std::string elevationText(platform::Elevation e)
{
    switch (e) {
    case platform::Elevation::Elevated:
        return "elevated";
    case platform::Elevation::NotElevated:
        return "not elevated";
    case platform::Elevation::Unknown:
        break;
    }
    return "unknown";
}

int runStatus(const catalog::Catalog& catalog)
{
    // The machine first: it needs no slc.dll, and it is what a technician records even when
    // the licensing service cannot be reached.
    const auto machine = readWindowsMachine();
    std::cout << "Computer:      " << machine.name << "\n"
              << "OS:            " << machine.osDisplay << " [" << osText(machine.os) << "]\n"
              << "Machine ID:    " << machine.stableId << "\n"
              << "Elevation:     " << elevationText(platform::currentElevation()) << "\n";
    if (auto wine = platform::wineVersion())
        std::cout << "Wine:          " << *wine << " (not a real Windows licensing service)\n";
    if (!machine.installedUpdates.empty()) {
        std::cout << "Updates:      ";
        for (const auto& kb : machine.installedUpdates)
            std::cout << " " << kb;
        std::cout << "\n";
    }
    std::cout.flush();
    int code = ExitOk;
    auto backend = openBackend(catalog, code);
    if (!backend)
        return code;
    std::cout << "slc.dll:       " << backend->loadedFrom() << "\n";
    auto skus = backend->esuSkus();
    if (!skus)
        return reportError(skus.error());
    if (skus->empty()) {
        std::cout << "No ESU product is present: install the ESU licensing preparation package first.\n";
        return ExitOk;
    }
    for (const auto& s : skus.value()) {
        std::cout << "\n"
                  << describe(catalog, s.activationId) << "\n"
                  << "  Name:           " << s.name << "\n"
                  << "  Description:    " << s.description << "\n"
                  << "  License status: " << statusText(s.status) << "\n";
        if (!s.partialKey.empty())
            std::cout << "  Product key:    XXXXX-XXXXX-XXXXX-XXXXX-" << s.partialKey << "\n"
                      << "  Extended PID:   " << s.extendedPid << "\n";
    }
    return ExitOk;
}

// An argument quoted in a message, with any product key in it masked (in every spelling the
// key fields accept, as actdesk does).
std::string shown(const std::string& argument)
{
    return input::maskProductKeys(argument);
}

// The shared workflow over the slc.dll backend (no journal here: actdesk-win keeps none).
struct Session
{
    std::unique_ptr<SlcLicensing> backend;
    SystemClock clock;
    std::unique_ptr<workflow::ActivationSession> session;
};

std::unique_ptr<Session> openSession(const catalog::Catalog& catalog, int& code)
{
    auto s = std::make_unique<Session>();
    s->backend = openBackend(catalog, code);
    if (!s->backend)
        return nullptr;
    s->session = std::make_unique<workflow::ActivationSession>(*s->backend, catalog, s->clock);
    return s;
}

// A program/year argument, or a message naming it (masked) and exit 1.
std::optional<verbs::ResolvedProgram> program(const catalog::Catalog& catalog, const std::string& text)
{
    auto resolved = verbs::resolveProgram(catalog, text);
    if (!resolved) {
        std::cerr << "not an activation ID or catalog name: " << shown(text) << "\n";
        return std::nullopt;
    }
    return resolved.value();
}

int runInstallKey(const catalog::Catalog& catalog, std::vector<std::string> args)
{
    std::optional<verbs::ResolvedProgram> intended;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] != "--for")
            continue;
        if (i + 1 >= args.size()) {
            std::cerr << "--for needs an activation ID\n";
            return ExitUsage;
        }
        intended = program(catalog, args[i + 1]);
        if (!intended)
            return ExitFailed;
        args.erase(args.begin() + static_cast<std::ptrdiff_t>(i),
                   args.begin() + static_cast<std::ptrdiff_t>(i) + 2);
        break;
    }
    if (args.size() != 1) {
        std::cerr << "install-key needs exactly one product key\n";
        return ExitUsage;
    }
    // "-" reads the key from standard input, so it never shows in the process list.
    std::string text = args[0] == "-" ? verbs::readKeyLine(std::cin) : args[0];
    std::fill(args[0].begin(), args[0].end(), '\0');
    if (platform::currentElevation() == platform::Elevation::NotElevated)
        std::cerr << "note: this process is not elevated; Windows may refuse to install the key\n";
    int code = ExitOk;
    auto s = openSession(catalog, code);
    if (!s) {
        std::fill(text.begin(), text.end(), '\0');
        return code;
    }
    auto installed = verbs::installKey(*s->session, intended, text);
    if (!installed)
        return reportSessionError(installed.error());
    std::cout << "Installed product key XXXXX-XXXXX-XXXXX-XXXXX-" << installed->partialKey << " for "
              << describe(catalog, installed->activationId) << "\n";
    if (!installed->extendedPid.empty())
        std::cout << "Extended PID: " << installed->extendedPid << "\n";
    if (intended && !(intended->id == installed->activationId))
        std::cout << "note: Windows put the key on " << installed->activationId.canonical() << ", not on "
                  << intended->id.canonical() << "\n";
    return ExitOk;
}

int runIid(const catalog::Catalog& catalog, const std::vector<std::string>& args)
{
    if (args.size() != 1) {
        std::cerr << "iid needs one activation ID\n";
        return ExitUsage;
    }
    auto target = program(catalog, args[0]);
    if (!target)
        return ExitFailed;
    int code = ExitOk;
    auto s = openSession(catalog, code);
    if (!s)
        return code;
    auto iid = verbs::currentInstallationId(*s->session, *target);
    if (!iid)
        return reportSessionError(iid.error());
    std::cout << "Installation ID for " << describe(catalog, target->id) << ":\n" << iid->grouped('-') << "\n";
    return ExitOk;
}

int runApply(const catalog::Catalog& catalog, std::vector<std::string> args)
{
    if (args.size() < 2) {
        std::cerr << "apply needs a confirmation ID and an activation ID\n";
        return ExitUsage;
    }
    // The CID may have been pasted with spaces: everything but the last word is the CID.
    auto target = program(catalog, args.back());
    if (!target)
        return ExitFailed;
    args.pop_back();
    std::string cidText;
    for (const auto& a : args)
        cidText += (cidText.empty() ? "" : " ") + a;
    int code = ExitOk;
    auto s = openSession(catalog, code);
    if (!s)
        return code;
    // As slmgr /atp: deposited against the IID Windows generates now for this SKU.
    auto status = verbs::applyConfirmationId(*s->session, *target, cidText);
    if (!status)
        return reportSessionError(status.error());
    std::cout << "Confirmation ID deposited for " << describe(catalog, target->id)
              << ". License status: " << statusText(status.value()) << "\n";
    return status.value() == LicenseStatus::Licensed ? ExitOk : ExitFailed;
}

int runVersion(const catalog::Catalog& catalog)
{
    std::cout << "actdesk-win " << ACTDESK_VERSION << "\n";
    int code = ExitOk;
    auto backend = openBackend(catalog, code);
    if (backend)
        std::cout << "slc.dll: " << backend->loadedFrom() << "\n";
    return code;
}

} // namespace

int wmain(int argc, wchar_t** argv)
{
    // Before anything can load a DLL by name.
    const auto hardening = platform::hardenDllSearchPath();
    platform::useUtf8Console();

    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i)
        args.push_back(platform::narrow(argv[i]));
    if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "/?") {
        std::cout << kUsage;
        return args.empty() ? ExitUsage : ExitOk;
    }
    if (!hardening.failure.empty())
        std::cerr << "warning: DLL search path hardening incomplete: " << hardening.failure << "\n";

    const std::string verb = args[0];
    args.erase(args.begin());
    const catalog::Catalog catalog = catalog::Catalog::builtIn();
    if (verb == "status" || verb == "/dlv")
        return args.empty() ? runStatus(catalog) : (std::cerr << "status takes no arguments\n", ExitUsage);
    if (verb == "install-key" || verb == "/ipk")
        return runInstallKey(catalog, args);
    if (verb == "iid" || verb == "/dti")
        return runIid(catalog, args);
    if (verb == "apply" || verb == "/atp")
        return runApply(catalog, args);
    if (verb == "elevation") {
        const auto e = platform::currentElevation();
        std::cout << elevationText(e) << "\n";
        return e == platform::Elevation::Elevated ? ExitOk : ExitFailed;
    }
    if (verb == "version" || verb == "--version")
        return runVersion(catalog);
    std::cerr << "unknown command: " << shown(verb) << "\n\n" << kUsage;
    return ExitUsage;
}
