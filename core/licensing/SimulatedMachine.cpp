// SPDX-License-Identifier: MIT
#include "licensing/SimulatedMachine.h"

#include "common/RetryWhileHeld.h"
#include "input/FreeText.h"

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <system_error>

namespace actdesk::licensing {

namespace simulated_store {

namespace {

std::vector<std::string> splitFields(const std::string& line, char sep)
{
    std::vector<std::string> out;
    std::string field;
    std::istringstream in(line);
    while (std::getline(in, field, sep))
        out.push_back(field);
    if (!line.empty() && line.back() == sep)
        out.emplace_back();
    return out;
}

LicensingError corrupt(const std::filesystem::path& file, int line, const std::string& what)
{
    return slError(SlError::BackendUnavailable, file.string() + ":" + std::to_string(line) + ": " + what);
}

// Only a plain file is opened or replaced: a named pipe in its place would wait for ever.
std::optional<LicensingError> notAPlainFile(const std::filesystem::path& file)
{
    std::error_code ec;
    const auto status = std::filesystem::status(file, ec);
    if (ec || !std::filesystem::exists(status) || std::filesystem::is_regular_file(status))
        return std::nullopt;
    const char* what = std::filesystem::is_directory(status)                 ? "a folder"
                       : status.type() == std::filesystem::file_type::fifo   ? "a named pipe (FIFO)"
                       : status.type() == std::filesystem::file_type::socket ? "a socket"
                       : (status.type() == std::filesystem::file_type::character ||
                          status.type() == std::filesystem::file_type::block)
                           ? "a device"
                           : "a special file";
    return slError(SlError::BackendUnavailable, file.string() + " is " + what + ", not a file");
}

} // namespace

namespace {

// A virus scanner or the search indexer (or, under a loaded Wine, the server closing the last
// writer's handle) can hold machine.txt for a moment after it was written: on Windows a
// healthy machine then read as missing. Waited for as the transfer files are.
constexpr std::chrono::milliseconds kStatePatience{2000};

HeldAttempt heldOnWindows()
{
#ifdef _WIN32
    return HeldAttempt::Held;
#else
    return HeldAttempt::Failed;
#endif
}

} // namespace

std::filesystem::path stateFile(const std::filesystem::path& stateDir)
{
    return stateDir / "machine.txt";
}

Result<SimulatedMachineState, LicensingError> load(const std::filesystem::path& stateDir)
{
    const auto file = stateFile(stateDir);
    if (auto refused = notAPlainFile(file))
        return fail(*refused);
    std::ifstream in;
    retryWhileHeld(kStatePatience, [&] {
        in.close();
        in.clear();
        in.open(file, std::ios::binary);
        std::error_code gone;
        if (in.is_open())
            return HeldAttempt::Done;
        return std::filesystem::exists(file, gone) ? heldOnWindows() : HeldAttempt::Failed;
    });
    if (!in)
        return fail(slError(SlError::BackendUnavailable, "no simulated machine at " + file.string()));

    SimulatedMachineState state;
    int version = 0;
    std::string line;
    int lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty() || line[0] == '#')
            continue;
        const auto eq = line.find('=');
        if (eq == std::string::npos)
            return fail(corrupt(file, lineNo, "expected key=value"));
        const std::string key = line.substr(0, eq);
        const std::string value = line.substr(eq + 1);
        if (key == "format") {
            version = std::atoi(value.c_str());
            if (version != kFormatVersion)
                return fail(corrupt(file, lineNo, "unsupported format version " + value));
        } else if (key == "name") {
            state.name = value;
        } else if (key == "stable-id") {
            state.stableId = value;
        } else if (key == "os") {
            const auto os = osFromKey(value);
            if (!os)
                return fail(corrupt(file, lineNo, "unknown os " + value));
            state.os = *os;
        } else if (key == "prerequisites") {
            state.prerequisitesInstalled = (value == "installed");
        } else if (key == "iid-group-length") {
            state.iidGroupLength = std::atoi(value.c_str());
            if (state.iidGroupLength != 6 && state.iidGroupLength != 7)
                return fail(corrupt(file, lineNo, "iid-group-length must be 6 or 7"));
        } else if (key == "update") {
            state.installedUpdates.push_back(value);
        } else if (key == "sku") {
            // activation-id|status|partial|fingerprint|epid|name|description
            const auto f = splitFields(value, '|');
            if (f.size() != 7)
                return fail(corrupt(file, lineNo, "sku needs 7 fields"));
            auto id = ids::ActivationId::parseAscii(f[0]);
            if (!id)
                return fail(corrupt(file, lineNo, "bad activation id"));
            SimulatedMachineState::Sku sku{
                {id.value(), f[5], f[6]}, LicenseStatus::Unlicensed, f[2], f[3], f[4]};
            const int status = std::atoi(f[1].c_str());
            if (status < 0 || status > 4)
                return fail(corrupt(file, lineNo, "bad status"));
            sku.status = static_cast<LicenseStatus>(status);
            state.skus.push_back(std::move(sku));
        }
        // Unknown keys are ignored: a newer minor revision may add fields.
    }
    if (version == 0)
        return fail(corrupt(file, lineNo, "missing format line"));
    return state;
}

