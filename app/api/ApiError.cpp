#include "api/ApiError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace sdanim::api {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("sdanim::api::ApiError", text, nullptr, n);
}

// Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3).
int secondsFromRetryAfterHeader(const QByteArray &header)
{
    const QByteArray v = header.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(std::ceil(seconds));
    QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!when.isValid()) {
        // "Sun, 06 Nov 1994 08:49:37 GMT": Qt's RFC 2822 parser wants a numeric zone.
        QString text = QString::fromLatin1(v);
        text.replace(QLatin1String(" GMT"), QLatin1String(" +0000"));
        when = QDateTime::fromString(text, Qt::RFC2822Date);
    }
    if (!when.isValid())
        return -1;
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

int secondsFromJson(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble() < 0 ? -1 : int(std::ceil(v.toDouble()));
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok && d >= 0) return int(std::ceil(d));
    }
    return -1;
}

// "Your rate limit resets in ~30s." / "Expected available in 1 second." (spec §5.4)
int secondsFromText(const QString &text)
{
    static const QRegularExpression tilde(QStringLiteral(R"(~\s*(\d+)\s*s)"));
    static const QRegularExpression inSeconds(QStringLiteral(R"(in\s+(\d+)\s+seconds?)"),
                                              QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch m = tilde.match(text);
    if (m.hasMatch()) return m.captured(1).toInt();
    m = inSeconds.match(text);
    if (m.hasMatch()) return m.captured(1).toInt();
    return -1;
}

QList<schema::FieldError> fieldErrorsFrom(const QJsonArray &invalidFields)
{
    QList<schema::FieldError> errors;
    for (const QJsonValue &v : invalidFields) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty()) continue;
        errors.append({o.value(QLatin1String("type")).toString(), o.value(QLatin1String("field")).toString(),
                       o.value(QLatin1String("description")).toString()});
    }
    return errors;
}

// FastAPI/pydantic 422 bodies from Cog containers: {"detail":[{"loc":["body","input","width"],"msg":…}]}.
QList<schema::FieldError> fieldErrorsFromPydantic(const QJsonArray &detail)
{
    QList<schema::FieldError> errors;
    for (const QJsonValue &v : detail) {
        const QJsonObject o = v.toObject();
        QStringList loc;
        for (const QJsonValue &part : o.value(QLatin1String("loc")).toArray())
            loc << (part.isString() ? part.toString() : QString::number(part.toInt()));
        if (!loc.isEmpty() && loc.first() == QLatin1String("body")) loc.removeFirst();
        errors.append({o.value(QLatin1String("type")).toString(), loc.join(QLatin1Char('.')),
                       o.value(QLatin1String("msg")).toString()});
    }
    return errors;
}

QString firstUrlIn(const QString &text)
{
    static const QRegularExpression url(QStringLiteral(R"(https?://[^\s"'<>]+[^\s"'<>.,;:!?)])"));
    return url.match(text).captured(0);
}

} // namespace

ApiError ApiError::fromResponse(int httpStatus, const QByteArray &body, const QByteArray &retryAfterHeader)
{
    ApiError e;
    e.httpStatus = httpStatus;
    e.body = body;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    QString plainText;
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        e.title = o.value(QLatin1String("title")).toString();
        const QJsonValue detail = o.value(QLatin1String("detail"));
        if (detail.isString()) {
            e.detail = detail.toString();
        } else if (detail.isArray()) {
            e.fieldErrors = fieldErrorsFromPydantic(detail.toArray());
            e.detail = schema::formatDetail(e.fieldErrors);
        }
        if (e.detail.isEmpty()) e.detail = o.value(QLatin1String("error")).toString();  // Cog: {"error": …}
        if (e.detail.isEmpty()) e.detail = o.value(QLatin1String("message")).toString();
        const QList<schema::FieldError> invalid = fieldErrorsFrom(o.value(QLatin1String("invalid_fields")).toArray());
        if (!invalid.isEmpty()) e.fieldErrors = invalid;
        e.retryAfterSeconds = secondsFromJson(o.value(QLatin1String("retry_after")));
    } else if (!body.trimmed().isEmpty()) {
        // A proxy's HTML page or plain text: keep a short readable excerpt.
        plainText = QString::fromUtf8(body.left(500)).trimmed();
        if (!plainText.startsWith(QLatin1Char('<')))
            e.detail = plainText;
    }
    const int headerSeconds = secondsFromRetryAfterHeader(retryAfterHeader);
    if (headerSeconds >= 0)
        e.retryAfterSeconds = headerSeconds;
    if (e.retryAfterSeconds < 0)
        e.retryAfterSeconds = secondsFromText(e.detail + QLatin1Char(' ') + e.title);
    return e;
}

QString ApiError::userMessage() const
{
    const QString problem = problemMessage();
    return consequence.isEmpty() ? problem : problem + QLatin1Char(' ') + consequence;
}

QString ApiError::problemMessage() const
{
    if (isNetworkError()) {
        const QString what = networkError.isEmpty() ? tr("no response") : networkError;
        return tr("Could not reach the server (%1). Check your internet connection and the API base URL "
                  "in Settings.").arg(what);
    }
    const QString serverText = detail.trimmed().isEmpty() ? title.trimmed() : detail.trimmed();
    switch (httpStatus) {
    case 401:
        return tr("The server rejected the API token (%1). Check the token in Settings.")
            .arg(serverText.isEmpty() ? tr("unauthenticated") : serverText);
    case 402: {
        QString billing = firstUrlIn(detail);
        if (billing.isEmpty()) billing = QStringLiteral("https://replicate.com/account/billing#billing");
        return tr("Your Replicate account has insufficient credit. Buy credit at %1, then wait a few "
                  "minutes before trying again.").arg(billing);
    }
    case 403:
        return tr("The server refused access (%1). Check that the token belongs to an account that may "
                  "use this model.").arg(serverText);
    case 404:
        return tr("The server does not know this resource (%1). It may have been removed, or the base "
                  "URL or model name in Settings is wrong.").arg(serverText);
    case 408:
        // Also used for the client's own overall deadline, whose detail says what happened.
        return serverText.isEmpty() ? tr("The server took too long to answer. Try again in a moment.") : serverText;
    case 413:
        return tr("The request was too large for the server (%1).").arg(serverText);
    case 422: {
        if (fieldErrors.isEmpty()) {
            const QString head = title.isEmpty() ? tr("The server rejected the request") : title;
            return detail.isEmpty() ? head + QLatin1Char('.') : tr("%1: %2").arg(head, detail.trimmed());
        }
        QStringList lines;
        for (const schema::FieldError &f : fieldErrors) {
            const QString name = f.inputName();
            lines << (name.isEmpty() ? f.description : tr("%1: %2").arg(name, f.description));
        }
        return tr("Some inputs are not valid; fix the marked fields and try again:\n%1")
            .arg(lines.join(QLatin1Char('\n')));
    }
    case 429:
        if (retryAfterSeconds >= 0)
            return QCoreApplication::translate("sdanim::api::ApiError",
                "Too many requests: the server asks to wait %n second(s) before trying again.", nullptr,
                retryAfterSeconds);
        return tr("Too many requests: wait a moment before trying again.");
    default:
        break;
    }
    if (httpStatus >= 500)
        return tr("The server had a problem (HTTP %1%2). Try again in a moment.")
            .arg(httpStatus).arg(serverText.isEmpty() ? QString() : QStringLiteral(": ") + serverText);
    return tr("The request failed with HTTP %1%2.")
        .arg(httpStatus).arg(serverText.isEmpty() ? QString() : QStringLiteral(": ") + serverText);
}

} // namespace sdanim::api
