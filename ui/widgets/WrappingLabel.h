// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QLabel>

namespace actdesk::ui {

// A word-wrapping label that remembers its height for each width. QLabel lays its text out
// again for every heightForWidth() call, and a layout asks many times while a window comes
// up; with Japanese and long instructions that was a visible part of the start-up time.
class WrappingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappingLabel(const QString& text = {}, QWidget* parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    mutable QHash<int, int> m_heights;
    mutable QString m_forText;
};

} // namespace actdesk::ui
