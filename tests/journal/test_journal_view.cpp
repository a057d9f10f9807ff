// SPDX-License-Identifier: MIT
// The journal view, offscreen: filter, sort, details, CSV export (content and escaping), in
// English and Japanese. Also renders the view to PNG files (journal-view-en.png, -ja.png in
// the test's working directory) for people to look at.
#include "JournalDetails.h"
#include "JournalFilterModel.h"
#include "JournalTableModel.h"
#include "JournalView.h"
#include "catalog/Catalog.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using namespace actdesk;
using workflow::JournalEntry;
using workflow::Outcome;
using workflow::Step;

namespace {

// The port in memory: the view needs nothing else.
class MemoryJournal final : public workflow::ActivationJournal
{
public:
    std::vector<JournalEntry> entries;
    bool failReads = false;

    Result<std::int64_t, workflow::JournalError> record(const JournalEntry& entry) override
    {
        entries.push_back(entry);
        entries.back().id = std::int64_t(entries.size());
        return entries.back().id;
    }
    Result<std::vector<JournalEntry>, workflow::JournalError> find(const workflow::JournalQuery& query) override
    {
        if (failReads)
            return fail(workflow::JournalError{workflow::JournalError::Kind::Busy, "mem", "locked"});
        std::vector<JournalEntry> out(entries.rbegin(), entries.rend());
        if (query.limit && out.size() > query.limit)
            out.resize(query.limit);
        return out;
    }
    Result<std::optional<workflow::KnownConfirmation>, workflow::JournalError> knownConfirmation(
        std::string_view, std::string_view) override
    {
        return std::optional<workflow::KnownConfirmation>{};
    }
};

const std::string kIid = "123456123456123456123456123456123456123456123456123456";
const std::string kCid = "111111222222333333444444555555666666777777888888";

JournalEntry entry(int seconds, const std::string& machine, Step step, Outcome outcome = Outcome::Succeeded)
{
    JournalEntry e;
    e.event.at = std::chrono::system_clock::time_point(std::chrono::seconds(1'780'000'000 + seconds));
    e.event.step = step;
    e.event.outcome = outcome;
    e.event.machineName = machine;
    e.event.machineId = "id-" + machine;
    e.event.os = "win7";
    e.event.simulation = true;
    e.event.catalogKey = "win7-esu-y1";
    e.event.activationId = "77db037b-95c3-48d7-a3ab-a9c6d41093e0";
    e.event.partialKey = "6789B";
    e.event.extendedPid = "03612-03564-000-000000-03-1033-7601.0000-0012025";
    e.author = {"alice", workflow::JournalRole::Device, "0.1.0"};
    return e;
}

QString column(const ui::JournalView& view, int row, int col)
{
    return view.filterModel()->index(row, col).data().toString();
}

} // namespace

class JournalViewTest : public QObject
{
    Q_OBJECT

private:
    MemoryJournal m_journal;
    catalog::Catalog m_catalog = catalog::Catalog::builtIn();
    QTemporaryDir m_dir;
    QTranslator m_japanese;

    void add(const JournalEntry& e)
    {
        m_journal.entries.push_back(e);
        m_journal.entries.back().id = std::int64_t(m_journal.entries.size());
    }

    void fill()
    {
        m_journal.entries.clear();
        add(entry(10, "PC-01", Step::Program));
        auto key = entry(20, "PC-01", Step::ProductKey);
        add(key);
        auto iid = entry(30, "PC-01", Step::InstallationId);
        iid.event.installationId = kIid;
        add(iid);
        auto typo = entry(40, "PC-02", Step::ConfirmationId, Outcome::Failed);
        ids::IdError e;
        e.type = ids::IdType::ConfirmationId;
        e.kind = ids::IdErrorKind::CheckDigit;
        e.badGroups = {2};
        typo.event.idError = e;
        add(typo);
        auto deposit = entry(50, "PC-01", Step::Deposit);
        deposit.event.installationId = kIid;
        deposit.event.confirmationId = kCid;
        add(deposit);
        auto verify = entry(60, "PC-01", Step::Verify);
        verify.event.installationId = kIid;
        verify.event.confirmationId = kCid;
        verify.event.status = licensing::LicenseStatus::Licensed;
        add(verify);
        auto desk = entry(70, "=cmd|' /C calc'!A0", Step::ConfirmationId);
        desk.author = {"@bob", workflow::JournalRole::Desk, "0.1.0"};
        desk.event.errorCode = 0xC004F050;
        desk.event.outcome = Outcome::Failed;
        desk.event.simulation = false;
        add(desk);
    }

    std::unique_ptr<ui::JournalView> makeView()
    {
        auto view = std::make_unique<ui::JournalView>();
        view->setCatalog(&m_catalog);
        view->setJournal(&m_journal, QStringLiteral("/home/alice/.local/share/journal.sqlite"));
        view->resize(1280, 560);
        return view;
    }

    QString exportText(ui::JournalView& view, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        view.setNextExportFileName(path);
        QSignalSpy exported(&view, &ui::JournalView::exported);
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("journalExportButton")), Qt::LeftButton);
        if (exported.count() != 1)
            return {};
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray bytes = f.readAll();
        if (!bytes.startsWith("\xEF\xBB\xBF"))
            return QStringLiteral("<no BOM>");
        return QString::fromUtf8(bytes.mid(3));
    }

