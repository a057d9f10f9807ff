// SPDX-License-Identifier: MIT
#pragma once

// A journal file that cannot be used (damaged, unreadable, from a newer version) never stops
// an activation. This dialog says what is wrong with which file and offers the two ways on:
// a fresh journal beside the old file, which is kept byte for byte as it is, or no journal for
// this session. Closing it (Esc) is the second choice: nothing is written anywhere.
// The caller decides whether to show it modally (app/gui does, through an injectable prompt,
// so tests never block on it).

#include <QDialog>
#include <QString>

class QLabel;
class QPushButton;

namespace actdesk::ui {

class DamagedJournalDialog final : public QDialog
{
    Q_OBJECT

public:
    // `problem`: the translated sentence naming the file and what is wrong with it;
    // `damagedPath`: the file, shown on its own line so it can be copied.
    DamagedJournalDialog(const QString& problem, const QString& damagedPath, QWidget* parent = nullptr);
    ~DamagedJournalDialog() override;

    // Accepted: start a fresh journal beside the old file. Rejected: go on without one.
    bool startFreshChosen() const { return result() == QDialog::Accepted; }

    QPushButton* startFreshButton() const { return m_fresh; }
    QPushButton* withoutJournalButton() const { return m_without; }

private:
    QPushButton* m_fresh = nullptr;
    QPushButton* m_without = nullptr;
};

} // namespace actdesk::ui
