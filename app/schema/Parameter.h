#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace sdanim::schema {

enum class ParamType { String, Integer, Number, Boolean };

QString paramTypeName(ParamType type); // JSON-schema spelling: "string", "integer", ...

// One model input as the version's OpenAPI schema describes it. Enums declared through
// allOf/$ref are resolved, so `choices` is filled and `type` comes from the enum component.
struct Parameter
{
    QString name;
    QString title;
    QString description;
    ParamType type = ParamType::String;
    int order = 0;
    bool required = false;
    QJsonValue defaultValue = QJsonValue(QJsonValue::Undefined);
    std::optional<double> minimum;
    std::optional<double> maximum;
    QJsonArray choices;
    QString format;

    bool hasDefault() const { return !defaultValue.isUndefined(); }
    bool isEnum() const { return !choices.isEmpty(); }
    bool isNumeric() const { return type == ParamType::Integer || type == ParamType::Number; }
};

} // namespace sdanim::schema
