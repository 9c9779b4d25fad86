// The emulator's Replicate deployments: GET /v1/deployments (paginated), GET one, creates through
// POST /v1/deployments/{owner}/{name}/predictions, create/update/delete, the flag and the control
// endpoint, each deployment's own concurrency (its max_instances), and its instances: warm
// min_instances, cold boots beyond them, idle scale-down to min_instances, a new min taking effect.
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

const QString kSetupLine = QStringLiteral("Loading pipeline...");

// The emulator's own record of one prediction (GET /_emulator/predictions): *_at_ms with µs precision.
QJsonObject timelineOf(EmulatorHttp &http, const QString &id)
{
    for (const auto &p : http.get(QStringLiteral("/_emulator/predictions")).json().value(QLatin1String("predictions")).toArray()) {
        if (p.toObject().value(QLatin1String("id")).toString() == id)
            return p.toObject();
    }
    return {};
}

// Milliseconds the prediction spent in "starting", by the emulator's clock.
double startingMs(const QJsonObject &timeline)
{
    return timeline.value(QLatin1String("started_at_ms")).toDouble() - timeline.value(QLatin1String("created_at_ms")).toDouble();
}

// The "instances" of one deployment in GET /_emulator/deployments.
QJsonObject instancesOf(EmulatorHttp &http, const QString &fullName)
{
    for (const auto &d : http.get(QStringLiteral("/_emulator/deployments")).json().value(QLatin1String("deployments")).toArray()) {
        const QJsonObject o = d.toObject();
        if (o.value(QLatin1String("owner")).toString() + QLatin1Char('/') + o.value(QLatin1String("name")).toString() == fullName)
            return o.value(QLatin1String("instances")).toObject();
    }
    return {};
}

int instanceCount(EmulatorHttp &http, const QString &fullName, const char *key = "total")
{
    return instancesOf(http, fullName).value(QLatin1String(key)).toInt(-1);
}

QString createOn(EmulatorHttp &http, const QString &deploymentName, QJsonObject *created = nullptr)
{
    const HttpResult r = http.post(QStringLiteral("/v1/deployments/%1/predictions").arg(deploymentName), deploymentBody(tinyInput()));
    if (r.status != 201)
        qWarning("%s", r.body.constData());
    if (created)
        *created = r.json();
    return r.json().value(QLatin1String("id")).toString();
}

