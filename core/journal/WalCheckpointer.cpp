// SPDX-License-Identifier: MIT
#include "journal/WalCheckpointer.h"

#include "journal/SqlConnection.h"

#include <QByteArray>
#include <QMetaObject>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>
#include <system_error>

#if defined(__unix__)
#include <dlfcn.h>
#endif

namespace actdesk::journal {

namespace {

// True when the QSQLITE plugin that made `driver` resolves sqlite3_wal_hook to the same
// function as this program: one SQLite library, so its handle may be passed to our calls.
// A Qt built with its bundled SQLite has a different copy (or none visible): not usable.
bool sharesSqliteWithQt(const QSqlDriver* driver)
{
#if defined(__unix__)
    Dl_info plugin{};
    // The driver's meta-object is a static in the plugin: it tells which file the driver is from.
    if (!dladdr(driver->metaObject(), &plugin) || !plugin.dli_fname)
        return false;
    void* handle = dlopen(plugin.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    if (!handle)
        return false;
    void* theirs = dlsym(handle, "sqlite3_wal_hook"); // the plugin, then what it links
    dlclose(handle);
    void* ours = dlsym(RTLD_DEFAULT, "sqlite3_wal_hook");
    return theirs && theirs == ours;
#else
    Q_UNUSED(driver);
    return false;
#endif
}

sqlite3* sqliteHandle(const QSqlDriver* driver)
{
    if (!driver)
        return nullptr;
    const QVariant v = driver->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

} // namespace

std::unique_ptr<WalCheckpointer> WalCheckpointer::attach(SqlConnection& recording)
{
    if (recording.dialect() != Dialect::Sqlite || recording.location().path == QLatin1String(":memory:"))
        return nullptr;
    const QSqlDriver* driver = recording.driver();
    sqlite3* db = sqliteHandle(driver);
    if (!db || !sharesSqliteWithQt(driver))
        return nullptr;
    std::unique_ptr<WalCheckpointer> c(new WalCheckpointer(db, recording.location()));
    // Replaces the auto-checkpoint (which is itself a WAL hook) on this connection only.
    sqlite3_wal_hook(db, &WalCheckpointer::onCommit, c.get());
    return c;
}

WalCheckpointer::WalCheckpointer(sqlite3* db, JournalLocation location)
    : m_db(db), m_location(std::move(location))
{
}

WalCheckpointer::~WalCheckpointer()
{
    sqlite3_wal_hook(m_db, nullptr, nullptr);
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_worker.joinable())
        m_worker.join();
    // What the worker had not copied yet. Cheap when nothing is left; when this is the last
    // connection, closing it then removes the -wal file.
    checkpointHere();
}

int WalCheckpointer::onCommit(void* self, sqlite3*, const char*, int frames)
{
    static_cast<WalCheckpointer*>(self)->afterCommit(frames);
    // Always OK: the step is committed by now, and an error here would be reported as the
    // COMMIT failing. A checkpoint that could not run is retried after a later step.
    return SQLITE_OK;
}

void WalCheckpointer::afterCommit(int frames)
{
    if (frames >= kLimitFrames) {
        checkpointHere();
        m_nextWake = kWakeFrames;
        return;
    }
    if (frames < m_nextWake - kWakeFrames) // the log restarted from the beginning
        m_nextWake = frames + kWakeFrames;
    if (frames < m_nextWake)
        return;
    m_nextWake = frames + kWakeFrames;
    {
        std::lock_guard lock(m_mutex);
        if (!m_workerFailed && !m_worker.joinable()) {
            try {
                m_worker = std::thread([this] { work(); });
            } catch (const std::system_error&) { // no thread to be had: never throw into SQLite
                m_workerFailed = true;
            }
        }
        if (!m_workerFailed) {
            m_requested = true;
            m_wake.notify_one();
            return;
        }
    }
    checkpointHere(); // no worker: the auto-checkpoint's behaviour
}

void WalCheckpointer::checkpointHere()
{
    // Waits for a worker pass in progress: a PASSIVE checkpoint started now would find the
    // checkpoint lock taken and do nothing.
    std::lock_guard lock(m_checkpointing);
    sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
}

void WalCheckpointer::work()
{
    // QtSql connections belong to the thread that opens them: this one is opened, used and
    // closed here.
    auto opened = SqlConnection::open(m_location);
    if (!opened) {
        std::lock_guard lock(m_mutex);
        m_workerFailed = true;
        return;
    }
    SqlConnection& connection = *opened.value();
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_requested || m_stopping; });
            if (m_stopping)
                break;
            m_requested = false;
        }
        std::lock_guard lock(m_checkpointing);
        // PASSIVE: copies what no reader still needs, never waits for or blocks a writer.
        // A failure (busy: another process is checkpointing) is retried on the next wake.
        if (auto done = connection.run(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")); done)
            done->finish();
    }
}

} // namespace actdesk::journal
