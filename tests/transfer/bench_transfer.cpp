// SPDX-License-Identifier: MIT
// Benchmark (not a test: timings vary by machine): import and validate a 10,000-item
// transfer file, compared with parsing the same file alone.
//   transfer_benchmark [runs]
// Prints the median of `runs` (default 15) for the following; the first two alternate run
// by run, and are given as wall-clock and as CPU time (all threads: the reader verifies item
// digests of a large file on a second thread):
//   raw parse         read the file and build the same items with nothing checked
//   import + validate read the file and validate it completely (loadTransferFile: digests,
//                     every IID/CID check digit, status rules): what opening a file costs;
//                     then, for reference, parseTransferFile alone on the bytes in memory
//                     (also on one thread, and the reader before the single-pass rewrite),
//                     SHA-256 of the whole file with libcrypto (what TransferDigest uses) and
//                     with Qt 6.4's QCryptographicHash (what it used before)
//   device import     what "actdesk import" does on top: apply the answers meant for this
//                     machine (2 of the 10,000 items) through the workflow against a
//                     simulated machine, then write the file back atomically (fsync)
// Results and the command are recorded in docs/benchmarks.md.
#include "ReferenceTransferReader.h"
#include "TestSupport.h"
#include "TransferTestSupport.h"
#include "licensing/SimulatedLicensing.h"
#include "transfer/DeskAnswers.h"
#include "transfer/DeviceTransfer.h"
#include "transfer/TransferDigest.h"
#include "transfer/TransferFormat.h"
#include "transfer/TransferMerge.h"
#include "transfer/TransferReader.h"
#include "transfer/TransferStore.h"

#include <QCryptographicHash>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <string_view>
#include <vector>

using namespace actdesk;
using namespace actdesk::transfer;

namespace {

// The "raw parser": the same items built from the same text, with nothing checked (no
// digests, no ID check digits, no status rules, no limits). What reading costs without
// validation. The IDs are wrapped unchecked (fromCheckedDigits, fromCanonical): the file
// is the writer's own, so they are well formed (debug builds assert it).
std::string rawUnescape(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) {
            const char c = s[++i];
            out.push_back(c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : c);
        } else {
            out.push_back(s[i]);
        }
    }
    return out;
}

std::string digitsOnly(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (char c : s)
        if (c >= '0' && c <= '9')
            out.push_back(c);
    return out;
}

TransferFile rawParse(const QByteArray& bytes)
{
    std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    TransferFile file;
    TransferItem* item = nullptr;
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        const auto line = text.substr(pos, end - pos);
        pos = end + 1;
        if (line.starts_with("[item ")) {
            item = &file.items.emplace_back();
            item->id = std::string(line.substr(6, line.size() - 7));
            continue;
        }
        const auto eq = line.find('=');
        if (!item || eq == std::string_view::npos)
            continue;
        const auto key = line.substr(0, eq);
        const auto value = line.substr(eq + 1);
        if (key == "machine-name") item->machineName = rawUnescape(value);
        else if (key == "machine-id") item->machineId = rawUnescape(value);
        else if (key == "os") item->os = rawUnescape(value);
        else if (key == "simulation") item->simulation = value == "yes";
        else if (key == "program") item->program = rawUnescape(value);
        else if (key == "activation-id") item->activationId = ids::ActivationId::fromCanonical(rawUnescape(value));
        else if (key == "partial-key") item->partialKey = rawUnescape(value);
        else if (key == "extended-pid") item->extendedPid = rawUnescape(value);
        else if (key == "installation-id") item->installationId = ids::InstallationId::fromCheckedDigits(digitsOnly(value));
        else if (key == "requested-at") item->requestedAt = parseTimestamp(value).value_or(Timestamp{});
        else if (key == "status") item->status = statusFromKey(value).value_or(ItemStatus::Pending);
        else if (key == "confirmation-id" && !value.empty())
            item->confirmationId = ids::ConfirmationId::fromCheckedDigits(digitsOnly(value));
        else if (key == "answered-by") item->answeredBy = rawUnescape(value);
        else if (key == "answered-at") item->answeredAt = parseTimestamp(value);
        else if (key == "reason") item->reason = rawUnescape(value);
        else if (key == "applied-at") item->appliedAt = parseTimestamp(value);
    }
    return file;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Wall-clock and CPU time (every thread of the process) of one call, in ms.
struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

double cpuNowMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

Timing timeOnce(const std::function<void()>& f)
{
    const double cpu0 = cpuNowMs();
    const auto t0 = std::chrono::steady_clock::now();
    f();
    const auto wall = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0);
    return {wall.count(), cpuNowMs() - cpu0};
}

