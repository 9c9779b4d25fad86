#include "api/Backend.h"
#include "api/PredictionJob.h"
#include "settings/AppSettings.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"
#include "store/SweepStore.h"
#include "sweep/SweepRunner.h"
#include "sweep/SweepSpec.h"
#include "support/FakeBackendBase.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sdanim;
using sweep::SweepRunner;
using Status = sweep::SweepRunner::CellStatus;

namespace {

// A job the test ends by hand; cancel() only counts.
class ScriptedJob : public api::PredictionJob
{
public:
    ScriptedJob(const QJsonObject &input, QObject *parent) : api::PredictionJob(parent) { m_input = input; }
    void start() override { started = true; }
    void cancel() override { ++cancels; }
    void finish(const QString &id, api::PredictionStatus status, double predictTime = 1)
    {
        api::Prediction p;
        p.id = id;
        p.input = m_input;
        p.status = status;
        p.predictTime = predictTime;
        if (status == api::PredictionStatus::Succeeded) {
            p.outputs << QStringLiteral("https://example.invalid/%1.gif").arg(id);
            m_localFiles = QStringList{QStringLiteral("/tmp/%1.gif").arg(id)};
        }
        m_prediction = p;
        emit created(p);
        emit finished(p);
    }
    bool started = false;
    int cancels = 0;
};

class FakeBackend : public testing::FakeBackendBase
{
public:
    api::PredictionJob *createJob(const QJsonObject &input, QObject *parent) override
    {
        auto *job = new ScriptedJob(input, parent);
        jobs << job;
        return job;
    }
    int running() const
    {
        int n = 0;
        for (const auto &j : jobs) n += j && j->started && !j->prediction().isTerminal() ? 1 : 0;
        return n;
    }
    QList<QPointer<ScriptedJob>> jobs;
};

sweep::SweepPlan planOf(const QStringList &varies)
{
    QStringList errors;
    const schema::ModelSchema schema = schema::ModelSchema::pinned();
    const auto plan = sweep::SweepSpec::parse(varies, schema, &errors)->expand(
        QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b"}}, schema, 1, &errors);
    return *plan;
}

sweep::SweepEstimate estimateOf(const sweep::SweepPlan &plan)
{
    return sweep::SweepEstimate::of(plan, model::RunEstimator(), settings::AppSettings::DefaultPricePerSecondUsd, 1, false);
}

QList<Status> statuses(const SweepRunner &runner)
{
    QList<Status> s;
    for (const auto &r : runner.results()) s << r.status;
    return s;
}

} // namespace

class TestSweepRunner : public QObject
{
    Q_OBJECT
private slots:
    void runsInOrderAtMostNAtOnceAndLinksTheHistory()
    {
        QTemporaryDir dir;
        store::AsyncHistoryStore history(dir.filePath("h.sqlite"));
        QCOMPARE(history.open().result(), QString());
        store::HistoryRecorder recorder(&history);
        const sweep::SweepPlan plan = planOf({"seed=1:3", "guidance_scale=5,9"});
        const qint64 sweepId = history.run([plan](store::HistoryStore &s) {
            return store::SweepStore(s).create(plan.spec, plan.base, plan.rowCount(), plan.columnCount());
        }).result();
        QVERIFY(sweepId > 0);

        FakeBackend backend;
        SweepRunner runner(&backend);
        runner.setHistory(&recorder, store::BackendIdentity{"emulator", "http://127.0.0.1:1/v1", false}, sweepId);
        runner.setConcurrency(2);
        QSignalSpy done(&runner, &SweepRunner::finished);
        QSignalSpy started(&runner, &SweepRunner::cellStarted);
        runner.start(plan);
        QCOMPARE(backend.jobs.size(), 2);
        QCOMPARE(backend.running(), 2);
        QCOMPARE(backend.jobs.at(0)->input().value("seed").toInt(), 1);
        QCOMPARE(backend.jobs.at(1)->input().value("seed").toInt(), 2);
        // Whichever ends, the next in run order takes its place; never more than two run.
        backend.jobs.at(1)->finish("p1", api::PredictionStatus::Succeeded);
        QCOMPARE(backend.jobs.size(), 3);
        QCOMPARE(backend.jobs.at(2)->input().value("seed").toInt(), 3);
        QCOMPARE(backend.running(), 2);
        for (int i : {0, 2, 3, 4, 5}) {
            QTRY_VERIFY(backend.jobs.size() > i);
            backend.jobs.at(i)->finish(QStringLiteral("p%1").arg(i), api::PredictionStatus::Succeeded);
            QVERIFY(backend.running() <= 2);
        }
        QVERIFY(done.wait(5000));
        QCOMPARE(done.size(), 1);
        QCOMPARE(started.size(), 6);
        QCOMPARE(statuses(runner), QList<Status>(6, Status::Succeeded));
        QCOMPARE(runner.results().at(4).files, QStringList{"/tmp/p4.gif"});
        QCOMPARE(runner.results().at(4).prediction.id, QStringLiteral("p4"));

        history.waitForIdle();
        const auto sweep = history.run([sweepId](store::HistoryStore &s) { return store::SweepStore(s).get(sweepId); }).result();
        QVERIFY(sweep);
        QCOMPARE(sweep->cells.size(), 6);
        for (const auto &cell : sweep->cells) {
            QCOMPARE(cell.record.id, QStringLiteral("p%1").arg(cell.row * 3 + cell.column));
            QCOMPARE(cell.record.status, QStringLiteral("succeeded"));
            QCOMPARE(cell.record.input.value("seed").toInt(), cell.column + 1);
        }
    }

