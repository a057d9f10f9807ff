// SPDX-License-Identifier: MIT
#include "online/OnlinePlan.h"

#include <map>
#include <utility>

namespace actdesk::online {

OnlinePlan planOnline(const std::vector<PlanItem>& items, const QUrl& endpoint, const JournalLookup& journal)
{
    OnlinePlan plan;
    const bool microsoft = isMicrosoftEndpoint(endpoint);
    std::map<std::pair<std::string, std::string>, int> tagOf; // (IID, PID) -> request
    for (std::size_t i = 0; i < items.size(); ++i) {
        const PlanItem& item = items[i];
        PlannedItem planned;
        if (auto known = journal ? journal(i) : std::nullopt) {
            planned.step = PlannedItem::Step::FromJournal;
            planned.confirmationId = std::move(*known);
        } else if (item.simulation && microsoft) {
            planned.step = PlannedItem::Step::SimulationKeptAway;
        } else {
            auto [it, added] = tagOf.emplace(std::pair{item.installationId, item.extendedPid},
                                             static_cast<int>(plan.requests.size()));
            if (added)
                plan.requests.push_back(
                    {it->second, RequestType::ConfirmationId, item.extendedPid, item.installationId});
            planned.tag = it->second;
        }
        plan.items.push_back(std::move(planned));
    }
    return plan;
}

std::vector<RemainingQuestion> remainingQuestions(const std::vector<OnlineRequest>& requests)
{
    std::map<std::string, RemainingQuestion> perKey;
    for (const auto& r : requests) {
        const std::string key = keyPartOfExtendedPid(r.extendedPid);
        if (key.empty())
            continue;
        auto& question = perKey[key];
        question.extendedPid = r.extendedPid;
        ++question.requests;
    }
    std::vector<RemainingQuestion> out;
    for (auto& [key, question] : perKey)
        out.push_back(std::move(question));
    return out;
}

const char* stepKey(PlannedItem::Step step)
{
    switch (step) {
    case PlannedItem::Step::Send:
        return "send";
    case PlannedItem::Step::FromJournal:
        return "from-journal";
    case PlannedItem::Step::SimulationKeptAway:
        return "simulation-not-sent";
    }
    return "send";
}

} // namespace actdesk::online
