// SPDX-License-Identifier: MIT
#pragma once

#include "ids/IdError.h"

#include <QDialog>
#include <QStringList>

namespace actdesk::ui {

class ReadAloudView;

// The read-aloud view in its own large window. Esc closes it; moving past the last group
// closes it too (accepted).
class ReadAloudDialog : public QDialog
{
    Q_OBJECT

public:
    ReadAloudDialog(ids::IdType type, const QStringList& groups, QWidget* parent = nullptr);

    ReadAloudView* view() const { return m_view; }

private:
    ReadAloudView* m_view = nullptr;
};

} // namespace actdesk::ui
