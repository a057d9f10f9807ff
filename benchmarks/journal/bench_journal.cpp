// SPDX-License-Identifier: MIT
// Journal benchmarks (Google Benchmark). Run:  build/benchmarks/journal/bench_journal
//   - insert 10,000 activation steps into a SQLite file, one transaction each (as the
//     workflow records them); baseline: the same into an in-memory SQLite database; floor:
//     the same transactions on the same file schema through bare QtSql; reference: the
//     journal with checkpoints inside the commits (SQLite's auto-checkpoint), as before the
//     background checkpointer;
//   - look up by IID, by machine and "CID already obtained for this IID" in a journal of
//     1,000,000 rows; baseline: a std::unordered_map lookup of the same keys.
// At the end a table prints each result as a ratio to its baseline measured in this same
// process, and against the targets (10,000 inserts < 1 s; each lookup < 5 ms).
// ACTDESK_BENCH_PG_URL=postgresql://... adds the insert benchmark against PostgreSQL.
// ACTDESK_BENCH_ROWS overrides the 1,000,000 rows (for a quick try).
#include "common/Clock.h"
#include "journal/SqlJournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <unordered_map>

using namespace actdesk;

namespace {

constexpr int kInserts = 10000;
constexpr int kStepsPerActivation = 8;

class FixedClock final : public Clock
{
public:
    std::chrono::system_clock::time_point nowUtc() const override
    {
        return std::chrono::system_clock::time_point(std::chrono::seconds(1'780'000'000));
    }
};

const FixedClock& clock()
{
    static FixedClock c;
    return c;
}

QTemporaryDir& tempDir()
{
    static QTemporaryDir dir;
    return dir;
}

std::string machineName(int activation) { return "PC-" + std::to_string(activation / 2); } // 2 programs per machine
std::string iidFor(int activation)
{
    std::string s = std::to_string(1000000 + activation);
    return std::string(63 - s.size(), '7') + s;
}
std::string cidFor(int activation)
{
    std::string s = std::to_string(2000000 + activation);
    return std::string(48 - s.size(), '3') + s;
}
std::string pidFor(int activation) { return "03612-03564-000-" + std::to_string(activation) + "-03-1033-7601.0000-0012025"; }

// One of the 8 rows an activation leaves, like the CLI's flow.
workflow::JournalEntry stepEntry(int activation, int step)
{
    static const workflow::Step steps[kStepsPerActivation] = {
        workflow::Step::Prerequisites,  workflow::Step::Program,        workflow::Step::ProductKey,
        workflow::Step::InstallationId, workflow::Step::ConfirmationId, workflow::Step::ConfirmationId,
        workflow::Step::Deposit,        workflow::Step::Verify};
    workflow::JournalEntry e;
    e.event.step = steps[step];
    e.event.outcome = step == 4 ? workflow::Outcome::Failed : workflow::Outcome::Succeeded; // one CID typo
    e.event.at = std::chrono::system_clock::time_point(std::chrono::seconds(1'700'000'000 + activation * 60 + step));
    e.event.machineName = machineName(activation);
    e.event.machineId = "guid-" + e.event.machineName;
    e.event.os = "win7";
    e.event.catalogKey = activation % 2 ? "win7-esu-y2" : "win7-esu-y1";
    e.event.activationId = "77db037b-95c3-48d7-a3ab-a9c6d41093e0";
    if (step >= 2) {
        e.event.partialKey = "6789B";
        e.event.extendedPid = pidFor(activation);
    }
    if (step >= 3)
        e.event.installationId = iidFor(activation);
    if (step >= 5)
        e.event.confirmationId = cidFor(activation);
    e.author = {"operator", workflow::JournalRole::Device, "0.1.0"};
    return e;
}

std::unique_ptr<journal::SqlJournal> openOrDie(const journal::JournalLocation& l)
{
    auto j = journal::SqlJournal::open(l, clock(), QStringLiteral("bench"));
    if (!j) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(l.display()), j.error().detail.c_str());
        std::exit(1);
    }
    return std::move(j).value();
}

// The timed part ends when the 10,000th step is committed: what the recording thread waits
// for. Closing the journal afterwards (SQLite: stopping the background checkpointer, then
// copying what it had not copied yet) is what a short-lived CLI process still waits for
// before it exits; it is reported beside the time as close_ms, with the size of the -wal
// file at the 10,000th commit (wal_MB) and whether checkpoints ran in the background (bg_ckpt).
void insertTenThousand(benchmark::State& state, const std::function<journal::JournalLocation(int)>& location)
{
    int run = 0;
    double closeMs = 0;
    double walMb = 0;
    bool background = false;
    for (auto _ : state) {
        state.PauseTiming();
        auto j = openOrDie(location(run++));
        background = j->checkpointsInBackground();
        state.ResumeTiming();
        for (int i = 0; i < kInserts; ++i)
            if (!j->record(stepEntry(i / kStepsPerActivation, i % kStepsPerActivation)))
                state.SkipWithError("record failed");
        state.PauseTiming();
        walMb += QFileInfo(j->location().path + QStringLiteral("-wal")).size() / 1e6;
        QElapsedTimer closing;
        closing.start();
        j.reset();
        closeMs += closing.nsecsElapsed() / 1e6;
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * kInserts);
    state.counters["close_ms"] = benchmark::Counter(closeMs, benchmark::Counter::kAvgIterations);
    state.counters["wal_MB"] = benchmark::Counter(walMb, benchmark::Counter::kAvgIterations);
    state.counters["bg_ckpt"] = background ? 1 : 0; // 1: checkpoints off the recording thread
}

void BM_Insert10k_SqliteFile(benchmark::State& state)
{
    insertTenThousand(state, [](int run) {
        return journal::JournalLocation::sqliteFile(tempDir().filePath(QStringLiteral("insert-%1.sqlite").arg(run)));
    });
}

// The same with checkpoints left to SQLite's auto-checkpoint, inside the commits of the
// recording thread (as before WalCheckpointer): the before-and-after, under the same load.
void BM_Insert10k_SqliteFile_CheckpointInCommit_Reference(benchmark::State& state)
{
    insertTenThousand(state, [](int run) {
        auto l = journal::JournalLocation::sqliteFile(
            tempDir().filePath(QStringLiteral("incommit-%1.sqlite").arg(run)));
        l.backgroundCheckpoints = false;
        return l;
    });
}

void BM_Insert10k_SqliteMemory_Baseline(benchmark::State& state)
{
    insertTenThousand(state, [](int) { return journal::JournalLocation::sqliteFile(QStringLiteral(":memory:")); });
}

// The floor: the same 10,000 one-step transactions on the same schema through bare QtSql
// (one prepared statement, no journal code). Shows what the journal layer itself costs.
void BM_Insert10k_SqliteFile_BareQtSql_Floor(benchmark::State& state)
{
    int run = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = tempDir().filePath(QStringLiteral("floor-%1.sqlite").arg(run++));
        openOrDie(journal::JournalLocation::sqliteFile(path)).reset(); // creates the schema
        const QString name = QStringLiteral("floor-%1").arg(run);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.open();
            QSqlQuery pragma(db);
            pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
            pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint=4000"));
            QSqlQuery begin(db), commit(db), insert(db);
            begin.prepare(QStringLiteral("BEGIN IMMEDIATE"));
            commit.prepare(QStringLiteral("COMMIT"));
            insert.prepare(QStringLiteral(
                "INSERT INTO actdesk_journal (at_utc, step, outcome, machine_name, machine_key, installation_id, "
                "extended_pid, confirmation_id, partial_key, catalog_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            state.ResumeTiming();
            for (int i = 0; i < kInserts; ++i) {
                const auto e = stepEntry(i / kStepsPerActivation, i % kStepsPerActivation);
                begin.exec();
                insert.bindValue(0, QStringLiteral("2026-01-01T00:00:00.000Z"));
                insert.bindValue(1, QStringLiteral("deposit"));
                insert.bindValue(2, QStringLiteral("succeeded"));
                insert.bindValue(3, QString::fromStdString(e.event.machineName));
                insert.bindValue(4, QString::fromStdString(e.event.machineName).toLower());
                insert.bindValue(5, QString::fromStdString(e.event.installationId));
                insert.bindValue(6, QString::fromStdString(e.event.extendedPid));
                insert.bindValue(7, QString::fromStdString(e.event.confirmationId));
                insert.bindValue(8, QString::fromStdString(e.event.partialKey));
                insert.bindValue(9, QString::fromStdString(e.event.catalogKey));
                if (!insert.exec() || !commit.exec())
                    state.SkipWithError("bare insert failed");
            }
            state.PauseTiming();
        }
        QSqlDatabase::removeDatabase(name);
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * kInserts);
}

void BM_Insert10k_Postgres(benchmark::State& state)
{
    auto url = journal::JournalLocation::parse(qEnvironmentVariable("ACTDESK_BENCH_PG_URL"));
    insertTenThousand(state, [&url](int) { return url.value(); });
}

// --- the 1,000,000-row journal -------------------------------------------------------------
int rowCount()
{
    const int fromEnv = qEnvironmentVariableIntValue("ACTDESK_BENCH_ROWS");
    return fromEnv > 0 ? fromEnv : 1000000;
}

int activationCount() { return rowCount() / kStepsPerActivation; }

journal::SqlJournal& bigJournal()
{
    static std::unique_ptr<journal::SqlJournal> j = [] {
        const auto l = journal::JournalLocation::sqliteFile(tempDir().filePath(QStringLiteral("big.sqlite")));
        auto opened = openOrDie(l);
        std::fprintf(stderr, "building a journal of %d rows in %s ...\n", rowCount(), qPrintable(l.path));
        std::vector<workflow::JournalEntry> batch;
        for (int a = 0; a < activationCount(); ++a) {
            for (int s = 0; s < kStepsPerActivation; ++s)
                batch.push_back(stepEntry(a, s));
            if (batch.size() >= 50000 || a + 1 == activationCount()) {
                if (!opened->recordAll(batch)) {
                    std::fprintf(stderr, "bulk load failed\n");
                    std::exit(1);
                }
                batch.clear();
            }
        }
        return opened;
    }();
    return *j;
}

int randomActivation()
{
    static std::mt19937 rng(42);
    return std::uniform_int_distribution<int>(0, activationCount() - 1)(rng);
}

void BM_LookupByIid_1M(benchmark::State& state)
{
    auto& j = bigJournal();
    for (auto _ : state) {
        workflow::JournalQuery q;
        q.installationId = iidFor(randomActivation());
        auto found = j.find(q);
        if (!found || found->size() != 5)
            state.SkipWithError("wrong result");
        benchmark::DoNotOptimize(found);
    }
}

void BM_KnownConfirmation_1M(benchmark::State& state)
{
    auto& j = bigJournal();
    for (auto _ : state) {
        const int a = randomActivation();
        auto found = j.knownConfirmation(iidFor(a), pidFor(a));
        if (!found || !found->has_value() || (*found)->confirmationId != cidFor(a))
            state.SkipWithError("wrong result");
        benchmark::DoNotOptimize(found);
    }
}

void BM_LookupByMachine_1M(benchmark::State& state)
{
    auto& j = bigJournal();
    for (auto _ : state) {
        workflow::JournalQuery q;
        q.machineName = machineName(randomActivation());
        auto found = j.find(q);
        if (!found || found->size() != 2 * kStepsPerActivation)
            state.SkipWithError("wrong result");
        benchmark::DoNotOptimize(found);
    }
}

void BM_Lookup_UnorderedMap_Baseline(benchmark::State& state)
{
    static const std::unordered_map<std::string, int> index = [] {
        std::unordered_map<std::string, int> m;
        for (int a = 0; a < activationCount(); ++a)
            m.emplace(iidFor(a), a);
        return m;
    }();
    for (auto _ : state) {
        auto it = index.find(iidFor(randomActivation()));
        benchmark::DoNotOptimize(it);
    }
}

// Prints every result as a ratio to its baseline from this run.
class RatioReporter final : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run>& runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const auto& r : runs) {
            if (r.error_occurred || r.iterations <= 0)
                continue;
            std::string name = r.benchmark_name();
            name = name.substr(0, name.find('/'));
            m_results[name] = {r.real_accumulated_time / double(r.iterations),
                               r.cpu_accumulated_time / double(r.iterations)};
        }
    }
    void Finalize() override
    {
        ConsoleReporter::Finalize();
        const auto real = [this](const std::string& name) {
            auto it = m_results.find(name);
            return it == m_results.end() ? 0.0 : it->second.first;
        };
        const double insertBase = real("BM_Insert10k_SqliteMemory_Baseline");
        const double lookupBase = real("BM_Lookup_UnorderedMap_Baseline");
        std::printf("\n%-42s %12s %12s %12s  %s\n", "benchmark", "real", "cpu", "x baseline", "target");
        for (const auto& [name, t] : m_results) {
            const bool insert = name.rfind("BM_Insert", 0) == 0;
            const double base = insert ? insertBase : lookupBase;
            const bool reference = name.find("Baseline") != std::string::npos ||
                                   name.find("Floor") != std::string::npos ||
                                   name.find("Reference") != std::string::npos;
            const bool sqlite = name.find("Sqlite") != std::string::npos || !insert;
            const double limit = insert ? 1.0 : 0.005;
            const char* verdict = reference ? "(reference)"
                                  : !sqlite ? "(no target)"
                                  : t.first < limit ? "met"
                                  : t.second < limit ? "met in CPU time, missed in real time"
                                                     : "MISSED";
            std::printf("%-42s %9.3f ms %9.3f ms %11.1fx  %s\n", name.c_str(), t.first * 1000.0, t.second * 1000.0,
                        base > 0 ? t.first / base : 0.0, verdict);
        }
        std::printf("baselines: inserts vs BM_Insert10k_SqliteMemory_Baseline, lookups vs "
                    "BM_Lookup_UnorderedMap_Baseline (same process)\n");
        std::printf("targets: 10,000 inserts < 1000 ms on SQLite; each lookup < 5 ms at %d rows\n", rowCount());
    }

private:
    std::map<std::string, std::pair<double, double>> m_results; // real, cpu seconds
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::RegisterBenchmark("BM_Insert10k_SqliteMemory_Baseline", BM_Insert10k_SqliteMemory_Baseline)
        ->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();
    benchmark::RegisterBenchmark("BM_Insert10k_SqliteFile", BM_Insert10k_SqliteFile)
        ->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();
    benchmark::RegisterBenchmark("BM_Insert10k_SqliteFile_CheckpointInCommit_Reference",
                                 BM_Insert10k_SqliteFile_CheckpointInCommit_Reference)
        ->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();
    benchmark::RegisterBenchmark("BM_Insert10k_SqliteFile_BareQtSql_Floor", BM_Insert10k_SqliteFile_BareQtSql_Floor)
        ->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();
    if (!qEnvironmentVariableIsEmpty("ACTDESK_BENCH_PG_URL") &&
        journal::JournalLocation::parse(qEnvironmentVariable("ACTDESK_BENCH_PG_URL")))
        benchmark::RegisterBenchmark("BM_Insert10k_Postgres", BM_Insert10k_Postgres)
            ->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
    benchmark::RegisterBenchmark("BM_Lookup_UnorderedMap_Baseline", BM_Lookup_UnorderedMap_Baseline)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("BM_LookupByIid_1M", BM_LookupByIid_1M)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("BM_KnownConfirmation_1M", BM_KnownConfirmation_1M)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("BM_LookupByMachine_1M", BM_LookupByMachine_1M)->Unit(benchmark::kMicrosecond);
    benchmark::Initialize(&argc, argv);
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
