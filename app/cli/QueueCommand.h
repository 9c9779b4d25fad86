#pragma once

#include "cli/EnvironmentCommand.h"
#include "queue/QueueJob.h"
#include "schema/ModelSchema.h"

#include <QLockFile>
#include <QPointer>

#include <memory>

class QCommandLineParser;

namespace sdanim::queue { class JobQueue; }

namespace sdanim::cli {

class InterruptWatcher;

// `sdanim queue add|list|run|pause|resume|move|remove|clear`: the persistent queue
// (queue::QueueStore) from the command line. `add` takes every option of `sdanim run` (plus
// --repeat N) and queues the input for the backend those options choose, with the plan's
// estimate; `run` processes the queue for that backend (queue::JobQueue) until nothing more can
// start, following the jobs a killed runner left; the others change the queue and return at once,
// and a running `queue run` (this or another process) notices within a poll.
class QueueCommand : public EnvironmentCommand
{
    Q_OBJECT
public:
    static constexpr int MaxRepeat = 1000;

    explicit QueueCommand(const QStringList &arguments, QObject *parent = nullptr);
    int exec();

private:
    int add(const QCommandLineParser &parser);
    int list(bool json);
    int control(const QString &action, const QStringList &positional, const QCommandLineParser &parser);
    int run(const QCommandLineParser &parser);
    void onSchema(const schema::ModelSchema &schema, bool fromNetwork);
    void onIdle();
    void onInterrupted(int count);
    void finish(int code);
    bool openHistory();

    QString m_action;
    std::unique_ptr<QLockFile> m_lock;
    InterruptWatcher *m_interrupts = nullptr;
    QPointer<queue::JobQueue> m_queue;
    int m_concurrency = -1;
    double m_budget = -2;        // -2: not given, -1: none
    double m_dailyBudget = -2;
    bool m_schemaHandled = false;
    bool m_finishing = false;
    int m_done = 0;
    int m_failed = 0;
    int m_canceled = 0;
};

} // namespace sdanim::cli
