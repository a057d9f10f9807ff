// SPDX-License-Identifier: MIT
#pragma once

#include "ids/IdError.h"
#include "widgets/IdShape.h"

#include <QKeySequence>
#include <QVector>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace actdesk::ui {

class FieldChain;

// Entry of a grouped digit ID, one field per group: confirmation IDs (8 x 6, A-H) or
// installation IDs (9 x 7 or 9 x 6, 1-9).
//  - Every group is checked as it is typed (its last digit is a check digit); a wrong group
//    gets a thick error border and a cross, and the message below names it.
//  - A complete, valid group moves the focus to the next one; a wrong one keeps it until
//    the next key: typed at the end of a full group, a key goes on into the next group with
//    room (see FieldChain::carryOn), so nothing typed after a wrong group is lost.
//  - Backspace in an empty field goes back (see FieldChain); F8 goes to the first wrong group.
//  - The field with the keyboard has a thick frame in the highlight colour (red when wrong)
//    and a tinted background, so it stands out from its neighbours.
//  - Pasting a whole ID into any field fills every field; spaces, hyphens, full-width
//    digits and ideographic spaces are all accepted.
// Field object names: confirmationGroupCLineEdit, installationGroup3LineEdit.
class GroupedIdEntry : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString digits READ digits NOTIFY changed)

public:
    enum class GroupState
    {
        Empty,
        Incomplete,
        Valid,
        Invalid,
    };

    // Where each group's ✓/✗ stands: on a line of its own under the field, or beside the
    // group's name above it (a row lower, for a screen that holds a whole call).
    enum class MarkPlace
    {
        BelowField,
        BesideName,
    };

    explicit GroupedIdEntry(const IdShape& shape, QWidget* parent = nullptr,
                            MarkPlace markPlace = MarkPlace::BelowField);

    const IdShape& shape() const { return m_shape; }
    QString digits() const; // every group's text, concatenated
    QString groupText(int index) const;
    GroupState groupState(int index) const;
    bool isComplete() const; // every group present and valid
    std::optional<int> firstInvalidGroup() const;
    QString message() const; // what is wrong, naming the group; empty when nothing is
    QLineEdit* groupEdit(int index) const;

    // Fills the groups from `text` as if it had been pasted into the first field.
    void setText(const QString& text);
    void clear();
    void focusFirstIncomplete();
    // F8: the first wrong group (else the first one not yet complete), its digits selected so
    // the whole group can be typed again.
    void focusFirstWrong();
    static QKeySequence focusFirstWrongKey() { return QKeySequence(Qt::Key_F8); }

Q_SIGNALS:
    void changed();
    // Every group became valid (after the last keystroke or a paste).
    void completed();
    // An installation ID of the other length (63 digits into 9 groups of 6, or 54 into 9 of 7)
    // was pasted or set: nothing was changed; the owner may switch the form and set `digits`.
    void otherLengthPasted(const QString& digits);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onEdited(int index);
    void spread(int from, const QString& clean);
    void setGroup(int index, const QString& text);
    void validate(int index);
    void restyle(int index);
    void restyleAll();
    void finishEdit(bool wasComplete);
    bool isOtherIidLength(const QString& digits) const;

    IdShape m_shape;
    FieldChain* m_chain = nullptr;
    QVector<QLineEdit*> m_edits;
    QVector<QLabel*> m_headings;
    QVector<QLabel*> m_marks;
    QVector<GroupState> m_states;
    QVector<std::optional<ids::IdError>> m_errors;
    QVector<QString> m_previous;
    QLabel* m_message = nullptr;
};

} // namespace actdesk::ui
