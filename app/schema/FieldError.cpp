#include "schema/FieldError.h"

namespace sdanim::schema {

QString FieldError::inputName() const
{
    static const QString prefix = QStringLiteral("input.");
    if (field.startsWith(prefix))
        return field.mid(prefix.size());
    // A missing required input is reported on "input" with "<name> is required".
    if (field == QLatin1String("input") && type == QLatin1String("required"))
        return description.section(QLatin1Char(' '), 0, 0);
    return QString();
}

QString formatDetail(const QList<FieldError> &errors)
{
    QString detail;
    for (const FieldError &e : errors) {
        detail += QStringLiteral("- ");
        if (!e.field.isEmpty())
            detail += e.field + QStringLiteral(": ");
        detail += e.description + QLatin1Char('\n');
    }
    return detail;
}

} // namespace sdanim::schema
