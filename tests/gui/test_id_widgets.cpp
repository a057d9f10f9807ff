// SPDX-License-Identifier: MIT
// The reusable ID widgets on their own, driven from the keyboard and the clipboard the way a
// technician on the phone uses them.
#include "GuiTestSupport.h"
#include "TextLines.h"
#include "ids/ConfirmationId.h"
#include "ids/InstallationId.h"
#include "licensing/SimulatedActivationCentre.h"
#include "widgets/GroupedIdDisplay.h"
#include "widgets/GroupedIdEntry.h"
#include "widgets/ProductKeyEntry.h"
#include "widgets/ReadAloudView.h"

#include <QClipboard>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace actdesk;
using namespace actdesk::testing;
using ui::GroupedIdEntry;

namespace {

// A real 63-digit IID from a public report (ids-transfer-esu.md 3.3); the simulated centre
// gives a well-formed CID for it.
const char* kIid = "2530374-4040511-9108201-4139610-9378684-8722385-3037266-7794905-6629205";

QStringList cidGroups()
{
    const auto iid = ids::InstallationId::parseAscii(kIid).value();
    QStringList groups;
    for (const auto& g : licensing::SimulatedActivationCentre::confirmationIdFor(iid).groups())
        groups << QString::fromStdString(g);
    return groups;
}

// Changes one data digit by +1 (mod 10): the group's check digit always catches that.
QString withTypo(const QString& group)
{
    QString s = group;
    s[1] = QChar(u'0' + (s[1].digitValue() + 1) % 10);
    return s;
}

QString fullWidth(const QString& ascii)
{
    QString out;
    for (QChar c : ascii) {
        if (c.isDigit())
            out += QChar(0xFF10 + c.digitValue());
        else if (c == QLatin1Char(' '))
            out += QChar(0x3000); // ideographic space
        else if (c == QLatin1Char('-'))
            out += QChar(0x30FC); // the katakana long-vowel mark an IME types for '-'
        else
            out += c;
    }
    return out;
}

// What a Japanese IME does when the user confirms full-width input.
void imeCommit(QWidget* w, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(w, &event);
}

} // namespace

class IdWidgetsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QWidget> m_host;
    GroupedIdEntry* m_cid = nullptr;

    QLineEdit* group(const char* name) { return child<QLineEdit>(m_host.get(), name); }

