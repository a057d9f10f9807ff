// SPDX-License-Identifier: MIT
#pragma once

#include <QVector>
#include <QWidget>

class QLabel;

namespace actdesk::ui {

// The six steps down the side of the wizard: done ones ticked, the current one marked.
class StepList : public QWidget
{
    Q_OBJECT

public:
    explicit StepList(QWidget* parent = nullptr);

    void setCurrent(int index);
    int current() const { return m_current; }
    QString stepText(int index) const;

private:
    QVector<QLabel*> m_labels;
    QStringList m_names;
    int m_current = 0;
};

} // namespace actdesk::ui
