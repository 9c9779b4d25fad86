#pragma once

#include "schema/Parameter.h"

namespace sdanim::session {

// Translated labels and tooltips for the model's inputs. The schema's English title and
// description are the fallback, so inputs of a future version still get a sensible label.
class ParameterText
{
public:
    static QString label(const schema::Parameter &p);
    static QString description(const schema::Parameter &p);
};

} // namespace sdanim::session