    // On the cloud a finished run counts with what it cost (predict_time × price), not its estimate.
    void theBudgetCountsWhatFinishedCloudRunsCost()
    {
        const sweep::SweepPlan plan = planOf({"seed=1:6"});
        const sweep::SweepEstimate estimate = estimateOf(plan);
        const double each = estimate.runs.first().usd;
        const double price = settings::AppSettings::DefaultPricePerSecondUsd;
        FakeBackend backend;
        SweepRunner runner(&backend);
        runner.setHistory(nullptr, store::BackendIdentity{"cloud", "https://api.replicate.com/v1", true}, 0);
        runner.setBudget(2.5 * each, estimate, price);
        QSignalSpy stopped(&runner, &SweepRunner::budgetStopped);
        QSignalSpy done(&runner, &SweepRunner::finished);
        runner.start(plan);
        QCOMPARE(backend.jobs.size(), 1);
        // Two cheap runs (a tenth of the estimate each) leave room for a third ...
        backend.jobs.at(0)->finish("a", api::PredictionStatus::Succeeded, 0.1 * each / price);
        backend.jobs.at(1)->finish("b", api::PredictionStatus::Succeeded, 0.1 * each / price);
        QCOMPARE(backend.jobs.size(), 3);
        QVERIFY(stopped.isEmpty());
        // ... which costs twice its estimate: 2.2 spent + 1 estimated > 2.5.
        backend.jobs.at(2)->finish("c", api::PredictionStatus::Failed, 2 * each / price);
        QCOMPARE(backend.jobs.size(), 3);
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(stopped.first().at(0).toInt(), 3);
        QVERIFY(qFuzzyCompare(stopped.first().at(1).toDouble(), 2.2 * each));
        QVERIFY(qFuzzyCompare(stopped.first().at(2).toDouble(), each));
        QVERIFY(done.wait(5000));
        QCOMPARE(statuses(runner), (QList<Status>{Status::Succeeded, Status::Succeeded, Status::Failed, Status::Skipped,
                                                  Status::Skipped, Status::Skipped}));
        QVERIFY(runner.stoppedByBudget());
    }

    // The emulator bills nothing: its runs count with their estimates, as it stands in for Replicate.
    void theBudgetCountsEstimatesForTheEmulator()
    {
        const sweep::SweepPlan plan = planOf({"seed=1:6"});
        const sweep::SweepEstimate estimate = estimateOf(plan);
        FakeBackend backend;
        SweepRunner runner(&backend);
        runner.setHistory(nullptr, store::BackendIdentity{"emulator", QString(), false}, 0);
        runner.setConcurrency(6);
        runner.setBudget(2.5 * estimate.runs.first().usd, estimate, settings::AppSettings::DefaultPricePerSecondUsd);
        QSignalSpy done(&runner, &SweepRunner::finished);
        runner.start(plan);
        QCOMPARE(backend.jobs.size(), 2);   // the third would exceed it, although nothing has finished
        backend.jobs.at(0)->finish("a", api::PredictionStatus::Succeeded, 0.001);
        backend.jobs.at(1)->finish("b", api::PredictionStatus::Succeeded, 0.001);
        QVERIFY(done.wait(5000));
        QCOMPARE(backend.jobs.size(), 2);
        QCOMPARE(statuses(runner).count(Status::Skipped), 4);
        QCOMPARE(estimate.runsWithinBudget(2.5 * estimate.runs.first().usd), 2);
    }

    void cancelStopsTheRunningAndSkipsTheRest()
    {
        FakeBackend backend;
        SweepRunner runner(&backend);
        runner.setConcurrency(2);
        QSignalSpy done(&runner, &SweepRunner::finished);
        runner.start(planOf({"seed=1:4"}));
        runner.cancel();
        QCOMPARE(backend.jobs.at(0)->cancels, 1);
        QCOMPARE(backend.jobs.at(1)->cancels, 1);
        QVERIFY(done.isEmpty());   // the canceled runs have not ended yet
        backend.jobs.at(0)->finish("a", api::PredictionStatus::Canceled);
        backend.jobs.at(1)->finish("b", api::PredictionStatus::Succeeded);
        QVERIFY(done.wait(5000));
        QCOMPARE(backend.jobs.size(), 2);
        QCOMPARE(statuses(runner), (QList<Status>{Status::Canceled, Status::Succeeded, Status::Skipped, Status::Skipped}));
    }

    void aRefusedCreateEndsItsCellAndTheNextStarts()
    {
        FakeBackend backend;
        SweepRunner runner(&backend);
        QSignalSpy done(&runner, &SweepRunner::finished);
        runner.start(planOf({"seed=1,2"}));
        api::ApiError e;
        e.httpStatus = 422;
        e.fieldErrors << schema::FieldError{"number_lte", "input.seed", "too big"};
        emit backend.jobs.at(0)->createFailed(e);
        QCOMPARE(backend.jobs.size(), 2);
        backend.jobs.at(1)->finish("b", api::PredictionStatus::Succeeded);
        QVERIFY(done.wait(5000));
        QCOMPARE(runner.results().at(0).status, Status::CreateFailed);
        QVERIFY(runner.results().at(0).rejectedInput);
        QVERIFY(!runner.results().at(0).error.isEmpty());
        QCOMPARE(runner.results().at(1).status, Status::Succeeded);
        QCOMPARE(SweepRunner::statusName(Status::CreateFailed), QStringLiteral("not_created"));
    }
};

QTEST_GUILESS_MAIN(TestSweepRunner)
#include "tst_sweep_runner.moc"
