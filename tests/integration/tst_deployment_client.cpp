// The client's Replicate deployments against the in-process emulator: DeploymentList reads every
// page of GET /v1/deployments (hardware, min/max instances, version) and says clearly why it could
// not; a ReplicateBackend set to a deployment takes the form's schema from the deployment's release,
// creates through POST /v1/deployments/{owner}/{name}/predictions (never POST /v1/predictions),
// follows the run through the prediction URLs, saves the files and records the deployment in the
// history; BackendFactory honours AppSettings::deployment and the CLI's override, and
// `sdanim run --deployment` against a separate `sdanim-emulator --deployment` does the same.
#include "api/BackendFactory.h"
#include "api/DeploymentList.h"
#include "api/ReplicateBackend.h"
#include "settings/AppSettings.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"
#include "store/HistoryStore.h"
#include "support/CliHarness.h"
#include "support/EmulatorHarness.h"
#include "support/EmulatorHttp.h"
#include "support/ScriptedHttpServer.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sdanim;
using namespace sdanim::api;
using sdanim::testing::EmulatorHarness;
using sdanim::testing::JobRecord;

Q_DECLARE_METATYPE(QList<sdanim::api::DeploymentInfo>)

class TestDeploymentClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<EmulatorHarness> m_emu;
    std::unique_ptr<QTemporaryDir> m_out;

    void define(const QString &owner, const QString &name, const QString &hardware, int min, int max)
    {
        const QJsonObject answer = m_emu->control("POST", QStringLiteral("/deployments"),
                                                  QJsonObject{{"owner", owner}, {"name", name}, {"hardware", hardware},
                                                              {"min_instances", min}, {"max_instances", max}});
        QCOMPARE(answer.value(QLatin1String("name")).toString(), name);
    }

    JobOptions fastOptions() const
    {
        JobOptions o;
        o.outputDirectory = m_out->path();
        o.pollIntervalMs = 40;
        o.maxPollIntervalMs = 150;
        o.retry.baseDelayMs = 20;
        o.retry.maxDelayMs = 250;
        return o;
    }

    int countPosts(const QString &path)
    {
        return m_emu->countRequests(QStringLiteral("POST"), path);
    }

