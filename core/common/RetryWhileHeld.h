// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <thread>

namespace actdesk {

// Windows does not open for writing, nor replace, a file that another process holds without
// sharing, where POSIX goes ahead: a reader of a shared transfer file, a virus scanner or the
// search indexer on a file just written, or, under a loaded Wine, the server still closing the
// last writer's handle. Such an attempt is repeated for a bounded time before it is reported.
// Plain C++ (no Qt): the transfer files (core/files) and the simulated machine
// (core/licensing) both wait this way.
enum class HeldAttempt
{
    Done,   // it worked
    Held,   // another process holds the file: worth another try
    Failed, // any other failure: reported at once
};

// Calls `attempt` until it is Done or Failed, or until `patience` has passed; true when Done.
// The pauses are staggered, so that two writers do not keep colliding.
template <typename Attempt>
bool retryWhileHeld(std::chrono::milliseconds patience, Attempt&& attempt)
{
    const auto start = std::chrono::steady_clock::now();
    for (int tries = 0;; ++tries) {
        switch (attempt()) {
        case HeldAttempt::Done:
            return true;
        case HeldAttempt::Failed:
            return false;
        case HeldAttempt::Held:
            break;
        }
        if (std::chrono::steady_clock::now() - start > patience)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(5 + (tries % 4) * 5));
    }
}

} // namespace actdesk
