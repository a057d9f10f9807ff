// SPDX-License-Identifier: MIT
#include "GroupedIdEntry.h"

#include "input/ParseInput.h"
#include "style/Appearance.h"
#include "text/ErrorText.h"
#include "widgets/FieldChain.h"
#include "widgets/TypedText.h"
#include "widgets/WrappingLabel.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QVBoxLayout>

namespace actdesk::ui {

namespace {

QString stateName(GroupedIdEntry::GroupState s)
{
    switch (s) {
    case GroupedIdEntry::GroupState::Empty:
        return QStringLiteral("empty");
    case GroupedIdEntry::GroupState::Incomplete:
        return QStringLiteral("incomplete");
    case GroupedIdEntry::GroupState::Valid:
        return QStringLiteral("valid");
    case GroupedIdEntry::GroupState::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

} // namespace

GroupedIdEntry::GroupedIdEntry(const IdShape& shape, QWidget* parent, MarkPlace markPlace)
    : QWidget(parent), m_shape(shape), m_chain(new FieldChain(this))
{
    const QString kind = shape.type == ids::IdType::ConfirmationId ? QStringLiteral("confirmation")
                                                                   : QStringLiteral("installation");
    setObjectName(kind + QStringLiteral("IdEntry"));

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(2);
    const QFont digitFont = appearance::idFont(font(), 1.9);
    const QFont headingFont = appearance::headingFont(font(), 1.2);

    for (int i = 0; i < shape.groups; ++i) {
        const QString prefix = shape.objectNamePrefix(i);
        auto* heading = new QLabel(shape.label(i), this);
        heading->setObjectName(prefix + QStringLiteral("Label"));
        heading->setFont(headingFont);
        heading->setAlignment(Qt::AlignCenter);

        auto* edit = new QLineEdit(this);
        edit->setObjectName(prefix + QStringLiteral("LineEdit"));
        edit->setAccessibleName(shape.accessibleName(i));
        edit->setFont(digitFont);
        edit->setAlignment(Qt::AlignCenter);
        edit->setInputMethodHints(Qt::ImhDigitsOnly);
        const QFontMetrics fm(digitFont);
        edit->setFixedWidth(fm.horizontalAdvance(QString(shape.groupLength + 1, QLatin1Char('0'))) + 24);
        heading->setBuddy(edit);

        auto* mark = new QLabel(this);
        mark->setObjectName(prefix + QStringLiteral("StatusLabel"));
        mark->setAlignment(Qt::AlignCenter);
        mark->setFont(headingFont);

        const int col = i % shape.columns;
        if (markPlace == MarkPlace::BelowField) {
            const int row = (i / shape.columns) * 3;
            grid->addWidget(heading, row, col);
            grid->addWidget(edit, row + 1, col);
            grid->addWidget(mark, row + 2, col);
        } else {
            const int row = (i / shape.columns) * 2;
            auto* name = new QHBoxLayout;
            name->setSpacing(6);
            name->addStretch(1);
            name->addWidget(heading);
            name->addWidget(mark);
            mark->setMinimumWidth(QFontMetrics(headingFont).horizontalAdvance(QChar(0x2717))); // no shift
            name->addStretch(1);
            grid->addLayout(name, row, col);
            grid->addWidget(edit, row + 1, col);
        }

        m_headings.append(heading);
        m_edits.append(edit);
        m_marks.append(mark);
        m_states.append(GroupState::Empty);
        m_errors.append(std::nullopt);
        m_previous.append(QString());
        connect(edit, &QLineEdit::textEdited, this, [this, i] { onEdited(i); });
    }
    grid->setColumnStretch(shape.columns, 1);
    m_chain->setFields(m_edits);

    m_message = new WrappingLabel(this);
    m_message->setObjectName(kind + QStringLiteral("MessageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setFont(appearance::scaled(font(), 1.15));
    m_message->hide(); // no blank line under the fields while nothing is wrong

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addWidget(m_message);
    restyleAll();

    auto* jump = new QShortcut(focusFirstWrongKey(), this);
    jump->setContext(Qt::WidgetWithChildrenShortcut);
    connect(jump, &QShortcut::activated, this, &GroupedIdEntry::focusFirstWrong);
}

QString GroupedIdEntry::digits() const
{
    QString out;
    for (const QLineEdit* e : m_edits)
        out += e->text();
    return out;
}

QString GroupedIdEntry::groupText(int index) const
{
    return m_edits.value(index) ? m_edits[index]->text() : QString();
}

GroupedIdEntry::GroupState GroupedIdEntry::groupState(int index) const
{
    return m_states.value(index, GroupState::Empty);
}

bool GroupedIdEntry::isComplete() const
{
    for (GroupState s : m_states)
        if (s != GroupState::Valid)
            return false;
    return true;
}

std::optional<int> GroupedIdEntry::firstInvalidGroup() const
{
    for (int i = 0; i < m_states.size(); ++i)
        if (m_states[i] == GroupState::Invalid)
            return i;
    return std::nullopt;
}

QString GroupedIdEntry::message() const
{
    return m_message->text();
}

QLineEdit* GroupedIdEntry::groupEdit(int index) const
{
    return m_edits.value(index);
}

bool GroupedIdEntry::isOtherIidLength(const QString& digits) const
{
    const qsizetype n = digits.size();
    return m_shape.type == ids::IdType::InstallationId && n != m_shape.totalDigits() &&
           (n == 54 || n == 63) && digitsOnly(digits) == digits;
}

void GroupedIdEntry::setText(const QString& text)
{
    const bool wasComplete = isComplete();
    const QString clean = withoutSeparators(text, m_shape.type);
    if (isOtherIidLength(clean)) {
        Q_EMIT otherLengthPasted(clean);
        return;
    }
    spread(0, clean);
    finishEdit(wasComplete);
}

void GroupedIdEntry::clear()
{
    for (int i = 0; i < m_edits.size(); ++i)
        setGroup(i, QString());
    finishEdit(false);
}

void GroupedIdEntry::focusFirstIncomplete()
{
    for (int i = 0; i < m_states.size(); ++i) {
        if (m_states[i] != GroupState::Valid) {
            m_chain->focusField(i, true);
            return;
        }
    }
    m_chain->focusField(static_cast<int>(m_edits.size()) - 1, true);
}

void GroupedIdEntry::focusFirstWrong()
{
    const auto bad = firstInvalidGroup();
    if (!bad) {
        focusFirstIncomplete();
        return;
    }
    m_chain->focusField(*bad, true);
    m_edits[*bad]->selectAll();
}

void GroupedIdEntry::onEdited(int index)
{
    const bool wasComplete = isComplete();
    QLineEdit* edit = m_edits[index];
    const QString raw = edit->text();
    int cursor = edit->cursorPosition();
    const QString norm = normaliseTyped(raw, m_shape.type);
    const bool typedSeparator = cursor > 0 && cursor <= norm.size() && isSeparator(norm.at(cursor - 1));
    const QString clean = withoutSeparators(raw, m_shape.type, &cursor);
    const int length = m_shape.groupLength;

    if (clean.size() > length) {
        // A whole ID pasted into any field (even one that had digits in it): fill them all.
        const QString inserted =
            digitsOnly(withoutSeparators(insertedText(m_previous[index], raw), m_shape.type));
        const QString digits = digitsOnly(clean);
        if (inserted.size() == m_shape.totalDigits()) {
            spread(0, inserted);
        } else if (digits.size() == m_shape.totalDigits()) {
            spread(0, digits);
        } else if (isOtherIidLength(inserted)) {
            setGroup(index, m_previous[index]);
            finishEdit(wasComplete);
            Q_EMIT otherLengthPasted(inserted);
            return;
        } else if (clean.size() == length + 1 && m_previous[index].size() == length) {
            // One more key in a full group: the group keeps its digits (a wrong one stays
            // flagged); the key carries on into the next group, or is dropped (FieldChain).
            setGroup(index, m_previous[index]);
            if (const int next = m_chain->carryOnExtraKey(index, length, clean, cursor); next >= 0) {
                onEdited(next);
                return;
            }
        } else {
            spread(index, clean);
        }
        finishEdit(wasComplete);
        return;
    }

    if (clean != raw) {
        edit->setText(clean);
        edit->setCursorPosition(cursor);
    }
    m_previous[index] = clean;
    validate(index);
    const bool atEnd = cursor == clean.size();
    const bool advance = m_states[index] == GroupState::Valid && (atEnd || typedSeparator);
    finishEdit(wasComplete);
    if (advance && !(isComplete() && !wasComplete) && index + 1 < m_edits.size())
        m_chain->focusField(index + 1, true);
}

void GroupedIdEntry::spread(int from, const QString& clean)
{
    const int length = m_shape.groupLength;
    int last = from;
    for (int g = from, pos = 0; g < m_edits.size() && pos < clean.size(); ++g, pos += length) {
        setGroup(g, clean.mid(pos, length));
        last = g;
    }
    // Focus where attention is needed: the first wrong group, else just after what was filled.
    for (int g = from; g <= last; ++g) {
        if (m_states[g] == GroupState::Invalid || m_states[g] == GroupState::Incomplete) {
            m_chain->focusField(g, true);
            return;
        }
    }
    m_chain->focusField(qMin(last + 1, static_cast<int>(m_edits.size()) - 1), true);
}

void GroupedIdEntry::setGroup(int index, const QString& text)
{
    if (m_edits[index]->text() != text)
        m_edits[index]->setText(text);
    m_previous[index] = text;
    validate(index);
}

void GroupedIdEntry::validate(int index)
{
    const QString text = m_edits[index]->text();
    if (text.isEmpty()) {
        m_states[index] = GroupState::Empty;
        m_errors[index].reset();
    } else {
        const QByteArray utf8 = text.toUtf8();
        auto ok =
            input::validateIdGroup(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())),
                                   m_shape.type, index, m_shape.groupLength);
        if (ok) {
            m_states[index] = GroupState::Valid;
            m_errors[index].reset();
        } else {
            m_errors[index] = ok.error();
            m_states[index] = ok.error().kind == ids::IdErrorKind::IncompleteGroup ? GroupState::Incomplete
                                                                                   : GroupState::Invalid;
        }
    }
    restyle(index);
}

void GroupedIdEntry::restyle(int index)
{
    const QPalette pal = palette();
    QColor border = pal.color(QPalette::Mid);
    int width = 2;
    QString mark;
    QColor markColor = pal.color(QPalette::WindowText);
    switch (m_states[index]) {
    case GroupState::Invalid:
        border = appearance::errorColor(pal);
        markColor = border;
        width = 4;
        mark = QStringLiteral("\u2717"); // ✗
        break;
    case GroupState::Valid:
        border = appearance::successColor(pal);
        markColor = border;
        mark = QStringLiteral("\u2713"); // ✓
        break;
    case GroupState::Empty:
    case GroupState::Incomplete:
        break;
    }
    // With the keyboard: a thick frame in the highlight colour (a wrong group stays red) over
    // a background tinted with it, as visible as the product-key fields' focus frame.
    const QColor focusBorder =
        m_states[index] == GroupState::Invalid ? border : pal.color(QPalette::Highlight);
    const QColor base = pal.color(QPalette::Base);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor tint = QColor::fromRgbF(base.redF() * 0.85f + highlight.redF() * 0.15f,
                                         base.greenF() * 0.85f + highlight.greenF() * 0.15f,
                                         base.blueF() * 0.85f + highlight.blueF() * 0.15f);
    QLineEdit* edit = m_edits[index];
    edit->setStyleSheet(
        QStringLiteral("QLineEdit { border: %1px solid %2; border-radius: 4px; padding: %3px 4px; }"
                       "QLineEdit:focus { border: 4px solid %4; padding: 2px 4px; background: %5; }")
            .arg(width)
            .arg(border.name())
            .arg(6 - width)
            .arg(focusBorder.name(), tint.name()));
    edit->setProperty("groupState", stateName(m_states[index]));
    edit->setAccessibleDescription(m_errors[index] && m_states[index] == GroupState::Invalid
                                       ? text::ErrorText::idError(*m_errors[index])
                                       : QString());
    m_marks[index]->setText(mark);
    QPalette markPalette = m_marks[index]->palette();
    markPalette.setColor(QPalette::WindowText, markColor);
    m_marks[index]->setPalette(markPalette);
}

void GroupedIdEntry::restyleAll()
{
    for (int i = 0; i < m_edits.size(); ++i)
        restyle(i);
    QPalette messagePalette = m_message->palette();
    messagePalette.setColor(QPalette::WindowText, appearance::errorColor(palette()));
    m_message->setPalette(messagePalette);
}

void GroupedIdEntry::finishEdit(bool wasComplete)
{
    const auto bad = firstInvalidGroup();
    m_message->setText(bad && m_errors[*bad] ? text::ErrorText::idError(*m_errors[*bad]) : QString());
    m_message->setVisible(!m_message->text().isEmpty());
    Q_EMIT changed();
    if (isComplete() && !wasComplete)
        Q_EMIT completed();
}

void GroupedIdEntry::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyleAll();
}

} // namespace actdesk::ui
