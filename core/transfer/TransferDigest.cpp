// SPDX-License-Identifier: MIT
#include "transfer/TransferDigest.h"

#include <QByteArrayView>
#include <QCryptographicHash>

namespace actdesk::transfer {

std::string sha256Hex(std::string_view data)
{
    const QByteArray hex =
        QCryptographicHash::hash(QByteArrayView(data.data(), static_cast<qsizetype>(data.size())),
                                 QCryptographicHash::Sha256)
            .toHex();
    return std::string(hex.constData(), static_cast<std::size_t>(hex.size()));
}

} // namespace actdesk::transfer
