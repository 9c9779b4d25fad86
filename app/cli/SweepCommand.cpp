#include "cli/SweepCommand.h"

#include "api/Backend.h"
#include "api/PredictionJob.h"
#include "cli/CliEnvironment.h"
#include "cli/ConsoleOutput.h"
#include "cli/ExitCode.h"
#include "cli/InterruptWatcher.h"
#include "cli/PlanCommand.h"
#include "cli/RunCommand.h"
#include "model/AnimationPlan.h"
#include "session/RandomSeed.h"
#include "session/RunEstimateText.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"
#include "store/SweepStore.h"
#include "sweep/SweepRunner.h"
#include "sweep/SweepSpec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace sdanim::cli {

namespace {

constexpr int CancelGraceMs = 20000;

bool parseSweepArguments(QCommandLineParser &parser, const schema::ModelSchema &schema, const QStringList &arguments)
{
    parser.setApplicationDescription(QCoreApplication::translate("sdanim::cli::SweepCommand", 
        "Runs a grid of predictions: one or two inputs varied over the input the run options give, and prints a table "
        "of the results. Takes every option of sdanim run."));
    parser.addHelpOption();
    QList<QCommandLineOption> options = RunCommand::inputOptions(schema);
    options << QCommandLineOption(QStringLiteral("vary"),
                                  QCoreApplication::translate("sdanim::cli::SweepCommand", "An input to vary, with a list or a range: seed=1,2,3 or guidance_scale=5:9:2 "
                                      "(start:end:step, the end included when a step lands on it). Also prompt_end[N]=... "
                                      "for one end prompt and prompts=START => END,... for the pair. The first --vary is "
                                      "the columns, a second one the rows."),
                                  QStringLiteral("name=values"))
            << QCommandLineOption(QStringLiteral("concurrency"),
                                  QCoreApplication::translate("sdanim::cli::SweepCommand", "Run at most this many predictions at once (1 to %1; default 1).").arg(SweepCommand::MaxConcurrency),
                                  QStringLiteral("n"))
            << QCommandLineOption(QStringLiteral("budget"),
                                  QCoreApplication::translate("sdanim::cli::SweepCommand", "Start no run once the cost spent plus the estimates of the running runs and the next "
                                      "one would exceed this many US dollars."),
                                  QStringLiteral("usd"))
            << QCommandLineOption(QStringLiteral("dry-run"), QCoreApplication::translate("sdanim::cli::SweepCommand", "Print the grid and the estimated time and cost; run nothing."))
            << QCommandLineOption(QStringLiteral("yes"), QCoreApplication::translate("sdanim::cli::SweepCommand", "Start without asking, even above the confirmation threshold."))
            << QCommandLineOption(QStringLiteral("json"), QCoreApplication::translate("sdanim::cli::SweepCommand", "Print the sweep and its results as one JSON object."));
    return RunCommand::parseArguments(parser, schema, options, arguments);
}

QString seconds(double s)
{
    // Emulated runs at --time-scale 0.01 last hundredths of a second.
    return s < 0 ? QStringLiteral("-") : QCoreApplication::translate("sdanim::cli::SweepCommand", "%1 s").arg(QLocale().toString(s, 'f', s < 1 ? 2 : 1));
}

double durationOf(const api::Prediction &p)
{
    if (p.predictTime >= 0) return p.predictTime;
    if (p.startedAt.isValid() && p.completedAt.isValid()) return p.startedAt.msecsTo(p.completedAt) / 1000.0;
    return -1;
}

QString usd(double v) { return QStringLiteral("$%1").arg(QLocale().toString(v, 'f', v < 1 ? 3 : 2)); }

QString statusText(sweep::SweepRunner::CellStatus s)
{
    using S = sweep::SweepRunner::CellStatus;
    switch (s) {
    case S::Pending: return QCoreApplication::translate("sdanim::cli::SweepCommand", "pending");
    case S::Running: return QCoreApplication::translate("sdanim::cli::SweepCommand", "running");
    case S::Succeeded: return QCoreApplication::translate("sdanim::cli::SweepCommand", "succeeded");
    case S::Failed: return QCoreApplication::translate("sdanim::cli::SweepCommand", "failed");
    case S::Canceled: return QCoreApplication::translate("sdanim::cli::SweepCommand", "canceled");
    case S::CreateFailed: return QCoreApplication::translate("sdanim::cli::SweepCommand", "not created");
    case S::Skipped: return QCoreApplication::translate("sdanim::cli::SweepCommand", "skipped");
    }
    return QString();
}

} // namespace

