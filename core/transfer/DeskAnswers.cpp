// SPDX-License-Identifier: MIT
#include "transfer/DeskAnswers.h"

#include "input/ParseInput.h"
#include "input/UserText.h"
#include "licensing/SimulatedActivationCentre.h"
#include "transfer/TransferFormat.h"

#include <algorithm>

namespace actdesk::transfer {

namespace {

using Kind = TransferError::Kind;

TransferError itemError(Kind kind, const TransferItem& item, std::string value = {})
{
    TransferError e;
    e.kind = kind;
    e.item = item.id;
    e.line = item.line;
    e.value = std::move(value);
    return e;
}

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return out;
}

// Applies `change` to a copy and keeps it only if the result is a valid item.
template <typename F>
Result<void, TransferError> changeValidated(TransferItem& item, F change)
{
    TransferItem copy = item;
    change(copy);
    auto valid = validateItem(copy);
    if (!valid)
        return fail(valid.error());
    item = std::move(copy);
    return {};
}

} // namespace

Result<TransferItem*, TransferError> findItem(TransferFile& file, std::string_view idOrPrefix)
{
    const std::string wanted = lower(idOrPrefix);
    TransferError e;
    e.item = std::string(idOrPrefix);
    if (wanted.size() < kMinItemPrefix) {
        e.kind = Kind::UnknownItem;
        return fail(e);
    }
    TransferItem* found = nullptr;
    for (auto& item : file.items) {
        if (item.id == wanted)
            return &item;
        if (item.id.starts_with(wanted)) {
            e.candidates.push_back(item.id);
            found = &item;
        }
    }
    if (e.candidates.size() == 1)
        return found;
    e.kind = e.candidates.empty() ? Kind::UnknownItem : Kind::AmbiguousItem;
    return fail(e);
}

Result<AnswerChange, TransferError> answerItem(TransferItem& item, const ids::ConfirmationId& cid,
                                               std::string_view answeredBy, Timestamp at, bool replace)
{
    switch (item.status) {
    case ItemStatus::Applied:
        return fail(itemError(Kind::WrongStatus, item, statusKey(item.status)));
    case ItemStatus::Answered:
        if (item.confirmationId == cid)
            return AnswerChange::Unchanged;
        if (!replace)
            return fail(itemError(Kind::AlreadyAnswered, item, cid.grouped()));
        break;
    case ItemStatus::Pending:
    case ItemStatus::Failed:
        break;
    }
    auto changed = changeValidated(item, [&](TransferItem& i) {
        i.status = ItemStatus::Answered;
        i.confirmationId = cid;
        i.answeredBy = std::string(answeredBy);
        i.answeredAt = at;
        i.reason.clear();
    });
    if (!changed)
        return fail(changed.error());
    return AnswerChange::Answered;
}

Result<ids::ConfirmationId, TransferError> parseTypedConfirmationId(const TransferItem& item,
                                                                    std::string_view text)
{
    auto cid = input::parseConfirmationId(text);
    if (!cid) {
        auto e = itemError(Kind::InvalidId, item);
        e.field = "confirmation_id";
        e.idError = cid.error();
        return fail(e);
    }
    return cid.value();
}

Result<AnswerChange, TransferError> DeskAnswerLog::answer(TransferItem& item, const ids::ConfirmationId& cid,
                                                          std::string_view answeredBy, Timestamp at,
                                                          bool replace)
{
    auto answered = answerItem(item, cid, answeredBy, at, replace);
    if (answered && answered.value() == AnswerChange::Answered) {
        auto same = std::find_if(m_answered.begin(), m_answered.end(),
                                 [&](const TransferItem& i) { return i.id == item.id; });
        if (same != m_answered.end())
            *same = item;
        else
            m_answered.push_back(item);
    }
    return answered;
}

void DeskAnswerLog::restart()
{
    m_answered.clear();
}

const std::vector<TransferItem>& DeskAnswerLog::answered() const
{
    return m_answered;
}

Result<void, TransferError> failItem(TransferItem& item, std::string_view reason, std::string_view answeredBy,
                                     Timestamp at)
{
    if (item.status != ItemStatus::Pending && item.status != ItemStatus::Failed)
        return fail(itemError(Kind::WrongStatus, item, statusKey(item.status)));
    // The file format refuses a key in its usual spelling; a reason is typed by a person, so
    // every spelling the key fields accept is refused as well (en dashes, full width, ...).
    if (input::mentionsProductKey(reason)) {
        auto e = itemError(Kind::InvalidValue, item);
        e.field = "reason";
        e.detail = "product key";
        return fail(e);
    }
    return changeValidated(item, [&](TransferItem& i) {
        i.status = ItemStatus::Failed;
        i.reason = std::string(reason);
        i.answeredBy = std::string(answeredBy);
        i.answeredAt = at;
        i.confirmationId.reset();
    });
}

Result<AnswerChange, TransferError> answerFromSimulatedCentre(TransferItem& item, Timestamp at)
{
    if (!item.simulation)
        return fail(itemError(Kind::NotSimulated, item));
    if (!item.installationId) {
        auto e = itemError(Kind::InvalidId, item);
        e.field = "installation-id";
        e.idError = ids::IdError{ids::IdType::InstallationId, ids::IdErrorKind::Empty};
        return fail(e);
    }
    return answerItem(item, licensing::SimulatedActivationCentre::confirmationIdFor(*item.installationId),
                      kSimulatedCentreName, at);
}

workflow::WorkflowEvent deskEvent(const TransferItem& item, std::chrono::system_clock::time_point at)
{
    workflow::WorkflowEvent e;
    e.step = workflow::Step::ConfirmationId;
    e.outcome = item.status == ItemStatus::Failed ? workflow::Outcome::Failed : workflow::Outcome::Succeeded;
    e.at = at;
    e.detail = item.status == ItemStatus::Failed ? "desk: " + item.reason : "desk: transfer item " + item.id;
    e.machineName = item.machineName;
    e.machineId = item.machineId;
    e.os = item.os;
    e.simulation = item.simulation;
    e.catalogKey = item.program;
    e.activationId = item.activationId.canonical();
    e.partialKey = item.partialKey;
    e.extendedPid = item.extendedPid;
    e.installationId = item.installationId ? item.installationId->digits() : std::string{};
    e.confirmationId = item.confirmationId ? item.confirmationId->digits() : std::string{};
    return e;
}

} // namespace actdesk::transfer
