// SPDX-License-Identifier: MIT
#include "licensing/SimulatedLicensing.h"

#include "ids/CheckDigit.h"
#include "licensing/SimulatedActivationCentre.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace actdesk::licensing {

namespace {

std::string hex64(std::uint64_t v)
{
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

// The state file is line- and '|'-separated; keep names from breaking it.
std::string sanitise(std::string s)
{
    std::replace_if(s.begin(), s.end(), [](char c) { return c == '|' || c == '\n' || c == '\r'; }, ' ');
    return s;
}

struct OsTraits
{
    const char* mpc;   // extended PID prefix (see ids-transfer-esu.md 3.4)
    const char* build; // OS build in the extended PID
    const char* display;
};

OsTraits traitsFor(OsFamily os)
{
    switch (os) {
    case OsFamily::Windows7: return {"55041", "7601", "Windows 7 Professional Service Pack 1"};
    case OsFamily::Server2008: return {"55041", "6003", "Windows Server 2008 Standard Service Pack 2"};
    case OsFamily::Server2008R2: return {"55041", "7601", "Windows Server 2008 R2 Standard Service Pack 1"};
    case OsFamily::Server2012: return {"05426", "9200", "Windows Server 2012 Standard"};
    case OsFamily::Server2012R2: return {"06401", "9600", "Windows Server 2012 R2 Standard"};
    case OsFamily::Windows10: return {"03612", "19045", "Windows 10 Enterprise 22H2"};
    case OsFamily::Unknown: break;
    }
    return {"00000", "0", "Windows"};
}

} // namespace

SimulatedLicensing::SimulatedLicensing(std::filesystem::path dir, SimulatedMachineState state, const Clock& clock)
    : m_dir(std::move(dir)), m_state(std::move(state)), m_clock(clock)
{
}

Result<std::unique_ptr<SimulatedLicensing>, LicensingError> SimulatedLicensing::init(
    const std::filesystem::path& stateDir, const SimulatedMachineOptions& options,
    const std::vector<SimulatedSkuDefinition>& esuSkus, const Clock& clock)
{
    if (options.os == OsFamily::Unknown)
        return fail(slError(SlError::InvalidArgument, LicensingReason::UnknownOsFamily));
    SimulatedMachineState state;
    state.name = sanitise(options.name);
    state.os = options.os;
    state.prerequisitesInstalled = options.prerequisitesInstalled;
    state.iidGroupLength = options.iidGroupLength ? options.iidGroupLength : installationIdGroupLength(options.os);
    if (state.iidGroupLength != 6 && state.iidGroupLength != 7)
        return fail(slError(SlError::InvalidArgument, LicensingReason::IidGroupLength));
    state.installedUpdates = options.installedUpdates;
    // A stable identifier that survives renames, like a MachineGuid: derived once, then stored.
    const auto seed = simulation::fnv1a(state.name + "|" + osKey(state.os) + "|" +
                                        std::to_string(clock.nowUtc().time_since_epoch().count()));
    const auto h = hex64(seed) + hex64(simulation::fnv1a(hex64(seed)));
    state.stableId = h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) +
                     "-" + h.substr(20, 12);
    for (const auto& def : esuSkus)
        state.skus.push_back({{def.activationId, sanitise(def.name), sanitise(def.description)}});

    auto saved = simulated_store::save(stateDir, state);
    if (!saved)
        return fail(saved.error());
    return std::unique_ptr<SimulatedLicensing>(new SimulatedLicensing(stateDir, std::move(state), clock));
}

Result<std::unique_ptr<SimulatedLicensing>, LicensingError> SimulatedLicensing::open(
    const std::filesystem::path& stateDir, const Clock& clock)
{
    auto state = simulated_store::load(stateDir);
    if (!state)
        return fail(state.error());
    return std::unique_ptr<SimulatedLicensing>(new SimulatedLicensing(stateDir, std::move(state).value(), clock));
}

Result<MachineInfo, LicensingError> SimulatedLicensing::machine()
{
    MachineInfo info;
    info.name = m_state.name;
    info.stableId = m_state.stableId;
    info.os = m_state.os;
    info.osDisplay = traitsFor(m_state.os).display;
    info.installedUpdates = m_state.installedUpdates;
    return info;
}

Result<std::vector<SkuState>, LicensingError> SimulatedLicensing::esuSkus()
{
    std::vector<SkuState> out;
    // The ESU SKUs arrive with the licensing preparation package: without it there are none.
    if (!m_state.prerequisitesInstalled)
        return out;
    for (const auto& s : m_state.skus)
        out.push_back({s.definition.activationId, s.definition.name, s.definition.description, s.status,
                       s.partialKey, s.extendedPid});
    return out;
}

SimulatedMachineState::Sku* SimulatedLicensing::findSku(const ids::ActivationId& id)
{
    if (!m_state.prerequisitesInstalled)
        return nullptr;
    for (auto& s : m_state.skus)
        if (s.definition.activationId == id)
            return &s;
    return nullptr;
}

