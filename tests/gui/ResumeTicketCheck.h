// SPDX-License-Identifier: MIT
#pragma once
// The hand-over of "Restart as administrator", checked the same way on Linux (a stand-in
// seal) and under Wine (DPAPI): the key never in clear in the file, opened again, read once.

#include "ResumeTicket.h"

#include <QFile>
#include <QTest>

namespace actdesk::testing {

inline void checkResumeTicketRoundTrip(const QString& directory, const QString& key, const app::gui::KeySeal& seal)
{
    QString error;
    const auto path = app::gui::ResumeTicket::write(directory, {QStringLiteral("win10-esu-y1"), key}, seal, error);
    QVERIFY2(path, qPrintable(error));
    QFile file(*path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    QVERIFY(!bytes.contains(key.toUtf8()));
    QVERIFY(!bytes.contains(key.right(5).toUtf8()));

    const auto reading = app::gui::ResumeTicket::take(*path, seal, error);
    QVERIFY2(reading, qPrintable(error));
    QCOMPARE(reading->resume.program, QStringLiteral("win10-esu-y1"));
    QCOMPARE(reading->resume.typedKey, key);
    QVERIFY(!reading->keyLost);
    QVERIFY2(!QFile::exists(*path), "the ticket outlives its one start");
    QVERIFY(!app::gui::ResumeTicket::take(*path, seal, error));
}

} // namespace actdesk::testing
