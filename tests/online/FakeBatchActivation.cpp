// SPDX-License-Identifier: MIT
#include "FakeBatchActivation.h"

#include "ids/InstallationId.h"
#include "licensing/SimulatedActivationCentre.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QMessageAuthenticationCode>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QStringDecoder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <algorithm>

namespace actdesk::test {

namespace {

// The service's key, written out independently of core/online so that a wrong key there
// shows up as a refused digest here.
const QByteArray kKey =
    QByteArray::fromHex("fe319875fb4884869cf3f1ce99a89064ab571fca470450583024e214628779a0");
const QString kSoap = QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/");
const QString kService = QStringLiteral("http://www.microsoft.com/BatchActivationService");
const QString kReq = QStringLiteral("http://www.microsoft.com/DRM/SL/BatchActivationRequest/1.0");
const QString kResp = QStringLiteral("http://www.microsoft.com/DRM/SL/BatchActivationResponse/1.0");

QByteArray header(const QByteArray& head, const QByteArray& name)
{
    for (const QByteArray& line : head.split('\n')) {
        const int colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

struct Inner
{
    QString version, type, pid, iid;
    int requests = 0;
    QString problem;
};

Inner readInner(const QString& xml)
{
    Inner in;
    QXmlStreamReader r(xml);
    QStringList path;
    while (!r.atEnd()) {
        const auto t = r.readNext();
        if (t == QXmlStreamReader::DTD ||
            (t == QXmlStreamReader::StartDocument && !r.documentVersion().isEmpty())) {
            in.problem = QStringLiteral("inner request has a DTD or an XML declaration");
            return in;
        }
        if (t == QXmlStreamReader::StartElement) {
            if (r.namespaceUri() != kReq) {
                in.problem = QStringLiteral("inner element %1 outside the request namespace").arg(r.name());
                return in;
            }
            path << r.name().toString();
            const QString p = path.join(QLatin1Char('/'));
            if (p == QLatin1String("ActivationRequest/VersionNumber"))
                in.version = r.readElementText();
            else if (p == QLatin1String("ActivationRequest/RequestType"))
                in.type = r.readElementText();
            else if (p == QLatin1String("ActivationRequest/Requests/Request"))
                ++in.requests;
            else if (p == QLatin1String("ActivationRequest/Requests/Request/PID"))
                in.pid = r.readElementText();
            else if (p == QLatin1String("ActivationRequest/Requests/Request/IID"))
                in.iid = r.readElementText();
            else if (p != QLatin1String("ActivationRequest") &&
                     p != QLatin1String("ActivationRequest/Requests")) {
                in.problem = QStringLiteral("unexpected inner element %1").arg(p);
                return in;
            }
            if (r.tokenType() == QXmlStreamReader::EndElement)
                path.removeLast();
        } else if (t == QXmlStreamReader::EndElement) {
            path.removeLast();
        }
    }
    if (r.hasError())
        in.problem = QStringLiteral("inner request is not well-formed: %1").arg(r.errorString());
    return in;
}

QString innerResponse(const QString& type, const QString& pid, const QString& field, const QString& value,
                      const QString& errorCode)
{
    QString xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument(); // "<?xml version="1.0" encoding="UTF-16"?>" as a string: as the service might
    w.writeDefaultNamespace(kResp);
    w.writeStartElement(kResp, QStringLiteral("ActivationResponse"));
    w.writeTextElement(kResp, QStringLiteral("VersionNumber"), QStringLiteral("2.0"));
    w.writeTextElement(kResp, QStringLiteral("ResponseType"), type);
    w.writeStartElement(kResp, QStringLiteral("Responses"));
    w.writeStartElement(kResp, QStringLiteral("Response"));
    w.writeTextElement(kResp, QStringLiteral("PID"), pid);
    if (!errorCode.isEmpty()) {
        w.writeStartElement(kResp, QStringLiteral("ErrorInfo"));
        w.writeTextElement(kResp, QStringLiteral("ErrorCode"), errorCode);
        w.writeEndElement();
    } else {
        w.writeTextElement(kResp, field, value);
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

QByteArray soapResponse(const QString& inner)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter w(&buffer);
    w.writeStartDocument();
    w.writeNamespace(kSoap, QStringLiteral("soap"));
    w.writeStartElement(kSoap, QStringLiteral("Envelope"));
    w.writeStartElement(kSoap, QStringLiteral("Body"));
    w.writeDefaultNamespace(kService);
    w.writeStartElement(kService, QStringLiteral("BatchActivateResponse"));
    w.writeStartElement(kService, QStringLiteral("BatchActivateResult"));
    w.writeTextElement(kService, QStringLiteral("ResponseXml"), inner); // escaped as text
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace

FakeBatchActivation::FakeBatchActivation(FakeBehaviour behaviour, QObject* parent)
    : QObject(parent), m_behaviour(std::move(behaviour))
{
}

FakeBatchActivation::~FakeBatchActivation()
{
    // The server deletes its sockets; they must not call back into a half-destroyed fake.
    for (auto& entry : m_buffers)
        QObject::disconnect(entry.first, nullptr, this, nullptr);
    m_server.reset();
}

bool FakeBatchActivation::listen(quint16 port, const QSslCertificate& certificate, const QSslKey& key)
{
    if (!certificate.isNull()) {
        auto server = std::make_unique<QSslServer>();
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        server->setSslConfiguration(tls);
        m_server = std::move(server);
        m_tls = true;
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] { onNewConnection(); });
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 FakeBatchActivation::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString FakeBatchActivation::endpoint() const
{
    return QStringLiteral("%1://127.0.0.1:%2/BatchActivation/BatchActivation.asmx")
        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(port());
}

void FakeBatchActivation::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        m_buffers[socket] = {};
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.erase(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadable(socket);
    }
}

void FakeBatchActivation::onReadable(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        const qsizetype length = header(head, "Content-Length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        const QByteArray body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        handle(socket, head, body);
    }
}

void FakeBatchActivation::handle(QTcpSocket* socket, const QByteArray& head, const QByteArray& body)
{
    QElapsedTimer timer;
    timer.start();
    ++m_stats.requests;
    m_stats.maxWaiting = std::max(m_stats.maxWaiting, ++m_stats.waiting);
    const int number = m_stats.requests;
    int status = 200;
    QByteArray extra;
    QByteArray answer;
    if (!m_behaviour.proxyCredentials.isEmpty() &&
        header(head, "Proxy-Authorization") != "Basic " + m_behaviour.proxyCredentials.toBase64()) {
        status = 407;
        extra = "Proxy-Authenticate: Basic realm=\"fake proxy\"\r\n";
        answer = "proxy authentication required";
    } else if (number <= m_behaviour.http500First) {
        status = 500;
        answer = "<html><body>Runtime Error (fake)</body></html>";
    } else {
        answer = answerFor(head, body, status);
    }
    m_handlingNs += timer.nsecsElapsed();
    if (onRequest)
        onRequest();
    const bool delayed =
        m_behaviour.delayMs > 0 && (m_behaviour.delayFirst == 0 || number <= m_behaviour.delayFirst);
    if (!delayed) {
        reply(socket, status, answer, extra);
        return;
    }
    QPointer<QTcpSocket> guarded(socket);
    QTimer::singleShot(m_behaviour.delayMs, this, [this, guarded, status, answer, extra] {
        if (guarded)
            reply(guarded, status, answer, extra);
    });
}

QByteArray FakeBatchActivation::answerFor(const QByteArray& head, const QByteArray& body, int& status)
{
    auto reject = [&](const QString& why) {
        m_stats.rejected << why;
        status = 400;
        return why.toUtf8();
    };
    const QByteArray requestLine = head.left(head.indexOf('\r'));
    const bool viaProxy = !m_behaviour.proxyCredentials.isEmpty();
    if (!requestLine.startsWith("POST ") || !requestLine.contains("/BatchActivation/BatchActivation.asmx ") ||
        (!viaProxy && !requestLine.startsWith("POST /BatchActivation/")))
        return reject(QStringLiteral("request line: %1").arg(QString::fromLatin1(requestLine)));
    if (header(head, "SOAPAction") != "http://www.microsoft.com/BatchActivationService/BatchActivate")
        return reject(QStringLiteral("SOAPAction: %1").arg(QString::fromLatin1(header(head, "SOAPAction"))));
    const QByteArray contentType = header(head, "Content-Type");
    if (!contentType.startsWith("text/xml") || !contentType.contains("utf-8"))
        return reject(QStringLiteral("Content-Type: %1").arg(QString::fromLatin1(contentType)));
    if (!body.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        return reject(QStringLiteral("the envelope has no UTF-8 XML declaration"));

    // The envelope: Envelope/Body/BatchActivate/request/{Digest,RequestXml}.
    QXmlStreamReader r(body);
    QStringList path;
    QString digest, requestXml;
    while (!r.atEnd()) {
        const auto t = r.readNext();
        if (t == QXmlStreamReader::DTD)
            return reject(QStringLiteral("DTD in the envelope"));
        if (t == QXmlStreamReader::StartElement) {
            const QString expectedNs = path.size() < 2 ? kSoap : kService;
            if (r.namespaceUri() != expectedNs)
                return reject(QStringLiteral("%1 in namespace %2").arg(r.name(), r.namespaceUri()));
            path << r.name().toString();
            const QString p = path.join(QLatin1Char('/'));
            if (p == QLatin1String("Envelope/Body/BatchActivate/request/Digest")) {
                digest = r.readElementText();
                path.removeLast();
            } else if (p == QLatin1String("Envelope/Body/BatchActivate/request/RequestXml")) {
                requestXml = r.readElementText();
                path.removeLast();
            } else if (p != QLatin1String("Envelope") && p != QLatin1String("Envelope/Body") &&
                       p != QLatin1String("Envelope/Body/BatchActivate") &&
                       p != QLatin1String("Envelope/Body/BatchActivate/request")) {
                return reject(QStringLiteral("unexpected element %1").arg(p));
            }
        } else if (t == QXmlStreamReader::EndElement) {
            path.removeLast();
        }
    }
    if (r.hasError())
        return reject(QStringLiteral("envelope not well-formed: %1").arg(r.errorString()));
    const auto innerDecoded =
        QByteArray::fromBase64Encoding(requestXml.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto digestDecoded =
        QByteArray::fromBase64Encoding(digest.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray* innerBytes = &innerDecoded.decoded;
    const QByteArray* digestBytes = &digestDecoded.decoded;
    if (!innerDecoded || !digestDecoded || innerBytes->isEmpty() || innerBytes->size() % 2 != 0)
        return reject(QStringLiteral("Digest or RequestXml is not Base64 of UTF-16"));
    if (*digestBytes != QMessageAuthenticationCode::hash(*innerBytes, kKey, QCryptographicHash::Sha256))
        return reject(QStringLiteral("the digest does not match the request"));
    if (innerBytes->startsWith("\xff\xfe"))
        return reject(QStringLiteral("the inner request has a byte order mark"));
    QStringDecoder utf16(QStringConverter::Utf16LE);
    const QString innerXml = utf16.decode(*innerBytes);
    const Inner in = readInner(innerXml);
    if (!in.problem.isEmpty())
        return reject(in.problem);
    if (in.version != QLatin1String("2.0") || in.requests != 1 || in.pid.isEmpty())
        return reject(QStringLiteral("inner request: version %1, %2 requests, PID \"%3\"")
                          .arg(in.version)
                          .arg(in.requests)
                          .arg(in.pid));

    const std::string pid = in.pid.toStdString();
    QString error;
    if (auto it = m_behaviour.errorForPid.find(pid); it != m_behaviour.errorForPid.end())
        error = QString::fromStdString(it->second);
    if (in.type == QLatin1String("2")) {
        ++m_stats.remainingRequests;
        if (!in.iid.isEmpty())
            return reject(QStringLiteral("an IID in a RequestType 2 request"));
        return soapResponse(innerResponse(QStringLiteral("2"), in.pid, QStringLiteral("ActivationRemaining"),
                                          QString::number(m_behaviour.remaining), error));
    }
    if (in.type != QLatin1String("1"))
        return reject(QStringLiteral("RequestType %1").arg(in.type));
    ++m_stats.confirmationRequests;
    m_stats.iids << in.iid;
    for (QChar c : in.iid)
        if (!c.isDigit())
            return reject(QStringLiteral("the IID is not digits only: %1").arg(in.iid));
    if (auto it = m_behaviour.errorForIid.find(in.iid.toStdString()); it != m_behaviour.errorForIid.end())
        error = QString::fromStdString(it->second);
    auto iid = ids::InstallationId::parseAscii(in.iid.toStdString());
    if (!iid && error.isEmpty())
        error = QStringLiteral("0x90");
    QString cid;
    if (iid)
        cid = QString::fromStdString(
            licensing::SimulatedActivationCentre::confirmationIdFor(iid.value()).digits());
    switch (m_behaviour.garble) {
    case FakeBehaviour::Garble::None:
        break;
    case FakeBehaviour::Garble::Truncated: {
        QByteArray whole =
            soapResponse(innerResponse(QStringLiteral("1"), in.pid, QStringLiteral("CID"), cid, error));
        return whole.left(whole.size() / 2);
    }
    case FakeBehaviour::Garble::Malformed:
        return QByteArrayLiteral("<?xml version=\"1.0\"?><soap:Envelope><oops></soap:Envelope>");
    case FakeBehaviour::Garble::Dtd:
        return QByteArrayLiteral(
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"0x7F\">]>"
            "<x "
            "xmlns=\"http://www.microsoft.com/BatchActivationService\"><ResponseXml>&e;</ResponseXml></x>");
    case FakeBehaviour::Garble::Huge:
        return soapResponse(QString(1100 * 1024, QLatin1Char(' ')) +
                            innerResponse(QStringLiteral("1"), in.pid, QStringLiteral("CID"), cid, error));
    case FakeBehaviour::Garble::BadCid:
        if (!cid.isEmpty())
            cid[5] = QLatin1Char(cid[5] == QLatin1Char('0') ? '1' : '0');
        break;
    }
    return soapResponse(innerResponse(QStringLiteral("1"), in.pid, QStringLiteral("CID"), cid, error));
}

QByteArray FakeBatchActivation::answerBytesFor(const QByteArray& envelope)
{
    int status = 200;
    const QByteArray head = "POST /BatchActivation/BatchActivation.asmx HTTP/1.1\r\n"
                            "SOAPAction: http://www.microsoft.com/BatchActivationService/BatchActivate\r\n"
                            "Content-Type: text/xml; charset=\"utf-8\"";
    return answerFor(head, envelope, status);
}

void FakeBatchActivation::reply(QTcpSocket* socket, int status, const QByteArray& body,
                                const QByteArray& extraHeaders)
{
    --m_stats.waiting;
    static const std::map<int, QByteArray> reasons = {{200, "OK"},
                                                      {400, "Bad Request"},
                                                      {407, "Proxy Authentication Required"},
                                                      {500, "Internal Server Error"}};
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasons.at(status) + "\r\n";
    out += status == 200 ? "Content-Type: text/xml; charset=utf-8\r\n" : "Content-Type: text/html\r\n";
    qsizetype length = body.size();
    if (m_behaviour.garble == FakeBehaviour::Garble::Truncated && status == 200)
        length = body.size() * 2; // claims the whole of it, then closes
    out += "Content-Length: " + QByteArray::number(length) + "\r\n" + extraHeaders + "\r\n" + body;
    socket->write(out);
    if (length != body.size()) {
        socket->flush();
        socket->disconnectFromHost();
    }
}

} // namespace actdesk::test