std::string SimulatedLicensing::extendedPidFor(const std::string& fingerprint) const
{
    const auto traits = traitsFor(m_state.os);
    const auto serial = simulation::fnv1a(fingerprint + m_state.stableId);
    const std::time_t t = std::chrono::system_clock::to_time_t(m_clock.nowUtc());
    std::tm tm{};
#ifdef _WIN32
    gmtime_s(&tm, &t);
#else
    gmtime_r(&t, &tm);
#endif
    char buf[80];
    std::snprintf(buf, sizeof buf, "%s-%05llu-%03llu-%06llu-03-1033-%s.0000-%03d%04d", traits.mpc,
                  static_cast<unsigned long long>(serial % 100000ULL),
                  static_cast<unsigned long long>((serial / 100000ULL) % 1000ULL),
                  static_cast<unsigned long long>((serial / 100000000ULL) % 1000000ULL), traits.build,
                  tm.tm_yday + 1, tm.tm_year + 1900);
    return buf;
}

Result<KeyInstallResult, LicensingError> SimulatedLicensing::installProductKey(
    const ids::ProductKey& key, const std::optional<ids::ActivationId>& intended)
{
    // Windows answers 0xC004F050 when the ESU licensing preparation package is missing.
    if (!m_state.prerequisitesInstalled)
        return fail(slError(SlError::InvalidProductKey, LicensingReason::PreparationPackageMissing));
    if (m_state.skus.empty())
        return fail(slError(SlError::InvalidProductKey, LicensingReason::NoEsuSku));

    SimulatedMachineState::Sku* target = nullptr;
    if (intended) {
        target = findSku(*intended);
        if (!target)
            return fail(slError(SlError::MismatchedProductSku, intended->canonical()));
    } else {
        // Without a hint, a key goes to the first year that is not licensed yet.
        for (auto& s : m_state.skus)
            if (!target && s.status != LicenseStatus::Licensed)
                target = &s;
        if (!target)
            target = &m_state.skus.front();
    }

    const std::string full = key.revealForInstall();
    const std::string fingerprint = hex64(simulation::fnv1a(m_state.stableId + ":" + full));
    if (target->keyFingerprint != fingerprint) {
        // A different key invalidates the old activation, as on Windows.
        target->keyFingerprint = fingerprint;
        target->partialKey = key.partial();
        target->extendedPid = extendedPidFor(fingerprint);
        target->status = LicenseStatus::Unlicensed;
    }
    auto saved = persist();
    if (!saved)
        return fail(saved.error());
    return KeyInstallResult{target->definition.activationId, target->partialKey, target->extendedPid};
}

ids::InstallationId SimulatedLicensing::iidFor(const SimulatedMachineState::Sku& sku) const
{
    const auto seed = simulation::fnv1a(m_state.stableId + "|" + sku.keyFingerprint + "|" +
                                        sku.definition.activationId.canonical());
    const auto digits =
        simulation::groupedDigitsFromSeed(seed, ids::InstallationId::kGroups, m_state.iidGroupLength);
    return ids::InstallationId::parseAscii(digits).value();
}

Result<ids::InstallationId, LicensingError> SimulatedLicensing::generateInstallationId(
    const ids::ActivationId& id)
{
    auto* sku = findSku(id);
    if (!sku)
        return fail(slError(SlError::MismatchedProductSku, id.canonical()));
    if (sku->keyFingerprint.empty())
        return fail(slError(SlError::PkeyNotInstalled, id.canonical()));
    return iidFor(*sku);
}

Result<void, LicensingError> SimulatedLicensing::depositConfirmationId(const ids::ActivationId& id,
                                                                       const ids::InstallationId& iid,
                                                                       const std::string& confirmationDigits)
{
    auto* sku = findSku(id);
    if (!sku)
        return fail(slError(SlError::MismatchedProductSku, id.canonical()));
    if (sku->keyFingerprint.empty())
        return fail(slError(SlError::PkeyNotInstalled, id.canonical()));

    // The service validates the CID text itself.
    if (confirmationDigits.size() != static_cast<std::size_t>(ids::ConfirmationId::kGroups *
                                                              ids::ConfirmationId::kGroupLength) ||
        !std::all_of(confirmationDigits.begin(), confirmationDigits.end(),
                     [](char c) { return c >= '0' && c <= '9'; }))
        return fail(slError(SlError::CidIidInvalidDataLength));
    for (int g = 0; g < ids::ConfirmationId::kGroups; ++g)
        if (!ids::groupCheckDigitOk(std::string_view(confirmationDigits)
                                        .substr(static_cast<std::size_t>(g * ids::ConfirmationId::kGroupLength),
                                                ids::ConfirmationId::kGroupLength)))
            return fail(slError(SlError::CidIidInvalidCheckDigits));

    // An IID from before a key change (or from another machine) no longer matches.
    const auto current = iidFor(*sku);
    if (!(current == iid))
        return fail(slError(SlError::CidIidMismatched, LicensingReason::IidNotCurrent));
    if (SimulatedActivationCentre::confirmationIdFor(current).digits() != confirmationDigits)
        return fail(slError(SlError::CidIidMismatched));

    sku->status = LicenseStatus::Licensed;
    return persist();
}

Result<LicenseStatus, LicensingError> SimulatedLicensing::licenseStatus(const ids::ActivationId& id)
{
    // Re-read from disk: another process (the CLI) may have changed the machine.
    auto fresh = simulated_store::load(m_dir);
    if (fresh)
        m_state = std::move(fresh).value();
    auto* sku = findSku(id);
    if (!sku)
        return fail(slError(SlError::MismatchedProductSku, id.canonical()));
    return sku->status;
}

Result<void, LicensingError> SimulatedLicensing::persist()
{
    return simulated_store::save(m_dir, m_state);
}

} // namespace actdesk::licensing
