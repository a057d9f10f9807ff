// SPDX-License-Identifier: MIT
#include "TransferActions.h"


#include "dialogs/FileDialogs.h"
#include "text/CatalogText.h"
#include "text/ErrorText.h"
#include "text/Printable.h"
#include "text/TransferText.h"
#include "transfer/DeviceTransferFile.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QStringList>

namespace actdesk::ui {

namespace {

} // namespace

TransferActions::TransferActions(WizardContext& context, QObject* parent) : QObject(parent), m_ctx(context) {}

QString TransferActions::fileFilter()
{
    return tr("Activation Desk transfer files (*.adtx);;All files (*)");
}

QString TransferActions::productName(const ids::ActivationId& activationId) const
{
    if (const auto* entry = m_ctx.catalog.findById(activationId))
        return text::CatalogText::programYear(*entry);
    return QString::fromStdString(activationId.canonical());
}

QString TransferActions::suggestedPath() const
{
    if (!m_ctx.transferFile.isEmpty())
        return m_ctx.transferFile;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return QDir(dir).filePath(QStringLiteral("activation-requests.adtx"));
}

std::optional<TransferActions::Report> TransferActions::saveRequest(QWidget* parent, bool allYears)
{
    const auto& chosen = m_ctx.session.activationId();
    if (!allYears && !chosen)
        return std::nullopt;
    const QString path =
        m_ctx.dialogs->saveFileName(parent, tr("Save the request for the activation desk"), suggestedPath(),
                                    fileFilter(), FileDialogs::Existing::AddTo);
    if (path.isEmpty())
        return std::nullopt;
    m_ctx.transferFile = path;

    std::vector<ids::ActivationId> only;
    if (!allYears)
        only.push_back(*chosen);
    auto collected = transfer::collectRequests(m_ctx.licensing, m_ctx.catalog, m_ctx.session.clock(),
                                               m_ctx.session.observers(), only);
    if (!collected)
        return Report{NoticeLabel::Kind::Error, text::ErrorText::sessionError(collected.error())};
    if (!collected->esuSkusPresent)
        return Report{NoticeLabel::Kind::Error,
                      tr("No ESU product is present on this machine. Install the prerequisite updates first "
                         "(see step 1).")};

    const auto requests = collected->requests();
    auto saved = transfer::saveRequestsToFile(path, requests);
    if (!saved)
        return Report{NoticeLabel::Kind::Error, text::TransferText::error(saved.error())};

    QStringList lines;
    QStringList savedFor;
    bool problem = false;
    std::size_t next = 0;
    using Outcome = transfer::ExportEntry::Outcome;
    for (const auto& entry : collected->entries) {
        const QString product = productName(entry.activationId);
        switch (entry.outcome) {
        case Outcome::Requested: {
            const auto* action = next < saved->size() ? &(*saved)[next++] : nullptr;
            if (action && action->kind == transfer::MergeAction::Kind::AlreadyAnswered)
                lines << tr("%1: the file already holds the desk's answer. Open it on the next page.")
                             .arg(product);
            else if (action && action->kind == transfer::MergeAction::Kind::AlreadyPending)
                lines << tr("%1: this request was already in the file, waiting for the desk.").arg(product);
            else
                savedFor << product;
            break;
        }
        case Outcome::AlreadyLicensed:
            lines << tr("%1: already licensed, no request needed.").arg(product);
            break;
        case Outcome::NoKey:
            problem = true;
            lines << tr("%1: no product key installed; install the ESU key first.").arg(product);
            break;
        case Outcome::NotPresent:
            problem = true;
            lines << tr("%1: not present on this machine.").arg(product);
            break;
        case Outcome::Failed:
            problem = true;
            lines << tr("%1: %2").arg(product,
                                      entry.error ? text::ErrorText::sessionError(*entry.error) : QString());
            break;
        }
    }
    if (requests.empty()) {
        lines << tr("Nothing was saved: no ESU year of this machine needs a request.");
        return Report{problem ? NoticeLabel::Kind::Error : NoticeLabel::Kind::Info,
                      lines.join(QLatin1Char('\n'))};
    }
    if (!savedFor.isEmpty())
        lines.prepend(
            tr("Request for %1 saved in %2. Take it to the activation desk; open the answer on the next "
               "page.")
                .arg(QLocale().createSeparatedList(savedFor), savedFileName(path)));
    return Report{problem ? NoticeLabel::Kind::Warning : NoticeLabel::Kind::Success,
                  lines.join(QLatin1Char('\n'))};
}

std::optional<TransferActions::Response> TransferActions::openResponse(QWidget* parent)
{
    const QString path = m_ctx.dialogs->openFileName(parent, tr("Open the response from the activation desk"),
                                                     QFileInfo(suggestedPath()).absolutePath(), fileFilter());
    if (path.isEmpty())
        return std::nullopt;
    m_ctx.transferFile = path;

    auto imported = transfer::importAnswersFromFile(path, m_ctx.licensing, m_ctx.catalog,
                                                    m_ctx.session.clock(), m_ctx.session.observers());
    if (imported.machineError)
        return Response{{NoticeLabel::Kind::Error, text::ErrorText::sessionError(*imported.machineError)},
                        false};
    if (!imported.report)
        return Response{{NoticeLabel::Kind::Error, tr("Nothing was applied and nothing was changed.") +
                                                       QLatin1Char('\n') +
                                                       text::TransferText::error(*imported.fileError)},
                        false};

    const auto& report = *imported.report;
    QStringList lines;
    bool problem = false;
    using Outcome = transfer::ImportEntry::Outcome;
    for (const auto& entry : report.entries) {
        const QString product = productName(entry.activationId);
        problem = problem || entry.isProblem();
        switch (entry.outcome) {
        case Outcome::Applied:
            lines << tr("%1: applied. Licensed.").arg(product);
            break;
        case Outcome::AlreadyLicensed:
            lines << tr("%1: already licensed; nothing to do.").arg(product);
            break;
        case Outcome::NotAnswered:
            lines << tr("%1: not answered yet. The desk has not entered a confirmation ID for it.")
                         .arg(product);
            break;
        case Outcome::FailedAtDesk:
            lines << tr("%1: the desk could not get a confirmation ID. Reason given: %2")
                         .arg(product, text::printable(entry.reason));
            break;
        case Outcome::IidChanged:
            lines << tr("%1: refused. The installation ID of this machine has changed since the request was "
                        "saved "
                        "(the key was reinstalled or the hardware changed), so this answer cannot work. Save "
                        "a new "
                        "request.")
                         .arg(product);
            break;
        case Outcome::NoKey:
            lines << tr("%1: refused. No product key is installed for it any more.").arg(product);
            break;
        case Outcome::NotPresent:
            lines << tr("%1: not present on this machine.").arg(product);
            break;
        case Outcome::DepositFailed:
            if (entry.error)
                lines << tr("%1: the confirmation ID was not accepted. %2")
                             .arg(product, text::ErrorText::sessionError(*entry.error));
            else
                lines << tr("%1: the confirmation ID was given to Windows, but the product is %2, not "
                            "licensed.")
                             .arg(product, entry.statusAfter
                                               ? text::ErrorText::licenseStatus(*entry.statusAfter)
                                               : QString());
            break;
        }
    }
    if (report.entries.empty()) {
        problem = true;
        lines
            << tr("This file holds no request from this machine (%1). Was the request saved on this machine?")
                   .arg(text::printable(report.machine.name));
    }
    if (report.otherMachinesItems > 0)
        lines << tr("%n item(s) for other machines left untouched.", nullptr, report.otherMachinesItems);
    if (imported.fileError) {
        problem = true;
        lines << tr("The licences above are applied, but the file could not be updated: %1")
                     .arg(text::TransferText::error(*imported.fileError));
    }

    const auto sku = m_ctx.chosenSku(); // read again from the licensing service
    const bool licensed = sku && sku->status == licensing::LicenseStatus::Licensed;
    const auto kind = problem ? (licensed ? NoticeLabel::Kind::Warning : NoticeLabel::Kind::Error)
                              : (licensed ? NoticeLabel::Kind::Success : NoticeLabel::Kind::Info);
    return Response{{kind, lines.join(QLatin1Char('\n'))}, licensed};
}

} // namespace actdesk::ui
