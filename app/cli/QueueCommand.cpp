#include "cli/QueueCommand.h"

#include "api/Backend.h"
#include "api/PredictionJob.h"
#include "cli/CliEnvironment.h"
#include "cli/ConsoleOutput.h"
#include "cli/ExitCode.h"
#include "cli/InterruptWatcher.h"
#include "cli/PlanCommand.h"
#include "cli/RunCommand.h"
#include "model/AnimationPlan.h"
#include "queue/JobQueue.h"
#include "queue/QueueStore.h"
#include "session/HistoryRateSource.h"
#include "session/RandomSeed.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimer>

#include <cmath>

namespace sdanim::cli {

namespace {

const char *const kActions[] = {"add", "list", "run", "pause", "resume", "move", "remove", "clear"};

QString usd(double v) { return QStringLiteral("$%1").arg(QLocale().toString(v, 'f', v < 1 ? 3 : 2)); }

QString actionsHelp()
{
    return QCoreApplication::translate("sdanim::cli::QueueCommand",
        "Usage: sdanim queue ACTION [OPTIONS]\n"
        "\n"
        "The persistent queue: jobs wait in line, run at most N at once per backend, and survive restarts\n"
        "(a job that was created on the server is followed again, never created twice).\n"
        "\n"
        "Actions:\n"
        "  add [run options] [--repeat N]   queue the input `sdanim run` would run (N times, each with its own seed\n"
        "                                    unless --seed is given)\n"
        "  list [--json]                    the jobs in line order, with state, estimate and cost\n"
        "  run [--concurrency N] [--budget USD|none] [--daily-budget USD|none]\n"
        "                                   run the queued jobs of the chosen backend until nothing more can start;\n"
        "                                    the limits are kept for the next runs\n"
        "  pause [ID]                       start no more jobs (or hold back job ID); running ones finish\n"
        "  resume [ID]                      start jobs again (or put job ID back in line)\n"
        "  move ID POS                      put waiting job ID at place POS of the line (1 = next)\n"
        "  remove ID                        take a waiting job out, or cancel a running one\n"
        "  clear [--all]                    delete the finished jobs (with --all the waiting ones too)\n"
        "\n"
        "Run \"sdanim queue ACTION --help\" for the options of an action.");
}

// Budget option values: a non-negative amount, or "none".
bool parseBudget(const QCommandLineParser &parser, const QString &name, double *out, QString *error)
{
    if (!parser.isSet(name)) return true;
    const QString text = parser.value(name);
    if (text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        *out = -1;
        return true;
    }
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !(v >= 0) || !std::isfinite(v)) {
        *error = QCoreApplication::translate("sdanim::cli::QueueCommand", "--%1: expected an amount of US dollars of 0 or more, or none, got \"%2\"")
                     .arg(name, text);
        return false;
    }
    *out = v;
    return true;
}

qint64 parseId(const QString &text, bool *ok)
{
    const qint64 id = text.toLongLong(ok);
    if (id <= 0) *ok = false;
    return id;
}

QJsonValue timeJson(const QDateTime &t) { return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue(); }

} // namespace

QueueCommand::QueueCommand(const QStringList &arguments, QObject *parent)
    : EnvironmentCommand(arguments, parent)
{
}

