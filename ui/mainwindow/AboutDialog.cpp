// SPDX-License-Identifier: MIT
#include "AboutDialog.h"

#include "style/Appearance.h"
#include "widgets/WrappingLabel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace actdesk::ui {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setFont(appearance::readable(font()));
    setWindowTitle(tr("About Activation Desk"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/activation-desk.png")).pixmap(96, 96));
    auto* name = new QLabel(tr("Activation Desk"), this);
    name->setFont(appearance::headingFont(font(), 1.6));
    m_version = new QLabel(tr("Version %1").arg(QCoreApplication::applicationVersion()), this);
    m_version->setObjectName(QStringLiteral("versionLabel"));
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* purpose =
        new WrappingLabel(tr("Offline activation of Windows Extended Security Updates (ESU) licences by "
                             "phone, USB or paper."),
                          this);
    auto* legal = new WrappingLabel(
        tr("Free software under the MIT licence. Built with Qt %1.").arg(QString::fromLatin1(qVersion())),
        this);

    auto* text = new QVBoxLayout;
    text->addWidget(name);
    text->addWidget(m_version);
    text->addSpacing(8);
    text->addWidget(purpose);
    text->addWidget(legal);
    text->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    // Sized by its content, wrapped lines included: left to adjustSize(), a small screen (an
    // 800 x 600 VM console) narrowed the window after its height was chosen and cut the
    // Japanese text.
    layout->setSizeConstraint(QLayout::SetFixedSize);
    setMinimumWidth(460);
}

QString AboutDialog::versionText() const
{
    return m_version->text();
}

} // namespace actdesk::ui
