// SPDX-License-Identifier: MIT
#pragma once

// A stand-in for Microsoft's BatchActivation service on 127.0.0.1, for tests and the
// benchmark (never a real endpoint). It checks what the real service would: the HTTP method,
// path and headers (SOAPAction), the SOAP envelope, the Base64 UTF-16LE inner request and its
// HMAC-SHA256 digest (with its own copy of the key, so a wrong key in the desk is caught), and
// the inner request's elements. It answers confirmation IDs from the simulated activation
// centre, remaining-activation counts, service error codes per extended PID or IID, and on
// request HTTP 500, HTTP 407 (as a proxy wanting credentials), slow, truncated, malformed or
// oversized answers. It counts what it was sent. Plain HTTP, or TLS with a given certificate.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <functional>
#include <map>
#include <memory>
#include <string>

class QTcpServer;
class QTcpSocket;

namespace actdesk::test {

struct FakeBehaviour
{
    std::map<std::string, std::string> errorForPid; // extended PID -> "0x7F"
    std::map<std::string, std::string> errorForIid; // IID digits -> "0x90"
    long long remaining = 25;                       // answer to RequestType 2
    int http500First = 0;                           // the first N requests get HTTP 500
    QByteArray proxyCredentials;                    // "user:password": act as a proxy wanting them
    int delayMs = 0;                                // every answer waits this long
    int delayFirst = 0;                             // ... only the first N answers (0: all)
    enum class Garble
    {
        None,
        Truncated, // the body stops half-way (Content-Length still says all of it)
        Malformed, // not well-formed XML
        Dtd,       // a DTD with an entity
        Huge,      // more than 1 MB
        BadCid,    // a CID with a wrong check digit
    };
    Garble garble = Garble::None;
};

struct FakeStats
{
    int requests = 0; // HTTP requests received (all)
    int confirmationRequests = 0;
    int remainingRequests = 0;
    QStringList rejected; // why a request was refused (empty when the desk sent only good ones)
    QStringList iids;     // the IIDs asked for, in order
    int waiting = 0;      // received and not answered yet
    int maxWaiting = 0;   // the most at once
};

class FakeBatchActivation : public QObject
{
  public:
    explicit FakeBatchActivation(FakeBehaviour behaviour = {}, QObject* parent = nullptr);
    ~FakeBatchActivation() override;

    // Listens on 127.0.0.1 (port 0: any free one). With a certificate and key: TLS.
    bool listen(quint16 port = 0, const QSslCertificate& certificate = QSslCertificate(),
                const QSslKey& key = QSslKey());
    quint16 port() const;
    QString endpoint() const; // http(s)://127.0.0.1:PORT/BatchActivation/BatchActivation.asmx

    FakeBehaviour& behaviour() { return m_behaviour; }
    const FakeStats& stats() const { return m_stats; }
    // Called after every request (the program writes its counts to a file).
    std::function<void()> onRequest;

    // The answer the fake would give to `envelope` (for the benchmark; counted like a request).
    QByteArray answerBytesFor(const QByteArray& envelope);

    // Total wall-clock time spent inside the handler (parsing, checking, answering), in ns.
    qint64 handlingNanoseconds() const { return m_handlingNs; }

  private:
    void onNewConnection();
    void onReadable(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const QByteArray& head, const QByteArray& body);
    QByteArray answerFor(const QByteArray& head, const QByteArray& body, int& status);
    void reply(QTcpSocket* socket, int status, const QByteArray& body, const QByteArray& extraHeaders = {});

    FakeBehaviour m_behaviour;
    FakeStats m_stats;
    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    std::map<QTcpSocket*, QByteArray> m_buffers;
    qint64 m_handlingNs = 0;
};

} // namespace actdesk::test