private slots:
    void initTestCase() { qRegisterMetaType<QList<DeploymentInfo>>(); }

    void init()
    {
        m_emu = std::make_unique<EmulatorHarness>(0.01);
        QVERIFY(m_emu->started());
        m_out = std::make_unique<QTemporaryDir>();
        QVERIFY(m_out->isValid());
    }

    void cleanup()
    {
        m_emu.reset();
        m_out.reset();
    }

    void names()
    {
        QVERIFY(DeploymentInfo::isValidFullName(QStringLiteral("acme/anim-2.b_c")));
        for (const char *bad : {"", "acme", "acme/", "/anim", "Acme/anim", "acme/anim/x", "acme/an im", "acme/anim:1"})
            QVERIFY2(!DeploymentInfo::isValidFullName(QString::fromLatin1(bad)), bad);
        const auto parsed = DeploymentInfo::fromJson(QJsonObject{{"owner", "a"}, {"name", "b"}});
        QVERIFY(parsed);
        QCOMPARE(parsed->maxInstances, 0);
        QVERIFY(!DeploymentInfo::fromJson(QJsonObject{{"owner", "a"}}));
    }

    // 23 deployments: two pages, every one parsed with its configuration.
    void listReadsEveryPage()
    {
        define(QStringLiteral("acme"), QStringLiteral("anim"), QStringLiteral("gpu-a100-large"), 1, 3);
        define(QStringLiteral("acme"), QStringLiteral("small"), QStringLiteral("gpu-t4"), 0, 1);
        for (int i = 0; i < 21; ++i)
            define(QStringLiteral("acme"), QStringLiteral("d%1").arg(i), QStringLiteral("gpu-a40-large"), 0, 2);
        DeploymentList list(m_emu->apiBase(), m_emu->token());
        QSignalSpy done(&list, &DeploymentList::finished);
        QSignalSpy failed(&list, &DeploymentList::failed);
        list.fetch();
        QVERIFY(done.wait(60000));
        QCOMPARE(failed.size(), 0);
        const auto deployments = done.first().at(0).value<QList<DeploymentInfo>>();
        QCOMPARE(deployments.size(), 23);
        QCOMPARE(deployments.at(0).fullName(), QStringLiteral("acme/anim"));
        QCOMPARE(deployments.at(0).hardware, QStringLiteral("gpu-a100-large"));
        QCOMPARE(deployments.at(0).minInstances, 1);
        QCOMPARE(deployments.at(0).maxInstances, 3);
        QCOMPARE(deployments.at(0).model, QStringLiteral("andreasjansson/stable-diffusion-animation"));
        QCOMPARE(deployments.at(0).version, schema::ModelSchema::pinnedVersionId());
        QCOMPARE(deployments.at(0).release, 1);
        QCOMPARE(deployments.at(1).hardware, QStringLiteral("gpu-t4"));
        QCOMPARE(deployments.at(1).maxInstances, 1);
        QCOMPARE(deployments.last().fullName(), QStringLiteral("acme/d20"));
        QCOMPARE(m_emu->countRequests(QStringLiteral("GET"), QStringLiteral("/v1/deployments")), 2);
    }

    void listSaysWhyItFailed()
    {
        DeploymentList wrong(m_emu->apiBase(), "r8_wrong");
        QSignalSpy failed(&wrong, &DeploymentList::failed);
        wrong.fetch();
        QVERIFY(failed.wait(60000));
        QCOMPARE(failed.first().at(1).toInt(), 401);
        QVERIFY2(failed.first().at(0).toString().contains(QLatin1String("401")), qPrintable(failed.first().at(0).toString()));

        DeploymentList unreachable(QUrl(QStringLiteral("http://127.0.0.1:9/v1")), "r8_any");
        QSignalSpy unreachableFailed(&unreachable, &DeploymentList::failed);
        unreachable.fetch();
        QVERIFY(unreachableFailed.wait(60000));
        QCOMPARE(unreachableFailed.first().at(1).toInt(), 0);
        QVERIFY(unreachableFailed.first().at(0).toString().contains(QLatin1String("Could not reach")));

        DeploymentList noToken(m_emu->apiBase(), QByteArray());
        QSignalSpy noTokenFailed(&noToken, &DeploymentList::failed);
        noToken.fetch();
        QVERIFY(noTokenFailed.wait(60000));
        QVERIFY(noTokenFailed.first().at(0).toString().contains(QLatin1String("token")));
    }

    // A server whose `next` never ends is read for DeploymentList::MaxPages pages, and one whose
    // `next` leaves the API base is not followed (the token stays on the API host).
    void listIsBoundedAndStaysOnTheApiBase()
    {
        sdanim::testing::ScriptedHttpServer server;
        QVERIFY(server.isListening());
        QString next;
        server.setHandler([&](const sdanim::testing::Exchange &e) {
            const QJsonObject entry{{"owner", "acme"}, {"name", QStringLiteral("d%1").arg(e->request().serial)}};
            e->respondJson(200, QJsonObject{{"next", next}, {"previous", QJsonValue()}, {"results", QJsonArray{entry}}});
        });
        next = server.apiUrl(QStringLiteral("/v1/deployments?cursor=again"));
        DeploymentList endless(QUrl(server.apiUrl(QStringLiteral("/v1"))), "r8_any");
        QSignalSpy done(&endless, &DeploymentList::finished);
        endless.fetch();
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().at(0).value<QList<DeploymentInfo>>().size(), DeploymentList::MaxPages);
        QCOMPARE(server.requests().size(), DeploymentList::MaxPages);

        next = server.otherHostUrl(QStringLiteral("/v1/deployments?cursor=elsewhere"));
        DeploymentList leaving(QUrl(server.apiUrl(QStringLiteral("/v1"))), "r8_any");
        QSignalSpy failed(&leaving, &DeploymentList::failed);
        leaving.fetch();
        QVERIFY(failed.wait(60000));
        QVERIFY(failed.first().at(0).toString().contains(QLatin1String("not on")));
        for (const auto &request : server.requests())
            QVERIFY(!request.host().startsWith(QLatin1String("localhost")));
    }

    void createsThroughTheDeployment()
    {
        define(QStringLiteral("acme"), QStringLiteral("anim"), QStringLiteral("gpu-a100-large"), 0, 2);
        ReplicateBackend backend(m_emu->apiBase(), m_emu->token(), fastOptions());
        backend.setDeployment(QStringLiteral("acme/anim"));
        QVERIFY(backend.displayName().contains(QLatin1String("acme/anim")));
        QSignalSpy schema(&backend, &Backend::schemaReady);
        backend.loadSchema();
        QVERIFY(schema.wait(60000));
        QCOMPARE(schema.first().at(1).toBool(), true);   // the release's version, from the server
        QCOMPARE(m_emu->countRequests(QStringLiteral("GET"), QStringLiteral("/v1/deployments/acme/anim")), 1);
        QCOMPARE(backend.schema().versionId(), schema::ModelSchema::pinnedVersionId());

        store::AsyncHistoryStore history(m_out->filePath(QStringLiteral("history.sqlite")));
        QCOMPARE(history.open().result(), QString());
        store::HistoryRecorder recorder(&history);
        JobRecord rec;
        PredictionJob *job = backend.createJob(sdanim::testing::tinyInput(), &backend);
        rec.watch(job);
        recorder.track(job, store::BackendIdentity::of(Backend::Kind::ReplicateCloud, m_emu->apiBase(), false));
        job->start();
        QVERIFY(rec.waitDone(60000));
        QVERIFY2(rec.finished, qPrintable(rec.failure.userMessage()));
        QCOMPARE(rec.final.status, PredictionStatus::Succeeded);
        QCOMPARE(rec.final.deployment, QStringLiteral("acme/anim"));
        QVERIFY(!rec.saved.isEmpty());
        for (const QString &path : std::as_const(rec.saved))
            QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));

        QCOMPARE(countPosts(QStringLiteral("/v1/deployments/acme/anim/predictions")), 1);
        QCOMPARE(countPosts(QStringLiteral("/v1/predictions")), 0);
        // Followed through the ordinary prediction URL.
        QVERIFY(m_emu->countRequests(QStringLiteral("GET"), QStringLiteral("/v1/predictions/") + rec.final.id) >= 1);

        history.waitForIdle();
        store::HistoryStore reader(history.path());
        QVERIFY(reader.open());
        const auto row = reader.get(rec.final.id);
        QVERIFY(row);
        QCOMPARE(row->deployment(), QStringLiteral("acme/anim"));
        QCOMPARE(row->toJson().value(QLatin1String("deployment")).toString(), QStringLiteral("acme/anim"));
        QCOMPARE(row->status, QStringLiteral("succeeded"));
    }

    // The create's answer is cut: the run is recovered, never created twice on the deployment.
    void aLostCreateIsRecoveredNotRepeated()
    {
        define(QStringLiteral("acme"), QStringLiteral("anim"), QStringLiteral("gpu-a40-large"), 0, 1);
        ReplicateBackend backend(m_emu->apiBase(), m_emu->token(), fastOptions());
        backend.setDeployment(QStringLiteral("acme/anim"));
        m_emu->setFaults(QJsonObject{{"drop_json", 1}});
        JobRecord rec;
        PredictionJob *job = backend.createJob(sdanim::testing::tinyInput(), &backend);
        rec.watch(job);
        job->start();
        QVERIFY(rec.waitDone(60000));
        QVERIFY2(rec.finished, qPrintable(rec.failure.userMessage()));
        QCOMPARE(rec.final.status, PredictionStatus::Succeeded);
        QVERIFY(rec.requestFailures >= 1);   // the cut answer was seen
        QCOMPARE(countPosts(QStringLiteral("/v1/deployments/acme/anim/predictions")), 1);
        QCOMPARE(m_emu->predictions().size(), 1);
        QVERIFY(!rec.saved.isEmpty());
    }

    // A deployment that does not exist: the create is refused (404), nothing is created anywhere.
    void anUnknownDeploymentFailsTheCreate()
    {
        ReplicateBackend backend(m_emu->apiBase(), m_emu->token(), fastOptions());
        backend.setDeployment(QStringLiteral("acme/missing"));
        JobRecord rec;
        PredictionJob *job = backend.createJob(sdanim::testing::tinyInput(), &backend);
        rec.watch(job);
        job->start();
        QVERIFY(rec.waitDone(60000));
        QVERIFY(rec.createFailed);
        QCOMPARE(rec.failure.httpStatus, 404);
        QCOMPARE(m_emu->predictions().size(), 0);
    }

    void factoryUsesTheSettingAndTheOverride()
    {
        settings::AppSettings settings(m_out->filePath(QStringLiteral("settings.ini")));
        QCOMPARE(settings.deployment(), QString());
        settings.setDeployment(QStringLiteral("acme/anim"));
        QCOMPARE(settings.deployment(), QStringLiteral("acme/anim"));
        settings.setBackend(settings::AppSettings::BackendChoice::ReplicateCloud);
        BackendFactory::Overrides overrides;
        overrides.baseUrl = m_emu->apiBase();
        std::unique_ptr<Backend> fromSettings(BackendFactory::create(settings, m_emu->token(), overrides));
        auto *replicate = qobject_cast<ReplicateBackend *>(fromSettings.get());
        QVERIFY(replicate);
        QCOMPARE(replicate->deployment(), QStringLiteral("acme/anim"));
        overrides.deployment = QString();   // `--deployment ""`: the model version
        std::unique_ptr<Backend> overridden(BackendFactory::create(settings, m_emu->token(), overrides));
        QCOMPARE(qobject_cast<ReplicateBackend *>(overridden.get())->deployment(), QString());
        settings.setDeployment(QString());
        QCOMPARE(settings.deployment(), QString());
    }

    void cliRunsOnTheDeployment()
    {
        sdanim::testing::EmulatorProcess emulator;
        QVERIFY(emulator.start({QStringLiteral("--time-scale"), QStringLiteral("0.01"), QStringLiteral("--deployment"),
                                QStringLiteral("acme/anim:2:gpu-a100-large")}));
        sdanim::testing::CliHarness cli;
        const QStringList run{QStringLiteral("run"), QStringLiteral("--backend"), QStringLiteral("cloud"),
                              QStringLiteral("--base-url"), emulator.apiBase.toString(), QStringLiteral("--out"), cli.outDir(),
                              QStringLiteral("--prompt-start"), QStringLiteral("a"), QStringLiteral("--prompt-end"), QStringLiteral("b"),
                              QStringLiteral("--num-animation-frames"), QStringLiteral("3"),
                              QStringLiteral("--num-interpolation-steps"), QStringLiteral("1"),
                              QStringLiteral("--width"), QStringLiteral("128"), QStringLiteral("--height"), QStringLiteral("128")};
        const auto result = cli.run(run + QStringList{QStringLiteral("--deployment"), QStringLiteral("acme/anim")}, "r8_cli", 120000);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString saved = result.out.trimmed().split(QLatin1Char('\n')).last();
        QVERIFY2(saved.endsWith(QLatin1String(".gif")) && QFileInfo(saved).size() > 0, qPrintable(result.out));

        const QJsonArray requests = sdanim::testing::httpJson("GET", QUrl(emulator.control.toString() + QStringLiteral("/requests")))
                                        .object().value(QLatin1String("requests")).toArray();
        int viaDeployment = 0;
        int viaVersion = 0;
        for (const QJsonValue &v : requests) {
            const QJsonObject r = v.toObject();
            if (r.value(QLatin1String("method")).toString() != QLatin1String("POST")) continue;
            viaDeployment += r.value(QLatin1String("path")).toString() == QLatin1String("/v1/deployments/acme/anim/predictions");
            viaVersion += r.value(QLatin1String("path")).toString() == QLatin1String("/v1/predictions");
        }
        QCOMPARE(viaDeployment, 1);
        QCOMPARE(viaVersion, 0);

        const auto history = cli.run({QStringLiteral("history"), QStringLiteral("--json")});
        QCOMPARE(history.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(history.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QLatin1String("deployment")).toString(), QStringLiteral("acme/anim"));

        // `sdanim deployments` lists them, as a table and as JSON.
        const QStringList list{QStringLiteral("deployments"), QStringLiteral("--base-url"), emulator.apiBase.toString()};
        const auto table = cli.run(list, "r8_cli");
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        QVERIFY2(table.out.contains(QLatin1String("acme/anim")) && table.out.contains(QLatin1String("gpu-a100-large")),
                 qPrintable(table.out));
        const auto json = cli.run(list + QStringList{QStringLiteral("--json")}, "r8_cli");
        QCOMPARE(json.exitCode, 0);
        const QJsonArray listed = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).toObject().value(QLatin1String("max_instances")).toInt(), 2);
        QCOMPARE(listed.at(0).toObject().value(QLatin1String("hardware")).toString(), QStringLiteral("gpu-a100-large"));
        QCOMPARE(cli.run(list).exitCode, 3);   // no token: said, not crashed

        // A name that cannot be a deployment is a usage error; one the server does not know fails the create.
        QCOMPARE(cli.run(run + QStringList{QStringLiteral("--deployment"), QStringLiteral("Acme/Anim")}, "r8_cli").exitCode, 2);
        const auto unknown = cli.run(run + QStringList{QStringLiteral("--deployment"), QStringLiteral("acme/other")}, "r8_cli", 120000);
        QVERIFY2(unknown.exitCode != 0, qPrintable(unknown.out));
        QVERIFY2(unknown.err.contains(QLatin1String("404")) || unknown.err.contains(QLatin1String("not be found")), qPrintable(unknown.err));
    }
};

QTEST_MAIN(TestDeploymentClient)
#include "tst_deployment_client.moc"
