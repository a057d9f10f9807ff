// SPDX-License-Identifier: MIT
#include "journal/JournalLocation.h"

#include "input/UserText.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace actdesk::journal {

namespace {

workflow::JournalError invalid(const QString& text, const char* why)
{
    workflow::JournalError e;
    e.kind = workflow::JournalError::Kind::InvalidLocation;
    // Never echo a password back: strip the userinfo's secret before keeping the text. A URL
    // too broken for QUrl (a bad port, an unclosed [) may still hold one: what follows the
    // first ':' of the user information (up to the last '@' before any query) goes.
    QUrl url(text);
    QString shown = url.isValid() && !url.scheme().isEmpty() ? url.toString(QUrl::RemovePassword) : text;
    if (const qsizetype scheme = shown.indexOf(QLatin1String("://")); scheme >= 0) {
        const qsizetype query = shown.indexOf(QLatin1Char('?'), scheme + 3);
        const qsizetype at = shown.lastIndexOf(QLatin1Char('@'), query < 0 ? -1 : query);
        if (at > scheme) {
            const QString userInfo = shown.mid(scheme + 3, at - scheme - 3);
            const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
            if (colon >= 0)
                shown.replace(scheme + 3, at - scheme - 3, userInfo.left(colon));
        }
    }
    e.location = input::maskProductKeys(shown.toStdString());
    e.detail = why;
    return e;
}

// libpq connection options the URL may carry; anything else is refused rather than ignored.
bool isAllowedOption(const QString& key)
{
    static const QStringList allowed = {QStringLiteral("sslmode"), QStringLiteral("connect_timeout"),
                                        QStringLiteral("application_name"), QStringLiteral("sslrootcert"),
                                        QStringLiteral("sslcert"), QStringLiteral("sslkey")};
    return allowed.contains(key);
}

} // namespace

JournalLocation JournalLocation::sqliteFile(const QString& path)
{
    JournalLocation l;
    l.backend = Backend::Sqlite;
    l.path = QDir::cleanPath(path);
    return l;
}

Result<JournalLocation, workflow::JournalError> JournalLocation::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(invalid(text, "empty journal location"));

    if (trimmed.startsWith(QLatin1String("sqlite://"), Qt::CaseInsensitive)) {
        const QString path = trimmed.mid(9); // sqlite:///abs/path -> /abs/path
        if (path.isEmpty())
            return fail(invalid(text, "sqlite:// needs a file path"));
        return sqliteFile(QUrl::fromPercentEncoding(path.toUtf8()));
    }

    const bool pg = trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
                    trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
    if (!pg) {
        // Any other scheme is a mistake, not a file name ("mysql://", "http://").
        static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]+://"));
        if (scheme.match(trimmed).hasMatch())
            return fail(invalid(text, "unsupported scheme (use postgresql:// or sqlite://)"));
        return sqliteFile(trimmed);
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return fail(invalid(text, "malformed URL"));
    JournalLocation l;
    l.backend = Backend::Postgres;
    l.host = url.host();
    if (l.host.isEmpty())
        return fail(invalid(text, "missing host"));
    l.port = url.port(5432);
    l.user = url.userName();
    l.password = url.password();
    l.database = url.path().mid(1);
    if (l.database.isEmpty() || l.database.contains(QLatin1Char('/')))
        return fail(invalid(text, "missing or malformed database name"));

    QStringList options;
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!isAllowedOption(key) || value.contains(QLatin1Char(';')))
            return fail(invalid(text, "unsupported connection option"));
        if (key == QLatin1String("connect_timeout")) {
            // Whole seconds, 1 to the maximum: 0 would wait forever for a silent server.
            static const QRegularExpression digits(QStringLiteral("^[0-9]{1,6}$"));
            const int seconds = digits.match(value).hasMatch() ? value.toInt() : 0;
            static_assert(kMaxConnectTimeoutSeconds == 60, "the message below names the maximum");
            if (seconds < 1 || seconds > kMaxConnectTimeoutSeconds)
                return fail(invalid(text, "connect_timeout must be 1 to 60 seconds"));
        }
        options << key + QLatin1Char('=') + value;
    }
    l.connectOptions = options.join(QLatin1Char(';'));
    return l;
}

QString JournalLocation::display() const
{
    if (backend == Backend::Sqlite)
        return QDir::toNativeSeparators(path);
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    // Shown in warnings and the journal view: a key typed into the URL is never echoed.
    return QString::fromStdString(input::maskProductKeys(url.toString().toStdString()));
}

} // namespace actdesk::journal
