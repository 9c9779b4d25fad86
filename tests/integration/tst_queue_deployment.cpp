// Queue jobs carry a Replicate deployment: a job added for one (Settings → Run on a deployment,
// `sdanim queue add --deployment owner/name`) is created through
// POST /v1/deployments/{owner}/{name}/predictions by whichever runner starts it, whatever that
// runner's backend targets; a job without one goes to the backend's own target. Against the
// in-process emulator (JobQueue) and a separate `sdanim-emulator --deployment` (the CLI).
#include "api/ReplicateBackend.h"
#include "queue/JobQueue.h"
#include "queue/QueueStore.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"
#include "store/HistoryStore.h"
#include "support/CliHarness.h"
#include "support/EmulatorHarness.h"
#include "support/EmulatorHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sdanim;
using queue::QueueJob;
using queue::QueueStore;

namespace {

const QString kOnDeployment = QStringLiteral("/v1/deployments/acme/anim/predictions");
const QString kOnVersion = QStringLiteral("/v1/predictions");

QJsonObject input(int seed)
{
    QJsonObject o = testing::tinyInput();
    o.insert(QStringLiteral("seed"), seed);
    return o;
}

} // namespace

class TestQueueDeployment : public QObject
{
    Q_OBJECT
private slots:
    // Two jobs, one added for the deployment acme/anim: the runner's backend targets the model
    // version, yet that job is created on the deployment and its history row says so.
    void runnerCreatesOnTheJobsDeployment()
    {
        testing::EmulatorHarness emu(0.01);
        QVERIFY(emu.started());
        emu.control("POST", QStringLiteral("/deployments"),
                    QJsonObject{{"owner", "acme"}, {"name", "anim"}, {"hardware", "gpu-a100-large"}, {"min_instances", 0}, {"max_instances", 2}});
        QTemporaryDir dir;
        api::JobOptions options;
        options.outputDirectory = dir.filePath(QStringLiteral("out"));
        options.pollIntervalMs = 40;
        options.maxPollIntervalMs = 150;
        api::ReplicateBackend backend(emu.apiBase(), emu.token(), options);
        QCOMPARE(backend.deployment(), QString());
        store::AsyncHistoryStore history(dir.filePath(QStringLiteral("history.sqlite")));
        QCOMPARE(history.open().result(), QString());
        store::HistoryRecorder recorder(&history);
        const store::BackendIdentity identity = store::BackendIdentity::of(api::Backend::Kind::ReplicateCloud, emu.apiBase(), false);

        const auto add = [&](int seed, const QString &deployment) {
            return history.run([identity, seed, deployment](store::HistoryStore &s) {
                QueueJob j;
                j.backend = QueueStore::backendKey(identity);
                j.source = QStringLiteral("test");
                j.deployment = deployment;
                j.input = input(seed);
                QueueStore(s).add(j);
                return j.id;
            }).result();
        };
        const qint64 onDeployment = add(1, QStringLiteral("acme/anim"));
        const qint64 onVersion = add(2, QString());
        auto job = [&](qint64 id) { return *history.run([id](store::HistoryStore &s) { return QueueStore(s).get(id); }).result(); };
        QCOMPARE(job(onDeployment).deployment, QStringLiteral("acme/anim"));
        QCOMPARE(job(onVersion).deployment, QString());

        queue::JobQueue runner(&history, &recorder, &backend, identity);
        runner.setPollIntervalMs(20);
        QSignalSpy finished(&runner, &queue::JobQueue::jobFinished);
        runner.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 120000);
        for (qint64 id : {onDeployment, onVersion})
            QVERIFY2(job(id).state == QueueJob::State::Done, qPrintable(job(id).error));
        QCOMPARE(emu.countRequests(QStringLiteral("POST"), kOnDeployment), 1);
        QCOMPARE(emu.countRequests(QStringLiteral("POST"), kOnVersion), 1);
        history.waitForIdle();
        const QString key = job(onDeployment).historyKey;
        const auto row = history.run([key](store::HistoryStore &s) { return s.get(key); }).result();
        QVERIFY(row);
        QCOMPARE(row->deployment(), QStringLiteral("acme/anim"));
        const QString otherKey = job(onVersion).historyKey;
        const auto other = history.run([otherKey](store::HistoryStore &s) { return s.get(otherKey); }).result();
        QVERIFY(other);
        QCOMPARE(other->deployment(), QString());
    }

    // `sdanim queue add --deployment acme/anim` keeps it with the job (`queue list --json` shows
    // it); a plain `sdanim queue run` then creates that job on the deployment and the other one on
    // the model version.
    void cliQueueAddKeepsTheDeployment()
    {
        testing::EmulatorProcess emulator;
        QVERIFY(emulator.start({QStringLiteral("--time-scale"), QStringLiteral("0.01"), QStringLiteral("--deployment"),
                                QStringLiteral("acme/anim:2:gpu-a100-large")}));
        testing::CliHarness cli;
        const QStringList target{QStringLiteral("--backend"), QStringLiteral("cloud"), QStringLiteral("--base-url"),
                                 emulator.apiBase.toString(), QStringLiteral("--out"), cli.outDir()};
        const QStringList tiny{QStringLiteral("--prompt-start"), QStringLiteral("a"), QStringLiteral("--prompt-end"), QStringLiteral("b"),
                               QStringLiteral("--num-animation-frames"), QStringLiteral("3"),
                               QStringLiteral("--num-interpolation-steps"), QStringLiteral("1"),
                               QStringLiteral("--width"), QStringLiteral("128"), QStringLiteral("--height"), QStringLiteral("128")};
        const QStringList add = QStringList{QStringLiteral("queue"), QStringLiteral("add")} + target + tiny;
        const auto onDeployment = cli.run(add + QStringList{QStringLiteral("--deployment"), QStringLiteral("acme/anim")}, "r8_cli", 120000);
        QVERIFY2(onDeployment.exitCode == 0, qPrintable(onDeployment.err));
        const auto onVersion = cli.run(add, "r8_cli", 120000);
        QVERIFY2(onVersion.exitCode == 0, qPrintable(onVersion.err));
        // Not a deployment name: a usage error, nothing queued.
        QCOMPARE(cli.run(add + QStringList{QStringLiteral("--deployment"), QStringLiteral("Acme/Anim")}, "r8_cli").exitCode, 2);

        const auto listed = cli.run({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonArray jobs = QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QLatin1String("jobs")).toArray();
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(jobs.at(0).toObject().value(QLatin1String("deployment")).toString(), QStringLiteral("acme/anim"));
        QVERIFY(jobs.at(1).toObject().value(QLatin1String("deployment")).isNull());

        const auto run = cli.run(QStringList{QStringLiteral("queue"), QStringLiteral("run")} + target, "r8_cli", 180000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        int viaDeployment = 0, viaVersion = 0;
        const QJsonArray requests = testing::httpJson("GET", QUrl(emulator.control.toString() + QStringLiteral("/requests")))
                                        .object().value(QLatin1String("requests")).toArray();
        for (const QJsonValue &v : requests) {
            const QJsonObject r = v.toObject();
            if (r.value(QLatin1String("method")).toString() != QLatin1String("POST")) continue;
            viaDeployment += r.value(QLatin1String("path")).toString() == kOnDeployment;
            viaVersion += r.value(QLatin1String("path")).toString() == kOnVersion;
        }
        QCOMPARE(viaDeployment, 1);
        QCOMPARE(viaVersion, 1);
        store::HistoryStore history(cli.historyPath());
        QVERIFY(history.open());
        const QList<QueueJob> done = QueueStore(history).list();
        QCOMPARE(done.size(), 2);
        for (const QueueJob &j : done) QVERIFY2(j.state == QueueJob::State::Done, qPrintable(j.error));
        const auto row = history.get(done.at(0).historyKey);
        QVERIFY(row);
        QCOMPARE(row->deployment(), QStringLiteral("acme/anim"));
    }
};

QTEST_MAIN(TestQueueDeployment)
#include "tst_queue_deployment.moc"
