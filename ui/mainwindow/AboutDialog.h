// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;

namespace actdesk::ui {

// Name, version, purpose and licence.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    QString versionText() const;

private:
    QLabel* m_version = nullptr;
};

} // namespace actdesk::ui