int QueueCommand::exec()
{
    m_action = m_arguments.value(2);
    if (m_action.isEmpty() || m_action == QLatin1String("--help") || m_action == QLatin1String("-h") || m_action == QLatin1String("help")) {
        ConsoleOutput::out(actionsHelp());
        return m_action.isEmpty() ? ExitUsage : ExitOk;
    }
    if (std::none_of(std::begin(kActions), std::end(kActions), [this](const char *a) { return m_action == QLatin1String(a); })) {
        ConsoleOutput::error(tr("Unknown queue action \"%1\".").arg(m_action) + QStringLiteral("\n\n") + actionsHelp());
        return ExitUsage;
    }
    // "sdanim queue add …" is parsed as "sdanim add …": the action is the first positional argument.
    QStringList arguments = m_arguments;
    arguments.removeAt(1);
    const schema::ModelSchema pinned = schema::ModelSchema::pinned();
    QCommandLineParser parser;
    parser.addHelpOption();
    QList<QCommandLineOption> options;
    if (m_action == QLatin1String("add")) {
        parser.setApplicationDescription(tr("Queues the input the options give (every option of sdanim run)."));
        options = RunCommand::inputOptions(pinned);
        options << QCommandLineOption(QStringLiteral("repeat"), tr("Queue it this many times (1 to %1; default 1).").arg(MaxRepeat),
                                      QStringLiteral("n"));
        options << QCommandLineOption(QStringLiteral("json"), tr("Print the queued jobs as JSON."));
    } else {
        options = CliEnvironment::options();
        if (m_action == QLatin1String("list")) options << QCommandLineOption(QStringLiteral("json"), tr("Print the queue as JSON."));
        if (m_action == QLatin1String("clear")) options << QCommandLineOption(QStringLiteral("all"), tr("Delete the waiting jobs too."));
        if (m_action == QLatin1String("run")) {
            parser.setApplicationDescription(tr("Runs the queued jobs of the chosen backend until nothing more can start."));
            options << QCommandLineOption(QStringLiteral("concurrency"),
                                          tr("Run at most this many jobs of this backend at once (1 to %1; kept for later runs).")
                                              .arg(queue::QueueSettings::MaxConcurrency), QStringLiteral("n"))
                    << QCommandLineOption(QStringLiteral("budget"),
                                          tr("Start no job once what the queue's jobs cost plus the estimates of the running ones and "
                                             "the next one would exceed this many US dollars (kept; none removes it)."),
                                          QStringLiteral("usd"))
                    << QCommandLineOption(QStringLiteral("daily-budget"),
                                          tr("The same for every run the history recorded today (UTC), from the queue or not (kept; none removes it)."), QStringLiteral("usd"));
        }
    }
    if (!RunCommand::parseArguments(parser, pinned, options, arguments)) {
        ConsoleOutput::error(parser.errorText() + QLatin1Char('\n') + tr("See: sdanim queue %1 --help").arg(m_action));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ConsoleOutput::out(parser.helpText());
        return ExitOk;
    }
    m_env = new CliEnvironment;
    QString error;
    if (!m_env->configure(parser, &error)) {
        ConsoleOutput::error(error);
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments().mid(1);
    if (m_action == QLatin1String("add")) {
        if (!positional.isEmpty()) {
            ConsoleOutput::error(tr("Unexpected argument \"%1\". See: sdanim queue add --help").arg(positional.first()));
            return ExitUsage;
        }
        return add(parser);
    }
    if (m_action == QLatin1String("list")) {
        if (!positional.isEmpty()) {
            ConsoleOutput::error(tr("Unexpected argument \"%1\". See: sdanim queue list --help").arg(positional.first()));
            return ExitUsage;
        }
        return list(parser.isSet(QStringLiteral("json")));
    }
    if (m_action == QLatin1String("run")) {
        if (!positional.isEmpty()) {
            ConsoleOutput::error(tr("Unexpected argument \"%1\". See: sdanim queue run --help").arg(positional.first()));
            return ExitUsage;
        }
        return run(parser);
    }
    return control(m_action, positional, parser);
}

bool QueueCommand::openHistory()
{
    const QString problem = m_env->history()->open().result();
    if (problem.isEmpty()) return true;
    ConsoleOutput::error(tr("The history cannot be opened: %1").arg(problem));
    return false;
}

int QueueCommand::add(const QCommandLineParser &parser)
{
    int repeat = 1;
    if (parser.isSet(QStringLiteral("repeat"))) {
        bool ok = false;
        repeat = parser.value(QStringLiteral("repeat")).toInt(&ok);
        if (!ok || repeat < 1 || repeat > MaxRepeat) {
            ConsoleOutput::error(tr("--repeat: expected a whole number from 1 to %1, got \"%2\"").arg(MaxRepeat).arg(parser.value(QStringLiteral("repeat"))));
            return ExitUsage;
        }
    }
    // Checked against the schema that ships with the app, as `sdanim plan` does: queueing needs no
    // network, and a newer version's server still answers a job it refuses with its own message.
    QString error;
    const std::optional<QJsonObject> input = RunCommand::inputFrom(parser, schema::ModelSchema::pinned(),
                                                                   m_env->settings().presetsDirectory(), &error);
    if (!input) {
        ConsoleOutput::error(error);
        return ExitUsage;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    int code = ExitOk;
    m_env->loadToken([this, input, repeat, json, &code] {
        QString problem;
        if (!m_env->createBackend(&problem)) {
            ConsoleOutput::error(problem);
            code = ExitFailure;
            return QCoreApplication::exit(code);
        }
        if (!openHistory()) {
            code = ExitFailure;
            return QCoreApplication::exit(code);
        }
        RunCommand::printNotices(model::AnimationPlan::fromInput(*input), false);
        const bool local = m_env->resolvedBackend() == settings::AppSettings::BackendChoice::LocalCog;
        const model::RunEstimator estimator = PlanCommand::historyEstimator(*m_env);
        const double price = m_env->settings().pricePerSecondUsd();
        QList<queue::QueueJob> jobs;
        for (int i = 0; i < repeat; ++i) {
            queue::QueueJob job;
            job.backend = queue::QueueStore::backendKey(m_env->backendIdentity());
            job.source = QStringLiteral("cli");
            // `--deployment owner/name` (or Settings → Run on a deployment): kept with the job.
            job.deployment = m_env->backend() ? m_env->backend()->deployment() : QString();
            job.input = *input;
            // Like Run on the form: a fresh seed per job unless one was given.
            if (!job.input.contains(QStringLiteral("seed"))) job.input.insert(QStringLiteral("seed"), session::RandomSeed::draw());
            job.estimateUsd = local ? 0.0 : std::max(0.0, estimator.estimate(model::AnimationPlan::fromInput(job.input), price).usd);
            jobs << job;
        }
        const auto added = m_env->history()->run([jobs](store::HistoryStore &s) mutable {
            queue::QueueStore queue(s);
            const bool ok = s.transaction([&] {
                for (queue::QueueJob &j : jobs)
                    if (!queue.add(j)) return false;
                return true;
            });
            return ok ? jobs : QList<queue::QueueJob>();
        }).result();
        if (added.isEmpty()) {
            ConsoleOutput::error(tr("The queue could not be written."));
            code = ExitFailure;
            return QCoreApplication::exit(code);
        }
        if (json) {
            QJsonArray array;
            for (const queue::QueueJob &j : added)
                array << QJsonObject{{"id", j.id}, {"state", queue::QueueJob::stateName(j.state)}, {"backend", j.backend},
                                     {"input", j.input}, {"estimate_usd", j.estimateUsd}};
            ConsoleOutput::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        } else {
            for (const queue::QueueJob &j : added)
                ConsoleOutput::out(tr("Queued job %1 (estimated %2)").arg(j.id).arg(local ? tr("free (local)") : usd(j.estimateUsd)));
        }
        QCoreApplication::exit(code);
    });
    QCoreApplication::exec();
    return code;
}

int QueueCommand::list(bool json)
{
    if (!openHistory()) return ExitFailure;
    struct Snapshot { QList<queue::QueueJob> jobs; queue::QueueSettings settings; double spent = 0; double today = 0; };
    const Snapshot snap = m_env->history()->run([](store::HistoryStore &s) {
        queue::QueueStore q(s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return Snapshot{q.list(), q.settings(), q.spentUsd(), q.spentTodayUsd(now)};
    }).result();
    // The place in line of each waiting job: what `queue move` takes.
    QHash<qint64, int> place;
    int next = 0;
    for (const queue::QueueJob &j : snap.jobs)
        if (j.isWaiting()) place.insert(j.id, ++next);
    if (json) {
        QJsonArray jobs;
        for (const queue::QueueJob &j : snap.jobs)
            jobs << QJsonObject{{"id", j.id},
                                {"place", place.contains(j.id) ? QJsonValue(place.value(j.id)) : QJsonValue()},
                                {"state", queue::QueueJob::stateName(j.state)},
                                {"backend", j.backend},
                                {"source", j.source},
                                {"deployment", j.deployment.isEmpty() ? QJsonValue() : QJsonValue(j.deployment)},
                                {"input", j.input},
                                {"estimate_usd", j.estimateUsd},
                                {"cost_usd", j.costUsd >= 0 ? QJsonValue(j.costUsd) : QJsonValue()},
                                {"history_key", j.historyKey.isEmpty() ? QJsonValue() : QJsonValue(j.historyKey)},
                                {"prediction_id", j.predictionId.isEmpty() ? QJsonValue() : QJsonValue(j.predictionId)},
                                {"attempts", j.attempts},
                                {"not_before", timeJson(j.notBefore)},
                                {"error", j.error.isEmpty() ? QJsonValue() : QJsonValue(j.error)},
                                {"created_at", timeJson(j.createdAt)},
                                {"started_at", timeJson(j.startedAt)},
                                {"finished_at", timeJson(j.finishedAt)}};
        QJsonObject concurrency;
        for (auto it = snap.settings.concurrency.begin(); it != snap.settings.concurrency.end(); ++it) concurrency.insert(it.key(), it.value());
        const QJsonObject o{{"paused", snap.settings.paused},
                            {"concurrency", concurrency},
                            {"budget_usd", snap.settings.budgetUsd >= 0 ? QJsonValue(snap.settings.budgetUsd) : QJsonValue()},
                            {"daily_budget_usd", snap.settings.dailyBudgetUsd >= 0 ? QJsonValue(snap.settings.dailyBudgetUsd) : QJsonValue()},
                            {"spent_usd", snap.spent},
                            {"spent_today_usd", snap.today},
                            {"jobs", jobs}};
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        return ExitOk;
    }
    QStringList head;
    head << (snap.settings.paused ? tr("Queue: paused (sdanim queue resume starts it again)") : tr("Queue: active"));
    head << tr("Spent: %1 (today %2)").arg(usd(snap.spent), usd(snap.today));
    if (snap.settings.budgetUsd >= 0) head << tr("Budget: %1").arg(usd(snap.settings.budgetUsd));
    if (snap.settings.dailyBudgetUsd >= 0) head << tr("Daily budget: %1").arg(usd(snap.settings.dailyBudgetUsd));
    ConsoleOutput::out(head.join(QStringLiteral(" · ")));
    if (snap.jobs.isEmpty()) {
        ConsoleOutput::out(tr("The queue is empty (sdanim queue add queues a job)."));
        return ExitOk;
    }
    QList<QStringList> rows;
    rows << QStringList{tr("ID"), tr("PLACE"), tr("STATE"), tr("ESTIMATE"), tr("COST"), tr("PREDICTION"), tr("DETAIL")};
    for (const queue::QueueJob &j : snap.jobs) {
        QString detail = j.error;
        if (detail.isEmpty())
            detail = QStringLiteral("%1 → %2").arg(j.input.value(QStringLiteral("prompt_start")).toString().left(24),
                                                    j.input.value(QStringLiteral("prompt_end")).toString().left(24));
        rows << QStringList{QString::number(j.id), place.contains(j.id) ? QString::number(place.value(j.id)) : QStringLiteral("-"),
                            queue::QueueJob::stateText(j.state), usd(j.estimateUsd), j.costUsd >= 0 ? usd(j.costUsd) : QStringLiteral("-"),
                            j.predictionId.isEmpty() ? QStringLiteral("-") : j.predictionId, detail.simplified()};
    }
    for (const QString &line : ConsoleOutput::table(rows)) ConsoleOutput::out(line);
    return ExitOk;
}

int QueueCommand::control(const QString &action, const QStringList &positional, const QCommandLineParser &parser)
{
    const int wanted = action == QLatin1String("move") ? 2 : (action == QLatin1String("remove") ? 1 : -1);
    const int most = action == QLatin1String("clear") ? 0 : (wanted > 0 ? wanted : 1);
    if ((wanted > 0 && positional.size() != wanted) || positional.size() > most) {
        ConsoleOutput::error(action == QLatin1String("move") ? tr("Usage: sdanim queue move ID POS")
                             : action == QLatin1String("remove") ? tr("Usage: sdanim queue remove ID")
                             : action == QLatin1String("clear") ? tr("Usage: sdanim queue clear [--all]")
                             : tr("Usage: sdanim queue %1 [ID]").arg(action));
        return ExitUsage;
    }
    qint64 id = 0;
    int position = 0;
    if (!positional.isEmpty()) {
        bool ok = false;
        id = parseId(positional.first(), &ok);
        if (!ok) {
            ConsoleOutput::error(tr("Expected a job id (see: sdanim queue list), got \"%1\"").arg(positional.first()));
            return ExitUsage;
        }
    }
    if (action == QLatin1String("move")) {
        bool ok = false;
        position = positional.at(1).toInt(&ok);
        if (!ok || position < 1) {
            ConsoleOutput::error(tr("Expected a place in line of 1 or more, got \"%1\"").arg(positional.at(1)));
            return ExitUsage;
        }
    }
    if (!openHistory()) return ExitFailure;
    const bool all = action == QLatin1String("clear") && parser.isSet(QStringLiteral("all"));
    const auto result = m_env->history()->run([action, id, position, all](store::HistoryStore &s) -> QPair<bool, QString> {
        queue::QueueStore q(s);
        bool ok = true;
        QString message;
        if (action == QLatin1String("pause") || action == QLatin1String("resume")) {
            const bool pause = action == QLatin1String("pause");
            if (id > 0) {
                ok = q.setPaused(id, pause);
                message = pause ? QCoreApplication::translate("sdanim::cli::QueueCommand", "Job %1 is held back.").arg(id)
                                : QCoreApplication::translate("sdanim::cli::QueueCommand", "Job %1 is back in line.").arg(id);
            } else {
                queue::QueueSettings settings = q.settings();
                settings.paused = pause;
                ok = q.setSettings(settings);
                message = pause ? QCoreApplication::translate("sdanim::cli::QueueCommand", "The queue is paused: no job starts; running ones finish.")
                                : QCoreApplication::translate("sdanim::cli::QueueCommand", "The queue runs again.");
            }
        } else if (action == QLatin1String("move")) {
            ok = q.move(id, position);
            message = QCoreApplication::translate("sdanim::cli::QueueCommand", "Job %1 is now at place %2.").arg(id).arg(position);
        } else if (action == QLatin1String("remove")) {
            const std::optional<queue::QueueJob> before = q.get(id);
            ok = q.remove(id);
            message = before && before->state == queue::QueueJob::State::Running
                          ? QCoreApplication::translate("sdanim::cli::QueueCommand", "Job %1 is being canceled.").arg(id)
                          : QCoreApplication::translate("sdanim::cli::QueueCommand", "Job %1 was removed.").arg(id);
        } else {
            const int n = q.clear(all);
            ok = n >= 0;
            message = QCoreApplication::translate("sdanim::cli::QueueCommand", "%n job(s) deleted.", nullptr, n);
        }
        return {ok, ok ? message : q.lastError()};
    }).result();
    if (!result.first) {
        ConsoleOutput::error(result.second);
        return ExitUsage;
    }
    ConsoleOutput::error(result.second);
    return ExitOk;
}

int QueueCommand::run(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("concurrency"))) {
        bool ok = false;
        m_concurrency = parser.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || m_concurrency < 1 || m_concurrency > queue::QueueSettings::MaxConcurrency) {
            ConsoleOutput::error(tr("--concurrency: expected a whole number from 1 to %1, got \"%2\"")
                                     .arg(queue::QueueSettings::MaxConcurrency).arg(parser.value(QStringLiteral("concurrency"))));
            return ExitUsage;
        }
    }
    QString error;
    if (!parseBudget(parser, QStringLiteral("budget"), &m_budget, &error) || !parseBudget(parser, QStringLiteral("daily-budget"), &m_dailyBudget, &error)) {
        ConsoleOutput::error(error);
        return ExitUsage;
    }
    if (!openHistory()) return ExitFailure;
    // One runner per history: two would each think the other's running jobs were orphans.
    m_lock = std::make_unique<QLockFile>(queue::QueueStore::runnerLockPath(m_env->settings().historyDatabasePath()));
    m_lock->setStaleLockTime(0);   // stale only when its process is gone
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        ConsoleOutput::error(tr("Another process (pid %1) is running the queue already.").arg(pid));
        return ExitFailure;
    }
    m_interrupts = new InterruptWatcher(this);
    connect(m_interrupts, &InterruptWatcher::interrupted, this, &QueueCommand::onInterrupted);
    m_env->loadToken([this] {
        api::Backend *backend = m_env->createRunBackend();
        if (!backend) return finish(ExitFailure);
        connect(backend, &api::Backend::schemaReady, this, &QueueCommand::onSchema, Qt::QueuedConnection);
        backend->loadSchema();
    });
    return QCoreApplication::exec();
}

