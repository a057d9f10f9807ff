// SPDX-License-Identifier: MIT
#include "WrappingLabel.h"

#include <QEvent>
#include <QStyle>
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

int WrappingLabel::greedyHeight(int labelWidth) const
{
    // QLabel takes the whole contents margins off the width, the balancing inset included;
    // give the inset back so that this is the height of the plain greedy layout.
    return QLabel::heightForWidth(labelWidth + balancingInset());
}

int WrappingLabel::heightForWidth(int width) const
{
    if (m_forText != text()) {
        m_heights.clear();
        m_forText = text();
    }
    if (const auto it = m_heights.constFind(width); it != m_heights.constEnd())
        return *it;
    const int h = greedyHeight(width);
    m_heights.insert(width, h);
    return h;
}

QSize WrappingLabel::sizeHint() const
{
    return QLabel::sizeHint() - QSize(balancingInset(), 0);
}

QSize WrappingLabel::minimumSizeHint() const
{
    return QLabel::minimumSizeHint() - QSize(balancingInset(), 0);
}

void WrappingLabel::applyInset(int inset)
{
    if (inset == balancingInset())
        return;
    QMargins margins = contentsMargins();
    margins.setLeft(margins.left() - m_insetLeft);
    margins.setRight(margins.right() - m_insetRight);
    const Qt::Alignment horizontal =
        QStyle::visualAlignment(layoutDirection(), alignment()) & Qt::AlignHorizontal_Mask;
    if (horizontal & Qt::AlignHCenter) {
        m_insetLeft = inset / 2;
        m_insetRight = inset - m_insetLeft;
    } else if (horizontal & Qt::AlignRight) {
        m_insetLeft = inset;
        m_insetRight = 0;
    } else {
        m_insetLeft = 0;
        m_insetRight = inset;
    }
    margins.setLeft(margins.left() + m_insetLeft);
    margins.setRight(margins.right() + m_insetRight);
    setContentsMargins(margins);
}

WrappingLabel::LastLine WrappingLabel::lastLine(int labelWidth) const
{
    // Where QLabel paints plain text: its contents, less the margin, laid out by QTextLayout.
    const QMargins m = contentsMargins();
    const int textWidth = labelWidth - (m.left() + m.right() - balancingInset()) - 2 * margin();
    QTextLayout layout(m_balancedText, font());
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
    result.textWidth = textWidth;
    return result;
}

void WrappingLabel::balanceLines()
{
    if (m_balancing)
        return;
    m_balancing = true;
    m_balancedText = text();
    m_balancedWidth = width();

    int inset = 0;
    const int full = width();
    // Rich text is laid out by a text document with its own rules: left as it is.
    const bool plain = textFormat() == Qt::PlainText ||
                       (textFormat() == Qt::AutoText && !Qt::mightBeRichText(m_balancedText));
    const bool wrapping = wordWrap() && plain && !m_balancedText.contains(QLatin1Char('\n')) &&
                          pixmap().isNull() && full > 0 && indent() <= 0 && frameWidth() == 0;
    const LastLine greedy = wrapping ? lastLine(full) : LastLine{};
    // Only an orphan is mended: a paragraph whose last line is already a fair length keeps the
    // full width, so Japanese stays set edge to edge.
    if (greedy.lines >= 2 && greedy.width < greedy.textWidth * kOrphanShare) {
        const int height = greedyHeight(full);
        // The narrowest width that keeps the greedy layout's height (its number of lines)...
        int narrowest = full / 2;
        int widest = full;
        while (narrowest < widest) {
            const int mid = (narrowest + widest) / 2;
            if (greedyHeight(mid) <= height && lastLine(mid).lines == greedy.lines)
                widest = mid;
            else
                narrowest = mid + 1;
        }
        const int balanced = widest;
        // ...and within it, the widest at which the last line carries a fair share of the text.
        const qreal fair = greedy.textWidth * kFairLastLineShare;
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
        if (greedyHeight(chosen) <= height && lastLine(chosen).lines == greedy.lines)
            inset = full - chosen;
        if (inset < kSmallestUsefulInset)
            inset = 0;
    }
    applyInset(inset);
    m_balancing = false;
}

void WrappingLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    // Layouts resize hidden pages too (the wizard's later steps): those are balanced when
    // first painted, at the width they have then.
    if (isVisible() && (m_balancedText != text() || m_balancedWidth != width()))
        balanceLines();
}

void WrappingLabel::paintEvent(QPaintEvent* event)
{
    // setText() sends no event of its own: a new text is balanced when it is first painted.
    if (m_balancedText != text() || m_balancedWidth != width())
        balanceLines();
    QLabel::paintEvent(event);
}

void WrappingLabel::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LayoutDirectionChange:
        m_balancedWidth = -1; // lay the lines out again at the next paint
        m_heights.clear();
        break;
    case QEvent::ContentsRectChange:
        m_heights.clear();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace actdesk::ui
