// SPDX-License-Identifier: MIT
#pragma once

#include "ids/ConfirmationId.h"
#include "ids/InstallationId.h"
#include "licensing/SimulatedActivationCentre.h"
#include "transfer/TransferItem.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <filesystem>
#include <optional>
#include <string>

namespace actdesk::test {

inline QString qpath(const std::filesystem::path& p)
{
    return QString::fromStdString(p.string());
}

inline QByteArray readAll(const std::filesystem::path& p)
{
    QFile f(qpath(p));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline bool writeAll(const std::filesystem::path& p, const QByteArray& bytes)
{
    QFile f(qpath(p));
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A well-formed IID (63 digits) different for every seed.
inline std::string iidDigits(std::uint64_t seed)
{
    return licensing::simulation::groupedDigitsFromSeed(seed, 9, 7);
}

// A pending request from machine `machine` (its stable id is derived from the name).
inline transfer::TransferItem request(const std::string& machine, const std::string& activationId,
                                      std::uint64_t iidSeed, bool simulation = true)
{
    transfer::TransferItem item;
    item.machineName = machine;
    item.machineId = "id-" + machine;
    item.os = "win7";
    item.simulation = simulation;
    item.program = "win7-esu-y1";
    item.activationId = ids::ActivationId::parseAscii(activationId).value();
    item.partialKey = "6789B";
    item.extendedPid = "55041-01234-567-890123-03-1033-7601.0000-1482026";
    item.installationId = ids::InstallationId::parseAscii(iidDigits(iidSeed)).value();
    item.requestedAt = transfer::Timestamp(std::chrono::seconds(1'780'000'000));
    item.id = transfer::itemIdFor(item.machineId, item.activationId, *item.installationId);
    return item;
}

inline ids::ConfirmationId cidFor(const transfer::TransferItem& item)
{
    return licensing::SimulatedActivationCentre::confirmationIdFor(item.installationId.value());
}

// An item's ID as digits, empty when it has none: what the item held before its IDs were typed.
template <typename Id>
std::string digitsOf(const std::optional<Id>& id)
{
    return id ? id->digits() : std::string{};
}

inline constexpr const char* kWin7Y1 = "77db037b-95c3-48d7-a3ab-a9c6d41093e0";
inline constexpr const char* kWin7Y2 = "0e00c25d-8795-4fb7-9572-3803d91b6880";
inline constexpr const char* kWin7Y3 = "4220f546-f522-46df-8202-4d07afd26454";

} // namespace actdesk::test
