// SPDX-License-Identifier: MIT
#include "ReadBackPanel.h"

#include "ids/IdError.h"
#include "style/Appearance.h"
#include "widgets/WrappingLabel.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace actdesk::ui {

ReadBackPanel::ReadBackPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("readBackPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0); // its group box has margins
    auto* grid = new QGridLayout;
    const QFont digits = appearance::idFont(font(), 1.9); // as large as in the entry fields
    const QFont letter = appearance::headingFont(font(), 1.6);
    for (int i = 0; i < 8; ++i) {
        const QString name = QString::fromStdString(ids::groupLabel(ids::IdType::ConfirmationId, i));
        auto* l = new QLabel(name, this);
        l->setFont(letter);
        auto* d = new QLabel(this);
        d->setObjectName(QStringLiteral("readBackGroup%1DigitsLabel").arg(name));
        d->setFont(digits);
        d->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* t = new QCheckBox(this);
        t->setObjectName(QStringLiteral("readBackGroup%1CheckBox").arg(name));
        l->setBuddy(t);
        grid->addWidget(l, i, 0);
        grid->addWidget(d, i, 1);
        grid->addWidget(t, i, 2);
        connect(t, &QCheckBox::toggled, this, [this] {
            Q_EMIT confirmationChanged(confirmedCount());
            retranslate();
        });
        m_letters << l;
        m_digits << d;
        m_ticks << t;
    }
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);
    m_progress = new WrappingLabel(this);
    m_progress->setObjectName(QStringLiteral("readBackProgressLabel"));
    m_progress->setFont(appearance::headingFont(font(), 1.1));
    layout->addWidget(m_progress);
    layout->addStretch(1);
    retranslate();
    setGroups({});
}

void ReadBackPanel::setGroups(const QStringList& groups)
{
    m_groups = groups;
    for (int i = 0; i < m_digits.size(); ++i) {
        m_digits[i]->setText(groups.value(i, QStringLiteral("––––––")));
        const QSignalBlocker block(m_ticks[i]);
        m_ticks[i]->setChecked(false);
        m_ticks[i]->setEnabled(i < groups.size());
    }
    retranslate();
    Q_EMIT confirmationChanged(0);
}

int ReadBackPanel::confirmedCount() const
{
    int n = 0;
    for (const auto* t : m_ticks)
        n += t->isChecked() ? 1 : 0;
    return n;
}

bool ReadBackPanel::allConfirmed() const
{
    return m_groups.size() == m_ticks.size() && confirmedCount() == m_ticks.size();
}

void ReadBackPanel::retranslate()
{
    for (int i = 0; i < m_ticks.size(); ++i) {
        const QString name = m_letters[i]->text();
        m_ticks[i]->setText(tr("Confirmed by caller"));
        m_ticks[i]->setAccessibleName(tr("Group %1 confirmed by caller").arg(name));
        m_digits[i]->setAccessibleName(tr("Confirmation ID group %1: %2").arg(name, m_digits[i]->text()));
    }
    if (m_groups.isEmpty())
        m_progress->setText(tr("The confirmation ID appears here for reading back."));
    else if (allConfirmed())
        m_progress->setText(tr("✓ All eight groups confirmed by the caller."));
    else
        m_progress->setText(
            tr("Read each group to the caller and tick it when they confirm it: %1 of 8 confirmed.")
                .arg(confirmedCount()));
}

void ReadBackPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace actdesk::ui