SweepCommand::SweepCommand(const QStringList &arguments, QObject *parent)
    : EnvironmentCommand(arguments, parent)
{
}

int SweepCommand::exec()
{
    const schema::ModelSchema pinned = schema::ModelSchema::pinned();
    QCommandLineParser first;
    // With the pinned schema, as `sdanim run` does: a real sweep reads the inputs again once the
    // backend has delivered its schema (a newer version may have inputs this one lacks); a dry run
    // plans with this one, so its command line must be right now.
    const bool parsed = parseSweepArguments(first, pinned, m_arguments);
    if (!parsed && (first.isSet(QStringLiteral("dry-run")) || first.values(QStringLiteral("vary")).isEmpty())) {
        ConsoleOutput::error(first.errorText() + QLatin1Char('\n') + tr("See: sdanim sweep --help"));
        return ExitUsage;
    }
    if (first.isSet(QStringLiteral("help"))) {
        ConsoleOutput::out(first.helpText());
        return ExitOk;
    }
    if (first.positionalArguments().size() > 1) {
        ConsoleOutput::error(tr("Unexpected argument \"%1\". See: sdanim sweep --help").arg(first.positionalArguments().at(1)));
        return ExitUsage;
    }
    m_json = first.isSet(QStringLiteral("json"));
    m_dryRun = first.isSet(QStringLiteral("dry-run"));
    m_yes = first.isSet(QStringLiteral("yes"));
    if (first.values(QStringLiteral("vary")).isEmpty()) {
        ConsoleOutput::error(tr("A sweep needs --vary NAME=VALUES, e.g. --vary seed=1,2,3. See: sdanim sweep --help"));
        return ExitUsage;
    }
    if (first.isSet(QStringLiteral("concurrency"))) {
        bool ok = false;
        m_concurrency = first.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || m_concurrency < 1 || m_concurrency > MaxConcurrency) {
            ConsoleOutput::error(tr("--concurrency: expected a whole number from 1 to %1, got \"%2\"")
                                     .arg(MaxConcurrency).arg(first.value(QStringLiteral("concurrency"))));
            return ExitUsage;
        }
    }
    if (first.isSet(QStringLiteral("budget"))) {
        bool ok = false;
        m_budget = first.value(QStringLiteral("budget")).toDouble(&ok);
        if (!ok || !(m_budget >= 0) || !std::isfinite(m_budget)) {
            ConsoleOutput::error(tr("--budget: expected an amount of US dollars of 0 or more, got \"%1\"")
                                     .arg(first.value(QStringLiteral("budget"))));
            return ExitUsage;
        }
    }
    m_env = new CliEnvironment;
    QString error;
    if (!m_env->configure(first, &error)) {
        ConsoleOutput::error(error);
        return ExitUsage;
    }
    if (m_dryRun) {
        // Planning never needs the network: checked against the schema that ships with the app, as `sdanim plan`.
        if (!preparePlan(pinned, first)) return ExitUsage;
    }
    m_interrupts = new InterruptWatcher(this);
    connect(m_interrupts, &InterruptWatcher::interrupted, this, &SweepCommand::onInterrupted);
    m_env->loadToken([this] { afterToken(); });
    return QCoreApplication::exec();
}

bool SweepCommand::preparePlan(const schema::ModelSchema &schema, const QCommandLineParser &parser)
{
    QString error;
    const std::optional<QJsonObject> input = RunCommand::inputFrom(parser, schema, m_env->settings().presetsDirectory(), &error);
    if (!input) {
        ConsoleOutput::error(error);
        return false;
    }
    QStringList errors;
    const std::optional<sweep::SweepSpec> spec = sweep::SweepSpec::parse(parser.values(QStringLiteral("vary")), schema, &errors);
    if (spec) m_plan = spec->expand(*input, schema, session::RandomSeed::draw(), &errors);
    if (!spec || !m_plan) {
        ConsoleOutput::error(tr("Invalid sweep:\n%1").arg(errors.join(QLatin1Char('\n'))));
        return false;
    }
    m_base = *input;
    return true;
}

