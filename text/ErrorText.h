// SPDX-License-Identifier: MIT
#pragma once

// Turns core error values into translated sentences for people. Shared by the CLI and the
// GUI; depends on Qt Core only.

#include "catalog/Catalog.h"
#include "files/AtomicFile.h"
#include "files/FileKind.h"
#include "ids/IdError.h"
#include "licensing/LicensingError.h"
#include "workflow/ActivationSession.h"

#include <QCoreApplication>
#include <QString>

namespace actdesk::text {

class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    // "installation ID", "confirmation ID", "product key", "activation ID"
    static QString idName(ids::IdType type);
    // What is wrong with typed or pasted input, naming the group, character or length.
    static QString idError(const ids::IdError& error);
    // A licensing failure in plain words, with what to do next. Includes the code.
    static QString licensingError(const licensing::LicensingError& error);
    // Why one of our backends refused (the "Details:" line), in the user's language.
    static QString licensingReason(licensing::LicensingReason reason);
    // Just the advice part for a code ("Install the prerequisite updates, restart, ...").
    static QString licensingAdvice(std::uint32_t code);
    static QString sessionError(const workflow::SessionError& error);
    static QString catalogError(const catalog::CatalogError& error);
    static QString licenseStatus(licensing::LicenseStatus status);
    static QString stepName(workflow::Step step);
    // "PATH is a named pipe (FIFO), not a file: ..." for a path that was not opened.
    static QString notAFile(const QString& path, files::FileKind kind);
    // Why a file could not be saved, for "Cannot write FILE: ...".
    static QString writeFailure(const files::WriteFailure& failure);
};

} // namespace actdesk::text
