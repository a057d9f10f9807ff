// SPDX-License-Identifier: MIT
#include "TypedText.h"

#include "input/UserText.h"

namespace actdesk::ui {

QString normaliseTyped(const QString& text, ids::IdType type)
{
    const QByteArray utf8 = text.toUtf8();
    auto folded = input::normaliseForIds(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())),
                                         type);
    if (!folded)
        return text;
    const QString out = QString::fromUcs4(folded.value().data(), static_cast<qsizetype>(folded.value().size()));
    // Characters outside the BMP take two UTF-16 units; keep the user's text if lengths differ.
    return out.size() == text.size() ? out : text;
}

bool isSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('-');
}

QString withoutSeparators(const QString& text, ids::IdType type, int* cursor)
{
    const QString norm = normaliseTyped(text, type);
    QString out;
    out.reserve(norm.size());
    int mapped = 0;
    for (int i = 0; i < norm.size(); ++i) {
        if (isSeparator(norm.at(i)))
            continue;
        out.append(norm.at(i));
        if (cursor && i < *cursor)
            ++mapped;
    }
    if (cursor)
        *cursor = mapped;
    return out;
}

QString digitsOnly(const QString& normalised)
{
    QString out;
    for (QChar c : normalised)
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out.append(c);
    return out;
}

QString insertedText(const QString& before, const QString& after)
{
    qsizetype prefix = 0;
    const qsizetype shorter = qMin(before.size(), after.size());
    while (prefix < shorter && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    return after.mid(prefix, after.size() - prefix - suffix);
}

} // namespace actdesk::ui
