#include "emulator/PydanticInputValidator.h"

#include <cmath>
#include <optional>

namespace sdanim::emulator {

namespace {

using schema::ParamType;
using schema::Parameter;

QJsonObject error(const QString &name, const QString &msg, const QString &type, const QJsonObject &ctx = {})
{
    QJsonObject e{{QStringLiteral("loc"), QJsonArray{QStringLiteral("body"), QStringLiteral("input"), name}},
                  {QStringLiteral("msg"), msg},
                  {QStringLiteral("type"), type}};
    if (!ctx.isEmpty())
        e.insert(QStringLiteral("ctx"), ctx);
    return e;
}

QString number(double d)
{
    return QString::number(d, 'g', 15);
}

std::optional<QJsonValue> coerce(const Parameter &p, const QJsonValue &v)
{
    switch (p.type) {
    case ParamType::Integer:
        if (v.isBool())
            return QJsonValue(v.toBool() ? 1 : 0);
        if (v.isDouble() && std::isfinite(v.toDouble()))
            return QJsonValue(std::trunc(v.toDouble()));
        if (v.isString()) {
            bool ok = false;
            const qlonglong i = v.toString().trimmed().toLongLong(&ok);
            if (ok)
                return QJsonValue(double(i));
        }
        return std::nullopt;
    case ParamType::Number:
        if (v.isBool())
            return QJsonValue(v.toBool() ? 1.0 : 0.0);
        if (v.isDouble())
            return v;
        if (v.isString()) {
            bool ok = false;
            const double d = v.toString().trimmed().toDouble(&ok);
            if (ok)
                return QJsonValue(d);
        }
        return std::nullopt;
    case ParamType::Boolean: {
        if (v.isBool())
            return v;
        if (v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1))
            return QJsonValue(v.toDouble() == 1);
        const QString s = v.toString().toLower();
        if (v.isString() && QStringList{QStringLiteral("1"), QStringLiteral("on"), QStringLiteral("t"), QStringLiteral("true"),
                                        QStringLiteral("y"), QStringLiteral("yes")}.contains(s))
            return QJsonValue(true);
        if (v.isString() && QStringList{QStringLiteral("0"), QStringLiteral("off"), QStringLiteral("f"), QStringLiteral("false"),
                                        QStringLiteral("n"), QStringLiteral("no")}.contains(s))
            return QJsonValue(false);
        return std::nullopt;
    }
    case ParamType::String:
        if (v.isString())
            return v;
        if (v.isDouble())
            return QJsonValue(number(v.toDouble()));
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

PydanticInputValidator::Result PydanticInputValidator::validate(const schema::ModelSchema &schema, const QJsonObject &input)
{
    Result result;
    result.coerced = schema.defaults();
    for (const Parameter &p : schema.parameters()) {
        if (!input.contains(p.name)) {
            if (p.required)
                result.errors.append(error(p.name, QStringLiteral("field required"), QStringLiteral("value_error.missing")));
            continue;
        }
        const auto value = coerce(p, input.value(p.name));
        if (!value) {
            static const char *const messages[][2] = {
                {"str type expected", "type_error.str"},
                {"value is not a valid integer", "type_error.integer"},
                {"value is not a valid float", "type_error.float"},
                {"value could not be parsed to a boolean", "type_error.bool"},
            };
            const auto &m = messages[int(p.type)];
            result.errors.append(error(p.name, QLatin1String(m[0]), QLatin1String(m[1])));
            continue;
        }
        if (p.isEnum() && !p.choices.contains(*value)) {
            QStringList shown;
            for (const QJsonValue &c : p.choices)
                shown << (c.isString() ? QStringLiteral("'%1'").arg(c.toString()) : number(c.toDouble()));
            result.errors.append(error(p.name,
                                       QStringLiteral("value is not a valid enumeration member; permitted: %1").arg(shown.join(QStringLiteral(", "))),
                                       QStringLiteral("type_error.enum"),
                                       QJsonObject{{QStringLiteral("enum_values"), p.choices}}));
            continue;
        }
        if (p.isNumeric() && p.minimum && value->toDouble() < *p.minimum) {
            result.errors.append(error(p.name, QStringLiteral("ensure this value is greater than or equal to %1").arg(number(*p.minimum)),
                                       QStringLiteral("value_error.number.not_ge"),
                                       QJsonObject{{QStringLiteral("limit_value"), *p.minimum}}));
            continue;
        }
        if (p.isNumeric() && p.maximum && value->toDouble() > *p.maximum) {
            result.errors.append(error(p.name, QStringLiteral("ensure this value is less than or equal to %1").arg(number(*p.maximum)),
                                       QStringLiteral("value_error.number.not_le"),
                                       QJsonObject{{QStringLiteral("limit_value"), *p.maximum}}));
            continue;
        }
        result.coerced.insert(p.name, *value);
    }
    return result;
}

} // namespace sdanim::emulator
