// SPDX-License-Identifier: MIT
#include "TransferText.h"


#include "files/FileKind.h"
#include "files/FileLock.h"
#include "text/ErrorText.h"
#include "text/Printable.h"
#include "transfer/DeskAnswers.h"
#include "transfer/TransferFormat.h"

#include <QStringList>

namespace actdesk::text {

using transfer::TransferError;
using Kind = transfer::TransferError::Kind;

namespace {

} // namespace

QString TransferText::status(transfer::ItemStatus status)
{
    switch (status) {
    case transfer::ItemStatus::Pending:
        return tr("waiting for a confirmation ID");
    case transfer::ItemStatus::Answered:
        return tr("answered");
    case transfer::ItemStatus::Failed:
        return tr("failed");
    case transfer::ItemStatus::Applied:
        return tr("applied on the machine");
    }
    return {};
}

QString TransferText::statusLabel(transfer::ItemStatus status)
{
    switch (status) {
    case transfer::ItemStatus::Pending:
        return tr("Waiting for a confirmation ID");
    case transfer::ItemStatus::Answered:
        return tr("Answered");
    case transfer::ItemStatus::Failed:
        return tr("Failed");
    case transfer::ItemStatus::Applied:
        return tr("Applied on the machine");
    }
    return {};
}

QString TransferText::error(const TransferError& e)
{
    const QString file = QString::fromStdString(e.path);
    const QString item = QString::fromStdString(e.item);
    const QString field = QString::fromStdString(e.field);
    QString text;
    switch (e.kind) {
    case Kind::NotAFile:
        text = ErrorText::notAFile(file, files::fileKindFromKey(e.value));
        break;
    case Kind::NotFound:
        text = tr("The file %1 does not exist.").arg(file);
        break;
    case Kind::CannotRead:
        text = tr("The file %1 cannot be read: %2").arg(file, QString::fromStdString(e.detail));
        break;
    case Kind::TooLarge:
        text =
            tr("The file %1 is too large to be a transfer file (%2 bytes; a transfer file has at most %3).")
                .arg(file)
                .arg(e.found)
                .arg(e.expected);
        break;
    case Kind::NotATransferFile:
        text = tr("%1 is not an Activation Desk transfer file: its first line is not \"%2 <version>\".")
                   .arg(file, QString::fromLatin1(transfer::kMagic.data(),
                                                  static_cast<qsizetype>(transfer::kMagic.size())));
        break;
    case Kind::NewerVersion:
        text =
            tr("The transfer file %1 was made by a newer version of Activation Desk (format version %2; this "
               "version reads format version %3). Update Activation Desk on this computer to open it.")
                .arg(file)
                .arg(e.version)
                .arg(transfer::kFormatVersion);
        break;
    case Kind::UnsupportedVersion:
        text = tr("The transfer file %1 has format version %2, which no version of Activation Desk writes.")
                   .arg(file)
                   .arg(e.version);
        break;
    case Kind::Truncated:
        text = tr("The transfer file %1 is incomplete: it ends at line %2 without its closing digest line. "
                  "It was "
                  "probably cut short while being copied or written (for example a USB stick removed too "
                  "early). "
                  "Save it again where it was made.")
                   .arg(file)
                   .arg(e.line);
        break;
    case Kind::InvalidText:
        text =
            tr("Line %1 of %2 is not readable text (not UTF-8, or a control character): the file is damaged.")
                .arg(e.line)
                .arg(file);
        break;
    case Kind::LineTooLong:
        text = tr("Line %1 of %2 is longer than any line of a transfer file: the file is damaged.")
                   .arg(e.line)
                   .arg(file);
        break;
    case Kind::Syntax:
        text =
            tr("Line %1 of %2 is not part of the transfer file format: the file is damaged or was edited by "
               "hand.")
                .arg(e.line)
                .arg(file);
        break;
    case Kind::InvalidEscape:
        text =
            tr("Line %1 of %2: the field \"%3\" of item %4 contains a backslash sequence the format does not "
               "use.")
                .arg(e.line)
                .arg(file, field, item);
        break;
    case Kind::FieldOutsideItem:
        text =
            tr("Line %1 of %2: the field \"%3\" appears before the first item.").arg(e.line).arg(file, field);
        break;
    case Kind::UnknownField:
        text = tr("Line %1 of %2: item %3 has a field \"%4\" that this format version does not have.")
                   .arg(e.line)
                   .arg(file, item, field);
        break;
    case Kind::DuplicateField:
        text = tr("Line %1 of %2: the field \"%3\" appears twice.").arg(e.line).arg(file, field);
        break;
    case Kind::MissingField:
        text = tr("Item %1 (line %2 of %3) lacks the field \"%4\".").arg(item).arg(e.line).arg(file, field);
        break;
    case Kind::DuplicateItem:
        text = tr("Line %1 of %2: item %3 appears twice.").arg(e.line).arg(file, item);
        break;
    case Kind::InvalidValue:
        if (e.detail == "product key")
            text = tr("Line %1 of %2: the field \"%3\" of item %4 looks like it holds a full product key. A "
                      "transfer file must never hold one; remove it.")
                       .arg(e.line)
                       .arg(file, field, item);
        else if (e.value.empty())
            text = tr("Line %1 of %2: the field \"%3\" of item %4 has an impossible value.")
                       .arg(e.line)
                       .arg(file, field, item);
        else
            text = tr("Line %1 of %2: the field \"%3\" of item %4 has an impossible value: \"%5\".")
                       .arg(e.line)
                       .arg(file, field, item, QString::fromStdString(e.value));
        break;
    case Kind::InvalidId:
        if (e.line == 0) // typed, not read from the file: what is wrong with the ID is enough
            text = tr("Item %1: %2").arg(item, e.idError ? ErrorText::idError(*e.idError) : QString());
        else
            text = tr("Line %1 of %2: the field \"%3\" of item %4 is not valid. %5")
                       .arg(e.line)
                       .arg(file, field, item, e.idError ? ErrorText::idError(*e.idError) : QString());
        break;
    case Kind::InconsistentStatus:
        text =
            e.expected
                ? tr("Line %1 of %2: item %3 is \"%4\" but its field \"%5\" is empty.")
                      .arg(e.line)
                      .arg(file, item, QString::fromStdString(e.value), field)
                : tr("Line %1 of %2: item %3 is \"%4\" but its field \"%5\" is filled in; it must be empty "
                     "for that status.")
                      .arg(e.line)
                      .arg(file, item, QString::fromStdString(e.value), field);
        break;
    case Kind::ItemDigestMismatch:
        text = tr("Item %1 (line %2 of %3) was changed or damaged after it was written: its digest does not "
                  "match "
                  "its content. Nothing was changed; save the request or the answers again.")
                   .arg(item)
                   .arg(e.line)
                   .arg(file);
        break;
    case Kind::ItemCountMismatch:
        text = tr("The transfer file %1 says (line %2) that it holds %3 items, but %4 were found: items were "
                  "removed or added by hand.")
                   .arg(file)
                   .arg(e.line)
                   .arg(e.expected)
                   .arg(e.found);
        break;
    case Kind::FileDigestMismatch:
        text = tr("The list of items in %1 was changed by hand (items reordered or replaced): the file "
                  "digest on "
                  "line %2 does not match.")
                   .arg(file)
                   .arg(e.line);
        break;
    case Kind::TrailingData:
        text = tr("Line %1 of %2 comes after the end of the file's content: the file is damaged.")
                   .arg(e.line)
                   .arg(file);
        break;
    case Kind::NotWritable:
        text = tr("%1 cannot be written: the stick or folder is read-only, or you lack permission (%2). "
                  "Nothing was "
                  "changed.")
                   .arg(file, QString::fromStdString(e.detail));
        break;
    case Kind::WriteFailed:
        text =
            tr("Writing %1 failed part-way (%2). The previous file is intact; check the stick (is it full or "
               "was it removed?) and try again.")
                .arg(file, QString::fromStdString(e.detail));
        break;
    case Kind::ConcurrentChange:
        text = tr("%1 was changed by someone else while it was being saved. Nothing was written; try again.")
                   .arg(file);
        break;
    case Kind::InUse:
        if (e.holder)
            text =
                tr("%1 is in use by %2 (process %3 on %4), which is saving it. Nothing was changed; try "
                   "again "
                   "when it has finished. If that program has stopped on another computer, its lock (%5) is "
                   "released by itself after %n minute(s).",
                   nullptr, static_cast<int>(files::kStaleLockAge.count()))
                    .arg(file, e.holder->program.empty() ? tr("another program")
                                                         : QString::fromStdString(e.holder->program))
                    .arg(e.holder->pid)
                    .arg(QString::fromStdString(e.holder->host), QString::fromStdString(e.lockPath));
        else
            text = tr("%1 is in use by another program, which is saving it. Nothing was changed; try again "
                      "when it "
                      "has finished.")
                       .arg(file);
        break;
    case Kind::NoFolder:
        text = tr("%1 cannot be written: its folder does not exist. Nothing was changed.").arg(file);
        break;
    case Kind::UnknownItem:
        text =
            tr("There is no item \"%1\" in the file (give the item id, or at least its first %2 characters).")
                .arg(item)
                .arg(transfer::kMinItemPrefix);
        break;
    case Kind::AmbiguousItem: {
        QStringList ids;
        for (const auto& c : e.candidates)
            ids << QString::fromStdString(c);
        text = tr("\"%1\" matches several items (%2): give more characters.")
                   .arg(item, ids.join(QStringLiteral(", ")));
        break;
    }
    case Kind::WrongStatus: {
        const auto s = transfer::statusFromKey(e.value);
        text = tr("Item %1 is %2: it cannot be changed that way.")
                   .arg(item, s ? status(*s) : QString::fromStdString(e.value));
        break;
    }
    case Kind::AlreadyAnswered:
        text = tr("Item %1 already has a different confirmation ID. Nothing was changed.").arg(item);
        break;
    case Kind::IidMismatch:
        text = tr("Line %1: the installation ID \"%2\" is not the one item %3 asked for.")
                   .arg(e.line)
                   .arg(QString::fromStdString(e.value), item);
        break;
    case Kind::NotSimulated:
        text = tr("Item %1 comes from a real machine: the simulated activation centre does not answer it.")
                   .arg(item);
        break;
    case Kind::CsvSyntax:
        text = tr("Line %1 of %2: a quoted cell is not closed properly.").arg(e.line).arg(file);
        break;
    case Kind::CsvMissingColumn:
        text = tr("The CSV file %1 has no column \"%2\".").arg(file, field);
        break;
    case Kind::CsvNotUtf8:
        text =
            tr("The CSV file %1 is not UTF-8 text (it looks like UTF-16, as \"Unicode Text\" is saved). Save "
               "it as \"CSV UTF-8\" and import it again.")
                .arg(file);
        break;
    }
    for (auto also : e.also) {
        if (also.path.empty())
            also.path = e.path;
        text += QLatin1Char('\n') + error(also);
    }
    return text;
}

QString TransferText::exportEntry(const transfer::ExportEntry& entry, const QString& product,
                                  const transfer::MergeAction* action)
{
    using Outcome = transfer::ExportEntry::Outcome;
    switch (entry.outcome) {
    case Outcome::Requested:
        if (!action)
            break;
        switch (action->kind) {
        case transfer::MergeAction::Kind::Added:
            return tr("%1: request saved (item %2).").arg(product, QString::fromStdString(action->itemId));
        case transfer::MergeAction::Kind::Replaced: {
            QStringList old;
            for (const auto& id : action->replaced)
                old << QString::fromStdString(id);
            return tr("%1: request saved (item %2), replacing this machine's earlier request %3.")
                .arg(product, QString::fromStdString(action->itemId), old.join(QStringLiteral(", ")));
        }
        case transfer::MergeAction::Kind::AlreadyPending:
            return tr("%1: the same request is already waiting in the file (item %2).")
                .arg(product, QString::fromStdString(action->itemId));
        case transfer::MergeAction::Kind::AlreadyAnswered:
            return tr("%1: the file already holds the answer for this installation ID (item %2); run "
                      "\"actdesk "
                      "import\" to apply it.")
                .arg(product, QString::fromStdString(action->itemId));
        }
        break;
    case Outcome::AlreadyLicensed:
        return tr("%1: already licensed; no request needed.").arg(product);
    case Outcome::NoKey:
        return tr("%1: no product key is installed; install the ESU key first.").arg(product);
    case Outcome::NotPresent:
        return tr("%1: this ESU product is not present on this machine.").arg(product);
    case Outcome::Failed:
        return tr("%1: %2").arg(product, entry.error ? ErrorText::sessionError(*entry.error) : QString());
    }
    return product;
}

QString TransferText::importEntry(const transfer::ImportEntry& entry, const QString& product)
{
    using Outcome = transfer::ImportEntry::Outcome;
    const QString item = QString::fromStdString(entry.itemId);
    switch (entry.outcome) {
    case Outcome::Applied:
        return tr("%1 (item %2): confirmation ID applied; the product is licensed.").arg(product, item);
    case Outcome::AlreadyLicensed:
        return tr("%1 (item %2): already licensed; nothing was deposited.").arg(product, item);
    case Outcome::NotAnswered:
        return tr("%1 (item %2): the desk has not answered this request yet.").arg(product, item);
    case Outcome::FailedAtDesk:
        return tr("%1 (item %2): the desk could not obtain a confirmation ID: %3")
            .arg(product, item, printable(entry.reason));
    case Outcome::IidChanged:
        return tr("%1 (item %2): refused. The installation ID of this machine is no longer the one in the "
                  "request "
                  "(the key was reinstalled or the hardware changed), so this confirmation ID cannot work. "
                  "Export a "
                  "new request.")
            .arg(product, item);
    case Outcome::NoKey:
        return tr("%1 (item %2): refused: no product key is installed for it any more.").arg(product, item);
    case Outcome::NotPresent:
        return tr("%1 (item %2): this ESU product is not present on this machine.").arg(product, item);
    case Outcome::DepositFailed:
        if (entry.error)
            return tr("%1 (item %2): the confirmation ID was not accepted. %3")
                .arg(product, item, ErrorText::sessionError(*entry.error));
        return tr("%1 (item %2): the confirmation ID was deposited but the product is %3, not licensed.")
            .arg(product, item, entry.statusAfter ? ErrorText::licenseStatus(*entry.statusAfter) : QString());
    }
    return product;
}

} // namespace actdesk::text
