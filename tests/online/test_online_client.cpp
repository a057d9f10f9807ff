// SPDX-License-Identifier: MIT
// The online client against the fake BatchActivation service on 127.0.0.1, in one process:
// answers, service errors, bounded retries on 5xx and time-outs only, unusable answers, a
// dead endpoint said once, at most N requests at once, a proxy wanting credentials, and TLS
// with a certificate made here (trusted explicitly, and refused when not).
#include "FakeBatchActivation.h"
#include "ids/InstallationId.h"
#include "licensing/SimulatedActivationCentre.h"
#include "online/OnlineClient.h"

#include <QEventLoop>
#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace actdesk;
using namespace actdesk::online;
using actdesk::test::FakeBatchActivation;
using actdesk::test::FakeBehaviour;

namespace {

constexpr const char* kPid = "03612-03305-317-008912-03-1033-9200.0000-0662023";

// Installation IDs that pass their check digits: the simulated machine's shape.
std::string iidNumber(int n)
{
    std::string digits =
        licensing::simulation::groupedDigitsFromSeed(0x1234 + static_cast<std::uint64_t>(n), 9, 7);
    return digits;
}

struct Run
{
    std::vector<OnlineResult> results;
    std::vector<std::pair<StopReason, QString>> stops;
    int sent = 0;
    bool done = false;
};

Run runClient(ClientOptions options, std::vector<OnlineRequest> requests,
              std::function<bool(QString&, QString&)> credentials = {})
{
    Run run;
    OnlineClient client(std::move(options));
    client.proxyCredentials = std::move(credentials);
    QEventLoop loop;
    client.onFinished = [&](const OnlineResult& r) { run.results.push_back(r); };
    client.onStopped = [&](StopReason reason, const QString& detail) {
        run.stops.emplace_back(reason, detail);
    };
    client.onAllDone = [&] {
        run.done = true;
        loop.quit();
    };
    QTimer guard; // a hang fails the test instead of blocking ctest
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(60000);
    client.start(std::move(requests));
    if (!run.done)
        loop.exec();
    run.sent = client.sent();
    return run;
}

ClientOptions fastOptions(const QString& endpoint)
{
    ClientOptions o;
    o.endpoint = QUrl(endpoint);
    o.firstBackoff = std::chrono::milliseconds(10);
    return o;
}

OnlineRequest cidRequest(int tag)
{
    return {tag, RequestType::ConfirmationId, kPid, iidNumber(tag)};
}

} // namespace

class OnlineClientTest : public QObject
{
    Q_OBJECT

  private Q_SLOTS:
    void aConfirmationIdComesFromTheSimulatedCentre()
    {
        FakeBatchActivation fake;
        QVERIFY(fake.listen());
        const Run run = runClient(fastOptions(fake.endpoint()), {cidRequest(1)});
        QVERIFY(run.done);
        QVERIFY2(fake.stats().rejected.isEmpty(), qPrintable(fake.stats().rejected.join(QLatin1Char('|'))));
        QCOMPARE(run.results.size(), std::size_t(1));
        const OnlineResult& r = run.results.front();
        QCOMPARE(r.kind, OnlineResult::Kind::Answered);
        QCOMPARE(r.answer.kind, ServiceAnswer::Kind::ConfirmationId);
        const auto iid = ids::InstallationId::parseAscii(iidNumber(1));
        QVERIFY(iid);
        QCOMPARE(r.answer.confirmationId,
                 licensing::SimulatedActivationCentre::confirmationIdFor(*iid).digits());
        QCOMPARE(fake.stats().iids, QStringList{QString::fromStdString(iidNumber(1))});
    }

    void theRemainingCountIsAsked()
    {
        FakeBehaviour b;
        b.remaining = 7;
        FakeBatchActivation fake(b);
        QVERIFY(fake.listen());
        const Run run =
            runClient(fastOptions(fake.endpoint()), {{0, RequestType::RemainingActivations, kPid, {}}});
        QVERIFY2(fake.stats().rejected.isEmpty(), qPrintable(fake.stats().rejected.join(QLatin1Char('|'))));
        QCOMPARE(fake.stats().remainingRequests, 1);
        QCOMPARE(run.results.front().answer.kind, ServiceAnswer::Kind::RemainingActivations);
        QCOMPARE(run.results.front().answer.remaining, 7LL);
    }

