// SPDX-License-Identifier: MIT
#include "DeskQueueView.h"

#include "catalog/Catalog.h"
#include "ids/InstallationId.h"
#include "text/CatalogText.h"
#include "text/ErrorText.h"
#include "text/Printable.h"
#include "text/Sentences.h"
#include "text/TransferText.h"
#include "simulation/SimulationBanner.h"
#include "style/Appearance.h"
#include "widgets/GroupedIdDisplay.h"
#include "widgets/GroupedIdEntry.h"
#include "widgets/NoticeLabel.h"
#include "widgets/WrappingLabel.h"
#include "widgets/ScrollingContent.h"

#include <QCheckBox>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace actdesk::ui {

namespace {

using transfer::ItemStatus;
using transfer::TransferItem;

QString localTime(std::chrono::system_clock::time_point t)
{
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

} // namespace

DeskQueueView::DeskQueueView(const catalog::Catalog& catalog, workflow::ActivationJournal* journal,
                             const Clock& clock, const QString& operatorName, QWidget* parent)
    : QWidget(parent), m_controller(new desk::DeskController(catalog, journal, clock, operatorName, this))
{
    setObjectName(QStringLiteral("deskQueueView"));
    buildUi();
    connectUi();
    retranslate();
    showCurrent();
}

DeskQueueView::~DeskQueueView() = default;

void DeskQueueView::buildUi()
{
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("deskOpenButton"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("deskSaveButton"));
    m_trainingBox = new QCheckBox(this);
    m_trainingBox->setObjectName(QStringLiteral("deskTrainingCheckBox"));
    m_printSheets = new QPushButton(this);
    m_printSheets->setObjectName(QStringLiteral("deskPrintSheetsButton"));
    m_saveSheets = new QPushButton(this);
    m_saveSheets->setObjectName(QStringLiteral("deskSaveSheetsButton"));
    top->addWidget(m_open);
    top->addWidget(m_save);
    top->addSpacing(16);
    top->addWidget(m_printSheets);
    top->addWidget(m_saveSheets);
    top->addStretch(1);
    top->addWidget(m_trainingBox);
    layout->addLayout(top);

    m_banner = new SimulationBanner(QString(), this);
    m_banner->setObjectName(QStringLiteral("deskSimulationBanner"));
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("deskFilterLineEdit"));
    m_filter->setClearButtonEnabled(true);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_controller->model());
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_queue = new QTableView(this);
    m_queue->setObjectName(QStringLiteral("deskQueueTable"));
    m_queue->setModel(m_proxy);
    // File order until the operator clicks a column header.
    m_queue->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_queue->setSortingEnabled(true);
    m_queue->setWordWrap(false);
    // Every row the same height, so 10,000 requests scroll without measuring each one.
    m_queue->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queue->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queue->verticalHeader()->setVisible(false);
    m_queue->horizontalHeader()->setStretchLastSection(true);
    m_queue->setMinimumHeight(150);
    // The queue and the open request scroll when the window is too small for them instead of
    // forcing it larger than the screen.
    auto* body = new QWidget(this);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_filter);
    bodyLayout->addWidget(m_queue, 1);
    auto* bodyArea = scrollingContent(body, this);
    bodyArea->setObjectName(QStringLiteral("deskScrollArea"));
    layout->addWidget(bodyArea, 1);

    m_itemPanel = new QWidget(this);
    auto* panel = new QVBoxLayout(m_itemPanel);
    panel->setContentsMargins(0, 0, 0, 0);
    m_itemTitle = new WrappingLabel(m_itemPanel);
    m_itemTitle->setObjectName(QStringLiteral("deskItemTitleLabel"));
    m_itemTitle->setFont(appearance::headingFont(font(), 1.3));
    panel->addWidget(m_itemTitle);

    m_iidHeading = new QLabel(m_itemPanel);
    panel->addWidget(m_iidHeading);
    // Five groups to a row, as the call centre's entry: nine in one row made the tab 1,417 px
    // wide, more than the window (1,100) and than a 1,280 px laptop screen.
    m_iid = new GroupedIdDisplay(ids::IdType::InstallationId, 5, m_itemPanel);
    m_iid->setObjectName(QStringLiteral("deskInstallationIdDisplay"));
    panel->addWidget(m_iid);

    auto* knownRow = new QHBoxLayout;
    m_knownNotice = new NoticeLabel(m_itemPanel);
    m_knownNotice->setObjectName(QStringLiteral("deskKnownNotice"));
    m_knownNotice->setWordWrap(true);
    m_useKnown = new QPushButton(m_itemPanel);
    m_useKnown->setObjectName(QStringLiteral("deskUseKnownButton"));
    knownRow->addWidget(m_knownNotice, 1);
    knownRow->addWidget(m_useKnown);
    panel->addLayout(knownRow);

    m_cidHeading = new QLabel(m_itemPanel);
    panel->addWidget(m_cidHeading);
    m_cidEntry = new GroupedIdEntry(IdShape::confirmationId(), m_itemPanel);
    m_cidHeading->setBuddy(m_cidEntry->groupEdit(0));
    panel->addWidget(m_cidEntry);

    auto* answerRow = new QHBoxLayout;
    m_record = new QPushButton(m_itemPanel);
    m_record->setObjectName(QStringLiteral("deskRecordButton"));
    m_record->setDefault(true);
    m_simulate = new QPushButton(m_itemPanel);
    m_simulate->setObjectName(QStringLiteral("deskSimulateButton"));
    answerRow->addWidget(m_record);
    answerRow->addWidget(m_simulate);
    answerRow->addStretch(1);
    panel->addLayout(answerRow);

    auto* failRow = new QHBoxLayout;
    m_reasonLabel = new QLabel(m_itemPanel);
    m_reason = new QLineEdit(m_itemPanel);
    m_reason->setObjectName(QStringLiteral("deskReasonLineEdit"));
    m_reasonLabel->setBuddy(m_reason);
    m_fail = new QPushButton(m_itemPanel);
    m_fail->setObjectName(QStringLiteral("deskFailButton"));
    failRow->addWidget(m_reasonLabel);
    failRow->addWidget(m_reason, 1);
    failRow->addWidget(m_fail);
    panel->addLayout(failRow);
    bodyLayout->addWidget(m_itemPanel);

    m_notice = new NoticeLabel(this);
    m_notice->setObjectName(QStringLiteral("deskNotice"));
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);
}

