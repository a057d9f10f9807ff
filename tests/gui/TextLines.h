// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QStringList>
#include <QTextLayout>

namespace actdesk::testing {

// The lines of `text` as a word-wrapping label lays them out in `width` pixels (QLabel draws
// plain text through QTextLayout with QTextOption::WordWrap).
inline QStringList wrappedLines(const QString& text, const QFont& font, int width)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

} // namespace actdesk::testing
