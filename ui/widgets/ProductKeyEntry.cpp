// SPDX-License-Identifier: MIT
#include "ProductKeyEntry.h"

#include "ids/ProductKey.h"
#include "input/ParseInput.h"
#include "style/Appearance.h"
#include "text/ErrorText.h"
#include "widgets/FieldChain.h"
#include "widgets/IdShape.h"
#include "widgets/TypedText.h"
#include "widgets/WrappingLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace actdesk::ui {

ProductKeyEntry::ProductKeyEntry(QWidget* parent) : QWidget(parent), m_chain(new FieldChain(this))
{
    setObjectName(QStringLiteral("productKeyEntry"));
    const IdShape shape{ids::IdType::ProductKey, kGroups, kGroupLength, kGroups};
    const QFont keyFont = appearance::idFont(font(), 1.5);
    const QFontMetrics fm(keyFont);

    auto* row = new QHBoxLayout;
    row->setSpacing(6);
    for (int i = 0; i < kGroups; ++i) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(shape.objectNamePrefix(i) + QStringLiteral("LineEdit"));
        edit->setAccessibleName(shape.accessibleName(i));
        edit->setFont(keyFont);
        edit->setAlignment(Qt::AlignCenter);
        edit->setInputMethodHints(Qt::ImhUppercaseOnly | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
        edit->setFixedWidth(fm.horizontalAdvance(QStringLiteral("WWWWWW")) + 20);
        if (i > 0) {
            auto* dash = new QLabel(QStringLiteral("\u2013"), this);
            dash->setFont(keyFont);
            dash->setAccessibleName(QString());
            row->addWidget(dash);
        }
        row->addWidget(edit);
        m_edits.append(edit);
        m_previous.append(QString());
        connect(edit, &QLineEdit::textEdited, this, [this, i] { onEdited(i); });
    }
    row->addStretch(1);
    m_chain->setFields(m_edits);

    m_message = new WrappingLabel(this);
    m_message->setObjectName(QStringLiteral("productKeyMessageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText, appearance::errorColor(palette()));
    m_message->setPalette(pal);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_message);
}

QString ProductKeyEntry::keyText() const
{
    QStringList parts;
    for (const QLineEdit* e : m_edits)
        parts << e->text();
    return parts.join(QLatin1Char('-'));
}

bool ProductKeyEntry::isComplete() const
{
    for (const QLineEdit* e : m_edits)
        if (e->text().size() != kGroupLength)
            return false;
    const QByteArray utf8 = keyText().toUtf8();
    return input::parseProductKey(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())))
        .ok();
}

QString ProductKeyEntry::message() const
{
    return m_message->text();
}

QLineEdit* ProductKeyEntry::groupEdit(int index) const
{
    return m_edits.value(index);
}

void ProductKeyEntry::setText(const QString& text)
{
    const bool wasComplete = m_complete;
    int cursor = static_cast<int>(text.size());
    m_rejection.clear();
    spread(0, filter(text, 0, &cursor));
    finishEdit(wasComplete);
}

void ProductKeyEntry::clear()
{
    for (int i = 0; i < m_edits.size(); ++i) {
        m_edits[i]->setText(QString()); // also clears the undo history
        m_previous[i].fill(QLatin1Char(' '));
        m_previous[i].clear();
    }
    m_rejection.clear();
    finishEdit(false);
}

void ProductKeyEntry::focusFirstIncomplete()
{
    for (int i = 0; i < m_edits.size(); ++i) {
        if (m_edits[i]->text().size() != kGroupLength) {
            m_chain->focusField(i, true);
            return;
        }
    }
    m_chain->focusField(kGroups - 1, true);
}

QString ProductKeyEntry::filter(const QString& raw, int index, int* cursor)
{
    const QString clean = withoutSeparators(raw, ids::IdType::ProductKey, cursor).toUpper();
    QString kept;
    int keptBeforeCursor = 0;
    bool rejected = false;
    for (int i = 0; i < clean.size(); ++i) {
        const QChar c = clean.at(i);
        if (ids::isProductKeyCharacter(c.unicode())) {
            kept.append(c);
            if (i < *cursor)
                ++keptBeforeCursor;
        } else if (!rejected) {
            rejected = true;
            ids::IdError e{ids::IdType::ProductKey, ids::IdErrorKind::InvalidCharacter};
            e.character = c.unicode();
            e.position = index * kGroupLength + i + 1;
            m_rejection = text::ErrorText::idError(e);
        }
    }
    *cursor = keptBeforeCursor;
    return kept;
}

void ProductKeyEntry::onEdited(int index)
{
    const bool wasComplete = m_complete;
    QLineEdit* edit = m_edits[index];
    int cursor = edit->cursorPosition();
    const QString raw = edit->text();
    const QString clean = filter(raw, index, &cursor);

    if (clean.size() > kGroupLength) {
        int ignored = 0;
        const QString inserted = filter(insertedText(m_previous[index], raw), index, &ignored);
        if (inserted.size() == kGroups * kGroupLength) {
            spread(0, inserted);
        } else if (clean.size() == kGroups * kGroupLength) {
            spread(0, clean);
        } else if (clean.size() == kGroupLength + 1 && m_previous[index].size() == kGroupLength) {
            // One more key in a full field: it carries on into the next field, or is dropped
            // (FieldChain, as in GroupedIdEntry).
            setGroup(index, m_previous[index]);
            if (const int next = m_chain->carryOnExtraKey(index, kGroupLength, clean, cursor); next >= 0) {
                onEdited(next);
                return;
            }
        } else {
            spread(index, clean);
        }
        finishEdit(wasComplete);
        return;
    }
    if (clean != edit->text()) {
        edit->setText(clean);
        edit->setCursorPosition(cursor);
    }
    m_previous[index] = clean;
    finishEdit(wasComplete);
    if (clean.size() == kGroupLength && cursor == clean.size() && index + 1 < m_edits.size() &&
        !(isComplete() && !wasComplete))
        m_chain->focusField(index + 1, true);
}

void ProductKeyEntry::spread(int from, const QString& clean)
{
    int last = from;
    for (int g = from, pos = 0; g < m_edits.size() && pos < clean.size(); ++g, pos += kGroupLength) {
        setGroup(g, clean.mid(pos, kGroupLength));
        last = g;
    }
    if (m_edits[last]->text().size() == kGroupLength && last + 1 < m_edits.size())
        m_chain->focusField(last + 1, true);
    else
        m_chain->focusField(last, true);
}

void ProductKeyEntry::setGroup(int index, const QString& text)
{
    if (m_edits[index]->text() != text)
        m_edits[index]->setText(text);
    m_previous[index] = text;
}

void ProductKeyEntry::finishEdit(bool wasComplete)
{
    // A refused character stays explained until the key is complete.
    if (isComplete())
        m_rejection.clear();
    QString message = m_rejection;
    bool allFull = true;
    for (const QLineEdit* e : m_edits)
        allFull = allFull && e->text().size() == kGroupLength;
    if (message.isEmpty() && allFull) {
        const QByteArray utf8 = keyText().toUtf8();
        auto key =
            input::parseProductKey(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
        if (!key)
            message = text::ErrorText::idError(key.error());
    }
    m_message->setText(message);
    m_complete = isComplete();
    Q_EMIT changed();
    if (m_complete && !wasComplete)
        Q_EMIT completed();
}

} // namespace actdesk::ui
