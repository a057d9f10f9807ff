// SPDX-License-Identifier: MIT
//
// actdesk-win.exe: the Windows backend end to end, without Qt.
//
// The full `actdesk` CLI (app/cli) needs QtCore and the workflow needs Boost.Locale, neither
// of which exists for mingw-w64 on Debian 12. This small program drives SlcLicensing directly
// with the same verbs and exit codes, so the backend can be exercised as a technician would
// use it: under Wine with the stand-in slc.dll in the tests, and on a real machine for the
// verification checklist (docs/windows-verification.md).

#include "catalog/Catalog.h"
#include "ids/ConfirmationId.h"
#include "ids/ProductKey.h"
#include "licensing/windows/SlcLicensing.h"
#include "licensing/windows/WindowsProcess.h"

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

using namespace actdesk;
using namespace actdesk::licensing;

namespace {

enum Exit
{
    ExitOk = 0,
    ExitFailed = 1,      // invalid input or a failed operation
    ExitUsage = 2,       // wrong command line
    ExitEnvironment = 3, // the backend cannot be used here
};

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
    return e.is(SlError::BackendUnavailable) ? ExitEnvironment : ExitFailed;
}

std::optional<ids::ActivationId> resolveId(const catalog::Catalog& catalog, const std::string& text)
{
    if (const auto* entry = catalog.find(text))
        return entry->activationId;
    auto id = ids::ActivationId::parseAscii(text);
    if (!id)
        return std::nullopt;
    return id.value();
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

// An argument quoted in a message, unless it is a product key typed in the wrong place.
std::string shown(const std::string& argument)
{
    return ids::ProductKey::parseAscii(argument) ? std::string("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX") : argument;
}

int runInstallKey(const catalog::Catalog& catalog, std::vector<std::string> args)
{
    std::optional<ids::ActivationId> intended;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] != "--for")
            continue;
        if (i + 1 >= args.size()) {
            std::cerr << "--for needs an activation ID\n";
            return ExitUsage;
        }
        intended = resolveId(catalog, args[i + 1]);
        if (!intended) {
            std::cerr << "not an activation ID or catalog name: " << shown(args[i + 1]) << "\n";
            return ExitFailed;
        }
        args.erase(args.begin() + static_cast<std::ptrdiff_t>(i),
                   args.begin() + static_cast<std::ptrdiff_t>(i) + 2);
        break;
    }
    if (args.size() != 1) {
        std::cerr << "install-key needs exactly one product key\n";
        return ExitUsage;
    }
    std::string text = args[0];
    if (text == "-")
        std::getline(std::cin, text);
    auto key = ids::ProductKey::parseAscii(text);
    std::fill(text.begin(), text.end(), '\0');
    std::fill(args[0].begin(), args[0].end(), '\0');
    if (!key) {
        // Never echo what was typed: it may be most of a valid key.
        std::cerr << "this is not a product key (5 groups of 5 characters)\n";
        return ExitFailed;
    }
    if (platform::currentElevation() == platform::Elevation::NotElevated)
        std::cerr << "note: this process is not elevated; Windows may refuse to install the key\n";
    int code = ExitOk;
    auto backend = openBackend(catalog, code);
    if (!backend)
        return code;
    auto installed = backend->installProductKey(key.value(), intended);
    if (!installed)
        return reportError(installed.error());
    std::cout << "Installed product key XXXXX-XXXXX-XXXXX-XXXXX-" << installed->partialKey << " for "
              << describe(catalog, installed->activationId) << "\n";
    if (!installed->extendedPid.empty())
        std::cout << "Extended PID: " << installed->extendedPid << "\n";
    if (intended && !(*intended == installed->activationId))
        std::cout << "note: Windows put the key on " << installed->activationId.canonical() << ", not on "
                  << intended->canonical() << "\n";
    return ExitOk;
}

int runIid(const catalog::Catalog& catalog, const std::vector<std::string>& args)
{
    if (args.size() != 1) {
        std::cerr << "iid needs one activation ID\n";
        return ExitUsage;
    }
    auto id = resolveId(catalog, args[0]);
    if (!id) {
        std::cerr << "not an activation ID or catalog name: " << shown(args[0]) << "\n";
        return ExitFailed;
    }
    int code = ExitOk;
    auto backend = openBackend(catalog, code);
    if (!backend)
        return code;
    auto iid = backend->generateInstallationId(*id);
    if (!iid)
        return reportError(iid.error());
    std::cout << "Installation ID for " << describe(catalog, *id) << ":\n" << iid->grouped('-') << "\n";
    return ExitOk;
}

int runApply(const catalog::Catalog& catalog, const std::vector<std::string>& args)
{
    if (args.size() != 2) {
        std::cerr << "apply needs a confirmation ID and an activation ID\n";
        return ExitUsage;
    }
    auto cid = ids::ConfirmationId::parseAscii(args[0]);
    if (!cid) {
        const auto& e = cid.error();
        std::cerr << "this is not a valid confirmation ID";
        if (e.kind == ids::IdErrorKind::CheckDigit) {
            std::cerr << ": check group";
            for (int g : e.badGroups)
                std::cerr << " " << ids::groupLabel(ids::IdType::ConfirmationId, g);
        } else if (e.kind == ids::IdErrorKind::WrongLength) {
            std::cerr << ": " << e.found << " digits, 48 expected";
        }
        std::cerr << "\n";
        return ExitFailed;
    }
    auto id = resolveId(catalog, args[1]);
    if (!id) {
        std::cerr << "not an activation ID or catalog name: " << shown(args[1]) << "\n";
        return ExitFailed;
    }
    int code = ExitOk;
    auto backend = openBackend(catalog, code);
    if (!backend)
        return code;
    // As slmgr /atp: deposit against the IID Windows generates now for this SKU.
    auto iid = backend->generateInstallationId(*id);
    if (!iid)
        return reportError(iid.error());
    auto deposited = backend->depositConfirmationId(*id, iid.value(), cid->digits());
    if (!deposited)
        return reportError(deposited.error());
    auto status = backend->licenseStatus(*id);
    if (!status)
        return reportError(status.error());
    std::cout << "Confirmation ID deposited for " << describe(catalog, *id)
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
