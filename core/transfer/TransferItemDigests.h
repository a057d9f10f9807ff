// SPDX-License-Identifier: MIT
#pragma once

// Item digests, and the file digest over them, verified on a second thread while the
// reader goes on with the next items. SHA-256 over every item is about a third of the time
// of reading a large file, even with the CPU's SHA extensions, and the reader's other checks
// do not need its result: a wrong digest makes the whole file fail, and then the reader
// reads the file again in order to name the first problem exactly (TransferReader.cpp).
// Internal to core/transfer.

#include "transfer/TransferDigest.h"

#include <atomic>
#include <cstddef>
#include <string_view>
#include <thread>
#include <vector>

namespace actdesk::transfer::detail {

// One item, as views into the file's text (which outlives the verifier). Its canonical form
// is "item <id>\n" followed by `body`.
struct ItemDigestJob
{
    std::string_view id;
    std::string_view body;        // its field lines exactly as in the file, in canonical order
    std::string_view expectedHex; // its item-sha256 value
    bool verified = false;        // checked by the reader already (`body` is then empty)
};

// Whether SHA-256 of the job's canonical form is its expected digest.
bool itemDigestMatches(const ItemDigestJob& job);

class ItemDigestVerifier
{
  public:
    // `capacity`: the most items the file can hold; `header`: the file digest's first line.
    ItemDigestVerifier(std::size_t capacity, std::string_view header);
    ~ItemDigestVerifier(); // stops the worker without waiting for the rest of its jobs
    ItemDigestVerifier(const ItemDigestVerifier&) = delete;
    ItemDigestVerifier& operator=(const ItemDigestVerifier&) = delete;

    // Every item of the file, in order (the file digest covers their digests in order).
    void add(const ItemDigestJob& job);
    // Waits for the worker. True when every item digest matched and the file digest over
    // them and `countLine` ("items=N\n") is `fileDigestHex`. Call once, at the end.
    bool allMatch(std::string_view countLine, std::string_view fileDigestHex);

  private:
    // Verifies the published jobs in order; `untilDone`: waits for more until add() is over.
    void work(bool untilDone);
    void stopWorker();

    // Published job counts carry this bit once no more jobs will come.
    static constexpr int kDone = 1 << 30;
    // Jobs are handed to the worker this many at a time (waking it costs a system call).
    static constexpr std::size_t kBatch = 64;

    // Reserved for `capacity` jobs and never reallocated: add() appends a job before
    // publishing it, the worker reads published jobs through m_jobData. (Reserved, not
    // sized: constructing every slot up front would touch memory most files never use.)
    std::vector<ItemDigestJob> m_jobs;
    const ItemDigestJob* m_jobData = nullptr;
    std::size_t m_capacity = 0;
    std::size_t m_added = 0;
    bool m_overflow = false;         // more items than `capacity`: the file is read again in order
    Sha256 m_fileHash;               // the worker's until it is joined
    std::atomic<int> m_published{0}; // jobs the worker may take, | kDone at the end
    std::atomic<bool> m_mismatch{false};
    std::atomic<bool> m_cancelled{false};
    std::thread m_worker;
};

} // namespace actdesk::transfer::detail
