// SPDX-License-Identifier: MIT
#include "WrappingLabel.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <QTextLayout>

namespace actdesk::ui {

namespace {

// A last line shorter than this share of the width is an orphan ("it.", 「ん。」)...
constexpr qreal kOrphanShare = 0.25;
// ...and the text is narrowed just until its last line carries this share.
constexpr qreal kFairLastLineShare = 0.34;
// Narrowing by fewer pixels than this changes nothing a reader would see.
constexpr int kSmallestUsefulInset = 6;

} // namespace

WrappingLabel::WrappingLabel(const QString& text, QWidget* parent) : QLabel(text, parent)
{
    setWordWrap(true);
}

int WrappingLabel::heightForWidth(int width) const
{
    if (m_forText != text()) {
        m_heights.clear();
        m_forText = text();
    }
    if (const auto it = m_heights.constFind(width); it != m_heights.constEnd())
        return *it;
    const int h = QLabel::heightForWidth(width);
    m_heights.insert(width, h);
    return h;
}

// Plain text that QLabel draws with QStyle::drawItemText (no text document): the label can
// draw it the same way in a narrower rectangle.
bool WrappingLabel::paintsItsOwnText() const
{
    const bool plain =
        textFormat() == Qt::PlainText || (textFormat() == Qt::AutoText && !Qt::mightBeRichText(text()));
    const bool selectable =
        textInteractionFlags() & (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return wordWrap() && plain && !selectable && focusPolicy() == Qt::NoFocus && pixmap().isNull() &&
           !text().isEmpty();
}

// Where QLabel lays out its text (QLabelPrivate::documentRect): the contents, less the margin
// and the indent a frame brings.
QRect WrappingLabel::textRect() const
{
    QRect rect = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    const Qt::Alignment align =
        QStyle::visualAlignment(text().isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight, alignment());
    int indentBy = indent();
    if (indentBy < 0 && frameWidth())
        indentBy = fontMetrics().horizontalAdvance(u'x') / 2 - margin();
    if (indentBy > 0) {
        if (align & Qt::AlignLeft)
            rect.setLeft(rect.left() + indentBy);
        if (align & Qt::AlignRight)
            rect.setRight(rect.right() - indentBy);
        if (align & Qt::AlignTop)
            rect.setTop(rect.top() + indentBy);
        if (align & Qt::AlignBottom)
            rect.setBottom(rect.bottom() - indentBy);
    }
    return rect;
}

// The lines of the text as drawItemText wraps it (QTextLayout, QTextOption::WordWrap).
WrappingLabel::LastLine WrappingLabel::lastLine(int textWidth) const
{
    QString laidOut = text();
    laidOut.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(laidOut, font());
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    LastLine result;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(textWidth);
        ++result.lines;
        result.width = line.naturalTextWidth();
    }
    layout.endLayout();
    return result;
}

void WrappingLabel::balanceLines()
{
    m_balancedText = text();
    m_balancedWidth = width();
    m_inset = 0;
    if (!paintsItsOwnText() || m_balancedText.contains(QLatin1Char('\n')))
        return;
    const int full = textRect().width();
    if (full <= 0)
        return;
    const LastLine greedy = lastLine(full);
    if (greedy.lines < 2 || greedy.width >= full * kOrphanShare)
        return;
    // The narrowest width with the same number of lines...
    int narrowest = full / 2;
    int widest = full;
    while (narrowest < widest) {
        const int mid = (narrowest + widest) / 2;
        if (lastLine(mid).lines == greedy.lines)
            widest = mid;
        else
            narrowest = mid + 1;
    }
    const int balanced = widest;
    // ...and within it, the widest at which the last line carries a fair share of the text.
    const qreal fair = full * kFairLastLineShare;
    int low = balanced;
    int high = full;
    while (low < high) {
        const int mid = (low + high + 1) / 2;
        if (lastLine(mid).width >= fair)
            low = mid;
        else
            high = mid - 1;
    }
    const int chosen = lastLine(low).width >= fair ? low : balanced;
    if (lastLine(chosen).lines == greedy.lines && full - chosen >= kSmallestUsefulInset)
        m_inset = full - chosen;
}

void WrappingLabel::paintEvent(QPaintEvent* event)
{
    if (m_balancedText != text() || m_balancedWidth != width())
        balanceLines();
    if (m_inset == 0 || !paintsItsOwnText()) {
        QLabel::paintEvent(event);
        return;
    }
    // As QLabel::paintEvent draws plain text, in a rectangle narrowed on the side away from
    // the alignment.
    QPainter painter(this);
    drawFrame(&painter);
    QRect rect = textRect();
    const Qt::LayoutDirection direction = text().isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    const Qt::Alignment align = QStyle::visualAlignment(direction, alignment());
    if (align & Qt::AlignHCenter)
        rect.adjust(m_inset / 2, 0, -(m_inset - m_inset / 2), 0);
    else if (align & Qt::AlignRight)
        rect.setLeft(rect.left() + m_inset);
    else
        rect.setRight(rect.right() - m_inset);
    int flags = int(align) | Qt::TextWordWrap |
                (direction == Qt::LeftToRight ? Qt::TextForceLeftToRight : Qt::TextForceRightToLeft);
    QStyleOption option;
    option.initFrom(this);
    if (buddy() && text().contains(QLatin1Char('&'))) {
        flags |= Qt::TextShowMnemonic;
        if (!style()->styleHint(QStyle::SH_UnderlineShortcut, &option, this))
            flags |= Qt::TextHideMnemonic;
    }
    style()->drawItemText(&painter, rect, flags, option.palette, isEnabled(), text(), foregroundRole());
}

void WrappingLabel::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
        m_heights.clear();
        m_balancedWidth = -1; // lay the lines out again at the next paint
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace actdesk::ui
