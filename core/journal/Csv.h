// SPDX-License-Identifier: MIT
#pragma once

// CSV (RFC 4180, CRLF) that a spreadsheet opens as data, never as formulas: a field that
// starts with = + - @ TAB or CR gets a leading apostrophe ("formula injection" / CSV
// injection, OWASP), and fields with commas, quotes or line breaks are quoted.

#include <QString>
#include <QStringList>

namespace actdesk::journal {

QString csvField(const QString& value);
// One record, CRLF-terminated.
QString csvLine(const QStringList& fields);

} // namespace actdesk::journal
