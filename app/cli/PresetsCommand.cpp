#include "cli/PresetsCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/ConsoleOutput.h"
#include "cli/ExitCode.h"
#include "cli/SchemaOptions.h"
#include "store/PresetStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace sdanim::cli {

namespace {
// The context lupdate files this class's tr() texts under: the qualified class name.
QString tr(const char *text) { return QCoreApplication::translate("sdanim::cli::PresetsCommand", text); }
} // namespace

int PresetsCommand::exec()
{
    const schema::ModelSchema schema = schema::ModelSchema::pinned();
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Manage presets.\n"
        "  list                      built-in and saved presets\n"
        "  show NAME                 the preset as JSON\n"
        "  save NAME --<input> V...  save the given inputs as a preset (replaces one of that name)\n"
        "  delete NAME\n"
        "  import FILE [--replace]   copy a preset file into the presets folder\n"
        "  export NAME FILE          write a preset to a file"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, show, save, delete, import or export"));
    const SchemaOptions inputs(schema);
    QList<QCommandLineOption> options{
        {QStringLiteral("json"), tr("list: print JSON.")},
        {QStringLiteral("replace"), tr("import: replace a preset of the same name.")},
        {QStringLiteral("description"), tr("save: a sentence about the preset."), QStringLiteral("text")},
        {QStringLiteral("settings"), tr("Use this settings file instead of the user's."), QStringLiteral("file")},
        {QStringLiteral("verbose"), tr("Print the debug log of the sdanim.* categories on stderr.")},
    };
    options += inputs.options();
    parser.addOptions(options);
    if (!parser.parse(inputs.expandBooleanFlags(m_arguments, options))) {
        ConsoleOutput::error(parser.errorText() + QLatin1Char('\n') + tr("See: sdanim presets --help"));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ConsoleOutput::out(parser.helpText());
        return ExitOk;
    }
    const QStringList args = parser.positionalArguments().mid(1);   // [0] is "presets"
    const QString action = args.value(0);
    auto needArgs = [&](int n, const char *usage) {
        if (args.size() == n + 1) return true;
        ConsoleOutput::error(tr("Usage: sdanim presets %1").arg(QLatin1String(usage)));
        return false;
    };
    CliEnvironment env;
    QString error;
    if (!env.configure(parser, &error)) {
        ConsoleOutput::error(error);
        return ExitUsage;
    }
    store::PresetStore presets(env.settings().presetsDirectory());

    if (action == QLatin1String("list")) {
        QStringList problems;
        const QList<store::Preset> all = presets.list(&problems);
        for (const QString &p : problems) ConsoleOutput::error(tr("skipped %1").arg(p));
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray a;
            for (const store::Preset &p : all) {
                QJsonObject o = QJsonDocument::fromJson(store::PresetStore::serialize(p)).object();
                o.insert(QStringLiteral("built_in"), p.builtIn);
                a.append(o);
            }
            ConsoleOutput::out(QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented)).trimmed());
        } else {
            for (const store::Preset &p : all)
                ConsoleOutput::out(QStringLiteral("%1%2%3").arg(p.name, p.builtIn ? tr(" (built-in)") : QString(),
                                                                p.description.isEmpty() ? QString() : QStringLiteral(" - ") + p.description));
        }
        return ExitOk;
    }
    if (action == QLatin1String("show")) {
        if (!needArgs(1, "show NAME")) return ExitUsage;
        const auto p = presets.find(args.at(1));
        if (!p) {
            ConsoleOutput::error(tr("There is no preset named \"%1\".").arg(args.at(1)));
            return ExitUsage;
        }
        ConsoleOutput::out(QString::fromUtf8(store::PresetStore::serialize(*p)).trimmed());
        return ExitOk;
    }
    if (action == QLatin1String("save")) {
        if (!needArgs(1, "save NAME --<input> VALUE...")) return ExitUsage;
        QList<schema::FieldError> errors;
        store::Preset p;
        p.name = args.at(1);
        p.description = parser.value(QStringLiteral("description"));
        p.input = inputs.collect(parser, &errors);
        if (errors.isEmpty() && !presets.save(p, &schema, &error, &errors) && errors.isEmpty()) {
            ConsoleOutput::error(error);
            return ExitFailure;
        }
        if (!errors.isEmpty()) {
            ConsoleOutput::error(tr("Invalid input:\n%1").arg(SchemaOptions::describe(errors)));
            return ExitUsage;
        }
        ConsoleOutput::error(tr("Saved preset \"%1\".").arg(p.name));
        return ExitOk;
    }
    if (action == QLatin1String("delete")) {
        if (!needArgs(1, "delete NAME")) return ExitUsage;
        if (!presets.remove(args.at(1), &error)) {
            ConsoleOutput::error(error);
            return ExitUsage;
        }
        return ExitOk;
    }
    if (action == QLatin1String("import")) {
        if (!needArgs(1, "import FILE [--replace]")) return ExitUsage;
        const auto p = presets.importFile(args.at(1), &schema, parser.isSet(QStringLiteral("replace")), &error);
        if (!p) {
            ConsoleOutput::error(error);
            return ExitUsage;
        }
        ConsoleOutput::error(tr("Imported preset \"%1\".").arg(p->name));
        return ExitOk;
    }
    if (action == QLatin1String("export")) {
        if (!needArgs(2, "export NAME FILE")) return ExitUsage;
        if (!presets.exportTo(args.at(1), args.at(2), &error)) {
            ConsoleOutput::error(error);
            return presets.find(args.at(1)) ? ExitFailure : ExitUsage;
        }
        return ExitOk;
    }
    ConsoleOutput::error(action.isEmpty() ? tr("Missing action. See: sdanim presets --help")
                                          : tr("Unknown action \"%1\". See: sdanim presets --help").arg(action));
    return ExitUsage;
}

} // namespace sdanim::cli
