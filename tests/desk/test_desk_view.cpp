// SPDX-License-Identifier: MIT
// The desk's transfer-file queue, offscreen, against a real transfer file on disk and a real
// SQLite journal: answer through the A-H fields, mark failed, save and re-read; a CID typo
// is named by its letter and nothing is saved; training fills and says Simulation; a CID
// already in the journal is offered. Renders desk-queue-en.png and desk-queue-ja.png.
#include "DeskQueueView.h"
#include "ScriptedDialogs.h"
#include "TabPageFit.h"
#include "TestSupport.h"
#include "ToolRun.h"
#include "TransferTestSupport.h"
#include "catalog/Catalog.h"
#include "journal/SqlJournal.h"
#include "licensing/SimulatedActivationCentre.h"
#include "simulation/SimulationBanner.h"
#include "style/Appearance.h"
#include "transfer/DeskAnswers.h"
#include "transfer/TransferStore.h"
#include "widgets/GroupedIdEntry.h"
#include "widgets/NoticeLabel.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace actdesk;

namespace {

using test::pdfText;
using test::kWin7Y1;

QString cidDigits(std::uint64_t seed)
{
    return QString::fromStdString(licensing::simulation::groupedDigitsFromSeed(seed, 8, 6));
}

// Types `digits` into the CID fields key by key, as an operator would.
void typeCid(ui::GroupedIdEntry* entry, const QString& digits)
{
    for (int g = 0; g < 8; ++g)
        QTest::keyClicks(entry->groupEdit(g), digits.mid(g * 6, 6));
}

} // namespace

class DeskViewTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::FixedClock m_clock;
    catalog::Catalog m_catalog = catalog::Catalog::builtIn();
    std::unique_ptr<journal::SqlJournal> m_journal;
    QString m_file;
    transfer::TransferItem m_alpha = test::request("PC-ALPHA", kWin7Y1, 11);
    transfer::TransferItem m_beta = test::request("PC-BETA", kWin7Y1, 22);
    QTranslator m_japanese;

    std::unique_ptr<ui::DeskQueueView> makeView()
    {
        auto view = std::make_unique<ui::DeskQueueView>(m_catalog, m_journal.get(), m_clock,
                                                        QStringLiteral("desk-op"));
        view->resize(1150, 900);
        return view;
    }

  private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        m_file = m_dir.filePath(QStringLiteral("stick-%1.adtx").arg(++n));
        transfer::TransferFile file;
        file.items = {m_alpha, m_beta};
        QVERIFY(transfer::saveTransferFile(m_file, file, transfer::DiskVersion{}).operator bool());
        auto opened = journal::SqlJournal::open(
            journal::JournalLocation::sqliteFile(m_dir.filePath(QStringLiteral("journal-%1.sqlite").arg(n))),
            m_clock);
        QVERIFY(opened.operator bool());
        m_journal = std::move(opened).value();
    }

    void answersOneFailsOneAndSaves()
    {
        auto view = makeView();
        QVERIFY(view->openFile(m_file));
        QCOMPARE(view->itemCount(), 2);
        QCOMPARE(view->queue()->model()->index(1, 0).data().toString(), QStringLiteral("PC-BETA (simulated machine)"));

        QVERIFY(view->selectItem(QString::fromStdString(m_alpha.id)));
        typeCid(view->confirmationEntry(), cidDigits(5));
        QVERIFY(view->confirmationEntry()->isComplete());
        auto* record = view->findChild<QPushButton*>(QStringLiteral("deskRecordButton"));
        QVERIFY(record->isEnabled());
        QTest::mouseClick(record, Qt::LeftButton);
        QCOMPARE(view->item(QString::fromStdString(m_alpha.id))->status, transfer::ItemStatus::Answered);
        // The next waiting request is selected by itself.
        QCOMPARE(view->currentItemId(), QString::fromStdString(m_beta.id));
        QTest::keyClicks(view->reasonEdit(), QStringLiteral("line said 0xC004C008"));
        QTest::keyClick(view->reasonEdit(), Qt::Key_Return);
        QVERIFY(view->hasUnsavedChanges());
        QVERIFY(view->save());
        QVERIFY(!view->hasUnsavedChanges());

        auto reread = transfer::loadTransferFile(m_file);
        QVERIFY(reread.operator bool());
        const auto* alpha = reread->file.find(m_alpha.id);
        const auto* beta = reread->file.find(m_beta.id);
        QCOMPARE(alpha->status, transfer::ItemStatus::Answered);
        QCOMPARE(QString::fromStdString(test::digitsOf(alpha->confirmationId)), cidDigits(5));
        QCOMPARE(alpha->answeredBy, std::string("desk-op"));
        QCOMPARE(beta->status, transfer::ItemStatus::Failed);
        QCOMPARE(beta->reason, std::string("line said 0xC004C008"));

        workflow::JournalQuery query;
        query.role = workflow::JournalRole::Desk;
        auto rows = m_journal->find(query);
        QVERIFY(rows.operator bool());
        QCOMPARE(int(rows->size()), 2);
    }

    // Someone else answered the same request differently while this desk was typing: saving
    // overwrites nothing and says which item, in the desk's words (no command-line option).
    // The queue sorts by any column and filters on any text, and the request picked stays the
    // one the answer goes to.
    void queueSortsAndFilters()
    {
        auto view = makeView();
        QVERIFY(view->openFile(m_file));
        const QAbstractItemModel* shown = view->queue()->model();
        view->queue()->sortByColumn(0, Qt::DescendingOrder);
        QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("PC-BETA (simulated machine)"));
        view->filterEdit()->setText(QStringLiteral("alpha"));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("PC-ALPHA (simulated machine)"));
        QVERIFY(view->selectItem(QString::fromStdString(m_alpha.id)));
        QVERIFY(!view->selectItem(QString::fromStdString(m_beta.id))); // filtered out
        QTest::keyClicks(view->reasonEdit(), QStringLiteral("no line"));
        QVERIFY(view->markFailed());
        QCOMPARE(view->item(QString::fromStdString(m_alpha.id))->status, transfer::ItemStatus::Failed);
        QCOMPARE(view->item(QString::fromStdString(m_beta.id))->status, transfer::ItemStatus::Pending);
        QVERIFY(shown->index(0, 3).data().toString().contains(QStringLiteral("not saved yet")));
        view->filterEdit()->clear();
        QCOMPARE(shown->rowCount(), 2);
    }

    void anAnswerSavedMeanwhileIsNotOverwritten()
    {
        auto view = makeView();
        QVERIFY(view->openFile(m_file));
        QVERIFY(view->selectItem(QString::fromStdString(m_alpha.id)));
        typeCid(view->confirmationEntry(), cidDigits(5));
        QVERIFY(view->recordAnswer());

        const auto theirs = ids::ConfirmationId::parseAscii(cidDigits(6).toStdString());
        QVERIFY(theirs.operator bool());
        auto written = transfer::updateTransferFile(
            m_file,
            [&](transfer::TransferFile& file) -> Result<bool, transfer::TransferError> {
                auto* alpha = file.find(m_alpha.id);
                if (!alpha)
                    return false;
                auto answered = transfer::answerItem(*alpha, *theirs, "other-desk", transfer::toTimestamp(m_clock.nowUtc()));
                return answered.operator bool();
            },
            /*createIfMissing=*/false);
        QVERIFY(written.operator bool() && written.value());
        const QByteArray before = test::readAll(m_file.toStdString());

        QVERIFY(!view->save());
        QCOMPARE(view->notice()->kind(), ui::NoticeLabel::Kind::Error);
        const QString says = view->notice()->plainText();
        QVERIFY2(says.contains(
                     QStringLiteral("Item %1 already has a different confirmation ID. Nothing was changed.")
                         .arg(QString::fromStdString(m_alpha.id))),
                 qPrintable(says));
        QVERIFY2(!says.contains(QStringLiteral("--")), qPrintable(says));
        QCOMPARE(test::readAll(m_file.toStdString()), before);
        QVERIFY(view->hasUnsavedChanges()); // the typed answer is kept, not lost
    }

    // A site that bans USB sticks: the desk prints one sheet per request still waiting, and
    // an answered request gets none.
    void sheetsForTheWaitingRequests()
    {
        auto view = makeView();
        testing::ScriptedDialogs dialogs;
        view->setFileDialogs(&dialogs);
        QVERIFY(view->openFile(m_file));
        QVERIFY(view->selectItem(QString::fromStdString(m_alpha.id)));
        typeCid(view->confirmationEntry(), cidDigits(5));
        QVERIFY(view->recordAnswer());

        QVERIFY(!view->saveSheetsAsPdf()); // cancelled: nothing written
        QCOMPARE(dialogs.asked, 1);
        dialogs.saveAs = m_dir.filePath(QStringLiteral("sheets.pdf"));
        QVERIFY(view->saveSheetsAsPdf());
        dialogs.printTo = m_dir.filePath(QStringLiteral("printed.pdf"));
        QVERIFY(view->printSheets());
        const auto groups = m_beta.installationId.value().groups();
        for (const QString& pdf : {dialogs.saveAs, dialogs.printTo}) {
            const QString text = pdfText(pdf, /*layout=*/true);
            QVERIFY2(text.contains(QStringLiteral("PC-BETA")), qPrintable(pdf));
            QVERIFY2(!text.contains(QStringLiteral("PC-ALPHA")), "an answered request needs no sheet");
            for (const auto& group : groups) // the IID in large grouped digits
                QVERIFY2(text.contains(QString::fromStdString(group)), qPrintable(text));
        }
    }

    void cidTypoIsNamedAndNothingIsSaved()
    {
        auto view = makeView();
        QVERIFY(view->openFile(m_file));
        const QByteArray before = test::readAll(m_file.toStdString());
        QVERIFY(view->selectItem(QString::fromStdString(m_alpha.id)));
        QString digits = cidDigits(6);
        const QChar last = digits[2 * 6 + 5]; // group C's check digit
        digits[2 * 6 + 5] = QChar(u'0' + (last.digitValue() + 1) % 10);
        typeCid(view->confirmationEntry(), digits);
        QCOMPARE(view->confirmationEntry()->groupState(2), ui::GroupedIdEntry::GroupState::Invalid);
        QVERIFY2(view->confirmationEntry()->message().contains(QLatin1Char('C')),
                 qPrintable(view->confirmationEntry()->message()));
        QVERIFY(!view->findChild<QPushButton*>(QStringLiteral("deskRecordButton"))->isEnabled());
        QVERIFY(!view->recordAnswer());
        QCOMPARE(view->notice()->kind(), ui::NoticeLabel::Kind::Error);
        QVERIFY(!view->hasUnsavedChanges());
        QVERIFY(!view->save());
        QCOMPARE(test::readAll(m_file.toStdString()), before);
        workflow::JournalQuery query;
        QCOMPARE(int(m_journal->find(query)->size()), 0);
    }

    void trainingFillsAndSaysSimulation()
    {
        auto view = makeView();
        QVERIFY(view->openFile(m_file));
        auto* fill = view->findChild<QPushButton*>(QStringLiteral("deskSimulateButton"));
        QVERIFY(!view->fillFromSimulatedCentre()); // not in training
        view->setTrainingMode(true);
        auto* banner = view->findChild<ui::SimulationBanner*>(QStringLiteral("deskSimulationBanner"));
        QVERIFY(!banner->isHidden());
        QVERIFY(banner->text().contains(QStringLiteral("SIMULATION")));
        QVERIFY(fill->text().contains(QStringLiteral("Simulation")));
        QVERIFY(view->selectItem(QString::fromStdString(m_alpha.id)));
        QTest::mouseClick(fill, Qt::LeftButton);
        const auto* alpha = view->item(QString::fromStdString(m_alpha.id));
        QCOMPARE(alpha->status, transfer::ItemStatus::Answered);
        QCOMPARE(alpha->answeredBy, std::string(transfer::kSimulatedCentreName));
        QVERIFY(view->queue()->model()->index(0, 3).data().toString().contains(QStringLiteral("Simulation")));
        QVERIFY(view->notice()->plainText().contains(QStringLiteral("Simulation")));
        QVERIFY(view->save());
        auto reread = transfer::loadTransferFile(m_file);
        QVERIFY(QString::fromStdString(reread->file.find(m_alpha.id)->answeredBy)
                    .contains(QStringLiteral("SIMULATION")));
        workflow::JournalQuery query;
        auto rows = m_journal->find(query);
        QCOMPARE(int(rows->size()), 1);
        QVERIFY(rows->front().event.simulation);
    }

    void knownConfirmationIsOffered()
    {
        workflow::WorkflowEvent event;
        event.step = workflow::Step::ConfirmationId;
        event.at = m_clock.nowUtc();
        event.machineName = "PC-BETA";
        event.installationId = test::digitsOf(m_beta.installationId);
        event.extendedPid = m_beta.extendedPid;
        event.activationId = kWin7Y1;
        event.confirmationId = cidDigits(7).toStdString();
        QVERIFY(m_journal->record({0, event, {"earlier-op", workflow::JournalRole::Desk, "0.1.0"}})
                    .
                    operator bool());

        auto view = makeView();
        QVERIFY(view->openFile(m_file));
        QVERIFY(view->selectItem(QString::fromStdString(m_alpha.id)));
        QVERIFY(view->knownNotice()->isHidden());
        QVERIFY(view->selectItem(QString::fromStdString(m_beta.id)));
        QVERIFY(!view->knownNotice()->isHidden());
        QVERIFY2(view->knownNotice()->plainText().contains(QStringLiteral("MAK activation")),
                 qPrintable(view->knownNotice()->plainText()));
        QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("deskUseKnownButton")),
                          Qt::LeftButton);
        const auto* beta = view->item(QString::fromStdString(m_beta.id));
        QCOMPARE(beta->status, transfer::ItemStatus::Answered);
        QCOMPARE(QString::fromStdString(test::digitsOf(beta->confirmationId)), cidDigits(7));
    }

    // A file changed by hand is refused naming the item and its line, as `actdesk desk list`
    // does, in the operator's language.
    void aDamagedFileIsRefusedNamingTheItemAndItsLine_data()
    {
        QTest::addColumn<bool>("japanese");
        QTest::addColumn<QString>("lineN");
        QTest::newRow("en") << false << QStringLiteral("line %1");
        QTest::newRow("ja") << true << QStringLiteral("%1 行目");
    }

    void aDamagedFileIsRefusedNamingTheItemAndItsLine()
    {
        QFETCH(bool, japanese);
        QFETCH(QString, lineN);
        // PC-BETA's machine name, edited: its item digest no longer matches.
        QByteArray bytes = test::readAll(m_file.toStdString());
        const qsizetype header = bytes.indexOf("[item " + QByteArray::fromStdString(m_beta.id) + "]");
        QVERIFY(header > 0);
        const int line = int(bytes.left(header).count('\n')) + 1;
        QCOMPARE(bytes.count("machine-name=PC-BETA\n"), 1);
        bytes.replace("machine-name=PC-BETA\n", "machine-name=PC-BETX\n");
        QVERIFY(test::writeAll(m_file.toStdString(), bytes));

        if (japanese) {
            QVERIFY(m_japanese.load(QStringLiteral(":/i18n/activationdesk_ja.qm")));
            QVERIFY(QCoreApplication::installTranslator(&m_japanese));
        }
        const auto untranslate = qScopeGuard([this] { QCoreApplication::removeTranslator(&m_japanese); });
        auto view = makeView();
        QVERIFY(!view->openFile(m_file));
        QCOMPARE(view->itemCount(), 0);
        QCOMPARE(view->notice()->kind(), ui::NoticeLabel::Kind::Error);
        const QString says = view->notice()->plainText();
        QVERIFY2(says.contains(QString::fromStdString(m_beta.id)), qPrintable(says));
        QVERIFY2(says.contains(lineN.arg(line)), qPrintable(says));
        QVERIFY2(says.contains(QStringLiteral("ダイジェスト")) == japanese, qPrintable(says));
    }

    void groupFieldsHaveAccessibleNames()
    {
        auto view = makeView();
        QCOMPARE(view->confirmationEntry()->groupEdit(3)->accessibleName(),
                 QStringLiteral("Confirmation ID group D"));
    }

    void rendersInEnglishAndJapanese()
    {
        const QFont englishFont = QApplication::font();
        for (const bool japanese : {false, true}) {
            if (japanese) {
                QVERIFY(m_japanese.load(QStringLiteral(":/i18n/activationdesk_ja.qm")));
                QVERIFY(QCoreApplication::installTranslator(&m_japanese));
                ui::appearance::applyLanguageFonts(QStringLiteral("ja")); // as the app does
            }
            auto view = makeView();
            QVERIFY(view->openFile(m_file));
            view->setTrainingMode(true);
            QVERIFY(view->selectItem(QString::fromStdString(m_beta.id)));
            typeCid(view->confirmationEntry(), cidDigits(8).left(20));
            view->show();
            QVERIFY(QTest::qWaitForWindowExposed(view.get()));
            if (japanese)
                QVERIFY(view->findChild<QPushButton*>(QStringLiteral("deskSaveButton"))
                            ->text()
                            .contains(QStringLiteral("保存")));
            const QString name =
                japanese ? QStringLiteral("desk-queue-ja.png") : QStringLiteral("desk-queue-en.png");
            QVERIFY(view->grab().save(name));
            // As a tab of the main window at its default size.
            const QString misfit = testing::tabPageMisfit(view.get(), QStringLiteral("deskScrollArea"));
            QVERIFY2(misfit.isEmpty(), qPrintable(misfit));
        }
        QCoreApplication::removeTranslator(&m_japanese);
        QApplication::setFont(englishFont);
    }
};

QTEST_MAIN(DeskViewTest)
#include "test_desk_view.moc"
