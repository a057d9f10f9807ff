// SPDX-License-Identifier: MIT
#include "DeskController.h"

#include "dialogs/FileDialogs.h"
#include "paper/TransferSheetItems.h"
#include "text/CatalogText.h"
#include "text/TransferText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPrinter>
#include <algorithm>

namespace actdesk::ui::desk {

using transfer::TransferItem;
using Kind = NoticeLabel::Kind;

DeskController::DeskController(const catalog::Catalog& catalog, workflow::ActivationJournal* journal,
                               const Clock& clock, const QString& operatorName, QObject* parent)
    : QObject(parent), m_catalog(catalog), m_journal(journal), m_clock(clock), m_operator(operatorName),
      m_model(new DeskQueueModel(catalog, m_files, this))
{
}

DeskController::~DeskController() = default;

bool DeskController::openFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto loaded = transfer::loadTransferFile(absolute);
    if (!loaded) {
        // The same sentence as `actdesk desk list`: it names the damaged item and its line.
        auto e = loaded.error();
        e.path = path.toStdString();
        Q_EMIT notice(Kind::Error, text::TransferText::error(e));
        return false;
    }
    auto existing =
        std::find_if(m_files.begin(), m_files.end(), [&](const DeskFile& f) { return f.path == absolute; });
    if (existing != m_files.end() && !existing->edits.empty()) {
        Q_EMIT notice(Kind::Warning,
                      tr("%1 is already open with answers not saved yet. Save them first.").arg(path));
        return false;
    }
    DeskFile file{absolute, loaded.value(), loaded.value().file, {}};
    const auto index = std::size_t(existing - m_files.begin());
    if (existing != m_files.end())
        *existing = std::move(file);
    else
        m_files.push_back(std::move(file));
    m_model->reset();
    Q_EMIT unsavedChangesChanged(hasUnsavedChanges());
    const auto& items = m_files[index].shown.items;
    const auto waiting =
        std::count_if(items.begin(), items.end(), [](const TransferItem& i) { return answerable(i); });
    Q_EMIT notice(Kind::Info,
                  tr("Opened %1: %n request(s) waiting for a confirmation ID.", nullptr, int(waiting))
                      .arg(QFileInfo(path).fileName()));
    return true;
}

