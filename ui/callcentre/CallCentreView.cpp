// SPDX-License-Identifier: MIT
#include "CallCentreView.h"

#include "ReadBackPanel.h"
#include "catalog/Catalog.h"
#include "ids/ConfirmationId.h"
#include "ids/InstallationId.h"
#include "input/ParseInput.h"
#include "input/UserText.h"
#include "simulation/SimulationBanner.h"
#include "simulation/SimulationControl.h"
#include "style/Appearance.h"
#include "text/CatalogText.h"
#include "widgets/GroupedIdEntry.h"
#include "widgets/NoticeLabel.h"
#include "widgets/ScrollingContent.h"
#include "widgets/WrappingLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace actdesk::ui {

namespace {

QStringList toList(const std::vector<std::string>& groups)
{
    QStringList out;
    for (const auto& g : groups)
        out << QString::fromStdString(g);
    return out;
}

} // namespace

CallCentreView::CallCentreView(const catalog::Catalog& catalog, workflow::ActivationJournal* journal,
                               const Clock& clock, const QString& operatorName,
                               const SimulationControl* training, QWidget* parent)
    : QWidget(parent), m_catalog(catalog), m_journal(journal), m_clock(clock), m_centre(training),
      m_operator(operatorName)
{
    setObjectName(QStringLiteral("callCentreView"));
    buildUi();
    retranslate();
    updateButtons();
    loadShiftFromJournal();
}

CallCentreView::~CallCentreView() = default;

