// SPDX-License-Identifier: MIT
#include "ConfirmationIdPage.h"

#include "style/Appearance.h"
#include "text/ErrorText.h"
#include "verbs/TextEntry.h"
#include "widgets/GroupedIdEntry.h"
#include "widgets/NoticeLabel.h"
#include "widgets/WrappingLabel.h"
#include "wizard/TransferActions.h"

#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace actdesk::ui {

namespace {

// The area the desk's report scrolls in: it asks for no more than its minimum and takes
// what the page has left (a long report scrolls instead of pushing the page down).
class ReportScrollArea : public QScrollArea
{
  public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override { return {QScrollArea::sizeHint().width(), minimumHeight()}; }
};

} // namespace

ConfirmationIdPage::ConfirmationIdPage(WizardContext& context, TransferActions& transfer, QWidget* parent)
    : DevicePage(context, parent), m_transfer(transfer)
{
    setObjectName(QStringLiteral("confirmationIdPage"));
    setTitle(text::ErrorText::stepName(workflow::Step::ConfirmationId));
}

void ConfirmationIdPage::build()
{
    auto* instruction = makeInstruction(
        tr("Type the confirmation ID as the agent reads it, group by group, A to H. Each group is checked as "
           "you type: if a group is marked wrong, ask the agent to repeat that whole group. F8 goes to the "
           "first wrong group."));
    auto* pasteHint =
        new WrappingLabel(tr("You can also paste the whole confirmation ID into any group."), this);
    pasteHint->setObjectName(QStringLiteral("pasteHintLabel"));

    m_entry = new GroupedIdEntry(IdShape::confirmationId(), this);
    connect(m_entry, &GroupedIdEntry::changed, this, [this] {
        m_notice->clearNotice();
        updateOverride();
        Q_EMIT completeChanged();
    });
    connect(m_entry, &GroupedIdEntry::completed, this, &ConfirmationIdPage::focusForward);

    m_notice = new NoticeLabel(this);
    m_notice->setObjectName(QStringLiteral("confirmationIdNoticeLabel"));
    m_override = new QCheckBox(
        tr("The agent confirmed these digits: appl&y them anyway (Windows checks them again)"), this);
    m_override->setObjectName(QStringLiteral("overrideGroupCheckCheckBox"));
    m_override->hide();
    connect(m_override, &QCheckBox::toggled, this, &ConfirmationIdPage::completeChanged);

    // The answer came back on a USB stick instead of by phone.
    auto* responseHint =
        new WrappingLabel(tr("Answer on a USB stick? Open the desk's response instead of typing:"), this);
    responseHint->setObjectName(QStringLiteral("responseHintLabel"));
    m_openResponse = new QPushButton(tr("&Open response from the desk…"), this);
    m_openResponse->setObjectName(QStringLiteral("openResponsePushButton"));
    m_openResponse->setAutoDefault(false);
    connect(m_openResponse, &QPushButton::clicked, this, &ConfirmationIdPage::openResponse);
    auto* responseRow = new QHBoxLayout;
    responseRow->addWidget(m_openResponse);
    responseRow->addStretch(1);
    m_responseResult = new QLabel(this);
    m_responseResult->setObjectName(QStringLiteral("responseResultLabel"));
    m_responseResult->setFont(appearance::headingFont(font(), 2.2));
    m_responseResult->hide();
    m_responseReport = new NoticeLabel(this);
    m_responseReport->setObjectName(QStringLiteral("responseReportLabel"));
    m_responseReport->setFont(appearance::scaled(font(), 1.15)); // as the other notices on the steps

    // The page's content scrolls as a whole when the window is too low for it, so nothing
    // on it is ever squeezed, the A-H fields least of all (their digits would touch the
    // borders). At the default window size it fits without scrolling.
    auto* layout = makeScrollingLayout();
    layout->addWidget(instruction);
    layout->addWidget(pasteHint);
    layout->addSpacing(10);
    layout->addWidget(m_entry);
    layout->addWidget(m_notice);
    layout->addWidget(m_override);
    layout->addSpacing(10);
    layout->addWidget(responseHint);
    layout->addLayout(responseRow);
    layout->addWidget(m_responseResult);
    // A report on a file with many items can be long: it scrolls in the space that is left
    // (at least two lines). Hidden while there is none, so it is no empty Tab stop.
    m_reportArea = new ReportScrollArea(this);
    m_reportArea->setObjectName(QStringLiteral("responseReportScrollArea"));
    m_reportArea->setAccessibleName(tr("Report on the desk's response"));
    m_reportArea->setWidgetResizable(true);
    m_reportArea->setFrameShape(QFrame::NoFrame);
    m_reportArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_reportArea->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_reportArea->setMinimumHeight(2 * fontMetrics().lineSpacing());
    m_reportArea->setWidget(m_responseReport);
    m_reportArea->hide();
    layout->addWidget(m_reportArea, 1);
    layout->addStretch(0); // what is left while there is no report

    for (int i = 0; i < IdShape::confirmationId().groups; ++i)
        registerField(QStringLiteral("cid.%1").arg(IdShape::confirmationId().label(i)),
                      m_entry->groupEdit(i));
}