void DeskQueueView::connectUi()
{
    connect(m_open, &QPushButton::clicked, this, &DeskQueueView::chooseFiles);
    connect(m_save, &QPushButton::clicked, this, &DeskQueueView::save);
    connect(m_printSheets, &QPushButton::clicked, this, &DeskQueueView::printSheets);
    connect(m_saveSheets, &QPushButton::clicked, this, &DeskQueueView::saveSheetsAsPdf);
    connect(m_trainingBox, &QCheckBox::toggled, this, &DeskQueueView::setTrainingMode);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_queue->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeskQueueView::showCurrent);
    connect(m_useKnown, &QPushButton::clicked, this, &DeskQueueView::useKnownConfirmation);
    connect(m_record, &QPushButton::clicked, this, &DeskQueueView::recordAnswer);
    connect(m_simulate, &QPushButton::clicked, this, &DeskQueueView::fillFromSimulatedCentre);
    connect(m_fail, &QPushButton::clicked, this, &DeskQueueView::markFailed);
    connect(m_reason, &QLineEdit::returnPressed, this, &DeskQueueView::markFailed);
    connect(m_cidEntry, &GroupedIdEntry::changed, this, [this] {
        m_record->setEnabled(currentItem() && desk::answerable(*currentItem()) && m_cidEntry->isComplete());
    });
    // Enter after the last CID group records the answer: no mouse needed.
    connect(m_cidEntry, &GroupedIdEntry::completed, this, [this] { m_record->setFocus(); });
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &DeskQueueView::save);
    auto* openShortcut = new QShortcut(QKeySequence::Open, this);
    openShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(openShortcut, &QShortcut::activated, this, &DeskQueueView::chooseFiles);

    // An item answered or failed elsewhere (the online fetch, a re-read file) while it is the
    // one shown: its panel follows, so it never reads "Waiting" beside an answered row.
    connect(m_controller->model(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                const desk::ItemKey key = currentKey();
                if (!key.isValid())
                    return;
                const int row = m_controller->model()->rowOf(key);
                if (row < topLeft.row() || row > bottomRight.row())
                    return;
                const TransferItem* item = currentItem();
                // Digits being typed for an item that is still open are kept.
                if (item && desk::answerable(*item) && !m_cidEntry->digits().isEmpty())
                    return;
                showCurrent();
            });
    connect(m_controller, &desk::DeskController::notice, m_notice, &NoticeLabel::showNotice);
    connect(m_controller, &desk::DeskController::unsavedChangesChanged, this,
            &DeskQueueView::unsavedChangesChanged);
    connect(m_controller, &desk::DeskController::trainingModeChanged, this, [this](bool on) {
        if (m_trainingBox->isChecked() != on)
            m_trainingBox->setChecked(on);
        m_banner->setVisible(on);
        showCurrent();
    });
}

