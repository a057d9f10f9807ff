// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;

namespace actdesk::paper {

// One machine's request, as it goes on paper. Holds no product key at all.
struct SheetItem
{
    QString machineName;
    QString osName;
    QString programYear;   // translated, e.g. "Windows 7 SP1 ESU, Year 1"
    QString activationId;  // canonical GUID
    QString installationId; // digits
    QString partialKey;    // last five characters, may be empty
    bool simulation = false;
};

struct SheetOptions
{
    bool machineNameInQr = false; // the QR holds only the digits unless the user asks
    QStringList activationPhones;  // the site's activation line numbers (CatalogText), if any
};

// The printable activation sheet: machine, program/year, activation ID, the IID in large
// grouped digits, a QR code of the IID, and empty boxes A-H for writing the CID by hand.
// One page per item. Simulated machines get a "SIMULATION" watermark on every page.
class ActivationSheet
{
    Q_DECLARE_TR_FUNCTIONS(ActivationSheet)

public:
    // Paints every item on `device` (a QPdfWriter or a QPrinter), one page each.
    static void paint(QPagedPaintDevice& device, const QList<SheetItem>& items, const SheetOptions& options = {});
    // Writes a PDF atomically (QSaveFile): a failed write leaves any previous file intact.
    // On failure returns a translated message naming the file.
    static Result<void, QString> writePdf(const QString& path, const QList<SheetItem>& items,
                                          const SheetOptions& options = {});

private:
    static void paintPage(QPainter& painter, const QRectF& page, const SheetItem& item, const SheetOptions& options);
};

} // namespace actdesk::paper
