// SPDX-License-Identifier: MIT
#include "online/BatchActivation.h"

#include "ids/ConfirmationId.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QStringEncoder>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <array>
#include <charconv>

namespace actdesk::online {

namespace {

// The service's fixed HMAC key: a constant of Microsoft's wire contract, the same in every
// client (VAMT, ActivationWs, mak-tool), not a secret of ours or of a customer. 32 bytes; HMAC
// pads it with zeros to the 64-byte block, as the clients that declare 64 bytes do.
constexpr std::array<unsigned char, 32> kMacKey = {
    0xfe, 0x31, 0x98, 0x75, 0xfb, 0x48, 0x84, 0x86, 0x9c, 0xf3, 0xf1, 0xce, 0x99, 0xa8, 0x90, 0x64,
    0xab, 0x57, 0x1f, 0xca, 0x47, 0x04, 0x50, 0x58, 0x30, 0x24, 0xe2, 0x14, 0x62, 0x87, 0x79, 0xa0,
};

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

ResponseError responseError(ResponseError::Kind kind, std::string detail = {})
{
    ResponseError e;
    e.kind = kind;
    e.detail = std::move(detail);
    return e;
}

// Reads one document, refusing DTDs and entity references; calls `onElement` for every start
// element (the reader is positioned on it). Returns the error of the first problem.
template <typename F>
std::optional<ResponseError> readDocument(QXmlStreamReader& reader, ResponseError::Kind notXml, F&& onElement)
{
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::DTD)
            return responseError(ResponseError::Kind::Refused, "a document type declaration (DTD)");
        if (token == QXmlStreamReader::EntityReference)
            return responseError(ResponseError::Kind::Refused,
                                 "an entity reference: " + reader.name().toString().toStdString());
        if (token == QXmlStreamReader::StartElement) {
            if (auto stop = onElement(reader))
                return stop;
        }
    }
    if (reader.hasError())
        return responseError(notXml, reader.errorString().toStdString() + " (line " +
                                         std::to_string(reader.lineNumber()) + ")");
    return std::nullopt;
}

} // namespace

QString innerRequestXml(RequestType type, std::string_view extendedPid, std::string_view installationIdDigits)
{
    QString xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(false);
    const QString ns = QString::fromLatin1(kRequestNs);
    w.writeDefaultNamespace(ns);
    w.writeStartElement(ns, QStringLiteral("ActivationRequest"));
    w.writeTextElement(ns, QStringLiteral("VersionNumber"), QStringLiteral("2.0"));
    w.writeTextElement(ns, QStringLiteral("RequestType"), QString::number(static_cast<int>(type)));
    w.writeStartElement(ns, QStringLiteral("Requests"));
    w.writeStartElement(ns, QStringLiteral("Request"));
    w.writeTextElement(ns, QStringLiteral("PID"), qs(extendedPid));
    if (type == RequestType::ConfirmationId)
        w.writeTextElement(ns, QStringLiteral("IID"), qs(installationIdDigits));
    w.writeEndElement(); // Request
    w.writeEndElement(); // Requests
    w.writeEndElement(); // ActivationRequest
    return xml;
}

QByteArray utf16le(const QString& text)
{
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::Stateless);
    return encoder.encode(text);
}

QByteArray requestDigest(const QByteArray& bytes)
{
    const QByteArray key(reinterpret_cast<const char*>(kMacKey.data()),
                         static_cast<qsizetype>(kMacKey.size()));
    return QMessageAuthenticationCode::hash(bytes, key, QCryptographicHash::Sha256);
}

SignedRequest buildRequest(RequestType type, std::string_view extendedPid,
                           std::string_view installationIdDigits)
{
    SignedRequest r;
    r.innerXml = innerRequestXml(type, extendedPid, installationIdDigits);
    r.innerBytes = utf16le(r.innerXml);
    r.digest = requestDigest(r.innerBytes);

    QBuffer out(&r.envelope);
    out.open(QIODevice::WriteOnly);
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(false);
    w.writeStartDocument();
    const QString soap = QString::fromLatin1(kSoapNs);
    const QString service = QString::fromLatin1(kServiceNs);
    w.writeNamespace(soap, QStringLiteral("soap"));
    w.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    w.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema"), QStringLiteral("xsd"));
    w.writeStartElement(soap, QStringLiteral("Envelope"));
    w.writeStartElement(soap, QStringLiteral("Body"));
    // Unqualified name, then the default namespace declared on it: <BatchActivate xmlns="...">.
    w.writeStartElement(QStringLiteral("BatchActivate"));
    w.writeDefaultNamespace(service);
    w.writeStartElement(service, QStringLiteral("request"));
    w.writeTextElement(service, QStringLiteral("Digest"), QString::fromLatin1(r.digest.toBase64()));
    w.writeTextElement(service, QStringLiteral("RequestXml"), QString::fromLatin1(r.innerBytes.toBase64()));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return r;
}

ServiceErrorKind serviceErrorKind(std::string_view code)
{
    switch (serviceErrorNumber(code)) {
    case 0x7F:
        return ServiceErrorKind::ActivationLimitReached;
    case 0x67:
        return ServiceErrorKind::KeyBlocked;
    case 0x68:
        return ServiceErrorKind::InvalidKey;
    case 0x86:
        return ServiceErrorKind::WrongKeyType;
    case 0x90:
        return ServiceErrorKind::CheckInstallationId;
    default:
        return ServiceErrorKind::Other;
    }
}