void DeskQueueView::setFileDialogs(FileDialogs* dialogs)
{
    m_dialogs = dialogs ? dialogs : &m_qtDialogs;
}

bool DeskQueueView::printSheets()
{
    return m_controller->printSheets(*m_dialogs, this);
}

bool DeskQueueView::saveSheetsAsPdf()
{
    return m_controller->saveSheetsAsPdf(*m_dialogs, this);
}

void DeskQueueView::retranslate()
{
    m_open->setText(tr("&Open transfer files…"));
    m_save->setText(tr("Save &answers to the files"));
    m_printSheets->setText(tr("&Print sheets…"));
    m_printSheets->setToolTip(tr("One activation sheet per request still waiting for its confirmation ID"));
    m_saveSheets->setText(tr("Sa&ve sheets as PDF…"));
    m_saveSheets->setToolTip(m_printSheets->toolTip());
    m_trainingBox->setText(tr("&Training mode (Simulation)"));
    m_banner->setText(
        tr("SIMULATION — training mode: confirmation IDs come from the simulated activation centre "
           "and work only on simulated machines."));
    m_filter->setPlaceholderText(tr("Filter the requests: machine, program, status or file"));
    m_queue->setAccessibleName(tr("Requests waiting in the open transfer files"));
    m_iidHeading->setText(tr("Installation ID — read it to the activation centre:"));
    m_cidHeading->setText(tr("&Confirmation ID from the activation centre (groups A–H):"));
    m_useKnown->setText(tr("&Use the confirmation ID from the journal"));
    m_record->setText(tr("&Record answer"));
    m_simulate->setText(tr("Fi&ll from the simulated centre (Simulation)"));
    m_reasonLabel->setText(tr("&Why it failed:"));
    m_reason->setPlaceholderText(tr("e.g. the activation line reported error 0xC004C008"));
    m_fail->setText(tr("&Mark failed"));
    m_controller->model()->setBaseFont(font());
    showCurrent();
}

void DeskQueueView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DeskQueueView::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open transfer files"), QString(),
                                                            tr("Transfer files (*.adtx);;All files (*)"));
    for (const auto& path : paths)
        openFile(path);
}

bool DeskQueueView::openFile(const QString& path)
{
    const desk::ItemKey keep = currentKey();
    if (!m_controller->openFile(path))
        return false;
    m_queue->resizeColumnsToContents();
    if (keep.isValid())
        selectKey(keep);
    if (!currentKey().isValid())
        selectNextPending();
    return true;
}

desk::ItemKey DeskQueueView::currentKey() const
{
    const auto rows = m_queue->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_controller->model()->keyAt(m_proxy->mapToSource(rows.first()).row());
}

const TransferItem* DeskQueueView::currentItem() const
{
    return m_controller->item(currentKey());
}

void DeskQueueView::selectKey(const desk::ItemKey& key)
{
    const int row = m_controller->model()->rowOf(key);
    const QModelIndex index = m_proxy->mapFromSource(m_controller->model()->index(row, 0));
    if (!index.isValid())
        return;
    m_queue->selectRow(index.row());
    m_queue->setCurrentIndex(index);
}

bool DeskQueueView::selectItem(const QString& itemId)
{
    const desk::ItemKey key = m_controller->keyOf(itemId);
    if (!key.isValid())
        return false;
    selectKey(key);
    return currentKey() == key;
}

QString DeskQueueView::currentItemId() const
{
    return QString::fromStdString(currentKey().itemId);
}

void DeskQueueView::showCurrent()
{
    const TransferItem* item = currentItem();
    m_known.reset();
    m_itemPanel->setEnabled(item != nullptr);
    m_cidEntry->clear();
    m_reason->clear();
    m_simulate->setVisible(trainingMode());
    if (!item) {
        m_itemTitle->setText(m_controller->files().empty()
                                 ? tr("Open a transfer file to see the requests waiting in it.")
                                 : tr("Choose a request in the list."));
        m_iid->setGroups({});
        m_knownNotice->clearNotice();
        m_knownNotice->setVisible(false);
        m_useKnown->setVisible(false);
        return;
    }
    const QModelIndex programCell = m_controller->model()->index(m_controller->model()->rowOf(currentKey()),
                                                                 desk::DeskQueueModel::ProgramColumn);
    QString title = tr("%1 — %2 — %3")
                        .arg(text::printable(item->machineName), programCell.data().toString(),
                             text::TransferText::statusLabel(item->status));
    if (item->status == ItemStatus::Failed && !item->reason.empty())
        title += QLatin1Char('\n') + tr("Reason: %1").arg(text::printable(item->reason));
    if (item->confirmationId) {
        title += QLatin1Char('\n') +
                 tr("Confirmation ID: %1").arg(QString::fromStdString(item->confirmationId->grouped(' ')));
        if (item->answeredBy == transfer::kSimulatedCentreName)
            title += QLatin1Char(' ') + tr("(Simulation)");
    }
    m_itemTitle->setText(title);
    QStringList groups;
    if (item->installationId)
        for (const auto& g : item->installationId->groups())
            groups << QString::fromStdString(g);
    m_iid->setGroups(groups);

    const bool open = desk::answerable(*item);
    m_cidEntry->setEnabled(open);
    m_record->setEnabled(false);
    m_reason->setEnabled(open);
    m_fail->setEnabled(open);
    m_simulate->setEnabled(trainingMode() && open);
    showKnown();
}

