// SPDX-License-Identifier: MIT
#include "journal/Csv.h"

namespace actdesk::journal {

QString csvField(const QString& value)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar first = v.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            v.prepend(QLatin1Char('\''));
    }
    const bool quote = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
                       v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')) ||
                       v.contains(QLatin1Char(';')) || (!v.isEmpty() && (v.front().isSpace() || v.back().isSpace()));
    if (!quote)
        return v;
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QString csvLine(const QStringList& fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& f : fields)
        escaped << csvField(f);
    return escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace actdesk::journal