double medianMs(int runs, const std::function<void()>& f)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        f();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 15;
    test::TempDir dir;
    test::FixedClock clock;
    const auto catalog = catalog::Catalog::builtIn();
    licensing::SimulatedMachineOptions options;
    options.name = "BENCH-PC";
    auto machine = licensing::SimulatedLicensing::init(dir.path() / "machine", options,
                                                       test::skusFor(catalog, OsFamily::Windows7), clock)
                       .value();
    for (const auto* aid : {test::kWin7Y1, test::kWin7Y2})
        (void)machine->installProductKey(ids::ProductKey::parseAscii("BCDFG-HJKMP-QRTVW-XY234-6789B").value(),
                                         ids::ActivationId::parseAscii(aid).value());

    // 9,998 answered items of other machines, then this machine's two.
    TransferFile file;
    for (int i = 0; i < 9'998; ++i) {
        auto item = test::request("PC-" + std::to_string(i / 2), i % 2 ? test::kWin7Y2 : test::kWin7Y1,
                                  static_cast<std::uint64_t>(i) + 1);
        (void)answerItem(item, test::cidFor(item), "desk", item.requestedAt);
        file.items.push_back(std::move(item));
    }
    auto own = collectRequests(*machine, catalog, clock, {}).value().requests();
    for (auto& item : own)
        (void)answerFromSimulatedCentre(item, item.requestedAt);
    mergeRequests(file, own);
    const QByteArray bytes = serializeTransferFile(file);
    const QString path = test::qpath(dir.path() / "bench.adtx");

    test::writeAll(dir.path() / "bench.adtx", bytes);
    auto runRaw = [&] {
        if (rawParse(test::readAll(dir.path() / "bench.adtx")).items.size() != file.items.size())
            std::abort();
    };
    auto runValidated = [&] {
        auto loaded = loadTransferFile(path);
        if (!loaded || loaded->file.items.size() != file.items.size())
            std::abort();
    };
    // The raw parse and import + validate alternate run by run, so that both see the same
    // load on a shared machine; the ratio is also taken pair by pair.
    std::vector<double> rawWall, rawCpu, validatedWall, validatedCpu, pairRatios;
    for (int i = 0; i < runs; ++i) {
        const Timing r = timeOnce(runRaw);
        const Timing v = timeOnce(runValidated);
        rawWall.push_back(r.wallMs);
        rawCpu.push_back(r.cpuMs);
        validatedWall.push_back(v.wallMs);
        validatedCpu.push_back(v.cpuMs);
        pairRatios.push_back(v.wallMs / r.wallMs);
    }
    const double raw = median(rawWall);
    const double validated = median(validatedWall);
    const double hashOnly = medianMs(runs, [&] {
        if (sha256Hex(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()))).size() != 64)
            std::abort();
    });
    // What the digests cost with Qt 6.4's portable SHA-256, which the reader used before.
    const double qtHashOnly = medianMs(runs, [&] {
        if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).size() != 32)
            std::abort();
    });
    const double parsedOnly = medianMs(runs, [&] {
        auto parsed = parseTransferFile(bytes);
        if (!parsed || parsed->items.size() != file.items.size())
            std::abort();
    });
    // The same with every item digest verified on this thread when its item ends (what
    // small files get), and the reader before the single-pass rewrite (the tests' oracle).
    const double parsedInOrder = medianMs(runs, [&] {
        auto parsed = detail::parseTransferFile(bytes, detail::DigestThread::InOrder);
        if (!parsed || parsed->items.size() != file.items.size())
            std::abort();
    });
    const double parsedBefore = medianMs(runs, [&] {
        auto parsed = reference::parseTransferFile(bytes);
        if (!parsed || parsed->items.size() != file.items.size())
            std::abort();
    });
    const auto stateBackup = test::readAll(licensing::simulated_store::stateFile(dir.path() / "machine"));
    const double import = medianMs(runs, [&] {
        // Each run starts from the unlicensed machine and the answered file.
        test::writeAll(licensing::simulated_store::stateFile(dir.path() / "machine"), stateBackup);
        test::writeAll(dir.path() / "bench.adtx", bytes);
        auto fresh = licensing::SimulatedLicensing::open(dir.path() / "machine", clock).value();
        std::optional<ImportReport> report;
        auto written = updateTransferFile(
            path,
            [&](TransferFile& f) -> Result<bool, TransferError> {
                report = applyAnswers(f, *fresh, catalog, clock, {}).value();
                return report->fileChanged;
            },
            false);
        if (!written || !report || report->entries.size() != 2 ||
            report->entries[0].outcome != ImportEntry::Outcome::Applied)
            std::abort();
    });

    std::printf("transfer file: %lld items, %.1f MB; median of %d runs\n", static_cast<long long>(file.items.size()),
                static_cast<double>(bytes.size()) / 1e6, runs);
    std::printf("  raw parse          read + build the items, nothing checked   %8.1f ms   (CPU %.1f ms)\n",
                raw, median(rawCpu));
    std::printf("  import + validate  read + loadTransferFile (all checks)      %8.1f ms   %.2fx raw (target <= 1.5x)\n",
                validated, validated / raw);
    std::printf("    CPU time, all threads                                      %8.1f ms   %.2fx raw CPU\n",
                median(validatedCpu), median(validatedCpu) / median(rawCpu));
    std::printf("    median of the run-by-run ratios (wall-clock)                          %.2fx raw\n",
                median(pairRatios));
    std::printf("  (of which checking the bytes in memory, parseTransferFile %6.1f ms   %.2fx raw)\n",
                parsedOnly, parsedOnly / raw);
    std::printf("  (the same on one thread, item digests in order            %6.1f ms   %.2fx raw)\n",
                parsedInOrder, parsedInOrder / raw);
    std::printf("  (the reader before the single-pass rewrite, in memory     %6.1f ms   %.2fx raw)\n",
                parsedBefore, parsedBefore / raw);
    std::printf("  (SHA-256 of the same %.1f MB alone, libcrypto           %8.1f ms   %.2fx raw)\n",
                static_cast<double>(bytes.size()) / 1e6, hashOnly, hashOnly / raw);
    std::printf("  (the same with Qt 6.4's QCryptographicHash, used before  %8.1f ms   %.2fx raw)\n",
                qtHashOnly, qtHashOnly / raw);
    std::printf("  device import      + apply 2 answers + atomic write + fsync  %8.1f ms   %.2fx raw\n", import,
                import / raw);
    return 0;
}
