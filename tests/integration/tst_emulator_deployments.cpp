// The emulator's Replicate deployments: GET /v1/deployments (paginated), GET one, creates through
// POST /v1/deployments/{owner}/{name}/predictions, create/update/delete, the flag and the control
// endpoint, and each deployment's own concurrency (its max_instances).
#include "api/Prediction.h"
#include "emulator/EmulatorCommandLine.h"
#include "support/EmulatorHttp.h"

#include <QtTest>

using namespace sdanim;
using namespace sdanim::testing;

namespace {

QString statusOf(const QJsonObject &p) { return p.value(QLatin1String("status")).toString(); }

QDateTime timeOf(const QJsonObject &p, const char *key) { return api::parseTimestamp(p.value(QLatin1String(key)).toString()); }

emulator::Deployment deployment(const QString &spec)
{
    QString error;
    const auto d = emulator::Deployment::fromSpec(spec, &error);
    if (!d)
        qFatal("bad spec %s: %s", qPrintable(spec), qPrintable(error));
    return *d;
}

emulator::EmulatorOptions withDeployments(const QStringList &specs, double timeScale = 0.01)
{
    emulator::EmulatorOptions options = fastEmulatorOptions(timeScale);
    for (const QString &spec : specs)
        options.deployments << deployment(spec);
    return options;
}

QJsonObject deploymentBody(const QJsonObject &input) { return QJsonObject{{QStringLiteral("input"), input}}; }

} // namespace

class TestEmulatorDeployments : public QObject
{
    Q_OBJECT
private slots:
    void commandLine()
    {
        emulator::EmulatorOptions options;
        QString message;
        QCOMPARE(emulator::EmulatorCommandLine::parse({"sdanim-emulator", "--deployment", "acme/anim",
                                                       "--deployment", "acme/big:2-5:gpu-a100-large"},
                                                      &options, &message),
                 emulator::EmulatorCommandLine::Result::Run);
        QCOMPARE(options.deployments.size(), 2);
        QCOMPARE(options.deployments[0].fullName(), QStringLiteral("acme/anim"));
        QCOMPARE(options.deployments[0].minInstances, 0);
        QCOMPARE(options.deployments[0].maxInstances, 1);
        QCOMPARE(options.deployments[0].hardware, QStringLiteral("gpu-a40-large"));
        QCOMPARE(options.deployments[1].minInstances, 2);
        QCOMPARE(options.deployments[1].maxInstances, 5);
        QCOMPARE(options.deployments[1].hardware, QStringLiteral("gpu-a100-large"));
        QCOMPARE(emulator::EmulatorCommandLine::parse({"sdanim-emulator", "--deployment", "acme/anim:3"}, &options, &message),
                 emulator::EmulatorCommandLine::Result::Run);
        QCOMPARE(options.deployments.at(0).maxInstances, 3);

        for (const char *bad : {"acme", "Acme/anim", "acme/anim/x", "acme/anim:0", "acme/anim:3-2", "acme/anim:x",
                                "acme/anim:1:GPU big", "acme/anim:1:gpu:extra", "/anim"}) {
            QCOMPARE(emulator::EmulatorCommandLine::parse({"sdanim-emulator", "--deployment", bad}, &options, &message),
                     emulator::EmulatorCommandLine::Result::Error);
            QVERIFY2(!message.isEmpty(), bad);
        }
    }

