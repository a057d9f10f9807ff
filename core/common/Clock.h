// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>

namespace actdesk {

// Time is injected so journal timestamps and tests are deterministic.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual std::chrono::system_clock::time_point nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    std::chrono::system_clock::time_point nowUtc() const override { return std::chrono::system_clock::now(); }
};

} // namespace actdesk