    void render(ui::JournalView& view, const QString& file)
    {
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* table = view.findChild<QTableView*>(QStringLiteral("journalTableView"));
        table->selectRow(1);
        QApplication::processEvents();
        const QPixmap shot = view.grab();
        QVERIFY(!shot.isNull());
        QCOMPARE(shot.size(), view.size() * shot.devicePixelRatio());
        QVERIFY(shot.save(file));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_japanese.load(QStringLiteral(":/i18n/activationdesk_ja.qm")));
    }
    void init() { fill(); }

    // At the default window size (a 1100 x 626 tab page), with the window's larger reading
    // font set after the view was made, as the main window does: no column up to the IID is
    // narrower than its text, the IID column is on screen, and the details pane never ends a
    // line inside an ID group. English and Japanese.
    void columnsAndDetailsAreNeverCutInTheMiddle()
    {
        for (const bool japanese : {false, true}) {
            if (japanese)
                QVERIFY(QCoreApplication::installTranslator(&m_japanese));
            auto view = makeView();
            view->resize(1100, 626);
            view->show();
            QVERIFY(QTest::qWaitForWindowExposed(view.get()));
            QFont larger = view->font();
            larger.setPointSizeF(larger.pointSizeF() * 1.15);
            view->setFont(larger);
            QApplication::processEvents();
            auto* table = view->findChild<QTableView*>(QStringLiteral("journalTableView"));
            QHeaderView* header = table->horizontalHeader();
            const int iid = ui::JournalTableModel::InstallationIdColumn;
            for (int visual = 0; visual <= header->visualIndex(iid); ++visual) {
                const int c = header->logicalIndex(visual);
                const int need = std::max(static_cast<QAbstractItemView*>(table)->sizeHintForColumn(c), header->sectionSizeHint(c));
                QVERIFY2(table->columnWidth(c) >= need, qPrintable(QStringLiteral("column %1 needs %2 px, has %3")
                                                                       .arg(ui::JournalTableModel::columnTitle(c))
                                                                       .arg(need)
                                                                       .arg(table->columnWidth(c))));
            }
            QVERIFY2(header->sectionViewportPosition(iid) + table->columnWidth(iid) <= table->viewport()->width(),
                     "the Installation ID column is off-screen");

            if (japanese) {
                // The step "verify" is not read as the confirmation ID (確認 beside 確認 ID).
                const QString verify = column(*view, 1, ui::JournalTableModel::StepColumn);
                const QString cidTitle = ui::JournalTableModel::columnTitle(ui::JournalTableModel::ConfirmationIdColumn);
                QVERIFY2(!cidTitle.startsWith(verify), qPrintable(verify));
            }
            table->selectRow(1); // verify: has both IDs
            QApplication::processEvents();
            auto* details = view->findChild<ui::JournalDetails*>();
            QVERIFY(!details->value(QStringLiteral("installationId")).isEmpty());
            int idLines = 0;
            const QString ids[] = {QString::fromStdString(kIid), QString::fromStdString(kCid)};
            for (QTextBlock b = details->document()->begin(); b.isValid(); b = b.next()) {
                QString digits = b.text();
                digits.remove(QLatin1Char('-')).remove(QChar(0x2028));
                if (!digits.contains(ids[0]) && !digits.contains(ids[1]))
                    continue; // not an ID's paragraph
                const QTextLayout* layout = b.layout();
                for (int i = 0; i < layout->lineCount(); ++i) {
                    const QTextLine line = layout->lineAt(i);
                    const QString text = b.text().mid(line.textStart(), line.textLength()).trimmed();
                    if (text.isEmpty() || !QRegularExpression(QStringLiteral("^[0-9-]+$")).match(text).hasMatch())
                        continue;
                    ++idLines;
                    for (const QString& group : text.split(QLatin1Char('-'), Qt::SkipEmptyParts))
                        QVERIFY2(group.size() == 6, qPrintable(QStringLiteral("a line of the details ends inside "
                                                                             "a group: %1")
                                                                  .arg(text)));
                }
            }
            QVERIFY(idLines >= 2);

            // The extended PID too: every line holds whole parts of it.
            const QString pid = details->value(QStringLiteral("extendedPid"));
            QVERIFY(!pid.isEmpty());
            const QStringList parts = pid.split(QLatin1Char('-'));
            int pidLines = 0;
            for (QTextBlock b = details->document()->begin(); b.isValid(); b = b.next()) {
                if (!QString(b.text()).remove(QChar(0x2028)).contains(pid))
                    continue;
                const QTextLayout* layout = b.layout();
                for (int i = 0; i < layout->lineCount(); ++i) {
                    const QTextLine line = layout->lineAt(i);
                    const QString text = b.text().mid(line.textStart(), line.textLength()).remove(QChar(0x2028)).trimmed();
                    if (!QRegularExpression(QStringLiteral("^[0-9.-]+$")).match(text).hasMatch())
                        continue; // the field's title
                    ++pidLines;
                    for (const QString& part : text.split(QLatin1Char('-'), Qt::SkipEmptyParts))
                        QVERIFY2(parts.contains(part),
                                 qPrintable(QStringLiteral("a line of the extended PID ends inside a part: %1").arg(text)));
                }
            }
            QVERIFY(pidLines >= 1);
        }
        QCoreApplication::removeTranslator(&m_japanese);
    }

    void showsEveryEntryNewestFirst()
    {
        auto view = makeView();
        QCOMPARE(view->filterModel()->rowCount(), 7);
        QCOMPARE(column(*view, 0, ui::JournalTableModel::MachineColumn), QStringLiteral("=cmd|' /C calc'!A0"));
        QCOMPARE(column(*view, 6, ui::JournalTableModel::StepColumn).isEmpty(), false);
        QCOMPARE(column(*view, 1, ui::JournalTableModel::ProgramColumn), QStringLiteral("Windows 7 SP1 ESU, Year 1"));
        QCOMPARE(column(*view, 1, ui::JournalTableModel::ConfirmationIdColumn),
                 QStringLiteral("111111-222222-333333-444444-555555-666666-777777-888888"));
        QCOMPARE(column(*view, 0, ui::JournalTableModel::ModeColumn), QStringLiteral("Windows"));
        QCOMPARE(column(*view, 1, ui::JournalTableModel::ModeColumn), QStringLiteral("Simulation"));
        QCOMPARE(column(*view, 0, ui::JournalTableModel::ErrorColumn), QStringLiteral("0xC004F050"));
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("journalStatusLabel"))->text().contains(QStringLiteral("7 entries")));
    }

    void theSearchBoxFiltersEveryColumnAndIdsWithOrWithoutDashes()
    {
        auto view = makeView();
        auto* search = view->findChild<QLineEdit*>(QStringLiteral("journalSearchLineEdit"));
        QTest::keyClicks(search, QStringLiteral("pc-02"));
        QCOMPARE(view->filterModel()->rowCount(), 1);
        QCOMPARE(column(*view, 0, ui::JournalTableModel::MachineColumn), QStringLiteral("PC-02"));
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("journalStatusLabel"))->text().contains(QStringLiteral("1 of 7")));

        search->clear();
        QTest::keyClicks(search, QStringLiteral("123456 123456123456")); // IID typed with other separators
        QCOMPARE(view->filterModel()->rowCount(), 3);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("111111-222222"));
        QCOMPARE(view->filterModel()->rowCount(), 2);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("pc-01 apply"));
        QCOMPARE(view->filterModel()->rowCount(), 1);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("nothing-like-this"));
        QCOMPARE(view->filterModel()->rowCount(), 0);
        QVERIFY(!view->findChild<QPushButton*>(QStringLiteral("journalExportButton"))->isEnabled());
        search->clear();
        QCOMPARE(view->filterModel()->rowCount(), 7);

        auto* outcome = view->findChild<QComboBox*>(QStringLiteral("journalOutcomeComboBox"));
        outcome->setCurrentIndex(2); // Failed
        QCOMPARE(view->filterModel()->rowCount(), 2);
        outcome->setCurrentIndex(1); // Succeeded
        QCOMPARE(view->filterModel()->rowCount(), 5);
    }

    void columnsSort()
    {
        auto view = makeView();
        auto* table = view->findChild<QTableView*>(QStringLiteral("journalTableView"));
        table->sortByColumn(ui::JournalTableModel::TimeColumn, Qt::AscendingOrder);
        QCOMPARE(column(*view, 0, ui::JournalTableModel::TimeColumn), QStringLiteral("2026-05-28 20:26:50"));
        QCOMPARE(column(*view, 6, ui::JournalTableModel::TimeColumn), QStringLiteral("2026-05-28 20:27:50"));
        table->sortByColumn(ui::JournalTableModel::MachineColumn, Qt::AscendingOrder);
        QStringList machines;
        for (int r = 0; r < view->filterModel()->rowCount(); ++r)
            machines << column(*view, r, ui::JournalTableModel::MachineColumn);
        QStringList sorted = machines;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString& a, const QString& b) { return a.toCaseFolded() < b.toCaseFolded(); });
        QCOMPARE(machines, sorted);
        QCOMPARE(machines.last(), QStringLiteral("PC-02"));
        // Clicking the header sorts too (and again reverses).
        const int before = table->horizontalHeader()->sortIndicatorSection();
        QCOMPARE(before, int(ui::JournalTableModel::MachineColumn));
        table->sortByColumn(ui::JournalTableModel::MachineColumn, Qt::DescendingOrder);
        QCOMPARE(column(*view, 0, ui::JournalTableModel::MachineColumn), QStringLiteral("PC-02"));
    }

    void theDetailsPaneShowsTheSelectedEntry()
    {
        auto view = makeView();
        auto* table = view->findChild<QTableView*>(QStringLiteral("journalTableView"));
        auto* search = view->findChild<QLineEdit*>(QStringLiteral("journalSearchLineEdit"));
        QTest::keyClicks(search, QStringLiteral("verify"));
        QCOMPARE(view->filterModel()->rowCount(), 1);
        table->selectRow(0);
        auto* details = view->findChild<ui::JournalDetails*>(QStringLiteral("journalDetailsTextBrowser"));
        QVERIFY(details);
        auto value = [&](const char* field) { return details->value(QString::fromLatin1(field)); };
        QCOMPARE(value("machine"), QStringLiteral("PC-01"));
        QCOMPARE(value("installationId"),
                 QStringLiteral("123456-123456-123456-123456-123456-123456-123456-123456-123456"));
        QCOMPARE(value("confirmationId"), QStringLiteral("111111-222222-333333-444444-555555-666666-777777-888888"));
        QCOMPARE(value("partialKey"), QStringLiteral("XXXXX-XXXXX-XXXXX-XXXXX-6789B"));
        QVERIFY(!value("status").isEmpty());
        QVERIFY(value("error").isEmpty());
        // What the pane shows is what people copy (the lines break only between groups, and
        // the ID fields take pasted line breaks).
        QVERIFY(details->toPlainText().remove(QLatin1Char('\n')).remove(QChar(0x2028)).contains(value("confirmationId")));
        QCOMPARE(value("extendedPid"), QStringLiteral("03612-03564-000-000000-03-1033-7601.0000-0012025"));

        search->clear();
        QTest::keyClicks(search, QStringLiteral("pc-02"));
        table->selectRow(0);
        QVERIFY2(value("error").contains(QStringLiteral("C")), qPrintable(value("error"))); // names group C
        search->clear();
        QTest::keyClicks(search, QStringLiteral("nothing-like-this"));
        QVERIFY(!details->isShowingEntry());
        QVERIFY(details->toPlainText().contains(QStringLiteral("Select an entry")));
    }

    void csvExportHoldsWhatIsShownAndRunsNoFormulas()
    {
        auto view = makeView();
        const QString all = exportText(*view, QStringLiteral("all.csv"));
        const QStringList lines = all.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 8);
        QCOMPARE(lines.first(), QStringLiteral("Time (UTC),Machine,Program,Step,Outcome,Error,Installation ID,"
                                               "Confirmation ID,Partial key,Mode,Operator,Role"));
        // The hostile machine name and operator are data, not formulas.
        QVERIFY2(lines.at(1).contains(QStringLiteral("'=cmd|' /C calc'!A0")), qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).contains(QStringLiteral(",'@bob,")));
        for (const QString& line : lines)
            for (const QString& cell : line.split(QLatin1Char(',')))
                QVERIFY2(!cell.startsWith(QLatin1Char('=')) && !cell.startsWith(QLatin1Char('+')) &&
                             !cell.startsWith(QLatin1Char('@')) && !cell.startsWith(QLatin1Char('-')),
                         qPrintable(line));
        // IDs keep their dashes, so spreadsheets keep them as text (no 1.23E+53).
        QVERIFY(all.contains(QStringLiteral("111111-222222-333333-444444-555555-666666-777777-888888")));
        QVERIFY(!all.contains(QStringLiteral("HJKMP")));

        // Only what the filter shows, in the order shown.
        QTest::keyClicks(view->findChild<QLineEdit*>(QStringLiteral("journalSearchLineEdit")), QStringLiteral("pc-01"));
        view->findChild<QTableView*>(QStringLiteral("journalTableView"))
            ->sortByColumn(ui::JournalTableModel::TimeColumn, Qt::AscendingOrder);
        const QStringList some = exportText(*view, QStringLiteral("some.csv")).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(some.size(), 1 + 5);
        QVERIFY(some.at(1).startsWith(QStringLiteral("2026-05-28 20:26:50,PC-01,")));
        QVERIFY(some.at(5).startsWith(QStringLiteral("2026-05-28 20:27:40,PC-01,")));

        // A file that cannot be written is reported, not silently lost.
        QString error;
        QVERIFY(!view->exportCsv(m_dir.filePath(QStringLiteral("missing-dir/x.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("missing-dir")));
    }

    // A machine name or an operator from the journal with ESC, BEL or U+202E (which would turn
    // the rest of the row round) is shown with those characters named, in the table, in the
    // details pane and in the CSV export, as the CLI prints it.
    void hiddenAndDirectionCharactersAreShownNamed()
    {
        auto hostile = entry(80,
                             "PC\x1b[2J\xe2\x80\xae"
                             "evil",
                             Step::Deposit);
        hostile.author.operatorName = "bob\x07\xe2\x80\x8b";
        hostile.event.detail = "slc said \x1b]0;pwned\x07";
        add(hostile);
        auto view = makeView();
        auto* table = view->findChild<QTableView*>(QStringLiteral("journalTableView"));
        QVERIFY(table);
        const QString machine = QStringLiteral("PC<U+001B>[2J<U+202E>evil");
        QCOMPARE(table->model()->index(0, ui::JournalTableModel::MachineColumn).data().toString(), machine);
        QCOMPARE(table->model()->index(0, ui::JournalTableModel::OperatorColumn).data().toString(),
                 QStringLiteral("bob<U+0007><U+200B>"));
        table->selectRow(0);
        auto* details = view->findChild<ui::JournalDetails*>(QStringLiteral("journalDetailsTextBrowser"));
        QVERIFY(details);
        QCOMPARE(details->value(QStringLiteral("machine")), machine);
        QCOMPARE(details->value(QStringLiteral("detail")),
                 QStringLiteral("slc said <U+001B>]0;pwned<U+0007>"));
        const QString shown = details->toPlainText();
        QVERIFY2(shown.contains(machine), qPrintable(shown));
        const QString csv = exportText(*view, QStringLiteral("hostile.csv"));
        QVERIFY2(csv.contains(machine), qPrintable(csv));
        for (const QString& text : {shown, csv})
            for (QChar raw : {QChar(0x1b), QChar(0x07), QChar(0x202E), QChar(0x200B)})
                QVERIFY2(!text.contains(raw), qPrintable(text));
    }

    void anUnreadableJournalIsReported()
    {
        auto view = makeView();
        m_journal.failReads = true;
        QSignalSpy errors(view.get(), &ui::JournalView::journalError);
        QVERIFY(!view->refresh());
        QCOMPARE(errors.count(), 1);
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("journalStatusLabel"))->text().contains(QStringLiteral("locked")));
        QCOMPARE(view->filterModel()->rowCount(), 7); // what was shown stays
        m_journal.failReads = false;
    }

    void onlyTheNewestEntriesAreLoadedFromALargeJournal()
    {
        ui::JournalView view;
        view.setMaxEntries(3);
        view.setJournal(&m_journal);
        QCOMPARE(view.filterModel()->rowCount(), 3);
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("journalStatusLabel"))->text().contains(QStringLiteral("newest 3")));
    }

    void rendersInEnglish() { auto view = makeView(); render(*view, QStringLiteral("journal-view-en.png")); }

    void worksInJapanese()
    {
        QVERIFY(QCoreApplication::installTranslator(&m_japanese));
        auto view = makeView();
        QCOMPARE(view->tableModel()->headerData(ui::JournalTableModel::MachineColumn, Qt::Horizontal).toString(),
                 QStringLiteral("マシン"));
        QVERIFY(view->findChild<QPushButton*>(QStringLiteral("journalExportButton"))->text().contains(QStringLiteral("CSV")));
        QVERIFY(view->findChild<QPushButton*>(QStringLiteral("journalExportButton"))->text() != QStringLiteral("Export CSV…"));
        const QString csv = exportText(*view, QStringLiteral("ja.csv"));
        QVERIFY2(csv.startsWith(QStringLiteral("日時 (UTC),マシン,")), qPrintable(csv.left(80)));
        QVERIFY(csv.contains(QStringLiteral("'=cmd|' /C calc'!A0")));
        render(*view, QStringLiteral("journal-view-ja.png"));
        QCoreApplication::removeTranslator(&m_japanese);
    }
};

QTEST_MAIN(JournalViewTest)
#include "test_journal_view.moc"
