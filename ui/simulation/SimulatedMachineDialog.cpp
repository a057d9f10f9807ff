// SPDX-License-Identifier: MIT
#include "SimulatedMachineDialog.h"

#include "simulation/SimulationBanner.h"
#include "style/Appearance.h"
#include "text/CatalogText.h"
#include "widgets/WrappingLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace actdesk::ui {

namespace {
QString defaultName(OsFamily os)
{
    return QStringLiteral("SIM-%1-01").arg(QString::fromStdString(osKey(os)).toUpper());
}
} // namespace

SimulatedMachineDialog::SimulatedMachineDialog(const catalog::Catalog& catalog, const QString& stateDirectory,
                                               QWidget* parent)
    : QDialog(parent), m_catalog(catalog)
{
    setObjectName(QStringLiteral("simulatedMachineDialog"));
    setFont(appearance::readable(font()));
    setWindowTitle(tr("Set up a simulated machine"));

    auto* banner = new SimulationBanner(tr("SIMULATION: for training and tests only"), this);

    m_os = new QComboBox(this);
    m_os->setObjectName(QStringLiteral("osComboBox"));
    for (OsFamily os : allOsFamilies())
        if (os != OsFamily::Unknown)
            m_os->addItem(text::CatalogText::osName(os), QString::fromStdString(osKey(os)));
    m_name = new QLineEdit(defaultName(OsFamily::Windows7), this);
    m_name->setObjectName(QStringLiteral("machineNameLineEdit"));
    m_iidLength = new QComboBox(this);
    m_iidLength->setObjectName(QStringLiteral("iidLengthComboBox"));
    m_iidLength->addItem(tr("Usual for this Windows version"), 0);
    m_iidLength->addItem(tr("54 digits (9 groups of 6)"), 6);
    m_iidLength->addItem(tr("63 digits (9 groups of 7)"), 7);
    m_prerequisites = new QCheckBox(tr("The ESU &prerequisite updates are installed"), this);
    m_prerequisites->setObjectName(QStringLiteral("prerequisitesCheckBox"));
    m_prerequisites->setChecked(true);

    connect(m_os, &QComboBox::currentIndexChanged, this, &SimulatedMachineDialog::onOsChanged);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });

    auto* form = new QFormLayout;
    auto addRow = [&](const QString& caption, QWidget* field) {
        auto* label = new QLabel(caption, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Windows version:"), m_os);
    addRow(tr("&Computer name:"), m_name);
    addRow(tr("&Installation ID length:"), m_iidLength);
    form->addRow(m_prerequisites);

    auto* where =
        new WrappingLabel(tr("The simulated machine is kept in %1. Setting up a new one replaces it, "
                             "including its keys and licences.")
                              .arg(stateDirectory),
                          this);
    where->setObjectName(QStringLiteral("stateDirectoryLabel"));
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set up"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("setUpPushButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner);
    layout->addLayout(form);
    layout->addWidget(where);
    // Room the dialog has beyond its content goes here, not into the banner.
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

void SimulatedMachineDialog::onOsChanged()
{
    if (m_nameEdited)
        return;
    if (const auto os = osFromKey(m_os->currentData().toString().toStdString()))
        m_name->setText(defaultName(*os));
}

licensing::SimulatedMachineOptions SimulatedMachineDialog::options() const
{
    licensing::SimulatedMachineOptions o;
    o.os = osFromKey(m_os->currentData().toString().toStdString()).value_or(OsFamily::Windows7);
    const QString name = m_name->text().trimmed();
    o.name = (name.isEmpty() ? defaultName(o.os) : name).toStdString();
    o.iidGroupLength = m_iidLength->currentData().toInt();
    o.prerequisitesInstalled = m_prerequisites->isChecked();
    if (o.prerequisitesInstalled)
        if (const auto p = m_catalog.prerequisites(o.os))
            o.installedUpdates = p->updates;
    return o;
}

} // namespace actdesk::ui
