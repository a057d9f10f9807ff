// SPDX-License-Identifier: MIT
// The BatchActivation protocol without a network: the exact bytes and digest of one signed
// request (golden), and the response reader's answers and refusals.
#include "ids/ConfirmationId.h"
#include "online/BatchActivation.h"

#include <QStringDecoder>
#include <QXmlStreamWriter>
#include <gtest/gtest.h>

using namespace actdesk;
using namespace actdesk::online;

namespace {

// A real extended PID and IID published in ActivationWs issue #18 (ids-transfer-esu 3.3).
constexpr const char* kPid = "03612-03305-317-008912-02-1033-9200.0000-0662023";
constexpr const char* kIid = "253037440405119108201413961093786848722385303726677949056629205";

const QString kExpectedInner =
    QStringLiteral("<ActivationRequest xmlns=\"http://www.microsoft.com/DRM/SL/BatchActivationRequest/1.0\">"
                   "<VersionNumber>2.0</VersionNumber><RequestType>1</RequestType><Requests><Request>"
                   "<PID>03612-03305-317-008912-02-1033-9200.0000-0662023</PID>"
                   "<IID>253037440405119108201413961093786848722385303726677949056629205</IID>"
                   "</Request></Requests></ActivationRequest>");

// Computed once with Python's hmac module over the UTF-16LE bytes of kExpectedInner, with the
// key from ActivationWs (an implementation independent of Qt's).
constexpr const char* kExpectedDigestBase64 = "cs4iPcM8WV2uPER4jsy0YDJJwHYVxSs5KiXy2b/qHZw=";

QByteArray response(const QString& inner)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/"), QStringLiteral("soap"));
    w.writeStartElement(QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/"),
                        QStringLiteral("Envelope"));
    w.writeStartElement(QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/"), QStringLiteral("Body"));
    w.writeDefaultNamespace(QString::fromLatin1(kServiceNs));
    w.writeStartElement(QString::fromLatin1(kServiceNs), QStringLiteral("BatchActivateResponse"));
    w.writeStartElement(QString::fromLatin1(kServiceNs), QStringLiteral("BatchActivateResult"));
    w.writeTextElement(QString::fromLatin1(kServiceNs), QStringLiteral("ResponseXml"), inner);
    w.writeEndDocument();
    return out;
}

QString inner(const QString& responseType, const QString& payload)
{
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"utf-16\"?>"
               "<ActivationResponse xmlns=\"http://www.microsoft.com/DRM/SL/BatchActivationResponse/1.0\">"
               "<VersionNumber>2.0</VersionNumber><ResponseType>%1</ResponseType><Responses><Response>"
               "<PID>x</PID>%2</Response></Responses></ActivationResponse>")
        .arg(responseType, payload);
}

// A CID whose eight groups pass their check digits (the simulated centre's shape).
std::string goodCid()
{
    std::string digits;
    for (int g = 0; g < 8; ++g) {
        const std::string data = std::to_string(10000 + g * 1111);
        int sum = 0;
        for (int i = 0; i < 5; ++i)
            sum += (data[i] - '0') * (i % 2 ? 2 : 1);
        digits += data + char('0' + sum % 7);
    }
    return digits;
}

} // namespace

TEST(OnlineProtocol, TheSignedRequestIsExactlyTheGoldenBytes)
{
    const SignedRequest r = buildRequest(RequestType::ConfirmationId, kPid, kIid);
    EXPECT_EQ(r.innerXml, kExpectedInner);
    // UTF-16LE, no byte order mark: 'A', 0 first.
    ASSERT_EQ(r.innerBytes.size(), kExpectedInner.size() * 2);
    EXPECT_EQ(r.innerBytes.left(4), QByteArray("<\0A\0", 4));
    EXPECT_EQ(QStringDecoder(QStringConverter::Utf16LE).decode(r.innerBytes), kExpectedInner);
    EXPECT_EQ(r.digest.toBase64(), QByteArray(kExpectedDigestBase64));

    const QByteArray expectedEnvelope =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">"
        "<soap:Body><BatchActivate xmlns=\"http://www.microsoft.com/BatchActivationService\"><request>"
        "<Digest>" +
        QByteArray(kExpectedDigestBase64) +
        "</Digest>"
        "<RequestXml>" +
        r.innerBytes.toBase64() +
        "</RequestXml>"
        "</request></BatchActivate></soap:Body></soap:Envelope>\n"; // QXmlStreamWriter ends with a newline
    EXPECT_EQ(r.envelope.toStdString(), expectedEnvelope.toStdString());
}

TEST(OnlineProtocol, ARemainingRequestCarriesNoIid)
{
    const SignedRequest r = buildRequest(RequestType::RemainingActivations, kPid, kIid);
    EXPECT_TRUE(r.innerXml.contains(QLatin1String("<RequestType>2</RequestType>")));
    EXPECT_FALSE(r.innerXml.contains(QLatin1String("IID")));
    EXPECT_EQ(r.digest, requestDigest(r.innerBytes));
}

TEST(OnlineProtocol, MarkupInThePidIsEscapedNotInjected)
{
    const SignedRequest r = buildRequest(RequestType::RemainingActivations, "1</PID><IID>2", "");
    EXPECT_TRUE(r.innerXml.contains(QLatin1String("<PID>1&lt;/PID&gt;&lt;IID&gt;2</PID>")));
}

TEST(OnlineProtocol, AConfirmationIdIsReadAndChecked)
{
    const std::string cid = goodCid();
    ASSERT_TRUE(ids::ConfirmationId::parseAscii(cid));
    auto read =
        readResponse(response(inner(QStringLiteral("1"),
                                    QStringLiteral("<CID>%1</CID>").arg(QString::fromStdString(cid)))),
                     RequestType::ConfirmationId);
    ASSERT_TRUE(read) << read.error().detail;
    EXPECT_EQ(read->kind, ServiceAnswer::Kind::ConfirmationId);
    EXPECT_EQ(read->confirmationId, cid);
}