void DeskQueueView::showKnown()
{
    m_known = m_controller->knownConfirmation(currentKey());
    m_knownNotice->setVisible(m_known.has_value());
    m_useKnown->setVisible(m_known.has_value());
    if (!m_known) {
        m_knownNotice->clearNotice();
        return;
    }
    QString text = tr("Already obtained: the journal holds a confirmation ID for this installation ID (%1, "
                      "machine %2). Use it instead of calling again — that saves a MAK activation.")
                       .arg(localTime(m_known->at), text::printable(m_known->machineName));
    if (m_known->deposited)
        text = text::joinSentences(text, tr("It was applied successfully before."));
    m_knownNotice->showNotice(NoticeLabel::Kind::Info, text);
}

void DeskQueueView::afterAnswer(bool answered)
{
    if (answered)
        selectNextPending();
}

bool DeskQueueView::recordAnswer()
{
    const desk::ItemKey key = currentKey();
    if (!key.isValid())
        return false;
    if (!m_cidEntry->isComplete()) {
        const QString why = m_cidEntry->message();
        m_notice->showNotice(NoticeLabel::Kind::Error,
                             why.isEmpty() ? tr("Type all eight groups (A–H) of the confirmation ID first.")
                                           : why);
        m_cidEntry->focusFirstIncomplete();
        return false;
    }
    auto cid = ids::ConfirmationId::parseAscii(m_cidEntry->digits().toStdString());
    if (!cid) {
        m_notice->showNotice(NoticeLabel::Kind::Error, text::ErrorText::idError(cid.error()));
        return false;
    }
    const bool answered = m_controller->recordAnswer(key, cid.value());
    afterAnswer(answered);
    return answered;
}

bool DeskQueueView::markFailed()
{
    const desk::ItemKey key = currentKey();
    if (!key.isValid())
        return false;
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        m_notice->showNotice(NoticeLabel::Kind::Error, tr("Type the reason first (for example the error the "
                                                          "activation line gave)."));
        m_reason->setFocus();
        return false;
    }
    const bool failed = m_controller->markFailed(key, reason);
    afterAnswer(failed);
    return failed;
}

bool DeskQueueView::fillFromSimulatedCentre()
{
    const bool answered = m_controller->fillFromSimulatedCentre(currentKey());
    afterAnswer(answered);
    return answered;
}

bool DeskQueueView::useKnownConfirmation()
{
    if (!m_known)
        return false;
    m_cidEntry->setText(QString::fromStdString(m_known->confirmationId));
    return recordAnswer();
}

void DeskQueueView::selectNextPending()
{
    // The next request still waiting, in the order the queue shows (sorted, filtered).
    const auto selected = m_queue->selectionModel()->selectedRows();
    const int rows = m_proxy->rowCount();
    const int start = selected.isEmpty() ? 0 : selected.first().row();
    for (int i = 0; i < rows; ++i) {
        const QModelIndex index = m_proxy->index((start + i) % rows, 0);
        if (index.data(desk::DeskQueueModel::AnswerableRole).toBool()) {
            m_queue->selectRow(index.row());
            m_queue->setCurrentIndex(index);
            if (isVisible())
                m_cidEntry->focusFirstIncomplete();
            return;
        }
    }
    showCurrent();
    // Nothing is left to answer: the next step is saving, and the keyboard focus must not be
    // lost with the buttons of the last answered item (Ctrl+S works only with focus inside).
    if (isVisible() && hasUnsavedChanges())
        m_save->setFocus(Qt::OtherFocusReason);
}

bool DeskQueueView::save()
{
    const desk::ItemKey keep = currentKey();
    const bool saved = m_controller->save();
    if (keep.isValid())
        selectKey(keep);
    return saved;
}

void DeskQueueView::setTrainingMode(bool on)
{
    m_controller->setTrainingMode(on);
}

} // namespace actdesk::ui
