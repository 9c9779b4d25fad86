#pragma once

#include "schema/FieldError.h"
#include "schema/ModelSchema.h"

namespace sdanim::session {

// The server's validation messages (gojsonschema English, spec §5.3) in the user's language, with
// input names replaced by their labels. Unknown wording is shown as the server wrote it.
class FieldErrorText
{
public:
    static QString describe(const schema::FieldError &error, const schema::ModelSchema &schema);
};

} // namespace sdanim::session
