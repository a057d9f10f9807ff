// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/Catalog.h"
#include "common/OsFamily.h"

#include <QCoreApplication>
#include <QString>

namespace actdesk::text {

// Translated names for catalog data. Programs we ship get translated names; programs an
// administrator added fall back to the name in their file.
class CatalogText
{
    Q_DECLARE_TR_FUNCTIONS(CatalogText)

public:
    static QString programName(const catalog::CatalogEntry& entry); // "Windows 7 SP1 ESU"
    static QString programYear(const catalog::CatalogEntry& entry); // "Windows 7 SP1 ESU, Year 1"
    static QString osName(OsFamily os);
    static QString trust(catalog::Trust trust);
};

} // namespace actdesk::text
