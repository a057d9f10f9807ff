// SPDX-License-Identifier: MIT
#include "online/OnlineJournal.h"

#include "transfer/DeskAnswers.h"

namespace actdesk::online {

OnlineAttempt reusedFromJournal(std::string confirmationId)
{
    OnlineAttempt a;
    a.plan = PlannedItem::Step::FromJournal;
    a.outcome = "from-journal";
    a.confirmationId = std::move(confirmationId);
    return a;
}

OnlineAttempt attemptOf(const OnlineResult& r)
{
    OnlineAttempt a;
    a.attempts = r.attempts;
    using K = OnlineResult::Kind;
    if (r.kind == K::Answered && r.answer.kind == ServiceAnswer::Kind::ConfirmationId) {
        a.outcome = "answered";
        a.confirmationId = r.answer.confirmationId;
    } else if (r.kind == K::Answered) {
        a.outcome = "failed";
        a.serviceError = r.answer.errorCode;
    } else if (r.kind == K::NotSent) {
        a.outcome = "not-sent";
    } else {
        a.outcome = "error";
    }
    return a;
}

QString endpointText(const QUrl& endpoint)
{
    return endpoint.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

workflow::WorkflowEvent attemptEvent(const transfer::TransferItem& item, const OnlineAttempt& attempt,
                                     const QUrl& endpoint, std::chrono::system_clock::time_point at)
{
    workflow::WorkflowEvent e = transfer::deskEvent(item, at);
    e.outcome = attempt.confirmationId.empty() ? workflow::Outcome::Failed : workflow::Outcome::Succeeded;
    e.confirmationId = attempt.confirmationId;
    e.errorCode = attempt.serviceError.empty() ? 0 : serviceErrorNumber(attempt.serviceError);
    e.detail =
        attempt.plan == PlannedItem::Step::FromJournal
            ? "desk online: reused the journal's confirmation ID for item " + item.id
            : "desk online: item " + item.id + " endpoint " + endpointText(endpoint).toStdString() +
                  " outcome " + attempt.outcome +
                  (attempt.serviceError.empty() ? std::string() : " service error " + attempt.serviceError) +
                  " attempts " + std::to_string(attempt.attempts);
    return e;
}

} // namespace actdesk::online
