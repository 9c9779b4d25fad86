#include "schema/ModelSchema.h"

#include <QFile>
#include <QJsonDocument>
#include <algorithm>

namespace sdanim::schema {

namespace {

std::optional<ParamType> typeFromName(const QString &name)
{
    if (name == QLatin1String("string")) return ParamType::String;
    if (name == QLatin1String("integer")) return ParamType::Integer;
    if (name == QLatin1String("number")) return ParamType::Number;
    if (name == QLatin1String("boolean")) return ParamType::Boolean;
    return std::nullopt;
}

// Follows "#/components/schemas/<name>" inside the same document; other refs are not used by Cog.
QJsonObject resolveRef(const QJsonObject &openApi, const QString &ref)
{
    static const QString prefix = QStringLiteral("#/components/schemas/");
    if (!ref.startsWith(prefix))
        return {};
    return openApi.value(QLatin1String("components")).toObject()
        .value(QLatin1String("schemas")).toObject()
        .value(ref.mid(prefix.size())).toObject();
}

// Merges the property with whatever its allOf/$ref points at; the property's own keys win.
QJsonObject flattenProperty(const QJsonObject &openApi, QJsonObject prop)
{
    QJsonObject merged;
    const auto mergeIn = [&](const QJsonObject &o) {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!merged.contains(it.key())) merged.insert(it.key(), it.value());
    };
    mergeIn(prop);
    if (prop.contains(QLatin1String("$ref")))
        mergeIn(resolveRef(openApi, prop.value(QLatin1String("$ref")).toString()));
    for (const QJsonValue &part : prop.value(QLatin1String("allOf")).toArray()) {
        QJsonObject p = part.toObject();
        if (p.contains(QLatin1String("$ref")))
            mergeIn(resolveRef(openApi, p.value(QLatin1String("$ref")).toString()));
        else
            mergeIn(p);
    }
    merged.remove(QLatin1String("allOf"));
    return merged;
}

QString titleCase(const QString &name)
{
    QStringList words = name.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (QString &w : words) w[0] = w[0].toUpper();
    return words.join(QLatin1Char(' '));
}

} // namespace

std::optional<ModelSchema> ModelSchema::fromVersion(const QJsonObject &version, QString *error)
{
    auto schema = fromOpenApi(version.value(QLatin1String("openapi_schema")).toObject(), error);
    if (!schema)
        return std::nullopt;
    schema->m_versionId = version.value(QLatin1String("id")).toString();
    schema->m_cogVersion = version.value(QLatin1String("cog_version")).toString();
    schema->m_createdAt = QDateTime::fromString(version.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
    return schema;
}

std::optional<ModelSchema> ModelSchema::fromOpenApi(const QJsonObject &openApi, QString *error)
{
    const QJsonObject schemas = openApi.value(QLatin1String("components")).toObject()
                                    .value(QLatin1String("schemas")).toObject();
    const QJsonObject input = schemas.value(QLatin1String("Input")).toObject();
    if (input.isEmpty() || !input.value(QLatin1String("properties")).isObject()) {
        if (error) *error = QStringLiteral("the schema has no components.schemas.Input.properties");
        return std::nullopt;
    }
    ModelSchema schema;
    schema.m_openApi = openApi;
    QStringList required;
    for (const QJsonValue &r : input.value(QLatin1String("required")).toArray())
        required << r.toString();

    const QJsonObject props = input.value(QLatin1String("properties")).toObject();
    for (auto it = props.begin(); it != props.end(); ++it) {
        const QJsonObject p = flattenProperty(openApi, it.value().toObject());
        Parameter param;
        param.name = it.key();
        param.title = p.value(QLatin1String("title")).toString();
        // An enum component's title is the parameter name itself, not a label.
        if (param.title.isEmpty() || param.title == param.name)
            param.title = titleCase(param.name);
        param.description = p.value(QLatin1String("description")).toString();
        if (param.description == QLatin1String("An enumeration."))
            param.description.clear();
        param.order = p.value(QLatin1String("x-order")).toInt(1000);
        param.required = required.contains(param.name);
        param.defaultValue = p.contains(QLatin1String("default")) ? p.value(QLatin1String("default"))
                                                                  : QJsonValue(QJsonValue::Undefined);
        if (p.contains(QLatin1String("minimum"))) param.minimum = p.value(QLatin1String("minimum")).toDouble();
        if (p.contains(QLatin1String("maximum"))) param.maximum = p.value(QLatin1String("maximum")).toDouble();
        param.choices = p.value(QLatin1String("enum")).toArray();
        param.format = p.value(QLatin1String("format")).toString();
        const auto type = typeFromName(p.value(QLatin1String("type")).toString());
        if (type) {
            param.type = *type;
        } else if (!param.choices.isEmpty()) {
            param.type = param.choices.first().isDouble() ? ParamType::Integer : ParamType::String;
        } else {
            // Unknown or missing type: treat as free text so the form can still offer the field.
            param.type = ParamType::String;
        }
        schema.m_parameters << param;
    }
    std::stable_sort(schema.m_parameters.begin(), schema.m_parameters.end(),
                     [](const Parameter &a, const Parameter &b) {
                         return a.order != b.order ? a.order < b.order : a.name < b.name;
                     });
    const QJsonObject output = schemas.value(QLatin1String("Output")).toObject();
    schema.m_outputIsIterator = output.value(QLatin1String("x-cog-array-type")).toString() == QLatin1String("iterator");
    return schema;
}

QString ModelSchema::pinnedVersionId()
{
    return QStringLiteral("ca1f5e306e5721e19c473e0d094e6603f0456fe759c10715fcd6c1b79242d4a5");
}

ModelSchema ModelSchema::pinned()
{
    QFile f(QStringLiteral(":/schema/model-version-ca1f5e.json"));
    f.open(QIODevice::ReadOnly);
    auto schema = fromVersion(QJsonDocument::fromJson(f.readAll()).object());
    Q_ASSERT_X(schema, "ModelSchema::pinned", "the shipped version schema must parse");
    return schema ? *schema : ModelSchema();
}

QJsonObject ModelSchema::versionJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("id"), m_versionId);
    o.insert(QLatin1String("created_at"), m_createdAt.toString(Qt::ISODateWithMs));
    o.insert(QLatin1String("cog_version"), m_cogVersion);
    o.insert(QLatin1String("openapi_schema"), m_openApi);
    return o;
}

const Parameter *ModelSchema::parameter(const QString &name) const
{
    for (const Parameter &p : m_parameters)
        if (p.name == name) return &p;
    return nullptr;
}

QStringList ModelSchema::requiredNames() const
{
    QStringList names;
    for (const Parameter &p : m_parameters)
        if (p.required) names << p.name;
    return names;
}

QJsonObject ModelSchema::defaults() const
{
    QJsonObject o;
    for (const Parameter &p : m_parameters)
        if (p.hasDefault()) o.insert(p.name, p.defaultValue);
    return o;
}

} // namespace sdanim::schema
