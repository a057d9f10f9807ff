// SPDX-License-Identifier: MIT
#include "WrappingLabel.h"

#include <QEvent>
#include <QStyle>

namespace actdesk::ui {

namespace {

// Short texts (banners, instructions of up to four lines) are balanced fully; a longer
// paragraph only gives up a little width, enough to pull a stray word down to its last line.
constexpr int kFullyBalancedLines = 4;
constexpr double kLongParagraphNarrowest = 0.85;
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

void WrappingLabel::balanceLines()
{
    if (m_balancing)
        return;
    m_balancing = true;
    m_balancedText = text();
    m_balancedWidth = width();

    int inset = 0;
    const int full = width();
    const bool balanceable = wordWrap() && !m_balancedText.isEmpty() && pixmap().isNull() && full > 0;
    if (balanceable) {
        const int height = greedyHeight(full);
        // Text that does not wrap at this width has no last line to balance.
        if (greedyHeight(QWIDGETSIZE_MAX / 2) < height) {
            const int lineSpacing = qMax(1, fontMetrics().lineSpacing());
            const bool shortText = height <= (kFullyBalancedLines + 1) * lineSpacing;
            int narrowest = shortText ? full / 2 : int(full * kLongParagraphNarrowest);
            int widest = full;
            // The narrowest width that keeps the greedy layout's height (its number of lines).
            while (narrowest < widest) {
                const int mid = (narrowest + widest) / 2;
                if (greedyHeight(mid) <= height)
                    widest = mid;
                else
                    narrowest = mid + 1;
            }
            inset = full - widest;
            if (inset < kSmallestUsefulInset)
                inset = 0;
        }
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
