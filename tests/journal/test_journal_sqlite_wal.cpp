// SPDX-License-Identifier: MIT
#include "JournalFixtures.h"
#include "SqliteWalTest.h"
#include "journal/SqlConnection.h"
#include "journal/SqlJournal.h"
#include "journal/WalCheckpointer.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <memory>
#include <vector>

using namespace actdesk;
using namespace actdesk::test;

namespace {

// What a fresh connection outside the journal code finds in the file.
struct FileState
{
    QString integrity;
    QStringList details;
    int pageSize = 0;
};

FileState readWithPlainSqlite(const QString& path)
{
    FileState state;
    const QString name = QStringLiteral("wal-test-reader");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                state.integrity = q.value(0).toString();
            if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
                state.pageSize = q.value(0).toInt();
            if (q.exec(QStringLiteral("SELECT detail FROM actdesk_journal")))
                while (q.next())
                    state.details << q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return state;
}

// Steps like a desk answering a transfer file: a different machine and IID every time.
workflow::JournalEntry stepNumber(int i)
{
    workflow::JournalEntry e =
        EntryBuilder().machine("PC-" + std::to_string(i)).iid(std::to_string(100000000 + i * 7919)).at(i);
    e.event.detail = "step:" + std::to_string(i);
    return e;
}

bool hasEveryStep(const QStringList& details, const QString& prefix, int count)
{
    const QSet<QString> unique(details.begin(), details.end());
    if (unique.size() != count)
        return false;
    for (int i = 0; i < count; ++i)
        if (!unique.contains(prefix + QString::number(i)))
            return false;
    return true;
}

std::unique_ptr<QProcess> startWriter(const journal::JournalLocation& location, const QString& tag, int count,
                                      const QString& go, bool abandon = false)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList args = {JournalTestBackend::url(location), tag, QString::number(count), go};
    if (abandon)
        args << QStringLiteral("abandon");
    p->start(QStringLiteral(ACTDESK_JOURNAL_WRITER), args);
    return p;
}

// Copies the whole log into the database file from a connection of its own, as a checkpoint
// pass does once the steps pause; retried while the background checkpointer holds the lock.
bool copyWholeLog(const QString& path)
{
    const QString name = QStringLiteral("wal-test-checkpoint");
    bool copied = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            for (int attempt = 0; attempt < 200 && !copied; ++attempt) {
                // Columns: busy, frames in the log, frames copied.
                if (q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && q.next())
                    copied = q.value(0).toInt() == 0 && q.value(1).toInt() == q.value(2).toInt();
                q.finish();
                if (!copied)
                    QTest::qWait(25);
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return copied;
}

bool touch(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly);
}

} // namespace

void SqliteWalTest::manyStepsKeepTheLogBoundedAndClosingLeavesEveryRowInTheFile()
{
    SettableClock clock;
    const auto location = m_backend.freshLocation();
    const QString wal = location.path + QStringLiteral("-wal");
    // About five log frames a step: twice the limit, in one uninterrupted burst (the
    // background checkpoints never catch up with it, so the limit has to hold it).
    constexpr int kSteps = 2 * journal::WalCheckpointer::kLimitFrames / 5;
    {
        auto j = journal::SqlJournal::open(location, clock);
        QVERIFY(j.ok());
        for (int i = 0; i < kSteps; ++i) {
            auto recorded = j.value()->record(stepNumber(i));
            QVERIFY2(recorded.ok(), recorded.ok() ? "" : recorded.error().detail.c_str());
        }
        // The -wal file never shrinks while the journal is open: its size is its peak.
        const int pageSize = readWithPlainSqlite(location.path).pageSize;
        QVERIFY(pageSize > 0);
        const qint64 frame = pageSize + 24;
        const qint64 bound =
            32 + (journal::WalCheckpointer::kLimitFrames + 64) * frame; // + one step's frames
        QVERIFY2(
            QFileInfo(wal).size() <= bound,
            qPrintable(QStringLiteral("-wal is %1 bytes, limit %2").arg(QFileInfo(wal).size()).arg(bound)));
    }
    // Closed: everything is in the database file itself and the log is gone.
    QVERIFY(!QFileInfo::exists(wal));
    const FileState state = readWithPlainSqlite(location.path);
    QCOMPARE(state.integrity, QStringLiteral("ok"));
    QCOMPARE(state.details.size(), kSteps);
    QVERIFY(hasEveryStep(state.details, QStringLiteral("step:"), kSteps));
}

