// SPDX-License-Identifier: MIT
// libFuzzer target for the BatchActivation response reader (built with clang: online_fuzz;
// run by scripts/fuzz-online.sh). Invariants on every input:
//  - the reader returns (never crashes, hangs or reads out of bounds: ASan/UBSan);
//  - an accepted confirmation ID is 48 digits whose every group passes its check digit;
//  - an accepted count is not negative; a kept error code is printable ASCII, at most 32;
//  - the answer does not depend on anything but the bytes (read twice, the same result).
#include "ids/ConfirmationId.h"
#include "online/BatchActivation.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool ok, const char* what)
{
    if (ok)
        return;
    std::fprintf(stderr, "online response reader: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace actdesk::online;
    const QByteArray body(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (RequestType type : {RequestType::ConfirmationId, RequestType::RemainingActivations}) {
        auto read = readResponse(body, type);
        auto again = readResponse(body, type);
        check(read.ok() == again.ok(), "two reads of the same bytes disagree");
        if (!read) {
            check(read.error().kind == again.error().kind, "two reads give different errors");
            continue;
        }
        const ServiceAnswer& a = read.value();
        switch (a.kind) {
        case ServiceAnswer::Kind::ConfirmationId:
            check(type == RequestType::ConfirmationId, "a CID for a count request");
            check(a.confirmationId.size() == 48, "a CID that is not 48 digits");
            check(actdesk::ids::ConfirmationId::parseAscii(a.confirmationId).ok(),
                  "a CID failing its check digits");
            break;
        case ServiceAnswer::Kind::RemainingActivations:
            check(type == RequestType::RemainingActivations, "a count for a CID request");
            check(a.remaining >= 0, "a negative count");
            break;
        case ServiceAnswer::Kind::ServiceError:
            check(!a.errorCode.empty() && a.errorCode.size() <= 32, "an error code of odd length");
            for (char c : a.errorCode)
                check(c > 0x20 && c < 0x7f, "an error code with unprintable characters");
            break;
        }
    }
    return 0;
}