void SweepCommand::afterToken()
{
    m_local = m_env->resolvedBackend() == settings::AppSettings::BackendChoice::LocalCog;
    if (m_dryRun) {
        m_estimate = sweep::SweepEstimate::of(*m_plan, PlanCommand::historyEstimator(*m_env), m_env->settings().pricePerSecondUsd(),
                                              m_concurrency, m_local);
        printDryRun();
        return finish(ExitOk);
    }
    api::Backend *backend = m_env->createRunBackend();
    if (!backend) return finish(ExitFailure);
    connect(backend, &api::Backend::schemaReady, this, &SweepCommand::onSchema, Qt::QueuedConnection);
    backend->loadSchema();
}

void SweepCommand::onSchema(const schema::ModelSchema &schema, bool fromNetwork)
{
    if (m_schemaHandled) return;
    m_schemaHandled = true;
    m_schema = schema;
    CliEnvironment::reportSchemaSource(schema, fromNetwork);
    QCommandLineParser parser;
    if (!parseSweepArguments(parser, m_schema, m_arguments)) {
        ConsoleOutput::error(parser.errorText() + QLatin1Char('\n') + tr("See: sdanim sweep --help"));
        return finish(ExitUsage);
    }
    if (!preparePlan(m_schema, parser)) return finish(ExitUsage);
    const QString historyProblem = m_env->history()->open().result();
    if (!historyProblem.isEmpty()) {
        ConsoleOutput::error(tr("The history cannot be opened: %1").arg(historyProblem));
        return finish(ExitFailure);
    }
    const model::RunEstimator estimator = PlanCommand::historyEstimator(*m_env);
    m_estimate = sweep::SweepEstimate::of(*m_plan, estimator, m_env->settings().pricePerSecondUsd(), m_concurrency, m_local);
    // What the API accepts but the user rarely means, said once for the base input.
    RunCommand::printNotices(model::AnimationPlan::fromInput(m_plan->cells.first().input), false);
    ConsoleOutput::error(tr("Sweep of %1: %2").arg(m_plan->rowLabels.first().isEmpty()
                                                        ? tr("%1 runs").arg(m_plan->cells.size())
                                                        : tr("%1 × %2 runs").arg(m_plan->rowCount()).arg(m_plan->columnCount()),
                                                    m_estimate.describe()));
    if (!m_yes && m_estimate.needsConfirmation(m_env->settings()) && !confirm()) return;
    m_env->backend()->setRunEstimator(estimator);
    // A repeated sweep sends the inputs of the last one again: a lost create's lookup must not
    // take those runs' predictions for its own.
    m_env->backend()->setRecordedCheck(m_env->history()->recordedCheck());
    startSweep();
}

bool SweepCommand::confirm()
{
    const QString above = tr("This sweep has %1 runs and an estimated cost of %2; it asks first above %3 runs or %4 "
                             "(the sweep confirmation threshold in the settings).")
                              .arg(m_estimate.runs.size())
                              .arg(m_estimate.priced ? usd(m_estimate.total.usd) : session::RunEstimateText::price(m_estimate.total, true))
                              .arg(m_env->settings().sweepConfirmRuns())
                              .arg(usd(m_env->settings().sweepConfirmUsd()));
    if (!isatty(STDIN_FILENO)) {
        ConsoleOutput::error(above + QLatin1Char('\n') + tr("Not starting it: stdin is not a terminal. Pass --yes to start it anyway."));
        finish(ExitUsage);
        return false;
    }
    ConsoleOutput::error(above);
    std::fputs(qPrintable(tr("Start it? [y/N] ")), stderr);
    std::fflush(stderr);
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    // The English answers always work, whatever the language.
    if (answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == tr("y") || answer == tr("yes")) return true;
    ConsoleOutput::error(tr("Not started."));
    finish(ExitUsage);
    return false;
}

