#pragma once

#include "schema/ModelSchema.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sdanim::emulator {

// How the Cog container (FastAPI + pydantic v1) checks a prediction input: lax coercion ("25" → 25,
// "true" → true) and 422 entries {loc, msg, type[, ctx]} with pydantic's English messages.
class PydanticInputValidator
{
public:
    struct Result
    {
        QJsonArray errors;     // the `detail` list of a 422 response; empty when valid
        QJsonObject coerced;   // the input as predict() receives it (defaults filled in)
    };
    static Result validate(const schema::ModelSchema &schema, const QJsonObject &input);
};

} // namespace sdanim::emulator
