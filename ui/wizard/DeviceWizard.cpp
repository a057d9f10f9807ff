// SPDX-License-Identifier: MIT
#include "DeviceWizard.h"

#include "common/FileDialogs.h"
#include "style/Appearance.h"
#include "widgets/ProductKeyEntry.h"
#include "wizard/ApplyPage.h"
#include "wizard/ConfirmationIdPage.h"
#include "wizard/InstallationIdPage.h"
#include "wizard/MachinePage.h"
#include "wizard/ProductKeyPage.h"
#include "wizard/ProgramPage.h"
#include "wizard/StepList.h"
#include "wizard/TransferActions.h"

#include <QAbstractButton>
#include <QKeyEvent>

namespace actdesk::ui {

DeviceWizard::DeviceWizard(licensing::Licensing& licensing, const catalog::Catalog& catalog,
                           const Clock& clock, const std::vector<workflow::WorkflowObserver*>& observers,
                           QWidget* parent)
    : QWizard(parent), m_session(std::make_unique<workflow::ActivationSession>(licensing, catalog, clock)),
      m_qtDialogs(std::make_unique<FileDialogs>()), m_context{*m_session,        licensing,    catalog,
                                                              m_qtDialogs.get(), std::nullopt, std::nullopt,
                                                              QString()}
{
    setObjectName(QStringLiteral("deviceWizard"));
    setWindowFlags(Qt::Widget);
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoCancelButton | QWizard::NoBackButtonOnStartPage | QWizard::HaveHelpButton);
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Done"));
    setButtonText(QWizard::HelpButton, tr("Help (F1)"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextPushButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backPushButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("donePushButton"));
    button(QWizard::HelpButton)->setObjectName(QStringLiteral("helpPushButton"));
    // The way forward is the most visible thing on every page.
    for (auto which : {QWizard::NextButton, QWizard::FinishButton}) {
        QFont f = appearance::scaled(font(), 1.1);
        f.setBold(true);
        button(which)->setFont(f);
        button(which)->setMinimumWidth(button(which)->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
    }
    button(QWizard::BackButton)->setFont(appearance::scaled(font(), 1.1));

    for (auto* o : observers)
        m_session->addObserver(o);

    m_steps = new StepList(this);
    setSideWidget(m_steps);

    auto* machinePage = new MachinePage(m_context, this);
    setPage(MachinePageId, machinePage);
    connect(machinePage, &MachinePage::machineRead, this, &DeviceWizard::machineRead);
    connect(machinePage, &MachinePage::readingFinished, this, &DeviceWizard::continueResume);
    setPage(ProgramPageId, new ProgramPage(m_context, this));
    setPage(ProductKeyPageId, new ProductKeyPage(m_context, this));
    auto* transfer = new TransferActions(m_context, this);
    auto* iidPage = new InstallationIdPage(m_context, *transfer, this);
    setPage(InstallationIdPageId, iidPage);
    setPage(ConfirmationIdPageId, new ConfirmationIdPage(m_context, *transfer, this));
    setPage(ApplyPageId, new ApplyPage(m_context, this));
    setStartId(MachinePageId);

    connect(iidPage, &InstallationIdPage::activationCentreRequested, this,
            &DeviceWizard::activationCentreRequested);
    connect(this, &QWizard::currentIdChanged, this, &DeviceWizard::onPageChanged);
    // Apply (step 6) and a desk response opened on step 5 both end the activation: the page
    // becomes final and complete. Either way the step list then shows every step done.
    for (int id : pageIds())
        connect(page(id), &QWizardPage::completeChanged, this, &DeviceWizard::updateFinished);
}

DeviceWizard::~DeviceWizard() = default;

bool DeviceWizard::hasPendingInput() const
{
    for (int id : pageIds())
        if (const auto* p = qobject_cast<const DevicePage*>(page(id)); p && p->hasPendingInput())
            return true;
    return false;
}

void DeviceWizard::resumeAt(const ResumePoint& resume)
{
    m_resume = resume;
    if (auto* machine = qobject_cast<MachinePage*>(page(MachinePageId)); machine && !machine->isReading() &&
                                                                         currentId() == MachinePageId)
        continueResume();
}

void DeviceWizard::continueResume()
{
    if (!m_resume || currentId() != MachinePageId)
        return;
    ResumePoint resume = std::move(*m_resume);
    m_resume.reset();
    // Only as far as the pages allow: a machine without its ESU licences stays on step 1.
    if (!currentPage()->isComplete())
        return;
    qobject_cast<ProgramPage*>(page(ProgramPageId))->preferProgram(resume.program);
    next();
    if (currentId() != ProgramPageId || field(QStringLiteral("program")).toString() != resume.program ||
        !currentPage()->isComplete())
        return;
    next();
    if (auto* keyPage = qobject_cast<ProductKeyPage*>(currentPage()); keyPage && !resume.typedKey.isEmpty()) {
        keyPage->entry()->setText(resume.typedKey);
        resume.typedKey.fill(QLatin1Char('0'));
    }
    focusCurrentPage();
}

void DeviceWizard::setFileDialogs(FileDialogs* dialogs)
{
    m_context.dialogs = dialogs ? dialogs : m_qtDialogs.get();
}

void DeviceWizard::accept()
{
    Q_EMIT activationFinished();
}

void DeviceWizard::reject()
{
    // Embedded in the main window: Esc must not make the wizard disappear.
}

void DeviceWizard::keyPressEvent(QKeyEvent* event)
{
    // Enter means "next step" wherever the focus is (a focused button takes Enter itself).
    // QDialog's own default-button search does not work for a dialog embedded in a window.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        const bool last = currentPage() && currentPage()->isFinalPage();
        if (auto* forward = button(last ? QWizard::FinishButton : QWizard::NextButton);
            forward && forward->isEnabled() && forward->isVisible())
            forward->click();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        event->ignore(); // Esc belongs to the window, not to the embedded wizard
        return;
    }
    QWizard::keyPressEvent(event);
}

bool DeviceWizard::focusNextPrevChild(bool next)
{
    // Whenever a page's completeness is re-checked (every keystroke in the key and CID
    // fields), QWizard turns updates off and hides all its content for a moment, against
    // flicker. Qt then moves the focus away from the hidden field to the next widget outside
    // the wizard (in the main window: the tab bar) and never gives it back. While updates are
    // off, keep the focus where it is; real Tab presses happen with updates on.
    if (!updatesEnabled())
        return true;
    return QWizard::focusNextPrevChild(next);
}

void DeviceWizard::onPageChanged(int id)
{
    m_steps->setCurrent(id);
    updateFinished();
    focusCurrentPage();
}

void DeviceWizard::updateFinished()
{
    const QWizardPage* p = currentPage();
    m_steps->setFinished(p && p->isFinalPage() && p->isComplete());
}

void DeviceWizard::focusCurrentPage()
{
    if (const auto* p = qobject_cast<const DevicePage*>(currentPage())) {
        if (QWidget* w = p->preferredFocus())
            w->setFocus(Qt::OtherFocusReason);
        else if (auto* forward = button(p->isFinalPage() ? QWizard::FinishButton : QWizard::NextButton);
                 forward && forward->isEnabled())
            forward->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace actdesk::ui