void SweepCommand::startSweep()
{
    const sweep::SweepPlan plan = *m_plan;
    const int rows = plan.rowCount(), columns = plan.columnCount();
    m_sweepId = m_env->history()->run([plan, rows, columns](store::HistoryStore &s) {
        return store::SweepStore(s).create(plan.spec, plan.base, rows, columns);
    }).result();
    if (m_sweepId <= 0) ConsoleOutput::error(tr("Warning: the history could not record the sweep; its runs are recorded on their own."));
    connect(m_env->recorder(), &store::HistoryRecorder::recordFailed, this, [](const QString &, const QString &message) {
        ConsoleOutput::error(tr("Warning: the history could not record a prediction: %1").arg(message));
    });

    m_runner = new sweep::SweepRunner(m_env->backend(), this);
    m_runner->setHistory(m_env->recorder(), m_env->backendIdentity(), m_sweepId);
    m_runner->setConcurrency(m_concurrency);
    m_runner->setBudget(m_budget, m_estimate, m_env->settings().pricePerSecondUsd());
    const int total = int(plan.cells.size());
    connect(m_runner, &sweep::SweepRunner::cellStarted, this, [this, total](int index, api::PredictionJob *job) {
        const QString label = m_plan->cells.at(index).label();
        connect(job, &api::PredictionJob::created, this, [index, total, label](const api::Prediction &p) {
            ConsoleOutput::error(tr("[%1/%2] %3: prediction %4 created").arg(index + 1).arg(total).arg(label, p.id));
        });
        connect(job, &api::PredictionJob::outputFailed, this, [index, total, label](int, const QString &message) {
            ConsoleOutput::error(tr("[%1/%2] %3: %4").arg(index + 1).arg(total).arg(label, message));
        });
    });
    connect(m_runner, &sweep::SweepRunner::cellFinished, this, [this, total](int index) {
        const sweep::SweepRunner::CellResult &r = m_runner->results().at(index);
        QString line = tr("[%1/%2] %3: %4").arg(index + 1).arg(total).arg(m_plan->cells.at(index).label(), statusText(r.status));
        if (!r.error.isEmpty()) line += QStringLiteral(": ") + r.error;
        ConsoleOutput::error(line);
    });
    connect(m_runner, &sweep::SweepRunner::budgetStopped, this, [this, total](int index, double committed, double next, double budget) {
        m_budgetMessage = tr("Budget reached: run %1 of %2 (%3) was not started, since %4 spent or running plus its estimated %5 "
                             "would exceed the budget of %6; %n run(s) skipped.", nullptr, total - index)
                              .arg(index + 1).arg(total).arg(m_plan->cells.at(index).label(), usd(committed), usd(next), usd(budget));
        ConsoleOutput::error(m_budgetMessage);
    });
    connect(m_runner, &sweep::SweepRunner::finished, this, &SweepCommand::onFinished);
    m_runner->start(plan);
}

