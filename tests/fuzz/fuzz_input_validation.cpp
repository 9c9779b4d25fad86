// Prediction inputs checked against the shipped schema (app/schema/InputValidator): what the client
// checks before sending and the emulator answers 422s with.
#include "FuzzCheck.h"

#include "schema/InputValidator.h"
#include "schema/ModelSchema.h"

#include <QJsonDocument>

using namespace sdanim::schema;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ModelSchema schema = ModelSchema::pinned();
    static const InputValidator validator(schema);

    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    // A create request body ({"version":…,"input":{…}}) or a bare input object.
    QJsonObject input = doc.object();
    if (input.value(QLatin1String("input")).isObject()) input = input.value(QLatin1String("input")).toObject();

    const QList<FieldError> errors = validator.validate(input);
    QList<FieldError> perField;
    for (auto it = input.begin(); it != input.end(); ++it) {
        const QList<FieldError> one = validator.validateValue(it.key(), it.value());
        for (const FieldError &e : one) FUZZ_CHECK_EQ(e.field, QStringLiteral("input.") + it.key());
        perField << one;
    }
    // validate() = the missing required inputs + what each given field says on its own.
    qsizetype required = 0;
    for (const FieldError &e : errors) {
        FUZZ_CHECK(!e.description.isEmpty());
        if (e.type == QLatin1String("required")) ++required;
    }
    FUZZ_CHECK_EQ(errors.size() - required, perField.size());
    // A valid input stays valid with the defaults filled in for what it left out.
    if (errors.isEmpty()) {
        QJsonObject full = schema.defaults();
        for (auto it = input.begin(); it != input.end(); ++it) full.insert(it.key(), it.value());
        FUZZ_CHECK(validator.validate(full).isEmpty());
    }
    return 0;
}
