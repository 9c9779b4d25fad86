#include "cli/HistoryCommand.h"

#include "api/PredictionJob.h"
#include "api/ReplicateBackend.h"
#include "cli/CliEnvironment.h"
#include "cli/CommandLineCheck.h"
#include "cli/ConsoleOutput.h"
#include "cli/ExitCode.h"
#include "schema/ModelSchema.h"
#include "store/AsyncHistoryStore.h"
#include "store/CostEstimator.h"
#include "store/HistoryImporter.h"
#include "store/HistoryRecorder.h"
#include "store/ResumeManager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace sdanim::cli {

HistoryCommand::HistoryCommand(const QStringList &arguments, QObject *parent)
    : EnvironmentCommand(arguments, parent)
{
}

int HistoryCommand::exec()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists recorded predictions, newest first."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("json"), tr("Print full records as JSON.")},
        {QStringLiteral("limit"), tr("Show at most N predictions (default 20, 0 = all)."), QStringLiteral("n"), QStringLiteral("20")},
        {QStringLiteral("search"), tr("Only predictions whose prompts or id contain TEXT."), QStringLiteral("text")},
        {QStringLiteral("status"), tr("Only predictions with this status (repeatable)."), QStringLiteral("status")},
        {QStringLiteral("import"), tr("First import the account's predictions from the API (no duplicates).")},
        {QStringLiteral("resume"), tr("First follow predictions left running (e.g. by a killed run) to their end.")},
    });
    CliEnvironment::addOptions(parser);
    if (const auto done = CommandLineCheck::afterParse(parser, parser.parse(m_arguments), QStringLiteral("history")))
        return *done;
    bool ok = false;
    m_limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || m_limit < 0) {
        ConsoleOutput::error(tr("--limit: expected a whole number of 0 or more, got \"%1\"").arg(parser.value(QStringLiteral("limit"))));
        return ExitUsage;
    }
    m_json = parser.isSet(QStringLiteral("json"));
    m_search = parser.value(QStringLiteral("search"));
    m_statuses = parser.values(QStringLiteral("status"));
    m_import = parser.isSet(QStringLiteral("import"));
    m_resume = parser.isSet(QStringLiteral("resume"));
    m_env = new CliEnvironment;
    QString error;
    if (!m_env->configure(parser, &error)) {
        ConsoleOutput::error(error);
        return ExitUsage;
    }
    const QString openError = m_env->history()->open().result();
    if (!openError.isEmpty()) {
        ConsoleOutput::error(openError);
        return ExitFailure;
    }
    if (!m_import && !m_resume) return printList();
    m_env->loadToken([this] { afterToken(); });
    return QCoreApplication::exec();
}

void HistoryCommand::afterToken()
{
    QString error;
    if (!m_env->createBackend(&error)) {
        ConsoleOutput::error(error);
        QCoreApplication::exit(ExitFailure);
        return;
    }
    next();
}

void HistoryCommand::next()
{
    if (m_import) {
        m_import = false;
        return runImport();
    }
    if (m_resume) {
        m_resume = false;
        return runResume();
    }
    const int code = printList();
    QCoreApplication::exit(m_exitCode != 0 ? m_exitCode : code);
}

void HistoryCommand::runImport()
{
    auto *replicate = qobject_cast<api::ReplicateBackend *>(m_env->backend());
    if (!replicate || m_env->backend()->producesSyntheticPreviews()) {
        ConsoleOutput::error(tr("--import needs the Replicate API (a token, or --base-url of a running emulator)."));
        m_exitCode = ExitUsage;
        return next();
    }
    auto *importer = new store::HistoryImporter(replicate->client(), m_env->history(), m_env->backendIdentity(), this);
    importer->setModel(replicate->model(), {schema::ModelSchema::pinnedVersionId(), replicate->schema().versionId(),
                                            m_env->settings().pinnedVersion()});
    importer->setPricePerSecondUsd(m_env->settings().pricePerSecondUsd());
    connect(importer, &store::HistoryImporter::pageImported, this, [](int page, int seen) {
        ConsoleOutput::error(tr("import: page %1, %2 predictions").arg(page).arg(seen));
    });
    connect(importer, &store::HistoryImporter::finished, this, [this](int added, int updated, int unchanged, int skipped) {
        ConsoleOutput::error(tr("Imported %1 new, updated %2, %3 already known.").arg(added).arg(updated).arg(unchanged));
        if (skipped > 0) ConsoleOutput::error(tr("Skipped %n prediction(s) of other models.", nullptr, skipped));
        next();
    });
    connect(importer, &store::HistoryImporter::failed, this, [this](const api::ApiError &e) {
        ConsoleOutput::error(tr("Import failed: %1").arg(e.userMessage()));
        m_exitCode = ExitApiError;
        next();
    });
    importer->start();
}

