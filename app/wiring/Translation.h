// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QCoreApplication;

namespace actdesk::app {

// Installs the Activation Desk and Qt translators. The language follows the system locale
// unless `override` ("en", "ja") or $ACTDESK_LANG says otherwise. Returns the language used.
QString installTranslators(QCoreApplication& app, const QString& override = {});

// The languages that ship complete.
QStringList availableLanguages();

} // namespace actdesk::app
