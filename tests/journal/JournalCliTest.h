// SPDX-License-Identifier: MIT
#pragma once

#include "JournalTestBackend.h"

#include <QObject>

// The real actdesk binary journals every licence step, on this backend.
class JournalCliTest : public QObject
{
    Q_OBJECT

public:
    explicit JournalCliTest(actdesk::test::JournalTestBackend& backend) : m_backend(backend) {}

private Q_SLOTS:
    void everyStepOfTheSimulatedFlowIsJournaled();
    void csvFromTheCliCannotRunFormulas();
    void anUnusableJournalNeverStopsAnActivation();
    void badJournalOptionsAreUsageErrors();

private:
    actdesk::test::JournalTestBackend& m_backend;
};