namespace {
// A write that failed for want of room: ENOSPC (the disk is full), EDQUOT (the user's quota),
// EFBIG (larger than the file system or the process may write: a FAT32 stick's 4 GiB), or a
// disk with less than a page left when the C library did not say why.
bool noRoomLeft(int error, const std::filesystem::path& dir)
{
    if (error == ENOSPC || error == EFBIG)
        return true;
#ifdef EDQUOT
    if (error == EDQUOT)
        return true;
#endif
    std::error_code ec;
    const auto space = std::filesystem::space(dir, ec);
    return !ec && space.available < 4096;
}
} // namespace

Result<void, LicensingError> save(const std::filesystem::path& stateDir, const SimulatedMachineState& state)
{
    std::error_code ec;
    std::filesystem::create_directories(stateDir, ec);
    if (ec)
        return fail(slError(SlError::BackendUnavailable, stateDir.string() + ": " + ec.message()));

    std::ostringstream out;
    out << "# Activation Desk - SIMULATED Windows machine (training and tests only).\n"
        << "# Holds no product key: only the partial key and a fingerprint.\n"
        << "format=" << kFormatVersion << "\n"
        << "name=" << input::printableText(state.name) << "\n"
        << "stable-id=" << state.stableId << "\n"
        << "os=" << osKey(state.os) << "\n"
        << "prerequisites=" << (state.prerequisitesInstalled ? "installed" : "missing") << "\n"
        << "iid-group-length=" << state.iidGroupLength << "\n";
    for (const auto& kb : state.installedUpdates)
        out << "update=" << kb << "\n";
    for (const auto& s : state.skus)
        out << "sku=" << s.definition.activationId.canonical() << '|' << static_cast<int>(s.status) << '|'
            << s.partialKey << '|' << s.keyFingerprint << '|' << s.extendedPid << '|' << s.definition.name
            << '|' << s.definition.description << "\n";

    const auto file = stateFile(stateDir);
    if (auto refused = notAPlainFile(file))
        return fail(*refused);
    auto tmp = file;
    tmp += ".tmp";
    {
        errno = 0;
        std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
        f << out.str();
        f.flush();
        if (!f) {
            const bool noRoom = noRoomLeft(errno, stateDir);
            f.close();
            std::filesystem::remove(tmp, ec); // nothing left behind (a full disk leaves 0 bytes)
            if (noRoom)
                return fail(slError(SlError::StateDiskFull, stateDir.string()));
            return fail(slError(SlError::BackendUnavailable, "cannot write " + tmp.string()));
        }
    }
    retryWhileHeld(kStatePatience, [&] {
        ec.clear();
        std::filesystem::rename(tmp, file, ec);
        return ec ? heldOnWindows() : HeldAttempt::Done;
    });
    if (ec) {
        std::error_code ignored;
        std::filesystem::remove(tmp, ignored);
        return fail(slError(SlError::BackendUnavailable, file.string() + ": " + ec.message()));
    }
    return {};
}

} // namespace simulated_store

} // namespace actdesk::licensing
