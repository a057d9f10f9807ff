// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QImage>
#include <QRectF>

class QPainter;

namespace actdesk::paper {

// A QR code (libqrencode, error correction level M) as a black-on-white image with a quiet
// zone of four modules, each module `moduleSize` pixels. Null image if encoding failed.
QImage qrImage(const QByteArray& text, int moduleSize = 8);

// Paints the same QR code as vector squares into `target` (square, quiet zone included):
// crisp at any print resolution, and never JPEG-compressed by a PDF writer. Returns false if
// encoding failed.
bool paintQr(QPainter& painter, const QRectF& target, const QByteArray& text);

// What a QR code of an installation ID holds: the digits only, so a phone can paste them
// into the activation web page. The machine name is added (first line) only on request.
QByteArray qrPayloadForInstallationId(const QString& digits, const QString& machineName = {});

} // namespace actdesk::paper
