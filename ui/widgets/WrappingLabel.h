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
// read as a separate message. When plain text ends in such an orphan, the label lays it out
// a little narrower, just until the last line carries a fair share of the text, never with
// more lines; it widens its contents margins on the side away from the alignment. Text with
// no orphan keeps the full width (Japanese is set edge to edge). The number of lines, and so
// the height and every size hint, stay those of the plain greedy layout: layouts see no change.
class WrappingLabel : public QLabel
{
    Q_OBJECT

  public:
    explicit WrappingLabel(const QString& text = {}, QWidget* parent = nullptr);
    explicit WrappingLabel(QWidget* parent) : WrappingLabel(QString(), parent) {}

    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // How many pixels narrower than its contents the text is laid out, to balance its lines.
    int balancingInset() const { return m_insetLeft + m_insetRight; }

  protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

  private:
    struct LastLine
    {
        int lines = 0;
        qreal width = 0;   // of the last line's text
        int textWidth = 0; // the width the text is wrapped in
    };
    LastLine lastLine(int labelWidth) const;
    void balanceLines();
    int greedyHeight(int labelWidth) const;
    void applyInset(int inset);

    mutable QHash<int, int> m_heights;
    mutable QString m_forText;
    QString m_balancedText;
    int m_balancedWidth = -1;
    int m_insetLeft = 0;
    int m_insetRight = 0;
    bool m_balancing = false;
};

} // namespace actdesk::ui