void SweepCommand::onFinished()
{
    const QList<sweep::SweepRunner::CellResult> &results = m_runner->results();
    if (m_json) {
        QJsonObject o = planJson();
        QJsonArray cells = o.value(QStringLiteral("cells")).toArray();
        for (int i = 0; i < results.size() && i < cells.size(); ++i) {
            const sweep::SweepRunner::CellResult &r = results.at(i);
            QJsonObject c = cells.at(i).toObject();
            c.insert(QStringLiteral("status"), sweep::SweepRunner::statusName(r.status));
            c.insert(QStringLiteral("prediction_id"), r.prediction.id.isEmpty() ? QJsonValue() : QJsonValue(r.prediction.id));
            c.insert(QStringLiteral("seconds"), durationOf(r.prediction) >= 0 ? QJsonValue(durationOf(r.prediction)) : QJsonValue());
            c.insert(QStringLiteral("local_files"), QJsonArray::fromStringList(r.files));
            c.insert(QStringLiteral("error"), r.error.isEmpty() ? QJsonValue() : QJsonValue(r.error));
            cells[i] = c;
        }
        o.insert(QStringLiteral("cells"), cells);
        o.insert(QStringLiteral("sweep_id"), m_sweepId > 0 ? QJsonValue(m_sweepId) : QJsonValue());
        o.insert(QStringLiteral("dry_run"), false);
        QJsonObject budget = o.value(QStringLiteral("budget")).toObject();
        if (!budget.isEmpty()) {
            budget.insert(QStringLiteral("stopped"), m_runner->stoppedByBudget());
            budget.insert(QStringLiteral("committed_usd"), m_runner->committedUsd());
            if (!m_budgetMessage.isEmpty()) budget.insert(QStringLiteral("message"), m_budgetMessage);
            o.insert(QStringLiteral("budget"), budget);
        }
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        const bool twoAxes = !m_plan->rowLabels.first().isEmpty();
        QList<QStringList> rows;
        QStringList header{QStringLiteral("#"), tr("COLUMN")};
        if (twoAxes) header << tr("ROW");
        header << tr("STATUS") << tr("SEED") << tr("TIME") << tr("OUTPUT");
        rows << header;
        for (int i = 0; i < results.size(); ++i) {
            const sweep::SweepCell &cell = m_plan->cells.at(i);
            const sweep::SweepRunner::CellResult &r = results.at(i);
            QString output;
            for (const QString &f : r.files)
                if (!f.isEmpty()) output = f;   // the video comes last, after any intermediate images
            const QJsonValue seed = cell.input.value(QStringLiteral("seed"));
            QStringList line{QString::number(i + 1), cell.columnLabel};
            if (twoAxes) line << cell.rowLabel;
            line << statusText(r.status) << (seed.isUndefined() ? QStringLiteral("-") : QString::number(seed.toInteger()))
                 << seconds(durationOf(r.prediction)) << (output.isEmpty() ? QStringLiteral("-") : output);
            rows << line;
        }
        for (const QString &line : ConsoleOutput::table(rows)) ConsoleOutput::out(line);
    }

    // The worst outcome decides, in the order `sdanim run` would report them.
    using S = sweep::SweepRunner::CellStatus;
    int code = ExitOk;
    bool rejected = false, apiError = false, failed = false, canceled = false, unsaved = false;
    for (int i = 0; i < results.size(); ++i) {
        const sweep::SweepRunner::CellResult &r = results.at(i);
        if (r.status == S::CreateFailed) (r.rejectedInput ? rejected : apiError) = true;
        if (r.status == S::Failed) failed = true;
        if (r.status == S::Canceled) canceled = true;
        if (r.status == S::Succeeded && (r.files.size() < r.prediction.outputs.size() || r.files.contains(QString()))) unsaved = true;
    }
    if (unsaved) {
        ConsoleOutput::error(tr("Some outputs could not be saved (see the messages above)."));
        code = ExitFailure;
    }
    if (canceled) code = ExitCanceled;
    if (failed) code = ExitPredictionFailed;
    if (apiError) code = ExitApiError;
    if (rejected) code = ExitUsage;
    if (m_interrupted) code = ExitInterrupted;
    finish(code);
}

void SweepCommand::printDryRun() const
{
    if (m_json) {
        QJsonObject o = planJson();
        o.insert(QStringLiteral("dry_run"), true);
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        return;
    }
    ConsoleOutput::out(gridText());
}

