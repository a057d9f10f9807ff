// SPDX-License-Identifier: MIT
// English and Japanese ship complete: every message in the sources is in both catalogues,
// every Japanese message is translated, and placeholders survive translation.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    bool numerus = false;
};

QList<Message> readTs(const QString& path)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, {},
                              xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                QString forms;
                while (xml.readNextStartElement())
                    forms += xml.readElementText();
                current.translation = forms;
            } else {
                current.translation = xml.readElementText();
            }
            out << current;
        }
    }
    return out;
}

QSet<QString> placeholders(const QString& text)
{
    QSet<QString> found;
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    auto it = re.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured(0));
    return found;
}

QString key(const Message& m)
{
    return m.context + QLatin1Char('\x1f') + m.source;
}

QSet<QString> liveKeys(const QList<Message>& messages)
{
    QSet<QString> keys;
    for (const auto& m : messages)
        if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"))
            keys.insert(key(m));
    return keys;
}

} // namespace

class TranslationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void japaneseIsCompleteAndKeepsPlaceholders()
    {
        const auto messages = readTs(QStringLiteral(ACTDESK_TS_DIR "/activationdesk_ja.ts"));
        QVERIFY(messages.size() > 100);
        for (const auto& m : messages) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue;
            QVERIFY2(m.type != QLatin1String("unfinished") && !m.translation.trimmed().isEmpty(),
                     qPrintable(QStringLiteral("untranslated [%1] %2").arg(m.context, m.source)));
            QVERIFY2(placeholders(m.source) == placeholders(m.translation),
                     qPrintable(QStringLiteral("placeholders differ [%1] %2 -> %3")
                                    .arg(m.context, m.source, m.translation)));
        }
    }

    // One Japanese term for the activation centre everywhere (step 4, the menu, Help, the Desk
    // and Call-centre tabs, the command line): ライセンス認証窓口, never ...センター.
    void japaneseNamesTheActivationCentreOneWay()
    {
        for (const auto& m : readTs(QStringLiteral(ACTDESK_TS_DIR "/activationdesk_ja.ts"))) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue;
            QVERIFY2(!m.translation.contains(QStringLiteral("センター")),
                     qPrintable(QStringLiteral("[%1] %2").arg(m.context, m.translation)));
        }
    }

    void englishAndJapaneseHoldTheSameMessages()
    {
        const auto en = liveKeys(readTs(QStringLiteral(ACTDESK_TS_DIR "/activationdesk_en.ts")));
        const auto ja = liveKeys(readTs(QStringLiteral(ACTDESK_TS_DIR "/activationdesk_ja.ts")));
        QCOMPARE(en, ja);
    }

    void catalogueMatchesTheSources()
    {
        // Run lupdate over today's sources into a scratch file: every string the code can
        // show must already be in the shipped catalogue (else it would appear in English).
        QTemporaryDir dir;
        const QString scratch = dir.filePath(QStringLiteral("scratch_ja.ts"));
        QFile::copy(QStringLiteral(ACTDESK_TS_DIR "/activationdesk_ja.ts"), scratch);
        QFile::setPermissions(scratch, QFile::ReadOwner | QFile::WriteOwner);
        const auto before = liveKeys(readTs(scratch));
        QProcess lupdate;
        lupdate.start(QStringLiteral(ACTDESK_LUPDATE),
                      {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-ui-lines"),
                       QStringLiteral("@" ACTDESK_TR_SOURCE_LIST), QStringLiteral("-ts"), scratch});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const auto after = liveKeys(readTs(scratch));
        const auto added = after - before;
        QVERIFY2(added.isEmpty(), qPrintable(QStringLiteral("strings missing from the catalogue (run "
                                                            "scripts/update-translations.sh): ") +
                                             QStringList(added.values()).join(QStringLiteral(" | "))));
    }
};

QTEST_GUILESS_MAIN(TranslationTest)
#include "test_translations.moc"
