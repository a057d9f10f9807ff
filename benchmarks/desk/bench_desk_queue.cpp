// SPDX-License-Identifier: MIT
// Desk queue benchmarks (Google Benchmark), offscreen. Run:
//   QT_QPA_PLATFORM=offscreen build/benchmarks/desk/bench_desk_queue
// A transfer file of 10,000 requests (ACTDESK_BENCH_ITEMS overrides) in the Desk tab:
//   - scroll the queue from top to bottom, a page at a time, painting each page; baseline:
//     the same table of the same texts in a QStandardItemModel (every cell made up front),
//     reference: a QTableWidget filled the way the Desk filled it before it had a model;
//   - open the file (read, verify, show); baseline: reading and verifying it alone;
//   - sort by status and back, and filter by a machine name, through the proxy.
// At the end a table prints each result as a ratio to its baseline measured in this same
// process. Speed is measured here, never asserted in tests.
#include "DeskQueueView.h"
#include "TransferTestSupport.h"
#include "catalog/Catalog.h"
#include "transfer/TransferStore.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <map>
#include <memory>

using namespace actdesk;

namespace {

class FixedClock final : public Clock
{
  public:
    std::chrono::system_clock::time_point nowUtc() const override
    {
        return std::chrono::system_clock::time_point(std::chrono::seconds(1'780'000'000));
    }
};

int itemCount()
{
    static const int n = qEnvironmentVariableIsEmpty("ACTDESK_BENCH_ITEMS")
                             ? 10000
                             : qEnvironmentVariableIntValue("ACTDESK_BENCH_ITEMS");
    return n;
}

const QString& transferFile()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(QStringLiteral("queue.adtx"));
        transfer::TransferFile file;
        for (int i = 0; i < itemCount(); ++i)
            file.items.push_back(
                test::request("PC-" + std::to_string(i), test::kWin7Y1, std::uint64_t(i) + 1));
        if (!transfer::saveTransferFile(p, file, transfer::DiskVersion{}))
            std::fprintf(stderr, "could not write %s\n", qPrintable(p));
        return p;
    }();
    return path;
}

const catalog::Catalog& catalogue()
{
    static const catalog::Catalog c = catalog::Catalog::builtIn();
    return c;
}

std::unique_ptr<ui::DeskQueueView> openDesk()
{
    static FixedClock clock;
    auto view = std::make_unique<ui::DeskQueueView>(catalogue(), nullptr, clock, QStringLiteral("bench"));
    view->resize(1150, 900);
    view->show();
    view->openFile(transferFile());
    return view;
}

// The cells of the queue as text, for the baselines.
std::vector<QStringList> queueTexts()
{
    auto view = openDesk();
    const QAbstractItemModel* model = view->queue()->model();
    std::vector<QStringList> rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells << model->index(r, c).data().toString();
        rows.push_back(cells);
    }
    return rows;
}

