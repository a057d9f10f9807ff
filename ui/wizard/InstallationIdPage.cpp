// SPDX-License-Identifier: MIT
#include "InstallationIdPage.h"

#include "dialogs/FileDialogs.h"
#include "paper/ActivationSheet.h"
#include "paper/QrImage.h"
#include "style/Appearance.h"
#include "text/CatalogText.h"
#include "text/ErrorText.h"
#include "widgets/GroupedIdDisplay.h"
#include "widgets/NoticeLabel.h"
#include "widgets/ReadAloudDialog.h"
#include "widgets/WrappingLabel.h"
#include "wizard/TransferActions.h"

#include <QCheckBox>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace actdesk::ui {

InstallationIdPage::InstallationIdPage(WizardContext& context, TransferActions& transfer, QWidget* parent)
    : DevicePage(context, parent), m_transfer(transfer)
{
    setObjectName(QStringLiteral("installationIdPage"));
    setTitle(text::ErrorText::stepName(workflow::Step::InstallationId));
}

void InstallationIdPage::build()
{
    auto* instruction = makeInstruction(tr(
        "Call the Microsoft activation line for your country or region. When asked, read out these nine "
        "groups. The agent then reads you the confirmation ID: write it down or type it on the next page."));
    m_forProgram = new WrappingLabel(this);
    m_forProgram->setObjectName(QStringLiteral("installationIdProgramLabel"));
    m_forProgram->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_display = new GroupedIdDisplay(ids::IdType::InstallationId, 3, this);
    connect(m_display, &GroupedIdDisplay::copied, this, &InstallationIdPage::markHandedOver);

    // The QR code: what a phone camera reads to paste into the activation web page. Only the
    // digits, never a key; the machine name only when asked for.
    auto* qrCaption = new QLabel(tr("Scan with a phone:"), this);
    qrCaption->setObjectName(QStringLiteral("qrCaptionLabel"));
    m_qr = new QLabel(this);
    m_qr->setObjectName(QStringLiteral("installationIdQrLabel"));
    m_qr->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_qrWithName = new QCheckBox(tr("Include &machine name in the QR code"), this);
    m_qrWithName->setObjectName(QStringLiteral("qrMachineNameCheckBox"));
    m_qrWithName->setChecked(false);
    connect(m_qrWithName, &QCheckBox::toggled, this, &InstallationIdPage::updateQr);
    // The checkbox sits in the corner under the code, beside the copy buttons, so it costs
    // the page no height and the code's column stays as narrow as the code (the digits keep
    // the room).
    auto* idGrid = new QGridLayout;
    idGrid->setHorizontalSpacing(20);
    idGrid->addWidget(m_display, 0, 0, 2, 1, Qt::AlignTop);
    idGrid->addWidget(qrCaption, 0, 1);
    idGrid->addWidget(m_qr, 1, 1, Qt::AlignTop);
    idGrid->addWidget(m_qrWithName, 1, 0, 1, 2, Qt::AlignRight | Qt::AlignBottom);
    idGrid->setRowStretch(1, 1);
    auto* idRow = new QHBoxLayout;
    idRow->addLayout(idGrid);
    idRow->addStretch(1);

    m_readAloud = new QPushButton(tr("&Read aloud, one group at a time"), this);
    m_readAloud->setObjectName(QStringLiteral("readAloudPushButton"));
    m_readAloud->setFont(appearance::scaled(font(), 1.15));
    connect(m_readAloud, &QPushButton::clicked, this, &InstallationIdPage::readAloud);

    m_openCentre = new QPushButton(tr("Open the &activation centre (simulation)"), this);
    m_openCentre->setObjectName(QStringLiteral("openActivationCentrePushButton"));
    m_openCentre->setAutoDefault(false);
    connect(m_openCentre, &QPushButton::clicked, this, &InstallationIdPage::activationCentreRequested);
    m_simulationHint =
        new WrappingLabel(tr("Simulation: the simulated activation centre plays the part of the "
                             "activation line."),
                          this);
    m_simulationHint->setObjectName(QStringLiteral("simulationHintLabel"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_readAloud);
    actions->addStretch(1);
    actions->addWidget(m_openCentre);

    // Without a phone line: on paper, or on a USB stick for the activation desk.
    auto* otherWays =
        new WrappingLabel(tr("No phone line? Take the installation ID to the activation desk on paper or "
                             "on a USB stick:"),
                          this);
    otherWays->setObjectName(QStringLiteral("otherWaysLabel"));
    m_otherWays = otherWays;
    m_print = new QPushButton(tr("&Print sheet…"), this);
    m_print->setObjectName(QStringLiteral("printSheetPushButton"));
    connect(m_print, &QPushButton::clicked, this, &InstallationIdPage::printSheet);
    m_savePdf = new QPushButton(tr("Sa&ve sheet as PDF…"), this);
    m_savePdf->setObjectName(QStringLiteral("saveSheetPdfPushButton"));
    connect(m_savePdf, &QPushButton::clicked, this, &InstallationIdPage::saveSheetPdf);
    // Which years go into the request: this one (the usual case, first) or every year
    // that still waits for activation, so one trip to the desk serves them all.
    m_saveRequest = new QPushButton(tr("Save request for the des&k"), this);
    m_saveRequest->setObjectName(QStringLiteral("saveRequestPushButton"));
    auto* scope = new QMenu(m_saveRequest);
    scope->setObjectName(QStringLiteral("saveRequestMenu"));
    m_requestThisYear = scope->addAction(QString());
    m_requestThisYear->setObjectName(QStringLiteral("requestThisYearAction"));
    connect(m_requestThisYear, &QAction::triggered, this, [this] { saveRequest(false); });
    auto* allYears = scope->addAction(tr("For every ESU year of this machine that still needs activation…"));
    allYears->setObjectName(QStringLiteral("requestAllYearsAction"));
    connect(allYears, &QAction::triggered, this, [this] { saveRequest(true); });
    m_saveRequest->setMenu(scope);
    for (auto* b : {m_print, m_savePdf, m_saveRequest})
        b->setAutoDefault(false);
    auto* paperRow = new QHBoxLayout;
    paperRow->addWidget(m_print);
    paperRow->addWidget(m_savePdf);
    paperRow->addSpacing(24);
    paperRow->addWidget(m_saveRequest);
    paperRow->addStretch(1);

    m_notice = new NoticeLabel(this);
    m_notice->setObjectName(QStringLiteral("installationIdNoticeLabel"));
    m_fileNotice = new NoticeLabel(this);
    m_fileNotice->setObjectName(QStringLiteral("installationIdFileNoticeLabel"));

    // The numbers to call, when the site's administrator has put them in the catalog override.
    const QStringList phones = text::CatalogText::activationPhones(m_ctx.catalog);
    auto* phonesLabel =
        new WrappingLabel(tr("Activation line: %1").arg(phones.join(QStringLiteral(" · "))), this);
    phonesLabel->setObjectName(QStringLiteral("activationPhonesLabel"));
    phonesLabel->setFont(appearance::headingFont(font(), 1.1));
    phonesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    phonesLabel->setVisible(!phones.isEmpty());

    auto* layout = makeScrollingLayout();
    layout->addWidget(instruction);
    layout->addWidget(phonesLabel);
    layout->addWidget(m_forProgram);
    layout->addSpacing(6);
    layout->addLayout(idRow);
    layout->addLayout(actions);
    layout->addWidget(m_simulationHint);
    layout->addWidget(m_notice);
    layout->addWidget(otherWays);
    layout->addLayout(paperRow);
    layout->addWidget(m_fileNotice);
    layout->addStretch(1);
}

void InstallationIdPage::initializePage()
{
    ensureBuilt();
    // On arrival Enter reads the ID aloud: on the phone, that comes first.
    m_handedOver = false;
    const bool sim = m_ctx.simulation();
    m_openCentre->setVisible(sim);
    m_simulationHint->setVisible(sim);
    showFileNotice(std::nullopt, {});
    m_requestThisYear->setText(tr("Only for %1…").arg(m_ctx.chosenProgramText()));
    const auto& id = m_ctx.session.activationId();
    m_forProgram->setText(
        tr("For: %1 (activation ID %2)")
            .arg(m_ctx.chosenProgramText(), id ? QString::fromStdString(id->canonical()) : QString()));
    // Keep the ID generated earlier (going back and forth must not change what was read out).
    if (!m_ctx.session.installationId()) {
        auto iid = m_ctx.session.generateInstallationId();
        if (!iid) {
            m_display->setGroups({});
            updateQr();
            for (auto* b : {m_print, m_savePdf, m_saveRequest})
                b->setEnabled(false);
            m_notice->showNotice(NoticeLabel::Kind::Error, text::ErrorText::sessionError(iid.error()));
            Q_EMIT completeChanged();
            return;
        }
    }
    m_notice->clearNotice();
    QStringList groups;
    for (const auto& g : m_ctx.session.installationId()->groups())
        groups << QString::fromStdString(g);
    m_display->setGroups(groups);
    updateQr();
    m_readAloud->setEnabled(true);
    for (auto* b : {m_print, m_savePdf, m_saveRequest})
        b->setEnabled(true);
    Q_EMIT completeChanged();
}

bool InstallationIdPage::isComplete() const
{
    return isBuilt() && m_ctx.session.installationId().has_value();
}

QWidget* InstallationIdPage::preferredFocus() const
{
    return isComplete() && !m_handedOver ? m_readAloud : nullptr;
}

void InstallationIdPage::markHandedOver()
{
    if (!isComplete())
        return;
    m_handedOver = true;
    focusForward();
}

QString InstallationIdPage::machineName() const
{
    if (m_ctx.report)
        return QString::fromStdString(m_ctx.report->machine.name);
    auto machine = m_ctx.licensing.machine();
    return machine ? QString::fromStdString(machine->name) : QString();
}

void InstallationIdPage::updateQr()
{
    const auto& iid = m_ctx.session.installationId();
    if (!iid) {
        m_qr->clear();
        return;
    }
    const QByteArray payload = paper::qrPayloadForInstallationId(
        QString::fromStdString(iid->digits()), m_qrWithName->isChecked() ? machineName() : QString());
    // Sharp on any screen: one image pixel per device pixel, modules of whole pixels.
    const qreal ratio = devicePixelRatioF();
    QImage image = paper::qrImage(payload, qRound(4 * ratio));
    image.setDevicePixelRatio(ratio);
    m_qr->setPixmap(QPixmap::fromImage(image));
    m_qr->setAccessibleName(tr("QR code of the installation ID"));
}

void InstallationIdPage::showFileNotice(std::optional<NoticeLabel::Kind> kind, const QString& text)
{
    // The result of printing or saving takes the place of the line that explains those
    // buttons: the page keeps its height, so the digits never shrink.
    if (kind)
        m_fileNotice->showNotice(*kind, text);
    else
        m_fileNotice->clearNotice();
    m_otherWays->setVisible(!kind);
}

void InstallationIdPage::readAloud()
{
    // Window-modal but not blocking: the wizard stays responsive underneath.
    auto* dialog = new ReadAloudDialog(ids::IdType::InstallationId, m_display->groups(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &InstallationIdPage::markHandedOver);
    dialog->open();
    dialog->activateWindow();
}

paper::SheetOptions InstallationIdPage::sheetOptions() const
{
    paper::SheetOptions options;
    options.machineNameInQr = m_qrWithName->isChecked();
    options.activationPhones = text::CatalogText::activationPhones(m_ctx.catalog);
    return options;
}

paper::SheetItem InstallationIdPage::sheetItem() const
{
    paper::SheetItem item;
    item.machineName = machineName();
    if (m_ctx.report)
        item.osName = text::CatalogText::osName(m_ctx.report->machine.os);
    else if (auto machine = m_ctx.licensing.machine())
        item.osName = text::CatalogText::osName(machine->os);
    item.programYear = m_ctx.chosenProgramText();
    if (const auto& id = m_ctx.session.activationId())
        item.activationId = QString::fromStdString(id->canonical());
    if (const auto& iid = m_ctx.session.installationId())
        item.installationId = QString::fromStdString(iid->digits());
    if (const auto& key = m_ctx.session.key())
        item.partialKey = QString::fromStdString(key->partialKey);
    item.simulation = m_ctx.simulation();
    return item;
}

void InstallationIdPage::printSheet()
{
    if (!m_ctx.session.installationId())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    if (!m_ctx.dialogs->choosePrinter(this, printer, tr("Print the activation sheet")))
        return;
    paper::ActivationSheet::paint(printer, {sheetItem()}, sheetOptions());
    showFileNotice(NoticeLabel::Kind::Success,
                   tr("The activation sheet was sent to the printer. Write the confirmation ID in boxes "
                      "A–H and type it on the next page."));
}

void InstallationIdPage::saveSheetPdf()
{
    if (!m_ctx.session.installationId())
        return;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString suggested =
        QDir(dir).filePath(QStringLiteral("activation-sheet-%1.pdf")
                               .arg(machineName().isEmpty() ? QStringLiteral("esu") : machineName()));
    const QString path = m_ctx.dialogs->saveFileName(this, tr("Save the activation sheet as PDF"), suggested,
                                                     tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    auto written = paper::ActivationSheet::writePdf(path, {sheetItem()}, sheetOptions());
    if (!written) {
        showFileNotice(NoticeLabel::Kind::Error, written.error());
        return;
    }
    showFileNotice(NoticeLabel::Kind::Success,
                   tr("Saved the activation sheet in %1. Print it, write the confirmation ID in boxes "
                      "A–H, and type it on the next page.")
                       .arg(savedFileName(path)));
}

void InstallationIdPage::saveRequest(bool allYears)
{
    auto report = m_transfer.saveRequest(this, allYears);
    if (report)
        showFileNotice(report->kind, report->text);
}

} // namespace actdesk::ui
