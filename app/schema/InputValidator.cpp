#include "schema/InputValidator.h"

#include <cmath>

namespace sdanim::schema {

namespace {

// gojsonschema names JSON kinds like this in "Invalid type. Expected: X, given: Y".
QString jsonKindName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return std::floor(d) == d && std::isfinite(d) ? QStringLiteral("integer") : QStringLiteral("number");
    }
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("null");
}

bool matchesType(const Parameter &p, const QJsonValue &v)
{
    switch (p.type) {
    case ParamType::String: return v.isString();
    case ParamType::Boolean: return v.isBool();
    case ParamType::Number: return v.isDouble();
    case ParamType::Integer: return v.isDouble() && jsonKindName(v) == QLatin1String("integer");
    }
    return false;
}

QString formatNumber(double d)
{
    return QString::number(d, 'g', 15);
}

QString formatChoice(const QJsonValue &v)
{
    if (v.isString()) return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    if (v.isBool()) return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return formatNumber(v.toDouble());
}

} // namespace

QList<FieldError> InputValidator::validateValue(const QString &name, const QJsonValue &value) const
{
    const Parameter *p = m_schema.parameter(name);
    if (!p)
        return {}; // Cog's Input schema allows extra properties; the model ignores them.
    const QString field = QStringLiteral("input.") + name;
    if (!matchesType(*p, value)) {
        return {FieldError{QStringLiteral("invalid_type"), field,
                           QStringLiteral("Invalid type. Expected: %1, given: %2")
                               .arg(paramTypeName(p->type), jsonKindName(value))}};
    }
    QList<FieldError> errors;
    if (p->isEnum() && !p->choices.contains(value)) {
        QStringList shown;
        for (const QJsonValue &c : p->choices) shown << formatChoice(c);
        errors << FieldError{QStringLiteral("enum"), field,
                             QStringLiteral("%1 must be one of the following: %2").arg(name, shown.join(QStringLiteral(", ")))};
    }
    if (p->isNumeric()) {
        const double d = value.toDouble();
        if (p->minimum && d < *p->minimum)
            errors << FieldError{QStringLiteral("number_gte"), field,
                                 QStringLiteral("Must be greater than or equal to %1").arg(formatNumber(*p->minimum))};
        if (p->maximum && d > *p->maximum)
            errors << FieldError{QStringLiteral("number_lte"), field,
                                 QStringLiteral("Must be less than or equal to %1").arg(formatNumber(*p->maximum))};
    }
    return errors;
}

QList<FieldError> InputValidator::validate(const QJsonObject &input) const
{
    QList<FieldError> errors;
    for (const Parameter &p : m_schema.parameters()) {
        if (p.required && !input.contains(p.name))
            errors << FieldError{QStringLiteral("required"), QStringLiteral("input"),
                                 QStringLiteral("%1 is required").arg(p.name)};
    }
    for (const Parameter &p : m_schema.parameters()) {
        if (input.contains(p.name))
            errors << validateValue(p.name, input.value(p.name));
    }
    return errors;
}

} // namespace sdanim::schema
