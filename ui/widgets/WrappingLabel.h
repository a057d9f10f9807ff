// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QLabel>

namespace actdesk::ui {

// A word-wrapping label that remembers its height for each width, and that never leaves
// a word or two alone on its last line.
//
// Height: QLabel lays its text out again for every heightForWidth() call, and a layout asks
// many times while a window comes up; with Japanese and long instructions that was a visible
// part of the start-up time.
//
// Last line: greedy wrapping leaves orphans such as 「ん。」 or "it." under a full line, which
// read as a separate message. When plain text ends in such an orphan, the label paints it a
// little narrower, just until the last line carries a fair share of the text, never with more
// lines. Only the painting changes: sizes, size hints and heights are QLabel's own, so no
// layout can see the narrowing (and none can chase it in a loop). Text with no orphan keeps
// the full width (Japanese is set edge to edge). Rich or selectable text is left to QLabel.
class WrappingLabel : public QLabel
{
    Q_OBJECT

  public:
    explicit WrappingLabel(const QString& text = {}, QWidget* parent = nullptr);
    explicit WrappingLabel(QWidget* parent) : WrappingLabel(QString(), parent) {}

    int heightForWidth(int width) const override;

    // How many pixels narrower than its room the text is painted, to keep company on its
    // last line.
    int balancingInset() const { return m_inset; }

  protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

  private:
    struct LastLine
    {
        int lines = 0;
        qreal width = 0; // of the last line's text
    };
    bool paintsItsOwnText() const;
    QRect textRect() const;
    LastLine lastLine(int textWidth) const;
    void balanceLines();

    mutable QHash<int, int> m_heights;
    mutable QString m_forText;
    QString m_balancedText;
    int m_balancedWidth = -1;
    int m_inset = 0;
};

} // namespace actdesk::ui
