// SPDX-License-Identifier: MIT
#include "journal/JournalRows.h"

#include "journal/EventCodec.h"
#include "licensing/LicensingError.h"

namespace actdesk::journal {

namespace {

QString statusKey(const std::optional<licensing::LicenseStatus>& status)
{
    if (!status)
        return {};
    switch (*status) {
    case licensing::LicenseStatus::Unlicensed: return QStringLiteral("unlicensed");
    case licensing::LicenseStatus::Licensed: return QStringLiteral("licensed");
    case licensing::LicenseStatus::InGracePeriod: return QStringLiteral("grace");
    case licensing::LicenseStatus::Notification: return QStringLiteral("notification");
    case licensing::LicenseStatus::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

} // namespace

QStringList stableColumnKeys()
{
    return {QStringLiteral("id"),           QStringLiteral("time_utc"),       QStringLiteral("step"),
            QStringLiteral("outcome"),      QStringLiteral("error_code"),     QStringLiteral("input_error"),
            QStringLiteral("detail"),       QStringLiteral("machine"),        QStringLiteral("machine_id"),
            QStringLiteral("os"),           QStringLiteral("simulation"),     QStringLiteral("program"),
            QStringLiteral("activation_id"), QStringLiteral("partial_key"),   QStringLiteral("extended_pid"),
            QStringLiteral("installation_id"), QStringLiteral("confirmation_id"), QStringLiteral("status"),
            QStringLiteral("operator"),     QStringLiteral("role"),           QStringLiteral("tool_version")};
}

QStringList stableValues(const workflow::JournalEntry& entry)
{
    const auto& e = entry.event;
    auto s = [](const std::string& v) { return QString::fromStdString(v); };
    return {QString::number(entry.id),
            formatUtc(e.at),
            stepToKey(e.step),
            outcomeKey(e.outcome),
            e.errorCode ? QString::fromStdString(licensing::formatHresult(e.errorCode)) : QString(),
            encodeIdError(e.idError),
            s(e.detail),
            s(e.machineName),
            s(e.machineId),
            s(e.os),
            e.simulation ? QStringLiteral("true") : QStringLiteral("false"),
            s(e.catalogKey),
            s(e.activationId),
            s(e.partialKey),
            s(e.extendedPid),
            s(e.installationId),
            s(e.confirmationId),
            statusKey(e.status),
            s(entry.author.operatorName),
            roleKey(entry.author.role),
            s(entry.author.toolVersion)};
}

QJsonObject toJson(const workflow::JournalEntry& entry)
{
    const QStringList keys = stableColumnKeys();
    const QStringList values = stableValues(entry);
    QJsonObject o;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys.at(i) == QLatin1String("id"))
            o.insert(keys.at(i), static_cast<qint64>(entry.id));
        else if (keys.at(i) == QLatin1String("simulation"))
            o.insert(keys.at(i), entry.event.simulation);
        else
            o.insert(keys.at(i), values.at(i));
    }
    return o;
}

} // namespace actdesk::journal
