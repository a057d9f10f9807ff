// SPDX-License-Identifier: MIT
#pragma once

// Item digests verified on a second thread while the reader goes on with the next items.
// SHA-256 over every item is about a third of the time of reading a large file, even with
// the CPU's SHA extensions, and the reader's other checks do not need its result: a wrong
// digest makes the whole file fail, and then the reader reads the file again in order to
// name the first problem exactly (TransferReader.cpp). Internal to core/transfer.

#include <atomic>
#include <cstddef>
#include <memory>
#include <string_view>
#include <thread>

namespace actdesk::transfer::detail {

// One item to verify, as views into the file's text (which outlives the verifier). Its
// canonical form is "item <id>\n" followed by `body`.
struct ItemDigestJob
{
    std::string_view id;
    std::string_view body;        // its field lines exactly as in the file, in canonical order
    std::string_view expectedHex; // its item-sha256 value
};

// Whether SHA-256 of the job's canonical form is its expected digest.
bool itemDigestMatches(const ItemDigestJob& job);

class ItemDigestVerifier
{
  public:
    // `capacity`: the most jobs the worker takes; any beyond it are verified by add() itself.
    explicit ItemDigestVerifier(std::size_t capacity);
    ~ItemDigestVerifier(); // stops the worker without waiting for the rest of its jobs
    ItemDigestVerifier(const ItemDigestVerifier&) = delete;
    ItemDigestVerifier& operator=(const ItemDigestVerifier&) = delete;

    void add(const ItemDigestJob& job);
    // Waits for the worker: true when every digest added so far matched. Call once, at the end.
    bool allMatch();

  private:
    void work();
    void stopWorker();

    // Published job counts carry this bit once no more jobs will come.
    static constexpr int kDone = 1 << 30;
    // The worker is woken once per this many jobs (not per job: waking costs a system call).
    static constexpr std::size_t kBatch = 64;

    std::unique_ptr<ItemDigestJob[]> m_jobs; // written by add() before publishing, then read-only
    std::size_t m_capacity = 0;
    std::size_t m_added = 0;
    bool m_mismatchHere = false;     // found by add() on this thread
    std::atomic<int> m_published{0}; // jobs the worker may take, | kDone at the end
    std::atomic<bool> m_mismatch{false};
    std::atomic<bool> m_cancelled{false};
    std::thread m_worker;
};

} // namespace actdesk::transfer::detail