bool DeskController::save()
{
    bool allSaved = true;
    int saved = 0;
    for (auto& file : m_files) {
        if (file.edits.empty())
            continue;
        const auto edits = file.edits;
        auto written = transfer::updateTransferFile(
            file.path, [&](transfer::TransferFile& fresh) { return applyEdits(fresh, edits); },
            /*createIfMissing=*/false);
        if (!written) {
            auto e = written.error();
            if (e.path.empty())
                e.path = file.path.toStdString();
            Q_EMIT notice(Kind::Error, text::TransferText::error(e));
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
    m_model->reset();
    Q_EMIT unsavedChangesChanged(hasUnsavedChanges());
    if (allSaved)
        Q_EMIT notice(Kind::Success,
                      saved ? tr("Saved. Take the file back to the machines to apply the answers.")
                            : tr("Nothing to save."));
    return allSaved && saved > 0;
}

bool DeskController::hasUnsavedChanges() const
{
    return std::any_of(m_files.begin(), m_files.end(), [](const DeskFile& f) { return !f.edits.empty(); });
}

const TransferItem* DeskController::item(const ItemKey& key) const
{
    if (key.file < 0 || key.file >= int(m_files.size()))
        return nullptr;
    return m_files[std::size_t(key.file)].shown.find(key.itemId);
}

const TransferItem* DeskController::item(const QString& itemId) const
{
    return item(keyOf(itemId));
}

ItemKey DeskController::keyOf(const QString& itemId) const
{
    const std::string id = itemId.toStdString();
    for (int f = 0; f < int(m_files.size()); ++f)
        if (m_files[std::size_t(f)].shown.find(id))
            return {f, id};
    return {};
}

transfer::Timestamp DeskController::now() const
{
    return transfer::toTimestamp(m_clock.nowUtc());
}

void DeskController::journal(const workflow::WorkflowEvent& event)
{
    if (!m_journal)
        return;
    workflow::JournalEntry entry{
        0, event,
        workflow::JournalAuthor{m_operator.toStdString(), workflow::JournalRole::Desk,
                                QCoreApplication::applicationVersion().toStdString()}};
    auto recorded = m_journal->record(entry);
    if (!recorded)
        Q_EMIT notice(Kind::Warning, tr("The answer was kept but could not be written to the journal (%1).")
                                         .arg(QString::fromStdString(recorded.error().detail)));
}

void DeskController::journalAttempt(const ItemKey& key, const JournalEventFor& journalAs)
{
    if (const TransferItem* found = item(key))
        journal(journalAs ? journalAs(*found, m_clock.nowUtc())
                          : transfer::deskEvent(*found, m_clock.nowUtc()));
}

bool DeskController::addEdit(const ItemKey& key, DeskEdit edit, const QString& doneText,
                             const JournalEventFor& journalAs)
{
    if (!item(key))
        return false;
    DeskFile& file = m_files[std::size_t(key.file)];
    // An item keeps one edit: a new answer replaces an unsaved one.
    std::vector<DeskEdit> edits;
    for (const auto& e : file.edits)
        if (e.itemId != edit.itemId)
            edits.push_back(e);
    edits.push_back(edit);
    transfer::TransferFile shown = file.original.file;
    auto applied = applyEdits(shown, edits);
    if (!applied) {
        auto e = applied.error();
        e.path = file.path.toStdString();
        Q_EMIT notice(Kind::Error, text::TransferText::error(e));
        return false;
    }
    file.edits = std::move(edits);
    file.shown = std::move(shown);
    if (const auto* changed = file.shown.find(edit.itemId))
        journal(journalAs ? journalAs(*changed, m_clock.nowUtc())
                          : transfer::deskEvent(*changed, m_clock.nowUtc()));
    m_model->itemChanged(key);
    Q_EMIT notice(Kind::Success, doneText);
    Q_EMIT itemChanged(key);
    Q_EMIT unsavedChangesChanged(true);
    return true;
}

bool DeskController::recordAnswer(const ItemKey& key, const ids::ConfirmationId& cid,
                                  const QString& answeredBy, const JournalEventFor& journalAs)
{
    const TransferItem* found = item(key);
    if (!found)
        return false;
    const QString machine = QString::fromStdString(found->machineName);
    DeskEdit edit{DeskEdit::Kind::Answer,
                  key.itemId,
                  cid,
                  (answeredBy.isEmpty() ? m_operator : answeredBy).toStdString(),
                  {},
                  now()};
    return addEdit(key, edit, tr("Answer recorded for %1. Save when you are done.").arg(machine), journalAs);
}

bool DeskController::markFailed(const ItemKey& key, const QString& reason, const JournalEventFor& journalAs)
{
    const TransferItem* found = item(key);
    if (!found)
        return false;
    const QString machine = QString::fromStdString(found->machineName);
    DeskEdit edit{DeskEdit::Kind::Fail,     key.itemId, std::nullopt, reason.toStdString(),
                  m_operator.toStdString(), now()};
    return addEdit(key, edit, tr("%1 marked failed. Save when you are done.").arg(machine), journalAs);
}

bool DeskController::fillFromSimulatedCentre(const ItemKey& key)
{
    const TransferItem* found = item(key);
    if (!found || !m_training)
        return false;
    const QString machine = QString::fromStdString(found->machineName);
    DeskEdit edit{DeskEdit::Kind::Simulated, key.itemId, std::nullopt, {}, {}, now()};
    return addEdit(key, edit,
                   tr("Simulation: the simulated centre answered %1. This confirmation ID works only on "
                      "simulated machines.")
                       .arg(machine));
}

std::optional<workflow::KnownConfirmation> DeskController::knownConfirmation(const ItemKey& key)
{
    const TransferItem* found = item(key);
    if (!found || !m_journal || !answerable(*found))
        return std::nullopt;
    auto known = m_journal->knownConfirmation(
        found->installationId ? std::string_view(found->installationId->digits()) : std::string_view{},
        found->extendedPid);
    if (!known) {
        Q_EMIT notice(Kind::Warning,
                      tr("The journal could not be searched for a confirmation ID already obtained."));
        return std::nullopt;
    }
    return known.value();
}

QList<paper::SheetItem> DeskController::pendingSheets() const
{
    QList<paper::SheetItem> items;
    for (const auto& f : m_files)
        items += paper::sheetItemsForPending(f.shown, m_catalog);
    return items;
}

bool DeskController::reportNoSheets(const QList<paper::SheetItem>& items)
{
    if (!items.isEmpty())
        return false;
    Q_EMIT notice(Kind::Warning, tr("No request is waiting for a confirmation ID: no sheet to make."));
    return true;
}

bool DeskController::printSheets(FileDialogs& dialogs, QWidget* dialogParent)
{
    const auto items = pendingSheets();
    if (reportNoSheets(items))
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    if (!dialogs.choosePrinter(dialogParent, printer, tr("Print the activation sheets")))
        return false;
    paper::SheetOptions options;
    options.activationPhones = text::CatalogText::activationPhones(m_catalog);
    paper::ActivationSheet::paint(printer, items, options);
    Q_EMIT notice(Kind::Success,
                  tr("Sent %n activation sheet(s) to the printer.", nullptr, int(items.size())));
    return true;
}

bool DeskController::saveSheetsAsPdf(FileDialogs& dialogs, QWidget* dialogParent)
{
    const auto items = pendingSheets();
    if (reportNoSheets(items))
        return false;
    const QString suggested =
        m_files.empty()
            ? QString()
            : QFileInfo(m_files.front().path).dir().filePath(QStringLiteral("activation-sheets.pdf"));
    const QString path = dialogs.saveFileName(dialogParent, tr("Save the activation sheets as PDF"),
                                              suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    paper::SheetOptions options;
    options.activationPhones = text::CatalogText::activationPhones(m_catalog);
    auto written = paper::ActivationSheet::writePdf(path, items, options);
    if (!written) {
        Q_EMIT notice(Kind::Error, written.error());
        return false;
    }
    Q_EMIT notice(
        Kind::Success,
        tr("Saved %n activation sheet(s) in %1.", nullptr, int(items.size())).arg(savedFileName(path)));
    return true;
}

void DeskController::setTrainingMode(bool on)
{
    if (m_training == on)
        return;
    m_training = on;
    Q_EMIT trainingModeChanged(on);
}

} // namespace actdesk::ui::desk
