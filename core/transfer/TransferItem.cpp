// SPDX-License-Identifier: MIT
#include "transfer/TransferItem.h"

#include "transfer/TransferDigest.h"

#include <charconv>
#include <cstdio>

namespace actdesk::transfer {

Timestamp toTimestamp(std::chrono::system_clock::time_point t)
{
    return std::chrono::floor<std::chrono::seconds>(t);
}

std::string formatTimestamp(Timestamp t)
{
    using namespace std::chrono;
    const auto day = floor<days>(t);
    const year_month_day ymd(day);
    const hh_mm_ss hms(t - day);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u%c%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), 'T',
                  static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                  static_cast<int>(hms.seconds().count()));
    return buf;
}

std::optional<Timestamp> parseTimestamp(std::string_view s)
{
    // Exactly YYYY-MM-DDTHH:MM:SSZ.
    if (s.size() != 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z')
        return std::nullopt;
    // Every digit checked, without a branch per digit (three timestamps per item read).
    bool digits = true;
    auto number = [&](std::size_t pos, std::size_t len) {
        unsigned v = 0;
        for (std::size_t i = pos; i < pos + len; ++i) {
            const unsigned d = static_cast<unsigned char>(s[i]) - unsigned{'0'};
            digits &= d <= 9;
            v = v * 10 + d;
        }
        return v;
    };
    const unsigned y = number(0, 4), mo = number(5, 2), d = number(8, 2), h = number(11, 2),
                   mi = number(14, 2), se = number(17, 2);
    if (!digits || h > 23 || mi > 59 || se > 59)
        return std::nullopt;
    using namespace std::chrono;
    const year_month_day ymd{year(static_cast<int>(y)), month(mo), day(d)};
    if (!ymd.ok())
        return std::nullopt;
    return Timestamp(sys_days(ymd)) + hours(h) + minutes(mi) + seconds(se);
}

const char* statusKey(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Pending: return "pending";
    case ItemStatus::Answered: return "answered";
    case ItemStatus::Failed: return "failed";
    case ItemStatus::Applied: return "applied";
    }
    return "pending";
}

std::optional<ItemStatus> statusFromKey(std::string_view key)
{
    for (auto s : {ItemStatus::Pending, ItemStatus::Answered, ItemStatus::Failed, ItemStatus::Applied})
        if (key == statusKey(s))
            return s;
    return std::nullopt;
}

bool operator==(const TransferItem& a, const TransferItem& b)
{
    // Everything but the line it was read from.
    return a.id == b.id && a.machineName == b.machineName && a.machineId == b.machineId && a.os == b.os &&
           a.simulation == b.simulation && a.program == b.program && a.activationId == b.activationId &&
           a.partialKey == b.partialKey && a.extendedPid == b.extendedPid && a.installationId == b.installationId &&
           a.requestedAt == b.requestedAt && a.status == b.status && a.confirmationId == b.confirmationId &&
           a.answeredBy == b.answeredBy && a.answeredAt == b.answeredAt && a.reason == b.reason &&
           a.appliedAt == b.appliedAt;
}

std::string itemIdFor(std::string_view machineId, std::string_view activationId, std::string_view installationId)
{
    std::string text(machineId);
    text += '|';
    text += activationId;
    text += '|';
    text += installationId;
    return sha256Hex(text).substr(0, 12);
}

std::string itemIdFor(std::string_view machineId, const ids::ActivationId& activationId,
                      const ids::InstallationId& installationId)
{
    return itemIdFor(machineId, activationId.canonical(), installationId.digits());
}

TransferItem* TransferFile::find(std::string_view id)
{
    for (auto& item : items)
        if (item.id == id)
            return &item;
    return nullptr;
}

const TransferItem* TransferFile::find(std::string_view id) const
{
    for (const auto& item : items)
        if (item.id == id)
            return &item;
    return nullptr;
}

} // namespace actdesk::transfer
