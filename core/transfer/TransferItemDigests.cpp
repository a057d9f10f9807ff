// SPDX-License-Identifier: MIT
#include "transfer/TransferItemDigests.h"

#include "transfer/TransferDigest.h"

#include <system_error>

namespace actdesk::transfer::detail {

bool itemDigestMatches(const ItemDigestJob& job)
{
    return sha256HexEquals({"item ", job.id, "\n", job.body}, job.expectedHex);
}

ItemDigestVerifier::ItemDigestVerifier(std::size_t capacity)
    : m_jobs(std::make_unique<ItemDigestJob[]>(capacity)), m_capacity(capacity)
{
    try {
        m_worker = std::thread([this] { work(); });
    } catch (const std::system_error&) {
        m_capacity = 0; // no thread to be had: add() verifies every job itself
    }
}

ItemDigestVerifier::~ItemDigestVerifier()
{
    m_cancelled.store(true, std::memory_order_relaxed);
    stopWorker();
}

void ItemDigestVerifier::add(const ItemDigestJob& job)
{
    if (m_added == m_capacity) {
        if (!m_mismatchHere && !itemDigestMatches(job))
            m_mismatchHere = true;
        return;
    }
    m_jobs[m_added++] = job;
    m_published.store(static_cast<int>(m_added), std::memory_order_release);
    if (m_added % kBatch == 0)
        m_published.notify_one();
}

bool ItemDigestVerifier::allMatch()
{
    stopWorker();
    return !m_mismatchHere && !m_mismatch.load(std::memory_order_relaxed);
}

void ItemDigestVerifier::stopWorker()
{
    if (!m_worker.joinable())
        return;
    m_published.store(static_cast<int>(m_added) | kDone, std::memory_order_release);
    m_published.notify_one();
    m_worker.join();
}

void ItemDigestVerifier::work()
{
    std::size_t next = 0;
    for (;;) {
        const int state = m_published.load(std::memory_order_acquire);
        const auto count = static_cast<std::size_t>(state & ~kDone);
        // After a mismatch (or when the reader gave up) the file fails whatever the rest
        // says: the remaining jobs are skipped.
        for (; next < count; ++next) {
            if (m_mismatch.load(std::memory_order_relaxed) || m_cancelled.load(std::memory_order_relaxed)) {
                next = count;
                break;
            }
            if (!itemDigestMatches(m_jobs[next]))
                m_mismatch.store(true, std::memory_order_relaxed);
        }
        if (state & kDone)
            return;
        m_published.wait(state, std::memory_order_acquire);
    }
}

} // namespace actdesk::transfer::detail
