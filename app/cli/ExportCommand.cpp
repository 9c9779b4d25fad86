#include "cli/ExportCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/ConsoleOutput.h"
#include "cli/ExitCode.h"
#include "cli/InterruptWatcher.h"
#include "export/DerivedOutput.h"
#include "export/ExportPipeline.h"
#include "export/OutputExporter.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace sdanim::cli {

using exports::ExportSettings;

ExportCommand::ExportCommand(const QStringList &arguments, QObject *parent)
    : EnvironmentCommand(arguments, parent)
{
}

bool ExportCommand::settingsFrom(const QCommandLineParser &parser, const QString &outPath, ExportSettings *s, QString *error)
{
    auto has = [&](const char *name) { return parser.isSet(QLatin1String(name)); };
    auto value = [&](const char *name) { return parser.value(QLatin1String(name)); };
    if (has("format")) {
        const auto format = ExportSettings::formatFromName(value("format"));
        if (!format) return *error = tr("--format: expected gif, mp4, webm, apng or png, got \"%1\"").arg(value("format")), false;
        s->format = *format;
    } else {
        // From the file name: .gif/.mp4/.webm/.apng; a name without a suffix is a folder of PNGs.
        const QString suffix = QFileInfo(outPath).suffix().toLower();
        const auto format = suffix.isEmpty() ? std::optional(exports::ExportFormat::PngSequence) : ExportSettings::formatFromName(suffix);
        if (!format) return *error = tr("--out: cannot tell the format from \"%1\"; give --format gif, mp4, webm, apng or png").arg(outPath), false;
        s->format = *format;
    }
    bool ok = true;
    if (has("fps")) {
        s->fps = value("fps").toDouble(&ok);
        if (!ok || s->fps < 1 || s->fps > ExportSettings::MaxFps)
            return *error = tr("--fps: expected a number from 1 to %1, got \"%2\"").arg(ExportSettings::MaxFps).arg(value("fps")), false;
    }
    if (has("interpolate")) {
        const auto method = ExportSettings::interpolationFromName(value("interpolate"));
        if (!method || *method == exports::Interpolation::None)
            return *error = tr("--interpolate: expected mci or blend, got \"%1\"").arg(value("interpolate")), false;
        s->interpolation = *method;
    }
    if (has("quality")) {
        const QString q = value("quality").toLower();
        if (q != QLatin1String("fast") && q != QLatin1String("high"))
            return *error = tr("--quality: expected fast or high, got \"%1\"").arg(value("quality")), false;
        s->quality = q == QLatin1String("high") ? exports::InterpolationQuality::High : exports::InterpolationQuality::Fast;
    }
    if (has("trim")) {
        const QStringList parts = value("trim").split(QLatin1Char(':'));
        bool okA = parts.size() == 2, okB = true;
        const int a = parts.value(0).isEmpty() ? 0 : parts.value(0).toInt(&okA);
        const int b = parts.value(1).isEmpty() ? -1 : parts.value(1).toInt(&okB);
        if (parts.size() != 2 || !okA || !okB || a < 0 || (b != -1 && b <= a))
            return *error = tr("--trim: expected A:B with 0 <= A < B (frames A to B-1; A: or :B for open ends), got \"%1\"")
                                .arg(value("trim")), false;
        s->trimStart = a;
        s->trimEnd = b;
    }
    s->pingPong = has("ping-pong");
    if (has("scale")) {
        s->scale = value("scale").toDouble(&ok);
        if (!ok || s->scale < ExportSettings::MinScale || s->scale > ExportSettings::MaxScale)
            return *error = tr("--scale: expected a factor from %1 to %2, got \"%3\"")
                                .arg(ExportSettings::MinScale).arg(ExportSettings::MaxScale).arg(value("scale")), false;
    }
    if (has("loop")) {
        s->plays = value("loop").toInt(&ok);
        if (!ok || s->plays < 0 || s->plays > ExportSettings::MaxPlays)
            return *error = tr("--loop: expected how many times it plays, 0 (forever) to %1, got \"%2\"")
                                .arg(ExportSettings::MaxPlays).arg(value("loop")), false;
    }
    if (const QString invalid = s->validationError(); !invalid.isEmpty()) return *error = invalid, false;
    return true;
}

