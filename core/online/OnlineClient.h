// SPDX-License-Identifier: MIT
#pragma once

// Sends BatchActivation requests (BatchActivation.h) over HTTPS with QNetworkAccessManager:
// the system proxy unless one is given, proxy authentication from a callback (never
// stored), a timeout per request, bounded retries with exponential backoff on time-outs and
// HTTP 5xx only, and at most `concurrency` requests at once. When the network itself is
// unusable (no route, name not found, connection refused, the proxy refuses or wants
// credentials nobody gave, the certificate is refused) the batch stops: what is queued is
// not sent, and onStopped says why, once.
//
// Runs on the thread's event loop; callbacks run there too. No user sentences here.

#include "online/BatchActivation.h"

#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace actdesk::online {

struct OnlineRequest
{
    int tag = 0; // the caller's index, given back with the result
    RequestType type = RequestType::ConfirmationId;
    std::string extendedPid;
    std::string installationId; // digits; empty for RemainingActivations
};

// Why a batch stopped before its end.
enum class StopReason
{
    NoConnection,        // no route, host not found, connection refused or reset
    ProxyAuthentication, // the proxy wants credentials (407) and none, or wrong ones, were given
    Certificate,         // the TLS handshake failed: the server's certificate was not trusted
    Cancelled,           // cancel()
};

struct OnlineResult
{
    enum class Kind
    {
        Answered,    // the service answered: see `answer` (a CID, a count or a service error)
        BadResponse, // HTTP 200 but not a usable answer: see `responseError`
        HttpError,   // another HTTP status (after the retries, for 5xx)
        TimedOut,    // no complete answer within the time-out (after the retries)
        NotSent,     // the batch stopped (see StopReason) before this request was answered
    };
    int tag = 0;
    Kind kind = Kind::NotSent;
    ServiceAnswer answer;
    ResponseError responseError;
    int httpStatus = 0;
    StopReason stopReason = StopReason::NoConnection; // NotSent only
    QString detail;                                   // technical: Qt's network error text and the like
    int attempts = 0;                                 // how many times it was sent
};

struct ClientOptions
{
    QUrl endpoint = QUrl(QString::fromLatin1(kDefaultEndpoint));
    std::optional<QNetworkProxy> proxy; // none: the system's proxy settings
    int concurrency = 4;
    std::chrono::milliseconds timeout{30000};
    int maxAttempts = 3;                          // sends per request, counting the first
    std::chrono::milliseconds firstBackoff{2000}; // then doubled for each retry
    QList<QSslCertificate> extraCaCertificates;   // a private mirror's own CA (and the tests')
};

// Whether `url` may be used as an endpoint: https, or http to a loopback address only.
bool acceptableEndpoint(const QUrl& url);
// Whether `url` is Microsoft's own service (any host under microsoft.com): simulated machines'
// requests are never sent there.
bool isMicrosoftEndpoint(const QUrl& url);
// The part of an extended PID that names the product key (MPC, key group, serial: the first four
// dash-separated fields), so that one remaining-activations question covers every machine with
// the same MAK. Empty when the PID has fewer fields.
std::string keyPartOfExtendedPid(std::string_view extendedPid);

class OnlineClient : public QObject
{
  public:
    explicit OnlineClient(ClientOptions options, QObject* parent = nullptr);
    ~OnlineClient() override;

    // Asked for proxy credentials when a proxy answers 407; returns false when there are none.
    // Asked at most once per batch; the answer is kept only in memory until the batch ends.
    std::function<bool(QString& user, QString& password)> proxyCredentials;
    std::function<void(int tag)> onStarted;
    std::function<void(const OnlineResult&)> onFinished;              // once per request, in completion order
    std::function<void(StopReason, const QString& detail)> onStopped; // at most once per batch
    std::function<void()> onAllDone;

    // Starts a batch (one at a time).
    void start(std::vector<OnlineRequest> requests);
    // Stops: what is in flight is aborted, nothing more is sent; answers already received stay.
    void cancel();
    bool running() const { return m_running; }
    // How many HTTP requests were sent, retries included.
    int sent() const { return m_sent; }

  private:
    struct InFlight;
    void pump();
    void send(OnlineRequest request, int attempt);
    void finishReply(InFlight* flight);
    void complete(OnlineResult result);
    void stop(StopReason reason, const QString& detail);
    void finishIfDone();

    ClientOptions m_options;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::deque<OnlineRequest> m_queue;
    std::vector<std::unique_ptr<InFlight>> m_inFlight;
    int m_waitingRetries = 0;
    bool m_running = false;
    bool m_stopped = false;
    bool m_credentialsAsked = false;
    QString m_proxyUser;
    QString m_proxyPassword;
    int m_sent = 0;
};

} // namespace actdesk::online
