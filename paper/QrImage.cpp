// SPDX-License-Identifier: MIT
#include "paper/QrImage.h"

#include <QPainter>
#include <QString>

#include <qrencode.h>

#include <memory>

namespace actdesk::paper {

namespace {
constexpr int quietZone = 4;

using QrPtr = std::unique_ptr<QRcode, decltype(&QRcode_free)>;

QrPtr encode(const QByteArray& text)
{
    // casesensitive=1; QR_MODE_8 as a hint lets libqrencode pick numeric mode for digit runs.
    return QrPtr(QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
}
} // namespace

bool paintQr(QPainter& painter, const QRectF& target, const QByteArray& text)
{
    const auto code = encode(text);
    if (!code)
        return false;
    const qreal module = target.width() / (code->width + 2 * quietZone);
    painter.save();
    painter.fillRect(target, Qt::white);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 0x01)
                painter.drawRect(QRectF(target.left() + (x + quietZone) * module,
                                        target.top() + (y + quietZone) * module, module, module));
    painter.restore();
    return true;
}

QImage qrImage(const QByteArray& text, int moduleSize)
{
    const auto code = encode(text);
    if (!code || moduleSize < 1)
        return {};
    const int modules = code->width + 2 * quietZone;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 0x01)
                painter.fillRect((x + quietZone) * moduleSize, (y + quietZone) * moduleSize, moduleSize, moduleSize,
                                 Qt::black);
    return image;
}

QByteArray qrPayloadForInstallationId(const QString& digits, const QString& machineName)
{
    if (machineName.isEmpty())
        return digits.toLatin1();
    return machineName.toUtf8() + '\n' + digits.toLatin1();
}

} // namespace actdesk::paper
