// SPDX-License-Identifier: MIT
#pragma once

// The "error" object of a failed outcome with --json: {"code": a stable English name, plus what
// the error value names (file, line, item, field, groups, hresult ...)}. CliContext::failure adds
// the translated "message". One shape for usage errors (exit 2), failed operations (exit 1) and
// file or environment trouble (exit 3), so a script reads error.code whatever went wrong.

#include "catalog/Catalog.h"
#include "ids/IdError.h"
#include "licensing/LicensingError.h"
#include "transfer/TransferError.h"
#include "workflow/ActivationJournal.h"
#include "workflow/ActivationSession.h"

#include <QJsonObject>

namespace actdesk::cli {

// {"code": code}: a failure no core error value names ("no-esu-product", "items-failed" ...).
QJsonObject jsonError(const char* code);
// errorKindKey ("in-use", "item-digest-mismatch"), "file", "line", "item", "field", "groups".
QJsonObject jsonError(const transfer::TransferError& error);
// "id-wrong-length", "id-check-digit" ...; "id" (installation-id ...), "groups", "position".
QJsonObject jsonError(const ids::IdError& error);
// "licensing" with "hresult" ("0xC004F050") and "reason" when one of our backends gave one.
QJsonObject jsonError(const licensing::LicensingError& error);
// An ID error, a licensing error, or "out-of-order" with the "needed" step.
QJsonObject jsonError(const workflow::SessionError& error);
// "journal-disk-full", "journal-corrupt" ...; "location" (never a password).
QJsonObject jsonError(const workflow::JournalError& error);
// "catalog-syntax", "catalog-cannot-open" ...; "file", "line", "field".
QJsonObject jsonError(const catalog::CatalogError& error);

} // namespace actdesk::cli
