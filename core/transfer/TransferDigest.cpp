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

void Sha256::add(std::string_view data)
{
    m_hash.addData(QByteArrayView(data.data(), static_cast<qsizetype>(data.size())));
}

std::string Sha256::hex() const
{
    const QByteArray hex = m_hash.result().toHex();
    return std::string(hex.constData(), static_cast<std::size_t>(hex.size()));
}

} // namespace actdesk::transfer