void CallCentreView::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    m_trainingBox = new QCheckBox(this);
    m_trainingBox->setObjectName(QStringLiteral("callTrainingCheckBox"));
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("callNewButton"));
    m_banner = new SimulationBanner(QString(), this);
    m_banner->setObjectName(QStringLiteral("callSimulationBanner"));
    m_banner->setVisible(false);
    outer->addWidget(m_banner);
    m_phones = new WrappingLabel(this);
    m_phones->setObjectName(QStringLiteral("callActivationPhonesLabel"));
    m_phones->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_phones);

    // Three columns, in the order of the call: the caller and their installation ID (and the
    // shift's calls under it), the confirmation ID, the read-back. The whole call fits the
    // default window (1,100 x 740) without scrolling; it scrolls only in a smaller one instead
    // of forcing the window larger than the screen.
    auto* columnsWidget = new QWidget(this);
    auto* columns = new QHBoxLayout(columnsWidget);
    columns->setContentsMargins(0, 0, 0, 0);
    auto* columnsArea = scrollingContent(columnsWidget, this);
    columnsArea->setObjectName(QStringLiteral("callCentreScrollArea"));
    outer->addWidget(columnsArea, 1);
    auto* left = new QVBoxLayout;
    auto* middle = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(middle, 2);
    columns->addLayout(right, 2);

    // 1. The caller and the installation ID.
    m_callerBox = new QGroupBox(this);
    auto* caller = new QVBoxLayout(m_callerBox);
    auto* form = new QFormLayout;
    m_machineLabel = new QLabel(m_callerBox);
    m_machine = new QLineEdit(m_callerBox);
    m_machine->setObjectName(QStringLiteral("callMachineLineEdit"));
    m_machineLabel->setBuddy(m_machine);
    form->addRow(m_machineLabel, m_machine);
    m_programLabel = new QLabel(m_callerBox);
    m_program = new QComboBox(m_callerBox);
    m_program->setObjectName(QStringLiteral("callProgramComboBox"));
    m_program->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_program->setMinimumContentsLength(16);
    m_programLabel->setBuddy(m_program);
    form->addRow(m_programLabel, m_program);
    m_formLabel = new QLabel(m_callerBox);
    auto* formRow = new QHBoxLayout;
    m_long = new QRadioButton(m_callerBox);
    m_long->setObjectName(QStringLiteral("callLongFormRadioButton"));
    m_short = new QRadioButton(m_callerBox);
    m_short->setObjectName(QStringLiteral("callShortFormRadioButton"));
    m_long->setChecked(true);
    formRow->addWidget(m_long);
    formRow->addWidget(m_short);
    formRow->addStretch(1);
    form->addRow(m_formLabel, formRow);
    caller->addLayout(form);
    m_iidHeading = new WrappingLabel(m_callerBox);
    m_iidHeading->setFont(appearance::headingFont(font(), 1.1));
    caller->addWidget(m_iidHeading);
    m_iidSlot = new QVBoxLayout;
    caller->addLayout(m_iidSlot);
    left->addWidget(m_callerBox);

    m_callsBox = new QGroupBox(this);
    auto* calls = new QVBoxLayout(m_callsBox);
    m_calls = new QTableWidget(0, 4, m_callsBox);
    m_calls->setObjectName(QStringLiteral("callListTable"));
    m_calls->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_calls->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_calls->verticalHeader()->setVisible(false);
    m_calls->horizontalHeader()->setStretchLastSection(true);
    // The list takes the height the caller's box leaves (a few rows; it scrolls), and never
    // asks for more: the call itself comes first.
    m_calls->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_calls->setMinimumHeight(5 * fontMetrics().lineSpacing());
    calls->addWidget(m_calls);
    left->addWidget(m_callsBox, 1);

    // 2. The confirmation ID: two groups to a row, so A-H stand in one column beside the IID.
    m_cidBox = new QGroupBox(this);
    auto* cid = new QVBoxLayout(m_cidBox);
    m_cidHeading = new WrappingLabel(m_cidBox);
    cid->addWidget(m_cidHeading);
    IdShape cidShape = IdShape::confirmationId();
    cidShape.columns = 2;
    m_cidEntry = new GroupedIdEntry(cidShape, m_cidBox, GroupedIdEntry::MarkPlace::BesideName);
    m_cidHeading->setBuddy(m_cidEntry->groupEdit(0)); // Alt+C: group A
    cid->addWidget(m_cidEntry);
    m_simulate = new QPushButton(m_cidBox);
    m_simulate->setObjectName(QStringLiteral("callSimulateButton"));
    m_readBackButton = new QPushButton(m_cidBox);
    m_readBackButton->setObjectName(QStringLiteral("callReadBackButton"));
    m_readBackButton->setDefault(true);
    cid->addWidget(m_readBackButton);
    cid->addWidget(m_simulate);
    cid->addStretch(1);
    middle->addWidget(m_cidBox, 1);

    // 3. Read back and finish.
    m_readBackBox = new QGroupBox(this);
    auto* rb = new QVBoxLayout(m_readBackBox);
    m_readBack = new ReadBackPanel(m_readBackBox);
    rb->addWidget(m_readBack);
    m_finish = new QPushButton(m_readBackBox);
    m_finish->setObjectName(QStringLiteral("callFinishButton"));
    rb->addWidget(m_finish);
    rb->addSpacing(8);
    m_reasonLabel = new WrappingLabel(m_readBackBox);
    m_reason = new QLineEdit(m_readBackBox);
    m_reason->setObjectName(QStringLiteral("callReasonLineEdit"));
    m_reasonLabel->setBuddy(m_reason);
    m_failed = new QPushButton(m_readBackBox);
    m_failed->setObjectName(QStringLiteral("callFailedButton"));
    rb->addWidget(m_reasonLabel);
    rb->addWidget(m_reason);
    auto* failRow = new QHBoxLayout;
    failRow->addStretch(1);
    failRow->addWidget(m_failed);
    rb->addLayout(failRow);
    rb->addStretch(1);
    right->addWidget(m_readBackBox, 1);

    // What just happened, then the next call and training mode, on one line under the call.
    m_notice = new NoticeLabel(this);
    m_notice->setObjectName(QStringLiteral("callNotice"));
    m_notice->setWordWrap(true);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_notice, 1);
    bottom->addWidget(m_trainingBox);
    bottom->addWidget(m_new);
    outer->addLayout(bottom);

    makeIidEntry(7);
    fillPrograms();
    followProgramLength();
    connect(m_program, &QComboBox::currentIndexChanged, this, &CallCentreView::followProgramLength);

    connect(m_trainingBox, &QCheckBox::toggled, this, &CallCentreView::setTrainingMode);
    connect(m_short, &QRadioButton::toggled, this, &CallCentreView::setShortForm);
    connect(m_new, &QPushButton::clicked, this, &CallCentreView::newCall);
    connect(m_simulate, &QPushButton::clicked, this, &CallCentreView::fillFromSimulatedCentre);
    connect(m_readBackButton, &QPushButton::clicked, this, &CallCentreView::startReadBack);
    connect(m_finish, &QPushButton::clicked, this, &CallCentreView::finishCall);
    connect(m_failed, &QPushButton::clicked, this, &CallCentreView::endCallFailed);
    connect(m_reason, &QLineEdit::returnPressed, this, &CallCentreView::endCallFailed);
    connect(m_cidEntry, &GroupedIdEntry::changed, this, [this] {
        m_cidFromSimulation = false;
        updateButtons();
    });
    connect(m_cidEntry, &GroupedIdEntry::completed, this, [this] { m_readBackButton->setFocus(); });
    connect(m_readBack, &ReadBackPanel::confirmationChanged, this, &CallCentreView::updateButtons);
}