// Top to bottom, a page at a time, painting each page (about 300 pages for 10,000 rows).
void scrollThrough(QTableView& table)
{
    QScrollBar* bar = table.verticalScrollBar();
    bar->setValue(0);
    QImage page(table.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    while (true) {
        table.viewport()->render(&page); // paints the rows in view, as the screen would
        benchmark::DoNotOptimize(page.constBits());
        if (bar->value() >= bar->maximum())
            break;
        bar->setValue(bar->value() + bar->pageStep());
    }
}

void BM_Scroll_StandardItemModel_Baseline(benchmark::State& state)
{
    const auto texts = queueTexts();
    QStandardItemModel model(int(texts.size()), 5);
    for (int r = 0; r < int(texts.size()); ++r)
        for (int c = 0; c < 5; ++c)
            model.setItem(r, c, new QStandardItem(texts[std::size_t(r)][c]));
    QTableView table;
    table.setModel(&model);
    table.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table.resize(1150, 600);
    table.show();
    for (auto _ : state)
        scrollThrough(table);
}

void BM_Scroll_TableWidget_Reference(benchmark::State& state)
{
    const auto texts = queueTexts();
    QTableWidget table(int(texts.size()), 5);
    for (int r = 0; r < int(texts.size()); ++r)
        for (int c = 0; c < 5; ++c)
            table.setItem(r, c, new QTableWidgetItem(texts[std::size_t(r)][c]));
    table.resize(1150, 600);
    table.show();
    for (auto _ : state)
        scrollThrough(table);
}

void BM_Scroll_Desk(benchmark::State& state)
{
    auto view = openDesk();
    for (auto _ : state)
        scrollThrough(*view->queue());
}

void BM_Open_ReadOnly_Baseline(benchmark::State& state)
{
    for (auto _ : state) {
        auto loaded = transfer::loadTransferFile(transferFile());
        benchmark::DoNotOptimize(loaded);
    }
}

void BM_Open_Desk(benchmark::State& state)
{
    for (auto _ : state) {
        auto view = openDesk();
        benchmark::DoNotOptimize(view);
    }
}

void BM_SortByStatusAndBack_Desk(benchmark::State& state)
{
    auto view = openDesk();
    for (auto _ : state) {
        view->queue()->sortByColumn(ui::desk::DeskQueueModel::StatusColumn, Qt::DescendingOrder);
        view->queue()->sortByColumn(ui::desk::DeskQueueModel::MachineColumn, Qt::AscendingOrder);
    }
}

void BM_FilterAndClear_Desk(benchmark::State& state)
{
    auto view = openDesk();
    for (auto _ : state) {
        view->filterEdit()->setText(QStringLiteral("PC-42"));
        view->filterEdit()->clear();
    }
}

// Prints every result as a ratio to its baseline from this run.
class RatioReporter final : public benchmark::ConsoleReporter
{
  public:
    void ReportRuns(const std::vector<Run>& runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const auto& r : runs)
            if (!r.error_occurred && r.iterations > 0)
                m_real[r.benchmark_name().substr(0, r.benchmark_name().find('/'))] =
                    r.real_accumulated_time / double(r.iterations);
    }
    void Finalize() override
    {
        ConsoleReporter::Finalize();
        const auto real = [this](const std::string& name) {
            auto it = m_real.find(name);
            return it == m_real.end() ? 0.0 : it->second;
        };
        const double scrollBase = real("BM_Scroll_StandardItemModel_Baseline");
        const double openBase = real("BM_Open_ReadOnly_Baseline");
        std::printf("\n%-40s %12s %12s\n", "benchmark", "real", "x baseline");
        for (const auto& [name, t] : m_real) {
            const double base = name.rfind("BM_Scroll", 0) == 0 ? scrollBase : openBase;
            std::printf("%-40s %9.2f ms %11.2fx\n", name.c_str(), t * 1000.0, base > 0 ? t / base : 0.0);
        }
        std::printf("%d requests; scrolling vs BM_Scroll_StandardItemModel_Baseline, the rest vs "
                    "BM_Open_ReadOnly_Baseline (same process)\n",
                    itemCount());
    }

  private:
    std::map<std::string, double> m_real; // seconds
};

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const auto ms = [](auto* b) { return b->Unit(benchmark::kMillisecond)->UseRealTime(); };
    ms(benchmark::RegisterBenchmark("BM_Scroll_StandardItemModel_Baseline",
                                    BM_Scroll_StandardItemModel_Baseline));
    ms(benchmark::RegisterBenchmark("BM_Scroll_TableWidget_Reference", BM_Scroll_TableWidget_Reference));
    ms(benchmark::RegisterBenchmark("BM_Scroll_Desk", BM_Scroll_Desk));
    ms(benchmark::RegisterBenchmark("BM_Open_ReadOnly_Baseline", BM_Open_ReadOnly_Baseline));
    ms(benchmark::RegisterBenchmark("BM_Open_Desk", BM_Open_Desk));
    ms(benchmark::RegisterBenchmark("BM_SortByStatusAndBack_Desk", BM_SortByStatusAndBack_Desk));
    ms(benchmark::RegisterBenchmark("BM_FilterAndClear_Desk", BM_FilterAndClear_Desk));
    benchmark::Initialize(&argc, argv);
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