void HistoryCommand::runResume()
{
    auto *resume = new store::ResumeManager(m_env->history(), m_env->recorder(), m_env->backend(),
                                            m_env->backendIdentity(), this);
    if (auto *replicate = qobject_cast<api::ReplicateBackend *>(m_env->backend())) resume->setModel(replicate->model());
    connect(resume, &store::ResumeManager::resumed, this, [this](api::PredictionJob *job, const store::HistoryRecord &r) {
        ConsoleOutput::error(tr("Resuming %1 (%2)").arg(r.id, r.status));
        connect(job, &api::PredictionJob::finished, this, [this, job](const api::Prediction &p) {
            ConsoleOutput::error(tr("%1: %2").arg(p.id, api::statusToString(p.status)));
            if (p.status != api::PredictionStatus::Succeeded) m_exitCode = ExitPredictionFailed;
            // An output that could not be saved keeps its (empty) slot, so later files stay at their index.
            for (const QString &f : job->localOutputFiles())
                if (!f.isEmpty()) ConsoleOutput::error(tr("  saved %1").arg(f));
        });
    });
    connect(resume, &store::ResumeManager::markedInterrupted, this, [](const QString &key, const QString &why) {
        ConsoleOutput::error(tr("%1: interrupted (%2)").arg(key, why));
    });
    connect(resume, &store::ResumeManager::allFinished, this, [this](int resumed) {
        ConsoleOutput::error(tr("Resumed %n prediction(s).", nullptr, resumed));
        m_env->history()->waitForIdle();
        QTimer::singleShot(0, this, [this] { next(); });
    });
    resume->start();
}

int HistoryCommand::printList()
{
    store::HistoryQuery query;
    query.search = m_search;
    query.statuses = m_statuses;
    query.limit = m_limit;
    const QList<store::HistoryRow> rows = m_env->history()->list(query).result();
    if (m_json) {
        QStringList keys;
        for (const store::HistoryRow &r : rows) keys << r.key();
        const auto records = m_env->history()->run([keys](store::HistoryStore &s) {
            QJsonArray a;
            for (const QString &k : keys)
                if (auto r = s.get(k)) a.append(r->toJson());
            return a;
        }).result();
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(records).toJson(QJsonDocument::Indented)).trimmed());
        return ExitOk;
    }
    if (rows.isEmpty()) ConsoleOutput::error(tr("No predictions recorded yet."));
    for (const store::HistoryRow &r : rows) {
        const QString duration = r.durationSeconds >= 0 ? QStringLiteral("%1s").arg(r.durationSeconds, 0, 'f', 1) : QStringLiteral("-");
        const QString cost = store::CostEstimator::format(r.costUsd, r.backend);
        ConsoleOutput::out(QStringLiteral("%1  %2  %3  %4  %5  %6  \"%7\" -> \"%8\"  %9")
                               .arg(r.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd hh:mm:ss")),
                                    r.key().leftJustified(26), r.status.leftJustified(11), duration.rightJustified(7),
                                    cost.isEmpty() ? QStringLiteral("-") : cost, r.backend, r.promptStart, r.promptEnd,
                                    r.thumbnailPath));
    }
    return ExitOk;
}

} // namespace sdanim::cli
