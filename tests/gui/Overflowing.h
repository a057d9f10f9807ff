// SPDX-License-Identifier: MIT
#pragma once
// The fit rules every screen meets, in every language and font set-up (the Linux screen
// tests and the Windows build's wizard under Wine): nothing visible is smaller than its own
// text needs, and nothing is cut off by its window's edge.

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStringList>
#include <QTabBar>
#include <QTreeWidget>
#include <QWidget>

namespace actdesk::testing {

inline QString describe(const QWidget* w)
{
    QString path =
        w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
        if (!p->objectName().isEmpty()) {
            path = p->objectName() + QLatin1Char('/') + path;
            break;
        }
    return path;
}

inline bool insideScrollArea(const QWidget* w)
{
    for (const QWidget* p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget())
        if (qobject_cast<const QAbstractScrollArea*>(p))
            return true;
    return false;
}

// An input field (line edit, spin box, combo box) lower than it asks to be: the text
// touches or crosses its border, as digits in a squeezed CID field do.
inline QString squeezedInput(const QWidget* w)
{
    const int need = qMax(w->sizeHint().height(), w->minimumSizeHint().height());
    if (w->height() >= need)
        return {};
    return QStringLiteral("%1 needs %2 px of height, has %3").arg(describe(w)).arg(need).arg(w->height());
}

// Everything visible under `root` that is smaller than its own text needs (or, for an input
// field, lower than it asks to be), or cut off by the edge of its window.
inline QStringList overflowing(const QWidget* root)
{
    QStringList problems;
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->window() != root->window())
            continue;
        const QRect inWindow(w->mapTo(w->window(), QPoint(0, 0)), w->size());
        if (!insideScrollArea(w) && !w->window()->rect().contains(inWindow))
            problems << QStringLiteral("%1 is cut off by the window's edge: %2,%3 %4x%5 in a %6x%7 window")
                            .arg(describe(w))
                            .arg(inWindow.x())
                            .arg(inWindow.y())
                            .arg(inWindow.width())
                            .arg(inWindow.height())
                            .arg(w->window()->width())
                            .arg(w->window()->height());
        if (const auto* l = qobject_cast<const QLabel*>(w)) {
            if (l->text().isEmpty())
                continue;
            if (l->wordWrap()) {
                const int need = l->heightForWidth(l->width());
                if (need > l->height())
                    problems << QStringLiteral("%1 needs %2 px of height, has %3: %4")
                                    .arg(describe(l))
                                    .arg(need)
                                    .arg(l->height())
                                    .arg(l->text());
            } else if (l->sizeHint().width() > l->width() || l->sizeHint().height() > l->height()) {
                problems << QStringLiteral("%1 needs %2x%3, has %4x%5: %6")
                                .arg(describe(l))
                                .arg(l->sizeHint().width())
                                .arg(l->sizeHint().height())
                                .arg(l->width())
                                .arg(l->height())
                                .arg(l->text());
            }
        } else if (const auto* b = qobject_cast<const QAbstractButton*>(w)) {
            if (!b->text().isEmpty() && b->sizeHint().width() > b->width())
                problems << QStringLiteral("%1 needs %2 px, has %3: %4")
                                .arg(describe(b))
                                .arg(b->sizeHint().width())
                                .arg(b->width())
                                .arg(b->text());
        } else if (const auto* c = qobject_cast<const QComboBox*>(w)) {
            if (c->sizeHint().width() > c->width())
                problems << QStringLiteral("%1 needs %2 px, has %3")
                                .arg(describe(c))
                                .arg(c->sizeHint().width())
                                .arg(c->width());
            if (const QString squeezed = squeezedInput(c); !squeezed.isEmpty())
                problems << squeezed;
        } else if (const auto* e = qobject_cast<const QLineEdit*>(w)) {
            // The line edit inside a spin box or combo box is sized by its owner, checked below.
            if (!qobject_cast<const QAbstractSpinBox*>(e->parentWidget()) &&
                !qobject_cast<const QComboBox*>(e->parentWidget()))
                if (const QString squeezed = squeezedInput(e); !squeezed.isEmpty())
                    problems << squeezed;
        } else if (const auto* s = qobject_cast<const QAbstractSpinBox*>(w)) {
            if (const QString squeezed = squeezedInput(s); !squeezed.isEmpty())
                problems << squeezed;
        } else if (const auto* bar = qobject_cast<const QTabBar*>(w)) {
            for (int i = 0; i < bar->count(); ++i) {
                const int need =
                    bar->fontMetrics().horizontalAdvance(QString(bar->tabText(i)).remove(QLatin1Char('&')));
                if (need + 8 > bar->tabRect(i).width())
                    problems << QStringLiteral("tab %1 is clipped").arg(bar->tabText(i));
            }
        } else if (const auto* tree = qobject_cast<const QTreeWidget*>(w)) {
            int used = 0;
            for (int col = 0; col < tree->columnCount(); ++col) {
                const bool last = col + 1 == tree->columnCount();
                const int width = last ? tree->viewport()->width() - used : tree->columnWidth(col);
                int need = tree->header()->sectionSizeHint(col);
                for (int row = 0; row < tree->model()->rowCount(); ++row)
                    need = qMax(need, tree->sizeHintForIndex(tree->model()->index(row, col)).width());
                if (need > width)
                    problems << QStringLiteral("%1 column %2 needs %3 px, has %4")
                                    .arg(describe(tree))
                                    .arg(col)
                                    .arg(need)
                                    .arg(width);
                used += tree->columnWidth(col);
            }
        }
    }
    return problems;
}

} // namespace actdesk::testing
