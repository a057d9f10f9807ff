// SPDX-License-Identifier: MIT
#pragma once

// The outside tools the paper tests read their results back with (pdftotext, pdftoppm,
// zbarimg; their paths come from the tests' CMake as PDFTOTEXT, PDFTOPPM, ZBARIMG).

#include <QProcess>
#include <QString>
#include <QStringList>

namespace actdesk::test {

// Runs `program` and returns what it wrote on standard output (empty when it did not finish
// within a minute). `exitCode`, if given, gets its exit code (-1 when it did not finish).
inline QString runTool(const QString& program, const QStringList& args, int* exitCode = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(program, args);
    const bool finished = p.waitForFinished(60000);
    if (exitCode)
        *exitCode = finished ? p.exitCode() : -1;
    return finished ? QString::fromUtf8(p.readAllStandardOutput()) : QString();
}

#ifdef PDFTOTEXT
// The text of a PDF, read back with poppler's pdftotext (with `-layout`: lines as on the page).
inline QString pdfText(const QString& pdf, bool layout = false)
{
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    args << pdf << QStringLiteral("-");
    int exitCode = 0;
    const QString text = runTool(QStringLiteral(PDFTOTEXT), args, &exitCode);
    return exitCode == 0 ? text : QString();
}
#endif

} // namespace actdesk::test
