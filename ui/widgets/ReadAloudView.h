// SPDX-License-Identifier: MIT
#pragma once

#include "ids/IdError.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace actdesk::ui {

// One group at a time, huge, for reading an ID to someone on the phone (or back to a
// caller). Space or Right goes to the next group; Backspace or Left goes back; Home goes
// to the first. Moving past the last group emits finished().
class ReadAloudView : public QWidget
{
    Q_OBJECT

public:
    explicit ReadAloudView(QWidget* parent = nullptr);

    void setGroups(ids::IdType type, const QStringList& groups);
    int currentIndex() const { return m_index; }
    QString currentGroup() const { return m_groups.value(m_index); }
    void setCurrentIndex(int index);

    void next();
    void previous();

Q_SIGNALS:
    void currentChanged(int index);
    void finished();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void refresh();

    ids::IdType m_type = ids::IdType::InstallationId;
    QStringList m_groups;
    int m_index = 0;
    QLabel* m_position = nullptr;
    QLabel* m_digits = nullptr;
    QLabel* m_progress = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
};

} // namespace actdesk::ui
