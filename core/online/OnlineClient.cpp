// SPDX-License-Identifier: MIT
#include "online/OnlineClient.h"

#include <QAuthenticator>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <algorithm>

namespace actdesk::online {

namespace {

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// The system's proxy for each request, except that a loopback endpoint is always reached
// directly (a test service or a local mirror).
class SystemProxyFactory final : public QNetworkProxyFactory
{
  public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
    {
        if (isLoopbackHost(query.peerHostName()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return systemProxyForQuery(query);
    }
};

bool isConnectionFailure(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        return true;
    default:
        return false;
    }
}

} // namespace

bool acceptableEndpoint(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") && isLoopbackHost(url.host());
}

bool isMicrosoftEndpoint(const QUrl& url)
{
    const QString host = url.host().toLower();
    return host == QLatin1String("microsoft.com") || host.endsWith(QLatin1String(".microsoft.com"));
}

std::string keyPartOfExtendedPid(std::string_view extendedPid)
{
    std::size_t at = 0;
    for (int field = 0; field < 4; ++field) {
        const std::size_t dash = extendedPid.find('-', at);
        if (dash == std::string_view::npos)
            return field == 3 && at < extendedPid.size() ? std::string(extendedPid) : std::string();
        at = dash + 1;
    }
    return std::string(extendedPid.substr(0, at - 1));
}

struct OnlineClient::InFlight
{
    OnlineRequest request;
    int attempt = 1;
    QPointer<QNetworkReply> reply;
    std::unique_ptr<QTimer> timer;
    bool timedOut = false;
    bool tooLarge = false;
};

OnlineClient::OnlineClient(ClientOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_manager(std::make_unique<QNetworkAccessManager>())
{
    m_options.concurrency = std::max(1, m_options.concurrency);
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
    if (m_options.proxy)
        m_manager->setProxy(*m_options.proxy);
    else
        m_manager->setProxyFactory(new SystemProxyFactory); // the manager owns it
    m_manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    QObject::connect(m_manager.get(), &QNetworkAccessManager::proxyAuthenticationRequired, this,
                     [this](const QNetworkProxy&, QAuthenticator* authenticator) {
                         if (!m_credentialsAsked) {
                             m_credentialsAsked = true;
                             if (!proxyCredentials || !proxyCredentials(m_proxyUser, m_proxyPassword)) {
                                 m_proxyUser.clear();
                                 m_proxyPassword.clear();
                             }
                         }
                         // Leaving the authenticator empty makes the reply fail with 407.
                         if (!m_proxyUser.isEmpty()) {
                             authenticator->setUser(m_proxyUser);
                             authenticator->setPassword(m_proxyPassword);
                         }
                     });
}

OnlineClient::~OnlineClient()
{
    onFinished = nullptr;
    onStopped = nullptr;
    onAllDone = nullptr;
    // Aborting emits finished at once: no call back into a client being destroyed.
    for (auto& flight : m_inFlight)
        if (flight->reply) {
            QObject::disconnect(flight->reply.data(), nullptr, this, nullptr);
            flight->reply->abort();
        }
}

void OnlineClient::start(std::vector<OnlineRequest> requests)
{
    if (m_running)
        return;
    m_running = true;
    m_stopped = false;
    m_credentialsAsked = false;
    m_proxyUser.clear();
    m_proxyPassword.clear();
    m_queue.assign(std::make_move_iterator(requests.begin()), std::make_move_iterator(requests.end()));
    pump();
    finishIfDone();
}

void OnlineClient::cancel()
{
    if (!m_running)
        return;
    stop(StopReason::Cancelled, {});
    // abort() finishes a reply at once, which takes it out of m_inFlight: walk a copy.
    std::vector<QPointer<QNetworkReply>> replies;
    for (auto& flight : m_inFlight)
        replies.push_back(flight->reply);
    for (auto& reply : replies)
        if (reply)
            reply->abort();
}

void OnlineClient::pump()
{
    while (!m_stopped && !m_queue.empty() &&
           static_cast<int>(m_inFlight.size()) + m_waitingRetries < m_options.concurrency) {
        OnlineRequest next = std::move(m_queue.front());
        m_queue.pop_front();
        if (onStarted)
            onStarted(next.tag);
        if (m_stopped) { // cancelled from onStarted
            OnlineResult notSent;
            notSent.tag = next.tag;
            notSent.stopReason = StopReason::Cancelled;
            complete(std::move(notSent));
            break;
        }
        send(std::move(next), 1);
    }
}

void OnlineClient::send(OnlineRequest request, int attempt)
{
    const SignedRequest signedRequest =
        buildRequest(request.type, request.extendedPid, request.installationId);
    QNetworkRequest http(m_options.endpoint);
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/xml; charset=\"utf-8\""));
    http.setRawHeader("Accept", "text/xml");
    http.setRawHeader("SOAPAction", kSoapAction);
    http.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    http.setTransferTimeout(0); // our own timer below: the whole exchange, not just silence
    if (!m_options.extraCaCertificates.isEmpty() && m_options.endpoint.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_options.extraCaCertificates);
        http.setSslConfiguration(tls);
    }