TEST(OnlineProtocol, ACidWithAWrongCheckDigitIsRefusedNamingTheGroup)
{
    std::string cid = goodCid();
    cid[12 + 2] = cid[12 + 2] == '0' ? '1' : '0'; // group C
    auto read =
        readResponse(response(inner(QStringLiteral("1"),
                                    QStringLiteral("<CID>%1</CID>").arg(QString::fromStdString(cid)))),
                     RequestType::ConfirmationId);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().kind, ResponseError::Kind::InvalidConfirmationId);
    ASSERT_TRUE(read.error().idError);
    EXPECT_EQ(read.error().idError->badGroups, std::vector<int>{2});
}

TEST(OnlineProtocol, ACidOfTheWrongLengthIsRefused)
{
    auto read = readResponse(response(inner(QStringLiteral("1"), QStringLiteral("<CID>123456</CID>"))),
                             RequestType::ConfirmationId);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().kind, ResponseError::Kind::InvalidConfirmationId);
}

TEST(OnlineProtocol, ServiceErrorCodesAreKeptAndClassified)
{
    auto read =
        readResponse(response(inner(QStringLiteral("1"),
                                    QStringLiteral("<ErrorInfo><ErrorCode>0x7F</ErrorCode></ErrorInfo>"))),
                     RequestType::ConfirmationId);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->kind, ServiceAnswer::Kind::ServiceError);
    EXPECT_EQ(read->errorCode, "0x7F");
    EXPECT_EQ(serviceErrorKind("0x7F"), ServiceErrorKind::ActivationLimitReached);
    EXPECT_EQ(serviceErrorKind("0x67"), ServiceErrorKind::KeyBlocked);
    EXPECT_EQ(serviceErrorKind("0x68"), ServiceErrorKind::InvalidKey);
    EXPECT_EQ(serviceErrorKind("0x86"), ServiceErrorKind::WrongKeyType);
    EXPECT_EQ(serviceErrorKind("0x90"), ServiceErrorKind::CheckInstallationId);
    EXPECT_EQ(serviceErrorKind("0x71"), ServiceErrorKind::Other);
    EXPECT_EQ(serviceErrorKind("0x80004003"), ServiceErrorKind::Other);
    EXPECT_EQ(serviceErrorNumber("0x80004003"), 0x80004003u);
    EXPECT_EQ(serviceErrorNumber("junk"), 0u);
}

TEST(OnlineProtocol, TheRemainingCountIsRead)
{
    auto read = readResponse(
        response(inner(QStringLiteral("2"), QStringLiteral("<ActivationRemaining>42</ActivationRemaining>"))),
        RequestType::RemainingActivations);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->kind, ServiceAnswer::Kind::RemainingActivations);
    EXPECT_EQ(read->remaining, 42);
}

TEST(OnlineProtocol, AnAnswerToAnotherQuestionIsRefused)
{
    auto read = readResponse(
        response(inner(QStringLiteral("2"), QStringLiteral("<ActivationRemaining>42</ActivationRemaining>"))),
        RequestType::ConfirmationId);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().kind, ResponseError::Kind::Unexpected);
}

TEST(OnlineProtocol, DtdsAndEntitiesAreRefused)
{
    auto outer = readResponse("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"0x7F\">]><x/>",
                              RequestType::ConfirmationId);
    ASSERT_FALSE(outer);
    EXPECT_EQ(outer.error().kind, ResponseError::Kind::Refused);
    // A DTD inside the payload (escaped in the SOAP text) is refused as well.
    auto nested = readResponse(response(QStringLiteral("<!DOCTYPE a [<!ENTITY b \"c\">]><a>&b;</a>")),
                               RequestType::ConfirmationId);
    ASSERT_FALSE(nested);
    EXPECT_EQ(nested.error().kind, ResponseError::Kind::Refused);
}

TEST(OnlineProtocol, BodiesOverOneMegabyteAreRefusedUnread)
{
    QByteArray big = response(
        inner(QStringLiteral("1"), QStringLiteral("<CID>%1</CID>").arg(QString::fromStdString(goodCid()))));
    big.append(QByteArray(kMaxResponseBytes, ' '));
    auto read = readResponse(big, RequestType::ConfirmationId);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().kind, ResponseError::Kind::TooLarge);
}

TEST(OnlineProtocol, TruncatedMalformedAndEmptyAnswersAreRefused)
{
    const QByteArray whole = response(
        inner(QStringLiteral("1"), QStringLiteral("<CID>%1</CID>").arg(QString::fromStdString(goodCid()))));
    auto truncated = readResponse(whole.left(whole.size() / 2), RequestType::ConfirmationId);
    ASSERT_FALSE(truncated);
    EXPECT_EQ(truncated.error().kind, ResponseError::Kind::NotXml);
    auto empty = readResponse(QByteArray(), RequestType::ConfirmationId);
    ASSERT_FALSE(empty);
    auto noPayload =
        readResponse("<a xmlns=\"urn:x\"><ResponseXml>1</ResponseXml></a>", RequestType::ConfirmationId);
    ASSERT_FALSE(noPayload);
    EXPECT_EQ(noPayload.error().kind, ResponseError::Kind::NoPayload);
    auto badInner = readResponse(response(QStringLiteral("<a><b></a>")), RequestType::ConfirmationId);
    ASSERT_FALSE(badInner);
    EXPECT_EQ(badInner.error().kind, ResponseError::Kind::PayloadNotXml);
}
