#include "cli/StoryboardCommand.h"

#include "api/Backend.h"
#include "api/PredictionJob.h"
#include "cli/CliEnvironment.h"
#include "cli/ConsoleOutput.h"
#include "cli/ExitCode.h"
#include "cli/InterruptWatcher.h"
#include "cli/PlanCommand.h"
#include "session/RunEstimateText.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"
#include "storyboard/StoryboardRunner.h"
#include "storyboard/StoryboardStitcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace sdanim::cli {

namespace {

constexpr int CancelGraceMs = 20000;

// The stitched file's --out and the environment's --out (the parts' folder) share a name, so the
// environment never sees the command's: `withOut` false leaves it out.
void addOptions(QCommandLineParser &parser, bool withOut)
{
    parser.setApplicationDescription(QCoreApplication::translate("sdanim::cli::StoryboardCommand",
        "Runs a storyboard project: one prediction per transition that needs it (never run, changed, or its video gone), "
        "then stitches every part into one file with the crossfades the project asks for. What ran is written back into "
        "the project, so the next call runs only what changed."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("sdanim::cli::StoryboardCommand", "The storyboard project (JSON)."),
                                 QStringLiteral("FILE.json"));
    QList<QCommandLineOption> options;
    for (const QCommandLineOption &o : CliEnvironment::options())
        if (o.names().first() != QLatin1String("out")) options << o;
    if (withOut)
        options << QCommandLineOption(QStringLiteral("out"),
                                      QCoreApplication::translate("sdanim::cli::StoryboardCommand", "Write the stitched file here (default: the project's last one, "
                                                                  "else next to the project, named after it)."),
                                      QStringLiteral("path"));
    options << QCommandLineOption(QStringLiteral("rerun"),
                                  QCoreApplication::translate("sdanim::cli::StoryboardCommand", "Run these transitions again even though nothing changed (1 is the first; "
                                                              "several: 1,3)."),
                                  QStringLiteral("k"))
            << QCommandLineOption(QStringLiteral("dry-run"),
                                  QCoreApplication::translate("sdanim::cli::StoryboardCommand", "Print the transitions, what would run and the estimate; run nothing."));
    parser.addOptions(options);
}

QStringList withoutOut(const QStringList &arguments)
{
    QStringList kept;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--out") || a == QLatin1String("-out")) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1String("--out=")) || a.startsWith(QLatin1String("-out="))) continue;
        kept << a;
    }
    return kept;
}

} // namespace

StoryboardCommand::StoryboardCommand(const QStringList &arguments, QObject *parent)
    : EnvironmentCommand(arguments, parent)
{
}

int StoryboardCommand::exec()
{
    QCommandLineParser parser;
    addOptions(parser, true);
    // arguments: sdanim storyboard …; the parser skips the program name only.
    QStringList arguments = m_arguments;
    arguments.removeAt(1);
    if (!parser.parse(arguments)) {
        ConsoleOutput::error(parser.errorText() + QLatin1Char('\n') + tr("See: sdanim storyboard --help"));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ConsoleOutput::out(parser.helpText());
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        ConsoleOutput::error(positional.isEmpty() ? tr("Which storyboard? Give its project file: sdanim storyboard FILE.json")
                                                  : tr("Unexpected argument \"%1\". See: sdanim storyboard --help").arg(positional.at(1)));
        return ExitUsage;
    }
    m_projectPath = QFileInfo(positional.first()).absoluteFilePath();
    QStringList errors;
    const std::optional<storyboard::Storyboard> loaded = storyboard::Storyboard::load(m_projectPath, &errors);
    if (!loaded) {
        ConsoleOutput::error(tr("%1 is not a usable storyboard:\n%2").arg(positional.first(), errors.join(QLatin1Char('\n'))));
        return ExitUsage;
    }
    m_storyboard = *loaded;
    for (const QString &k : parser.values(QStringLiteral("rerun")).join(QLatin1Char(',')).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int index = k.trimmed().toInt(&ok);
        if (!ok || index < 1 || index > m_storyboard.transitionCount()) {
            ConsoleOutput::error(tr("--rerun: expected a transition from 1 to %1, got \"%2\"").arg(m_storyboard.transitionCount()).arg(k));
            return ExitUsage;
        }
        if (!m_rerun.contains(index - 1)) m_rerun << index - 1;
    }
    m_dryRun = parser.isSet(QStringLiteral("dry-run"));
    const QString base = QFileInfo(m_projectPath).absolutePath() + QLatin1Char('/') + QFileInfo(m_projectPath).completeBaseName();
    m_outPath = parser.isSet(QStringLiteral("out")) ? QFileInfo(parser.value(QStringLiteral("out"))).absoluteFilePath()
                : !m_storyboard.stitchedFile.isEmpty() ? m_storyboard.stitchedFile
                                                       : base + QLatin1Char('.') + m_storyboard.outputFormat;
    if (QFileInfo(m_outPath).absoluteFilePath() == m_projectPath) {
        ConsoleOutput::error(tr("--out: the stitched file cannot replace the project file."));
        return ExitUsage;
    }

    QCommandLineParser environment;
    addOptions(environment, false);
    environment.parse(withoutOut(arguments));
    m_env = new CliEnvironment;
    QString error;
    if (!m_env->configure(environment, &error)) {
        ConsoleOutput::error(error);
        return ExitUsage;
    }
    m_interrupts = new InterruptWatcher(this);
    connect(m_interrupts, &InterruptWatcher::interrupted, this, &StoryboardCommand::onInterrupted);
    m_env->loadToken([this] { afterToken(); });
    return QCoreApplication::exec();
}

