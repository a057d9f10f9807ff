// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/IdShape.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

class QLabel;
class QPushButton;

namespace actdesk::ui {

// A grouped digit ID to be read out or copied: each group large, monospace and numbered
// (or lettered), with "Copy digits only" and "Copy grouped" buttons.
// Group label names: installationGroup3DigitsLabel; buttons: copyDigitsPushButton,
// copyGroupedPushButton.
class GroupedIdDisplay : public QWidget
{
    Q_OBJECT

public:
    explicit GroupedIdDisplay(ids::IdType type, int columns, QWidget* parent = nullptr);

    // `groups` as the ID model returns them (InstallationId::groups(), ConfirmationId::groups()).
    void setGroups(const QStringList& groups);
    const QStringList& groups() const { return m_groups; }

    QString digitsOnlyText() const; // "2530374404051..."
    QString groupedText() const;    // "2530374-4040511-..."

    QPushButton* copyDigitsButton() const { return m_copyDigits; }
    QPushButton* copyGroupedButton() const { return m_copyGrouped; }

Q_SIGNALS:
    void copied(const QString& what); // a translated sentence for a status line

private:
    void rebuild();
    void copy(const QString& text, const QString& announcement);

    ids::IdType m_type;
    int m_columns;
    QStringList m_groups;
    QWidget* m_grid = nullptr;
    QVector<QWidget*> m_cells;
    QPushButton* m_copyDigits = nullptr;
    QPushButton* m_copyGrouped = nullptr;
    QLabel* m_copiedLabel = nullptr;
};

} // namespace actdesk::ui