void ConfirmationIdPage::initializePage()
{
    ensureBuilt();
    const auto& iid = m_ctx.session.installationId();
    const QString current = iid ? QString::fromStdString(iid->digits()) : QString();
    if (!m_forIid.isEmpty() && current != m_forIid && !m_entry->digits().isEmpty()) {
        m_entry->clear();
        m_notice->showNotice(NoticeLabel::Kind::Info,
                             tr("The installation ID has changed since this confirmation ID was typed, so it "
                                "was cleared. A new confirmation ID is needed for the new installation ID."));
    }
    m_forIid = current;
}

bool ConfirmationIdPage::isComplete() const
{
    return isBuilt() &&
           (m_licensedByResponse || m_entry->isComplete() || (allDigitsTyped() && m_override->isChecked()));
}

bool ConfirmationIdPage::allDigitsTyped() const
{
    return m_entry->digits().size() == m_entry->shape().totalDigits();
}

void ConfirmationIdPage::updateOverride()
{
    // Offered only once every digit is there and a group still fails; any change to the
    // digits withdraws it, so the override always covers the digits the agent confirmed.
    const bool offer = allDigitsTyped() && !m_entry->isComplete();
    m_override->setChecked(false);
    m_override->setVisible(offer);
}

int ConfirmationIdPage::nextId() const
{
    // Licensed from the response: nothing is left to apply, so this is the last step.
    return m_licensedByResponse ? -1 : DevicePage::nextId();
}

void ConfirmationIdPage::openResponse()
{
    auto response = m_transfer.openResponse(this);
    if (!response)
        return;
    m_responseReport->showNotice(response->report.kind, response->report.text);
    m_reportArea->show();
    if (response->chosenLicensed) {
        m_responseResult->setText(
            tr("\u2713 %1: %2")
                .arg(m_ctx.chosenProgramText(),
                     text::ErrorText::licenseStatus(licensing::LicenseStatus::Licensed)));
        QPalette pal = m_responseResult->palette();
        pal.setColor(QPalette::WindowText, appearance::successColor(palette()));
        m_responseResult->setPalette(pal);
    } else {
        m_responseResult->clear();
    }
    m_responseResult->setVisible(response->chosenLicensed);
    // Nothing is left to type: the fields step back, so the way on is plainly "Done".
    m_entry->setEnabled(!response->chosenLicensed);
    if (response->chosenLicensed != m_licensedByResponse) {
        m_licensedByResponse = response->chosenLicensed;
        setFinalPage(m_licensedByResponse);
        Q_EMIT completeChanged();
    }
    if (m_licensedByResponse)
        focusForward();
}

bool ConfirmationIdPage::validatePage()
{
    if (m_licensedByResponse)
        return true;
    const QByteArray digits = m_entry->digits().toLatin1();
    const std::string_view typed(digits.constData(), static_cast<std::size_t>(digits.size()));
    auto cid = m_override->isVisible() && m_override->isChecked()
                   ? verbs::enterConfirmationIdDespiteCheck(m_ctx.session, typed)
                   : verbs::enterConfirmationId(m_ctx.session, typed);
    if (!cid) {
        m_notice->showNotice(NoticeLabel::Kind::Error, text::ErrorText::sessionError(cid.error()));
        return false;
    }
    return true;
}

QWidget* ConfirmationIdPage::preferredFocus() const
{
    if (m_licensedByResponse || m_entry->isComplete())
        return nullptr;
    for (int i = 0; i < m_entry->shape().groups; ++i)
        if (m_entry->groupState(i) != GroupedIdEntry::GroupState::Valid)
            return m_entry->groupEdit(i);
    return nullptr;
}

bool ConfirmationIdPage::hasPendingInput() const
{
    return isBuilt() && !m_entry->digits().isEmpty() && !m_ctx.session.status();
}

} // namespace actdesk::ui
