#include "session/FieldErrorText.h"

#include "session/ParameterText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sdanim::session {

namespace {
struct Pattern
{
    QRegularExpression english;
    const char *translatable;
    bool firstIsInputName;
};
} // namespace

QString FieldErrorText::describe(const schema::FieldError &error, const schema::ModelSchema &schema)
{
    static const Pattern patterns[] = {
        {QRegularExpression(QStringLiteral("^Must be less than or equal to (.+)$")),
         QT_TRANSLATE_NOOP("sdanim::session::FieldErrorText", "Must be less than or equal to %1"), false},
        {QRegularExpression(QStringLiteral("^Must be greater than or equal to (.+)$")),
         QT_TRANSLATE_NOOP("sdanim::session::FieldErrorText", "Must be greater than or equal to %1"), false},
        {QRegularExpression(QStringLiteral("^Invalid type\\. Expected: (\\S+), given: (\\S+)$")),
         QT_TRANSLATE_NOOP("sdanim::session::FieldErrorText", "Invalid type. Expected: %1, given: %2"), false},
        {QRegularExpression(QStringLiteral("^(\\S+) must be one of the following: (.+)$")),
         QT_TRANSLATE_NOOP("sdanim::session::FieldErrorText", "%1 must be one of the following: %2"), true},
        {QRegularExpression(QStringLiteral("^(\\S+) is required$")),
         QT_TRANSLATE_NOOP("sdanim::session::FieldErrorText", "%1 is required"), true},
    };
    for (const Pattern &p : patterns) {
        const QRegularExpressionMatch m = p.english.match(error.description);
        if (!m.hasMatch())
            continue;
        QString out = QCoreApplication::translate("sdanim::session::FieldErrorText", p.translatable);
        for (int i = 1; i <= m.lastCapturedIndex(); ++i) {
            QString piece = m.captured(i);
            if (i == 1 && p.firstIsInputName)
                if (const schema::Parameter *param = schema.parameter(piece)) piece = ParameterText::label(*param);
            out = out.arg(piece);
        }
        return out;
    }
    return error.description;
}

} // namespace sdanim::session