QString StoryboardCommand::planText() const
{
    QStringList lines;
    const QList<int> starts = m_storyboard.plannedBoundaries();
    for (int i = 0; i < m_storyboard.transitionCount(); ++i) {
        const storyboard::StoryboardTransition &t = m_storyboard.transitions.at(i);
        QString line = tr("#%1 \"%2\" → \"%3\": %n frame(s) from frame %4", nullptr, m_storyboard.partFrames(i))
                           .arg(i + 1).arg(m_storyboard.prompts.at(i), m_storyboard.prompts.at(i + 1)).arg(starts.value(i));
        if (m_storyboard.crossfadeAfter(i) > 0) line += tr(", crossfade of %n frame(s) into the next", nullptr, m_storyboard.crossfadeAfter(i));
        line += QStringLiteral(" · ") + (m_estimate.pending.contains(i) ? tr("runs") : tr("kept (%1)").arg(t.predictionId));
        if (m_estimate.pending.contains(i)) {
            const int cell = int(m_estimate.pending.indexOf(i));
            line += QStringLiteral(" · ") + session::RunEstimateText::time(m_estimate.toRun.runs.at(cell)) + QStringLiteral(" · ")
                    + session::RunEstimateText::price(m_estimate.toRun.runs.at(cell), !m_estimate.toRun.priced);
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

void StoryboardCommand::afterToken()
{
    const bool local = m_env->resolvedBackend() == settings::AppSettings::BackendChoice::LocalCog;
    m_estimate = storyboard::StoryboardEstimate::of(m_storyboard, m_storyboard.pendingTransitions(m_rerun),
                                                    PlanCommand::historyEstimator(*m_env), m_env->settings().pricePerSecondUsd(), local);
    ConsoleOutput::error(tr("Storyboard: %1").arg(m_estimate.describe()));
    if (m_dryRun) {
        ConsoleOutput::out(planText());
        ConsoleOutput::out(tr("Stitched file: %1").arg(m_outPath));
        return finish(ExitOk);
    }
    ConsoleOutput::error(planText());
    api::Backend *backend = m_env->createRunBackend();
    if (!backend) return finish(ExitFailure);
    connect(backend, &api::Backend::schemaReady, this, [this](const schema::ModelSchema &schema, bool fromNetwork) {
        if (m_schemaHandled) return;
        m_schemaHandled = true;
        CliEnvironment::reportSchemaSource(schema, fromNetwork);
        startRuns();
    }, Qt::QueuedConnection);
    backend->loadSchema();
}

void StoryboardCommand::startRuns()
{
    const QString historyProblem = m_env->history()->open().result();
    if (!historyProblem.isEmpty()) {
        ConsoleOutput::error(tr("The history cannot be opened: %1").arg(historyProblem));
        return finish(ExitFailure);
    }
    m_env->backend()->setRunEstimator(PlanCommand::historyEstimator(*m_env));
    m_env->backend()->setRecordedCheck(m_env->history()->recordedCheck());
    m_runner = new storyboard::StoryboardRunner(m_env->backend(), this);
    m_runner->setHistory(m_env->recorder(), m_env->backendIdentity());
    const int total = m_storyboard.transitionCount();
    connect(m_runner, &storyboard::StoryboardRunner::transitionStarted, this, [total](int k, api::PredictionJob *job) {
        connect(job, &api::PredictionJob::created, job, [k, total](const api::Prediction &p) {
            ConsoleOutput::error(tr("[%1/%2] prediction %3 created").arg(k + 1).arg(total).arg(p.id));
        });
    });
    connect(m_runner, &storyboard::StoryboardRunner::transitionFinished, this, [this, total](int k, bool ok) {
        ConsoleOutput::error(ok ? tr("[%1/%2] done: %3").arg(k + 1).arg(total).arg(m_runner->storyboard().transitions.at(k).outputFile)
                                : tr("[%1/%2] did not succeed").arg(k + 1).arg(total));
    });
    connect(m_runner, &storyboard::StoryboardRunner::finished, this, &StoryboardCommand::onRunsFinished);
    m_runner->start(m_storyboard, m_rerun);
}

bool StoryboardCommand::saveProject()
{
    QString error;
    if (m_storyboard.save(m_projectPath, &error)) return true;
    ConsoleOutput::error(error);
    return false;
}

void StoryboardCommand::onRunsFinished(bool allSucceeded)
{
    // What did run is kept even when another transition failed, so the next call skips it.
    m_storyboard = m_runner->storyboard();
    if (!saveProject()) return finish(ExitFailure);
    if (!allSucceeded || !m_runner->complete()) {
        ConsoleOutput::error(m_runner->errors().join(QLatin1Char('\n')));
        ConsoleOutput::error(tr("Not stitched: not every transition has a video. Run the storyboard again to retry only those."));
        return finish(m_interrupted ? ExitInterrupted : ExitPredictionFailed);
    }
    m_stitcher = new storyboard::StoryboardStitcher(this);
    connect(m_stitcher, &storyboard::StoryboardStitcher::finished, this, &StoryboardCommand::onStitched);
    ConsoleOutput::error(tr("Stitching %n frame(s)...", nullptr, m_storyboard.stitchedFrames()));
    m_stitcher->start(storyboard::StoryboardStitcher::inputOf(m_storyboard), m_outPath);
}

void StoryboardCommand::onStitched(const QString &path, const QString &error)
{
    if (!error.isEmpty()) {
        ConsoleOutput::error(error);
        return finish(m_interrupted ? ExitInterrupted : ExitFailure);
    }
    m_storyboard.stitchedFile = path;
    m_storyboard.boundaryFrames = m_stitcher->transitionStarts();
    if (!saveProject()) return finish(ExitFailure);
    QStringList starts;
    for (int b : m_storyboard.boundaryFrames) starts << QString::number(b);
    ConsoleOutput::error(tr("Stitched %n frame(s); the transitions start at frames %1.", nullptr, m_stitcher->result().frames)
                             .arg(starts.join(QStringLiteral(", "))));
    ConsoleOutput::out(path);
    finish(ExitOk);
}

void StoryboardCommand::onInterrupted(int count)
{
    if (count > 1 || (!m_runner && !m_stitcher)) {
        ConsoleOutput::error(tr("Interrupted."));
        return finish(ExitInterrupted);
    }
    m_interrupted = true;
    ConsoleOutput::error(tr("Interrupted: canceling first (press Ctrl+C again to quit at once)..."));
    if (m_runner) m_runner->cancel();
    if (m_stitcher) m_stitcher->cancel();
    QTimer::singleShot(CancelGraceMs, this, [this] { finish(ExitInterrupted); });
}

void StoryboardCommand::finish(int code)
{
    if (m_finishing) return;
    m_finishing = true;
    // Whatever the recorder queued must be on disk before the process ends.
    if (m_env && !m_dryRun) m_env->history()->waitForIdle();
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

} // namespace sdanim::cli
