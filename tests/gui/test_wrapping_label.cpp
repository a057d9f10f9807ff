// SPDX-License-Identifier: MIT
// Wrapped text never leaves a word or two alone on its last line (issue 16: the activation
// centre's banner left 「ん。」 on a line of its own). The width that would orphan them is found
// with the fonts of the machine the test runs on, so the test holds for any font set-up.
#include "GuiTestSupport.h"
#include "TextLines.h"
#include "widgets/WrappingLabel.h"

#include <QDialog>
#include <QVBoxLayout>

using namespace actdesk;

namespace {

// The widest label width at which the greedy layout puts only a scrap of text (one word, or two
// characters of Japanese) on its second and last line.
int orphaningWidth(const QString& text, const QFont& font, int margins)
{
    const int natural = QFontMetrics(font).horizontalAdvance(text) + margins + 2;
    for (int width = natural; width > natural / 2; --width) {
        const QStringList lines = testing::wrappedLines(text, font, width - margins);
        if (lines.size() == 2 && lines.last().size() * 6 <= lines.first().size())
            return width;
        if (lines.size() > 2)
            break;
    }
    return -1;
}

} // namespace

class WrappingLabelTest : public QObject
{
    Q_OBJECT

  private:
    void checkNoOrphan(const QString& text, Qt::Alignment alignment)
    {
        QWidget host;
        auto* layout = new QVBoxLayout(&host);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* label = new ui::WrappingLabel(text, &host);
        label->setTextFormat(Qt::PlainText);
        label->setAlignment(alignment);
        label->setMargin(6);
        layout->addWidget(label);
        layout->addStretch();

        const int width = orphaningWidth(text, label->font(), 2 * label->margin());
        QVERIFY2(width > 0, "no width leaves an orphan: the text is too short for this check");
        host.resize(width, 300);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QCOMPARE(label->width(), width);
        (void)host.grab(); // paint once, as a user sees it

        // The text is laid out where the label paints it: its contents less its margin, less
        // what it gives up to keep the last line company.
        const int textWidth = label->contentsRect().width() - 2 * label->margin() - label->balancingInset();
        const QStringList lines = testing::wrappedLines(text, label->font(), textWidth);
        QCOMPARE(lines.size(), 2); // still two lines: the label is as tall as before
        QVERIFY2(lines.last().size() * 3 >= lines.first().size(),
                 qPrintable(
                     QStringLiteral("orphaned last line: [%1] under [%2]").arg(lines.last(), lines.first())));
        QCOMPARE(label->height(), label->heightForWidth(width));

        // A new text is balanced afresh: a short one is one full line again.
        label->setText(QStringLiteral("Short."));
        (void)host.grab();
        QCOMPARE(label->balancingInset(), 0);
    }

  private Q_SLOTS:
    // A dialog sized by its layout (SetFixedSize, as the About box) settles: the narrowing is
    // only painted, so no size hint follows it and the dialog is not resized for ever.
    void aFixedSizeDialogSettles()
    {
        const QString text = QStringLiteral("Windows の拡張セキュリティ更新プログラム (ESU) のライセンスを、"
                                            "電話、USB、紙を使ってオフラインでライセンス認証します。");
        for (qreal points = 9; points <= 19.5; points += 1.5) {
            QDialog dialog;
            QFont font = dialog.font();
            font.setPointSizeF(points);
            dialog.setFont(font);
            auto* layout = new QVBoxLayout(&dialog);
            layout->setSizeConstraint(QLayout::SetFixedSize);
            layout->addWidget(new ui::WrappingLabel(text, &dialog));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            for (int i = 0; i < 5; ++i) {
                (void)dialog.grab();
                QApplication::processEvents();
            }
            const QSize settled = dialog.size();
            for (int i = 0; i < 20; ++i) {
                (void)dialog.grab();
                QApplication::processEvents();
                QCOMPARE(dialog.size(), settled);
            }
        }
    }

    // A paragraph whose last line is already a fair length keeps the whole width: Japanese is
    // set edge to edge, not squeezed into a narrower column with a ragged right side.
    void aParagraphWithoutAnOrphanKeepsTheFullWidth()
    {
        const QString text =
            QStringLiteral("担当者が読み上げる確認 ID を、A から H までグループごとに入力してください。"
                           "各グループは入力と同時にチェックされます。誤りと表示されたグループは、"
                           "担当者にグループ全体をもう一度読み上げてもらってください。");
        QWidget host;
        auto* layout = new QVBoxLayout(&host);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* label = new ui::WrappingLabel(text, &host);
        layout->addWidget(label);
        layout->addStretch();
        // A width at which the greedy layout's last line is over half full.
        int width = -1;
        for (int w = 900; w > 300; --w) {
            const QStringList lines = testing::wrappedLines(text, label->font(), w);
            if (lines.size() >= 2 && lines.last().size() * 2 > lines.first().size()) {
                width = w;
                break;
            }
        }
        QVERIFY(width > 0);
        host.resize(width, 300);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        (void)host.grab();
        QCOMPARE(label->balancingInset(), 0);
    }

    void japaneseBannerKeepsItsLastCharactersCompany()
    {
        checkNoOrphan(QStringLiteral("シミュレーション: ここで表示される確認 ID は模擬マシンでのみ有効です。"
                                     "実際のマシンでは使用できません。"),
                      Qt::AlignCenter);
    }

    void englishInstructionKeepsItsLastWordCompany()
    {
        checkNoOrphan(
            QStringLiteral("Call the Microsoft activation line for your country or region, and read "
                           "out the nine groups when asked."),
            Qt::AlignLeft | Qt::AlignVCenter);
    }
};

QTEST_MAIN(WrappingLabelTest)
#include "test_wrapping_label.moc"
