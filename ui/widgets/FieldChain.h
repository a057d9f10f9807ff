// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QVector>

class QLineEdit;

namespace actdesk::ui {

// Keyboard movement across a row of group fields, the way people expect it from
// Windows' own phone activation dialog:
//  - Backspace in an empty field goes back to the end of the previous field;
//  - Left at the start of a field goes to the end of the previous one;
//  - Right at the end of a field goes to the start of the next one;
//  - a key typed at the end of a full field goes on into the next field (carryOn).
class FieldChain : public QObject
{
    Q_OBJECT

  public:
    explicit FieldChain(QObject* parent = nullptr);

    void setFields(const QVector<QLineEdit*>& fields); // in order; sets the tab order too
    const QVector<QLineEdit*>& fields() const { return m_fields; }
    int indexOf(const QObject* field) const;

    void focusField(int index, bool cursorAtEnd);
    // A key typed at the end of field `index`, already full (`length` characters): focuses the
    // next field with room, cursor at its end, and inserts `typed` there, as if the user had
    // moved on first. Returns that field's index (the caller handles it as an edit there), or
    // -1 when no later field has room.
    int carryOn(int index, int length, const QString& typed);
    // Field `index` was full (`length` characters) and now holds `clean`, one key more, with
    // the cursor at `cursor`; the caller has put the field's old text back. Typed at its end,
    // the key goes on into the next field with room (carryOn), as if the user had moved on:
    // someone typing along with the agent loses nothing after a wrong group. Typed inside the
    // field, it is dropped, as by any full field. Returns the field it went to, or -1.
    int carryOnExtraKey(int index, int length, const QString& clean, int cursor);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    QVector<QLineEdit*> m_fields;
};

} // namespace actdesk::ui
