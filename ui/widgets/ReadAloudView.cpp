// SPDX-License-Identifier: MIT
#include "ReadAloudView.h"

#include "style/Appearance.h"
#include "widgets/IdShape.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace actdesk::ui {

ReadAloudView::ReadAloudView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("readAloudView"));
    setFocusPolicy(Qt::StrongFocus);

    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("readAloudPositionLabel"));
    m_position->setFont(appearance::headingFont(font(), 2.0));
    m_position->setAlignment(Qt::AlignCenter);

    m_digits = new QLabel(this);
    m_digits->setObjectName(QStringLiteral("readAloudDigitsLabel"));
    QFont huge = appearance::idFont(font(), 7.0);
    huge.setLetterSpacing(QFont::PercentageSpacing, 115);
    m_digits->setFont(huge);
    m_digits->setAlignment(Qt::AlignCenter);

    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("readAloudProgressLabel"));
    m_progress->setFont(appearance::idFont(font(), 1.6));
    m_progress->setAlignment(Qt::AlignCenter);

    m_previous = new QPushButton(tr("\u2190 Previous group"), this);
    m_previous->setObjectName(QStringLiteral("readAloudPreviousPushButton"));
    m_next = new QPushButton(tr("Next group \u2192"), this);
    m_next->setObjectName(QStringLiteral("readAloudNextPushButton"));
    for (QPushButton* b : {m_previous, m_next}) {
        // The view keeps the keyboard: Space must mean "next group", not "press this button".
        b->setFocusPolicy(Qt::NoFocus);
        b->setAutoDefault(false);
        b->setFont(appearance::scaled(font(), 1.3));
    }
    connect(m_previous, &QPushButton::clicked, this, &ReadAloudView::previous);
    connect(m_next, &QPushButton::clicked, this, &ReadAloudView::next);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addStretch(1);
    buttons->addWidget(m_next);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_position);
    layout->addStretch(1);
    layout->addWidget(m_digits);
    layout->addStretch(1);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    refresh();
}

void ReadAloudView::setGroups(ids::IdType type, const QStringList& groups)
{
    m_type = type;
    m_groups = groups;
    m_index = 0;
    refresh();
}

void ReadAloudView::setCurrentIndex(int index)
{
    if (m_groups.isEmpty())
        return;
    m_index = qBound(0, index, static_cast<int>(m_groups.size()) - 1);
    refresh();
    Q_EMIT currentChanged(m_index);
}

void ReadAloudView::next()
{
    if (m_index + 1 >= m_groups.size()) {
        Q_EMIT finished();
        return;
    }
    setCurrentIndex(m_index + 1);
}

void ReadAloudView::previous()
{
    setCurrentIndex(m_index - 1);
}

void ReadAloudView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown: next(); return;
    case Qt::Key_Backspace:
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp: previous(); return;
    case Qt::Key_Home: setCurrentIndex(0); return;
    default: QWidget::keyPressEvent(event);
    }
}

void ReadAloudView::refresh()
{
    if (m_groups.isEmpty()) {
        m_position->clear();
        m_digits->clear();
        m_progress->clear();
        return;
    }
    const IdShape shape{m_type, static_cast<int>(m_groups.size()), static_cast<int>(m_groups.first().size()), 1};
    const bool last = m_index + 1 == m_groups.size();
    m_position->setText(last ? tr("Group %1 of %2 (last group)").arg(shape.label(m_index)).arg(m_groups.size())
                             : tr("Group %1 of %2").arg(shape.label(m_index)).arg(m_groups.size()));
    m_digits->setText(m_groups[m_index]);
    m_digits->setAccessibleName(shape.accessibleName(m_index));
    // A row of markers, one per group: filled for the groups already read.
    QStringList marks;
    for (int i = 0; i < m_groups.size(); ++i)
        marks << (i < m_index ? QStringLiteral("\u25CF") : i == m_index ? QStringLiteral("\u25C9")
                                                                         : QStringLiteral("\u25CB"));
    m_progress->setText(marks.join(QLatin1Char(' ')));
    m_previous->setEnabled(m_index > 0);
    m_next->setText(last ? tr("Finish reading \u2192") : tr("Next group \u2192"));
}

} // namespace actdesk::ui