std::uint32_t serviceErrorNumber(std::string_view code)
{
    int base = 10;
    if (code.size() > 2 && code[0] == '0' && (code[1] == 'x' || code[1] == 'X')) {
        code.remove_prefix(2);
        base = 16;
    }
    std::uint32_t value = 0;
    const auto [end, ec] = std::from_chars(code.data(), code.data() + code.size(), value, base);
    if (ec != std::errc() || end != code.data() + code.size())
        return 0;
    return value;
}

Result<ServiceAnswer, ResponseError> readResponse(const QByteArray& body, RequestType asked)
{
    if (body.size() > kMaxResponseBytes)
        return fail(responseError(ResponseError::Kind::TooLarge, std::to_string(body.size()) + " bytes"));

    // The SOAP document: the first ResponseXml of the service's namespace, wherever it is
    // (the wrapper around it is not documented; the public clients search for it too).
    QXmlStreamReader outer(body);
    std::optional<QString> payload;
    auto problem = readDocument(outer, ResponseError::Kind::NotXml,
                                [&](QXmlStreamReader& r) -> std::optional<ResponseError> {
                                    if (payload || r.name() != QLatin1String("ResponseXml") ||
                                        r.namespaceUri() != QLatin1String(kServiceNs))
                                        return std::nullopt;
                                    payload = r.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
                                    return std::nullopt;
                                });
    if (problem)
        return fail(*problem);
    if (!payload)
        return fail(responseError(ResponseError::Kind::NoPayload, "no ResponseXml element"));

    // The inner document (its text may start with an XML declaration naming utf-16: it is a
    // string here already, so the declaration is only read, not obeyed).
    QXmlStreamReader inner(*payload);
    std::optional<QString> errorCode, responseType, cid, remaining;
    problem = readDocument(
        inner, ResponseError::Kind::PayloadNotXml, [&](QXmlStreamReader& r) -> std::optional<ResponseError> {
            if (r.namespaceUri() != QLatin1String(kResponseNs))
                return std::nullopt;
            const auto name = r.name();
            std::optional<QString>* slot = nullptr;
            if (name == QLatin1String("ErrorCode"))
                slot = &errorCode;
            else if (name == QLatin1String("ResponseType"))
                slot = &responseType;
            else if (name == QLatin1String("CID"))
                slot = &cid;
            else if (name == QLatin1String("ActivationRemaining"))
                slot = &remaining;
            if (slot && !*slot)
                *slot = r.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement).trimmed();
            return std::nullopt;
        });
    if (problem)
        return fail(*problem);

    ServiceAnswer answer;
    if (errorCode && !errorCode->isEmpty()) {
        answer.kind = ServiceAnswer::Kind::ServiceError;
        // Kept as sent (bounded, printable ASCII only: it ends up in a file and the journal).
        QString code = errorCode->left(32);
        for (QChar& c : code)
            if (c.unicode() < 0x21 || c.unicode() > 0x7e)
                c = QLatin1Char('?');
        answer.errorCode = code.toStdString();
        return answer;
    }
    if (!responseType)
        return fail(responseError(ResponseError::Kind::Unexpected, "no ResponseType element"));
    const QString expectedType = QString::number(static_cast<int>(asked));
    if (*responseType != expectedType)
        return fail(responseError(ResponseError::Kind::Unexpected,
                                  "ResponseType " + responseType->left(16).toStdString() + " where " +
                                      expectedType.toStdString() + " was asked"));
    if (asked == RequestType::ConfirmationId) {
        if (!cid || cid->isEmpty())
            return fail(responseError(ResponseError::Kind::Unexpected, "no CID element"));
        auto parsed = ids::ConfirmationId::parseAscii(cid->left(128).toStdString());
        if (!parsed) {
            auto e = responseError(ResponseError::Kind::InvalidConfirmationId);
            e.idError = parsed.error();
            return fail(e);
        }
        answer.kind = ServiceAnswer::Kind::ConfirmationId;
        answer.confirmationId = parsed->digits();
        return answer;
    }
    bool ok = false;
    const long long count = remaining ? remaining->toLongLong(&ok) : 0;
    if (!ok || count < 0)
        return fail(responseError(ResponseError::Kind::Unexpected, "no ActivationRemaining number"));
    answer.kind = ServiceAnswer::Kind::RemainingActivations;
    answer.remaining = count;
    return answer;
}

const char* responseErrorKey(ResponseError::Kind kind)
{
    switch (kind) {
    case ResponseError::Kind::TooLarge:
        return "too-large";
    case ResponseError::Kind::Refused:
        return "refused";
    case ResponseError::Kind::NotXml:
        return "not-xml";
    case ResponseError::Kind::NoPayload:
        return "no-payload";
    case ResponseError::Kind::PayloadNotXml:
        return "payload-not-xml";
    case ResponseError::Kind::Unexpected:
        return "unexpected";
    case ResponseError::Kind::InvalidConfirmationId:
        return "invalid-confirmation-id";
    }
    return "unexpected";
}

} // namespace actdesk::online
