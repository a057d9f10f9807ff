// SPDX-License-Identifier: MIT
// fake-batch-activation: FakeBatchActivation as a program, for the command-line tests, the
// Windows tests and the benchmark. Prints "listening on PORT" when ready; with --count-file
// it rewrites that file (JSON) after every request.
//   fake-batch-activation [--port N] [--tls CERT.pem KEY.pem] [--error-pid PID=CODE]...
//       [--error-iid IID=CODE]... [--remaining N] [--http500-first N] [--proxy-auth USER:PASS]
//       [--delay-ms N] [--garble truncated|malformed|dtd|huge|bad-cid] [--count-file FILE]
#include "FakeBatchActivation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <cstdio>

using actdesk::test::FakeBatchActivation;
using actdesk::test::FakeBehaviour;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    FakeBehaviour behaviour;
    quint16 port = 0;
    QString certFile, keyFile, countFile;
    auto take = [&args](int i) { return i < args.size() ? args.at(i) : QString(); };
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        if (a == QLatin1String("--port")) {
            port = static_cast<quint16>(take(++i).toUInt());
        } else if (a == QLatin1String("--tls")) {
            certFile = take(++i);
            keyFile = take(++i);
        } else if (a == QLatin1String("--error-pid") || a == QLatin1String("--error-iid")) {
            const QStringList kv = take(++i).split(QLatin1Char('='));
            if (kv.size() != 2)
                return 2;
            (a == QLatin1String("--error-pid") ? behaviour.errorForPid
                                               : behaviour.errorForIid)[kv[0].toStdString()] =
                kv[1].toStdString();
        } else if (a == QLatin1String("--remaining")) {
            behaviour.remaining = take(++i).toLongLong();
        } else if (a == QLatin1String("--http500-first")) {
            behaviour.http500First = take(++i).toInt();
        } else if (a == QLatin1String("--proxy-auth")) {
            behaviour.proxyCredentials = take(++i).toUtf8();
        } else if (a == QLatin1String("--delay-ms")) {
            behaviour.delayMs = take(++i).toInt();
        } else if (a == QLatin1String("--garble")) {
            const QString g = take(++i);
            using G = FakeBehaviour::Garble;
            behaviour.garble = g == QLatin1String("truncated")   ? G::Truncated
                               : g == QLatin1String("malformed") ? G::Malformed
                               : g == QLatin1String("dtd")       ? G::Dtd
                               : g == QLatin1String("huge")      ? G::Huge
                               : g == QLatin1String("bad-cid")   ? G::BadCid
                                                                 : G::None;
        } else if (a == QLatin1String("--count-file")) {
            countFile = take(++i);
        } else {
            std::fprintf(stderr, "fake-batch-activation: unknown argument %s\n", qPrintable(a));
            return 2;
        }
    }
    FakeBatchActivation fake(behaviour);
    QSslCertificate cert;
    QSslKey key;
    if (!certFile.isEmpty()) {
        QFile c(certFile), k(keyFile);
        if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
            return 3;
        cert = QSslCertificate(c.readAll());
        key = QSslKey(k.readAll(), QSsl::Rsa);
    }
    auto writeCounts = [&] {
        if (countFile.isEmpty())
            return;
        QJsonObject o;
        o.insert(QStringLiteral("requests"), fake.stats().requests);
        o.insert(QStringLiteral("confirmationRequests"), fake.stats().confirmationRequests);
        o.insert(QStringLiteral("remainingRequests"), fake.stats().remainingRequests);
        o.insert(QStringLiteral("rejected"), QJsonArray::fromStringList(fake.stats().rejected));
        o.insert(QStringLiteral("iids"), QJsonArray::fromStringList(fake.stats().iids));
        o.insert(QStringLiteral("handlingNs"), fake.handlingNanoseconds());
        QSaveFile f(countFile);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
            f.commit();
        }
    };
    fake.onRequest = writeCounts;
    if (!fake.listen(port, cert, key)) {
        std::fprintf(stderr, "fake-batch-activation: cannot listen\n");
        return 3;
    }
    writeCounts();
    std::printf("listening on %u\n", static_cast<unsigned>(fake.port()));
    std::fflush(stdout);
    return app.exec();
}