    void aServiceErrorFailsThatItemAloneAndIsNotRetried()
    {
        FakeBehaviour b;
        b.errorForIid[iidNumber(2)] = "0x7F";
        FakeBatchActivation fake(b);
        QVERIFY(fake.listen());
        const Run run =
            runClient(fastOptions(fake.endpoint()), {cidRequest(1), cidRequest(2), cidRequest(3)});
        QCOMPARE(run.results.size(), std::size_t(3));
        QCOMPARE(fake.stats().requests, 3);
        for (const auto& r : run.results) {
            QCOMPARE(r.kind, OnlineResult::Kind::Answered);
            QCOMPARE(r.answer.kind,
                     r.tag == 2 ? ServiceAnswer::Kind::ServiceError : ServiceAnswer::Kind::ConfirmationId);
        }
        auto failed =
            std::find_if(run.results.begin(), run.results.end(), [](const auto& r) { return r.tag == 2; });
        QCOMPARE(failed->answer.errorCode, std::string("0x7F"));
        QCOMPARE(failed->attempts, 1);
    }

    void http500IsRetriedAFewTimesThenGivenUp()
    {
        FakeBehaviour b;
        b.http500First = 2;
        FakeBatchActivation recovering(b);
        QVERIFY(recovering.listen());
        const Run ok = runClient(fastOptions(recovering.endpoint()), {cidRequest(1)});
        QCOMPARE(ok.results.front().kind, OnlineResult::Kind::Answered);
        QCOMPARE(ok.results.front().attempts, 3);
        QCOMPARE(recovering.stats().requests, 3);

        b.http500First = 1000;
        FakeBatchActivation broken(b);
        QVERIFY(broken.listen());
        const Run gaveUp = runClient(fastOptions(broken.endpoint()), {cidRequest(1)});
        QCOMPARE(gaveUp.results.front().kind, OnlineResult::Kind::HttpError);
        QCOMPARE(gaveUp.results.front().httpStatus, 500);
        QCOMPARE(broken.stats().requests, 3); // bounded: maxAttempts
    }

    void a407IsNeverRetriedAndStopsTheBatchOnce()
    {
        // The fake acting as a proxy, reached as if it were the endpoint: HTTP 407 straight back.
        FakeBehaviour b;
        b.proxyCredentials = "user:secret";
        FakeBatchActivation fake(b);
        QVERIFY(fake.listen());
        ClientOptions o = fastOptions(fake.endpoint());
        o.concurrency = 1;
        const Run run = runClient(o, {cidRequest(1), cidRequest(2)});
        QCOMPARE(fake.stats().requests, 1);
        QCOMPARE(run.results.size(), std::size_t(2));
        QCOMPARE(run.stops.size(), std::size_t(1));
        QCOMPARE(run.stops.front().first, StopReason::ProxyAuthentication);
    }

    void aSlowAnswerTimesOutAndTheRetryGetsIt()
    {
        FakeBehaviour b;
        b.delayMs = 5000;
        b.delayFirst = 1;
        FakeBatchActivation fake(b);
        QVERIFY(fake.listen());
        ClientOptions o = fastOptions(fake.endpoint());
        o.timeout = std::chrono::milliseconds(300);
        const Run run = runClient(o, {cidRequest(1)});
        QCOMPARE(run.results.front().kind, OnlineResult::Kind::Answered);
        QCOMPARE(run.results.front().attempts, 2);
        QCOMPARE(fake.stats().requests, 2);
    }

    void unusableAnswersAreRefused_data()
    {
        QTest::addColumn<int>("garble");
        QTest::addColumn<int>("expected");
        using G = FakeBehaviour::Garble;
        using K = ResponseError::Kind;
        QTest::newRow("truncated") << int(G::Truncated) << int(K::NotXml);
        QTest::newRow("malformed") << int(G::Malformed) << int(K::NotXml);
        QTest::newRow("dtd") << int(G::Dtd) << int(K::Refused);
        QTest::newRow("huge") << int(G::Huge) << int(K::TooLarge);
        QTest::newRow("bad-cid") << int(G::BadCid) << int(K::InvalidConfirmationId);
    }
    void unusableAnswersAreRefused()
    {
        QFETCH(int, garble);
        QFETCH(int, expected);
        FakeBehaviour b;
        b.garble = static_cast<FakeBehaviour::Garble>(garble);
        FakeBatchActivation fake(b);
        QVERIFY(fake.listen());
        const Run run = runClient(fastOptions(fake.endpoint()), {cidRequest(1)});
        QCOMPARE(run.results.size(), std::size_t(1));
        const OnlineResult& r = run.results.front();
        QCOMPARE(r.kind, OnlineResult::Kind::BadResponse);
        QCOMPARE(int(r.responseError.kind), expected);
        QCOMPARE(fake.stats().requests, 1); // an unusable answer is not asked again
    }

