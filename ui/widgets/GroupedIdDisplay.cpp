// SPDX-License-Identifier: MIT
#include "GroupedIdDisplay.h"

#include "style/Appearance.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace actdesk::ui {

GroupedIdDisplay::GroupedIdDisplay(ids::IdType type, int columns, QWidget* parent)
    : QWidget(parent), m_type(type), m_columns(columns)
{
    setObjectName(type == ids::IdType::ConfirmationId ? QStringLiteral("confirmationIdDisplay")
                                                      : QStringLiteral("installationIdDisplay"));
    m_grid = new QWidget(this);
    m_grid->setObjectName(QStringLiteral("groupGridWidget"));
    auto* gridLayout = new QGridLayout(m_grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->setHorizontalSpacing(36);
    gridLayout->setVerticalSpacing(8);

    m_copyDigits = new QPushButton(tr("Copy &digits only"), this);
    m_copyDigits->setObjectName(QStringLiteral("copyDigitsPushButton"));
    m_copyGrouped = new QPushButton(tr("Copy &grouped"), this);
    m_copyGrouped->setObjectName(QStringLiteral("copyGroupedPushButton"));
    for (QPushButton* b : {m_copyDigits, m_copyGrouped})
        b->setAutoDefault(false);
    m_copiedLabel = new QLabel(this);
    m_copiedLabel->setObjectName(QStringLiteral("copiedLabel"));

    connect(m_copyDigits, &QPushButton::clicked, this,
            [this] { copy(digitsOnlyText(), tr("Copied the digits without separators.")); });
    connect(m_copyGrouped, &QPushButton::clicked, this,
            [this] { copy(groupedText(), tr("Copied the groups, separated by hyphens.")); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copyDigits);
    buttons->addWidget(m_copyGrouped);
    buttons->addWidget(m_copiedLabel, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_grid);
    layout->addLayout(buttons);
    rebuild();
}

void GroupedIdDisplay::setGroups(const QStringList& groups)
{
    m_groups = groups;
    m_copiedLabel->clear();
    rebuild();
}

QString GroupedIdDisplay::digitsOnlyText() const
{
    return m_groups.join(QString());
}

QString GroupedIdDisplay::groupedText() const
{
    return m_groups.join(QLatin1Char('-'));
}

void GroupedIdDisplay::rebuild()
{
    qDeleteAll(m_cells);
    m_cells.clear();
    auto* grid = static_cast<QGridLayout*>(m_grid->layout());
    const IdShape shape{m_type, static_cast<int>(m_groups.size()),
                        m_groups.isEmpty() ? 0 : static_cast<int>(m_groups.first().size()), m_columns};
    const QFont digitFont = appearance::idFont(font(), 2.4);
    const QFont numberFont = appearance::headingFont(font(), 1.1);
    for (int i = 0; i < m_groups.size(); ++i) {
        auto* cell = new QWidget(m_grid);
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(0);
        auto* number = new QLabel(shape.label(i), cell);
        number->setObjectName(shape.objectNamePrefix(i) + QStringLiteral("NumberLabel"));
        number->setFont(numberFont);
        number->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
        auto* digits = new QLabel(m_groups[i], cell);
        digits->setObjectName(shape.objectNamePrefix(i) + QStringLiteral("DigitsLabel"));
        digits->setFont(digitFont);
        digits->setTextInteractionFlags(Qt::TextSelectableByMouse);
        digits->setAccessibleName(shape.accessibleName(i));
        cellLayout->addWidget(number);
        cellLayout->addWidget(digits);
        grid->addWidget(cell, i / qMax(1, m_columns), i % qMax(1, m_columns));
        m_cells.append(cell);
    }
    // Keep the groups together on the left instead of spreading them over the whole width.
    for (int c = 0; c <= m_columns; ++c)
        grid->setColumnStretch(c, c == m_columns ? 1 : 0);
    const bool any = !m_groups.isEmpty();
    m_copyDigits->setEnabled(any);
    m_copyGrouped->setEnabled(any);
}

void GroupedIdDisplay::copy(const QString& text, const QString& announcement)
{
    QApplication::clipboard()->setText(text);
    m_copiedLabel->setText(announcement);
    Q_EMIT copied(announcement);
}

} // namespace actdesk::ui