void CallCentreView::makeIidEntry(int groupLength)
{
    if (m_iidEntry) {
        // Possibly replaced from one of its own signals: deleted once that has returned.
        m_iidEntry->disconnect(this);
        m_iidEntry->hide();
        m_iidSlot->removeWidget(m_iidEntry);
        m_iidEntry->deleteLater();
    }
    m_iidEntry = new GroupedIdEntry(IdShape::installationId(groupLength), m_callerBox,
                                    GroupedIdEntry::MarkPlace::BesideName);
    m_iidSlot->addWidget(m_iidEntry);
    m_iidHeading->setBuddy(m_iidEntry->groupEdit(0));
    connect(m_iidEntry, &GroupedIdEntry::changed, this, &CallCentreView::updateButtons);
    connect(m_iidEntry, &GroupedIdEntry::changed, this, &CallCentreView::followTypedLength);
    connect(m_iidEntry, &GroupedIdEntry::otherLengthPasted, this, [this](const QString& digits) {
        setShortForm(m_iidEntry->shape().groupLength == 7);
        m_iidEntry->setText(digits);
    });
    connect(m_iidEntry, &GroupedIdEntry::completed, this, [this] {
        if (m_training)
            m_simulate->setFocus();
        else
            m_cidEntry->focusFirstIncomplete();
    });
    setTabOrder(m_short, m_iidEntry->groupEdit(0));
    setTabOrder(m_iidEntry->groupEdit(m_iidEntry->shape().groups - 1), m_cidEntry->groupEdit(0));
}

void CallCentreView::followProgramLength()
{
    const auto* entry = m_catalog.find(m_program->currentData().toString().toStdString());
    if (!entry || entry->os.empty() || !m_iidEntry->digits().isEmpty())
        return;
    setShortForm(installationIdGroupLength(entry->os.front()) == 6);
}

void CallCentreView::followTypedLength()
{
    // Typed in the wrong form, a group fails its check; the other form then explains every
    // full group typed so far (a random group passes one time in ten, so a switch needs a
    // group that fails here).
    if (!m_iidEntry->firstInvalidGroup())
        return;
    const QString digits = m_iidEntry->digits();
    const int other = m_iidEntry->shape().groupLength == 7 ? 6 : 7;
    const qsizetype full = digits.size() / other;
    if (full == 0)
        return;
    for (qsizetype g = 0; g < full; ++g) {
        const QByteArray group = digits.mid(g * other, other).toLatin1();
        if (!input::validateIdGroup(std::string_view(group.constData(), std::size_t(group.size())),
                                    ids::IdType::InstallationId, int(g), other))
            return;
    }
    setShortForm(other == 6);
    m_iidEntry->setText(digits);
}

void CallCentreView::fillPrograms()
{
    const QString keep = m_program->currentData().toString();
    const QSignalBlocker block(m_program);
    m_program->clear();
    for (const auto& entry : m_catalog.entries())
        m_program->addItem(text::CatalogText::programYear(entry), QString::fromStdString(entry.key));
    if (!keep.isEmpty())
        selectProgram(keep);
}

bool CallCentreView::selectProgram(const QString& catalogKey)
{
    const int index = m_program->findData(catalogKey);
    if (index < 0)
        return false;
    m_program->setCurrentIndex(index);
    return true;
}

void CallCentreView::retranslate()
{
    m_new->setText(tr("&New call"));
    m_trainingBox->setText(tr("&Training mode (Simulation)"));
    m_banner->setText(
        tr("SIMULATION — training mode: confirmation IDs come from the simulated activation centre "
           "and work only on simulated machines."));
    const QStringList phones = text::CatalogText::activationPhones(m_catalog);
    m_phones->setText(tr("Activation line: %1").arg(phones.join(QStringLiteral(" · "))));
    m_phones->setVisible(!phones.isEmpty());
    m_callerBox->setTitle(tr("1. The caller's installation ID"));
    m_machineLabel->setText(tr("Caller's &machine name (optional):"));
    m_programLabel->setText(tr("&Program / year:"));
    m_formLabel->setText(tr("Installation ID length:"));
    m_long->setText(tr("63 digits"));
    m_short->setText(tr("54 digits"));
    m_long->setToolTip(tr("9 groups of 7 digits"));
    m_short->setToolTip(tr("9 groups of 6 digits"));
    m_iidHeading->setText(tr("&Installation ID, as the caller reads it out (groups 1–9):"));
    m_cidBox->setTitle(tr("2. The confirmation ID"));
    m_cidHeading->setText(tr("&Confirmation ID from the activation line (groups A–H):"));
    m_simulate->setText(tr("Ask the simulated centre (Simulation)"));
    m_readBackButton->setText(tr("&Read it back to the caller →"));
    m_readBackBox->setTitle(tr("3. Read back, group by group"));
    m_finish->setText(tr("&Done — journal the call"));
    m_reasonLabel->setText(tr("Could not finish, &because:"));
    m_reason->setPlaceholderText(tr("e.g. caller hung up"));
    m_failed->setText(tr("&Journal as failed"));
    m_callsBox->setTitle(tr("Calls this shift"));
    m_callsBox->setToolTip(tr("Your calls of the last %n hour(s), from the journal", nullptr,
                              static_cast<int>(m_shiftLength.count())));
    m_calls->setHorizontalHeaderLabels({tr("Time"), tr("Machine"), tr("Installation ID"), tr("Outcome")});
    fillPrograms();
}

