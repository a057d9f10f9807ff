// SPDX-License-Identifier: MIT
#pragma once

// Translated sentences for online proxy activation (core/online): the service's error codes
// with what to do next, unusable answers, why a batch stopped, each item's outcome. Used by
// `actdesk desk online` and `desk remaining` and by the Desk tab's online fetch.
// Qt Core only.

#include "online/BatchActivation.h"
#include "online/OnlineClient.h"

#include <QCoreApplication>
#include <QString>

namespace actdesk::text {

class OnlineText
{
    Q_DECLARE_TR_FUNCTIONS(OnlineText)

  public:
    // What a service error code means and what to do next; an unknown code is shown as it came.
    static QString serviceError(const std::string& code);
    // Why an HTTP 200 answer could not be used.
    static QString responseError(const online::ResponseError& error);
    // Why a batch stopped (said once, not once per item). `detail` is the network's own words.
    static QString stopped(online::StopReason reason, const QString& detail);
    // One request's failure that is not a service error (HTTP status, time-out, bad answer).
    static QString resultProblem(const online::OnlineResult& result);
    // The CLI's help for `desk online` and `desk remaining`.
    static QString help();
};

} // namespace actdesk::text
