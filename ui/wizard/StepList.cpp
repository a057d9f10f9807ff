// SPDX-License-Identifier: MIT
#include "StepList.h"

#include "text/ErrorText.h"
#include "style/Appearance.h"

#include <QLabel>
#include <QVBoxLayout>

namespace actdesk::ui {

StepList::StepList(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stepListWidget"));
    using workflow::Step;
    m_names = {
        text::ErrorText::stepName(Step::Prerequisites),  text::ErrorText::stepName(Step::Program),
        text::ErrorText::stepName(Step::ProductKey),     text::ErrorText::stepName(Step::InstallationId),
        text::ErrorText::stepName(Step::ConfirmationId), tr("Apply and verify")};
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 16, 8);
    layout->setSpacing(10);
    for (int i = 0; i < m_names.size(); ++i) {
        auto* label = new QLabel(this);
        label->setObjectName(QStringLiteral("step%1Label").arg(i + 1));
        label->setFont(appearance::scaled(font(), 1.1));
        layout->addWidget(label);
        m_labels.append(label);
    }
    layout->addStretch(1);
    // As wide as the widest step in bold, so the pages do not shift as the current step moves.
    QFont bold = appearance::scaled(font(), 1.1);
    bold.setBold(true);
    int widest = 0;
    for (int i = 0; i < m_names.size(); ++i)
        widest = qMax(widest, QFontMetrics(bold).horizontalAdvance(
                                  QStringLiteral("\u25B6 %1. %2").arg(i + 1).arg(m_names[i])));
    setMinimumWidth(widest + layout->contentsMargins().left() + layout->contentsMargins().right() + 4);
    setCurrent(0);
}

QString StepList::stepText(int index) const
{
    return m_labels.value(index) ? m_labels[index]->text() : QString();
}

void StepList::setCurrent(int index)
{
    m_current = index;
    refresh();
}

void StepList::setFinished(bool finished)
{
    if (finished == m_finished)
        return;
    m_finished = finished;
    refresh();
}

void StepList::refresh()
{
    for (int i = 0; i < m_labels.size(); ++i) {
        const bool done = i < m_current || m_finished;
        const bool current = i == m_current;
        const QString marker = done      ? QStringLiteral("\u2713")
                               : current ? QStringLiteral("\u25B6")
                                         : QStringLiteral("\u2002");
        m_labels[i]->setText(QStringLiteral("%1 %2. %3").arg(marker).arg(i + 1).arg(m_names[i]));
        QFont f = appearance::scaled(font(), 1.1);
        f.setBold(current);
        m_labels[i]->setFont(f);
        // A screen reader hears what the eye sees: where we are, and what is done.
        QString name = m_names[i];
        if (current && done)
            name = tr("Current step, done: %1").arg(m_names[i]);
        else if (current)
            name = tr("Current step: %1").arg(m_names[i]);
        else if (done)
            name = tr("Done: %1").arg(m_names[i]);
        m_labels[i]->setAccessibleName(name);
    }
}

} // namespace actdesk::ui
