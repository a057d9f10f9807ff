// SPDX-License-Identifier: MIT
#include "DeskQueueView.h"

#include "catalog/Catalog.h"
#include "ids/InstallationId.h"
#include "messages/CatalogText.h"
#include "messages/ErrorText.h"
#include "messages/TransferText.h"
#include "paper/TransferSheetItems.h"
#include "simulation/SimulationBanner.h"
#include "style/Appearance.h"
#include "widgets/GroupedIdDisplay.h"
#include "widgets/GroupedIdEntry.h"
#include "widgets/NoticeLabel.h"
#include "widgets/ScrollingContent.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPageSize>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace actdesk::ui {

namespace {

using transfer::ItemStatus;
using transfer::TransferItem;

enum Column
{
    MachineColumn,
    ProgramColumn,
    IidColumn,
    StatusColumn,
    FileColumn,
    ColumnCount,
};

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QStringList toList(const std::vector<std::string>& groups)
{
    QStringList out;
    for (const auto& g : groups)
        out << q(g);
    return out;
}

QString groupedIid(const std::string& digits)
{
    auto iid = ids::InstallationId::parseAscii(digits);
    return iid ? q(iid->grouped(' ')) : q(digits);
}

bool answerable(const TransferItem& item)
{
    return item.status == ItemStatus::Pending || item.status == ItemStatus::Failed;
}

QString localTime(std::chrono::system_clock::time_point t)
{
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

} // namespace

DeskQueueView::DeskQueueView(const catalog::Catalog& catalog, workflow::ActivationJournal* journal,
                             const Clock& clock, const QString& operatorName, QWidget* parent)
    : QWidget(parent), m_catalog(catalog), m_journal(journal), m_clock(clock), m_operator(operatorName)
{
    setObjectName(QStringLiteral("deskQueueView"));
    buildUi();
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

    m_queue = new QTableWidget(0, ColumnCount, this);
    m_queue->setObjectName(QStringLiteral("deskQueueTable"));
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
    bodyLayout->addWidget(m_queue, 1);
    auto* bodyArea = scrollingContent(body, this);
    bodyArea->setObjectName(QStringLiteral("deskScrollArea"));
    layout->addWidget(bodyArea, 1);

    m_itemPanel = new QWidget(this);
    auto* panel = new QVBoxLayout(m_itemPanel);
    panel->setContentsMargins(0, 0, 0, 0);
    m_itemTitle = new QLabel(m_itemPanel);
    m_itemTitle->setObjectName(QStringLiteral("deskItemTitleLabel"));
    m_itemTitle->setFont(appearance::headingFont(font(), 1.3));
    m_itemTitle->setWordWrap(true);
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

    connect(m_open, &QPushButton::clicked, this, &DeskQueueView::chooseFiles);
    connect(m_save, &QPushButton::clicked, this, &DeskQueueView::save);
    connect(m_printSheets, &QPushButton::clicked, this, &DeskQueueView::printSheets);
    connect(m_saveSheets, &QPushButton::clicked, this, &DeskQueueView::saveSheetsAsPdf);
    connect(m_trainingBox, &QCheckBox::toggled, this, &DeskQueueView::setTrainingMode);
    connect(m_queue, &QTableWidget::itemSelectionChanged, this, &DeskQueueView::showCurrent);
    connect(m_useKnown, &QPushButton::clicked, this, &DeskQueueView::useKnownConfirmation);
    connect(m_record, &QPushButton::clicked, this, &DeskQueueView::recordAnswer);
    connect(m_simulate, &QPushButton::clicked, this, &DeskQueueView::fillFromSimulatedCentre);
    connect(m_fail, &QPushButton::clicked, this, &DeskQueueView::markFailed);
    connect(m_reason, &QLineEdit::returnPressed, this, &DeskQueueView::markFailed);
    connect(m_cidEntry, &GroupedIdEntry::changed, this, [this] {
        m_record->setEnabled(currentItem() && answerable(*currentItem()) && m_cidEntry->isComplete());
    });
    // Enter after the last CID group records the answer: no mouse needed.
    connect(m_cidEntry, &GroupedIdEntry::completed, this, [this] { m_record->setFocus(); });
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &DeskQueueView::save);
    auto* openShortcut = new QShortcut(QKeySequence::Open, this);
    openShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(openShortcut, &QShortcut::activated, this, &DeskQueueView::chooseFiles);
}

