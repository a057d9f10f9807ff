// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QLabel;

namespace actdesk::ui {

// The confirmation ID read back to the caller: groups A-H in very large digits, each with
// a "Confirmed by caller" tick (Space ticks the focused group; Tab moves on).
// Object names: readBackGroupCDigitsLabel, readBackGroupCCheckBox.
class ReadBackPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ReadBackPanel(QWidget* parent = nullptr);

    void setGroups(const QStringList& groups); // clears the ticks
    const QStringList& groups() const { return m_groups; }
    QCheckBox* tick(int index) const { return m_ticks.value(index); }
    int confirmedCount() const;
    bool allConfirmed() const;

Q_SIGNALS:
    void confirmationChanged(int confirmed);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QStringList m_groups;
    QVector<QLabel*> m_letters;
    QVector<QLabel*> m_digits;
    QVector<QCheckBox*> m_ticks;
    QLabel* m_progress = nullptr;
};

} // namespace actdesk::ui
