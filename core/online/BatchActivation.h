// SPDX-License-Identifier: MIT
#pragma once

// Microsoft's BatchActivation web service (the one VAMT and ActivationWs use for MAK proxy
// activation): building and signing a request, reading a response. The wire format is
// described in docs/online-activation.md (and ids-transfer-esu.md section 2). XML is written
// with QXmlStreamWriter and read with QXmlStreamReader, never by string pasting or regular
// expressions. Qt Core only; no user sentences here (app/ and ui/ translate the error values).

#include "common/Result.h"
#include "ids/IdError.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace actdesk::online {

inline constexpr const char* kDefaultEndpoint =
    "https://activation.sls.microsoft.com/BatchActivation/BatchActivation.asmx";
inline constexpr const char* kSoapAction = "http://www.microsoft.com/BatchActivationService/BatchActivate";
inline constexpr const char* kSoapNs = "http://schemas.xmlsoap.org/soap/envelope/";
inline constexpr const char* kServiceNs = "http://www.microsoft.com/BatchActivationService";
inline constexpr const char* kRequestNs = "http://www.microsoft.com/DRM/SL/BatchActivationRequest/1.0";
inline constexpr const char* kResponseNs = "http://www.microsoft.com/DRM/SL/BatchActivationResponse/1.0";

// The largest response body the reader accepts (a real one is about 2 KB).
inline constexpr qsizetype kMaxResponseBytes = 1024 * 1024;

enum class RequestType
{
    ConfirmationId = 1,       // "give me the CID for this IID and extended PID"
    RemainingActivations = 2, // "how many activations does this MAK have left?"
};

struct SignedRequest
{
    QString innerXml;      // the ActivationRequest document, as signed
    QByteArray innerBytes; // innerXml as UTF-16LE, no byte order mark
    QByteArray digest;     // HMAC-SHA256 of innerBytes with the service's fixed key (32 bytes)
    QByteArray envelope;   // the whole SOAP 1.1 request body, UTF-8
};

// The inner request document. `installationIdDigits` is left out for RemainingActivations.
QString innerRequestXml(RequestType type, std::string_view extendedPid,
                        std::string_view installationIdDigits);
// `text` as UTF-16 little-endian bytes without a byte order mark, whatever the host.
QByteArray utf16le(const QString& text);
// HMAC-SHA256 of `bytes` with the service's fixed key.
QByteArray requestDigest(const QByteArray& bytes);
// The complete request body (UTF-8 with an XML declaration).
SignedRequest buildRequest(RequestType type, std::string_view extendedPid,
                           std::string_view installationIdDigits);

// The service's own error codes ("0x7F"), as the response carries them.
enum class ServiceErrorKind
{
    ActivationLimitReached, // 0x7F: the MAK has no activations left
    KeyBlocked,             // 0x67
    InvalidKey,             // 0x68
    WrongKeyType,           // 0x86
    CheckInstallationId,    // 0x90: the IID is not valid
    Other,                  // any other code: kept as it came
};
ServiceErrorKind serviceErrorKind(std::string_view code);
// "0x7F" -> 0x7F; 0 when the code is not a number.
std::uint32_t serviceErrorNumber(std::string_view code);

// What a well-formed response said.
struct ServiceAnswer
{
    enum class Kind
    {
        ConfirmationId,
        RemainingActivations,
        ServiceError,
    };
    Kind kind = Kind::ServiceError;
    std::string confirmationId; // 48 digits, every group's check digit verified
    long long remaining = 0;
    std::string errorCode; // as sent, e.g. "0x7F"
};

// Why a response could not be used.
struct ResponseError
{
    enum class Kind
    {
        TooLarge,              // more than kMaxResponseBytes
        Refused,               // a DTD or an entity reference: never processed
        NotXml,                // the SOAP document is not well-formed (or is truncated)
        NoPayload,             // no ResponseXml element
        PayloadNotXml,         // the ResponseXml text is not a well-formed document
        Unexpected,            // well-formed but not an answer to what was asked (detail says what)
        InvalidConfirmationId, // a CID that is not 48 digits or fails a group's check digit
    };
    Kind kind = Kind::NotXml;
    std::string detail; // technical context (the XML reader's message, the element missing)
    std::optional<ids::IdError> idError;
};

// Reads the body of an HTTP 200 answer to a request of `asked`.
Result<ServiceAnswer, ResponseError> readResponse(const QByteArray& body, RequestType asked);

// Stable names for the journal and --json: "too-large", "refused", ...
const char* responseErrorKey(ResponseError::Kind kind);

} // namespace actdesk::online
