#pragma once

#include "schema/FieldError.h"

#include <QJsonObject>
#include <QList>

namespace sdanim::emulator {

// The top-level schema of a create body (spec §3.1/§3.2: additionalProperties false, required
// version + input), reported with gojsonschema's messages like Replicate's 422s.
class CreateBodyValidator
{
public:
    // `withVersion`: POST /v1/predictions (true) or POST /v1/models/{o}/{n}/predictions (false).
    static QList<schema::FieldError> validate(const QJsonObject &body, bool withVersion);
};

} // namespace sdanim::emulator
