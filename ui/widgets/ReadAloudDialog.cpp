// SPDX-License-Identifier: MIT
#include "ReadAloudDialog.h"

#include "style/Appearance.h"
#include "widgets/ReadAloudView.h"
#include "widgets/WrappingLabel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace actdesk::ui {

ReadAloudDialog::ReadAloudDialog(ids::IdType type, const QStringList& groups, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("readAloudDialog"));
    setWindowTitle(type == ids::IdType::ConfirmationId ? tr("Read aloud: confirmation ID")
                                                       : tr("Read aloud: installation ID"));
    m_view = new ReadAloudView(this);
    m_view->setGroups(type, groups);

    auto* hint =
        new WrappingLabel(tr("Space or \u2192: next group    Backspace or \u2190: back    Esc: close"), this);
    hint->setObjectName(QStringLiteral("readAloudHintLabel"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setFont(appearance::scaled(font(), 1.2));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);
    connect(m_view, &ReadAloudView::finished, this, &QDialog::accept);
    m_view->setFocus();
    resize(900, 560);
}

} // namespace actdesk::ui
