// SPDX-License-Identifier: MIT
#include "text/Printable.h"

#include "input/FreeText.h"

namespace actdesk::text {

QString printable(const std::string& utf8)
{
    return QString::fromStdString(input::printableText(utf8));
}

QString printable(const QString& text)
{
    return printable(text.toStdString());
}

} // namespace actdesk::text
