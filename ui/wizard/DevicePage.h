// SPDX-License-Identifier: MIT
#pragma once

#include "wizard/WizardContext.h"

#include <QWizardPage>

class QAbstractButton;
class QLabel;
class QVBoxLayout;

namespace actdesk::ui {

// Base of the Device wizard's pages.
//  - Going back never resets a page: cleanupPage() keeps what was typed.
//  - Each page names the widget that should have the keyboard when it is shown.
class DevicePage : public QWizardPage
{
    Q_OBJECT

public:
    DevicePage(WizardContext& context, QWidget* parent = nullptr);

    void cleanupPage() override {}
    // The widget that gets the focus when the page is shown; null means the Next button.
    virtual QWidget* preferredFocus() const { return nullptr; }
    // True while the page holds typed input that has not been used yet (closing would lose it).
    virtual bool hasPendingInput() const { return false; }

protected:
    // The page's widgets are made the first time it is shown, so the window comes up fast.
    virtual void build() = 0;
    void ensureBuilt();
    bool isBuilt() const { return m_built; }

    QAbstractButton* forwardButton() const; // Next, or Done on the last page
    void focusForward();
    QLabel* makeInstruction(const QString& text);
    // The layout for the page's content, which scrolls as a whole when the window is too small
    // for it (<page>ScrollArea), so nothing on the page is squeezed whatever fonts the
    // machine has. Call once, from build().
    QVBoxLayout* makeScrollingLayout();

    WizardContext& m_ctx;

private:
    bool m_built = false;
};

} // namespace actdesk::ui
