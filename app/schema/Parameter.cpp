#include "schema/Parameter.h"

#include <QCoreApplication>

#include <cmath>

namespace sdanim::schema {

QString paramTypeName(ParamType type)
{
    switch (type) {
    case ParamType::String: return QStringLiteral("string");
    case ParamType::Integer: return QStringLiteral("integer");
    case ParamType::Number: return QStringLiteral("number");
    case ParamType::Boolean: return QStringLiteral("boolean");
    }
    return QString();
}

std::optional<QJsonValue> Parameter::valueFromText(const QString &text, QString *why) const
{
    const QString t = text.trimmed();
    bool ok = false;
    switch (type) {
    case ParamType::Integer: {
        const qlonglong v = t.toLongLong(&ok);
        if (ok) return QJsonValue(v);
        *why = QCoreApplication::translate("sdanim::schema::Parameter", "expected a whole number, got \"%1\"").arg(text);
        return std::nullopt;
    }
    case ParamType::Number: {
        const double v = t.toDouble(&ok);
        if (ok && std::isfinite(v)) return QJsonValue(v);
        *why = QCoreApplication::translate("sdanim::schema::Parameter", "expected a number, got \"%1\"").arg(text);
        return std::nullopt;
    }
    case ParamType::Boolean: {
        const QString l = t.toLower();
        if (l == QLatin1String("true") || l == QLatin1String("yes") || l == QLatin1String("1") || l == QLatin1String("on"))
            return QJsonValue(true);
        if (l == QLatin1String("false") || l == QLatin1String("no") || l == QLatin1String("0") || l == QLatin1String("off"))
            return QJsonValue(false);
        *why = QCoreApplication::translate("sdanim::schema::Parameter", "expected true or false, got \"%1\"").arg(text);
        return std::nullopt;
    }
    case ParamType::String:
        return QJsonValue(text);
    }
    return std::nullopt;
}

} // namespace sdanim::schema
