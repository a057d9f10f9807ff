// SPDX-License-Identifier: MIT
#pragma once

#include <QVector>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace actdesk::ui {

class FieldChain;

// Entry of a 25-character product key in five fields of five.
//  - Only the product-key alphabet is accepted (B C D F G H J K M P Q R T V W X Y 2 3 4 6 7 8 9
//    and one N); lower case and full-width characters are mapped, anything else is refused
//    with a message saying so.
//  - A full field moves on to the next, and a key typed at the end of a full field goes on
//    into the next field with room; Backspace in an empty field goes back.
//  - Pasting a whole key (with or without hyphens) into any field spreads it over all five.
// The key is a secret: it lives only in these fields until it is installed, then clear()
// wipes them (and their undo history).
class ProductKeyEntry : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kGroups = 5;
    static constexpr int kGroupLength = 5;

    explicit ProductKeyEntry(QWidget* parent = nullptr);

    // "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX" as typed so far. Only for the install call.
    QString keyText() const;
    bool isComplete() const; // 25 characters that form a well-formed key
    QString message() const;
    QLineEdit* groupEdit(int index) const;

    void setText(const QString& text); // as if pasted into the first field
    void clear();
    void focusFirstIncomplete();

Q_SIGNALS:
    void changed();
    void completed();

private:
    void onEdited(int index);
    QString filter(const QString& raw, int index, int* cursor);
    void spread(int from, const QString& clean);
    void setGroup(int index, const QString& text);
    void finishEdit(bool wasComplete);

    FieldChain* m_chain = nullptr;
    QVector<QLineEdit*> m_edits;
    QVector<QString> m_previous;
    QLabel* m_message = nullptr;
    QString m_rejection; // what the last edit refused, if anything
    bool m_complete = false; // as of the last finished edit (the fields already changed)
};

} // namespace actdesk::ui
