// SPDX-License-Identifier: MIT
// libFuzzer target for the transfer file reader (built with clang: transfer_fuzz).
// Invariants checked on every input:
//  - the reader returns (never crashes, hangs or reads out of bounds: ASan/UBSan);
//  - it agrees with the reference reader (the reader before the single-pass rewrite,
//    ReferenceTransferReader.cpp): the same items, or the same first problem; with item
//    digests verified in order, and on every fourth input also on a second thread;
//  - a file it accepts is written back, and that is read again to the same items;
//  - writing is a fixed point (write(read(write(x))) == write(x)).
// With GCC the same entry point is built into transfer_fuzz_replay, which runs the golden
// files and a few mutations of them as a normal test.
#include "ReaderOracle.h"
#include "transfer/TransferFormat.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void expectSameAsReference(QByteArrayView bytes, actdesk::transfer::detail::DigestThread digests)
{
    const std::string difference = actdesk::test::differenceFromReference(bytes, digests);
    if (difference.empty())
        return;
    std::fprintf(stderr, "transfer reader differs from the reference reader: %s\n", difference.c_str());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace actdesk::transfer;
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    expectSameAsReference(bytes, detail::DigestThread::InOrder);
    if (size % 4 == 0) // a thread per input would halve the inputs tried per second
        expectSameAsReference(bytes, detail::DigestThread::Worker);
    auto parsed = parseTransferFile(bytes);
    if (!parsed)
        return 0;
    const QByteArray written = serializeTransferFile(parsed.value());
    auto again = parseTransferFile(written);
    if (!again || again->items.size() != parsed->items.size())
        std::abort();
    for (std::size_t i = 0; i < parsed->items.size(); ++i)
        if (!(again->items[i] == parsed->items[i]))
            std::abort();
    if (serializeTransferFile(again.value()) != written)
        std::abort();
    return 0;
}
