// SPDX-License-Identifier: MIT
#include "journal/EventCodec.h"

#include <QDateTime>
#include <QStringList>

#include <array>
#include <utility>

namespace actdesk::journal {

namespace {

using Steps = std::array<workflow::Step, 7>;
constexpr Steps kSteps = {workflow::Step::Prerequisites, workflow::Step::Program,
                          workflow::Step::ProductKey,    workflow::Step::InstallationId,
                          workflow::Step::ConfirmationId, workflow::Step::Deposit,
                          workflow::Step::Verify};

constexpr std::array<std::pair<ids::IdType, const char*>, 4> kTypes = {{
    {ids::IdType::InstallationId, "installation-id"},
    {ids::IdType::ConfirmationId, "confirmation-id"},
    {ids::IdType::ProductKey, "product-key"},
    {ids::IdType::ActivationId, "activation-id"},
}};

constexpr std::array<std::pair<ids::IdErrorKind, const char*>, 7> kKinds = {{
    {ids::IdErrorKind::Empty, "empty"},
    {ids::IdErrorKind::InvalidEncoding, "invalid-encoding"},
    {ids::IdErrorKind::InvalidCharacter, "invalid-character"},
    {ids::IdErrorKind::WrongLength, "wrong-length"},
    {ids::IdErrorKind::CheckDigit, "check-digit"},
    {ids::IdErrorKind::IncompleteGroup, "incomplete-group"},
    {ids::IdErrorKind::TooManyN, "too-many-n"},
}};

QString joinInts(const std::vector<int>& values)
{
    QStringList parts;
    for (int v : values)
        parts << QString::number(v);
    return parts.join(QLatin1Char(','));
}

std::vector<int> splitInts(const QString& text)
{
    std::vector<int> values;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int v = part.toInt(&ok);
        if (ok)
            values.push_back(v);
    }
    return values;
}

} // namespace

QString formatUtc(std::chrono::system_clock::time_point at)
{
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

std::optional<std::chrono::system_clock::time_point> parseUtc(const QString& text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    return std::chrono::system_clock::time_point(std::chrono::milliseconds(dt.toMSecsSinceEpoch()));
}

QString stepToKey(workflow::Step step)
{
    return QString::fromLatin1(workflow::stepKey(step));
}

std::optional<workflow::Step> stepFromKey(const QString& key)
{
    for (auto s : kSteps)
        if (key == QLatin1String(workflow::stepKey(s)))
            return s;
    return std::nullopt;
}

QString outcomeKey(workflow::Outcome outcome)
{
    return outcome == workflow::Outcome::Succeeded ? QStringLiteral("succeeded") : QStringLiteral("failed");
}

std::optional<workflow::Outcome> outcomeFromKey(const QString& key)
{
    if (key == QLatin1String("succeeded"))
        return workflow::Outcome::Succeeded;
    if (key == QLatin1String("failed"))
        return workflow::Outcome::Failed;
    return std::nullopt;
}

QString roleKey(workflow::JournalRole role)
{
    return QString::fromLatin1(workflow::journalRoleKey(role));
}

QString encodeIdError(const std::optional<ids::IdError>& error)
{
    if (!error)
        return {};
    QStringList parts;
    for (const auto& [type, key] : kTypes)
        if (type == error->type)
            parts << QStringLiteral("type=") + QLatin1String(key);
    for (const auto& [kind, key] : kKinds)
        if (kind == error->kind)
            parts << QStringLiteral("kind=") + QLatin1String(key);
    if (error->found)
        parts << QStringLiteral("found=%1").arg(error->found);
    if (!error->expected.empty())
        parts << QStringLiteral("expected=") + joinInts(error->expected);
    if (error->character)
        parts << QStringLiteral("char=%1").arg(static_cast<quint32>(error->character));
    if (error->position)
        parts << QStringLiteral("position=%1").arg(error->position);
    if (!error->badGroups.empty())
        parts << QStringLiteral("groups=") + joinInts(error->badGroups);
    return parts.join(QLatin1Char(';'));
}

std::optional<ids::IdError> decodeIdError(const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    ids::IdError e;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        const QString key = part.left(eq);
        const QString value = part.mid(eq + 1);
        if (key == QLatin1String("type")) {
            for (const auto& [type, name] : kTypes)
                if (value == QLatin1String(name))
                    e.type = type;
        } else if (key == QLatin1String("kind")) {
            for (const auto& [kind, name] : kKinds)
                if (value == QLatin1String(name))
                    e.kind = kind;
        } else if (key == QLatin1String("found")) {
            e.found = value.toInt();
        } else if (key == QLatin1String("expected")) {
            e.expected = splitInts(value);
        } else if (key == QLatin1String("char")) {
            e.character = static_cast<char32_t>(value.toUInt());
        } else if (key == QLatin1String("position")) {
            e.position = value.toInt();
        } else if (key == QLatin1String("groups")) {
            e.badGroups = splitInts(value);
        }
    }
    return e;
}

QString digitsOnly(const QString& text)
{
    QString digits;
    digits.reserve(text.size());
    for (QChar c : text)
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
    return digits;
}

QString foldMachineName(const QString& name)
{
    return name.trimmed().toCaseFolded();
}

} // namespace actdesk::journal