void SqliteWalTest::theLogShrinksBackOnceABurstHasBeenCopied()
{
    SettableClock clock;
    const auto location = m_backend.freshLocation();
    const QString wal = location.path + QStringLiteral("-wal");
    constexpr int kSteps = 3000; // about 15,000 log frames: some 60 MB of log
    {
        auto j = journal::SqlJournal::open(location, clock);
        QVERIFY(j.ok());
        for (int i = 0; i < kSteps; ++i)
            QVERIFY(j.value()->record(stepNumber(i)).ok());
        QVERIFY2(
            QFileInfo(wal).size() > 4 * journal::SqlConnection::kWalSizeLimitBytes,
            qPrintable(QStringLiteral("-wal is only %1 bytes after the burst").arg(QFileInfo(wal).size())));
        // The desk then stays open for the rest of the day. Once the log has been copied into
        // the file (as the background checkpointer does when the steps pause), the next step
        // starts the log again and the file is cut back instead of keeping its peak size.
        QVERIFY(copyWholeLog(location.path));
        QVERIFY(j.value()->record(stepNumber(kSteps)).ok());
        QVERIFY2(QFileInfo(wal).size() <= journal::SqlConnection::kWalSizeLimitBytes,
                 qPrintable(QStringLiteral("-wal is still %1 bytes").arg(QFileInfo(wal).size())));
    }
    const FileState state = readWithPlainSqlite(location.path);
    QCOMPARE(state.integrity, QStringLiteral("ok"));
    QCOMPARE(state.details.size(), kSteps + 1);
}

void SqliteWalTest::aJournalLeftOpenByACrashIsIntactAndComplete()
{
    SettableClock clock;
    const auto location = m_backend.freshLocation();
    QVERIFY(journal::SqlJournal::open(location, clock).ok());
    const QString go = m_backend.tempPath() + QStringLiteral("/go-crash");
    QVERIFY(touch(go));
    constexpr int kSteps = 2500; // the background checkpointer is at work when it ends
    auto writer = startWriter(location, QStringLiteral("CRASHY"), kSteps, go, /*abandon=*/true);
    QVERIFY(writer->waitForFinished(120000));
    QCOMPARE(writer->exitStatus(), QProcess::NormalExit);
    QCOMPARE(writer->exitCode(), 0);
    QVERIFY(QFileInfo::exists(location.path + QStringLiteral("-wal"))); // it really did not close

    const FileState state = readWithPlainSqlite(location.path);
    QCOMPARE(state.integrity, QStringLiteral("ok"));
    QCOMPARE(state.details.size(), kSteps);
    QVERIFY(hasEveryStep(state.details, QStringLiteral("CRASHY:"), kSteps));

    // The next process to open and close it tidies up.
    {
        auto j = journal::SqlJournal::open(location, clock);
        QVERIFY(j.ok());
        QCOMPARE(j.value()->count().value(), std::int64_t(kSteps));
    }
    QVERIFY(!QFileInfo::exists(location.path + QStringLiteral("-wal")));
}

void SqliteWalTest::twoProcessesRecordingAtOnceLeaveAnIntactJournal()
{
    SettableClock clock;
    const auto location = m_backend.freshLocation();
    QVERIFY(journal::SqlJournal::open(location, clock).ok());
    const QString go = m_backend.tempPath() + QStringLiteral("/go-two");
    // Together past the log's size limit, each writing and checkpointing while the other does.
    constexpr int kEach = 3000;
    auto a = startWriter(location, QStringLiteral("DESK-A"), kEach, go);
    auto b = startWriter(location, QStringLiteral("DESK-B"), kEach, go);
    QVERIFY(a->waitForStarted() && b->waitForStarted());
    QVERIFY(touch(go));
    QVERIFY(a->waitForFinished(120000));
    QVERIFY(b->waitForFinished(120000));
    QCOMPARE(a->exitCode(), 0);
    QCOMPARE(b->exitCode(), 0);

    const FileState state = readWithPlainSqlite(location.path);
    QCOMPARE(state.integrity, QStringLiteral("ok"));
    QCOMPARE(state.details.size(), 2 * kEach);
    QStringList deskA;
    QStringList deskB;
    for (const QString& d : state.details)
        (d.startsWith(QLatin1String("DESK-A:")) ? deskA : deskB) << d;
    QVERIFY(hasEveryStep(deskA, QStringLiteral("DESK-A:"), kEach));
    QVERIFY(hasEveryStep(deskB, QStringLiteral("DESK-B:"), kEach));
}
