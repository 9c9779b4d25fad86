// The emulator's Replicate v1 surface: auth, create validation, the model's behaviour (§9), outputs,
// Prefer: wait, cancel, Cancel-After, models/versions/account, list pagination, retention, rate limits.
#include "emulator/EmulatorServer.h"
#include "support/EmulatorHttp.h"

#include <QDateTime>
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QMessageAuthenticationCode>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>
#include <thread>

using namespace sdanim::emulator;
using namespace sdanim::testing;

namespace {

const QString kVersion = QStringLiteral("ca1f5e306e5721e19c473e0d094e6603f0456fe759c10715fcd6c1b79242d4a5");

QStringList lines(const QJsonObject &prediction)
{
    return prediction.value(QLatin1String("logs")).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList basenames(const QJsonArray &output)
{
    QStringList names;
    for (const QJsonValue &v : output)
        names << v.toString().section(QLatin1Char('/'), -1);
    return names;
}

// Loopback TCP connections to `port` that are still open on the client side (Linux /proc/net/tcp):
// the server closing an idle keep-alive connection moves it out of ESTABLISHED.
int establishedClientConnections(quint16 port)
{
    QFile file(QStringLiteral("/proc/net/tcp"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QString remote = QStringLiteral("0100007F:%1").arg(port, 4, 16, QLatin1Char('0')).toUpper();
    int count = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() > 3 && QString::fromLatin1(f.at(2)).toUpper() == remote && f.at(3) == "01")
            ++count;
    }
    return count;
}

} // namespace

class TestEmulatorApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<EmulatorHttp> m_http;

