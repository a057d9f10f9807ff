// SPDX-License-Identifier: MIT
#include "text/OnlineText.h"

namespace actdesk::text {

QString OnlineText::serviceError(const std::string& code)
{
    const QString c = QString::fromStdString(code);
    switch (online::serviceErrorKind(code)) {
    case online::ServiceErrorKind::ActivationLimitReached:
        return tr("The MAK has reached its activation limit (service error %1). Ask for more activations in "
                  "the Microsoft 365 admin center or Volume Licensing Service Center, or use another MAK; "
                  "the "
                  "machine stays unlicensed until then.")
            .arg(c);
    case online::ServiceErrorKind::KeyBlocked:
        return tr("Microsoft has blocked this product key (service error %1). Check with Microsoft licensing "
                  "support that the key is valid for this ESU program and year.")
            .arg(c);
    case online::ServiceErrorKind::InvalidKey:
        return tr("The product key is not valid (service error %1). Check that the right ESU key is "
                  "installed "
                  "on the machine, then make a new request.")
            .arg(c);
    case online::ServiceErrorKind::WrongKeyType:
        return tr("The key on the machine is of the wrong type (service error %1): online activation needs a "
                  "MAK. Install the ESU MAK and make a new request.")
            .arg(c);
    case online::ServiceErrorKind::CheckInstallationId:
        return tr("The activation service did not accept the installation ID (service error %1). Make a new "
                  "request on the machine and check the installation ID.")
            .arg(c);
    case online::ServiceErrorKind::Other:
        break;
    }
    return tr("The activation service reported error %1. Try again later; if it persists, activate by phone.")
        .arg(c);
}

QString OnlineText::responseError(const online::ResponseError& error)
{
    using K = online::ResponseError::Kind;
    switch (error.kind) {
    case K::TooLarge:
        return tr("The activation service's answer was larger than 1 MB and was not read.");
    case K::Refused:
        return tr(
            "The activation service's answer contained a document type declaration or an entity and was "
            "not read.");
    case K::NotXml:
    case K::PayloadNotXml:
        return tr("The activation service's answer was incomplete or damaged (%1). Try again.")
            .arg(QString::fromStdString(error.detail));
    case K::NoPayload:
    case K::Unexpected:
        return tr("The activation service's answer was not the expected one (%1). Check the endpoint.")
            .arg(QString::fromStdString(error.detail));
    case K::InvalidConfirmationId:
        return tr("The activation service sent a confirmation ID that fails its check digits; it was not "
                  "used. Try again, or activate by phone.");
    }
    return {};
}

QString OnlineText::stopped(online::StopReason reason, const QString& detail)
{
    switch (reason) {
    case online::StopReason::NoConnection:
        return tr("No connection to the activation service (%1). Nothing more was sent; the items not "
                  "answered "
                  "stay waiting. Check the network or the proxy and run it again.")
            .arg(detail);
    case online::StopReason::ProxyAuthentication:
        return tr(
            "The proxy asks for a user name and password (HTTP 407). Nothing more was sent; the items not "
            "answered stay waiting.");
    case online::StopReason::Certificate:
        return tr("The activation service's certificate was not trusted (%1). Nothing more was sent.")
            .arg(detail);
    case online::StopReason::Cancelled:
        return tr("Cancelled. The answers already received are kept; the other items stay waiting.");
    }
    return {};
}

QString OnlineText::resultProblem(const online::OnlineResult& result)
{
    using K = online::OnlineResult::Kind;
    switch (result.kind) {
    case K::Answered:
        return result.answer.kind == online::ServiceAnswer::Kind::ServiceError
                   ? serviceError(result.answer.errorCode)
                   : QString();
    case K::BadResponse:
        return responseError(result.responseError);
    case K::HttpError:
        return tr("The activation service answered HTTP %1 (after %n attempt(s)). The item stays waiting; "
                  "try "
                  "again later.",
                  nullptr, result.attempts)
            .arg(result.httpStatus);
    case K::TimedOut:
        return tr(
            "The activation service did not answer in time (after %n attempt(s)). The item stays waiting; "
            "try again later.",
            nullptr, result.attempts);
    case K::NotSent:
        return tr("Not sent.");
    }
    return {};
}

QString OnlineText::help()
{
    return tr(
        "Online options (desk online, desk remaining; Microsoft's BatchActivation service, as VAMT\n"
        "uses it; needs a MAK):\n"
        "  --endpoint is for tests and private mirrors: https, or http to a loopback address only.\n"
        "  --proxy http://HOST:PORT (default: the system's proxy); a proxy asking for a password gets\n"
        "  ACTDESK_PROXY_USER and ACTDESK_PROXY_PASSWORD from the environment, never stored.\n"
        "  --limit N: at most N requests at once (default 4).");
}

} // namespace actdesk::text
