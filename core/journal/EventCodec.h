// SPDX-License-Identifier: MIT
#pragma once

// How the journal spells workflow values in its columns: stable text keys, so a journal
// written today is readable by a later version and by people querying it with SQL.

#include "ids/IdError.h"
#include "workflow/ActivationJournal.h"

#include <QString>

#include <chrono>
#include <optional>

namespace actdesk::journal {

// "2025-01-14T09:30:00.000Z": fixed width, so text order is time order on every backend.
QString formatUtc(std::chrono::system_clock::time_point at);
std::optional<std::chrono::system_clock::time_point> parseUtc(const QString& text);

QString stepToKey(workflow::Step step);
std::optional<workflow::Step> stepFromKey(const QString& key);
QString outcomeKey(workflow::Outcome outcome); // "succeeded" / "failed"
std::optional<workflow::Outcome> outcomeFromKey(const QString& key);
QString roleKey(workflow::JournalRole role);

// "type=confirmation-id;kind=check-digit;groups=2,3" (empty without an error).
QString encodeIdError(const std::optional<ids::IdError>& error);
std::optional<ids::IdError> decodeIdError(const QString& text);

// What the journal stores for lookups: IID and CID as digits, partial key upper case,
// activation ID lower case, machine names case-folded for the index.
QString digitsOnly(const QString& text);
QString foldMachineName(const QString& name);

} // namespace actdesk::journal
