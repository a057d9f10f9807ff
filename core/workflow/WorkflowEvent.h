// SPDX-License-Identifier: MIT
#pragma once

#include "ids/IdError.h"
#include "licensing/Licensing.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace actdesk::workflow {

// The steps of a Device activation, in order.
enum class Step
{
    Prerequisites,
    Program,
    ProductKey,
    InstallationId,
    ConfirmationId,
    Deposit,
    Verify,
};

enum class Outcome
{
    Succeeded,
    Failed,
};

// One step's result, as the journal records it and the UI shows it. Carries the partial
// key only: the full key never leaves the install call.
struct WorkflowEvent
{
    Step step = Step::Prerequisites;
    Outcome outcome = Outcome::Succeeded;
    std::chrono::system_clock::time_point at;
    std::uint32_t errorCode = 0;          // HRESULT when a licensing call failed
    std::optional<ids::IdError> idError;  // when typed input was rejected
    std::string detail;                   // technical context, never a key

    std::string machineName;
    std::string machineId;
    std::string os; // osKey()
    bool simulation = false;

    std::string catalogKey; // win7-esu-y1, empty for an activation ID not in the catalog
    std::string activationId;
    std::string partialKey;
    std::string extendedPid;
    std::string installationId; // digits
    std::string confirmationId; // digits
    std::optional<licensing::LicenseStatus> status;
};

class WorkflowObserver
{
public:
    virtual ~WorkflowObserver() = default;
    virtual void onWorkflowEvent(const WorkflowEvent& event) = 0;
};

// Stable names for files and the CLI: prerequisites, program, product-key, installation-id,
// confirmation-id, deposit, verify.
const char* stepKey(Step step);

} // namespace actdesk::workflow
