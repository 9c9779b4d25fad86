#pragma once

#include "api/Prediction.h"
#include "schema/ModelSchema.h"

#include "cli/EnvironmentCommand.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace sdanim::api { class PredictionJob; }

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
