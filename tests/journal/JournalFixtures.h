// SPDX-License-Identifier: MIT
#pragma once

#include "workflow/ActivationJournal.h"

#include <QStringList>

#include <chrono>
#include <string>

namespace actdesk::test {

// A full key the tests use; it must never appear in any journal.
inline constexpr const char* kFullKey = "BCDFG-HJKMP-QRTVW-XY234-6789B";
inline constexpr const char* kFullKeyNoDashes = "BCDFGHJKMPQRTVWXY2346789B";
// A unique middle part of the key: present only if the key leaked.
inline constexpr const char* kKeyMiddle = "HJKMP";

inline std::chrono::system_clock::time_point utc(int secondsAfterBase)
{
    return std::chrono::system_clock::time_point(std::chrono::seconds(1'780'000'000 + secondsAfterBase));
}

struct EntryBuilder
{
    workflow::JournalEntry e;

    EntryBuilder()
    {
        e.event.at = utc(0);
        e.event.machineName = "PC-01";
        e.event.machineId = "guid-pc-01";
        e.event.os = "win7";
        e.event.simulation = true;
        e.event.catalogKey = "win7-esu-y1";
        e.event.activationId = "77db037b-95c3-48d7-a3ab-a9c6d41093e0";
        e.event.partialKey = "6789B";
        e.event.extendedPid = "03612-03564-000-000000-03-1033-7601.0000-0012025";
        e.author = {"alice", workflow::JournalRole::Device, "0.1.0"};
    }
    EntryBuilder& step(workflow::Step s, workflow::Outcome o = workflow::Outcome::Succeeded)
    {
        e.event.step = s;
        e.event.outcome = o;
        return *this;
    }
    EntryBuilder& at(int seconds)
    {
        e.event.at = utc(seconds);
        return *this;
    }
    EntryBuilder& machine(const std::string& name)
    {
        e.event.machineName = name;
        return *this;
    }
    EntryBuilder& iid(const std::string& digits)
    {
        e.event.installationId = digits;
        return *this;
    }
    EntryBuilder& cid(const std::string& digits)
    {
        e.event.confirmationId = digits;
        return *this;
    }
    EntryBuilder& pid(const std::string& extendedPid)
    {
        e.event.extendedPid = extendedPid;
        return *this;
    }
    EntryBuilder& program(const std::string& key)
    {
        e.event.catalogKey = key;
        return *this;
    }
    EntryBuilder& partialKey(const std::string& key)
    {
        e.event.partialKey = key;
        return *this;
    }
    EntryBuilder& role(workflow::JournalRole r)
    {
        e.author.role = r;
        return *this;
    }
    operator workflow::JournalEntry() const { return e; }
};

inline QStringList details(const std::vector<workflow::JournalEntry>& entries)
{
    QStringList out;
    for (const auto& e : entries)
        out << QString::fromStdString(e.event.detail);
    return out;
}

} // namespace actdesk::test
