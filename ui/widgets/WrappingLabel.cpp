// SPDX-License-Identifier: MIT
#include "WrappingLabel.h"

#include <QEvent>

namespace actdesk::ui {

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

void WrappingLabel::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange: m_heights.clear(); break;
    default: break;
    }
    QLabel::changeEvent(event);
}

} // namespace actdesk::ui