    auto flight = std::make_unique<InFlight>();
    InFlight* f = flight.get();
    f->request = std::move(request);
    f->attempt = attempt;
    f->reply = m_manager->post(http, signedRequest.envelope);
    ++m_sent;
    f->timer = std::make_unique<QTimer>();
    f->timer->setSingleShot(true);
    QObject::connect(f->timer.get(), &QTimer::timeout, this, [f] {
        f->timedOut = true;
        if (f->reply)
            f->reply->abort();
    });
    f->timer->start(m_options.timeout);
    QObject::connect(f->reply.data(), &QNetworkReply::downloadProgress, this,
                     [f](qint64 received, qint64 total) {
                         if ((received > kMaxResponseBytes || total > kMaxResponseBytes) && !f->tooLarge) {
                             f->tooLarge = true;
                             if (f->reply)
                                 f->reply->abort();
                         }
                     });
    QObject::connect(f->reply.data(), &QNetworkReply::finished, this, [this, f] { finishReply(f); });
    m_inFlight.push_back(std::move(flight));
}

void OnlineClient::finishReply(InFlight* f)
{
    auto it = std::find_if(m_inFlight.begin(), m_inFlight.end(), [f](const auto& p) { return p.get() == f; });
    if (it == m_inFlight.end())
        return;
    std::unique_ptr<InFlight> flight = std::move(*it);
    m_inFlight.erase(it);
    flight->timer->stop();
    QNetworkReply* reply = flight->reply.data();
    if (reply)
        reply->deleteLater();

    OnlineResult result;
    result.tag = flight->request.tag;
    result.attempts = flight->attempt;
    const auto error = reply ? reply->error() : QNetworkReply::OperationCanceledError;
    result.httpStatus = reply ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    result.detail = reply ? reply->errorString() : QString();

    bool retry = false;
    if (flight->tooLarge) {
        result.kind = OnlineResult::Kind::BadResponse;
        result.responseError.kind = ResponseError::Kind::TooLarge;
        result.responseError.detail = "more than 1 MB";
    } else if (flight->timedOut) {
        result.kind = OnlineResult::Kind::TimedOut;
        retry = true;
    } else if (m_stopped && error == QNetworkReply::OperationCanceledError) {
        result.kind = OnlineResult::Kind::NotSent;
        result.stopReason = StopReason::Cancelled;
    } else if (error == QNetworkReply::ProxyAuthenticationRequiredError || result.httpStatus == 407) {
        result.kind = OnlineResult::Kind::NotSent;
        result.stopReason = StopReason::ProxyAuthentication;
        stop(StopReason::ProxyAuthentication, result.detail);
    } else if (error == QNetworkReply::SslHandshakeFailedError) {
        result.kind = OnlineResult::Kind::NotSent;
        result.stopReason = StopReason::Certificate;
        stop(StopReason::Certificate, result.detail);
    } else if (result.httpStatus == 0 && isConnectionFailure(error)) {
        result.kind = OnlineResult::Kind::NotSent;
        result.stopReason = StopReason::NoConnection;
        stop(StopReason::NoConnection, result.detail);
    } else if (result.httpStatus == 200) {
        const QByteArray body = reply->read(kMaxResponseBytes + 1);
        auto read = readResponse(body, flight->request.type);
        if (read) {
            result.kind = OnlineResult::Kind::Answered;
            result.answer = read.value();
        } else {
            result.kind = OnlineResult::Kind::BadResponse;
            result.responseError = read.error();
        }
    } else {
        result.kind = OnlineResult::Kind::HttpError;
        // An ASP.NET fault is HTTP 500 too; 5xx is worth another try, 4xx is not.
        retry = result.httpStatus >= 500 && result.httpStatus <= 599;
    }

    if (retry && !m_stopped && flight->attempt < m_options.maxAttempts) {
        const auto delay = m_options.firstBackoff * (1LL << (flight->attempt - 1));
        ++m_waitingRetries;
        OnlineRequest again = flight->request;
        const int nextAttempt = flight->attempt + 1;
        QTimer::singleShot(delay, this, [this, again = std::move(again), nextAttempt]() mutable {
            --m_waitingRetries;
            if (m_stopped) {
                OnlineResult notSent;
                notSent.tag = again.tag;
                notSent.kind = OnlineResult::Kind::NotSent;
                notSent.stopReason = StopReason::Cancelled;
                notSent.attempts = nextAttempt - 1;
                complete(std::move(notSent));
                finishIfDone();
                return;
            }
            send(std::move(again), nextAttempt);
        });
        return;
    }
    complete(std::move(result));
    pump();
    finishIfDone();
}

void OnlineClient::complete(OnlineResult result)
{
    if (onFinished)
        onFinished(result);
}

void OnlineClient::stop(StopReason reason, const QString& detail)
{
    if (m_stopped)
        return;
    m_stopped = true;
    if (onStopped)
        onStopped(reason, detail);
    // What was never sent: said once by onStopped, each item still gets its result.
    while (!m_queue.empty()) {
        OnlineResult notSent;
        notSent.tag = m_queue.front().tag;
        notSent.kind = OnlineResult::Kind::NotSent;
        notSent.stopReason = reason;
        m_queue.pop_front();
        complete(std::move(notSent));
    }
}

void OnlineClient::finishIfDone()
{
    if (!m_running || !m_inFlight.empty() || m_waitingRetries > 0 || (!m_queue.empty() && !m_stopped))
        return;
    m_running = false;
    if (onAllDone)
        onAllDone();
}

} // namespace actdesk::online