    void aDeadEndpointIsSaidOnceAndNothingMoreIsSent()
    {
        QTcpServer probe; // a port that was free a moment ago and is closed now
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        ClientOptions o =
            fastOptions(QStringLiteral("http://127.0.0.1:%1/BatchActivation/BatchActivation.asmx").arg(port));
        o.concurrency = 1;
        std::vector<OnlineRequest> five;
        for (int i = 0; i < 5; ++i)
            five.push_back(cidRequest(i));
        const Run run = runClient(o, five);
        QCOMPARE(run.stops.size(), std::size_t(1));
        QCOMPARE(run.stops.front().first, StopReason::NoConnection);
        QCOMPARE(run.results.size(), std::size_t(5));
        for (const auto& r : run.results)
            QCOMPARE(r.kind, OnlineResult::Kind::NotSent);
        QCOMPARE(run.sent, 1);
    }

    void atMostNRequestsAreInFlight()
    {
        FakeBehaviour b;
        b.delayMs = 100;
        FakeBatchActivation fake(b);
        QVERIFY(fake.listen());
        ClientOptions o = fastOptions(fake.endpoint());
        o.concurrency = 2;
        std::vector<OnlineRequest> many;
        for (int i = 0; i < 8; ++i)
            many.push_back(cidRequest(i));
        const Run run = runClient(o, many);
        QCOMPARE(run.results.size(), std::size_t(8));
        QCOMPARE(fake.stats().requests, 8);
        QCOMPARE(fake.stats().maxWaiting, 2);
    }

    void cancelKeepsWhatFinished()
    {
        FakeBehaviour b;
        b.delayMs = 200;
        FakeBatchActivation fake(b);
        QVERIFY(fake.listen());
        ClientOptions o = fastOptions(fake.endpoint());
        o.concurrency = 1;
        OnlineClient client(o);
        std::vector<OnlineResult> results;
        QEventLoop loop;
        client.onFinished = [&](const OnlineResult& r) {
            results.push_back(r);
            if (results.size() == 1)
                client.cancel();
        };
        client.onAllDone = [&] { loop.quit(); };
        client.start({cidRequest(1), cidRequest(2), cidRequest(3)});
        loop.exec();
        QCOMPARE(results.size(), std::size_t(3));
        QCOMPARE(results[0].kind, OnlineResult::Kind::Answered);
        QCOMPARE(results[1].kind, OnlineResult::Kind::NotSent);
        QCOMPARE(results[2].kind, OnlineResult::Kind::NotSent);
        QCOMPARE(fake.stats().requests, 1);
    }

    void cancelWithSeveralInFlightAbortsThemAll()
    {
        FakeBehaviour b;
        b.delayMs = 30000; // never answered before the cancel
        FakeBatchActivation fake(b);
        QVERIFY(fake.listen());
        ClientOptions o = fastOptions(fake.endpoint());
        o.concurrency = 2;
        OnlineClient client(o);
        std::vector<OnlineResult> results;
        QEventLoop loop;
        fake.onRequest = [&] {
            if (fake.stats().requests == 2)
                client.cancel(); // both requests are in flight now
        };
        client.onFinished = [&](const OnlineResult& r) { results.push_back(r); };
        client.onAllDone = [&] { loop.quit(); };
        client.start({cidRequest(1), cidRequest(2), cidRequest(3)});
        if (client.running())
            loop.exec();
        QCOMPARE(results.size(), std::size_t(3));
        for (const auto& r : results) {
            QCOMPARE(r.kind, OnlineResult::Kind::NotSent);
            QCOMPARE(r.stopReason, StopReason::Cancelled);
        }
        QCOMPARE(fake.stats().requests, 2);
        QVERIFY(!client.running());
    }

    void aProxyWantingCredentialsGetsThemFromTheCallback()
    {
        FakeBehaviour b;
        b.proxyCredentials = "desk:s3cret";
        FakeBatchActivation proxy(b);
        QVERIFY(proxy.listen());
        ClientOptions o =
            fastOptions(QStringLiteral("http://127.0.0.1:9/BatchActivation/BatchActivation.asmx"));
        o.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port());
        int asked = 0;
        const Run run = runClient(o, {cidRequest(1), cidRequest(2)}, [&](QString& user, QString& password) {
            ++asked;
            user = QStringLiteral("desk");
            password = QStringLiteral("s3cret");
            return true;
        });
        QVERIFY2(proxy.stats().rejected.isEmpty(), qPrintable(proxy.stats().rejected.join(QLatin1Char('|'))));
        QCOMPARE(run.stops.size(), std::size_t(0));
        QCOMPARE(asked, 1);
        for (const auto& r : run.results)
            QCOMPARE(r.answer.kind, ServiceAnswer::Kind::ConfirmationId);

