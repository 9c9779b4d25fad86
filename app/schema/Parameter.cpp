#include "schema/Parameter.h"

namespace sdanim::schema {

QString paramTypeName(ParamType type)
{
    switch (type) {
    case ParamType::String: return QStringLiteral("string");
    case ParamType::Integer: return QStringLiteral("integer");
    case ParamType::Number: return QStringLiteral("number");
    case ParamType::Boolean: return QStringLiteral("boolean");
    }
    return QString();
}

} // namespace sdanim::schema
