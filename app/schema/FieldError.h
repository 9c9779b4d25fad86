#pragma once

#include <QList>
#include <QString>

namespace sdanim::schema {

// One entry of a 422 `invalid_fields` list. `field` is "" for the top level of the request body,
// "input" for a missing input key and "input.<name>" for a bad value (spec §5.3).
struct FieldError
{
    QString type;        // required, invalid_type, number_gte, number_lte, enum, additional_property_not_allowed
    QString field;
    QString description;

    // The input name this error belongs to, or "" when it is not about one input.
    QString inputName() const;
    bool operator==(const FieldError &other) const = default;
};

// The 422 `detail` text: one "- <field>: <description>\n" line per error.
QString formatDetail(const QList<FieldError> &errors);

} // namespace sdanim::schema
