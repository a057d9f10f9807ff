// SPDX-License-Identifier: MIT
// The Desk tab's "Get confirmation IDs online" (ui/desk/DeskOnlinePanel) against the fake
// BatchActivation service in this process, offscreen: three waiting requests, one of whose
// MAK is out of activations (0x7F). Two are answered, one fails with the reason; the statuses,
// the progress and the summary say so; "Save answers" writes them into the file. A second desk
// on a fresh copy of the requests reuses the journal's CIDs and sends only the failed one. A
// cancel keeps what had finished. Every attempt is journaled as `actdesk desk online` journals
// it (endpoint, outcome, service error code). A proxy that answers 407 gets the sign-in dialog,
// the typed credentials get through, and they are never kept: not in the journal, the file or
// the settings, and the next fetch asks again. Saves desk-online-<lang>.png (README).
#include "DeskController.h"
#include "DeskOnlinePanel.h"
#include "DeskQueueView.h"
#include "FakeBatchActivation.h"
#include "TestSupport.h"
#include "TransferTestSupport.h"
#include "Translation.h"
#include "catalog/Catalog.h"
#include "journal/SqlJournal.h"
#include "transfer/TransferStore.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <map>
#include <optional>

using namespace actdesk;
using actdesk::test::FakeBatchActivation;
using actdesk::test::FakeBehaviour;

class DeskOnlineGuiTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::FixedClock m_clock;
    catalog::Catalog m_catalog = catalog::Catalog::builtIn();
    std::unique_ptr<journal::SqlJournal> m_journal;
    transfer::TransferItem m_alpha = test::request("PC-ALPHA", test::kWin7Y1, 11);
    transfer::TransferItem m_beta = test::request("PC-BETA", test::kWin7Y1, 22);
    transfer::TransferItem m_gamma = test::request("PC-GAMMA", test::kWin7Y1, 33);

    QString writeRequests(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        transfer::TransferFile file;
        file.items = {m_alpha, m_beta, m_gamma};
        if (!transfer::saveTransferFile(path, file, transfer::DiskVersion{}))
            return {};
        return path;
    }

    struct Desk
    {
        std::unique_ptr<QWidget> tab;
        ui::DeskQueueView* view = nullptr;
        ui::desk::DeskOnlinePanel* panel = nullptr;
    };

    Desk makeDesk(const QString& endpoint, int concurrency = 4, std::optional<QNetworkProxy> proxy = {})
    {
        Desk d;
        d.view = new ui::DeskQueueView(m_catalog, m_journal.get(), m_clock, QStringLiteral("desk-op"));
        online::ClientOptions options;
        options.endpoint = QUrl(endpoint);
        options.concurrency = concurrency;
        options.proxy = std::move(proxy);
        d.tab.reset(ui::desk::DeskOnlinePanel::deskTab(d.view, *d.view->controller(), options));
        d.panel = d.tab->findChild<ui::desk::DeskOnlinePanel*>();
        d.tab->resize(1150, 900);
        d.tab->show();
        return d;
    }

    static bool clickAndWait(ui::desk::DeskOnlinePanel* panel, const char* button)
    {
        QSignalSpy done(panel, &ui::desk::DeskOnlinePanel::finished);
        panel->findChild<QPushButton*>(QLatin1String(button))->click();
        return done.count() > 0 || done.wait(60000);
    }

    QString id(const transfer::TransferItem& item) { return QString::fromStdString(item.id); }

    // A journal of its own for one test (nothing reused from the others); swapped back by the
    // returned guard's owner with std::swap(m_journal, guard).
    std::unique_ptr<journal::SqlJournal> useOwnJournal(const QString& name)
    {
        auto opened =
            journal::SqlJournal::open(journal::JournalLocation::sqliteFile(m_dir.filePath(name)), m_clock);
        if (!opened)
            return nullptr;
        auto own = std::move(opened).value();
        std::swap(m_journal, own);
        return own;
    }

    // The desk's online entries in the journal, by item id.
    std::map<std::string, std::vector<workflow::JournalEntry>> onlineEntries()
    {
        workflow::JournalQuery q;
        q.role = workflow::JournalRole::Desk;
        q.step = workflow::Step::ConfirmationId;
        std::map<std::string, std::vector<workflow::JournalEntry>> byItem;
        auto found = m_journal->find(q);
        if (!found)
            return byItem;
        for (const auto& entry : found.value())
            for (const auto* item : {&m_alpha, &m_beta, &m_gamma})
                if (entry.event.installationId == test::digitsOf(item->installationId))
                    byItem[item->id].push_back(entry);
        return byItem;
    }

    // Answers the proxy sign-in dialog when it opens (it is modal: a timer acts while it runs).
    struct SignIn
    {
        QString user, password;
        bool accept = true;
        int shown = 0;
    };
    static std::unique_ptr<QTimer> answerSignIn(SignIn& signIn)
    {
        auto timer = std::make_unique<QTimer>();
        timer->setInterval(20);
        QObject::connect(timer.get(), &QTimer::timeout, [&signIn] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                auto* dialog = qobject_cast<QDialog*>(w);
                if (!dialog || dialog->objectName() != QLatin1String("proxySignInDialog") ||
                    !dialog->isVisible() || dialog->property("answered").toBool())
                    continue;
                dialog->setProperty("answered", true);
                ++signIn.shown;
                auto* buttons =
                    dialog->findChild<QDialogButtonBox*>(QStringLiteral("proxySignInDialogButtonBox"));
                if (signIn.accept) {
                    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("proxyUserLineEdit")),
                                     signIn.user);
                    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("proxyPasswordLineEdit")),
                                     signIn.password);
                    buttons->button(QDialogButtonBox::Ok)->click();
                } else {
                    buttons->button(QDialogButtonBox::Cancel)->click();
                }
            }
        });
        timer->start();
        return timer;
    }

    // Whether `secret` is in any file under `dir` (the journal, its WAL, the transfer files).
    static QStringList filesHolding(const QString& dir, const QByteArray& secret)
    {
        QStringList holding;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(secret))
                holding << f.fileName();
        }
        return holding;
    }

  private Q_SLOTS:
    void initTestCase()
    {
        // The app's settings, in this test's folder (not the user's): searched for secrets below.
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("ActivationDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("activation-desk"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        app::installTranslators(*qApp);
        QVERIFY(m_dir.isValid());
        auto opened = journal::SqlJournal::open(
            journal::JournalLocation::sqliteFile(m_dir.filePath(QStringLiteral("journal.sqlite"))), m_clock);
        QVERIFY(opened.operator bool());
        m_journal = std::move(opened).value();
    }

    void fetchesOnlineFailsTheExhaustedMakAloneAndSaves()
    {
        const QString file = writeRequests(QStringLiteral("stick.adtx"));
        const QString fresh = writeRequests(QStringLiteral("fresh-copy.adtx"));
        QVERIFY(!file.isEmpty() && !fresh.isEmpty());
        FakeBehaviour b;
        b.errorForIid[test::digitsOf(m_gamma.installationId)] = "0x7F";
        FakeBatchActivation fake(b);
        QVERIFY(fake.listen());

        Desk desk = makeDesk(fake.endpoint());
        QVERIFY(desk.view->openFile(file));
        QVERIFY(clickAndWait(desk.panel, "deskOnlineButton"));
        QVERIFY2(fake.stats().rejected.isEmpty(), qPrintable(fake.stats().rejected.join(QLatin1Char('|'))));
        QCOMPARE(fake.stats().confirmationRequests, 3);
        QVERIFY(desk.panel->statusOf(id(m_alpha))
                    .contains(QString::fromStdString(test::cidFor(m_alpha).grouped())));
        QVERIFY(desk.panel->statusOf(id(m_gamma)).contains(QLatin1String("0x7F")));
        auto* progress = desk.panel->findChild<QProgressBar*>(QStringLiteral("deskOnlineProgress"));
        QCOMPARE(progress->value(), progress->maximum());
        QVERIFY2(desk.panel->summary().contains(QLatin1String("2")), qPrintable(desk.panel->summary()));
        QVERIFY(desk.view->hasUnsavedChanges());
        // The request on show (PC-ALPHA, the first waiting one) follows its answer: its panel
        // names the confirmation ID instead of still "waiting" beside an answered row.
        const QString title = desk.tab->findChild<QLabel*>(QStringLiteral("deskItemTitleLabel"))->text();
        QVERIFY2(title.contains(QString::fromStdString(test::cidFor(m_alpha).grouped(' '))),
                 qPrintable(title));

        const QString lang = qEnvironmentVariable("ACTDESK_LANG", QStringLiteral("en"));
        QVERIFY(
            desk.tab->grab().save(QDir::current().filePath(QStringLiteral("desk-online-%1.png").arg(lang))));

        QVERIFY(desk.view->save());
        auto saved = transfer::loadTransferFile(file);
        QVERIFY(saved.operator bool());
        for (const auto& item : saved->file.items) {
            if (item.id == m_gamma.id) {
                QCOMPARE(item.status, transfer::ItemStatus::Failed);
                QVERIFY(QString::fromStdString(item.reason).contains(QLatin1String("0x7F")));
            } else {
                QCOMPARE(item.status, transfer::ItemStatus::Answered);
                QCOMPARE(test::digitsOf(item.confirmationId), test::cidFor(item).digits());
            }
        }

        // A second desk on a fresh copy: the journal's CIDs, only the failed one asked again.
        Desk second = makeDesk(fake.endpoint());
        QVERIFY(second.view->openFile(fresh));
        QVERIFY(clickAndWait(second.panel, "deskOnlineButton"));
        QVERIFY2(
            fake.stats().confirmationRequests == 4,
            qPrintable(second.panel->summary() + QLatin1Char('|') + second.panel->statusOf(id(m_gamma))));
        QCOMPARE(fake.stats().iids.last(), QString::fromStdString(test::digitsOf(m_gamma.installationId)));
        QVERIFY(second.view->item(id(m_alpha))->status == transfer::ItemStatus::Answered);
    }

    void journalsEveryAttemptWithEndpointAndServiceError()
    {
        // The issue: "The journal records every online attempt: item, IID, extended PID, time,
        // endpoint, outcome and service error code", from the GUI as from the CLI.
        auto previous = useOwnJournal(QStringLiteral("journal-attempts.sqlite"));
        QVERIFY(previous);
        const QString file = writeRequests(QStringLiteral("attempts.adtx"));
        FakeBehaviour b;
        b.errorForIid[test::digitsOf(m_gamma.installationId)] = "0x7F";
        FakeBatchActivation fake(b);
        QVERIFY(fake.listen());
        Desk desk = makeDesk(fake.endpoint());
        QVERIFY(desk.view->openFile(file));
        QVERIFY(clickAndWait(desk.panel, "deskOnlineButton"));
        QCOMPARE(fake.stats().confirmationRequests, 3);

        auto entries = onlineEntries();
        for (const auto* item : {&m_alpha, &m_beta, &m_gamma}) {
            QCOMPARE(entries[item->id].size(), std::size_t(1)); // one entry per attempt, not two
            const workflow::WorkflowEvent& e = entries[item->id].front().event;
            const QString detail = QString::fromStdString(e.detail);
            QVERIFY2(detail.contains(QLatin1String("item ") + id(*item)), qPrintable(detail));
            QVERIFY2(detail.contains(QLatin1String("endpoint ") + fake.endpoint()), qPrintable(detail));
            QCOMPARE(e.extendedPid, item->extendedPid);
            QCOMPARE(e.partialKey, item->partialKey);
            QVERIFY(e.at == m_clock.nowUtc());
            QCOMPARE(entries[item->id].front().author.role, workflow::JournalRole::Desk);
            if (item == &m_gamma) {
                QCOMPARE(e.outcome, workflow::Outcome::Failed);
                QCOMPARE(e.errorCode, std::uint32_t(0x7F));
                QVERIFY2(detail.contains(QLatin1String("outcome failed service error 0x7F")),
                         qPrintable(detail));
                QVERIFY(e.confirmationId.empty());
            } else {
                QCOMPARE(e.outcome, workflow::Outcome::Succeeded);
                QCOMPARE(e.errorCode, std::uint32_t(0));
                QVERIFY2(detail.contains(QLatin1String("outcome answered")), qPrintable(detail));
                QCOMPARE(e.confirmationId, test::cidFor(*item).digits());
            }
        }

        // An attempt with no usable answer is journaled too (the CLI's "error").
        const QString again = writeRequests(QStringLiteral("attempts-garbled.adtx"));
        FakeBehaviour garbled;
        garbled.garble = FakeBehaviour::Garble::Malformed;
        FakeBatchActivation bad(garbled);
        QVERIFY(bad.listen());
        auto emptyJournal = useOwnJournal(QStringLiteral("journal-garbled.sqlite"));
        QVERIFY(emptyJournal);
        Desk second = makeDesk(bad.endpoint());
        QVERIFY(second.view->openFile(again));
        QVERIFY(clickAndWait(second.panel, "deskOnlineButton"));
        entries = onlineEntries();
        QCOMPARE(entries[m_alpha.id].size(), std::size_t(1));
        const QString detail = QString::fromStdString(entries[m_alpha.id].front().event.detail);
        QVERIFY2(
            detail.contains(QLatin1String("endpoint ") + bad.endpoint() + QLatin1String(" outcome error")),
            qPrintable(detail));
        std::swap(m_journal, emptyJournal);
        std::swap(m_journal, previous);
    }

    void aProxyAskingForAPasswordGetsTheSignInDialogAndNothingIsKept()
    {
        // The issue: "proxy authentication (407): the GUI asks ...; it is never stored".
        auto previous = useOwnJournal(QStringLiteral("journal-proxy.sqlite"));
        QVERIFY(previous);
        QSettings().setValue(QStringLiteral("test/marker"), true); // the app's settings file exists
        const QString file = writeRequests(QStringLiteral("proxy.adtx"));
        const QByteArray user = "desk-proxy-user";
        const QByteArray password = "Pr0xy-pw-7Qz";
        FakeBehaviour b;
        b.proxyCredentials = user + ':' + password; // a proxy that answers 407 without them
        FakeBatchActivation proxy(b);
        QVERIFY(proxy.listen());
        const QNetworkProxy via(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port());
        // The service behind the proxy (the fake answers as the service once signed in).
        const QString endpoint = QStringLiteral("http://127.0.0.1:9/BatchActivation/BatchActivation.asmx");

        SignIn signIn{QString::fromLatin1(user), QString::fromLatin1(password)};
        auto answering = answerSignIn(signIn);
        Desk desk = makeDesk(endpoint, 4, via);
        QVERIFY(desk.view->openFile(file));
        QVERIFY(clickAndWait(desk.panel, "deskOnlineButton"));
        QCOMPARE(signIn.shown, 1); // asked once for the whole fetch
        QVERIFY2(proxy.stats().rejected.isEmpty(), qPrintable(proxy.stats().rejected.join(QLatin1Char('|'))));
        QCOMPARE(proxy.stats().confirmationRequests, 3);
        for (const auto* item : {&m_alpha, &m_beta, &m_gamma})
            QVERIFY2(desk.view->item(id(*item))->status == transfer::ItemStatus::Answered,
                     qPrintable(desk.panel->statusOf(id(*item)) + QLatin1Char('|') + desk.panel->summary()));
        QVERIFY(desk.view->save());

        // Never kept: not in the journal, the transfer file or the settings (all under m_dir), and
        // no widget holds it.
        QSettings().sync();
        QVERIFY(QSettings().fileName().startsWith(m_dir.path()));
        QVERIFY2(filesHolding(m_dir.path(), password).isEmpty(),
                 qPrintable(filesHolding(m_dir.path(), password).join(QLatin1Char(' '))));
        QVERIFY2(filesHolding(m_dir.path(), user).isEmpty(),
                 qPrintable(filesHolding(m_dir.path(), user).join(QLatin1Char(' '))));
        QFile settings(QSettings().fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains(password));
        for (auto* edit : desk.tab->findChildren<QLineEdit*>())
            QVERIFY(!edit->text().contains(QString::fromLatin1(password)));

        // The next fetch asks again; refused, nothing is sent and the desk says why once.
        const QString next = writeRequests(QStringLiteral("proxy-next.adtx"));
        auto emptyJournal = useOwnJournal(QStringLiteral("journal-proxy-next.sqlite"));
        QVERIFY(emptyJournal);
        signIn.accept = false;
        Desk second = makeDesk(endpoint, 4, via);
        QVERIFY(second.view->openFile(next));
        const int before = proxy.stats().confirmationRequests;
        QVERIFY(clickAndWait(second.panel, "deskOnlineButton"));
        QCOMPARE(signIn.shown, 2);
        QCOMPARE(proxy.stats().confirmationRequests, before);
        QVERIFY(!second.view->hasUnsavedChanges());
        QVERIFY2(!second.panel->summary().isEmpty(), "the summary says why nothing was answered");
        std::swap(m_journal, emptyJournal);
        std::swap(m_journal, previous);
    }

    void cancelKeepsWhatFinished()
    {
        const QString file = writeRequests(QStringLiteral("cancel.adtx"));
        FakeBatchActivation fake;
        QVERIFY(fake.listen());
        // A journal of its own, so nothing is reused from the test above.
        auto opened = journal::SqlJournal::open(
            journal::JournalLocation::sqliteFile(m_dir.filePath(QStringLiteral("journal-cancel.sqlite"))),
            m_clock);
        QVERIFY(opened.operator bool());
        std::swap(m_journal, opened.value());
        Desk desk = makeDesk(fake.endpoint(), /*concurrency=*/1);
        QVERIFY(desk.view->openFile(file));
        auto* cancel = desk.panel->findChild<QPushButton*>(QStringLiteral("deskOnlineCancelButton"));
        fake.onRequest = [&] {
            if (fake.stats().confirmationRequests == 2) // the first is answered, the second in flight
                cancel->click();
        };
        QVERIFY(clickAndWait(desk.panel, "deskOnlineButton"));
        QCOMPARE(fake.stats().confirmationRequests, 2);
        int answered = 0;
        for (const auto* item : {&m_alpha, &m_beta, &m_gamma})
            answered += desk.view->item(id(*item))->status == transfer::ItemStatus::Answered;
        QCOMPARE(answered, 1);
        QVERIFY(desk.view->hasUnsavedChanges());
        std::swap(m_journal, opened.value());
    }
};

QTEST_MAIN(DeskOnlineGuiTest)
#include "test_desk_online_gui.moc"