void CallCentreView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CallCentreView::setShortForm(bool sixDigitGroups)
{
    if (m_short->isChecked() != sixDigitGroups)
        (sixDigitGroups ? m_short : m_long)->setChecked(true);
    if (m_iidEntry && m_iidEntry->shape().groupLength == (sixDigitGroups ? 6 : 7))
        return;
    makeIidEntry(sixDigitGroups ? 6 : 7);
    updateButtons();
}

void CallCentreView::setTrainingMode(bool on)
{
    m_training = on;
    if (m_trainingBox->isChecked() != on)
        m_trainingBox->setChecked(on);
    m_banner->setVisible(on);
    updateButtons();
}

void CallCentreView::updateButtons()
{
    const bool iid = m_iidEntry && m_iidEntry->isComplete();
    m_simulate->setVisible(m_training);
    m_simulate->setEnabled(m_training && iid);
    m_readBackButton->setEnabled(iid && m_cidEntry->isComplete());
    m_finish->setEnabled(m_readBack->allConfirmed());
    const bool started = (m_iidEntry && !m_iidEntry->digits().isEmpty()) || !m_cidEntry->digits().isEmpty();
    m_failed->setEnabled(started);
}

bool CallCentreView::fillFromSimulatedCentre()
{
    if (!m_training || !m_centre || !m_iidEntry->isComplete())
        return false;
    auto iid = ids::InstallationId::parseAscii(m_iidEntry->digits().toStdString());
    if (!iid)
        return false;
    const auto cid = m_centre->confirmationIdFor(iid.value());
    m_cidEntry->setText(QString::fromStdString(cid.digits()));
    m_cidFromSimulation = true;
    updateButtons();
    m_notice->showNotice(
        NoticeLabel::Kind::Warning,
        tr("Simulation: this confirmation ID comes from the simulated centre and works only on "
           "simulated machines."));
    return startReadBack();
}

bool CallCentreView::startReadBack()
{
    if (!m_iidEntry->isComplete()) {
        const QString why = m_iidEntry->message();
        m_notice->showNotice(NoticeLabel::Kind::Error,
                             why.isEmpty() ? tr("Type the whole installation ID first.") : why);
        m_iidEntry->focusFirstIncomplete();
        return false;
    }
    auto cid = ids::ConfirmationId::parseAscii(m_cidEntry->digits().toStdString());
    if (!m_cidEntry->isComplete() || !cid) {
        const QString why = m_cidEntry->message();
        m_notice->showNotice(NoticeLabel::Kind::Error,
                             why.isEmpty() ? tr("Type all eight groups (A–H) of the confirmation ID first.")
                                           : why);
        m_cidEntry->focusFirstIncomplete();
        return false;
    }
    m_readBack->setGroups(toList(cid->groups()));
    if (m_readBack->tick(0))
        m_readBack->tick(0)->setFocus();
    if (!m_cidFromSimulation)
        m_notice->showNotice(NoticeLabel::Kind::Info,
                             tr("Read group A to the caller; tick it when they confirm, then go on to B."));
    return true;
}

bool CallCentreView::finishCall()
{
    if (!m_readBack->allConfirmed()) {
        m_notice->showNotice(NoticeLabel::Kind::Error,
                             tr("Tick every group A–H once the caller has confirmed it."));
        return false;
    }
    if (!journalCall(true,
                     QStringLiteral("call: confirmation ID read back, every group confirmed by the caller")))
        return false;
    newCall();
    m_notice->showNotice(NoticeLabel::Kind::Success, tr("Call journaled. Ready for the next caller."));
    return true;
}

bool CallCentreView::endCallFailed()
{
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        m_notice->showNotice(NoticeLabel::Kind::Error, tr("Type why the call could not be finished."));
        m_reason->setFocus();
        return false;
    }
    if (!journalCall(false, reason))
        return false;
    newCall();
    m_notice->showNotice(NoticeLabel::Kind::Success,
                         tr("Call journaled as failed. Ready for the next caller."));
    return true;
}

void CallCentreView::newCall()
{
    m_machine->clear();
    m_iidEntry->clear();
    m_cidEntry->clear();
    m_reason->clear();
    m_readBack->setGroups({});
    m_cidFromSimulation = false;
    m_notice->clearNotice();
    followProgramLength();
    updateButtons();
    m_iidEntry->focusFirstIncomplete();
}

} // namespace actdesk::ui
