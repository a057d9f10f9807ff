// SPDX-License-Identifier: MIT
#include "ElevatedRestart.h"

#include "licensing/windows/UserSecret.h"
#include "licensing/windows/WindowsProcess.h"

#include <QFile>

#include <string>
#include <vector>

namespace actdesk::app::gui {

namespace {

std::optional<QByteArray> viaDpapi(const QByteArray& bytes, bool seal)
{
    const std::string_view in(bytes.constData(), std::size_t(bytes.size()));
    auto out = seal ? platform::protectForThisUser(in) : platform::unprotectForThisUser(in);
    if (!out)
        return std::nullopt;
    QByteArray result(out->data(), qsizetype(out->size()));
    std::fill(out->begin(), out->end(), '\0');
    return result;
}

} // namespace

KeySeal ElevatedRestart::windowsKeySeal()
{
    return {[](const QByteArray& b) { return viaDpapi(b, true); }, [](const QByteArray& b) { return viaDpapi(b, false); }};
}

bool ElevatedRestart::restartElevated(const ui::ResumePoint& resume, QString& why)
{
    const auto ticket = ResumeTicket::write(m_ticketDirectory, resume, windowsKeySeal(), why);
    if (!ticket)
        return false;
    // The same command line (journal, backend, language...), without an earlier --resume.
    std::vector<std::string> arguments;
    const QStringList own = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < own.size(); ++i) {
        if (own[i] == QLatin1String("--resume")) {
            ++i;
            continue;
        }
        if (own[i].startsWith(QLatin1String("--resume=")))
            continue;
        arguments.push_back(own[i].toStdString());
    }
    arguments.push_back("--resume");
    arguments.push_back(ticket->toStdString());
    if (const auto error = platform::restartElevated(arguments)) {
        QFile::remove(*ticket);
        why = error->find("declined") != std::string::npos
                  ? tr("the administrator prompt was declined.")
                  : tr("Windows could not start it (%1).").arg(QString::fromStdString(*error));
        return false;
    }
    return true;
}

} // namespace actdesk::app::gui
