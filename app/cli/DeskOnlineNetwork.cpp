// SPDX-License-Identifier: MIT
#include "DeskOnlineNetwork.h"

#include "online/OnlineJournal.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkProxy>

namespace actdesk::cli {

// --endpoint, --proxy, --ca-file, --limit: a usage error returns false with `code` set.
bool takeNetworkOptions(CliContext& ctx, NetworkOptions& options, int& code, bool withLimit)
{
    QString endpoint, proxy, caFile, limit;
    if (ctx.takeOption(QStringLiteral("--endpoint"), endpoint)) {
        const QUrl url(endpoint, QUrl::StrictMode);
        if (!online::acceptableEndpoint(url)) {
            code = ctx.usage(DeskOnlineText::tr("--endpoint must be an https address, or http to a loopback "
                                                "address (127.0.0.1, ::1, localhost)"));
            return false;
        }
        options.client.endpoint = url;
    }
    if (ctx.takeOption(QStringLiteral("--proxy"), proxy)) {
        const QUrl url(proxy, QUrl::StrictMode);
        const bool socks = url.scheme() == QLatin1String("socks5");
        if (!url.isValid() || url.host().isEmpty() || url.port() <= 0 ||
            (!socks && url.scheme() != QLatin1String("http")) || !url.userInfo().isEmpty()) {
            code = ctx.usage(
                DeskOnlineText::tr("--proxy must be http://HOST:PORT or socks5://HOST:PORT, without a "
                                   "user name (ACTDESK_PROXY_USER and ACTDESK_PROXY_PASSWORD give it)"));
            return false;
        }
        options.client.proxy = QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                                             url.host(), static_cast<quint16>(url.port()));
    }
    if (ctx.takeOption(QStringLiteral("--ca-file"), caFile)) {
        QFile f(caFile);
        const auto certificates =
            f.open(QIODevice::ReadOnly) ? QSslCertificate::fromData(f.readAll()) : QList<QSslCertificate>();
        if (certificates.isEmpty()) {
            code =
                ctx.usage(DeskOnlineText::tr("--ca-file must name a PEM file with at least one certificate"));
            return false;
        }
        options.client.extraCaCertificates = certificates;
    }
    if (withLimit && ctx.takeOption(QStringLiteral("--limit"), limit)) {
        bool ok = false;
        const int n = limit.toInt(&ok);
        if (!ok || n < 1 || n > 16) {
            code = ctx.usage(DeskOnlineText::tr("--limit must be a number from 1 to 16"));
            return false;
        }
        options.client.concurrency = n;
    }
    return true;
}

BatchOutcome runBatch(const online::ClientOptions& options, std::vector<online::OnlineRequest> requests)
{
    BatchOutcome outcome;
    online::OnlineClient client(options);
    QEventLoop loop;
    client.proxyCredentials = [](QString& user, QString& password) {
        user = qEnvironmentVariable("ACTDESK_PROXY_USER");
        password = qEnvironmentVariable("ACTDESK_PROXY_PASSWORD");
        return !user.isEmpty();
    };
    client.onFinished = [&](const online::OnlineResult& r) { outcome.results[r.tag] = r; };
    client.onStopped = [&](online::StopReason reason, const QString& detail) {
        outcome.stopped = {reason, detail};
    };
    client.onAllDone = [&] { loop.quit(); };
    client.start(std::move(requests));
    if (client.running())
        loop.exec();
    outcome.sent = client.sent();
    return outcome;
}

QString endpointText(const online::ClientOptions& options)
{
    return online::endpointText(options.endpoint);
}

} // namespace actdesk::cli
