// SPDX-License-Identifier: MIT
#include "DamagedJournalDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace actdesk::ui {

namespace {
QLabel* wrapped(const QString& text, const char* name, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

DamagedJournalDialog::DamagedJournalDialog(const QString& problem, const QString& damagedPath,
                                           QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("damagedJournalDialog"));
    setWindowTitle(tr("The journal cannot be used"));

    auto* heading = wrapped(tr("The journal cannot be used. The activation is not affected."),
                            "damagedJournalHeadingLabel", this);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);

    auto* what = wrapped(problem, "damagedJournalProblemLabel", this);
    what->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* file =
        wrapped(tr("File: %1").arg(QDir::toNativeSeparators(damagedPath)), "damagedJournalFileLabel", this);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* kept =
        wrapped(tr("This file is kept exactly as it is, whatever you choose, so it can be rescued later."),
                "damagedJournalKeptLabel", this);
    auto* choices =
        wrapped(tr("A fresh journal goes in the same folder, beside the old file, and records this "
                   "session from now on. Without a journal, the activation works the same, but "
                   "nothing from this session is recorded."),
                "damagedJournalChoicesLabel", this);

    auto* buttons = new QDialogButtonBox(this);
    m_fresh = buttons->addButton(tr("&Start a fresh journal beside it"), QDialogButtonBox::AcceptRole);
    m_fresh->setObjectName(QStringLiteral("startFreshJournalPushButton"));
    m_without = buttons->addButton(tr("Continue &without a journal"), QDialogButtonBox::RejectRole);
    m_without->setObjectName(QStringLiteral("continueWithoutJournalPushButton"));
    m_fresh->setDefault(true);
    m_fresh->setAutoDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    auto* text = new QVBoxLayout;
    text->addWidget(heading);
    text->addWidget(what);
    text->addWidget(file);
    text->addSpacing(6);
    text->addWidget(kept);
    text->addWidget(choices);
    auto* row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addSpacing(6);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    m_fresh->setFocus();
}

DamagedJournalDialog::~DamagedJournalDialog() = default;

} // namespace actdesk::ui
