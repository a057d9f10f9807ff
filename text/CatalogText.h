// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/Catalog.h"
#include "common/OsFamily.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

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
    // The site's activation line numbers from the catalog override, one line each:
    // "Japan: 0120-801-734 (24 hours)". Empty when the administrator has put none.
    static QStringList activationPhones(const catalog::Catalog& catalog);
    static QString trust(catalog::Trust trust);
};

} // namespace actdesk::text
