#pragma once

#include "cli/EnvironmentCommand.h"
#include "schema/ModelSchema.h"
#include "sweep/SweepEstimate.h"
#include "sweep/SweepPlan.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

class QCommandLineParser;

namespace sdanim::sweep { class SweepRunner; }

namespace sdanim::cli {

class InterruptWatcher;

// `sdanim sweep --vary NAME=VALUES [--vary NAME=VALUES] [every run option] [--concurrency N]
// [--budget USD] [--dry-run] [--yes] [--json]`: one or two inputs varied over the base input the
// run options give (sweep::SweepSpec), every run validated first. --dry-run prints the grid and
// the estimate (the plan's estimator, as `sdanim plan`) and runs nothing. A real sweep asks before
// it starts above the confirmation threshold (AppSettings::sweepConfirmRuns/Usd) on a terminal and
// refuses without one unless --yes, then runs the cells at most N at once (sweep::SweepRunner),
// records each in the history linked to the sweep, and prints a table of results (or JSON).
class SweepCommand : public EnvironmentCommand
{
    Q_OBJECT
public:
    static constexpr int MaxConcurrency = 16;

    explicit SweepCommand(const QStringList &arguments, QObject *parent = nullptr);
    int exec();

private:
    void afterToken();
    void onSchema(const schema::ModelSchema &schema, bool fromNetwork);
    // The plan and its estimate from the command line against `schema`; false after the message.
    bool preparePlan(const schema::ModelSchema &schema, const QCommandLineParser &parser);
    void printDryRun() const;
    bool confirm();
    void startSweep();
    void onFinished();
    void onInterrupted(int count);
    void finish(int code);
    QString gridText() const;
    QJsonObject planJson() const;

    schema::ModelSchema m_schema;
    std::optional<sweep::SweepPlan> m_plan;
    sweep::SweepEstimate m_estimate;
    QJsonObject m_base;
    InterruptWatcher *m_interrupts = nullptr;
    QPointer<sweep::SweepRunner> m_runner;
    qint64 m_sweepId = 0;
    int m_concurrency = 1;
    double m_budget = -1;
    bool m_json = false;
    bool m_dryRun = false;
    bool m_yes = false;
    bool m_local = false;
    bool m_schemaHandled = false;
    bool m_interrupted = false;
    bool m_finishing = false;
    QString m_budgetMessage;
};

} // namespace sdanim::cli