        // No credentials: said once, nothing more sent.
        FakeBatchActivation strict(b);
        QVERIFY(strict.listen());
        o.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), strict.port());
        o.concurrency = 1;
        const Run refused = runClient(o, {cidRequest(1), cidRequest(2), cidRequest(3)});
        QCOMPARE(refused.stops.size(), std::size_t(1));
        QCOMPARE(refused.stops.front().first, StopReason::ProxyAuthentication);
        QCOMPARE(strict.stats().requests, 1);
    }

#ifndef Q_OS_WIN // the certificate is made with the openssl program (see CMakeLists.txt)
    void tlsWithACertificateMadeHere()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend here (Debian: the OpenSSL plugin of libqt6network6)");
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        QVERIFY2(!openssl.isEmpty(),
                 "openssl is needed to make the test certificate (scripts/install-deps.sh)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess p;
        p.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                          QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                          QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                          QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                          QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QFile cf(cert), kf(key);
        QVERIFY(cf.open(QIODevice::ReadOnly) && kf.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(cf.readAll());
        const QSslKey privateKey(kf.readAll(), QSsl::Rsa);
        QVERIFY(!certificate.isNull() && !privateKey.isNull());

        FakeBatchActivation fake;
        QVERIFY(fake.listen(0, certificate, privateKey));
        QVERIFY(fake.endpoint().startsWith(QLatin1String("https://")));

        // Not trusted: the handshake fails, said once, nothing answered.
        const Run untrusted = runClient(fastOptions(fake.endpoint()), {cidRequest(1), cidRequest(2)});
        QCOMPARE(untrusted.stops.size(), std::size_t(1));
        QCOMPARE(untrusted.stops.front().first, StopReason::Certificate);
        QCOMPARE(fake.stats().requests, 0);

        ClientOptions trusted = fastOptions(fake.endpoint());
        trusted.extraCaCertificates = {certificate};
        const Run run = runClient(trusted, {cidRequest(1)});
        QCOMPARE(run.stops.size(), std::size_t(0));
        QCOMPARE(run.results.front().answer.kind, ServiceAnswer::Kind::ConfirmationId);
        QVERIFY2(fake.stats().rejected.isEmpty(), qPrintable(fake.stats().rejected.join(QLatin1Char('|'))));
    }
#endif

    void endpointsAreHttpsOrLoopbackHttp()
    {
        QVERIFY(acceptableEndpoint(QUrl(QString::fromLatin1(kDefaultEndpoint))));
        QVERIFY(acceptableEndpoint(QUrl(QStringLiteral("https://mirror.example/BatchActivation.asmx"))));
        QVERIFY(acceptableEndpoint(QUrl(QStringLiteral("http://127.0.0.1:8080/x"))));
        QVERIFY(acceptableEndpoint(QUrl(QStringLiteral("http://[::1]:8080/x"))));
        QVERIFY(acceptableEndpoint(QUrl(QStringLiteral("http://localhost/x"))));
        QVERIFY(!acceptableEndpoint(QUrl(QStringLiteral("http://mirror.example/x"))));
        QVERIFY(!acceptableEndpoint(QUrl(QStringLiteral("http://10.0.0.1/x"))));
        QVERIFY(!acceptableEndpoint(QUrl(QStringLiteral("ftp://127.0.0.1/x"))));
        QVERIFY(!acceptableEndpoint(QUrl(QStringLiteral("https://user:pw@mirror.example/x"))));
        QVERIFY(isMicrosoftEndpoint(QUrl(QString::fromLatin1(kDefaultEndpoint))));
        QVERIFY(!isMicrosoftEndpoint(QUrl(QStringLiteral("https://notmicrosoft.com/x"))));
        QCOMPARE(keyPartOfExtendedPid(kPid), std::string("03612-03305-317-008912"));
        QCOMPARE(keyPartOfExtendedPid("12345"), std::string());
    }
};

QTEST_GUILESS_MAIN(OnlineClientTest)
#include "test_online_client.moc"
