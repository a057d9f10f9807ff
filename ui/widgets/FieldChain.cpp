// SPDX-License-Identifier: MIT
#include "FieldChain.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QWidget>

namespace actdesk::ui {

FieldChain::FieldChain(QObject* parent) : QObject(parent) {}

void FieldChain::setFields(const QVector<QLineEdit*>& fields)
{
    for (QLineEdit* f : m_fields)
        f->removeEventFilter(this);
    m_fields = fields;
    for (int i = 0; i < m_fields.size(); ++i) {
        m_fields[i]->installEventFilter(this);
        if (i > 0)
            QWidget::setTabOrder(m_fields[i - 1], m_fields[i]);
    }
}

int FieldChain::indexOf(const QObject* field) const
{
    for (int i = 0; i < m_fields.size(); ++i)
        if (m_fields[i] == field)
            return i;
    return -1;
}

void FieldChain::focusField(int index, bool cursorAtEnd)
{
    if (index < 0 || index >= m_fields.size())
        return;
    QLineEdit* f = m_fields[index];
    f->setFocus(Qt::OtherFocusReason);
    f->deselect();
    f->setCursorPosition(cursorAtEnd ? static_cast<int>(f->text().size()) : 0);
}

int FieldChain::carryOn(int index, int length, const QString& typed)
{
    for (int next = index + 1; next < m_fields.size(); ++next) {
        if (m_fields[next]->text().size() < length) {
            focusField(next, true);
            m_fields[next]->insert(typed); // as typed there: undoable, cursor after it
            return next;
        }
    }
    return -1;
}

int FieldChain::carryOnExtraKey(int index, int length, const QString& clean, int cursor)
{
    if (clean.isEmpty() || cursor != clean.size())
        return -1;
    return carryOn(index, length, QString(clean.back()));
}

bool FieldChain::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const int index = indexOf(watched);
    if (index < 0)
        return QObject::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() & ~(Qt::KeypadModifier))
        return QObject::eventFilter(watched, event);
    const QLineEdit* f = m_fields[index];
    const bool atStart = f->cursorPosition() == 0 && !f->hasSelectedText();
    const bool atEnd = f->cursorPosition() == f->text().size() && !f->hasSelectedText();
    switch (key->key()) {
    case Qt::Key_Backspace:
        if (f->text().isEmpty() && index > 0) {
            focusField(index - 1, true);
            return true;
        }
        break;
    case Qt::Key_Left:
        if (atStart && index > 0) {
            focusField(index - 1, true);
            return true;
        }
        break;
    case Qt::Key_Right:
        if (atEnd && index + 1 < m_fields.size()) {
            focusField(index + 1, false);
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace actdesk::ui
