// SPDX-License-Identifier: MIT
#include "ProgramPage.h"

#include "style/Appearance.h"
#include "text/CatalogText.h"
#include "text/ErrorText.h"
#include "widgets/NoticeLabel.h"
#include "widgets/WrappingLabel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <utility>

namespace actdesk::ui {

ProgramPage::ProgramPage(WizardContext& context, QWidget* parent) : DevicePage(context, parent)
{
    setObjectName(QStringLiteral("programPage"));
    setTitle(text::ErrorText::stepName(workflow::Step::Program));
    registerField(QStringLiteral("program"), this, "selectedKey");
}

void ProgramPage::build()
{
    auto* instruction =
        makeInstruction(tr("Choose the ESU year to activate. The first year that is not licensed "
                           "yet is already selected. Years are activated one at a time, in order."));

    m_programs = new QTreeWidget(this);
    m_programs->setObjectName(QStringLiteral("programTreeWidget"));
    m_programs->setAccessibleName(tr("ESU programs and years"));
    m_programs->setRootIsDecorated(false);
    m_programs->setHeaderLabels({tr("Program and year"), tr("Status on this machine")});
    m_programs->header()->setStretchLastSection(true);
    m_programs->setFont(appearance::scaled(font(), 1.1));
    m_programs->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_programs->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    connect(m_programs, &QTreeWidget::currentItemChanged, this, &ProgramPage::onSelectionChanged);

    auto* idCaption = new QLabel(tr("Activation ID:"), this);
    m_activationId = new QLabel(this);
    m_activationId->setObjectName(QStringLiteral("activationIdLabel"));
    m_activationId->setFont(appearance::idFont(font(), 1.2));
    m_activationId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    idCaption->setBuddy(m_activationId);
    m_copy = new QPushButton(tr("&Copy activation ID"), this);
    m_copy->setObjectName(QStringLiteral("copyActivationIdPushButton"));
    m_copy->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (const auto* e = selectedEntry())
            QApplication::clipboard()->setText(QString::fromStdString(e->activationId.canonical()));
    });
    auto* idRow = new QHBoxLayout;
    idRow->addWidget(idCaption);
    idRow->addWidget(m_activationId);
    idRow->addWidget(m_copy);
    idRow->addStretch(1);

    m_source = new WrappingLabel(this);
    m_source->setObjectName(QStringLiteral("activationIdSourceLabel"));

    m_notice = new NoticeLabel(this);
    m_notice->setObjectName(QStringLiteral("programNoticeLabel"));

    auto* layout = makeScrollingLayout();
    layout->addWidget(instruction);
    layout->addWidget(m_programs);
    layout->addLayout(idRow);
    layout->addWidget(m_source);
    layout->addWidget(m_notice);
    layout->addStretch(1);
}

void ProgramPage::initializePage()
{
    ensureBuilt();
    const QString before = m_preferred.isEmpty() ? selectedKey() : std::exchange(m_preferred, QString());
    m_programs->clear();
    m_entries.clear();
    if (!m_ctx.report)
        return;
    m_entries = m_ctx.catalog.forOs(m_ctx.report->machine.os);
    const auto suggested = m_ctx.session.suggestedProgram();
    QTreeWidgetItem* select = nullptr;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const auto& entry = m_entries[i];
        auto* item = new QTreeWidgetItem(m_programs);
        item->setText(0, text::CatalogText::programYear(entry));
        QString status = tr("Not present on this machine");
        for (const auto& sku : m_ctx.report->esuSkus)
            if (sku.activationId == entry.activationId)
                status = text::ErrorText::licenseStatus(sku.status);
        item->setText(1, status);
        item->setData(0, Qt::UserRole, static_cast<int>(i));
        const QString key = QString::fromStdString(entry.key);
        // Coming back keeps the earlier choice; the first time, the suggestion wins.
        if ((!before.isEmpty() && key == before) ||
            (before.isEmpty() && suggested && suggested->key == entry.key))
            select = item;
    }
    for (int c = 0; c + 1 < m_programs->columnCount(); ++c)
        m_programs->resizeColumnToContents(c);
    if (!select && m_programs->topLevelItemCount() > 0)
        select = m_programs->topLevelItem(0);
    m_programs->setCurrentItem(select);
    onSelectionChanged();
}

bool ProgramPage::isComplete() const
{
    return isBuilt() && selectedEntry() != nullptr;
}

bool ProgramPage::validatePage()
{
    const auto* entry = selectedEntry();
    if (!entry)
        return false;
    m_ctx.chosen = *entry;
    m_ctx.session.chooseProgram(entry->activationId, entry);
    return true;
}

QWidget* ProgramPage::preferredFocus() const
{
    return m_programs;
}

QString ProgramPage::selectedKey() const
{
    const auto* e = selectedEntry();
    return e ? QString::fromStdString(e->key) : QString();
}

const catalog::CatalogEntry* ProgramPage::selectedEntry() const
{
    const auto* item = m_programs ? m_programs->currentItem() : nullptr;
    if (!item)
        return nullptr;
    const int i = item->data(0, Qt::UserRole).toInt();
    return i >= 0 && static_cast<std::size_t>(i) < m_entries.size() ? &m_entries[static_cast<std::size_t>(i)]
                                                                    : nullptr;
}

void ProgramPage::onSelectionChanged()
{
    const auto* entry = selectedEntry();
    m_copy->setEnabled(entry != nullptr);
    m_notice->clearNotice();
    if (!entry) {
        m_activationId->clear();
        m_source->clear();
        Q_EMIT completeChanged();
        return;
    }
    m_activationId->setText(QString::fromStdString(entry->activationId.canonical()));
    m_source->setText(tr("Source of this activation ID: %1").arg(text::CatalogText::trust(entry->trust)));
    bool present = false;
    if (m_ctx.report) {
        for (const auto& sku : m_ctx.report->esuSkus) {
            if (sku.activationId == entry->activationId) {
                present = true;
                if (sku.status == licensing::LicenseStatus::Licensed)
                    m_notice->showNotice(
                        NoticeLabel::Kind::Info,
                        tr("This year is already licensed on this machine. Activating it again "
                           "is possible but not needed."));
            }
        }
    }
    if (!present)
        m_notice->showNotice(
            NoticeLabel::Kind::Warning,
            tr("This year is not present on this machine. Installing its key will fail until "
               "the prerequisite updates are installed."));
    Q_EMIT completeChanged();
}

} // namespace actdesk::ui
