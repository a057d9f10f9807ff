// SPDX-License-Identifier: MIT
#include "Composition.h"

#include "licensing/SimulatedLicensing.h"
#include "workflow/SimulatedMachineSetup.h"

#ifdef Q_OS_WIN
#include "licensing/windows/SlcLicensing.h"
#endif

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace actdesk::app {

std::optional<Backend> backendFromName(const QString& name)
{
    if (name == QLatin1String("simulated"))
        return Backend::Simulated;
    if (name == QLatin1String("windows"))
        return Backend::Windows;
    return std::nullopt;
}

Backend defaultBackend()
{
#ifdef Q_OS_WIN
    return Backend::Windows;
#else
    return Backend::Simulated;
#endif
}

Result<std::unique_ptr<licensing::Licensing>, licensing::LicensingError> openLicensing(Backend backend,
                                                                                      const QString& stateDir,
                                                                                      const Clock& clock)
{
    if (backend == Backend::Windows) {
#ifdef Q_OS_WIN
        // slc.dll from System32; its ESU SKUs are those of the built-in catalog (SlcOptions).
        auto slc = licensing::SlcLicensing::open();
        if (!slc)
            return fail(slc.error());
        return std::unique_ptr<licensing::Licensing>(std::move(slc).value());
#else
        // The slc.dll backend is built only for Windows (see docs/windows-verification.md).
        return fail(licensing::slError(licensing::SlError::BackendUnavailable,
                                       "the Windows licensing backend is only available on Windows"));
#endif
    }
    auto sim = licensing::SimulatedLicensing::open(stateDir.toStdString(), clock);
    if (!sim)
        return fail(sim.error());
    return std::unique_ptr<licensing::Licensing>(std::move(sim).value());
}

Result<std::unique_ptr<licensing::Licensing>, licensing::LicensingError> initSimulatedMachine(
    const QString& stateDir, const licensing::SimulatedMachineOptions& options, const catalog::Catalog& catalog,
    const Clock& clock)
{
    auto sim = licensing::SimulatedLicensing::init(stateDir.toStdString(), options,
                                                   workflow::simulatedSkusFromCatalog(catalog, options.os), clock);
    if (!sim)
        return fail(sim.error());
    return std::unique_ptr<licensing::Licensing>(std::move(sim).value());
}

Result<CatalogLoad, catalog::CatalogError> loadCatalog(const QString& overrideFile, bool explicitlyGiven)
{
    CatalogLoad load{catalog::Catalog::builtIn(), {}};
    if (overrideFile.isEmpty())
        return load;
    QFile file(overrideFile);
    if (!file.exists() && !explicitlyGiven)
        return load;
    auto problem = [&](catalog::CatalogError::Kind kind) {
        catalog::CatalogError e;
        e.file = overrideFile.toStdString();
        e.kind = kind;
        return e;
    };
    // Opened only if it is a plain file: a named pipe with no writer would wait for ever.
    const QFileInfo info(overrideFile);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        auto e = problem(catalog::CatalogError::Kind::CannotOpen);
        e.detail = (!info.exists()   ? QCoreApplication::translate("ErrorText", "it does not exist")
                    : !info.isFile() ? QCoreApplication::translate("ErrorText", "it is not a file")
                                     : file.errorString())
                       .toStdString();
        return fail(e);
    }
    // An override file is small; refuse anything absurd rather than read it all, and never
    // use a part of it.
    constexpr qint64 kLimitMb = 4;
    const QByteArray text = file.read(kLimitMb * 1024 * 1024 + 1);
    if (text.size() > kLimitMb * 1024 * 1024) {
        auto e = problem(catalog::CatalogError::Kind::TooLarge);
        e.value = std::to_string(kLimitMb);
        return fail(e);
    }
    auto parsed = catalog::Catalog::parse(std::string_view(text.constData(), static_cast<std::size_t>(text.size())),
                                          overrideFile.toStdString());
    if (!parsed)
        return fail(parsed.error());
    auto merged = load.catalog.overlay(parsed.value());
    if (!merged)
        return fail(merged.error());
    load.overrideFile = overrideFile;
    return load;
}

} // namespace actdesk::app
