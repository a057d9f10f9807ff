// SPDX-License-Identifier: MIT
#include "CliRun.h"
#include "FileTestSupport.h"
#include "ToolRun.h"
#include "paper/ActivationSheet.h"
#include "paper/QrImage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

constexpr const char* kIid = "253037440405119108201413961093786848722385303726677949056629205";

// What a phone camera would read: zbarimg prints "QR-Code:<payload>".
QString decodeQr(const QString& png)
{
    return actdesk::test::runTool(QStringLiteral(ZBARIMG), {QStringLiteral("-q"), png}).trimmed();
}

actdesk::paper::SheetItem item(bool simulation)
{
    return {QStringLiteral("LAB-PC-07"), QStringLiteral("Windows 10 22H2"), QStringLiteral("Windows 10 ESU, Year 1"),
            QStringLiteral("f520e45e-7413-4a34-a497-d2765967d094"), QString::fromLatin1(kIid), QStringLiteral("3V66T"),
            simulation};
}

} // namespace

using namespace actdesk;

class PaperTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void qrPngDecodesBackToTheDigitsOnly()
    {
        const QString png = m_dir.filePath(QStringLiteral("iid.png"));
        QVERIFY(paper::qrImage(paper::qrPayloadForInstallationId(QString::fromLatin1(kIid))).save(png));
        QCOMPARE(decodeQr(png), QStringLiteral("QR-Code:") + QString::fromLatin1(kIid));
    }

    void machineNameGoesIntoTheQrOnlyWhenAsked()
    {
        QCOMPARE(paper::qrPayloadForInstallationId(QStringLiteral("123")), QByteArray("123"));
        QCOMPARE(paper::qrPayloadForInstallationId(QStringLiteral("123"), QStringLiteral("PC-1")),
                 QByteArray("PC-1\n123"));
    }

    void pdfHoldsTheGroupedIidAndAQrThatDecodes()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("sheet.pdf"));
        QVERIFY(paper::ActivationSheet::writePdf(pdf, {item(false), item(true)}).ok());
        const QString text = actdesk::test::runTool(QStringLiteral(PDFTOTEXT), {pdf, QStringLiteral("-")});
        for (const char* group : {"2530374", "4040511", "6629205"})
            QVERIFY2(text.contains(QLatin1String(group)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("f520e45e-7413-4a34-a497-d2765967d094")));
        QVERIFY(text.contains(QStringLiteral("LAB-PC-07")));
        // Two pages; only the simulated one says so.
        const QString page1 = actdesk::test::runTool(QStringLiteral(PDFTOTEXT), {QStringLiteral("-f"), QStringLiteral("1"),
                                                              QStringLiteral("-l"), QStringLiteral("1"), pdf,
                                                              QStringLiteral("-")});
        const QString page2 = actdesk::test::runTool(QStringLiteral(PDFTOTEXT), {QStringLiteral("-f"), QStringLiteral("2"),
                                                              QStringLiteral("-l"), QStringLiteral("2"), pdf,
                                                              QStringLiteral("-")});
        QVERIFY(!page1.contains(QStringLiteral("Simulation")));
        QVERIFY(page2.contains(QStringLiteral("Simulation: for training only")));

        int code = -1;
        actdesk::test::runTool(QStringLiteral(PDFTOPPM), {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"),
                                       QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                       QStringLiteral("1"), pdf, m_dir.filePath(QStringLiteral("page"))},
            &code);
        QCOMPARE(code, 0);
        const QStringList pages = QDir(m_dir.path()).entryList({QStringLiteral("page*.png")});
        QCOMPARE(pages.size(), 1);
        QCOMPARE(decodeQr(m_dir.filePath(pages.first())), QStringLiteral("QR-Code:") + QString::fromLatin1(kIid));
    }

    // Issue 17, section 4: a machine named like a product key (a real machine's name, an old
    // state file) is masked on the sheet and in its QR code, like everywhere else.
    void aKeyShapedMachineNameIsMaskedOnTheSheetAndInTheQr()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("key-name.pdf"));
        paper::SheetItem keyNamed = item(false);
        keyNamed.machineName = QStringLiteral("BCDFG-HJKMP-QRTVW-XY234-6789B"); // HJKMP: in no partial key
        paper::SheetOptions withName;
        withName.machineNameInQr = true;
        QVERIFY(paper::ActivationSheet::writePdf(pdf, {keyNamed}, withName).ok());
        const QString text = test::pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("HJKMP")), qPrintable(text));
        int code = -1;
        test::runTool(QStringLiteral(PDFTOPPM), {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"), pdf,
                                           m_dir.filePath(QStringLiteral("keyname"))},
                &code);
        QCOMPARE(code, 0);
        const QStringList pages = QDir(m_dir.path()).entryList({QStringLiteral("keyname*.png")});
        QCOMPARE(pages.size(), 1);
        const QString qr = decodeQr(m_dir.filePath(pages.first()));
        QVERIFY2(qr.contains(QString::fromLatin1(kIid)) && !qr.contains(QStringLiteral("HJKMP")), qPrintable(qr));
    }

    void japaneseSheet()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/activationdesk_ja.qm")));
        QCoreApplication::installTranslator(&translator);
        const QString pdf = m_dir.filePath(QStringLiteral("sheet-ja.pdf"));
        QVERIFY(paper::ActivationSheet::writePdf(pdf, {item(false)}).ok());
        QCoreApplication::removeTranslator(&translator);
        const QString text = actdesk::test::runTool(QStringLiteral(PDFTOTEXT), {pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("インストール ID")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("確認 ID")));
    }

    void aFailedWriteNamesTheFileAndKeepsTheOldOne()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("keep.pdf"));
        QVERIFY(paper::ActivationSheet::writePdf(pdf, {item(false)}).ok());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        // The parent "directory" is a regular file: the write must fail, even as root.
        const QString impossible = pdf + QStringLiteral("/inside.pdf");
        auto r = paper::ActivationSheet::writePdf(impossible, {item(false)});
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(impossible));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void aStickThatFillsUpMidWriteKeepsTheOldSheet()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("full-stick.pdf"));
        QVERIFY(paper::ActivationSheet::writePdf(pdf, {item(false)}).ok());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        QVERIFY(before.size() > 2048);
        Result<void, QString> r;
        {
            // Room for part of the new sheet only, as on a nearly full stick.
            test::FileSizeLimit limit(1024);
            r = paper::ActivationSheet::writePdf(pdf, {item(false), item(true)});
        }
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(pdf), qPrintable(r.error()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("full-stick*")}, QDir::Files),
                 QStringList{QStringLiteral("full-stick.pdf")});
    }

    void cliQrRejectsATypoNamingTheGroup()
    {
        QString bad = QString::fromLatin1(kIid);
        bad[22] = QChar(u'0' + (bad[22].digitValue() + 1) % 10); // group 4 (digits 22..28)
        const auto r =
            actdesk::test::runActdesk(m_dir.path(), {QStringLiteral("qr"), bad, QStringLiteral("--png"),
                                                     m_dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Group 4")), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
    }

    void cliSheetFromASimulatedMachineDecodesToItsIid()
    {
        const QString state = m_dir.filePath(QStringLiteral("state"));
        auto cli = [&](QStringList args) {
            args << QStringLiteral("--state") << state;
            return actdesk::test::runActdesk(m_dir.path(), args);
        };
        QCOMPARE(cli({QStringLiteral("simulate"), QStringLiteral("init"), QStringLiteral("--os"),
                      QStringLiteral("win2012r2")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("install-key"), QString::fromLatin1(actdesk::test::kKeyA1)}).exitCode,
                 0);
        const QString iid = cli({QStringLiteral("iid"), QStringLiteral("server2012-esu-y1")}).out.trimmed();
        const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
        QCOMPARE(cli({QStringLiteral("sheet"), pdf}).exitCode, 0);
        actdesk::test::runTool(QStringLiteral(PDFTOPPM), {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"), pdf,
                                       m_dir.filePath(QStringLiteral("cli"))});
        const QStringList pages = QDir(m_dir.path()).entryList({QStringLiteral("cli*.png")});
        QCOMPARE(pages.size(), 1);
        QCOMPARE(decodeQr(m_dir.filePath(pages.first())), QStringLiteral("QR-Code:") + QString(iid).remove(u'-'));
        const QString text = actdesk::test::runTool(QStringLiteral(PDFTOTEXT), {pdf, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("Simulation: for training only")));
        QVERIFY(!text.contains(QStringLiteral("HJKMP")));

        // The same request carried on a stick: one sheet per pending item of a transfer file.
        const QString stick = m_dir.filePath(QStringLiteral("requests.actdesk"));
        QCOMPARE(cli({QStringLiteral("export"), stick}).exitCode, 0);
        const QString fromFile = m_dir.filePath(QStringLiteral("from-file.pdf"));
        QCOMPARE(cli({QStringLiteral("sheet"), fromFile, QStringLiteral("--from"), stick}).exitCode, 0);
        const QString fileText = actdesk::test::runTool(QStringLiteral(PDFTOTEXT), {fromFile, QStringLiteral("-")});
        for (const QString& group : iid.split(QLatin1Char('-')))
            QVERIFY2(fileText.contains(group), qPrintable(fileText));
        QVERIFY(fileText.contains(QStringLiteral("Windows Server 2012 / 2012 R2 ESU, Year 1")));

        // A damaged transfer file is refused with a message, and no PDF is written.
        QFile damaged(stick);
        QVERIFY(damaged.open(QIODevice::Append));
        damaged.write("garbage\n");
        damaged.close();
        const QString none = m_dir.filePath(QStringLiteral("none.pdf"));
        QCOMPARE(cli({QStringLiteral("sheet"), none, QStringLiteral("--from"), stick}).exitCode, 1);
        QVERIFY(!QFile::exists(none));
    }
};

QTEST_MAIN(PaperTest)
#include "test_paper.moc"
