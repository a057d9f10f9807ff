// SPDX-License-Identifier: MIT
#include "JournalView.h"

#include "JournalDetails.h"
#include "JournalFilterModel.h"
#include "JournalFormat.h"
#include "JournalTableModel.h"
#include "files/AtomicFile.h"
#include "journal/Csv.h"
#include "text/ErrorText.h"

#include <QComboBox>
#include <QEvent>
#include <QStyledItemDelegate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace actdesk::ui {

namespace {

// A grouped ID in the table: its first two groups, then "…" (never cut inside a group); the
// tooltip, the details pane and the CSV export have it whole.
class GroupedIdDelegate final : public QStyledItemDelegate
{
  public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant& value, const QLocale& locale) const override
    {
        const QStringList groups = value.toString().split(QLatin1Char('-'));
        if (groups.size() <= 2)
            return QStyledItemDelegate::displayText(value, locale);
        return groups[0] + QLatin1Char('-') + groups[1] + QStringLiteral("-…");
    }
};

} // namespace

JournalView::JournalView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("journalView"));
    m_model = new JournalTableModel(this);
    m_filter = new JournalFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("journalSearchLineEdit"));
    m_search->setPlaceholderText(JournalFormat::tr("Search machine, IID, CID, key, program…"));
    m_search->setClearButtonEnabled(true);

    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("journalOutcomeComboBox"));
    m_outcome->addItem(JournalFormat::tr("All outcomes"));
    m_outcome->addItem(JournalFormat::tr("Succeeded"));
    m_outcome->addItem(JournalFormat::tr("Failed"));

    m_refresh = new QPushButton(JournalFormat::tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("journalRefreshButton"));
    m_export = new QPushButton(JournalFormat::tr("Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("journalExportButton"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_outcome);
    bar->addWidget(m_refresh);
    bar->addWidget(m_export);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("journalTableView"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(JournalTableModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    // Columns are as wide as their text (fitColumns), so nothing is cut in the middle; IDs
    // show their first groups here, and whole in the tooltip and the details pane. The IID
    // comes right after the step, so it is on screen at the default window size.
    m_table->setTextElideMode(Qt::ElideRight);
    for (int c : {JournalTableModel::InstallationIdColumn, JournalTableModel::ConfirmationIdColumn})
        m_table->setItemDelegateForColumn(c, new GroupedIdDelegate(m_table));
    m_table->horizontalHeader()->moveSection(JournalTableModel::InstallationIdColumn,
                                             JournalTableModel::OutcomeColumn);

    m_details = new JournalDetails(this);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("journalSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({900, 340});

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("journalStatusLabel"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    m_notRecording = new QLabel(this);
    m_notRecording->setObjectName(QStringLiteral("journalNotRecordingLabel"));
    m_notRecording->setWordWrap(true);
    m_notRecording->setTextFormat(Qt::PlainText);
    m_notRecording->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notRecording->setFrameShape(QFrame::StyledPanel);
    m_notRecording->setMargin(8);
    m_notRecording->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_notRecording);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, m_filter, &JournalFilterModel::setSearchText);
    connect(m_search, &QLineEdit::textChanged, this, &JournalView::updateStatus);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &JournalView::applyOutcomeFilter);
    connect(m_refresh, &QPushButton::clicked, this, &JournalView::refresh);
    connect(m_export, &QPushButton::clicked, this, &JournalView::exportInteractively);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JournalView::updateDetails);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &JournalView::updateDetails);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &JournalView::updateDetails);

    setJournal(nullptr);
}

JournalView::~JournalView() = default;

void JournalView::setJournal(workflow::ActivationJournal* journal, const QString& where)
{
    m_journal = journal;
    m_where = where;
    m_notRecording->hide();
    m_refresh->setEnabled(journal != nullptr);
    if (journal) {
        refresh();
    } else {
        m_model->setEntries({});
        updateStatus();
    }
}

void JournalView::setNotRecording(const QString& why)
{
    setJournal(nullptr);
    QString text =
        JournalFormat::tr("\u26A0 Nothing is being recorded in this session: there is no journal.");
    if (!why.isEmpty())
        text += QLatin1Char('\n') + why;
    m_notRecording->setText(text);
    m_notRecording->show();
    updateStatus();
}

void JournalView::setCatalog(const catalog::Catalog* catalog)
{
    m_model->setCatalog(catalog);
}

