// SPDX-License-Identifier: MIT
// Benchmark (run by hand; results in docs/benchmarks.md): 1,000 waiting items fetched from the
// fake BatchActivation service on 127.0.0.1 over plain HTTP, with 1 and with 4 requests at
// once. The fake runs in this process, on the same thread, and measures the time it spends
// handling each request (parsing, checking the digest, computing the CID, writing the
// answer). The desk's own cost is the process's CPU time minus that; it is given per item and
// as a ratio to the fake's handling time.
//   online_benchmark [items] [runs]
#include "FakeBatchActivation.h"
#include "licensing/SimulatedActivationCentre.h"
#include "online/OnlineClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace actdesk;

namespace {

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

struct Sample
{
    double wall = 0, cpu = 0, fake = 0;
};

Sample once(int items, int concurrency)
{
    test::FakeBatchActivation fake;
    if (!fake.listen())
        std::abort();
    online::ClientOptions options;
    options.endpoint = QUrl(fake.endpoint());
    options.concurrency = concurrency;
    std::vector<online::OnlineRequest> requests;
    for (int i = 0; i < items; ++i)
        requests.push_back(
            {i, online::RequestType::ConfirmationId, "03612-03305-317-008912-03-1033-9200.0000-0662023",
             licensing::simulation::groupedDigitsFromSeed(static_cast<std::uint64_t>(i) + 1, 9, 7)});
    online::OnlineClient client(options);
    int answered = 0;
    QEventLoop loop;
    client.onFinished = [&](const online::OnlineResult& r) {
        answered += r.kind == online::OnlineResult::Kind::Answered &&
                    r.answer.kind == online::ServiceAnswer::Kind::ConfirmationId;
    };
    client.onAllDone = [&] { loop.quit(); };
    QElapsedTimer wall;
    const double cpu0 = cpuSeconds();
    wall.start();
    client.start(std::move(requests));
    loop.exec();
    Sample s{static_cast<double>(wall.nsecsElapsed()) / 1e9, cpuSeconds() - cpu0,
             static_cast<double>(fake.handlingNanoseconds()) / 1e9};
    if (answered != items || !fake.stats().rejected.isEmpty()) {
        std::fprintf(stderr, "online_benchmark: %d of %d answered\n", answered, items);
        std::abort();
    }
    return s;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int items = argc > 1 ? std::atoi(argv[1]) : 1000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
    std::printf("%d items, median of %d runs\n", items, runs);
    for (int concurrency : {1, 4}) {
        std::vector<Sample> samples;
        for (int r = 0; r < runs; ++r)
            samples.push_back(once(items, concurrency));
        auto median = [&](auto field) {
            std::vector<double> v;
            for (const auto& s : samples)
                v.push_back(field(s));
            std::sort(v.begin(), v.end());
            return v[v.size() / 2];
        };
        const double wall = median([](const Sample& s) { return s.wall; });
        const double fake = median([](const Sample& s) { return s.fake; });
        const double desk = median([](const Sample& s) { return s.cpu - s.fake; });
        std::printf(
            "%d at once: %.0f items/s (%.3f s wall); fake handling %.1f us/item; desk (CPU minus fake) "
            "%.1f us/item = %.1fx the fake's\n",
            concurrency, items / wall, wall, fake / items * 1e6, desk / items * 1e6, desk / fake);
    }
    // The protocol alone: signing a request and reading a typical answer, no network.
    {
        test::FakeBatchActivation fake; // not listening: only for a typical answer's bytes
        const auto request = online::buildRequest(online::RequestType::ConfirmationId,
                                                  "03612-03305-317-008912-03-1033-9200.0000-0662023",
                                                  licensing::simulation::groupedDigitsFromSeed(1, 9, 7));
        const QByteArray answer = fake.answerBytesFor(request.envelope);
        QElapsedTimer t;
        t.start();
        int ok = 0;
        for (int i = 0; i < items; ++i) {
            const auto r = online::buildRequest(
                online::RequestType::ConfirmationId, "03612-03305-317-008912-03-1033-9200.0000-0662023",
                licensing::simulation::groupedDigitsFromSeed(static_cast<std::uint64_t>(i) + 1, 9, 7));
            ok += online::readResponse(answer, online::RequestType::ConfirmationId).ok() &&
                  !r.envelope.isEmpty();
        }
        if (ok != items)
            std::abort();
        std::printf("protocol alone (sign + read one answer): %.1f us/item\n",
                    static_cast<double>(t.nsecsElapsed()) / 1e3 / items);
    }
    return 0;
}
