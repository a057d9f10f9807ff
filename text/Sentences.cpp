// SPDX-License-Identifier: MIT
#include "Sentences.h"

namespace actdesk::text {

namespace {

bool endsFullWidth(const QString& s)
{
    if (s.isEmpty())
        return false;
    switch (s.back().unicode()) {
    case 0x3002: // 。
    case 0xFF01: // ！
    case 0xFF1F: // ？
    case 0xFF09: // ）
    case 0x300D: // 」
    case 0x300F: // 』
        return true;
    default:
        return false;
    }
}

} // namespace

QString joinSentences(const QString& first, const QString& second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    return endsFullWidth(first) ? first + second : first + QLatin1Char(' ') + second;
}

} // namespace actdesk::text
