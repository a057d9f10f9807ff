// SPDX-License-Identifier: MIT
#pragma once

// What became of one waiting item in an online fetch, and the journal entry that records it.
// `actdesk desk online` and the Desk tab's "Get confirmation IDs online" both journal through
// this, so the two write the same row for the same attempt: the item, its IID and extended
// PID, the time, the endpoint, the outcome, the service error code (in the entry's error-code
// column, e.g. 0x7F = 127) and the number of sends. Never the product key (a transfer item has
// only the partial key) nor the service's HMAC key.

#include "online/OnlineClient.h"
#include "online/OnlinePlan.h"
#include "transfer/TransferItem.h"
#include "workflow/WorkflowEvent.h"

#include <QString>
#include <QUrl>
#include <chrono>
#include <string>

namespace actdesk::online {

struct OnlineAttempt
{
    PlannedItem::Step plan = PlannedItem::Step::Send;
    // "answered", "from-journal", "failed" (a service error), "error" (no usable answer),
    // "not-sent" (the batch stopped first), "simulation-not-sent".
    std::string outcome;
    std::string confirmationId; // digits: answered, or reused from the journal
    std::string serviceError;   // e.g. "0x7F"
    int attempts = 0;           // sends
};

// The attempt for a reuse of the journal's confirmation ID (digits).
OnlineAttempt reusedFromJournal(std::string confirmationId);
// The attempt for the result of the request that carried the item.
OnlineAttempt attemptOf(const OnlineResult& result);

// The endpoint as it is journaled and shown: without user information or query.
QString endpointText(const QUrl& endpoint);

// The journal entry (role desk, step confirmation-id) for `attempt` at `endpoint`; `item` as it
// stands after the attempt (answered, failed, or still waiting).
workflow::WorkflowEvent attemptEvent(const transfer::TransferItem& item, const OnlineAttempt& attempt,
                                     const QUrl& endpoint, std::chrono::system_clock::time_point at);

} // namespace actdesk::online
