// SPDX-License-Identifier: MIT
#pragma once
// The font set-up a layout test runs under (tests/CMakeLists.txt, ACTDESK_FONT_SETUPS): each is
// a private fontconfig configuration, and the test first checks that it really is in force, so
// a run never passes on fonts other than the ones it claims to have.
//  - "ci-fonts": the fonts CI installs, without the common extras below even if the machine
//    has them;
//  - "extra-fonts": the same plus fonts-droid-fallback and fonts-noto-mono, which arrive with
//    ghostscript, ImageMagick or LibreOffice (Noto Sans Mono then becomes "monospace").

#include <QFontDatabase>
#include <QString>
#include <QStringList>

namespace actdesk::testing {

// Empty when the fonts are as ACTDESK_TEST_FONTS says (or it is not set); otherwise what is not.
inline QString fontSetupProblem()
{
    const QString setup = qEnvironmentVariable("ACTDESK_TEST_FONTS");
    if (setup.isEmpty())
        return {};
    const QStringList extras{QStringLiteral("Droid Sans Fallback"), QStringLiteral("Noto Sans Mono")};
    const bool wanted = setup == QLatin1String("extra-fonts");
    if (!wanted && setup != QLatin1String("ci-fonts"))
        return QStringLiteral("unknown font set-up %1").arg(setup);
    QStringList wrong;
    for (const QString& family : extras)
        if (QFontDatabase::hasFamily(family) != wanted)
            wrong << family;
    if (wrong.isEmpty())
        return {};
    return QStringLiteral("font set-up %1 (FONTCONFIG_FILE=%2): %3 %4")
        .arg(setup, qEnvironmentVariable("FONTCONFIG_FILE"), wrong.join(QStringLiteral(", ")),
             wanted ? QStringLiteral("missing (scripts/install-deps.sh installs them)")
                    : QStringLiteral("present, though excluded"));
}

} // namespace actdesk::testing
