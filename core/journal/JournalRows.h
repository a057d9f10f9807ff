// SPDX-License-Identifier: MIT
#pragma once

// A journal entry as flat, stable fields for scripts (actdesk journal --csv / --json):
// English keys that never change with the UI language, values in the journal's own
// spelling (UTC ISO time, step and outcome keys, 0x HRESULTs).

#include "workflow/ActivationJournal.h"

#include <QJsonObject>
#include <QStringList>

namespace actdesk::journal {

QStringList stableColumnKeys();
QStringList stableValues(const workflow::JournalEntry& entry);
QJsonObject toJson(const workflow::JournalEntry& entry);

} // namespace actdesk::journal
