// SPDX-License-Identifier: MIT
#pragma once

// The plan of an online fetch, shared by `actdesk desk online` and the Desk tab: for every
// waiting request, in order, a confirmation ID the journal already holds for the same IID and
// extended PID is reused (no MAK activation spent); a request from a simulated machine is never
// sent to Microsoft (*.microsoft.com), though it is sent to any other (test) endpoint; the rest
// are sent, one request for each distinct (IID, extended PID). Then, before the batch, one
// remaining-activations question per MAK. Pure: no network, no widgets, no user sentences.

#include "online/OnlineClient.h"

#include <QUrl>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace actdesk::online {

// What the plan needs of a waiting request (the caller chooses which requests are waiting).
struct PlanItem
{
    std::string installationId; // digits
    std::string extendedPid;
    bool simulation = false; // from a simulated machine
};

// The journal's confirmation ID for item `index` of the plan's input, if it holds one (and the
// caller could use it). Called once per item, in order, before anything else is decided.
using JournalLookup = std::function<std::optional<std::string>(std::size_t index)>;

struct PlannedItem
{
    enum class Step
    {
        Send,
        FromJournal,
        SimulationKeptAway,
    } step = Step::Send;
    int tag = -1;               // Send: the request that carries it (shared by the same IID and PID)
    std::string confirmationId; // FromJournal: the journal's
};

// One remaining-activations question: a MAK (named by one of its extended PIDs) and how many of
// the batch's requests would use it.
struct RemainingQuestion
{
    std::string extendedPid;
    int requests = 0;
};

struct OnlinePlan
{
    std::vector<PlannedItem> items;      // one per input item, in order
    std::vector<OnlineRequest> requests; // ConfirmationId requests, tags 0, 1, 2...
};

OnlinePlan planOnline(const std::vector<PlanItem>& items, const QUrl& endpoint, const JournalLookup& journal);

// Once per MAK (the key part of the extended PID; PIDs without one are not asked about), in the
// order of the key parts: how many of `requests` use it.
std::vector<RemainingQuestion> remainingQuestions(const std::vector<OnlineRequest>& requests);

// Whether a MAK with `remaining` activations left is too short for the question's requests.
inline bool tooFewLeft(const RemainingQuestion& question, long long remaining)
{
    return remaining < question.requests;
}

const char* stepKey(PlannedItem::Step step); // "send", "from-journal", "simulation-not-sent"

} // namespace actdesk::online