int ExportCommand::exec()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Re-exports a finished output locally (no new prediction, free): another format, "
                                        "frame rate, trim, scale, loop count, ping-pong or interpolated frames. "
                                        "Recorded in the history as derived from the source."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("INPUT"), tr("The GIF or video to re-export (any file the app saved)."));
    parser.addOptions({
        {QStringLiteral("format"), tr("gif, mp4 (H.264), webm (VP9), apng or png (a folder of frames). Default: from --out."),
         QStringLiteral("format")},
        {QStringLiteral("fps"), tr("Frames per second. Alone it re-times the same frames; with --interpolate new frames "
                                   "are made (default then: twice the source's)."), QStringLiteral("n")},
        {QStringLiteral("interpolate"), tr("Make frames up to --fps: mci (motion-compensated, minterpolate) or blend (framerate)."),
         QStringLiteral("mci|blend")},
        {QStringLiteral("quality"), tr("Interpolation quality: fast (default) or high (mci only, about 3x slower)."),
         QStringLiteral("fast|high")},
        {QStringLiteral("trim"), tr("Keep source frames A to B-1 (counted from 0)."), QStringLiteral("A:B")},
        {QStringLiteral("ping-pong"), tr("Append a reversed copy without repeating the end frames.")},
        {QStringLiteral("scale"), tr("Scale both sides by F (0.05 to 4)."), QStringLiteral("F")},
        {QStringLiteral("loop"), tr("How many times it plays: 0 = forever (GIF, APNG; default). Videos hold N copies."),
         QStringLiteral("n")},
        {QStringLiteral("out"), tr("The file to write (a folder for png)."), QStringLiteral("path")},
        {QStringLiteral("no-history"), tr("Do not record the export in the history.")},
    });
    for (const QCommandLineOption &option : CliEnvironment::options())
        if (option.names().contains(QStringLiteral("settings")) || option.names().contains(QStringLiteral("verbose")))
            parser.addOption(option);
    if (!parser.parse(m_arguments)) {
        ConsoleOutput::error(parser.errorText() + QLatin1Char('\n') + tr("See: sdanim export --help"));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ConsoleOutput::out(parser.helpText());
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments().mid(1);   // [0] is "export"
    if (positional.size() != 1) {
        ConsoleOutput::error(positional.isEmpty() ? tr("Which file? sdanim export INPUT --out PATH (see: sdanim export --help)")
                                                  : tr("Unexpected argument \"%1\". See: sdanim export --help").arg(positional.at(1)));
        return ExitUsage;
    }
    const QString input = positional.first();
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty()) {
        ConsoleOutput::error(tr("--out PATH is required. See: sdanim export --help"));
        return ExitUsage;
    }
    ExportSettings settings;
    QString error;
    if (!settingsFrom(parser, outPath, &settings, &error)) {
        ConsoleOutput::error(error);
        return ExitUsage;
    }
    if (!QFileInfo(input).isFile()) {
        ConsoleOutput::error(tr("%1: no such file.").arg(input));
        return ExitUsage;
    }
    if (QFileInfo(input).absoluteFilePath() == QFileInfo(outPath).absoluteFilePath()) {
        ConsoleOutput::error(tr("--out must not be the input file."));
        return ExitUsage;
    }
    // The input's own limits and what the settings make of it, before anything is written.
    const exports::ExportPipeline::Plan plan = exports::ExportPipeline::plan(exports::ExportPipeline::probe(input), settings);
    if (!plan.error.isEmpty()) {
        ConsoleOutput::error(plan.error);
        return ExitUsage;
    }
    m_record = !parser.isSet(QStringLiteral("no-history"));
    m_env = new CliEnvironment;
    if (!m_env->configure(parser, &error)) {
        ConsoleOutput::error(error);
        return ExitUsage;
    }

    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    exports::OutputExporter exporter;
    InterruptWatcher interrupts;
    connect(&interrupts, &InterruptWatcher::interrupted, &exporter, &exports::OutputExporter::cancel);
    int lastTenth = -1;
    connect(&exporter, &exports::OutputExporter::progress, this, [&lastTenth](int done, int total) {
        const int tenth = total > 0 ? done * 10 / total : 0;
        if (tenth == lastTenth) return;
        lastTenth = tenth;
        ConsoleOutput::error(tr("Exporting: %1% (%2 of %3 frames)").arg(tenth * 10).arg(done).arg(total));
    });
    int exitCode = ExitOk;
    connect(&exporter, &exports::OutputExporter::finished, this,
            [&](const QString &path, const exports::ExportPipeline::Result &result) {
                if (result.canceled) {
                    ConsoleOutput::error(tr("Export canceled; nothing was written."));
                    exitCode = ExitInterrupted;
                } else if (!result.error.isEmpty()) {
                    ConsoleOutput::error(result.error);
                    exitCode = ExitFailure;
                } else {
                    store::AsyncHistoryStore *history = m_record ? m_env->history() : nullptr;
                    QStringList warnings;
                    const QString openError = history ? history->open().result() : QString();
                    if (!openError.isEmpty()) {
                        warnings << tr("The export is not in the history: %1").arg(openError);
                        history = nullptr;
                    }
                    auto save = [&](store::HistoryStore *store) {
                        exports::DerivedOutput::save(store, input, settings, path, result, startedAt, &warnings);
                        return true;
                    };
                    if (history) history->run([&](store::HistoryStore &store) { return save(&store); }).result();
                    else save(nullptr);
                    for (const QString &warning : warnings) ConsoleOutput::error(tr("Warning: %1").arg(warning));
                    ConsoleOutput::out(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
                }
                QCoreApplication::exit(exitCode);
            });
    exporter.start(input, settings, outPath);
    QCoreApplication::exec();
    return exitCode;
}

} // namespace sdanim::cli
