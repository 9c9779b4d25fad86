#pragma once

#include <QJsonValue>
#include <QString>

namespace sdanim::api {

// Reads JSON values the way the model and older servers may have written them: numbers and
// booleans also arrive as strings ("25", "true"), and a missing or odd value takes a fallback
// instead of failing (spec §2.2, §8).
class LenientJson
{
public:
    // A string as is, a number in its shortest exact form, anything else empty.
    static QString string(const QJsonValue &v);
    static double number(const QJsonValue &v, double fallback);
    // true, "true" (any case) or a non-zero number.
    static bool boolean(const QJsonValue &v);
};

} // namespace sdanim::api
