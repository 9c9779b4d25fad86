#include "cli/RunCommand.h"

#include "session/HistoryRateSource.h"

#include "api/PredictionJob.h"
#include "cli/CliEnvironment.h"
#include "cli/ConsoleOutput.h"
#include "cli/ExitCode.h"
#include "cli/InterruptWatcher.h"
#include "cli/SchemaOptions.h"
#include "model/AnimationPlan.h"
#include "session/HistoryRateSource.h"
#include "session/PlanNoticeText.h"
#include "schema/InputValidator.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"
#include "store/PresetStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace sdanim::cli {

namespace {

constexpr int CancelGraceMs = 20000;

// Free functions name RunCommand's context explicitly: lupdate would file a bare tr() here under the
// namespace, which no run-time lookup uses.
// Sets the parser up for `run` with `schema` and parses `arguments`.
bool parseRunArguments(QCommandLineParser &parser, const schema::ModelSchema &schema, const QStringList &arguments)
{
    parser.setApplicationDescription(QCoreApplication::translate("sdanim::cli::RunCommand", "Runs one prediction and prints the output file paths."));
    parser.addHelpOption();
    QList<QCommandLineOption> options = RunCommand::inputOptions(schema);
    options << QCommandLineOption(QStringLiteral("json"),
                                  QCoreApplication::translate("sdanim::cli::RunCommand", "Print the final prediction as JSON instead of the file paths."));
    return RunCommand::parseArguments(parser, schema, options, arguments);
}

QString formatEta(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

RunCommand::RunCommand(const QStringList &arguments, QObject *parent)
    : EnvironmentCommand(arguments, parent)
{
}

QList<QCommandLineOption> RunCommand::inputOptions(const schema::ModelSchema &schema)
{
    QList<QCommandLineOption> options = SchemaOptions(schema).options();
    options << QCommandLineOption(QStringLiteral("preset"),
                                  tr("Start from a preset (a name, or a preset file); options given here win."),
                                  QStringLiteral("file|name"));
    options += CliEnvironment::options();
    return options;
}

bool RunCommand::parseArguments(QCommandLineParser &parser, const schema::ModelSchema &schema,
                                const QList<QCommandLineOption> &options, const QStringList &arguments)
{
    parser.addOptions(options);
    return parser.parse(SchemaOptions(schema).expandBooleanFlags(arguments, options));
}

std::optional<QJsonObject> RunCommand::inputFrom(const QCommandLineParser &parser, const schema::ModelSchema &schema,
                                                 const QString &presetsDirectory, QString *error)
{
    QJsonObject input;
    if (parser.isSet(QStringLiteral("preset"))) {
        const QString ref = parser.value(QStringLiteral("preset"));
        QList<schema::FieldError> presetErrors;
        std::optional<store::Preset> preset;
        if (QFileInfo(ref).isFile()) {
            preset = store::PresetStore::readFile(ref, &schema, error, &presetErrors);
        } else {
            preset = store::PresetStore(presetsDirectory).find(ref);
            if (!preset)
                *error = tr("--preset: no preset file or preset named \"%1\" (see: sdanim presets list)").arg(ref);
            else if (!(presetErrors = store::PresetStore::validate(*preset, schema)).isEmpty())
                *error = tr("Preset \"%1\" does not fit this model version:\n%2").arg(preset->name, SchemaOptions::describe(presetErrors));
        }
        if (!preset || !presetErrors.isEmpty())
            return std::nullopt;
        input = preset->input;
    }
    const SchemaOptions options(schema);
    QList<schema::FieldError> errors;
    const QJsonObject given = options.collect(parser, &errors);
    for (auto it = given.begin(); it != given.end(); ++it) input.insert(it.key(), it.value());
    if (errors.isEmpty()) errors = schema::InputValidator(schema).validate(input);
    if (!errors.isEmpty()) {
        *error = tr("Invalid input:\n%1").arg(SchemaOptions::describe(errors));
        return std::nullopt;
    }
    return input;
}

void RunCommand::printNotices(const model::AnimationPlan &plan, bool hints)
{
    for (const model::AnimationPlan::Notice &notice : plan.notices()) {
        const QString text = session::PlanNoticeText::describe(notice, plan);
        if (session::PlanNoticeText::isWarning(notice))
            ConsoleOutput::error(tr("Warning: %1").arg(text));
        else if (hints)
            ConsoleOutput::error(tr("Note: %1").arg(text));
    }
}

int RunCommand::exec()
{
    // First pass with the pinned schema: only to read the common options. Inputs of a newer model
    // version are checked in the second pass, once the backend has delivered its schema.
    const schema::ModelSchema pinned = schema::ModelSchema::pinned();
    QCommandLineParser first;
    parseRunArguments(first, pinned, m_arguments);
    if (first.isSet(QStringLiteral("help"))) {
        ConsoleOutput::out(first.helpText());
        return ExitOk;
    }
    m_json = first.isSet(QStringLiteral("json"));
    m_env = new CliEnvironment;
    QString error;
    if (!m_env->configure(first, &error)) {
        ConsoleOutput::error(error);
        return ExitUsage;
    }
    m_interrupts = new InterruptWatcher(this);
    connect(m_interrupts, &InterruptWatcher::interrupted, this, &RunCommand::onInterrupted);
    m_env->loadToken([this] { onTokenLoaded(); });
    return QCoreApplication::exec();
}

void RunCommand::onTokenLoaded()
{
    api::Backend *backend = m_env->createRunBackend();
    if (!backend) return finish(ExitFailure);
    connect(backend, &api::Backend::schemaReady, this, &RunCommand::onSchema, Qt::QueuedConnection);
    backend->loadSchema();
}

void RunCommand::onSchema(const schema::ModelSchema &schema, bool fromNetwork)
{
    if (m_schemaHandled) return;
    m_schemaHandled = true;
    m_schema = schema;
    CliEnvironment::reportSchemaSource(schema, fromNetwork);

    QCommandLineParser parser;
    if (!parseRunArguments(parser, m_schema, m_arguments)) {
        ConsoleOutput::error(parser.errorText() + QLatin1Char('\n') + tr("See: sdanim run --help"));
        return finish(ExitUsage);
    }
    if (parser.positionalArguments().size() > 1) {
        ConsoleOutput::error(tr("Unexpected argument \"%1\". See: sdanim run --help").arg(parser.positionalArguments().at(1)));
        return finish(ExitUsage);
    }

    QString error;
    const std::optional<QJsonObject> input = inputFrom(parser, m_schema, m_env->settings().presetsDirectory(), &error);
    if (!input) {
        ConsoleOutput::error(error);
        return finish(ExitUsage);
    }
    // What the API accepts but the user rarely means (strength above 1, empty prompts): said, not refused.
    printNotices(model::AnimationPlan::fromInput(*input), false);
    startJob(*input);
}

void RunCommand::startJob(const QJsonObject &input)
{
    connect(m_env->recorder(), &store::HistoryRecorder::recordFailed, this, [](const QString &, const QString &message) {
        ConsoleOutput::error(tr("Warning: the history could not record this prediction: %1").arg(message));
    });
    // Progress and ETA weigh the model's phases with the rates fitted to this user's history
    // (the CLI has no UI thread to keep free, so it waits for the short read).
    m_env->backend()->setRunEstimator(
        m_env->history()->run([](store::HistoryStore &s) { return session::HistoryRateSource::fit(s); }).result());
    // A lost create's lookup must not take the prediction an earlier run (another process) made
    // with the same input for this one's.
    m_env->backend()->setRecordedCheck(m_env->history()->recordedCheck());
    m_job = m_env->backend()->createJob(input, this);
    m_env->recorder()->track(m_job, m_env->backendIdentity());
    connect(m_job, &api::PredictionJob::created, this, [](const api::Prediction &p) {
        ConsoleOutput::error(tr("Prediction %1 created%2").arg(p.id, p.webUrl.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p.webUrl.toString())));
    });
    connect(m_job, &api::PredictionJob::logLine, this, [](const QString &line) { ConsoleOutput::error(QStringLiteral("  | ") + line); });
    connect(m_job, &api::PredictionJob::progressChanged, this, [this](double fraction, qint64 etaMs) {
        // Truncated, like the window's run rows: 100 % only once the job says the video is saved.
        const int percent = qBound(0, int(fraction * 100), 100);
        if (fraction < 0 || percent == m_lastPercent) return;
        m_lastPercent = percent;
        ConsoleOutput::error(etaMs >= 0 ? tr("progress %1%  ETA %2").arg(percent, 3).arg(formatEta(etaMs))
                                        : tr("progress %1%").arg(percent, 3));
    });
    connect(m_job, &api::PredictionJob::stuckInStarting, this, [](qint64 ms) {
        ConsoleOutput::error(tr("Still starting after %1 s (the model is booting or queued); Ctrl+C cancels.").arg(ms / 1000));
    });
    connect(m_job, &api::PredictionJob::outputSaved, this, [](int index, const QString &path) {
        ConsoleOutput::error(tr("saved output %1: %2").arg(index).arg(path));
    });
    connect(m_job, &api::PredictionJob::createFailed, this, [this](const api::ApiError &e) {
        ConsoleOutput::error(e.userMessage());
        if (!e.fieldErrors.isEmpty()) ConsoleOutput::error(SchemaOptions::describe(e.fieldErrors));
        finish(e.fieldErrors.isEmpty() ? ExitApiError : ExitUsage);
    });
    connect(m_job, &api::PredictionJob::finished, this, &RunCommand::onFinished);
    m_job->start();
}

void RunCommand::onFinished(const api::Prediction &p)
{
    switch (p.status) {
    case api::PredictionStatus::Succeeded: {
        const QStringList files = m_job ? m_job->localOutputFiles() : QStringList();
        if (m_json) {
            QJsonObject o = p.raw;
            o.insert(QStringLiteral("local_files"), QJsonArray::fromStringList(files));
            ConsoleOutput::out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        } else {
            for (const QString &f : files)
                if (!f.isEmpty()) ConsoleOutput::out(f);
        }
        if (files.size() < p.outputs.size() || files.contains(QString())) {
            ConsoleOutput::error(tr("Some outputs could not be saved (see the messages above)."));
            return finish(ExitFailure);
        }
        return finish(m_interrupted ? ExitInterrupted : ExitOk);
    }
    case api::PredictionStatus::Failed:
        ConsoleOutput::error(tr("Prediction failed: %1").arg(p.error));
        return finish(ExitPredictionFailed);
    case api::PredictionStatus::Canceled:
    case api::PredictionStatus::Aborted:
        ConsoleOutput::error(tr("Prediction %1 was %2.").arg(p.id, api::statusToString(p.status)));
        return finish(m_interrupted ? ExitInterrupted : ExitCanceled);
    default:
        ConsoleOutput::error(tr("Stopped following prediction %1 (status %2); `sdanim history --resume` can pick it up.")
                                 .arg(p.id, api::statusToString(p.status)));
        return finish(m_interrupted ? ExitInterrupted : ExitApiError);
    }
}

void RunCommand::onInterrupted(int count)
{
    if (count > 1 || !m_job) {
        ConsoleOutput::error(tr("Interrupted."));
        return finish(ExitInterrupted);
    }
    m_interrupted = true;
    ConsoleOutput::error(tr("Interrupted: canceling the prediction first (press Ctrl+C again to quit at once)..."));
    m_job->cancel();
    QTimer::singleShot(CancelGraceMs, this, [this] { finish(ExitInterrupted); });
}

void RunCommand::finish(int code)
{
    if (m_finishing) return;
    m_finishing = true;
    m_exitCode = code;
    // Whatever the recorder queued must be on disk before the process ends.
    m_env->history()->waitForIdle();
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

} // namespace sdanim::cli
