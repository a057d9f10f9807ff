// SPDX-License-Identifier: MIT
#include "JsonError.h"

#include "workflow/WorkflowEvent.h"

#include <QStringList>

namespace actdesk::cli {

namespace {

QString latin1(const char* text)
{
    return QString::fromLatin1(text);
}

void insertGroups(QJsonObject& o, const ids::IdError& error)
{
    if (error.badGroups.empty())
        return;
    QStringList groups;
    for (int g : error.badGroups)
        groups << QString::fromStdString(ids::groupLabel(error.type, g));
    o.insert(QStringLiteral("groups"), groups.join(QLatin1Char(',')));
}

const char* idTypeKey(ids::IdType type)
{
    switch (type) {
    case ids::IdType::InstallationId:
        return "installation-id";
    case ids::IdType::ConfirmationId:
        return "confirmation-id";
    case ids::IdType::ProductKey:
        return "product-key";
    case ids::IdType::ActivationId:
        return "activation-id";
    }
    return "installation-id";
}

const char* idErrorKey(ids::IdErrorKind kind)
{
    using K = ids::IdErrorKind;
    switch (kind) {
    case K::Empty:
        return "id-empty";
    case K::InvalidEncoding:
        return "id-invalid-encoding";
    case K::InvalidCharacter:
        return "id-invalid-character";
    case K::WrongLength:
        return "id-wrong-length";
    case K::CheckDigit:
        return "id-check-digit";
    case K::IncompleteGroup:
        return "id-incomplete-group";
    case K::TooManyN:
        return "id-too-many-n";
    }
    return "id-invalid";
}

const char* journalErrorKey(workflow::JournalError::Kind kind)
{
    using K = workflow::JournalError::Kind;
    switch (kind) {
    case K::InvalidLocation:
        return "journal-invalid-location";
    case K::DriverMissing:
        return "journal-driver-missing";
    case K::Unreadable:
        return "journal-unreadable";
    case K::Corrupt:
        return "journal-corrupt";
    case K::TooNew:
        return "journal-too-new";
    case K::Busy:
        return "journal-busy";
    case K::ConnectionFailed:
        return "journal-connection-failed";
    case K::QueryFailed:
        return "journal-query-failed";
    case K::DiskFull:
        return "journal-disk-full";
    case K::ReadOnly:
        return "journal-read-only";
    }
    return "journal-query-failed";
}

const char* catalogErrorKey(catalog::CatalogError::Kind kind)
{
    using K = catalog::CatalogError::Kind;
    switch (kind) {
    case K::Syntax:
        return "catalog-syntax";
    case K::UnsupportedFormat:
        return "catalog-unsupported-format";
    case K::MissingField:
        return "catalog-missing-field";
    case K::InvalidValue:
        return "catalog-invalid-value";
    case K::DuplicateActivationId:
        return "catalog-duplicate-activation-id";
    case K::CannotOpen:
        return "catalog-cannot-open";
    case K::TooLarge:
        return "catalog-too-large";
    }
    return "catalog-syntax";
}

} // namespace

QJsonObject jsonError(const char* code)
{
    return QJsonObject{{QStringLiteral("code"), latin1(code)}};
}

QJsonObject jsonError(const transfer::TransferError& error)
{
    QJsonObject o = jsonError(transfer::errorKindKey(error.kind));
    if (!error.path.empty())
        o.insert(QStringLiteral("file"), QString::fromStdString(error.path));
    if (error.line)
        o.insert(QStringLiteral("line"), error.line);
    if (!error.item.empty())
        o.insert(QStringLiteral("item"), QString::fromStdString(error.item));
    if (!error.field.empty())
        o.insert(QStringLiteral("field"), QString::fromStdString(error.field));
    if (error.idError)
        insertGroups(o, *error.idError);
    return o;
}

QJsonObject jsonError(const ids::IdError& error)
{
    QJsonObject o = jsonError(idErrorKey(error.kind));
    o.insert(QStringLiteral("id"), latin1(idTypeKey(error.type)));
    if (error.kind == ids::IdErrorKind::InvalidCharacter)
        o.insert(QStringLiteral("position"), error.position);
    if (error.kind == ids::IdErrorKind::WrongLength || error.kind == ids::IdErrorKind::IncompleteGroup)
        o.insert(QStringLiteral("found"), error.found);
    insertGroups(o, error);
    return o;
}

QJsonObject jsonError(const licensing::LicensingError& error)
{
    QJsonObject o = jsonError("licensing");
    o.insert(QStringLiteral("hresult"), QString::fromStdString(licensing::formatHresult(error.code)));
    if (const char* reason = licensing::reasonKey(error.reason); reason && *reason)
        o.insert(QStringLiteral("reason"), latin1(reason));
    return o;
}

QJsonObject jsonError(const workflow::SessionError& error)
{
    using Kind = workflow::SessionError::Kind;
    switch (error.kind) {
    case Kind::Input: {
        QJsonObject o = jsonError(error.input);
        // Windows answers a key of the wrong shape with 0xC004F050; scripts see the same code.
        if (error.input.type == ids::IdType::ProductKey)
            o.insert(QStringLiteral("hresult"),
                     QString::fromStdString(licensing::formatHresult(
                         static_cast<std::uint32_t>(licensing::SlError::InvalidProductKey))));
        return o;
    }
    case Kind::Licensing:
        return jsonError(error.licensing);
    case Kind::OutOfOrder: {
        QJsonObject o = jsonError("out-of-order");
        o.insert(QStringLiteral("needed"), latin1(workflow::stepKey(error.needed)));
        return o;
    }
    }
    return jsonError("licensing");
}

QJsonObject jsonError(const workflow::JournalError& error)
{
    QJsonObject o = jsonError(journalErrorKey(error.kind));
    if (!error.location.empty())
        o.insert(QStringLiteral("location"), QString::fromStdString(error.location));
    return o;
}

QJsonObject jsonError(const catalog::CatalogError& error)
{
    QJsonObject o = jsonError(catalogErrorKey(error.kind));
    if (!error.file.empty())
        o.insert(QStringLiteral("file"), QString::fromStdString(error.file));
    if (error.line)
        o.insert(QStringLiteral("line"), error.line);
    if (!error.field.empty())
        o.insert(QStringLiteral("field"), QString::fromStdString(error.field));
    return o;
}

} // namespace actdesk::cli
