// SPDX-License-Identifier: MIT
// Paper and phone-camera transport of installation IDs:
//   actdesk sheet FILE.pdf [--from TRANSFER_FILE] [--qr-with-name]
//                                             printable activation sheet(s): for this machine,
//                                             or for every pending item of a transfer file
//   actdesk qr IID --png FILE [--name NAME]   a QR code of the IID (digits only by default)
#include "CliContext.h"
#include "JsonError.h"
#include "VerbTransferShared.h"
#include "text/TransferText.h"
#include "Verbs.h"
#include "files/AtomicFile.h"
#include "input/ParseInput.h"
#include "text/CatalogText.h"
#include "text/ErrorText.h"
#include "paper/ActivationSheet.h"
#include "paper/QrImage.h"
#include "paper/TransferSheetItems.h"
#include "transfer/TransferStore.h"
#include "workflow/ActivationSession.h"

#include <QBuffer>
#include <algorithm>

namespace actdesk::cli {

namespace {

int writeSheets(CliContext& ctx, const QString& pdf, const QList<paper::SheetItem>& items, bool qrWithName,
                bool simulation)
{
    paper::SheetOptions options;
    options.machineNameInQr = qrWithName;
    options.activationPhones = text::CatalogText::activationPhones(ctx.catalog);
    auto written = paper::ActivationSheet::writePdf(pdf, items, options);
    if (!written) // the only failure: the PDF could not be saved (file trouble, as everywhere: 3)
        return ctx.failure(written.error(), ExitEnvironment,
                           QJsonObject{{QStringLiteral("code"), QStringLiteral("write-failed")},
                                       {QStringLiteral("file"), pdf}});
    if (ctx.json) {
        QJsonObject o;
        o.insert(QStringLiteral("ok"), true);
        o.insert(QStringLiteral("simulation"), simulation);
        o.insert(QStringLiteral("file"), pdf);
        o.insert(QStringLiteral("sheets"), static_cast<int>(items.size()));
        ctx.printJson(o);
    } else {
        ctx.out << CliContext::tr("Wrote %n activation sheet(s) to %1.", nullptr,
                                  static_cast<int>(items.size()))
                       .arg(pdf)
                << '\n';
    }
    return ExitOk;
}

// One sheet per item of a transfer file that still waits for its CID: the desk can print a
// whole stick's worth of requests for a site that bans USB sticks.
int sheetsFromTransferFile(CliContext& ctx, const QString& pdf, const QString& from, bool qrWithName)
{
    auto loaded = transfer::loadTransferFile(from);
    if (!loaded)
        return transferFailure(ctx, loaded.error());
    const QList<paper::SheetItem> items = paper::sheetItemsForPending(loaded->file, ctx.catalog);
    const bool simulation =
        std::any_of(items.begin(), items.end(), [](const paper::SheetItem& i) { return i.simulation; });
    if (items.isEmpty())
        return ctx.failure(CliContext::tr("%1 has no item waiting for a confirmation ID.").arg(from),
                           ExitFailed, jsonError("nothing-waiting"));
    return writeSheets(ctx, pdf, items, qrWithName, simulation);
}

} // namespace

int runSheet(CliContext& ctx)
{
    const bool qrWithName = ctx.takeFlag(QStringLiteral("--qr-with-name"));
    QString from;
    const bool hasFrom = ctx.takeOption(QStringLiteral("--from"), from);
    int code = ExitOk;
    if (ctx.rejectUnknownOptions(code))
        return code;
    if (ctx.args.size() != 1)
        return ctx.usage(CliContext::tr("sheet needs the PDF file to write"));
    const QString pdf = ctx.args.first();
    if (hasFrom)
        return sheetsFromTransferFile(ctx, pdf, from, qrWithName);

    auto backend = ctx.openBackend(code);
    if (!backend)
        return code;
    ctx.announceSimulation(backend->isSimulation());
    auto machine = backend->machine();
    auto skus = backend->esuSkus();
    if (!machine || !skus)
        return ctx.failure(text::ErrorText::licensingError(!machine ? machine.error() : skus.error()),
                           ExitEnvironment, jsonError(!machine ? machine.error() : skus.error()));

    // One sheet per ESU year that has a key and is not licensed yet; each IID comes from the
    // workflow, so the step is observed (journaled) like `actdesk iid`.
    QList<paper::SheetItem> items;
    for (const auto& sku : skus.value()) {
        if (sku.partialKey.empty() || sku.status == licensing::LicenseStatus::Licensed)
            continue;
        workflow::ActivationSession session(*backend, ctx.catalog, ctx.clock);
        for (auto* o : ctx.observers)
            session.addObserver(o);
        const auto* entry = ctx.catalog.findById(sku.activationId);
        session.chooseProgram(sku.activationId, entry);
        if (!session.useInstalledKey())
            continue;
        auto iid = session.generateInstallationId();
        if (!iid)
            return ctx.failure(text::ErrorText::sessionError(iid.error()), ExitFailed,
                               jsonError(iid.error()));
        items << paper::SheetItem{QString::fromStdString(machine->name),
                                  text::CatalogText::osName(machine->os),
                                  entry ? text::CatalogText::programYear(*entry)
                                        : QString::fromStdString(sku.name),
                                  QString::fromStdString(sku.activationId.canonical()),
                                  QString::fromStdString(iid->digits()),
                                  QString::fromStdString(sku.partialKey),
                                  backend->isSimulation()};
    }
    if (items.isEmpty())
        return ctx.failure(
            CliContext::tr("No ESU year on this machine is waiting for activation: install its "
                           "product key first."),
            ExitFailed, jsonError("nothing-waiting"));
    return writeSheets(ctx, pdf, items, qrWithName, backend->isSimulation());
}

int runQr(CliContext& ctx)
{
    QString png;
    QString name;
    const bool hasPng = ctx.takeOption(QStringLiteral("--png"), png);
    ctx.takeOption(QStringLiteral("--name"), name);
    int code = ExitOk;
    if (ctx.rejectUnknownOptions(code))
        return code;
    if (!hasPng || ctx.args.isEmpty())
        return ctx.usage(CliContext::tr("qr needs an installation ID and --png FILE"));
    auto iid = input::parseInstallationId(ctx.args.join(QLatin1Char(' ')).toStdString());
    if (!iid)
        return ctx.failure(text::ErrorText::idError(iid.error()), ExitFailed, jsonError(iid.error()));
    const QImage image =
        paper::qrImage(paper::qrPayloadForInstallationId(QString::fromStdString(iid->digits()), name));
    QByteArray encoded;
    {
        QBuffer buffer(&encoded);
        buffer.open(QIODevice::WriteOnly);
        if (image.isNull() || !image.save(&buffer, "PNG"))
            return ctx.failure(CliContext::tr("Cannot write %1: %2")
                                   .arg(png, CliContext::tr("the QR code could not be made")),
                               ExitFailed, jsonError("qr-failed"));
    }
    auto written = files::writeFileAtomically(png, encoded);
    if (!written)
        return ctx.failure(
            CliContext::tr("Cannot write %1: %2").arg(png, text::ErrorText::writeFailure(written.error())),
            ExitEnvironment,
            QJsonObject{{QStringLiteral("code"), QStringLiteral("write-failed")},
                        {QStringLiteral("file"), png}});
    if (ctx.json) {
        QJsonObject o;
        o.insert(QStringLiteral("ok"), true);
        o.insert(QStringLiteral("file"), png);
        o.insert(QStringLiteral("installationId"), QString::fromStdString(iid->digits()));
        ctx.printJson(o);
    } else {
        ctx.out << CliContext::tr("Wrote the QR code of %1 to %2.")
                       .arg(QString::fromStdString(iid->grouped()), png)
                << '\n';
    }
    return ExitOk;
}

} // namespace actdesk::cli
