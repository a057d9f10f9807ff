// SPDX-License-Identifier: MIT
#pragma once

// What the transfer verbs (export, import, desk ...) share: error reporting with exit codes,
// product names, item JSON.

#include "transfer/TransferError.h"
#include "transfer/TransferItem.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <string>

namespace actdesk::cli {

class CliContext;

// Reports a transfer error (translated; in --json the error object names its kind, file, line,
// item, field and groups: JsonError.h) and returns
// the exit code: ExitEnvironment when the medium is the problem (unreadable, read-only, write
// failed, changed underneath, in use by another program), ExitFailed when the content is.
// `hint`, if any, follows the sentence: what to type instead.
int transferFailure(CliContext& ctx, const transfer::TransferError& error, const QString& hint = {});
int transferExitCode(const transfer::TransferError& error);

// "Windows 7 SP1 ESU, Year 1", or the activation ID when the catalog does not know it.
QString productName(const CliContext& ctx, const ids::ActivationId& activationId);

// Every field of an item, for --json (IDs grouped with '-').
QJsonObject itemJson(const transfer::TransferItem& item);

// Who answers at the desk: --by NAME, else user@host.
// A reason (when given) and a --by name checked where they are typed (ArgumentText::problem).
std::optional<QString> checkTypedText(const std::string& reason, const QString& by);
std::string deskOperator(const QString& given);

} // namespace actdesk::cli
