// SPDX-License-Identifier: MIT
#include "ArgumentText.h"


#include "input/FreeText.h"
#include "text/Printable.h"

namespace actdesk::cli {

std::optional<QString> ArgumentText::problem(const QString& argument, const QString& value,
                                             std::size_t maxBytes, KeyCheck keys)
{
    const auto found = input::checkFreeText(value.toStdString(), maxBytes);
    if (!found || (found->kind == input::FreeTextProblem::Kind::ProductKey && keys == KeysCheckedLater))
        return std::nullopt;
    using Kind = input::FreeTextProblem::Kind;
    switch (found->kind) {
    case Kind::TooLong:
        return tr("%1 is %2 bytes long; at most %3 bytes (UTF-8) are allowed")
            .arg(argument)
            .arg(qulonglong(found->length))
            .arg(qulonglong(found->limit));
    case Kind::ControlCharacter:
        return tr("%1 holds the control or invisible character %2, which is not allowed")
            .arg(argument, QStringLiteral("U+%1").arg(QString::number(uint(found->character), 16).toUpper(),
                                                      4, QLatin1Char('0')));
    case Kind::InvalidUtf8:
        return tr("%1 is not valid text").arg(argument);
    case Kind::ProductKey:
        return tr("%1 looks like a product key. A product key is never written into a name or a reason: "
                  "give it where a key is asked for")
            .arg(argument);
    }
    return std::nullopt;
}

QString ArgumentText::printable(const QString& text)
{
    return actdesk::text::printable(text);
}

} // namespace actdesk::cli
