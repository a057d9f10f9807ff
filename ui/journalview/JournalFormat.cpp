// SPDX-License-Identifier: MIT
#include "JournalFormat.h"

#include "licensing/LicensingError.h"
#include "text/ErrorText.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace actdesk::ui {

namespace {
QDateTime toDateTime(std::chrono::system_clock::time_point at)
{
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
} // namespace

QString JournalFormat::groupedId(const std::string& digits)
{
    const QString d = QString::fromStdString(digits);
    int group = 0;
    if (d.size() == 54 || d.size() == 63)
        group = int(d.size() / 9);
    else if (d.size() == 48)
        group = 6;
    if (group == 0)
        return d;
    QStringList parts;
    for (qsizetype i = 0; i < d.size(); i += group)
        parts << d.mid(i, group);
    return parts.join(QLatin1Char('-'));
}

QString JournalFormat::utcTime(std::chrono::system_clock::time_point at)
{
    return toDateTime(at).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString JournalFormat::localTime(std::chrono::system_clock::time_point at)
{
    return QLocale().toString(toDateTime(at).toLocalTime(), QLocale::LongFormat);
}

QString JournalFormat::outcome(workflow::Outcome o)
{
    return o == workflow::Outcome::Succeeded ? tr("Succeeded") : tr("Failed");
}

QString JournalFormat::mode(bool simulation)
{
    return simulation ? tr("Simulation") : tr("Windows");
}

QString JournalFormat::role(workflow::JournalRole r)
{
    return r == workflow::JournalRole::Desk ? tr("Desk") : tr("Device");
}

QString JournalFormat::errorShort(const workflow::WorkflowEvent& e)
{
    if (e.errorCode)
        return QString::fromStdString(licensing::formatHresult(e.errorCode));
    if (e.idError)
        return tr("Invalid input");
    return {};
}

QString JournalFormat::errorLong(const workflow::WorkflowEvent& e)
{
    if (e.errorCode)
        return text::ErrorText::licensingError(licensing::LicensingError{e.errorCode, e.detail});
    if (e.idError)
        return text::ErrorText::idError(*e.idError);
    return {};
}

QString JournalFormat::maskedKey(const std::string& partialKey)
{
    if (partialKey.empty())
        return {};
    return QStringLiteral("XXXXX-XXXXX-XXXXX-XXXXX-") + QString::fromStdString(partialKey);
}

} // namespace actdesk::ui
