// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "licensing/SimulatedMachine.h"
#include "workflow/SimulatedMachineSetup.h"

#include <atomic>
#include <filesystem>
#include <random>
#include <string>

namespace actdesk::test {

// A fresh directory under the system temp dir, removed at the end of the test.
class TempDir
{
public:
    TempDir()
    {
        static std::atomic<int> counter{0};
        std::random_device rd;
        m_path = std::filesystem::temp_directory_path() /
                 ("actdesk-test-" + std::to_string(rd()) + "-" + std::to_string(counter++));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

// The tests' clock: it stands still (at 1,780,000,000 s after the epoch unless told another
// instant) until advanced. The one FixedClock of the Linux tests (GUI tests included).
class FixedClock final : public Clock
{
public:
    FixedClock() = default;
    explicit FixedClock(std::chrono::seconds sinceEpoch) : m_now(sinceEpoch) {}
    std::chrono::system_clock::time_point nowUtc() const override { return m_now; }
    void advance(std::chrono::seconds s) { m_now += s; }

private:
    std::chrono::system_clock::time_point m_now =
        std::chrono::system_clock::time_point(std::chrono::seconds(1'780'000'000));
};

inline std::vector<licensing::SimulatedSkuDefinition> skusFor(const catalog::Catalog& cat, OsFamily os)
{
    return workflow::simulatedSkusFromCatalog(cat, os);
}

} // namespace actdesk::test
