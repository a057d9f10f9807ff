// SPDX-License-Identifier: MIT
#pragma once

// Free text that came from a machine, a transfer file or the journal (machine names, reasons,
// operators, technical details), as it may be shown or exported: product keys masked, and
// control, invisible and direction-changing characters (ESC, BEL, C1, U+200B, U+202E ...)
// named as "<U+XXXX>" instead of acting on the terminal or turning a table row round. The CLI,
// the GUI and the CSV exports all show it this way (input::printableText).

#include <QString>
#include <string>

namespace actdesk::text {

QString printable(const std::string& utf8);
QString printable(const QString& text);

} // namespace actdesk::text
