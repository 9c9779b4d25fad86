#pragma once

#include "api/Prediction.h"
#include "schema/ModelSchema.h"

#include "cli/EnvironmentCommand.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace sdanim::api { class PredictionJob; }
namespace sdanim::model { class AnimationPlan; }

namespace sdanim::cli {

class CliEnvironment;
class InterruptWatcher;

// `sdanim run`: builds the input from the schema-generated options (and --preset), validates it,
// runs one prediction with progress on stderr and prints the output paths (or, with --json, the
// final prediction) on stdout. Every prediction is recorded in the history.
class RunCommand : public EnvironmentCommand
{
    Q_OBJECT
public:
    RunCommand(const QStringList &arguments, QObject *parent = nullptr);
    // Returns the process exit code (runs the event loop).
    int exec();

    // What `run` shares with `plan`, so both read a command line the same way.
    // The input options: every input of `schema`, --preset, and CliEnvironment's backend options.
    static QList<QCommandLineOption> inputOptions(const schema::ModelSchema &schema);
    // Adds `options` to `parser` and parses `arguments`, bare boolean flags expanded first.
    static bool parseArguments(QCommandLineParser &parser, const schema::ModelSchema &schema,
                               const QList<QCommandLineOption> &options, const QStringList &arguments);
    // The input the command line asks for: the --preset's (if any), then the options given over
    // it, validated against `schema`. std::nullopt and the message for stderr (exit 2) when invalid.
    static std::optional<QJsonObject> inputFrom(const QCommandLineParser &parser, const schema::ModelSchema &schema,
                                                const QString &presetsDirectory, QString *error);
    // The plan's notices on stderr: the warnings (PlanNoticeText::isWarning), and with `hints`
    // the explanations too.
    static void printNotices(const model::AnimationPlan &plan, bool hints);

private:
    void onTokenLoaded();
    void onSchema(const schema::ModelSchema &schema, bool fromNetwork);
    void startJob(const QJsonObject &input);
    void onFinished(const api::Prediction &p);
    void onInterrupted(int count);
    void finish(int code);

    InterruptWatcher *m_interrupts = nullptr;
    QPointer<api::PredictionJob> m_job;
    schema::ModelSchema m_schema;
    bool m_json = false;
    bool m_interrupted = false;
    bool m_schemaHandled = false;
    bool m_finishing = false;
    int m_lastPercent = -1;
    int m_exitCode = 0;
};

} // namespace sdanim::cli