    QJsonObject runToEnd(const QJsonObject &input)
    {
        const HttpResult created = m_http->post(QStringLiteral("/v1/predictions"), createBody(input));
        if (created.status != 201)
            qWarning() << created.body;
        const QString id = created.json().value(QLatin1String("id")).toString();
        return m_http->pollUntil(QStringLiteral("/v1/predictions/") + id, EmulatorHttp::isTerminal);
    }

private slots:
    void initTestCase()
    {
        m_server = startEmulator(fastEmulatorOptions());
        QVERIFY(m_server);
        m_http = std::make_unique<EmulatorHttp>(m_server->port());
        QCOMPARE(m_server->apiBaseUrl().toString(), QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server->port()));
        QCOMPARE(m_server->cogBaseUrl().toString(), QStringLiteral("http://127.0.0.1:%1/cog").arg(m_server->port()));
        QCOMPARE(m_server->controlUrl().toString(), QStringLiteral("http://127.0.0.1:%1/_emulator").arg(m_server->port()));
    }

    void cleanupTestCase() { m_server.reset(); }

    void authentication()
    {
        const HttpResult missing = m_http->get(QStringLiteral("/v1/account"), {});
        QCOMPARE(missing.status, 401);
        QCOMPARE(missing.header("Content-Type"), QStringLiteral("application/problem+json"));
        QCOMPARE(missing.json(), (QJsonObject{{"title", "Unauthenticated"},
                                              {"detail", "You did not pass an authentication token"},
                                              {"status", 401}}));
        const HttpResult badScheme = m_http->get(QStringLiteral("/v1/account"), {{"Authorization", "Basic abc"}});
        QCOMPARE(badScheme.status, 401);
        QCOMPARE(badScheme.json().value("detail").toString(), QStringLiteral("You did not pass a valid authentication token"));
        QCOMPARE(m_http->get(QStringLiteral("/v1/account"), {{"Authorization", "Token r8_legacy"}}).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/v1/account"), {{"Authorization", "Bearer r8_new"}}).status, 200);

        EmulatorOptions withToken = fastEmulatorOptions();
        withToken.token = QStringLiteral("r8_secret");
        auto strict = startEmulator(withToken);
        QVERIFY(strict);
        EmulatorHttp http(strict->port());
        const HttpResult wrong = http.get(QStringLiteral("/v1/account"), EmulatorHttp::auth("r8_other"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.json().value("detail").toString(), QStringLiteral("You did not pass a valid authentication token"));
        QCOMPARE(http.get(QStringLiteral("/v1/account"), EmulatorHttp::auth("r8_secret")).status, 200);
    }

    void createBodyValidation()
    {
        const HttpResult wrongKey = m_http->post(QStringLiteral("/v1/predictions"),
                                                 QJsonObject{{"model", kVersion}, {"input", tinyInput()}});
        QCOMPARE(wrongKey.status, 422);
        QCOMPARE(wrongKey.header("Content-Type"), QStringLiteral("application/problem+json"));
        const QJsonObject body = wrongKey.json();
        QCOMPARE(body.value("title").toString(), QStringLiteral("Input validation failed"));
        QCOMPARE(body.value("detail").toString(), QStringLiteral("- version is required\n- Additional property model is not allowed\n"));
        QCOMPARE(body.value("invalid_fields").toArray(),
                 (QJsonArray{QJsonObject{{"type", "required"}, {"field", ""}, {"description", "version is required"}},
                             QJsonObject{{"type", "additional_property_not_allowed"}, {"field", ""},
                                         {"description", "Additional property model is not allowed"}}}));

        for (const QString &version : {QStringLiteral("andreasjansson/stable-diffusion-animation:latest"),
                                       QStringLiteral("0000000000000000000000000000000000000000000000000000000000000000")}) {
            QJsonObject b = createBody(tinyInput());
            b.insert("version", version);
            const HttpResult r = m_http->post(QStringLiteral("/v1/predictions"), b);
            QCOMPARE(r.status, 422);
            QCOMPARE(r.json(), (QJsonObject{{"title", "Invalid version or not permitted"},
                                            {"detail", "The specified version does not exist (or perhaps you don't have permission to use it?)"},
                                            {"status", 422}}));
        }
        QJsonObject full = createBody(tinyInput());
        full.insert("version", QStringLiteral("andreasjansson/stable-diffusion-animation:") + kVersion);
        QCOMPARE(m_http->post(QStringLiteral("/v1/predictions"), full).status, 201);

        QJsonObject input = tinyInput();
        input.remove("prompt_start");
        input.insert("width", 100);
        input.insert("num_inference_steps", 501);
        const HttpResult invalid = m_http->post(QStringLiteral("/v1/predictions"), createBody(input));
        QCOMPARE(invalid.status, 422);
        QCOMPARE(invalid.json().value("detail").toString(),
                 QStringLiteral("- input: prompt_start is required\n"
                                "- input.width: width must be one of the following: 128, 256, 512, 768, 1024\n"
                                "- input.num_inference_steps: Must be less than or equal to 500\n"));
        QCOMPARE(invalid.json().value("invalid_fields").toArray().size(), 3);

        const HttpResult notJson = m_http->post(QStringLiteral("/v1/predictions"), QByteArray("{nope"));
        QCOMPARE(notJson.status, 400);
        QCOMPARE(m_http->post(QStringLiteral("/v1/predictions"), QJsonObject{{"version", kVersion}, {"input", "x"}}).json()
                     .value("detail").toString(),
                 QStringLiteral("- input: Invalid type. Expected: object, given: string\n"));
    }

    void createResponseShape()
    {
        const HttpResult r = m_http->post(QStringLiteral("/v1/predictions"), createBody(tinyInput()));
        QCOMPARE(r.status, 201);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QCOMPARE(r.header("ratelimit-reset"), QStringLiteral("1"));
        QVERIFY(r.hasHeader("ratelimit-remaining"));
        const QJsonObject p = r.json();
        QVERIFY(QRegularExpression("^[0-9a-z]{26}$").match(p.value("id").toString()).hasMatch());
        QCOMPARE(p.value("status").toString(), QStringLiteral("starting"));
        QCOMPARE(p.value("logs").toString(), QString());
        QVERIFY(p.value("logs").isString());
        QVERIFY(p.value("error").isNull());
        QVERIFY(p.value("output").isNull());
        QCOMPARE(p.value("data_removed").toBool(true), false);
        QCOMPARE(p.value("source").toString(), QStringLiteral("api"));
        QCOMPARE(p.value("model").toString(), QStringLiteral("andreasjansson/stable-diffusion-animation"));
        QCOMPARE(p.value("version").toString(), kVersion);
        QCOMPARE(p.value("input").toObject(), tinyInput());
        QVERIFY(!p.contains("started_at"));
        QVERIFY(!p.contains("completed_at"));
        QVERIFY(!p.contains("metrics"));
        QVERIFY(QRegularExpression(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$)").match(p.value("created_at").toString()).hasMatch());
        const QJsonObject urls = p.value("urls").toObject();
        const QString base = m_server->apiBaseUrl().toString();
        QCOMPARE(urls.value("get").toString(), base + "/predictions/" + p.value("id").toString());
        QCOMPARE(urls.value("cancel").toString(), base + "/predictions/" + p.value("id").toString() + "/cancel");
        QVERIFY(urls.value("stream").toString().startsWith(QStringLiteral("http://localhost:%1/v1/files/").arg(m_server->port())));
        QCOMPARE(urls.value("web").toString(), QStringLiteral("http://localhost:%1/p/").arg(m_server->port()) + p.value("id").toString());
    }

    void logLinesAndTruncatedSteps()
    {
        QJsonObject input = tinyInput(QStringLiteral("a cat"), QStringLiteral("  a dog |  a bird  "));
        input.insert("seed", 42);
        input.insert("num_inference_steps", 30);
        input.insert("prompt_strength", 0.9); // 30 * (1 - 0.9) = 2.999999999999999 → 2, not 3
        input.insert("film_interpolation", false);
        const QJsonObject p = runToEnd(input);
        QCOMPARE(p.value("status").toString(), QStringLiteral("succeeded"));
        QCOMPARE(lines(p), (QStringList{"Using seed: 42", "Generating initial latents for 2 steps",
                                        "Generating first and last keyframes",
                                        "Generating frame 0 of keyframe 0", "Generating frame 1 of keyframe 0",
                                        "Generating frame 2 of keyframe 0", "Generating frame 0 of keyframe 1",
                                        "Generating frame 1 of keyframe 1", "Generating frame 2 of keyframe 1",
                                        "Interpolating images from latents", "Saving GIF"}));
        QVERIFY(p.value("logs").toString().endsWith('\n'));
        QCOMPARE(basenames(p.value("output").toArray()), QStringList{"video.gif"});
        QVERIFY(p.value("started_at").isString());
        QVERIFY(p.value("completed_at").isString());
        const QJsonObject metrics = p.value("metrics").toObject();
        QVERIFY(metrics.value("predict_time").toDouble() > 0);
        QVERIFY(metrics.value("total_time").toDouble() >= metrics.value("predict_time").toDouble());
    }

    void defaultsGiveNineStepsAndRandomSeed()
    {
        const QJsonObject p = runToEnd(tinyInput());
        const QStringList l = lines(p);
        QVERIFY(l.size() > 2);
        const QRegularExpressionMatch seed = QRegularExpression("^Using seed: (\\d+)$").match(l[0]);
        QVERIFY(seed.hasMatch());
        QVERIFY(seed.captured(1).toInt() >= 0 && seed.captured(1).toInt() <= 65535);
        QCOMPARE(l[1], QStringLiteral("Generating initial latents for 9 steps"));
        QCOMPARE(l.value(l.size() - 2), QStringLiteral("Interpolating images with FILM"));
        QVERIFY(!p.value("input").toObject().contains("seed")); // echo as sent, not the defaults
    }

    void intermediateOutputsOrderAndFiles()
    {
        QJsonObject input = tinyInput(QStringLiteral("one"), QStringLiteral("two|three"));
        input.insert("intermediate_output", true);
        input.insert("gif_ping_pong", true); // 2 + 1 segments
        input.insert("output_format", "mp4");
        const QJsonObject p = runToEnd(input);
        QCOMPARE(p.value("status").toString(), QStringLiteral("succeeded"));
        const QJsonArray output = p.value("output").toArray();
        QCOMPARE(basenames(output), (QStringList{"output-0.png", "output-1.png", "output-2.png", "output-1.png",
                                                 "output-2.png", "output-1.png", "output-2.png", "output.mp4"}));
        QSet<QString> unique;
        for (const QJsonValue &v : output)
            unique.insert(v.toString());
        QCOMPARE(unique.size(), output.size()); // repeated names, distinct URLs
        QVERIFY(lines(p).contains("Generating frame 2 of keyframe 2"));
        QCOMPARE(lines(p).last(), QStringLiteral("Saving MP4"));

        EmulatorHttp files(m_server->port(), "localhost");
        for (int i = 0; i < output.size(); ++i) {
            const QString url = output[i].toString();
            QVERIFY(url.startsWith(QStringLiteral("http://localhost:%1/pbxt/").arg(m_server->port())));
            const HttpResult file = files.get(EmulatorHttp::pathOf(url), {}); // no token needed
            QCOMPARE(file.status, 200);
            if (i + 1 < output.size()) {
                QCOMPARE(file.header("Content-Type"), QStringLiteral("image/png"));
                QVERIFY(file.body.startsWith("\x89PNG"));
                QImage image;
                QVERIFY(image.loadFromData(file.body, "PNG"));
                QCOMPARE(image.size(), QSize(128, 128));
            } else {
                QCOMPARE(file.header("Content-Type"), QStringLiteral("video/mp4"));
                QCOMPARE(file.body.mid(4, 4), QByteArray("ftyp"));
            }
        }
        QCOMPARE(files.get(QStringLiteral("/pbxt/nothere/video.gif"), {}).status, 404);
    }

    void gifFile()
    {
        const QJsonObject p = runToEnd(tinyInput());
        const HttpResult file = EmulatorHttp(m_server->port(), "localhost")
                                    .get(EmulatorHttp::pathOf(p.value("output").toArray().last().toString()), {});
        QCOMPARE(file.status, 200);
        QCOMPARE(file.header("Content-Type"), QStringLiteral("image/gif"));
        QVERIFY(file.body.startsWith("GIF89a"));
        // The model's count (spec §9.4): N = 1 segment × 3 frames = 3 latents, FILM ×2 for n = 2: 2 · 2 + 1.
        QBuffer buffer;
        buffer.setData(file.body);
        QImageReader reader(&buffer, "gif");
        QCOMPARE(reader.imageCount(), 5);
        QCOMPARE(reader.size(), QSize(128, 128));
    }

    void nsfwFails()
    {
        // The safety checker sees only the keyframe image: prompt_start for two prompts (spec §9.4).
        const QJsonObject p = runToEnd(tinyInput(QStringLiteral("something NSFW here"), QStringLiteral("a portrait")));
        QCOMPARE(p.value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(p.value("error").toString(), QStringLiteral("NSFW content detected, please try a different prompt and/or seed"));
        QCOMPARE(lines(p).last(), QStringLiteral("Generating first and last keyframes"));
        QVERIFY(p.value("output").isNull());
        // A word containing the letters is not the word.
        QCOMPARE(runToEnd(tinyInput(QStringLiteral("unsfwx"), QStringLiteral("b"))).value("status").toString(),
                 QStringLiteral("succeeded"));
        // Never checked: the end prompt of two, and the start and last of three (the middle one is the keyframe).
        QCOMPARE(runToEnd(tinyInput(QStringLiteral("a portrait"), QStringLiteral("nsfw"))).value("status").toString(),
                 QStringLiteral("succeeded"));
        QCOMPARE(runToEnd(tinyInput(QStringLiteral("nsfw"), QStringLiteral("a portrait | nsfw"))).value("status").toString(),
                 QStringLiteral("succeeded"));
        QCOMPARE(runToEnd(tinyInput(QStringLiteral("a"), QStringLiteral("nsfw b | c"))).value("status").toString(),
                 QStringLiteral("failed"));
    }

    void preferWait()
    {
        const HttpResult r = m_http->post(QStringLiteral("/v1/predictions"), createBody(tinyInput()),
                                          {{"Authorization", "Bearer t"}, {"Prefer", "wait=30"}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.header("Preference-Applied"), QStringLiteral("wait=30"));
        const QJsonObject p = r.json();
        QCOMPARE(p.value("output").toArray().size(), 1); // returns once the files are complete
        QVERIFY(p.value("status").toString() == "succeeded" || p.value("status").toString() == "processing");

        const HttpResult bare = m_http->post(QStringLiteral("/v1/predictions"), createBody(tinyInput()),
                                             {{"Authorization", "Bearer t"}, {"Prefer", "wait"}});
        QCOMPARE(bare.header("Preference-Applied"), QStringLiteral("wait"));

        // Outside the OAS pattern ^wait(=([1-9]|[1-9][0-9]|60))?$: ignored like any unknown preference.
        for (const char *prefer : {"wait=0", "wait=100", "wait=abc", "respond-async"}) {
            const HttpResult ignored = m_http->post(QStringLiteral("/v1/predictions"), createBody(tinyInput()),
                                                    {{"Authorization", "Bearer t"}, {"Prefer", prefer}});
            QCOMPARE(ignored.status, 201);
            QVERIFY(!ignored.hasHeader("Preference-Applied"));
            QCOMPARE(ignored.json().value("status").toString(), QStringLiteral("starting"));
        }
    }

    void cancelTransitions()
    {
        // Before it starts (held in starting by the fault): canceled, logs null, started ≈ completed.
        QCOMPARE(m_http->post(QStringLiteral("/_emulator/faults"), QJsonObject{{"stuck_starting", 1}}, {}).status, 200);
        const QString id = m_http->post(QStringLiteral("/v1/predictions"), createBody(tinyInput())).json().value("id").toString();
        // One created after it has run to the end: the emulator's clock is past the boot of both.
        QCOMPARE(runToEnd(tinyInput()).value("status").toString(), QStringLiteral("succeeded"));
        QCOMPARE(m_http->get("/v1/predictions/" + id).json().value("status").toString(), QStringLiteral("starting"));
        const HttpResult canceled = m_http->post("/v1/predictions/" + id + "/cancel", QByteArray());
        QCOMPARE(canceled.status, 200);
        const QJsonObject c = canceled.json();
        QCOMPARE(c.value("status").toString(), QStringLiteral("canceled"));
        QVERIFY(c.value("logs").isNull());
        QVERIFY(c.value("output").isNull());
        QCOMPARE(c.value("started_at").toString(), c.value("completed_at").toString());
        QCOMPARE(c.value("metrics").toObject().value("predict_time").toDouble(), 0.0);

        // While processing: canceled with the logs so far, and it stays frozen.
        QJsonObject slow = tinyInput();
        slow.insert("width", 512);
        slow.insert("height", 512);
        slow.insert("num_animation_frames", 20);
        const QString running = m_http->post(QStringLiteral("/v1/predictions"), createBody(slow)).json().value("id").toString();
        // Its twin, created just after it, shows how far `running` would have got without the cancel.
        const QString twin = m_http->post(QStringLiteral("/v1/predictions"), createBody(slow)).json().value("id").toString();
        m_http->pollUntil("/v1/predictions/" + running,
                          [](const QJsonObject &p) { return p.value("logs").toString().contains("Generating frame 1 "); });
        const QJsonObject mid = m_http->post("/v1/predictions/" + running + "/cancel", QByteArray()).json();
        QCOMPARE(mid.value("status").toString(), QStringLiteral("canceled"));
        QVERIFY(mid.value("logs").toString().startsWith("Using seed: "));
        QVERIFY(!mid.value("logs").toString().contains("Saving GIF"));
        const QJsonObject twinLater = m_http->pollUntil("/v1/predictions/" + twin, [&mid](const QJsonObject &p) {
            return EmulatorHttp::isTerminal(p) || lines(p).size() > lines(mid).size();
        });
        QVERIFY(lines(twinLater).size() > lines(mid).size());
        m_http->post("/v1/predictions/" + twin + "/cancel", QByteArray());
        const QJsonObject later = m_http->get("/v1/predictions/" + running).json();
        QCOMPARE(later.value("logs").toString(), mid.value("logs").toString());
        QCOMPARE(later.value("completed_at").toString(), mid.value("completed_at").toString());

        // A terminal prediction is left as it is.
        const QJsonObject done = runToEnd(tinyInput());
        const HttpResult again = m_http->post("/v1/predictions/" + done.value("id").toString() + "/cancel", QByteArray());
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value("status").toString(), QStringLiteral("succeeded"));

        QCOMPARE(m_http->post(QStringLiteral("/v1/predictions/doesnotexist0000000000000/cancel"), QByteArray()).status, 404);
    }

    void cancelAfter()
    {
        QCOMPARE(m_http->post(QStringLiteral("/_emulator/faults"), QJsonObject{{"stuck_starting", 1}}, {}).status, 200);
        const HttpResult r = m_http->post(QStringLiteral("/v1/predictions"), createBody(tinyInput()),
                                          {{"Authorization", "Bearer t"}, {"Cancel-After", "1m"}});
        QCOMPARE(r.status, 201);
        QVERIFY(r.json().value("deadline").isString());
        // 60 s × 0.01 = 0.6 s, still queued → aborted, never started.
        const QJsonObject p = m_http->pollUntil("/v1/predictions/" + r.json().value("id").toString(), EmulatorHttp::isTerminal);
        QCOMPARE(p.value("status").toString(), QStringLiteral("aborted"));
        QVERIFY(!p.contains("started_at"));
        QVERIFY(p.value("completed_at").isString());

        QJsonObject slow = tinyInput();
        slow.insert("width", 512);
        slow.insert("height", 512);
        slow.insert("num_animation_frames", 20);
        // "3" is below the 5 s minimum: raised to 5 s (0.05 s scaled) — the run is processing by then.
        const HttpResult running = m_http->post(QStringLiteral("/v1/predictions"), createBody(slow),
                                                {{"Authorization", "Bearer t"}, {"Cancel-After", "3"}});
        const QJsonObject c = m_http->pollUntil("/v1/predictions/" + running.json().value("id").toString(), EmulatorHttp::isTerminal);
        QCOMPARE(c.value("status").toString(), QStringLiteral("canceled"));
        QVERIFY(c.value("started_at").isString());

        const HttpResult bad = m_http->post(QStringLiteral("/v1/predictions"), createBody(tinyInput()),
                                            {{"Authorization", "Bearer t"}, {"Cancel-After", "soon"}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(m_http->post(QStringLiteral("/v1/predictions"), createBody(tinyInput()),
                              {{"Authorization", "Bearer t"}, {"Cancel-After", "1h30m45s"}}).status, 201);
    }

    void notFoundBodies()
    {
        const HttpResult r = m_http->get(QStringLiteral("/v1/predictions/zzzzzzzzzzzzzzzzzzzzzzzzzz"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json(), (QJsonObject{{"detail", "The requested resource could not be found."}, {"status", 404}}));
        QCOMPARE(m_http->get(QStringLiteral("/v1/unknown/thing")).status, 404);
    }

    void modelsVersionsAccount()
    {
        const HttpResult model = m_http->get(QStringLiteral("/v1/models/andreasjansson/stable-diffusion-animation"));
        QCOMPARE(model.status, 200);
        const QJsonObject m = model.json();
        QCOMPARE(m.value("owner").toString(), QStringLiteral("andreasjansson"));
        QCOMPARE(m.value("name").toString(), QStringLiteral("stable-diffusion-animation"));
        QCOMPARE(m.value("is_official").toBool(true), false);
        QVERIFY(m.contains("paper_url") && m.value("paper_url").isNull());
        const QJsonObject latest = m.value("latest_version").toObject();
        QCOMPARE(latest.value("id").toString(), kVersion);
        QCOMPARE(latest.value("cog_version").toString(), QStringLiteral("0.4.4"));
        QCOMPARE(latest.value("created_at").toString(), QStringLiteral("2022-11-01T23:12:35.575633Z"));
        QVERIFY(latest.value("openapi_schema").toObject().value("components").toObject().value("schemas").toObject().contains("Input"));

        const HttpResult version = m_http->get("/v1/models/andreasjansson/stable-diffusion-animation/versions/" + kVersion);
        QCOMPARE(version.status, 200);
        QCOMPARE(version.json(), latest);
        QCOMPARE(m_http->get(QStringLiteral("/v1/models/andreasjansson/stable-diffusion-animation/versions/abc")).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/v1/models/andreasjansson/stable-diffusion-animation/versions")).json()
                     .value("results").toArray().first().toObject().value("id").toString(), kVersion);
        QCOMPARE(m_http->get(QStringLiteral("/v1/models/someone/else")).status, 404);

        // Not an official model: the versionless endpoint answers 404 like Replicate.
        const HttpResult official = m_http->post(QStringLiteral("/v1/models/andreasjansson/stable-diffusion-animation/predictions"),
                                                 QJsonObject{{"input", tinyInput()}});
        QCOMPARE(official.status, 404);
        QCOMPARE(official.json().value("detail").toString(), QStringLiteral("The requested resource could not be found."));

        const QJsonObject account = m_http->get(QStringLiteral("/v1/account")).json();
        QCOMPARE(account.value("type").toString(), QStringLiteral("user"));
        QVERIFY(!account.value("username").toString().isEmpty());
    }

    void listPagination()
    {
        EmulatorOptions o = fastEmulatorOptions();
        o.faults.stuckStarting = 205; // cheap predictions: nothing to render
        auto server = startEmulator(o);
        QVERIFY(server);
        EmulatorHttp http(server->port());
        QStringList ids;
        for (int i = 0; i < 205; ++i)
            ids.prepend(http.post(QStringLiteral("/v1/predictions"), createBody(tinyInput())).json().value("id").toString());

        auto idsOf = [](const QJsonObject &page) {
            QStringList list;
            for (const QJsonValue &v : page.value("results").toArray())
                list << v.toObject().value("id").toString();
            return list;
        };
        const QJsonObject first = http.get(QStringLiteral("/v1/predictions")).json();
        QCOMPARE(idsOf(first), ids.mid(0, 100)); // newest first
        QVERIFY(first.value("previous").isNull());
        const QString next = first.value("next").toString();
        QVERIFY(next.startsWith(server->apiBaseUrl().toString() + "/predictions?cursor="));
        const QJsonObject second = http.get(EmulatorHttp::pathOf(next)).json();
        QCOMPARE(idsOf(second), ids.mid(100, 100));
        const QJsonObject third = http.get(EmulatorHttp::pathOf(second.value("next").toString())).json();
        QCOMPARE(idsOf(third), ids.mid(200));
        QVERIFY(third.value("next").isNull());
        const QJsonObject back = http.get(EmulatorHttp::pathOf(third.value("previous").toString())).json();
        QCOMPARE(idsOf(back), ids.mid(100, 100));
        const QJsonObject backToFirst = http.get(EmulatorHttp::pathOf(back.value("previous").toString())).json();
        QCOMPARE(idsOf(backToFirst), ids.mid(0, 100));
        QVERIFY(backToFirst.value("previous").isNull());
        QCOMPARE(http.get(QStringLiteral("/v1/predictions?cursor=!!!")).status, 400);

        const QString future = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
        QCOMPARE(http.get("/v1/predictions?created_after=" + future).json().value("results").toArray().size(), 0);
    }

    void dataRetention()
    {
        EmulatorOptions o = fastEmulatorOptions();
        o.retentionSeconds = 60; // 0.6 s at this time scale
        auto server = startEmulator(o);
        QVERIFY(server);
        EmulatorHttp http(server->port());
        EmulatorHttp files(server->port(), "localhost");
        const QString id = http.post(QStringLiteral("/v1/predictions"), createBody(tinyInput())).json().value("id").toString();
        const QJsonObject done = http.pollUntil("/v1/predictions/" + id, EmulatorHttp::isTerminal);
        QCOMPARE(done.value("status").toString(), QStringLiteral("succeeded"));
        const QString file = EmulatorHttp::pathOf(done.value("output").toArray().first().toString());
        QCOMPARE(files.get(file, {}).status, 200);
        const QJsonObject removed = http.pollUntil("/v1/predictions/" + id,
                                                   [](const QJsonObject &p) { return p.value("data_removed").toBool(); }, 5000);
        QCOMPARE(removed.value("data_removed").toBool(), true);
        QVERIFY(removed.contains("output") && removed.value("output").isNull());
        QVERIFY(removed.value("input").isNull());
        QVERIFY(removed.value("logs").isNull());
        QCOMPARE(removed.value("status").toString(), QStringLiteral("succeeded"));
        QCOMPARE(files.get(file, {}).status, 404);

        // Forced removal through the control endpoint on the long-retention server.
        const QJsonObject p = runToEnd(tinyInput());
        const QString path = EmulatorHttp::pathOf(p.value("output").toArray().first().toString());
        QCOMPARE(EmulatorHttp(m_server->port(), "localhost").get(path, {}).status, 200);
        const HttpResult expire = m_http->post(QStringLiteral("/_emulator/expire"), QByteArray(), {});
        QCOMPARE(expire.status, 200);
        QVERIFY(expire.json().value("expired").toInt() >= 1);
        QCOMPARE(m_http->get("/v1/predictions/" + p.value("id").toString()).json().value("data_removed").toBool(), true);
        QCOMPARE(EmulatorHttp(m_server->port(), "localhost").get(path, {}).status, 404);
    }

    // Memory is bounded by the retention: one more retention period after its data was removed, a
    // prediction is forgotten (GET 404, no longer listed), so a long-running emulator does not grow.
    void forgetsPredictionsOneRetentionAfterRemoval()
    {
        EmulatorOptions o = fastEmulatorOptions();
        o.retentionSeconds = 30;
        auto server = startEmulator(o);
        QVERIFY(server);
        EmulatorHttp http(server->port());
        const QString id = http.post(QStringLiteral("/v1/predictions"), createBody(tinyInput())).json().value("id").toString();
        QCOMPARE(http.pollUntil("/v1/predictions/" + id, EmulatorHttp::isTerminal).value("status").toString(),
                 QStringLiteral("succeeded"));
        const QJsonObject removed = http.pollUntil("/v1/predictions/" + id,
                                                   [](const QJsonObject &p) { return p.value("data_removed").toBool(); }, 10000);
        QCOMPARE(removed.value("data_removed").toBool(), true);
        QCOMPARE(http.get(QStringLiteral("/_emulator/predictions"), {}).json().value("held").toInt(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(http.get("/v1/predictions/" + id).status, 404, 10000);
        QCOMPARE(http.get(QStringLiteral("/_emulator/predictions"), {}).json().value("held").toInt(), 0);
        QCOMPARE(http.get(QStringLiteral("/v1/predictions")).json().value("results").toArray().size(), 0);
    }

    void rateLimits()
    {
        EmulatorOptions o = fastEmulatorOptions();
        o.createRateLimit = 3;
        o.faults.stuckStarting = 10;
        auto server = startEmulator(o);
        QVERIFY(server);
        EmulatorHttp http(server->port());
        QStringList remaining;
        for (int i = 0; i < 3; ++i) {
            const HttpResult r = http.post(QStringLiteral("/v1/predictions"), createBody(tinyInput()));
            QCOMPARE(r.status, 201);
            remaining << r.header("ratelimit-remaining");
        }
        QCOMPARE(remaining, (QStringList{"2", "1", "0"}));
        const HttpResult limited = http.post(QStringLiteral("/v1/predictions"), createBody(tinyInput()));
        QCOMPARE(limited.status, 429);
        const int retry = limited.header("Retry-After").toInt();
        QVERIFY(retry >= 1 && retry <= 60);
        QCOMPARE(limited.json().value("retry_after").toInt(), retry);
        QCOMPARE(limited.json().value("detail").toString(),
                 QStringLiteral("Request was throttled. Your rate limit resets in ~%1s.").arg(retry));
        QCOMPARE(limited.header("ratelimit-remaining"), QStringLiteral("0"));
        // The other bucket is separate: 3000/min.
        const HttpResult get = http.get(QStringLiteral("/v1/account"));
        QCOMPARE(get.status, 200);
        QCOMPARE(get.header("ratelimit-remaining"), QStringLiteral("2999"));
        QCOMPARE(http.get(QStringLiteral("/v1/account")).header("ratelimit-remaining"), QStringLiteral("2998"));
        // Not even a 401 escapes the headers.
        QVERIFY(http.get(QStringLiteral("/v1/account"), {}).hasHeader("ratelimit-remaining"));
    }

    // The app talks to the emulator through QNetworkAccessManager: keep-alive reuse across the
    // emulator's short idle timeout, gzip negotiation and streamed SSE must all work with it.
    void qtNetworkClient()
    {
        QNetworkAccessManager nam;
        auto send = [&](const QString &method, const QUrl &url, const QByteArray &body = {}) {
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer r8_qt");
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            QNetworkReply *reply = nam.sendCustomRequest(request, method.toLatin1(), body);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            [&] { QVERIFY(finished.wait(20000)); }();
            reply->deleteLater();
            return reply;
        };
        const QString base = m_server->apiBaseUrl().toString();
        QNetworkReply *created = send("POST", QUrl(base + "/predictions"),
                                      QJsonDocument(createBody(tinyInput())).toJson(QJsonDocument::Compact));
        QCOMPARE(created->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        const QJsonObject p = QJsonDocument::fromJson(created->readAll()).object();
        // Once the server has closed the idle keep-alive connection, the next request needs a new one.
        QTRY_COMPARE_WITH_TIMEOUT(establishedClientConnections(m_server->port()), 0, 20000);
        QJsonObject done;
        for (int i = 0; i < 200 && !EmulatorHttp::isTerminal(done); ++i) {
            QNetworkReply *get = send("GET", QUrl(p.value("urls").toObject().value("get").toString()));
            QCOMPARE(get->error(), QNetworkReply::NoError);
            done = QJsonDocument::fromJson(get->readAll()).object();
            QTest::qWait(20);
        }
        QCOMPARE(done.value("status").toString(), QStringLiteral("succeeded"));
        QNetworkReply *file = send("GET", QUrl(done.value("output").toArray().last().toString()));
        QCOMPARE(file->error(), QNetworkReply::NoError);
        QVERIFY(file->readAll().startsWith("GIF89a"));

        QNetworkRequest streamRequest(QUrl(p.value("urls").toObject().value("stream").toString()));
        streamRequest.setRawHeader("Accept", "text/event-stream");
        QNetworkReply *stream = nam.get(streamRequest);
        QByteArray events;
        connect(stream, &QNetworkReply::readyRead, this, [&] { events += stream->readAll(); });
        QSignalSpy streamDone(stream, &QNetworkReply::finished);
        QVERIFY(streamDone.wait(20000));
        events += stream->readAll();
        QCOMPARE(stream->header(QNetworkRequest::ContentTypeHeader).toString(), QStringLiteral("text/event-stream"));
        QVERIFY(events.startsWith("event: logs\nid: "));
        QVERIFY(events.endsWith("event: done\nid: " + events.mid(events.lastIndexOf("id: ") + 4).split('\n').first()
                                + "\ndata: {}\n\n"));
        stream->deleteLater();
    }

    void signedWebhooks()
    {
        struct Hook
        {
            QByteArray body, id, timestamp, signature;
        };
        QList<Hook> hooks;
        QMutex mutex;
        httplib::Server sink;
        sink.Post("/hook", [&](const httplib::Request &req, httplib::Response &res) {
            QMutexLocker lock(&mutex);
            hooks << Hook{QByteArray::fromStdString(req.body), QByteArray::fromStdString(req.get_header_value("webhook-id")),
                          QByteArray::fromStdString(req.get_header_value("webhook-timestamp")),
                          QByteArray::fromStdString(req.get_header_value("webhook-signature"))};
            res.status = 204;
        });
        const int port = sink.bind_to_any_port("127.0.0.1");
        std::thread thread([&] { sink.listen_after_bind(); });
        auto received = [&] {
            QMutexLocker lock(&mutex);
            return hooks;
        };

        // A slower clock than the other tests: at 0.01 the whole processing phase of a tiny run is
        // shorter than one webhook POST under ASan on a loaded machine, so the logs webhook that
        // must go out while it runs could be overtaken by the completion (as on Replicate, where a
        // throttled logs event that is still pending at the end is not sent).
        const auto server = startEmulator(fastEmulatorOptions(0.25));
        QVERIFY(server);
        EmulatorHttp http(server->port());
        QJsonObject body = createBody(tinyInput());
        body.insert("webhook", QStringLiteral("http://127.0.0.1:%1/hook").arg(port));
        const QString id = http.post(QStringLiteral("/v1/predictions"), body).json().value("id").toString();
        QJsonObject filtered = body;
        filtered.insert("webhook_events_filter", QJsonArray{"completed"});
        const QString onlyCompleted = http.post(QStringLiteral("/v1/predictions"), filtered).json().value("id").toString();
        auto succeededHooks = [&] {
            const QList<Hook> list = received();
            return std::count_if(list.cbegin(), list.cend(), [](const Hook &h) {
                return QJsonDocument::fromJson(h.body).object().value("status") == "succeeded";
            });
        };
        QTRY_COMPARE_WITH_TIMEOUT(succeededHooks(), 2, 120000);
        sink.stop();
        thread.join();

        const QString secret = http.get(QStringLiteral("/v1/webhooks/default/secret")).json().value("key").toString();
        QVERIFY(secret.startsWith("whsec_"));
        const QByteArray key = QByteArray::fromBase64(secret.mid(6).toLatin1());
        QStringList statuses;
        int forFiltered = 0;
        for (const Hook &h : received()) {
            const QByteArray expected = "v1," + QMessageAuthenticationCode::hash(h.id + '.' + h.timestamp + '.' + h.body, key,
                                                                                  QCryptographicHash::Sha256).toBase64();
            QCOMPARE(h.signature, expected);
            QVERIFY(h.id.startsWith("msg_"));
            QVERIFY(qAbs(h.timestamp.toLongLong() - QDateTime::currentSecsSinceEpoch()) < 60);
            const QJsonObject p = QJsonDocument::fromJson(h.body).object();
            if (p.value("id").toString() == onlyCompleted)
                ++forFiltered;
            else if (p.value("id").toString() == id)
                statuses << p.value("status").toString();
        }
        QCOMPARE(forFiltered, 1);
        QCOMPARE(statuses.first(), QStringLiteral("starting"));
        QCOMPARE(statuses.last(), QStringLiteral("succeeded"));
        QVERIFY(statuses.contains("processing")); // logs webhooks while it ran
    }

    void webPage()
    {
        const QJsonObject p = runToEnd(tinyInput());
        const HttpResult page = EmulatorHttp(m_server->port(), "localhost")
                                    .get(EmulatorHttp::pathOf(p.value("urls").toObject().value("web").toString()), {});
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("succeeded"));
        QVERIFY(page.body.contains("video.gif"));
    }
};

QTEST_MAIN(TestEmulatorApi)
#include "tst_emulator_api.moc"
