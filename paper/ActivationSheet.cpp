// SPDX-License-Identifier: MIT
#include "paper/ActivationSheet.h"

#include "files/AtomicFile.h"
#include "input/FreeText.h"
#include "text/ErrorText.h"
#include "paper/QrImage.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <cmath>

namespace actdesk::paper {

namespace {

QStringList groupsOf(const QString& digits)
{
    const int groupLength = digits.size() / 9;
    QStringList groups;
    for (int i = 0; groupLength > 0 && i < 9; ++i)
        groups << digits.mid(i * groupLength, groupLength);
    return groups;
}

QFont font(qreal pointSize, bool bold = false, bool fixed = false)
{
    QFont f = fixed ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : QFont();
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

} // namespace

void ActivationSheet::paint(QPagedPaintDevice& device, const QList<SheetItem>& items,
                            const SheetOptions& options)
{
    QPainter painter(&device);
    const QRectF page = painter.viewport();
    for (int i = 0; i < items.size(); ++i) {
        if (i > 0)
            device.newPage();
        paintPage(painter, page, items.at(i), options);
    }
}

void ActivationSheet::paintPage(QPainter& painter, const QRectF& page, const SheetItem& item,
                                const SheetOptions& options)
{
    // Layout in fractions of the page so it works for any resolution (PDF or printer).
    const qreal w = page.width();
    const qreal h = page.height();
    const qreal margin = w * 0.07;
    qreal y = h * 0.05;
    const qreal line = h * 0.028;

    painter.setPen(Qt::black);
    painter.setFont(font(20, true));
    painter.drawText(QRectF(margin, y, w - 2 * margin, line * 1.6), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("ESU activation sheet"));
    y += line * 2;
    if (item.simulation) {
        painter.setFont(font(11, true));
        painter.setPen(QColor(180, 0, 0));
        painter.drawText(QRectF(margin, y, w - 2 * margin, line), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Simulation: for training only, not a real Windows activation."));
        painter.setPen(Qt::black);
        y += line * 1.2;
    }

    painter.setFont(font(11));
    // Printed as free text always is: product keys masked, control characters named.
    const QString machineName = QString::fromStdString(input::printableText(item.machineName.toStdString()));
    const QList<QPair<QString, QString>> facts = {
        {tr("Machine"), machineName},
        {tr("Operating system"), item.osName},
        {tr("Program and year"), item.programYear},
        {tr("Activation ID"), item.activationId},
        {tr("Partial product key"), item.partialKey.isEmpty() ? tr("(none)") : item.partialKey},
    };
    for (const auto& [label, value] : facts) {
        painter.drawText(QRectF(margin, y, w * 0.3, line), Qt::AlignLeft | Qt::AlignVCenter, label);
        painter.drawText(QRectF(margin + w * 0.3, y, w - 2 * margin - w * 0.3, line),
                         Qt::AlignLeft | Qt::AlignVCenter, value);
        y += line;
    }
    y += line * 0.8;

    // Whom to call, when the site's administrator has said (catalog override).
    if (!options.activationPhones.isEmpty()) {
        painter.setFont(font(11, true));
        painter.drawText(QRectF(margin, y, w * 0.3, line), Qt::AlignLeft | Qt::AlignVCenter, tr("Activation line"));
        painter.setFont(font(11));
        for (const QString& phone : options.activationPhones.mid(0, 4)) { // a page has room for four
            painter.drawText(QRectF(margin + w * 0.3, y, w - 2 * margin - w * 0.3, line),
                             Qt::AlignLeft | Qt::AlignVCenter, phone);
            y += line;
        }
        y += line * 0.5;
    }

    // The installation ID: nine numbered groups in large monospace digits, three rows of three.
    painter.setFont(font(13, true));
    painter.drawText(QRectF(margin, y, w - 2 * margin, line), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Installation ID (read this to the activation line)"));
    y += line * 1.2;
    const QStringList groups = groupsOf(item.installationId);
    const qreal qrSide = w * 0.28;
    const qreal idWidth = w - 2 * margin - qrSide - w * 0.03;
    const qreal cellW = idWidth / 3;
    const qreal cellH = line * 2.2;
    for (int i = 0; i < groups.size(); ++i) {
        const QRectF cell(margin + (i % 3) * cellW, y + (i / 3) * cellH, cellW, cellH);
        painter.setFont(font(8));
        painter.drawText(cell.adjusted(2, 0, 0, 0), Qt::AlignLeft | Qt::AlignTop, QString::number(i + 1));
        painter.setFont(font(18, true, true));
        painter.drawText(cell, Qt::AlignCenter, groups.at(i));
    }
    paintQr(painter, QRectF(w - margin - qrSide, y - line * 0.5, qrSide, qrSide),
            qrPayloadForInstallationId(item.installationId,
                                       options.machineNameInQr ? machineName : QString()));
    y += std::max(3 * cellH, qrSide) + line;

    // Empty boxes A-H for the confirmation ID, large enough to write six digits by hand.
    painter.setFont(font(13, true));
    painter.drawText(QRectF(margin, y, w - 2 * margin, line), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Confirmation ID (write each group of six digits in its box)"));
    y += line * 1.4;
    const qreal boxW = (w - 2 * margin) / 4;
    const qreal boxH = line * 2.6;
    painter.setPen(QPen(Qt::black, std::max<qreal>(1.0, w / 600)));
    for (int i = 0; i < 8; ++i) {
        const QRectF box(margin + (i % 4) * boxW + boxW * 0.04, y + (i / 4) * (boxH + line * 0.6),
                         boxW * 0.92, boxH);
        painter.drawRect(box);
        painter.setFont(font(10, true));
        painter.drawText(box.adjusted(4, 2, 0, 0), Qt::AlignLeft | Qt::AlignTop, QString(QChar(u'A' + i)));
    }
    y += 2 * (boxH + line * 0.6) + line;

    painter.setFont(font(10));
    painter.drawText(QRectF(margin, y, w - 2 * margin, line * 3), Qt::TextWordWrap | Qt::AlignLeft,
                     tr("Back at the machine, type the confirmation ID group by group into Activation Desk; "
                        "each group is checked as it is typed."));

    // Last, over everything, so no box or QR code hides part of it: light enough that black
    // digits stay black and the QR code still scans.
    if (item.simulation) {
        painter.save();
        painter.setPen(QColor(200, 0, 0, 60));
        // Shrink the watermark until it fits the printable area, whatever the language.
        const QString mark = tr("SIMULATION");
        QFont markFont = font(72, true);
        painter.setFont(markFont);
        const qreal room = w * 0.8; // at -35 degrees this spans about two thirds of the width
        const qreal advance = painter.fontMetrics().horizontalAdvance(mark);
        if (advance > room) {
            markFont.setPointSizeF(72 * room / advance);
            painter.setFont(markFont);
        }
        painter.translate(w / 2, h / 2);
        painter.rotate(-35);
        painter.drawText(QRectF(-w, -h * 0.25, 2 * w, h * 0.5), Qt::AlignCenter | Qt::TextDontClip, mark);
        painter.restore();
    }
}

Result<void, QString> ActivationSheet::writePdf(const QString& path, const QList<SheetItem>& items,
                                                const SheetOptions& options)
{
    // Made in memory first: the file on disk is replaced only by a complete PDF.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setTitle(tr("ESU activation sheet"));
        writer.setCreator(QStringLiteral("Activation Desk"));
        paint(writer, items, options);
    }
    auto written = files::writeFileAtomically(path, pdf);
    if (!written)
        return fail(tr("Cannot write %1: %2").arg(path, text::ErrorText::writeFailure(written.error())));
    return {};
}

} // namespace actdesk::paper
