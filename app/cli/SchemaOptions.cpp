#include "cli/SchemaOptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace sdanim::cli {

namespace {
// The context lupdate files this class's tr() texts under: the qualified class name.
QString tr(const char *text) { return QCoreApplication::translate("sdanim::cli::SchemaOptions", text); }
} // namespace

QString SchemaOptions::dashed(const QString &inputName)
{
    return QString(inputName).replace(QLatin1Char('_'), QLatin1Char('-'));
}

QList<QCommandLineOption> SchemaOptions::options() const
{
    QList<QCommandLineOption> result;
    for (const schema::Parameter &p : m_schema.parameters()) {
        QStringList names{dashed(p.name)};
        if (p.name != dashed(p.name)) names << p.name;
        QString help = p.description.isEmpty() ? p.title : p.description;
        if (p.isEnum()) {
            QStringList choices;
            for (const QJsonValue &c : p.choices) choices << c.toVariant().toString();
            help += QStringLiteral(" [%1]").arg(choices.join(QLatin1Char('|')));
        } else if (p.minimum || p.maximum) {
            help += QStringLiteral(" [%1..%2]").arg(p.minimum ? QString::number(*p.minimum) : QString(),
                                                    p.maximum ? QString::number(*p.maximum) : QString());
        }
        if (p.type == schema::ParamType::Boolean)
            help += tr(" (alone: true; --no-%1: false)").arg(dashed(p.name));
        if (p.hasDefault()) help += tr(" (default %1)").arg(p.defaultValue.toVariant().toString());
        if (p.required) help += tr(" (required)");
        result << QCommandLineOption(names, help, paramTypeName(p.type));
    }
    return result;
}

QStringList SchemaOptions::expandBooleanFlags(const QStringList &arguments, const QList<QCommandLineOption> &allOptions) const
{
    QSet<QString> takesValue;
    for (const QCommandLineOption &o : allOptions)
        if (!o.valueName().isEmpty())
            for (const QString &name : o.names()) takesValue.insert(name);
    QHash<QString, QString> booleans;   // --gif_ping_pong and --gif-ping-pong → gif-ping-pong
    for (const schema::Parameter &p : m_schema.parameters()) {
        if (p.type != schema::ParamType::Boolean) continue;
        booleans.insert(p.name, dashed(p.name));
        booleans.insert(dashed(p.name), dashed(p.name));
    }
    const QString dashes = QStringLiteral("--");
    const QString negation = QStringLiteral("no-");
    QStringList result;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == dashes) {   // everything after "--" is positional
            result += arguments.mid(i);
            break;
        }
        result << argument;
        if (!argument.startsWith(dashes) || argument.contains(QLatin1Char('='))) continue;
        const QString name = argument.mid(dashes.size());
        const bool valueFollows = i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(QLatin1Char('-'));
        if (name.startsWith(negation) && booleans.contains(name.mid(negation.size())) && !takesValue.contains(name)) {
            result.last() = dashes + booleans.value(name.mid(negation.size()));
            result << QStringLiteral("false");
        } else if (booleans.contains(name) && !valueFollows) {
            result << QStringLiteral("true");
        } else if (takesValue.contains(name) && i + 1 < arguments.size()) {
            result << arguments.at(++i);   // a value, whatever it looks like
        }
    }
    return result;
}

QJsonObject SchemaOptions::collect(const QCommandLineParser &parser, QList<schema::FieldError> *errors) const
{
    QJsonObject input;
    for (const schema::Parameter &p : m_schema.parameters()) {
        const QString name = dashed(p.name);
        if (!parser.isSet(name)) continue;
        const QStringList values = parser.values(name);
        if (values.size() > 1) {
            errors->append({QStringLiteral("invalid_type"), QStringLiteral("input.") + p.name,
                            tr("given %1 times; give it once").arg(values.size())});
            continue;
        }
        QString why;
        if (auto v = p.valueFromText(values.constFirst(), &why))
            input.insert(p.name, *v);
        else
            errors->append({QStringLiteral("invalid_type"), QStringLiteral("input.") + p.name, why});
    }
    return input;
}

QString SchemaOptions::describe(const QList<schema::FieldError> &errors)
{
    QStringList lines;
    for (const schema::FieldError &e : errors) {
        const QString input = e.inputName();
        lines << (input.isEmpty() ? e.description : QStringLiteral("--%1: %2").arg(dashed(input), e.description));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace sdanim::cli
