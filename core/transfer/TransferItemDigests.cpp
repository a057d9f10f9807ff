// SPDX-License-Identifier: MIT
#include "transfer/TransferItemDigests.h"

#include <system_error>

namespace actdesk::transfer::detail {

bool itemDigestMatches(const ItemDigestJob& job)
{
    return sha256HexEquals({"item ", job.id, "\n", job.body}, job.expectedHex);
}

ItemDigestVerifier::ItemDigestVerifier(std::size_t capacity, std::string_view header) : m_capacity(capacity)
{
    m_jobs.reserve(capacity);
    m_jobData = m_jobs.data();
    m_fileHash.add(header);
    m_fileHash.add("\n");
    try {
        m_worker = std::thread([this] { work(/*untilDone=*/true); });
    } catch (const std::system_error&) {
        // No thread to be had: the jobs wait for allMatch(), which does them on this thread.
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
        m_overflow = true;
        return;
    }
    m_jobs.push_back(job); // within the reserved capacity: m_jobData stays valid
    ++m_added;
    // Published a batch at a time, so that a worker that has caught up sleeps until the next
    // batch: were every job published, it would find the count changed again at once and
    // poll instead. (On the shared VM the wall-clock time did not differ beyond the noise
    // either way.)
    if (m_added % kBatch == 0) {
        m_published.store(static_cast<int>(m_added), std::memory_order_release);
        m_published.notify_one();
    }
}

bool ItemDigestVerifier::allMatch(std::string_view countLine, std::string_view fileDigestHex)
{
    if (m_worker.joinable()) {
        stopWorker();
    } else {
        // No worker thread: do its jobs here, all of them (add() publishes whole batches only).
        m_published.store(static_cast<int>(m_added) | kDone, std::memory_order_release);
        work(/*untilDone=*/false);
    }
    if (m_overflow || m_mismatch.load(std::memory_order_relaxed))
        return false;
    m_fileHash.add(countLine);
    return m_fileHash.hex() == fileDigestHex;
}

void ItemDigestVerifier::stopWorker()
{
    if (!m_worker.joinable())
        return;
    m_published.store(static_cast<int>(m_added) | kDone, std::memory_order_release);
    m_published.notify_one();
    m_worker.join();
}

void ItemDigestVerifier::work(bool untilDone)
{
    std::size_t next = 0;
    for (;;) {
        const int state = m_published.load(std::memory_order_acquire);
        const auto count = static_cast<std::size_t>(state & ~kDone);
        for (; next < count; ++next) {
            // After a mismatch (or when the reader gave up) the file fails whatever the rest
            // says: the remaining jobs are skipped.
            if (m_mismatch.load(std::memory_order_relaxed) || m_cancelled.load(std::memory_order_relaxed)) {
                next = count;
                break;
            }
            const ItemDigestJob& job = m_jobData[next];
            if (!job.verified && !itemDigestMatches(job))
                m_mismatch.store(true, std::memory_order_relaxed);
            m_fileHash.add(job.expectedHex);
            m_fileHash.add("\n");
        }
        if ((state & kDone) || !untilDone)
            return;
        m_published.wait(state, std::memory_order_acquire);
    }
}

} // namespace actdesk::transfer::detail