private Q_SLOTS:
    void init()
    {
        m_host = std::make_unique<QWidget>();
        auto* layout = new QVBoxLayout(m_host.get());
        m_cid = new GroupedIdEntry(ui::IdShape::confirmationId(), m_host.get());
        layout->addWidget(m_cid);
        m_host->show();
        QApplication::setActiveWindow(m_host.get());
        QVERIFY(QTest::qWaitForWindowActive(m_host.get()));
        m_cid->groupEdit(0)->setFocus();
        QCOMPARE(focused(), m_cid->groupEdit(0));
    }

    void cleanup() { m_host.reset(); }

    void fieldsAreNamedAndAnnouncedByGroup()
    {
        QLineEdit* c = group("confirmationGroupCLineEdit");
        QVERIFY(c);
        QCOMPARE(c->accessibleName(), QStringLiteral("Confirmation ID group C"));
        QVERIFY(group("confirmationGroupALineEdit"));
        QVERIFY(group("confirmationGroupHLineEdit"));
        QVERIFY(!group("confirmationGroupILineEdit"));

        GroupedIdEntry iid(ui::IdShape::installationId(7));
        QCOMPARE(iid.shape().groups, 9);
        auto* three = iid.findChild<QLineEdit*>(QStringLiteral("installationGroup3LineEdit"));
        QVERIFY(three);
        QCOMPARE(three->accessibleName(), QStringLiteral("Installation ID group 3"));
        QVERIFY(iid.findChild<QLineEdit*>(QStringLiteral("installationGroup9LineEdit")));
    }

    void completeValidGroupMovesOn()
    {
        const QStringList g = cidGroups();
        type(g[0]);
        QCOMPARE(m_cid->groupState(0), GroupedIdEntry::GroupState::Valid);
        QCOMPARE(focused(), group("confirmationGroupBLineEdit"));
        type(g[1]);
        QCOMPARE(focused(), group("confirmationGroupCLineEdit"));
    }

    void typoInGroupCIsFlaggedAndFocusStays()
    {
        const QStringList g = cidGroups();
        type(g[0] + g[1] + withTypo(g[2]));
        QLineEdit* c = group("confirmationGroupCLineEdit");
        QCOMPARE(m_cid->groupState(2), GroupedIdEntry::GroupState::Invalid);
        QCOMPARE(c->property("groupState").toString(), QStringLiteral("invalid"));
        QCOMPARE(focused(), c);
        QVERIFY2(m_cid->message().contains(QStringLiteral("Group C")), qPrintable(m_cid->message()));
        QVERIFY(c->accessibleDescription().contains(QStringLiteral("Group C")));
        QCOMPARE(child<QLabel>(m_host.get(), "confirmationGroupCStatusLabel")->text(), QStringLiteral("\u2717"));
        QVERIFY(!m_cid->isComplete());

        // A seventh key goes on into D (someone typing along with the agent loses nothing);
        // C keeps its digits and stays flagged.
        type(QStringLiteral("1"));
        QCOMPARE(c->text(), withTypo(g[2]));
        QCOMPARE(m_cid->groupState(2), GroupedIdEntry::GroupState::Invalid);
        QCOMPARE(m_cid->groupText(3), QStringLiteral("1"));
        QCOMPARE(focused(), group("confirmationGroupDLineEdit"));

        // Fix it the way people do: Backspace over D's digit, back into C, over C, then the
        // right digits.
        press(Qt::Key_Backspace);
        QCOMPARE(m_cid->groupText(3), QString());
        press(Qt::Key_Backspace); // D is empty: back to the end of C
        QCOMPARE(focused(), c);
        for (int i = 0; i < 6; ++i)
            press(Qt::Key_Backspace);
        QCOMPARE(c->text(), QString());
        type(g[2]);
        QCOMPARE(m_cid->groupState(2), GroupedIdEntry::GroupState::Valid);
        QCOMPARE(m_cid->message(), QString());
        QCOMPARE(focused(), group("confirmationGroupDLineEdit"));
    }

    // From H, one key (F8) goes back to the wrong group C, its digits selected: the group the
    // agent is asked to repeat is typed again whole. The message asks for the whole group,
    // not for its last digit.
    void f8GoesToTheFirstWrongGroupAndTheMessageAsksForTheWholeGroup()
    {
        const QStringList g = cidGroups();
        type(g[0] + g[1] + withTypo(g[2]) + g[3] + g[4] + g[5] + g[6] + g[7].left(3));
        QCOMPARE(focused(), group("confirmationGroupHLineEdit"));
        QVERIFY2(m_cid->message().contains(QStringLiteral("whole group")), qPrintable(m_cid->message()));
        QVERIFY2(!m_cid->message().contains(QStringLiteral("last digit does")), qPrintable(m_cid->message()));
        QTest::keySequence(focused(), GroupedIdEntry::focusFirstWrongKey());
        QLineEdit* c = group("confirmationGroupCLineEdit");
        QCOMPARE(focused(), c);
        QCOMPARE(c->selectedText(), withTypo(g[2]));
        type(g[2]); // replaces the selected digits
        QCOMPARE(m_cid->groupState(2), GroupedIdEntry::GroupState::Valid);
        QCOMPARE(m_cid->groupText(7), g[7].left(3)); // H keeps what was typed
        // Nothing wrong any more: F8 goes to the first group still to type.
        QTest::keySequence(focused(), GroupedIdEntry::focusFirstWrongKey());
        QCOMPARE(focused(), group("confirmationGroupHLineEdit"));
    }

    // The field with the keyboard is framed in the highlight colour, as the product-key fields
    // are, and stands out from an unfocused field in the same state.
    void theFocusedGroupHasAVisibleFrame()
    {
        QLineEdit* a = group("confirmationGroupALineEdit");
        QLineEdit* b = group("confirmationGroupBLineEdit");
        QCOMPARE(focused(), a);
        QCoreApplication::processEvents();
        const QImage focusedShot = a->grab().toImage();
        const QImage unfocusedShot = b->grab().toImage();
        const QPoint edge(1, a->height() / 2);
        const QColor highlight = a->palette().color(QPalette::Highlight);
        QCOMPARE(focusedShot.pixelColor(edge * focusedShot.devicePixelRatio()).name(), highlight.name());
        QVERIFY(unfocusedShot.pixelColor(edge * unfocusedShot.devicePixelRatio()).name() != highlight.name());
    }

    // Typing along with the agent, a slip in C: D to H still get every digit typed after it,
    // C stays flagged, and all 48 digits are there (so the override can be offered).
    void digitsTypedAfterAWrongGroupAreNotLost()
    {
        const QStringList g = cidGroups();
        QStringList typed = g;
        typed[2] = withTypo(g[2]);
        type(typed.join(QString()));
        for (int i = 0; i < 8; ++i)
            QCOMPARE(m_cid->groupText(i), typed[i]);
        QCOMPARE(m_cid->groupState(2), GroupedIdEntry::GroupState::Invalid);
        for (int i : {0, 1, 3, 4, 5, 6, 7})
            QCOMPARE(m_cid->groupState(i), GroupedIdEntry::GroupState::Valid);
        QCOMPARE(m_cid->firstInvalidGroup(), std::optional<int>(2));
        QVERIFY2(m_cid->message().contains(QStringLiteral("Group C")), qPrintable(m_cid->message()));
        QCOMPARE(m_cid->digits().size(), 48);
        QVERIFY(!m_cid->isComplete());
        QCOMPARE(focused(), group("confirmationGroupHLineEdit"));
    }

    // A key typed at the end of a full group goes on to the next group with room, whether the
    // full group is right or wrong, and after what that group already has; inside a full group,
    // or at the end of H, it is dropped as by any full field.
    void aKeyAtTheEndOfAFullGroupGoesOnToTheNextWithRoom()
    {
        const QStringList g = cidGroups();
        m_cid->setText(g[0] + g[1] + g[2].left(2)); // A and B right, C begun
        QLineEdit* a = group("confirmationGroupALineEdit");
        a->setFocus();
        a->end(false);
        type(g[2].mid(2, 1)); // B is full too: on to C, after its two digits
        QCOMPARE(m_cid->groupText(0), g[0]);
        QCOMPARE(m_cid->groupText(1), g[1]);
        QCOMPARE(m_cid->groupText(2), g[2].left(3));
        QCOMPARE(focused(), group("confirmationGroupCLineEdit"));
        type(g[2].mid(3)); // C complete and right: on to D as always
        QCOMPARE(m_cid->groupState(2), GroupedIdEntry::GroupState::Valid);
        QCOMPARE(focused(), group("confirmationGroupDLineEdit"));

        // Inside a full group: dropped, the group unchanged.
        a->setFocus();
        a->home(false);
        type(QStringLiteral("9"));
        QCOMPARE(m_cid->groupText(0), g[0]);
        QCOMPARE(m_cid->groupText(3), QString());
        QCOMPARE(focused(), a);

        // A full-width digit from an IME at the end of a full, wrong group goes on as well.
        m_cid->setText(g[0] + g[1] + withTypo(g[2]));
        QLineEdit* c = group("confirmationGroupCLineEdit");
        QCOMPARE(focused(), c);
        imeCommit(c, fullWidth(g[3].left(1)));
        QCOMPARE(m_cid->groupText(2), withTypo(g[2]));
        QCOMPARE(m_cid->groupState(2), GroupedIdEntry::GroupState::Invalid);
        QCOMPARE(m_cid->groupText(3), g[3].left(1));
        QCOMPARE(focused(), group("confirmationGroupDLineEdit"));

        // The end of H: nowhere to go.
        QStringList all = g;
        all[7] = withTypo(g[7]);
        m_cid->setText(all.join(QString()));
        QLineEdit* h = group("confirmationGroupHLineEdit");
        QCOMPARE(focused(), h);
        type(QStringLiteral("1"));
        QCOMPARE(m_cid->digits(), all.join(QString()));
        QCOMPARE(focused(), h);
    }

    void lettersAreFlaggedNamingTheGroup()
    {
        type(QStringLiteral("12o"));
        QCOMPARE(m_cid->groupState(0), GroupedIdEntry::GroupState::Invalid);
        QVERIFY2(m_cid->message().contains(QStringLiteral("Group A")) && m_cid->message().contains(QStringLiteral("\"o\"")),
                 qPrintable(m_cid->message()));
    }

    void backspaceInEmptyFieldGoesBack()
    {
        const QStringList g = cidGroups();
        type(g[0] + g[1]);
        QCOMPARE(focused(), group("confirmationGroupCLineEdit"));
        press(Qt::Key_Backspace); // C is empty: back to B, nothing deleted
        QCOMPARE(focused(), group("confirmationGroupBLineEdit"));
        QCOMPARE(group("confirmationGroupBLineEdit")->text(), g[1]);
        press(Qt::Key_Backspace); // now it deletes B's last digit
        QCOMPARE(group("confirmationGroupBLineEdit")->text(), g[1].left(5));
        QCOMPARE(m_cid->groupState(1), GroupedIdEntry::GroupState::Incomplete);
        press(Qt::Key_Home);
        press(Qt::Key_Left); // at the start of B: Left goes to A
        QCOMPARE(focused(), group("confirmationGroupALineEdit"));
        press(Qt::Key_Right); // at the end of A: Right goes to B
        QCOMPARE(focused(), group("confirmationGroupBLineEdit"));
    }

    void pasteOfWholeFullWidthIdIntoAnyFieldFillsAll()
    {
        const QStringList g = cidGroups();
        const QString pasted = fullWidth(g.mid(0, 4).join(QLatin1Char(' ')) + QStringLiteral("-") +
                                         g.mid(4).join(QLatin1Char('-')));
        QApplication::clipboard()->setText(pasted);
        group("confirmationGroupELineEdit")->setFocus();
        press(Qt::Key_V, Qt::ControlModifier);
        for (int i = 0; i < 8; ++i)
            QCOMPARE(m_cid->groupText(i), g[i]);
        QVERIFY(m_cid->isComplete());
        QCOMPARE(m_cid->digits(), g.join(QString()));
    }

    void pasteIntoAFieldThatAlreadyHasDigitsStillFillsAll()
    {
        const QStringList g = cidGroups();
        type(QStringLiteral("123"));
        QApplication::clipboard()->setText(g.join(QLatin1Char(' ')));
        press(Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(m_cid->digits(), g.join(QString()));
        QVERIFY(m_cid->isComplete());
    }

    void fullWidthDigitsFromAnImeAreAccepted()
    {
        const QStringList g = cidGroups();
        imeCommit(group("confirmationGroupALineEdit"), fullWidth(g[0]));
        QCOMPARE(m_cid->groupText(0), g[0]);
        QCOMPARE(m_cid->groupState(0), GroupedIdEntry::GroupState::Valid);
        QCOMPARE(focused(), group("confirmationGroupBLineEdit"));
    }

    void completedIsSignalledOnce()
    {
        const QStringList g = cidGroups();
        int completed = 0;
        connect(m_cid, &GroupedIdEntry::completed, this, [&] { ++completed; });
        type(g.join(QString()));
        QCOMPARE(completed, 1);
        QVERIFY(m_cid->isComplete());
    }

    void productKeyAcceptsOnlyItsAlphabetAndSpreadsPastes()
    {
        ui::ProductKeyEntry key;
        key.show();
        QApplication::setActiveWindow(&key);
        QVERIFY(QTest::qWaitForWindowActive(&key));
        key.groupEdit(0)->setFocus();
        QCOMPARE(key.groupEdit(0)->accessibleName(), QStringLiteral("Product key group 1"));
        QCOMPARE(key.groupEdit(0)->objectName(), QStringLiteral("productKeyGroup1LineEdit"));

        type(QStringLiteral("bcdAfg")); // lower case is fine; 'A' is not in the alphabet
        QCOMPARE(key.groupEdit(0)->text(), QStringLiteral("BCDFG"));
        QVERIFY2(key.message().contains(QStringLiteral("\"A\"")), qPrintable(key.message()));
        QCOMPARE(focused(), key.groupEdit(1));

        // A whole key pasted into the third field spreads over all five.
        key.groupEdit(2)->setFocus();
        QApplication::clipboard()->setText(QStringLiteral("  hjkmp-QRTVW-xy234-6789B-BCDFG "));
        press(Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(key.keyText(), QStringLiteral("HJKMP-QRTVW-XY234-6789B-BCDFG"));
        QVERIFY(key.isComplete());

        key.clear();
        for (int i = 0; i < ui::ProductKeyEntry::kGroups; ++i) {
            QCOMPARE(key.groupEdit(i)->text(), QString());
            QVERIFY2(!key.groupEdit(i)->isUndoAvailable(), "a wiped key must not come back with Ctrl+Z");
        }
    }

    // A letter outside the alphabet is reported just as a digit outside it is: the user sees
    // why nothing appeared, whichever key it was.
    void productKeyReportsEveryRefusedCharacterTheSameWay()
    {
        for (const QString& refused : {QStringLiteral("a"), QStringLiteral("1"), QStringLiteral("e"), QStringLiteral("0")}) {
            ui::ProductKeyEntry key;
            key.show();
            QApplication::setActiveWindow(&key);
            QVERIFY(QTest::qWaitForWindowActive(&key));
            key.groupEdit(0)->setFocus();
            const QString shown = refused.toUpper();
            type(refused);
            QCOMPARE(key.groupEdit(0)->text(), QString());
            QVERIFY2(key.message().contains(QStringLiteral("\"%1\"").arg(shown)),
                     qPrintable(refused + QStringLiteral(": ") + key.message()));
            // Inside a group, and at the end of a full one.
            type(QStringLiteral("BC"));
            type(refused);
            QCOMPARE(key.groupEdit(0)->text(), QStringLiteral("BC"));
            QVERIFY2(key.message().contains(QStringLiteral("\"%1\"").arg(shown)),
                     qPrintable(refused + QStringLiteral(" in a group: ") + key.message()));
            type(QStringLiteral("DFG"));
            QCOMPARE(focused(), key.groupEdit(1));
            key.groupEdit(0)->setFocus();
            key.groupEdit(0)->end(false);
            type(refused);
            QCOMPARE(key.keyText(), QStringLiteral("BCDFG----"));
            QVERIFY2(key.message().contains(QStringLiteral("\"%1\"").arg(shown)),
                     qPrintable(refused + QStringLiteral(" after a full group: ") + key.message()));
        }
    }

    // The list of allowed characters is one piece: wrapped at "Y, 2 / 3 4 6" it read as two
    // lists. Checked at every width from a phone-sized dialog to a wide window.
    void productKeyAlphabetIsNeverSplitAcrossLines()
    {
        QWidget host;
        auto* layout = new QVBoxLayout(&host);
        auto* key = new ui::ProductKeyEntry(&host);
        layout->addWidget(key);
        host.show();
        QApplication::setActiveWindow(&host);
        QVERIFY(QTest::qWaitForWindowActive(&host));
        key->groupEdit(0)->setFocus();
        type(QStringLiteral("a"));
        auto* message = child<QLabel>(&host, "productKeyMessageLabel");
        const QString text = message->text();
        const QString letters = QStringLiteral("B C D F G H J K M P Q R T V W X Y");
        const QString digits = QStringLiteral("2 3 4 6 7 8 9");
        for (int width = 240; width <= 1200; width += 7) {
            const QStringList lines = wrappedLines(text, message->font(), width);
            // Compare with the list's spaces made plain: no line may hold only a part of it.
            for (const QString& line : lines) {
                const QString plain = QString(line).replace(QChar(0x00A0), QLatin1Char(' '));
                for (const QString& list : {letters, digits}) {
                    const bool some = plain.contains(list.left(3)) || plain.contains(list.right(3));
                    QVERIFY2(!some || plain.contains(list),
                             qPrintable(QStringLiteral("width %1: [%2]").arg(width).arg(line)));
                }
            }
        }
    }

    // As in the CID fields: a key typed at the end of a full field goes on to the next field
    // with room, even one that already has characters (it used to be dropped then).
    void productKeyTypedAtTheEndOfAFullFieldGoesOn()
    {
        ui::ProductKeyEntry key;
        key.show();
        QApplication::setActiveWindow(&key);
        QVERIFY(QTest::qWaitForWindowActive(&key));
        key.setText(QStringLiteral("BCDFG-HJ"));
        QCOMPARE(focused(), key.groupEdit(1));
        key.groupEdit(0)->setFocus();
        key.groupEdit(0)->end(false);
        type(QStringLiteral("k"));
        QCOMPARE(key.groupEdit(0)->text(), QStringLiteral("BCDFG"));
        QCOMPARE(key.groupEdit(1)->text(), QStringLiteral("HJK"));
        QCOMPARE(focused(), key.groupEdit(1));
        type(QStringLiteral("mp"));
        QCOMPARE(focused(), key.groupEdit(2)); // a full field moves on, as before

        // Fields 1 and 2 full: a key at the end of 1 goes on to 3.
        key.groupEdit(0)->setFocus();
        key.groupEdit(0)->end(false);
        type(QStringLiteral("q"));
        QCOMPARE(key.keyText(), QStringLiteral("BCDFG-HJKMP-Q--"));
        QCOMPARE(focused(), key.groupEdit(2));

        // The rest of the key typed on from there completes it.
        int completed = 0;
        connect(&key, &ui::ProductKeyEntry::completed, this, [&] { ++completed; });
        type(QStringLiteral("RTVWXY2346789B"));
        QCOMPARE(key.keyText(), QStringLiteral("BCDFG-HJKMP-QRTVW-XY234-6789B"));
        QVERIFY(key.isComplete());
        QCOMPARE(completed, 1);
    }

    void productKeyWithTwoNsIsNotComplete()
    {
        ui::ProductKeyEntry key;
        key.setText(QStringLiteral("NBCDF-NHJKM-QRTVW-XY234-6789B"));
        QVERIFY(!key.isComplete());
        QVERIFY2(key.message().contains(QStringLiteral("N")), qPrintable(key.message()));
    }

    void displayCopiesDigitsOnlyAndGrouped()
    {
        ui::GroupedIdDisplay display(ids::IdType::InstallationId, 3);
        const auto iid = ids::InstallationId::parseAscii(kIid).value();
        QStringList groups;
        for (const auto& g : iid.groups())
            groups << QString::fromStdString(g);
        display.setGroups(groups);
        auto* three = display.findChild<QLabel*>(QStringLiteral("installationGroup3DigitsLabel"));
        QVERIFY(three);
        QCOMPARE(three->text(), QStringLiteral("9108201"));
        QCOMPARE(display.findChild<QLabel*>(QStringLiteral("installationGroup3NumberLabel"))->text(),
                 QStringLiteral("3"));

        display.copyDigitsButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), QString::fromStdString(iid.digits()));
        display.copyGroupedButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(kIid));
    }

    void readAloudStepsThroughGroupsFromTheKeyboard()
    {
        ui::ReadAloudView view;
        view.setGroups(ids::IdType::InstallationId, QString::fromLatin1(kIid).split(QLatin1Char('-')));
        view.show();
        QApplication::setActiveWindow(&view);
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setFocus();
        auto* digits = view.findChild<QLabel*>(QStringLiteral("readAloudDigitsLabel"));
        auto* position = view.findChild<QLabel*>(QStringLiteral("readAloudPositionLabel"));
        QCOMPARE(digits->text(), QStringLiteral("2530374"));
        QVERIFY(position->text().contains(QStringLiteral("1 of 9")));

        int finished = 0;
        connect(&view, &ui::ReadAloudView::finished, this, [&] { ++finished; });
        press(Qt::Key_Space);
        QCOMPARE(digits->text(), QStringLiteral("4040511"));
        press(Qt::Key_Right);
        QCOMPARE(view.currentIndex(), 2);
        press(Qt::Key_Backspace);
        QCOMPARE(digits->text(), QStringLiteral("4040511"));
        press(Qt::Key_Left);
        press(Qt::Key_Left); // already at the first group: stays there
        QCOMPARE(view.currentIndex(), 0);
        for (int i = 0; i < 8; ++i)
            press(Qt::Key_Space);
        QCOMPARE(digits->text(), QStringLiteral("6629205"));
        QVERIFY(position->text().contains(QStringLiteral("last")));
        QCOMPARE(finished, 0);
        press(Qt::Key_Space);
        QCOMPARE(finished, 1);
    }
};

QTEST_MAIN(IdWidgetsTest)
#include "test_id_widgets.moc"