void DeskQueueView::setFileDialogs(FileDialogs* dialogs)
{
    m_dialogs = dialogs ? dialogs : &m_qtDialogs;
}

QList<paper::SheetItem> DeskQueueView::pendingSheets() const
{
    QList<paper::SheetItem> items;
    for (const auto& f : m_files)
        items += paper::sheetItemsForPending(f.shown, m_catalog);
    return items;
}

bool DeskQueueView::printSheets()
{
    const auto items = pendingSheets();
    if (items.isEmpty()) {
        m_notice->showNotice(NoticeLabel::Kind::Warning,
                             tr("No request is waiting for a confirmation ID: no sheet to make."));
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    if (!m_dialogs->choosePrinter(this, printer, tr("Print the activation sheets")))
        return false;
    paper::ActivationSheet::paint(printer, items);
    m_notice->showNotice(NoticeLabel::Kind::Success,
                         tr("Sent %n activation sheet(s) to the printer.", nullptr, int(items.size())));
    return true;
}

bool DeskQueueView::saveSheetsAsPdf()
{
    const auto items = pendingSheets();
    if (items.isEmpty()) {
        m_notice->showNotice(NoticeLabel::Kind::Warning,
                             tr("No request is waiting for a confirmation ID: no sheet to make."));
        return false;
    }
    const QString suggested =
        m_files.empty()
            ? QString()
            : QFileInfo(m_files.front().path).dir().filePath(QStringLiteral("activation-sheets.pdf"));
    const QString path = m_dialogs->saveFileName(this, tr("Save the activation sheets as PDF"), suggested,
                                                 tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    auto written = paper::ActivationSheet::writePdf(path, items);
    if (!written) {
        m_notice->showNotice(NoticeLabel::Kind::Error, written.error());
        return false;
    }
    m_notice->showNotice(
        NoticeLabel::Kind::Success,
        tr("Saved %n activation sheet(s) in %1.", nullptr, int(items.size())).arg(savedFileName(path)));
    return true;
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
    m_queue->setHorizontalHeaderLabels(
        {tr("Machine"), tr("Program / year"), tr("Installation ID"), tr("Status"), tr("File")});
    m_queue->setAccessibleName(tr("Requests waiting in the open transfer files"));
    m_iidHeading->setText(tr("Installation ID — read it to the activation centre:"));
    m_cidHeading->setText(tr("&Confirmation ID from the activation centre (groups A–H):"));
    m_useKnown->setText(tr("&Use the confirmation ID from the journal"));
    m_record->setText(tr("&Record answer"));
    m_simulate->setText(tr("Fi&ll from the simulated centre (Simulation)"));
    m_reasonLabel->setText(tr("&Why it failed:"));
    m_reason->setPlaceholderText(tr("e.g. the activation line reported error 0xC004C008"));
    m_fail->setText(tr("&Mark failed"));
    for (int r = 0; r < int(m_rows.size()); ++r)
        refreshRow(r);
    showCurrent();
}

void DeskQueueView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
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
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto loaded = transfer::loadTransferFile(absolute);
    if (!loaded) {
        // The same sentence as `actdesk desk list`: it names the damaged item and its line.
        auto e = loaded.error();
        e.path = path.toStdString();
        m_notice->showNotice(NoticeLabel::Kind::Error, text::TransferText::error(e));
        return false;
    }
    auto existing =
        std::find_if(m_files.begin(), m_files.end(), [&](const OpenFile& f) { return f.path == absolute; });
    if (existing != m_files.end() && !existing->edits.empty()) {
        m_notice->showNotice(NoticeLabel::Kind::Warning,
                             tr("%1 is already open with answers not saved yet. Save them first.").arg(path));
        return false;
    }
    OpenFile file{absolute, loaded.value(), loaded.value().file, {}};
    std::size_t index = std::size_t(existing - m_files.begin());
    if (existing != m_files.end())
        *existing = std::move(file);
    else
        m_files.push_back(std::move(file));
    rebuildRows();
    const auto& items = m_files[index].shown.items;
    const auto waiting =
        std::count_if(items.begin(), items.end(), [](const TransferItem& i) { return answerable(i); });
    m_notice->showNotice(NoticeLabel::Kind::Info,
                         tr("Opened %1: %n request(s) waiting for a confirmation ID.", nullptr, int(waiting))
                             .arg(QFileInfo(path).fileName()));
    if (currentItemId().isEmpty())
        selectNextPending();
    return true;
}

void DeskQueueView::rebuildRows()
{
    const QString keep = currentItemId();
    m_rows.clear();
    for (int f = 0; f < int(m_files.size()); ++f)
        for (const auto& item : m_files[f].shown.items)
            m_rows.push_back({f, item.id});
    const QSignalBlocker blocker(m_queue);
    m_queue->setRowCount(int(m_rows.size()));
    for (int r = 0; r < int(m_rows.size()); ++r)
        refreshRow(r);
    m_queue->resizeColumnsToContents();
    if (!keep.isEmpty())
        selectItem(keep);
    Q_EMIT unsavedChangesChanged(hasUnsavedChanges());
}

void DeskQueueView::refreshRow(int row)
{
    const Row& r = m_rows[row];
    const OpenFile& file = m_files[r.file];
    const TransferItem* item = file.shown.find(r.itemId);
    if (!item)
        return;
    const bool unsaved = std::any_of(file.edits.begin(), file.edits.end(),
                                     [&](const desk::DeskEdit& e) { return e.itemId == r.itemId; });
    QString machine = q(item->machineName);
    if (item->simulation)
        machine = tr("%1 (simulated machine)").arg(machine);
    const catalog::CatalogEntry* entry =
        m_catalog.find(item->program.empty() ? item->activationId : item->program);
    const QString program = entry ? text::CatalogText::programYear(*entry) : q(item->activationId);
    QString status = text::TransferText::statusLabel(item->status);
    if (item->status == ItemStatus::Answered && item->answeredBy == transfer::kSimulatedCentreName)
        status = tr("%1 — Simulation").arg(status);
    if (unsaved)
        status = tr("%1 (not saved yet)").arg(status);
    const QStringList cells{machine, program, groupedIid(item->installationId), status,
                            QFileInfo(file.path).fileName()};
    for (int c = 0; c < ColumnCount; ++c) {
        auto* cell = m_queue->item(row, c);
        if (!cell) {
            cell = new QTableWidgetItem;
            m_queue->setItem(row, c, cell);
        }
        cell->setText(cells[c]);
        if (c == IidColumn)
            cell->setFont(appearance::idFont(font(), 1.0));
        if (c == FileColumn)
            cell->setToolTip(file.path);
        QFont f = cell->font();
        f.setBold(c == StatusColumn && answerable(*item));
        cell->setFont(f);
    }
}

int DeskQueueView::rowOf(int file, const std::string& itemId) const
{
    for (int r = 0; r < int(m_rows.size()); ++r)
        if (m_rows[r].file == file && m_rows[r].itemId == itemId)
            return r;
    return -1;
}

bool DeskQueueView::selectItem(const QString& itemId)
{
    for (int r = 0; r < int(m_rows.size()); ++r) {
        if (q(m_rows[r].itemId) == itemId) {
            m_queue->selectRow(r);
            m_queue->setCurrentCell(r, 0);
            return true;
        }
    }
    return false;
}

QString DeskQueueView::currentItemId() const
{
    const auto rows =
        m_queue->selectionModel() ? m_queue->selectionModel()->selectedRows() : QModelIndexList{};
    if (rows.isEmpty() || rows.first().row() >= int(m_rows.size()))
        return {};
    return q(m_rows[rows.first().row()].itemId);
}

DeskQueueView::OpenFile* DeskQueueView::currentFile()
{
    const auto rows = m_queue->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= int(m_rows.size()))
        return nullptr;
    return &m_files[m_rows[rows.first().row()].file];
}