void QueueCommand::onSchema(const schema::ModelSchema &schema, bool fromNetwork)
{
    if (m_schemaHandled) return;
    m_schemaHandled = true;
    CliEnvironment::reportSchemaSource(schema, fromNetwork);
    const QString key = queue::QueueStore::backendKey(m_env->backendIdentity());
    const int concurrency = m_concurrency;
    const double budget = m_budget, daily = m_dailyBudget;
    const queue::QueueSettings settings = m_env->history()->run([key, concurrency, budget, daily](store::HistoryStore &s) {
        queue::QueueStore q(s);
        queue::QueueSettings settings = q.settings();
        if (concurrency > 0) settings.concurrency.insert(key, concurrency);
        if (budget > -2) settings.budgetUsd = budget;
        if (daily > -2) settings.dailyBudgetUsd = daily;
        q.setSettings(settings);
        return settings;
    }).result();
    QString limits = tr("Queue runner for %1: at most %2 at once").arg(key).arg(settings.concurrencyFor(key));
    if (settings.budgetUsd >= 0) limits += tr(", budget %1").arg(usd(settings.budgetUsd));
    if (settings.dailyBudgetUsd >= 0) limits += tr(", daily budget %1").arg(usd(settings.dailyBudgetUsd));
    if (settings.paused) limits += tr(" (paused: sdanim queue resume starts it)");
    ConsoleOutput::error(limits);

    m_env->backend()->setRunEstimator(m_env->history()->run([](store::HistoryStore &s) { return session::HistoryRateSource::fit(s); }).result());
    m_env->backend()->setRecordedCheck(m_env->history()->recordedCheck());
    connect(m_env->recorder(), &store::HistoryRecorder::recordFailed, this, [](const QString &, const QString &message) {
        ConsoleOutput::error(tr("Warning: the history could not record a prediction: %1").arg(message));
    });
    m_queue = new queue::JobQueue(m_env->history(), m_env->recorder(), m_env->backend(), m_env->backendIdentity(), this);
    m_queue->setPricePerSecondUsd(m_env->settings().pricePerSecondUsd());
    connect(m_queue, &queue::JobQueue::jobStarted, this, [this](qint64 id, api::PredictionJob *job) {
        ConsoleOutput::error(tr("[job %1] started").arg(id));
        connect(job, &api::PredictionJob::created, this, [id](const api::Prediction &p) {
            ConsoleOutput::error(tr("[job %1] prediction %2 created").arg(id).arg(p.id));
        });
        connect(job, &api::PredictionJob::outputFailed, this, [id](int, const QString &message) {
            ConsoleOutput::error(tr("[job %1] %2").arg(id).arg(message));
        });
    });
    connect(m_queue, &queue::JobQueue::jobResumed, this, [](qint64 id, api::PredictionJob *job) {
        ConsoleOutput::error(tr("[job %1] following prediction %2 again").arg(id).arg(job->prediction().id));
    });
    connect(m_queue, &queue::JobQueue::jobDeferred, this, [](qint64 id, const QDateTime &, const QString &reason) {
        ConsoleOutput::error(tr("[job %1] %2").arg(id).arg(reason));
    });
    connect(m_queue, &queue::JobQueue::jobFinished, this, [this](qint64 id, queue::QueueJob::State state, const QString &error) {
        if (state == queue::QueueJob::State::Done) ++m_done;
        else if (state == queue::QueueJob::State::Canceled) ++m_canceled;
        else ++m_failed;
        QString line = tr("[job %1] %2").arg(id).arg(queue::QueueJob::stateText(state));
        if (!error.isEmpty()) line += QStringLiteral(": ") + error;
        ConsoleOutput::error(line);
    });
    connect(m_queue, &queue::JobQueue::budgetReached, this, [](const QString &message) { ConsoleOutput::error(message); });
    connect(m_queue, &queue::JobQueue::storeFailed, this, [](const QString &message) {
        ConsoleOutput::error(tr("Warning: the queue could not be written: %1").arg(message));
    });
    connect(m_queue, &queue::JobQueue::idle, this, &QueueCommand::onIdle);
    m_queue->start();
}

