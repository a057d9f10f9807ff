// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace actdesk::ui {

class GroupedIdDisplay;
class NoticeLabel;
class SimulationControl;

// The training "activation line": paste or type an installation ID, press Enter, and get
// the confirmation ID the simulated machine accepts. Labelled as a simulation throughout:
// its confirmation IDs are useless on a real machine. Esc or Close hands the keyboard back
// to the window that opened it.
class ActivationCentreWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ActivationCentreWindow(SimulationControl& simulation, QWidget* parent = nullptr);

    QLineEdit* installationIdLineEdit() const { return m_iid; }
    GroupedIdDisplay* confirmationIdDisplay() const { return m_cid; }

    void computeConfirmationId();

  protected:
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    SimulationControl& m_simulation;
    QLineEdit* m_iid = nullptr;
    QPushButton* m_get = nullptr;
    QPushButton* m_readAloud = nullptr;
    QPushButton* m_close = nullptr;
    NoticeLabel* m_notice = nullptr;
    GroupedIdDisplay* m_cid = nullptr;
};

} // namespace actdesk::ui
