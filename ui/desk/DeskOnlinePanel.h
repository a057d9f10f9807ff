// SPDX-License-Identifier: MIT
#pragma once

// The Desk tab's online fetch (issue 15): "Get confirmation IDs online" for every waiting
// request of the open files, from Microsoft's BatchActivation service (core/online). It sits
// under the queue and works through the DeskController only: a CID the journal already holds
// is reused (no MAK activation spent), simulated machines are never sent to Microsoft, each
// answer goes in through recordAnswer and each service error through markFailed, so "Save
// answers to the files" saves them as it saves typed ones. A progress bar, a status for every
// item, a cancel that keeps what has finished, a summary at the end; the proxy's password, if
// it asks for one, is asked for and kept only while the fetch runs. "Number of activations
// left" asks the service for each MAK with waiting requests.

#include "online/OnlineClient.h"
#include "online/OnlineJournal.h"

#include <QString>
#include <QWidget>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace actdesk::ui::desk {

class DeskController;
struct ItemKey;

class DeskOnlinePanel final : public QWidget
{
    Q_OBJECT

  public:
    DeskOnlinePanel(DeskController& controller, online::ClientOptions options, QWidget* parent = nullptr);
    ~DeskOnlinePanel() override;

    // The Desk tab: `queueView` (a DeskQueueView, whose controller is `controller`) with this
    // panel under it, in one widget that owns both.
    static QWidget* deskTab(QWidget* queueView, DeskController& controller,
                            online::ClientOptions options = {});

    // Asks the operator for the proxy's user name and password (a dialog by default; tests
    // replace it). False: none given.
    std::function<bool(QString& user, QString& password)> askProxyCredentials;

    bool running() const { return m_client != nullptr; }
    QString summary() const;
    // The status shown for an item ("" when it is not in the list).
    QString statusOf(const QString& itemId) const;

  public Q_SLOTS:
    void fetch();
    void cancel();
    void askRemaining();

  Q_SIGNALS:
    void finished();

  private:
    struct Pending;
    // The journal entry of an attempt, as the CLI writes it (online/OnlineJournal.h).
    std::function<workflow::WorkflowEvent(const transfer::TransferItem&,
                                          std::chrono::system_clock::time_point)>
    journalAs(online::OnlineAttempt attempt) const;
    void setStatus(int row, const QString& text);
    void onResult(const online::OnlineResult& result);
    void onAllDone();
    void setRunning(bool on);
    void startClient(std::vector<online::OnlineRequest> requests);

    DeskController& m_controller;
    online::ClientOptions m_options;
    QPushButton* m_fetch = nullptr;
    QPushButton* m_remaining = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QTreeWidget* m_status = nullptr;
    QLabel* m_summary = nullptr;

    std::unique_ptr<online::OnlineClient> m_client;
    bool m_askingRemaining = false;
    std::map<int, std::vector<int>> m_rowsOfTag;                 // request -> rows of m_status
    std::vector<std::pair<int, std::string>> m_keys;             // row -> (file, item id)
    std::map<int, std::pair<std::string, int>> m_remainingAsked; // request -> (PID, requests planned)
    int m_answered = 0, m_fromJournal = 0, m_failed = 0, m_notAnswered = 0;
    QString m_stopped;
    QStringList m_warnings;
};

} // namespace actdesk::ui::desk