void QueueCommand::onIdle()
{
    const QString key = m_queue->backendKey();
    struct Left { int waiting = 0; int paused = 0; bool queuePaused = false; };
    const Left left = m_env->history()->run([key](store::HistoryStore &s) {
        queue::QueueStore q(s);
        Left l;
        for (const queue::QueueJob &j : q.list()) {
            if (j.backend != key) continue;
            if (j.state == queue::QueueJob::State::Queued) ++l.waiting;
            if (j.state == queue::QueueJob::State::Paused) ++l.paused;
        }
        l.queuePaused = q.settings().paused;
        return l;
    }).result();
    QString summary = tr("Queue: %1 done, %2 failed, %3 canceled in this run; %4 waiting, %5 held back.")
                          .arg(m_done).arg(m_failed).arg(m_canceled).arg(left.waiting).arg(left.paused);
    if (left.queuePaused && left.waiting > 0) summary += QLatin1Char(' ') + tr("The queue is paused (sdanim queue resume).");
    if (!m_queue->budgetMessage().isEmpty()) summary += QLatin1Char(' ') + m_queue->budgetMessage() + QLatin1Char('.');
    ConsoleOutput::error(summary);
    finish(m_failed > 0 ? ExitPredictionFailed : ExitOk);
}

void QueueCommand::onInterrupted(int count)
{
    Q_UNUSED(count);
    const int running = m_queue ? m_queue->activeCount() : 0;
    if (m_queue) m_queue->stop();
    ConsoleOutput::error(tr("Interrupted: %n running job(s) go on; the next sdanim queue run follows them.", nullptr, running));
    finish(ExitInterrupted);
}

void QueueCommand::finish(int code)
{
    if (m_finishing) return;
    m_finishing = true;
    // Whatever the recorder and the queue wrote must be on disk before the process ends.
    if (m_env) m_env->history()->waitForIdle();
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

} // namespace sdanim::cli
