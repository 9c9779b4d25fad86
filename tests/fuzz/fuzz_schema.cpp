// A model version's OpenAPI document, as GET /v1/models/…/versions/… returns it (app/schema):
// loading it, then validating inputs against whatever it declares.
#include "FuzzCheck.h"

#include "schema/InputValidator.h"
#include "schema/ModelSchema.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace sdanim::schema;

namespace {

void exercise(const ModelSchema &schema, const QJsonObject &document)
{
    const QList<Parameter> &params = schema.parameters();
    for (qsizetype i = 1; i < params.size(); ++i)
        FUZZ_CHECK(params[i - 1].order <= params[i].order);
    for (const Parameter &p : params) FUZZ_CHECK(schema.parameter(p.name) != nullptr);
    for (const QString &name : schema.requiredNames()) FUZZ_CHECK(schema.parameter(name) != nullptr);

    const InputValidator validator(schema);
    // The schema's own defaults, each enum choice, and whatever "input" the document carries.
    for (const FieldError &e : validator.validate(schema.defaults()))
        FUZZ_CHECK(e.field.startsWith(QLatin1String("input")));
    for (const Parameter &p : params)
        for (const QJsonValue &choice : p.choices) (void)validator.validateValue(p.name, choice);
    for (const FieldError &e : validator.validate(document.value(QLatin1String("input")).toObject()))
        FUZZ_CHECK(e.field.startsWith(QLatin1String("input")));

    // What the app stores (versionJson) loads back to the same inputs.
    const auto again = ModelSchema::fromVersion(schema.versionJson());
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK_EQ(again->parameters().size(), params.size());
    for (qsizetype i = 0; i < params.size(); ++i) FUZZ_CHECK_EQ(again->parameters()[i].name, params[i].name);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonObject o =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))).object();
    QString error;
    if (const auto s = ModelSchema::fromVersion(o, &error)) exercise(*s, o);
    if (const auto s = ModelSchema::fromOpenApi(o, &error)) exercise(*s, o);
    return 0;
}