QString SweepCommand::gridText() const
{
    const sweep::SweepPlan &plan = *m_plan;
    const bool twoAxes = !plan.rowLabels.first().isEmpty();
    QStringList lines;
    lines << (twoAxes ? tr("Sweep: %1 runs, %2 rows × %3 columns").arg(plan.cells.size()).arg(plan.rowCount()).arg(plan.columnCount())
                      : tr("Sweep: %1 runs in one row").arg(plan.cells.size()));
    const QJsonObject columns = plan.spec.value(QStringLiteral("columns")).toObject();
    lines << tr("Columns: %1").arg(plan.columnLabels.join(QStringLiteral(", ")));
    if (twoAxes) lines << tr("Rows: %1").arg(plan.rowLabels.join(QStringLiteral(", ")));
    if (!m_base.contains(QStringLiteral("seed")) && plan.base.contains(QStringLiteral("seed")))
        lines << tr("Seed: %1 for every run (drawn once, so the runs differ only in what is varied; --seed picks it)")
                     .arg(plan.base.value(QStringLiteral("seed")).toInteger());
    lines << QString();
    QList<QStringList> grid;
    QStringList header{QString()};
    header += plan.columnLabels;
    grid << header;
    for (int r = 0; r < plan.rowCount(); ++r) {
        QStringList line{twoAxes ? plan.rowLabels.at(r) : QString()};
        for (int c = 0; c < plan.columnCount(); ++c) line << QStringLiteral("#%1").arg(r * plan.columnCount() + c + 1);
        grid << line;
    }
    lines += ConsoleOutput::table(grid);
    lines << QString() << tr("Runs:");
    QList<QStringList> runs;
    for (const sweep::SweepCell &cell : plan.cells) {
        const model::RunEstimate &e = m_estimate.runs.at(cell.index);
        runs << QStringList{QStringLiteral("  #%1").arg(cell.index + 1), cell.label(),
                            session::RunEstimateText::time(e) + QStringLiteral(" · ") + session::RunEstimateText::price(e, !m_estimate.priced)};
    }
    lines += ConsoleOutput::table(runs);
    lines << QString() << tr("Estimate: %1").arg(m_estimate.describe());
    if (m_budget >= 0)
        lines << tr("Budget: %1 starts the first %2 of %3 runs.").arg(usd(m_budget)).arg(m_estimate.runsWithinBudget(m_budget)).arg(plan.cells.size());
    return lines.join(QLatin1Char('\n'));
}

QJsonObject SweepCommand::planJson() const
{
    const sweep::SweepPlan &plan = *m_plan;
    QJsonArray cells;
    for (const sweep::SweepCell &cell : plan.cells) {
        const model::RunEstimate &e = m_estimate.runs.at(cell.index);
        cells << QJsonObject{{"index", cell.index},
                             {"row", cell.row},
                             {"column", cell.column},
                             {"row_label", cell.rowLabel},
                             {"column_label", cell.columnLabel},
                             {"input", cell.input},
                             {"estimate", QJsonObject{{"seconds", e.seconds}, {"usd", e.usd}}}};
    }
    const model::RunEstimate &t = m_estimate.total;
    QJsonObject o{
        {"spec", plan.spec},
        {"base_input", plan.base},
        {"rows", plan.rowCount()},
        {"columns", plan.columnCount()},
        {"row_labels", QJsonArray::fromStringList(plan.rowLabels)},
        {"column_labels", QJsonArray::fromStringList(plan.columnLabels)},
        {"runs", int(plan.cells.size())},
        {"cells", cells},
        {"estimate", QJsonObject{{"seconds", t.seconds}, {"low_seconds", t.lowSeconds}, {"high_seconds", t.highSeconds},
                                 {"wall_seconds", m_estimate.wallSeconds}, {"concurrency", m_estimate.concurrency},
                                 {"usd", t.usd}, {"low_usd", t.lowUsd}, {"high_usd", t.highUsd},
                                 {"priced", m_estimate.priced}, {"learned_from", t.learnedFrom},
                                 {"text", m_estimate.describe()}}},
    };
    if (m_budget >= 0)
        o.insert(QStringLiteral("budget"), QJsonObject{{"usd", m_budget}, {"runs_within", m_estimate.runsWithinBudget(m_budget)}});
    return o;
}

void SweepCommand::onInterrupted(int count)
{
    if (count > 1 || !m_runner) {
        ConsoleOutput::error(tr("Interrupted."));
        return finish(ExitInterrupted);
    }
    m_interrupted = true;
    ConsoleOutput::error(tr("Interrupted: canceling the running predictions first (press Ctrl+C again to quit at once)..."));
    m_runner->cancel();
    QTimer::singleShot(CancelGraceMs, this, [this] { finish(ExitInterrupted); });
}

void SweepCommand::finish(int code)
{
    if (m_finishing) return;
    m_finishing = true;
    // Whatever the recorder queued must be on disk before the process ends.
    if (m_env && !m_dryRun) m_env->history()->waitForIdle();
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

} // namespace sdanim::cli