bool JournalView::refresh()
{
    if (!m_journal)
        return false;
    workflow::JournalQuery query;
    query.limit = m_maxEntries ? m_maxEntries + 1 : 0; // one more tells whether there are more
    auto entries = m_journal->find(query);
    if (!entries) {
        const QString message = JournalFormat::tr("The journal could not be read: %1")
                                    .arg(QString::fromStdString(entries.error().detail));
        m_status->setText(message);
        Q_EMIT journalError(message);
        return false;
    }
    auto rows = std::move(entries).value();
    m_truncated = m_maxEntries && rows.size() > m_maxEntries;
    if (m_truncated)
        rows.resize(m_maxEntries);
    m_model->setEntries(std::move(rows));
    fitColumns();
    updateStatus();
    return true;
}

void JournalView::fitColumns()
{
    m_table->resizeColumnsToContents();
}

void JournalView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The main window sets its larger reading font after the view is made: widths measured
    // with the smaller one cut the dates and steps in the middle.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitColumns();
}

void JournalView::applyOutcomeFilter(int comboIndex)
{
    switch (comboIndex) {
    case 1:
        m_filter->setOutcome(workflow::Outcome::Succeeded);
        break;
    case 2:
        m_filter->setOutcome(workflow::Outcome::Failed);
        break;
    default:
        m_filter->setOutcome(std::nullopt);
        break;
    }
    updateStatus();
}

void JournalView::updateDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const QModelIndex source = m_filter->mapToSource(current);
    m_details->showEntry(m_model->entry(source.row()), *m_model);
}

void JournalView::updateStatus()
{
    if (!m_journal) {
        m_status->setText(m_notRecording->isHidden()
                              ? JournalFormat::tr("No journal is open.")
                              : JournalFormat::tr("Nothing is being recorded in this session."));
        m_export->setEnabled(false);
        return;
    }
    const int shown = m_filter->rowCount();
    const int loaded = m_model->rowCount();
    QString text = shown == loaded ? JournalFormat::tr("%n entries", nullptr, loaded)
                                   : JournalFormat::tr("%1 of %n entries", nullptr, loaded).arg(shown);
    if (m_truncated)
        text += QStringLiteral(" · ") + JournalFormat::tr("only the newest %n are loaded", nullptr, loaded);
    if (!m_where.isEmpty())
        text += QStringLiteral(" · ") + QDir::toNativeSeparators(m_where);
    m_status->setText(text);
    m_export->setEnabled(shown > 0);
}

bool JournalView::exportCsv(const QString& path, QString* error) const
{
    QStringList titles;
    for (int c = 0; c < JournalTableModel::ColumnCount; ++c)
        titles << JournalTableModel::columnTitle(c);
    QString csv = journal::csvLine(titles);
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const auto& entry = m_model->entry(m_filter->mapToSource(m_filter->index(row, 0)).row());
        QStringList fields;
        for (int c = 0; c < JournalTableModel::ColumnCount; ++c)
            fields << m_model->displayText(entry, c);
        csv += journal::csvLine(fields);
    }
    // UTF-8 with a byte-order mark, so spreadsheet programs show Japanese text correctly.
    const QByteArray bytes = QByteArrayLiteral("\xEF\xBB\xBF") + csv.toUtf8();
    auto written = files::writeFileAtomically(path, bytes);
    if (!written) {
        if (error)
            *error = JournalFormat::tr("The CSV file %1 could not be written: %2")
                         .arg(QDir::toNativeSeparators(path), text::ErrorText::writeFailure(written.error()));
        return false;
    }
    return true;
}

void JournalView::exportInteractively()
{
    QString path = m_nextExportFileName;
    m_nextExportFileName.clear();
    if (path.isEmpty()) {
        const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                  QStringLiteral("/activation-journal.csv");
        path = QFileDialog::getSaveFileName(this, JournalFormat::tr("Export journal as CSV"), suggested,
                                            JournalFormat::tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
    }
    QString error;
    if (!exportCsv(path, &error)) {
        m_status->setText(error);
        Q_EMIT journalError(error);
        return;
    }
    m_status->setText(JournalFormat::tr("Exported %n entries to %1.", nullptr, m_filter->rowCount())
                          .arg(QDir::toNativeSeparators(path)));
    Q_EMIT exported(path);
}

} // namespace actdesk::ui
