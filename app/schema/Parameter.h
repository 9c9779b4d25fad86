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

    // A value typed by hand (a command-line option, a --vary list) as this input's JSON type:
    // integer, finite number, boolean (true/false, yes/no, 1/0, on/off) or string, which is kept
    // as given. Range and choices are the validator's job. std::nullopt and `*why` when the text
    // is not of the type.
    std::optional<QJsonValue> valueFromText(const QString &text, QString *why) const;
};

} // namespace sdanim::schema