const TransferItem* DeskQueueView::currentItem() const
{
    const auto rows = m_queue->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= int(m_rows.size()))
        return nullptr;
    const Row& r = m_rows[rows.first().row()];
    return m_files[r.file].shown.find(r.itemId);
}

const TransferItem* DeskQueueView::item(const QString& itemId) const
{
    for (const auto& file : m_files)
        if (const auto* found = file.shown.find(itemId.toStdString()))
            return found;
    return nullptr;
}

bool DeskQueueView::hasUnsavedChanges() const
{
    return std::any_of(m_files.begin(), m_files.end(), [](const OpenFile& f) { return !f.edits.empty(); });
}

transfer::Timestamp DeskQueueView::now() const
{
    return transfer::toTimestamp(m_clock.nowUtc());
}

void DeskQueueView::showCurrent()
{
    const TransferItem* item = currentItem();
    m_known.reset();
    m_itemPanel->setEnabled(item != nullptr);
    m_cidEntry->clear();
    m_reason->clear();
    if (!item) {
        m_itemTitle->setText(m_files.empty() ? tr("Open a transfer file to see the requests waiting in it.")
                                             : tr("Choose a request in the list."));
        m_iid->setGroups({});
        m_knownNotice->clearNotice();
        m_knownNotice->setVisible(false);
        m_useKnown->setVisible(false);
        m_simulate->setVisible(m_training);
        return;
    }
    const catalog::CatalogEntry* entry =
        m_catalog.find(item->program.empty() ? item->activationId : item->program);
    const QString program = entry ? text::CatalogText::programYear(*entry) : q(item->activationId);
    QString title =
        tr("%1 — %2 — %3").arg(q(item->machineName), program, text::TransferText::statusLabel(item->status));
    if (item->status == ItemStatus::Failed && !item->reason.empty())
        title += QLatin1Char('\n') + tr("Reason: %1").arg(q(item->reason));
    if (!item->confirmationId.empty()) {
        auto cid = ids::ConfirmationId::parseAscii(item->confirmationId);
        title += QLatin1Char('\n') + tr("Confirmation ID: %1").arg(cid ? q(cid->grouped(' ')) : QString());
        if (item->answeredBy == transfer::kSimulatedCentreName)
            title += QLatin1Char(' ') + tr("(Simulation)");
    }
    m_itemTitle->setText(title);
    auto iid = ids::InstallationId::parseAscii(item->installationId);
    m_iid->setGroups(iid ? toList(iid->groups()) : QStringList{});

    const bool open = answerable(*item);
    m_cidEntry->setEnabled(open);
    m_record->setEnabled(false);
    m_reason->setEnabled(open);
    m_fail->setEnabled(open);
    m_simulate->setVisible(m_training);
    m_simulate->setEnabled(m_training && open);

    if (open && m_journal) {
        auto known = m_journal->knownConfirmation(item->installationId, item->extendedPid);
        if (!known) {
            m_notice->showNotice(
                NoticeLabel::Kind::Warning,
                tr("The journal could not be searched for a confirmation ID already obtained."));
        } else if (known.value()) {
            m_known = known.value();
        }
    }
    m_knownNotice->setVisible(m_known.has_value());
    m_useKnown->setVisible(m_known.has_value());
    if (m_known) {
        QString text =
            tr("Already obtained: the journal holds a confirmation ID for this installation ID (%1, "
               "machine %2). Use it instead of calling again — that saves a MAK activation.")
                .arg(localTime(m_known->at), q(m_known->machineName));
        if (m_known->deposited)
            text += QLatin1Char(' ') + tr("It was applied successfully before.");
        m_knownNotice->showNotice(NoticeLabel::Kind::Info, text);
    } else {
        m_knownNotice->clearNotice();
    }
}

