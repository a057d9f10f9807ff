// SPDX-License-Identifier: MIT
#pragma once

#include <QCryptographicHash>

#include <string>
#include <string_view>

namespace actdesk::transfer {

// SHA-256 of `data` as 64 lower-case hex digits (QCryptographicHash).
std::string sha256Hex(std::string_view data);

// SHA-256 fed piece by piece (the file digest over many items).
class Sha256
{
public:
    void add(std::string_view data);
    std::string hex() const;

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

} // namespace actdesk::transfer
