// SPDX-License-Identifier: MIT
#pragma once

// The network side of `actdesk desk online` and `actdesk desk remaining`: their options and a
// batch run on this thread's event loop.

#include "CliContext.h"
#include "online/OnlineClient.h"

#include <QCoreApplication>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace actdesk::cli {

class DeskOnlineText
{
    Q_DECLARE_TR_FUNCTIONS(DeskOnline)
};

struct NetworkOptions
{
    online::ClientOptions client;
};

// --endpoint, --proxy, --ca-file, --limit: a usage error returns false with `code` set.
bool takeNetworkOptions(CliContext& ctx, NetworkOptions& options, int& code, bool withLimit);

// Runs a batch on this thread's event loop; proxy credentials come from the environment.
struct BatchOutcome
{
    std::map<int, online::OnlineResult> results;
    std::optional<std::pair<online::StopReason, QString>> stopped;
    int sent = 0;
};

BatchOutcome runBatch(const online::ClientOptions& options, std::vector<online::OnlineRequest> requests);

QString endpointText(const online::ClientOptions& options);

} // namespace actdesk::cli