void DeskQueueView::journal(const TransferItem& item)
{
    if (!m_journal)
        return;
    workflow::JournalEntry entry{
        0, transfer::deskEvent(item, m_clock.nowUtc()),
        workflow::JournalAuthor{m_operator.toStdString(), workflow::JournalRole::Desk,
                                QCoreApplication::applicationVersion().toStdString()}};
    auto recorded = m_journal->record(entry);
    if (!recorded)
        m_notice->showNotice(NoticeLabel::Kind::Warning,
                             tr("The answer was kept but could not be written to the journal (%1).")
                                 .arg(q(recorded.error().detail)));
}

bool DeskQueueView::addEdit(desk::DeskEdit edit, const QString& doneText)
{
    OpenFile* file = currentFile();
    if (!file)
        return false;
    // An item keeps one edit: a new answer replaces an unsaved one.
    std::vector<desk::DeskEdit> edits;
    for (const auto& e : file->edits)
        if (e.itemId != edit.itemId)
            edits.push_back(e);
    edits.push_back(edit);
    transfer::TransferFile shown = file->original.file;
    auto applied = desk::applyEdits(shown, edits);
    if (!applied) {
        auto e = applied.error();
        e.path = file->path.toStdString();
        m_notice->showNotice(NoticeLabel::Kind::Error, text::TransferText::error(e));
        return false;
    }
    file->edits = std::move(edits);
    file->shown = std::move(shown);
    if (const auto* item = file->shown.find(edit.itemId))
        journal(*item);
    const int row = rowOf(int(file - m_files.data()), edit.itemId);
    if (row >= 0)
        refreshRow(row);
    m_notice->showNotice(NoticeLabel::Kind::Success, doneText);
    Q_EMIT unsavedChangesChanged(true);
    selectNextPending();
    return true;
}

