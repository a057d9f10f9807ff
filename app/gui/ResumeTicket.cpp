// SPDX-License-Identifier: MIT
#include "ResumeTicket.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

namespace actdesk::app::gui {

namespace {
constexpr qint64 kMaxTicketBytes = 64 * 1024; // a year and a sealed key: far less than this
}

std::optional<QString> ResumeTicket::write(const QString& directory, const ui::ResumePoint& resume,
                                           const KeySeal& seal, QString& error)
{
    QJsonObject o;
    o.insert(QStringLiteral("program"), resume.program);
    if (!resume.typedKey.isEmpty()) {
        QByteArray plain = resume.typedKey.toUtf8();
        const auto sealed = seal.seal ? seal.seal(plain) : std::nullopt;
        plain.fill('\0');
        if (!sealed) {
            error = tr("The typed key could not be protected for the restart.");
            return std::nullopt;
        }
        o.insert(QStringLiteral("sealedKey"), QString::fromLatin1(sealed->toBase64()));
    }
    QDir().mkpath(directory);
    QTemporaryFile file(QDir(directory).filePath(QStringLiteral("resume-XXXXXX.json")));
    file.setAutoRemove(false);
    if (!file.open() || file.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) < 0 || !file.flush()) {
        error = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        file.remove();
        return std::nullopt;
    }
    return file.fileName();
}

std::optional<ResumeReading> ResumeTicket::take(const QString& path, const KeySeal& seal, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.read(kMaxTicketBytes + 1);
    file.close();
    QFile::remove(path); // for one start only, read or not
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (bytes.size() > kMaxTicketBytes || parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        error = tr("%1 is not a file Activation Desk wrote for a restart.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    ResumeReading reading;
    reading.resume.program = o.value(QStringLiteral("program")).toString();
    const QString sealedKey = o.value(QStringLiteral("sealedKey")).toString();
    if (!sealedKey.isEmpty()) {
        const auto opened = seal.open ? seal.open(QByteArray::fromBase64(sealedKey.toLatin1())) : std::nullopt;
        if (opened)
            reading.resume.typedKey = QString::fromUtf8(*opened);
        else
            reading.keyLost = true;
    }
    return reading;
}

} // namespace actdesk::app::gui
