#include "emulator/CreateBodyValidator.h"

#include <QJsonArray>

#include <cmath>

namespace sdanim::emulator {

namespace {

using schema::FieldError;

QString kindName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double:
        return std::floor(v.toDouble()) == v.toDouble() ? QStringLiteral("integer") : QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    default: return QStringLiteral("null");
    }
}

FieldError typeError(const QString &field, const QString &expected, const QJsonValue &given)
{
    return FieldError{QStringLiteral("invalid_type"), field,
                      QStringLiteral("Invalid type. Expected: %1, given: %2").arg(expected, kindName(given))};
}

} // namespace

QList<FieldError> CreateBodyValidator::validate(const QJsonObject &body, bool withVersion)
{
    QList<FieldError> errors;
    QStringList allowed{QStringLiteral("input"), QStringLiteral("webhook"), QStringLiteral("webhook_events_filter"),
                        QStringLiteral("stream"), QStringLiteral("webhook_completed")};
    if (withVersion) {
        allowed.prepend(QStringLiteral("version"));
        if (!body.contains(QLatin1String("version")))
            errors << FieldError{QStringLiteral("required"), QString(), QStringLiteral("version is required")};
    }
    if (!body.contains(QLatin1String("input")))
        errors << FieldError{QStringLiteral("required"), QString(), QStringLiteral("input is required")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!allowed.contains(it.key()))
            errors << FieldError{QStringLiteral("additional_property_not_allowed"), QString(),
                                 QStringLiteral("Additional property %1 is not allowed").arg(it.key())};
    }
    const QJsonValue version = body.value(QLatin1String("version"));
    if (withVersion && !version.isUndefined() && !version.isString())
        errors << typeError(QStringLiteral("version"), QStringLiteral("string"), version);
    const QJsonValue input = body.value(QLatin1String("input"));
    if (!input.isUndefined() && !input.isObject())
        errors << typeError(QStringLiteral("input"), QStringLiteral("object"), input);
    for (const char *key : {"webhook", "webhook_completed"}) {
        const QJsonValue v = body.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString())
            errors << typeError(QLatin1String(key), QStringLiteral("string"), v);
    }
    const QJsonValue stream = body.value(QLatin1String("stream"));
    if (!stream.isUndefined() && !stream.isBool())
        errors << typeError(QStringLiteral("stream"), QStringLiteral("boolean"), stream);
    const QJsonValue filter = body.value(QLatin1String("webhook_events_filter"));
    if (!filter.isUndefined()) {
        if (!filter.isArray()) {
            errors << typeError(QStringLiteral("webhook_events_filter"), QStringLiteral("array"), filter);
        } else {
            const QStringList events{QStringLiteral("start"), QStringLiteral("output"), QStringLiteral("logs"),
                                     QStringLiteral("completed")};
            const QJsonArray list = filter.toArray();
            for (int i = 0; i < list.size(); ++i) {
                const QString field = QStringLiteral("webhook_events_filter.%1").arg(i);
                if (!events.contains(list[i].toString()))
                    errors << FieldError{QStringLiteral("enum"), field,
                                         QStringLiteral("%1 must be one of the following: \"start\", \"output\", \"logs\", \"completed\"")
                                             .arg(field)};
            }
        }
    }
    return errors;
}

} // namespace sdanim::emulator
