#pragma once

#include "schema/FieldError.h"
#include "schema/ModelSchema.h"

#include <QJsonObject>

namespace sdanim::schema {

// Validates a prediction input against the version's Input schema with the messages and codes
// Replicate's server uses (gojsonschema's English templates, spec §5.3). The emulator answers its
// 422s with this, and the client runs it before sending, so both agree field by field.
class InputValidator
{
public:
    explicit InputValidator(const ModelSchema &schema) : m_schema(schema) {}

    QList<FieldError> validate(const QJsonObject &input) const;
    // Errors for one field only (the form uses this to mark a single widget).
    QList<FieldError> validateValue(const QString &name, const QJsonValue &value) const;

private:
    const ModelSchema &m_schema;
};

} // namespace sdanim::schema
