// SPDX-License-Identifier: MIT
#include "text/CatalogText.h"

namespace actdesk::text {

QString CatalogText::programName(const catalog::CatalogEntry& entry)
{
    if (entry.program == "win7-esu")
        return tr("Windows 7 SP1 ESU");
    if (entry.program == "server2008-esu")
        return tr("Windows Server 2008 / 2008 R2 ESU");
    if (entry.program == "server2012-esu")
        return tr("Windows Server 2012 / 2012 R2 ESU");
    if (entry.program == "win10-esu")
        return tr("Windows 10 ESU");
    return QString::fromStdString(entry.name);
}

QString CatalogText::programYear(const catalog::CatalogEntry& entry)
{
    return tr("%1, Year %2").arg(programName(entry)).arg(entry.year);
}

QString CatalogText::osName(OsFamily os)
{
    switch (os) {
    case OsFamily::Windows7: return tr("Windows 7 SP1");
    case OsFamily::Server2008: return tr("Windows Server 2008 SP2");
    case OsFamily::Server2008R2: return tr("Windows Server 2008 R2 SP1");
    case OsFamily::Server2012: return tr("Windows Server 2012");
    case OsFamily::Server2012R2: return tr("Windows Server 2012 R2");
    case OsFamily::Windows10: return tr("Windows 10 22H2");
    case OsFamily::Unknown: break;
    }
    return tr("Unknown Windows version");
}

QString CatalogText::trust(catalog::Trust trust)
{
    return trust == catalog::Trust::Official ? tr("official (Microsoft)") : tr("community sources");
}

QStringList CatalogText::activationPhones(const catalog::Catalog& catalog)
{
    QStringList lines;
    for (const auto& phone : catalog.activationPhones()) {
        const QString region = QString::fromStdString(phone.region);
        const QString number = QString::fromStdString(phone.number);
        lines << (phone.hours.empty() ? tr("%1: %2").arg(region, number)
                                      : tr("%1: %2 (%3)").arg(region, number, QString::fromStdString(phone.hours)));
    }
    return lines;
}

} // namespace actdesk::text
