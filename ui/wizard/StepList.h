// SPDX-License-Identifier: MIT
#pragma once

#include <QVector>
#include <QWidget>

class QLabel;

namespace actdesk::ui {

// The six steps down the side of the wizard: done ones ticked, the current one marked.
// Once the activation is finished (Licensed, by Apply or by a desk response), every step is
// ticked, the current one included: nothing is left to do.
class StepList : public QWidget
{
    Q_OBJECT

  public:
    explicit StepList(QWidget* parent = nullptr);

    void setCurrent(int index);
    int current() const { return m_current; }
    void setFinished(bool finished);
    bool finished() const { return m_finished; }
    QString stepText(int index) const;

  private:
    QVector<QLabel*> m_labels;
    QStringList m_names;
    int m_current = 0;
    bool m_finished = false;

    void refresh();
};

} // namespace actdesk::ui