bool DeskQueueView::recordAnswer()
{
    const TransferItem* item = currentItem();
    if (!item)
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
    desk::DeskEdit edit{desk::DeskEdit::Kind::Answer, item->id, cid.value(),
                        m_operator.toStdString(),     {},       now()};
    return addEdit(edit, tr("Answer recorded for %1. Save when you are done.").arg(q(item->machineName)));
}

bool DeskQueueView::markFailed()
{
    const TransferItem* item = currentItem();
    if (!item)
        return false;
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        m_notice->showNotice(NoticeLabel::Kind::Error, tr("Type the reason first (for example the error the "
                                                          "activation line gave)."));
        m_reason->setFocus();
        return false;
    }
    desk::DeskEdit edit{desk::DeskEdit::Kind::Fail, item->id, std::nullopt, reason.toStdString(),
                        m_operator.toStdString(),   now()};
    return addEdit(edit, tr("%1 marked failed. Save when you are done.").arg(q(item->machineName)));
}

bool DeskQueueView::fillFromSimulatedCentre()
{
    const TransferItem* item = currentItem();
    if (!item || !m_training)
        return false;
    desk::DeskEdit edit{desk::DeskEdit::Kind::Simulated, item->id, std::nullopt, {}, {}, now()};
    return addEdit(edit,
                   tr("Simulation: the simulated centre answered %1. This confirmation ID works only on "
                      "simulated machines.")
                       .arg(q(item->machineName)));
}

bool DeskQueueView::useKnownConfirmation()
{
    if (!m_known)
        return false;
    m_cidEntry->setText(q(m_known->confirmationId));
    return recordAnswer();
}

void DeskQueueView::selectNextPending()
{
    const QString current = currentItemId();
    int start = 0;
    for (int r = 0; r < int(m_rows.size()); ++r)
        if (q(m_rows[r].itemId) == current)
            start = r;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        const int r = (start + i) % int(m_rows.size());
        const TransferItem* item = m_files[m_rows[r].file].shown.find(m_rows[r].itemId);
        const auto& edits = m_files[m_rows[r].file].edits;
        const bool edited = std::any_of(edits.begin(), edits.end(), [&](const desk::DeskEdit& e) {
            return e.itemId == m_rows[r].itemId;
        });
        if (item && answerable(*item) && !edited) {
            m_queue->selectRow(r);
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
    bool allSaved = true;
    int saved = 0;
    for (auto& file : m_files) {
        if (file.edits.empty())
            continue;
        const auto edits = file.edits;
        auto written = transfer::updateTransferFile(
            file.path, [&](transfer::TransferFile& fresh) { return desk::applyEdits(fresh, edits); },
            /*createIfMissing=*/false);
        if (!written) {
            auto e = written.error();
            if (e.path.empty())
                e.path = file.path.toStdString();
            m_notice->showNotice(NoticeLabel::Kind::Error, text::TransferText::error(e));
            allSaved = false;
            continue;
        }
        auto reloaded = transfer::loadTransferFile(file.path);
        if (reloaded) {
            file.original = reloaded.value();
            file.shown = file.original.file;
        }
        file.edits.clear();
        ++saved;
    }
    rebuildRows();
    if (allSaved)
        m_notice->showNotice(NoticeLabel::Kind::Success,
                             saved ? tr("Saved. Take the file back to the machines to apply the answers.")
                                   : tr("Nothing to save."));
    return allSaved && saved > 0;
}

void DeskQueueView::setTrainingMode(bool on)
{
    m_training = on;
    if (m_trainingBox->isChecked() != on)
        m_trainingBox->setChecked(on);
    m_banner->setVisible(on);
    showCurrent();
}

} // namespace actdesk::ui
