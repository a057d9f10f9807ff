// SPDX-License-Identifier: MIT
#include "DeskText.h"

#include "messages/ErrorText.h"

namespace actdesk::ui::desk {

QString DeskText::status(transfer::ItemStatus status)
{
    switch (status) {
    case transfer::ItemStatus::Pending: return tr("Waiting for a confirmation ID");
    case transfer::ItemStatus::Answered: return tr("Answered");
    case transfer::ItemStatus::Failed: return tr("Failed");
    case transfer::ItemStatus::Applied: return tr("Applied on the machine");
    }
    return {};
}

QString DeskText::error(const transfer::TransferError& e)
{
    using K = transfer::TransferError::Kind;
    const QString path = QString::fromStdString(e.path);
    switch (e.kind) {
    case K::NotFound: return tr("The file %1 does not exist.").arg(path);
    case K::CannotRead: return tr("The file %1 cannot be read: %2").arg(path, QString::fromStdString(e.detail));
    case K::NewerVersion:
        return tr("The file %1 was made by a newer version of Activation Desk. Update this program to open it.").arg(path);
    case K::NotATransferFile: return tr("The file %1 is not an Activation Desk transfer file.").arg(path);
    case K::Truncated:
        return tr("The file %1 is cut short (at line %2): it was not completely written. Save the request again.")
            .arg(path)
            .arg(e.line);
    case K::ItemDigestMismatch:
    case K::FileDigestMismatch:
    case K::ItemCountMismatch:
        return tr("The file %1 was changed after it was written (damaged or edited by hand). Nothing was read from it.")
            .arg(path);
    case K::NotWritable:
        return tr("The file %1 cannot be written here (read-only medium or no permission). Nothing was saved.").arg(path);
    case K::WriteFailed:
        return tr("Writing %1 failed part-way; the previous file is intact. %2").arg(path, QString::fromStdString(e.detail));
    case K::ConcurrentChange:
        return tr("Someone else changed %1 while you were saving. Nothing was saved; open it again.").arg(path);
    case K::WrongStatus:
        return tr("This item cannot be changed any more (its status is %1).").arg(QString::fromStdString(e.value));
    case K::AlreadyAnswered:
        return tr("This item already has a different confirmation ID in the file. Nothing was changed.");
    case K::NotSimulated:
        return tr("This request comes from a real machine: the simulated centre must not answer it.");
    case K::InvalidId:
        if (e.idError)
            return text::ErrorText::idError(*e.idError);
        break;
    default: break;
    }
    return tr("The transfer file %1 cannot be used (%2, line %3).")
        .arg(path, QString::fromLatin1(transfer::errorKindKey(e.kind)))
        .arg(e.line);
}

} // namespace actdesk::ui::desk