QJsonObject finish(EmulatorHttp &http, const QString &id)
{
    return http.pollUntil(QStringLiteral("/v1/predictions/") + id, EmulatorHttp::isTerminal, 120000);
}

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
        QCOMPARE(options.idleTimeoutSeconds, 300.0);
        QCOMPARE(emulator::EmulatorCommandLine::parse({"sdanim-emulator", "--deployment", "acme/anim:3", "--idle-timeout", "12.5"},
                                                      &options, &message),
                 emulator::EmulatorCommandLine::Result::Run);
        QCOMPARE(options.deployments.at(0).maxInstances, 3);
        QCOMPARE(options.idleTimeoutSeconds, 12.5);
        for (const char *bad : {"-1", "soon", "1e9"}) {
            QCOMPARE(emulator::EmulatorCommandLine::parse({"sdanim-emulator", "--idle-timeout", bad}, &options, &message),
                     emulator::EmulatorCommandLine::Result::Error);
            QVERIFY2(message.contains(QLatin1String("--idle-timeout")), qPrintable(message));
        }

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
        // Warm (min = max), so that only the slots differ, not cold boots.
        auto server = startEmulator(withDeployments({"acme/one:1-1", "acme/two:2-2"}, 0.05));
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
        emulator::EmulatorOptions options = withDeployments({"acme/two:2-2"}, 0.05);
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

    // A deployment with one warm instance hands its first prediction to it (the usual 4 s warm start,
    // no setup lines); one with min_instances 0 has nothing up and boots an instance first: its run
    // waits in "starting" through setup() (--cold-boot-seconds) and the hand-off, with the model's
    // setup lines in its logs from the start. The count of instances is only in the control endpoint.
    void warmDeploymentSkipsTheColdBoot()
    {
        emulator::EmulatorOptions options = withDeployments({"acme/warm:1-1", "acme/cold:0-1"});
        options.coldBootSeconds = 100;
        auto server = startEmulator(options);
        QVERIFY(server);
        EmulatorHttp http(server->port());
        QCOMPARE(instanceCount(http, QStringLiteral("acme/warm"), "idle"), 1);
        QCOMPARE(instanceCount(http, QStringLiteral("acme/cold")), 0);
        QVERIFY(!http.get(QStringLiteral("/v1/deployments/acme/warm")).json().contains(QLatin1String("instances")));

        QJsonObject coldCreated, warmCreated;
        const QString cold = createOn(http, QStringLiteral("acme/cold"), &coldCreated);
        const QString warm = createOn(http, QStringLiteral("acme/warm"), &warmCreated);
        QVERIFY(!cold.isEmpty() && !warm.isEmpty());
        // The boot prints its first line at once, so the create's answer already carries it.
        QCOMPARE(statusOf(coldCreated), QStringLiteral("starting"));
        QCOMPARE(coldCreated.value(QLatin1String("logs")).toString(), kSetupLine + QLatin1Char('\n'));
        QCOMPARE(warmCreated.value(QLatin1String("logs")).toString(), QString());

        const QJsonObject coldDone = finish(http, cold);
        const QJsonObject warmDone = finish(http, warm);
        QCOMPARE(statusOf(coldDone), QStringLiteral("succeeded"));
        QCOMPARE(statusOf(warmDone), QStringLiteral("succeeded"));
        const QStringList coldLogs = coldDone.value(QLatin1String("logs")).toString().split(QLatin1Char('\n'));
        QCOMPARE(coldLogs.mid(0, 2), (QStringList{kSetupLine, QStringLiteral("Loading interpolator...")}));
        QVERIFY2(coldLogs.value(2).startsWith(QLatin1String("Using seed: ")), qPrintable(coldLogs.join(u'|')));
        const QString warmLogs = warmDone.value(QLatin1String("logs")).toString();
        QVERIFY2(warmLogs.startsWith(QLatin1String("Using seed: ")) && !warmLogs.contains(QLatin1String("Loading")),
                 qPrintable(warmLogs));

        // In "starting" (the emulator's own instants, so however slow the machine): the warm start
        // alone (4 s × 0.01) against setup() and the hand-off ((100 + 4) s × 0.01).
        const double warmStarting = startingMs(timelineOf(http, warm));
        const double coldStarting = startingMs(timelineOf(http, cold));
        QVERIFY2(qAbs(warmStarting - 40) < 1, qPrintable(QString::number(warmStarting)));
        QVERIFY2(qAbs(coldStarting - 1040) < 1, qPrintable(QString::number(coldStarting)));
        QCOMPARE(instanceCount(http, QStringLiteral("acme/warm")), 1);
    }

    // With every instance taken (max 1) the next prediction waits for it and gets it warm the moment
    // it frees: no second boot, no setup lines. (Should the second create come only after the first
    // run ended, it finds the instance idle: warm from its creation, the same rule.)
    void aTakenInstanceIsHandedOverWarm()
    {
        emulator::EmulatorOptions options = withDeployments({"acme/solo:0-1"});
        options.coldBootSeconds = 50;
        auto server = startEmulator(options);
        QVERIFY(server);
        EmulatorHttp http(server->port());
        const QString first = createOn(http, QStringLiteral("acme/solo"));
        const QString second = createOn(http, QStringLiteral("acme/solo"));
        const QJsonObject a = finish(http, first);
        const QJsonObject b = finish(http, second);
        QCOMPARE(statusOf(a), QStringLiteral("succeeded"));
        QCOMPARE(statusOf(b), QStringLiteral("succeeded"));
        QVERIFY(a.value(QLatin1String("logs")).toString().startsWith(kSetupLine));
        QVERIFY2(!b.value(QLatin1String("logs")).toString().contains(QLatin1String("Loading")),
                 qPrintable(b.value(QLatin1String("logs")).toString()));
        const QJsonObject ta = timelineOf(http, first);
        const QJsonObject tb = timelineOf(http, second);
        const double free = qMax(tb.value(QLatin1String("created_at_ms")).toDouble(), ta.value(QLatin1String("completed_at_ms")).toDouble());
        const double handOff = tb.value(QLatin1String("started_at_ms")).toDouble() - free;
        QVERIFY2(qAbs(handOff - 40) < 1, qPrintable(QString::number(handOff)));
    }

    // Instances idle for --idle-timeout go, down to min_instances and no further: the one of a min-0
    // deployment disappears (not before the timeout) and the next prediction boots again; of a min-1
    // deployment's two instances one stays and takes the next prediction warm.
    void idleInstancesScaleDownToMin()
    {
        emulator::EmulatorOptions options = withDeployments({"acme/zero:0-1", "acme/kept:1-2"});
        options.coldBootSeconds = 50;
        options.idleTimeoutSeconds = 100;   // 1 s at 0.01
        auto server = startEmulator(options);
        QVERIFY(server);
        EmulatorHttp http(server->port());

        const QString first = createOn(http, QStringLiteral("acme/zero"));
        QCOMPARE(statusOf(finish(http, first)), QStringLiteral("succeeded"));
        QTRY_COMPARE_WITH_TIMEOUT(instanceCount(http, QStringLiteral("acme/zero")), 0, 60000);
        QJsonObject created;
        const QString again = createOn(http, QStringLiteral("acme/zero"), &created);
        QCOMPARE(created.value(QLatin1String("logs")).toString(), kSetupLine + QLatin1Char('\n'));
        const QJsonObject done = finish(http, again);
        QCOMPARE(statusOf(done), QStringLiteral("succeeded"));
        QVERIFY(done.value(QLatin1String("logs")).toString().startsWith(kSetupLine));
        const double idleFor = timelineOf(http, again).value(QLatin1String("created_at_ms")).toDouble()
                               - timelineOf(http, first).value(QLatin1String("completed_at_ms")).toDouble();
        QVERIFY2(idleFor >= 1000, qPrintable(QString::number(idleFor)));

        // Two at once on "kept": the first holds the warm instance (stuck in starting until canceled,
        // so however slow the machine it is still busy), the second boots another; both idle afterwards.
        QCOMPARE(http.post(QStringLiteral("/_emulator/faults"), QJsonObject{{"stuck_starting", 1}}).status, 200);
        const QString k1 = createOn(http, QStringLiteral("acme/kept"));
        const QString k2 = createOn(http, QStringLiteral("acme/kept"));
        QCOMPARE(instanceCount(http, QStringLiteral("acme/kept")), 2);
        const QJsonObject d2 = finish(http, k2);
        QCOMPARE(statusOf(d2), QStringLiteral("succeeded"));
        QVERIFY(d2.value(QLatin1String("logs")).toString().startsWith(kSetupLine));
        QCOMPARE(http.post(QStringLiteral("/v1/predictions/%1/cancel").arg(k1), QByteArray()).status, 200);
        const QJsonObject d1 = finish(http, k1);
        QCOMPARE(statusOf(d1), QStringLiteral("canceled"));
        QTRY_COMPARE_WITH_TIMEOUT(instanceCount(http, QStringLiteral("acme/kept")), 1, 60000);
        // Both have been idle for the timeout by now (the later one went first): the min instance stays.
        const double lastDone = qMax(timelineOf(http, k1).value(QLatin1String("completed_at_ms")).toDouble(),
                                     timelineOf(http, k2).value(QLatin1String("completed_at_ms")).toDouble());
        QTRY_VERIFY_WITH_TIMEOUT(double(QDateTime::currentMSecsSinceEpoch()) > lastDone + 1000, 60000);
        QCOMPARE(instanceCount(http, QStringLiteral("acme/kept"), "idle"), 1);
        const QJsonObject k3 = finish(http, createOn(http, QStringLiteral("acme/kept")));
        QCOMPARE(statusOf(k3), QStringLiteral("succeeded"));
        QVERIFY2(!k3.value(QLatin1String("logs")).toString().contains(QLatin1String("Loading")),
                 qPrintable(k3.value(QLatin1String("logs")).toString()));
    }

    // min_instances changed on a running deployment: lowered through PATCH /v1/deployments, the warm
    // instance times out and the next run boots; raised through the control endpoint, an instance
    // boots by itself and, once up, takes the next run warm.
    void changingMinInstancesTakesEffect()
    {
        emulator::EmulatorOptions options = withDeployments({"acme/anim:1-1"});
        options.coldBootSeconds = 50;
        options.idleTimeoutSeconds = 100;
        auto server = startEmulator(options);
        QVERIFY(server);
        EmulatorHttp http(server->port());
        const QString name = QStringLiteral("acme/anim");
        QCOMPARE(instanceCount(http, name, "idle"), 1);

        httplib::Client raw("127.0.0.1", server->port());
        const auto lowered = raw.Patch("/v1/deployments/acme/anim", EmulatorHttp::auth(), R"({"min_instances":0})", "application/json");
        QVERIFY(lowered);
        QCOMPARE(lowered->status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(instanceCount(http, name), 0, 60000);
        const QJsonObject cold = finish(http, createOn(http, name));
        QCOMPARE(statusOf(cold), QStringLiteral("succeeded"));
        QVERIFY(cold.value(QLatin1String("logs")).toString().startsWith(kSetupLine));
        QTRY_COMPARE_WITH_TIMEOUT(instanceCount(http, name), 0, 60000);

        const HttpResult raised = http.post(QStringLiteral("/_emulator/deployments"),
                                            QJsonObject{{"owner", "acme"}, {"name", "anim"}, {"min_instances", 1}, {"max_instances", 1}});
        QCOMPARE(raised.status, 200);
        const QJsonObject instances = raised.json().value(QLatin1String("instances")).toObject();
        QCOMPARE(instances.value(QLatin1String("total")).toInt(), 1);
        QCOMPARE(instances.value(QLatin1String("busy")).toInt(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(instanceCount(http, name, "idle"), 1, 60000);
        QJsonObject created;
        const QString id = createOn(http, name, &created);
        QCOMPARE(created.value(QLatin1String("logs")).toString(), QString());
        const QJsonObject warm = finish(http, id);
        QCOMPARE(statusOf(warm), QStringLiteral("succeeded"));
        QVERIFY2(!warm.value(QLatin1String("logs")).toString().contains(QLatin1String("Loading")),
                 qPrintable(warm.value(QLatin1String("logs")).toString()));
        QVERIFY2(qAbs(startingMs(timelineOf(http, id)) - 40) < 1, qPrintable(QString::number(startingMs(timelineOf(http, id)))));
    }
};

QTEST_MAIN(TestEmulatorDeployments)
#include "tst_emulator_deployments.moc"
