// SPDX-License-Identifier: MIT
#include "NoticeLabel.h"

#include "style/Appearance.h"

#include <QEvent>

namespace actdesk::ui {

NoticeLabel::NoticeLabel(QWidget* parent) : WrappingLabel(QString(), parent)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMargin(8);
    WrappingLabel::setVisible(false);
}

void NoticeLabel::showNotice(Kind kind, const QString& text)
{
    m_kind = kind;
    m_plain = text;
    QString symbol;
    switch (kind) {
    case Kind::Info: symbol = QStringLiteral("\u2139"); break;
    case Kind::Success: symbol = QStringLiteral("\u2713"); break;
    case Kind::Warning: symbol = QStringLiteral("\u26A0"); break;
    case Kind::Error: symbol = QStringLiteral("\u2717"); break;
    }
    setText(symbol + QLatin1Char(' ') + text);
    setAccessibleDescription(text);
    restyle();
    WrappingLabel::setVisible(!text.isEmpty());
}

void NoticeLabel::clearNotice()
{
    m_plain.clear();
    clear();
    WrappingLabel::setVisible(false);
}

void NoticeLabel::changeEvent(QEvent* event)
{
    WrappingLabel::changeEvent(event);
    if (event->type() == QEvent::ParentChange)
        restyle();
}

void NoticeLabel::restyle()
{
    const QPalette pal = parentWidget() ? parentWidget()->palette() : palette();
    QColor accent = pal.color(QPalette::WindowText);
    switch (m_kind) {
    case Kind::Info: break;
    case Kind::Success: accent = appearance::successColor(pal); break;
    case Kind::Warning: accent = appearance::warningColor(pal); break;
    case Kind::Error: accent = appearance::errorColor(pal); break;
    }
    // The text keeps the accent colour on the normal background (readable in both palettes);
    // a thick left bar repeats it.
    setStyleSheet(QStringLiteral("QLabel { color: %1; border-left: 6px solid %1; padding-left: 8px; }")
                      .arg(accent.name()));
}

} // namespace actdesk::ui
