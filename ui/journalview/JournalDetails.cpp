// SPDX-License-Identifier: MIT
#include "JournalDetails.h"

#include "JournalFormat.h"
#include "JournalTableModel.h"
#include "text/ErrorText.h"
#include "text/Printable.h"

#include <QEvent>
#include <QStyle>
#include <QTextOption>
#include <algorithm>

namespace actdesk::ui {

JournalDetails::JournalDetails(QWidget* parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("journalDetailsTextBrowser"));
    setOpenLinks(false);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fitWidth();
    clear();
}

void JournalDetails::fitWidth()
{
    // Wide enough for a line of IID groups (and a CID line), with room for the scroll bar.
    const int line =
        std::max(fontMetrics().horizontalAdvance(QStringLiteral("0000000-0000000-0000000-")),
                 fontMetrics().horizontalAdvance(QStringLiteral("000000-000000-000000-000000-")));
    setMinimumWidth(std::max(220, line + 2 * int(document()->documentMargin()) + 2 * frameWidth() +
                                      style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4));
}

void JournalDetails::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitWidth();
}

void JournalDetails::clear()
{
    m_fields.clear();
    setHtml(QStringLiteral("<p style='color:palette(mid)'>%1</p>")
                .arg(JournalFormat::tr("Select an entry to see all its details.").toHtmlEscaped()));
}

QString JournalDetails::value(const QString& field) const
{
    for (const auto& f : m_fields)
        if (f.key == field)
            return f.value;
    return {};
}

namespace {

// A hyphenated identifier (extended PID, activation ID) in lines that end only after a
// hyphen. Unicode keeps a hyphen with the digits after it ("1033-7601.0000-0012025" is one
// word), so the pane broke such IDs anywhere, in the middle of a part.
QString linesAtHyphens(const QString& id)
{
    constexpr qsizetype kLineChars = 20;
    const QStringList parts = id.split(QLatin1Char('-'));
    QStringList lines;
    QString line;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString part = parts[i] + (i + 1 < parts.size() ? QStringLiteral("-") : QString());
        if (!line.isEmpty() && line.size() + part.size() > kLineChars) {
            lines << line.toHtmlEscaped();
            line.clear();
        }
        line += part;
    }
    lines << line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br/>"));
}

} // namespace

void JournalDetails::showEntry(const workflow::JournalEntry& entry, const JournalTableModel& model)
{
    const auto& e = entry.event;
    // Journal text is shown as CLI prints it: an ESC or U+202E in a name is named, not obeyed.
    auto s = [](const std::string& v) { return text::printable(v); };
    m_fields = {
        {QStringLiteral("time"), JournalFormat::tr("Time (UTC)"), JournalFormat::utcTime(e.at)},
        {QStringLiteral("machine"), JournalFormat::tr("Machine"), s(e.machineName)},
        {QStringLiteral("program"), JournalFormat::tr("Program"), model.programText(entry)},
        {QStringLiteral("step"), JournalFormat::tr("Step"), text::ErrorText::stepName(e.step)},
        {QStringLiteral("outcome"), JournalFormat::tr("Outcome"), JournalFormat::outcome(e.outcome)},
        {QStringLiteral("error"), JournalFormat::tr("Error"), JournalFormat::errorLong(e)},
        {QStringLiteral("installationId"), JournalFormat::tr("Installation ID"),
         JournalFormat::groupedId(e.installationId)},
        {QStringLiteral("confirmationId"), JournalFormat::tr("Confirmation ID"),
         JournalFormat::groupedId(e.confirmationId)},
        {QStringLiteral("partialKey"), JournalFormat::tr("Product key"),
         JournalFormat::maskedKey(e.partialKey)},
        {QStringLiteral("extendedPid"), JournalFormat::tr("Extended PID"), s(e.extendedPid)},
        {QStringLiteral("status"), JournalFormat::tr("Licence status"),
         e.status ? text::ErrorText::licenseStatus(*e.status) : QString()},
        {QStringLiteral("mode"), JournalFormat::tr("Mode"), JournalFormat::mode(e.simulation)},
        {QStringLiteral("machineId"), JournalFormat::tr("Machine ID"), s(e.machineId)},
        {QStringLiteral("os"), JournalFormat::tr("Operating system"), s(e.os)},
        {QStringLiteral("activationId"), JournalFormat::tr("Activation ID"), s(e.activationId)},
        {QStringLiteral("operator"), JournalFormat::tr("Operator"), s(entry.author.operatorName)},
        {QStringLiteral("role"), JournalFormat::tr("Role"), JournalFormat::role(entry.author.role)},
        {QStringLiteral("toolVersion"), JournalFormat::tr("Tool version"), s(entry.author.toolVersion)},
        {QStringLiteral("localTime"), JournalFormat::tr("Local time"), JournalFormat::localTime(e.at)},
        {QStringLiteral("detail"), JournalFormat::tr("Technical detail"), s(e.detail)},
    };
    // Empty fields take no room: the pane shows what this step actually has.
    std::erase_if(m_fields, [](const Field& f) { return f.value.isEmpty(); });
    QString html;
    for (const auto& f : m_fields) {
        // IDs three (IID) or four (CID) groups to a line, so a line never ends inside a group.
        QString value = f.value.toHtmlEscaped();
        if (f.key == QLatin1String("installationId") || f.key == QLatin1String("confirmationId")) {
            const QStringList groups = f.value.split(QLatin1Char('-'));
            const int perLine = groups.size() == 8 ? 4 : 3;
            QStringList lines;
            for (qsizetype i = 0; i < groups.size(); i += perLine)
                lines << groups.mid(i, perLine).join(QLatin1Char('-'));
            value = lines.join(QStringLiteral("-<br/>"));
        } else if (f.key == QLatin1String("extendedPid") || f.key == QLatin1String("activationId") ||
                   f.key == QLatin1String("machineId")) {
            value = linesAtHyphens(f.value);
        }
        html += QStringLiteral("<p style='margin:0 0 6px 0'><b>%1</b><br/>%2</p>")
                    .arg(f.title.toHtmlEscaped(), value);
    }
    setHtml(html);
}

} // namespace actdesk::ui