    void listAndGetHaveReplicatesShape()
    {
        auto server = startEmulator(withDeployments({"acme/anim:1-2:gpu-t4", "acme/big:4"}));
        QVERIFY(server);
        EmulatorHttp http(server->port());
        const HttpResult list = http.get(QStringLiteral("/v1/deployments"));
        QCOMPARE(list.status, 200);
        const QJsonObject page = list.json();
        QVERIFY(page.contains(QLatin1String("next")) && page.value(QLatin1String("next")).isNull());
        QVERIFY(page.value(QLatin1String("previous")).isNull());
        const QJsonArray results = page.value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 2);
        const QJsonObject first = results.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("owner")).toString(), QStringLiteral("acme"));
        QCOMPARE(first.value(QLatin1String("name")).toString(), QStringLiteral("anim"));
        const QJsonObject release = first.value(QLatin1String("current_release")).toObject();
        QCOMPARE(release.value(QLatin1String("number")).toInt(), 1);
        QCOMPARE(release.value(QLatin1String("model")).toString(), QStringLiteral("andreasjansson/stable-diffusion-animation"));
        QCOMPARE(release.value(QLatin1String("version")).toString().size(), 64);
        QVERIFY(timeOf(release, "created_at").isValid());
        QCOMPARE(release.value(QLatin1String("created_by")).toObject().value(QLatin1String("username")).toString(),
                 QStringLiteral("emulator"));
        const QJsonObject config = release.value(QLatin1String("configuration")).toObject();
        QCOMPARE(config.value(QLatin1String("hardware")).toString(), QStringLiteral("gpu-t4"));
        QCOMPARE(config.value(QLatin1String("min_instances")).toInt(), 1);
        QCOMPARE(config.value(QLatin1String("max_instances")).toInt(), 2);

        const HttpResult one = http.get(QStringLiteral("/v1/deployments/acme/big"));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().value(QLatin1String("current_release")).toObject().value(QLatin1String("configuration"))
                     .toObject().value(QLatin1String("max_instances")).toInt(), 4);

        const HttpResult missing = http.get(QStringLiteral("/v1/deployments/acme/nothing"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json().value(QLatin1String("detail")).toString(), QStringLiteral("The requested resource could not be found."));
        QCOMPARE(http.get(QStringLiteral("/v1/deployments"), {}).status, 401);
        QCOMPARE(http.post(QStringLiteral("/v1/deployments/acme/anim/predictions"), deploymentBody(tinyInput()), {}).status, 401);
    }

    // 45 deployments come in pages of 20 linked by `next`, each exactly once.
    void listIsPaginated()
    {
        auto server = startEmulator(fastEmulatorOptions());
        QVERIFY(server);
        EmulatorHttp http(server->port());
        for (int i = 0; i < 45; ++i) {
            const HttpResult defined = http.post(QStringLiteral("/_emulator/deployments"),
                                                 QJsonObject{{"owner", "acme"}, {"name", QStringLiteral("d%1").arg(i)}});
            QCOMPARE(defined.status, 200);
        }
        QStringList names;
        QString path = QStringLiteral("/v1/deployments");
        int pages = 0;
        while (!path.isEmpty() && pages < 10) {
            const QJsonObject page = http.get(path).json();
            for (const auto &d : page.value(QLatin1String("results")).toArray())
                names << d.toObject().value(QLatin1String("name")).toString();
            const QJsonValue next = page.value(QLatin1String("next"));
            path = next.isString() ? EmulatorHttp::pathOf(next.toString()) : QString();
            ++pages;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(names.size(), 45);
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 45);
        QCOMPARE(http.get(QStringLiteral("/v1/deployments?cursor=garbage")).status, 400);
    }

    void controlEndpointDefinesAndReleases()
    {
        auto server = startEmulator(fastEmulatorOptions());
        QVERIFY(server);
        EmulatorHttp http(server->port());
        QCOMPARE(http.get(QStringLiteral("/v1/deployments/acme/anim")).status, 404);
        HttpResult defined = http.post(QStringLiteral("/_emulator/deployments"),
                                       QJsonObject{{"owner", "acme"}, {"name", "anim"}, {"hardware", "gpu-a100-large"},
                                                   {"min_instances", 1}, {"max_instances", 3}});
        QCOMPARE(defined.status, 200);
        QCOMPARE(defined.json().value(QLatin1String("current_release")).toObject().value(QLatin1String("number")).toInt(), 1);
        defined = http.post(QStringLiteral("/_emulator/deployments"),
                            QJsonObject{{"owner", "acme"}, {"name", "anim"}, {"max_instances", 2}});
        QCOMPARE(defined.status, 200);
        const QJsonObject got = http.get(QStringLiteral("/v1/deployments/acme/anim")).json();
        const QJsonObject release = got.value(QLatin1String("current_release")).toObject();
        QCOMPARE(release.value(QLatin1String("number")).toInt(), 2);
        QCOMPARE(release.value(QLatin1String("configuration")).toObject().value(QLatin1String("max_instances")).toInt(), 2);
        QCOMPARE(http.get(QStringLiteral("/_emulator/deployments")).json().value(QLatin1String("deployments")).toArray().size(), 1);

        for (const QJsonObject &bad : {QJsonObject{{"owner", "acme"}}, QJsonObject{{"owner", "a"}, {"name", "b"}, {"max_instances", 0}},
                                       QJsonObject{{"owner", "a"}, {"name", "b"}, {"max_instances", "2"}},
                                       QJsonObject{{"owner", "a"}, {"name", "b"}, {"hardware", "A B"}}}) {
            const HttpResult refused = http.post(QStringLiteral("/_emulator/deployments"), bad);
            QCOMPARE(refused.status, 400);
            QVERIFY(!refused.json().value(QLatin1String("detail")).toString().isEmpty());
        }
        QCOMPARE(http.post(QStringLiteral("/_emulator/deployments"), QByteArray("[1]")).status, 400);
    }

    // Through the API as on Replicate: POST /v1/deployments (under the account's name), PATCH for a
    // new release (omitted fields kept), DELETE (204, then 404).
    void createUpdateDeleteThroughTheApi()
    {
        auto server = startEmulator(fastEmulatorOptions());
        QVERIFY(server);
        EmulatorHttp http(server->port());
        const QJsonObject config{{"name", "mine"}, {"model", "andreasjansson/stable-diffusion-animation"},
                                 {"version", createBody({}).value(QLatin1String("version"))},
                                 {"hardware", "gpu-a100-large"}, {"min_instances", 0}, {"max_instances", 2}};
        const HttpResult created = http.post(QStringLiteral("/v1/deployments"), config);
        QCOMPARE(created.status, 200);
        QCOMPARE(created.json().value(QLatin1String("owner")).toString(), QStringLiteral("emulator"));
        QCOMPARE(http.post(QStringLiteral("/v1/deployments"), config).status, 422);   // the name is taken
        QJsonObject otherModel = config;
        otherModel.insert(QStringLiteral("model"), QStringLiteral("stability-ai/sdxl"));
        otherModel.insert(QStringLiteral("name"), QStringLiteral("other"));
        QCOMPARE(http.post(QStringLiteral("/v1/deployments"), otherModel).status, 422);
        QCOMPARE(http.post(QStringLiteral("/v1/deployments"), QByteArray("not json")).status, 400);

        httplib::Client raw("127.0.0.1", server->port());
        const auto patched = raw.Patch("/v1/deployments/emulator/mine", EmulatorHttp::auth(), R"({"max_instances":5})", "application/json");
        QVERIFY(patched);
        QCOMPARE(patched->status, 200);
        const QJsonObject release = QJsonDocument::fromJson(QByteArray::fromStdString(patched->body)).object()
                                        .value(QLatin1String("current_release")).toObject();
        QCOMPARE(release.value(QLatin1String("number")).toInt(), 2);
        QCOMPARE(release.value(QLatin1String("configuration")).toObject().value(QLatin1String("hardware")).toString(),
                 QStringLiteral("gpu-a100-large"));
        QCOMPARE(release.value(QLatin1String("configuration")).toObject().value(QLatin1String("max_instances")).toInt(), 5);
        const auto badPatch = raw.Patch("/v1/deployments/emulator/mine", EmulatorHttp::auth(), R"({"min_instances":9})", "application/json");
        QVERIFY(badPatch);
        QCOMPARE(badPatch->status, 422);
        const auto deleted = raw.Delete("/v1/deployments/emulator/mine", EmulatorHttp::auth());
        QVERIFY(deleted);
        QCOMPARE(deleted->status, 204);
        QCOMPARE(http.get(QStringLiteral("/v1/deployments/emulator/mine")).status, 404);
        const auto again = raw.Delete("/v1/deployments/emulator/mine", EmulatorHttp::auth());
        QVERIFY(again);
        QCOMPARE(again->status, 404);
    }

    // The body has no version (the release's runs), the prediction names its deployment and is
    // followed, canceled and downloaded through the ordinary prediction URLs.
    void createThroughADeployment()
    {
        auto server = startEmulator(withDeployments({"acme/anim:2"}));
        QVERIFY(server);
        EmulatorHttp http(server->port());
        const HttpResult created = http.post(QStringLiteral("/v1/deployments/acme/anim/predictions"), deploymentBody(tinyInput()));
        QCOMPARE(created.status, 201);
        const QJsonObject p = created.json();
        QCOMPARE(p.value(QLatin1String("deployment")).toString(), QStringLiteral("acme/anim"));
        QCOMPARE(p.value(QLatin1String("model")).toString(), QStringLiteral("andreasjansson/stable-diffusion-animation"));
        QCOMPARE(p.value(QLatin1String("version")).toString().size(), 64);
        const QString get = EmulatorHttp::pathOf(p.value(QLatin1String("urls")).toObject().value(QLatin1String("get")).toString());
        QCOMPARE(get, QStringLiteral("/v1/predictions/") + p.value(QLatin1String("id")).toString());
        const QJsonObject done = http.pollUntil(get, EmulatorHttp::isTerminal, 60000);
        QCOMPARE(statusOf(done), QStringLiteral("succeeded"));
        QCOMPARE(done.value(QLatin1String("deployment")).toString(), QStringLiteral("acme/anim"));
        const QJsonArray output = done.value(QLatin1String("output")).toArray();
        QVERIFY(!output.isEmpty());
        QCOMPARE(http.get(EmulatorHttp::pathOf(output.last().toString()), {}).status, 200);
        // It is one of the account's predictions like any other.
        const QJsonArray listed = http.get(QStringLiteral("/v1/predictions")).json().value(QLatin1String("results")).toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).toObject().value(QLatin1String("deployment")).toString(), QStringLiteral("acme/anim"));

        // The body is the models endpoint's: a version is refused, input required.
        const HttpResult withVersion = http.post(QStringLiteral("/v1/deployments/acme/anim/predictions"), createBody(tinyInput()));
        QCOMPARE(withVersion.status, 422);
        QVERIFY2(withVersion.body.contains("Additional property version is not allowed"), withVersion.body.constData());
        QCOMPARE(http.post(QStringLiteral("/v1/deployments/acme/anim/predictions"), QJsonObject{}).status, 422);
        const HttpResult badInput = http.post(QStringLiteral("/v1/deployments/acme/anim/predictions"),
                                              deploymentBody(QJsonObject{{"num_animation_frames", "many"}}));
        QCOMPARE(badInput.status, 422);
        const HttpResult unknown = http.post(QStringLiteral("/v1/deployments/acme/other/predictions"), deploymentBody(tinyInput()));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.json().value(QLatin1String("status")).toInt(), 404);
        // A prediction created without a deployment has no such field.
        const HttpResult plain = http.post(QStringLiteral("/v1/predictions"), createBody(tinyInput()));
        QCOMPARE(plain.status, 201);
        QVERIFY(!plain.json().contains(QLatin1String("deployment")));
    }

    // Deployment "one" has a single instance, "two" two, and the model itself no limit: of three
    // predictions on each, at most one resp. two run at once and the waiters start only when a slot
    // was freed; the model's own predictions never wait for the deployments'.
    void eachDeploymentHasItsOwnConcurrency()
    {
        auto server = startEmulator(withDeployments({"acme/one:1", "acme/two:2"}, 0.05));
        QVERIFY(server);
        EmulatorHttp http(server->port());
        auto createOn = [&](const QString &path, const QJsonObject &body) {
            const HttpResult created = http.post(path, body);
            if (created.status != 201)
                qWarning("%s", created.body.constData());
            return created.json().value(QLatin1String("id")).toString();
        };
        QStringList one, two, plain;
        for (int i = 0; i < 3; ++i) {
            one << createOn(QStringLiteral("/v1/deployments/acme/one/predictions"), deploymentBody(tinyInput()));
            two << createOn(QStringLiteral("/v1/deployments/acme/two/predictions"), deploymentBody(tinyInput()));
            plain << createOn(QStringLiteral("/v1/predictions"), createBody(tinyInput()));
        }
        QVERIFY(!one.contains(QString()) && !two.contains(QString()) && !plain.contains(QString()));
        auto finish = [&](const QStringList &ids) {
            QList<QJsonObject> done;
            for (const QString &id : ids)
                done << http.pollUntil(QStringLiteral("/v1/predictions/") + id, EmulatorHttp::isTerminal, 120000);
            return done;
        };
        const QList<QJsonObject> a = finish(one);
        const QList<QJsonObject> b = finish(two);
        const QList<QJsonObject> c = finish(plain);
        for (const auto &p : a + b + c)
            QCOMPARE(statusOf(p), QStringLiteral("succeeded"));

        // How many of a group were running (started, not completed) at the instant each one started.
        auto mostAtOnce = [](const QList<QJsonObject> &group) {
            int most = 0;
            for (const auto &p : group) {
                const QDateTime at = timeOf(p, "started_at");
                int running = 0;
                for (const auto &q : group)
                    running += timeOf(q, "started_at") <= at && timeOf(q, "completed_at") > at;
                most = qMax(most, running);
            }
            return most;
        };
        QCOMPARE(mostAtOnce(a), 1);
        QVERIFY(mostAtOnce(b) <= 2);
        // Whoever had a free slot when created started after the boot alone, however slow the
        // machine: the first on each deployment, the second on "two", and every one of the model's.
        auto queued = [](const QJsonObject &p) { return timeOf(p, "created_at").msecsTo(timeOf(p, "started_at")); };
        const qint64 boot = queued(a[0]);
        for (const auto &p : {b[0], b[1], c[0], c[1], c[2]})
            QVERIFY2(qAbs(queued(p) - boot) <= 2, qPrintable(QStringLiteral("%1 vs %2 ms").arg(queued(p)).arg(boot)));
        // One instance: each started no earlier than the one before it completed.
        QVERIFY(timeOf(a[1], "started_at") >= timeOf(a[0], "completed_at"));
        QVERIFY(timeOf(a[2], "started_at") >= timeOf(a[1], "completed_at"));
        // Two instances: the third waited for the first slot freed.
        QVERIFY(timeOf(b[2], "started_at") >= qMin(timeOf(b[0], "completed_at"), timeOf(b[1], "completed_at")));
    }

    // The global --max-running limit is the model's shared pool; a deployment's runs are not in it:
    // with the model's one slot taken (and a second run waiting for it), both deployment runs start
    // after the boot alone.
    void deploymentsAreOutsideMaxRunning()
    {
        emulator::EmulatorOptions options = withDeployments({"acme/two:2"}, 0.05);
        options.maxRunning = 1;
        auto server = startEmulator(options);
        QVERIFY(server);
        EmulatorHttp http(server->port());
        QStringList plain, deployed;
        for (int i = 0; i < 2; ++i)
            plain << http.post(QStringLiteral("/v1/predictions"), createBody(tinyInput())).json().value(QLatin1String("id")).toString();
        for (int i = 0; i < 2; ++i)
            deployed << http.post(QStringLiteral("/v1/deployments/acme/two/predictions"), deploymentBody(tinyInput()))
                            .json().value(QLatin1String("id")).toString();
        QList<QJsonObject> done;
        for (const QString &id : plain + deployed)
            done << http.pollUntil(QStringLiteral("/v1/predictions/") + id, EmulatorHttp::isTerminal, 120000);
        for (const auto &x : done)
            QCOMPARE(statusOf(x), QStringLiteral("succeeded"));
        auto queued = [](const QJsonObject &p) { return timeOf(p, "created_at").msecsTo(timeOf(p, "started_at")); };
        QVERIFY(timeOf(done[1], "started_at") >= timeOf(done[0], "completed_at"));
        QVERIFY(qAbs(queued(done[2]) - queued(done[0])) <= 2);
        QVERIFY(qAbs(queued(done[3]) - queued(done[0])) <= 2);
    }
};

QTEST_MAIN(TestEmulatorDeployments)
#include "tst_emulator_deployments.moc"
