// End to end through the emulator's HTTP API: a prediction's final GIF/MP4, fetched from its
// delivery URL like a client would, decodes with ffprobe to the model's frame count (spec §9.4,
// worked out by hand below, never recomputed by AnimationPlan), size and rate; the log lines and
// intermediate files are the model's (§9.2, §9.3); a cold boot prints the setup lines while starting.
#include "emulator/render/AnimationRenderer.h"
#include "model/AnimationPlan.h"
#include "schema/ModelSchema.h"
#include "support/EmulatorHttp.h"

#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace sdanim;
using sdanim::testing::EmulatorHttp;

namespace {

struct Probe
{
    int width = 0;
    int height = 0;
    QString frameRate;
    int frames = 0;
    QList<int> packetDurations; // 1/100 s for GIF
};

Probe ffprobe(const QString &path)
{
    QProcess probe;
    probe.start(QStringLiteral("ffprobe"), {"-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries",
                                            "stream=width,height,r_frame_rate,nb_read_frames:packet=duration",
                                            "-of", "json", path});
    if (!probe.waitForFinished(60000) || probe.exitCode() != 0) {
        qWarning() << "ffprobe failed:" << probe.readAllStandardError();
        return {};
    }
    const QJsonObject doc = QJsonDocument::fromJson(probe.readAllStandardOutput()).object();
    const QJsonObject stream = doc.value("streams").toArray().first().toObject();
    Probe p;
    p.width = stream.value("width").toInt();
    p.height = stream.value("height").toInt();
    p.frameRate = stream.value("r_frame_rate").toString();
    p.frames = stream.value("nb_read_frames").toString().toInt();
    for (const QJsonValue &packet : doc.value("packets").toArray())
        p.packetDurations << packet.toObject().value("duration").toInt();
    return p;
}

QJsonObject with(QJsonObject input, const QJsonObject &more)
{
    for (auto it = more.begin(); it != more.end(); ++it)
        input.insert(it.key(), it.value());
    return input;
}

QStringList frameLines(int segments, int frames)
{
    QStringList out;
    for (int s = 0; s < segments; ++s)
        for (int i = 0; i < frames; ++i)
            out << QStringLiteral("Generating frame %1 of keyframe %2").arg(i).arg(s);
    return out;
}

} // namespace

class TestEmulatorOutputs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_server = testing::startEmulator(testing::fastEmulatorOptions(0.005));
        QVERIFY(m_server);
        QVERIFY(m_dir.isValid());
    }

    void finalVideoDecodes_data()
    {
        QTest::addColumn<QJsonObject>("input");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("fps");       // MP4: r_frame_rate fps/1
        QTest::addColumn<int>("gifDelay");  // GIF: centiseconds per frame, int(int(1000 / fps) / 10)
        QTest::addColumn<int>("frames");
        const QJsonObject small{{"prompt_start", "a lighthouse at dawn"}, {"prompt_end", "a lighthouse at night"},
                                {"width", 128}, {"height", 128}, {"seed", 21}};
        const QJsonObject f4 = with(small, {{"num_animation_frames", 4}});
        struct Row
        {
            const char *tag;
            QJsonObject input;
            int width, height, fps, gifDelay, frames;
        };
        const Row rows[] = {
            // K = 2, F = 10, n = 5 (FILM ×8): N = 10 → 9 × 8 + 1.
            {"defaults", with(small, {{"width", 256}, {"height", 256}}), 256, 256, 20, 5, 73},
            // K = 2, F = 4: N = 4; n = 3 and n = 4 both double twice → 3 × 4 + 1.
            {"n=3", with(f4, {{"num_interpolation_steps", 3}}), 128, 128, 20, 5, 13},
            {"n=4", with(f4, {{"num_interpolation_steps", 4}}), 128, 128, 20, 5, 13},
            // n = 1 and n = 2: r = max(ceil(log2 n), 1) = 1, ×2 → 3 × 2 + 1.
            {"n=1", with(f4, {{"num_interpolation_steps", 1}}), 128, 128, 20, 5, 7},
            {"n=2", with(f4, {{"num_interpolation_steps", 2}}), 128, 128, 20, 5, 7},
            // n = 9: ×16 → 3 × 16 + 1; 15 fps → 66 ms → 6 cs.
            {"n=9 15fps", with(f4, {{"num_interpolation_steps", 9}, {"gif_frames_per_second", 15}}),
             128, 128, 15, 6, 49},
            // K = 3, F = 4, n = 2, FILM, ping-pong: S = 3, N = 13 → 12 × 2 + 1; 256×128.
            {"K=3 ping-pong", with(f4, {{"prompt_end", "a blue sphere | a green cone"}, {"gif_ping_pong", true},
                                        {"num_interpolation_steps", 2}, {"width", 256}}),
             256, 128, 20, 5, 25},
            // K = 2, F = 4, n = 5, FILM off: N = 4 → 3 × 5, the last latent never decoded; 12 fps → 8 cs.
            {"latent mode 12fps", with(f4, {{"film_interpolation", false}, {"gif_frames_per_second", 12}}),
             128, 128, 12, 8, 15},
            // K = 4 with an empty piece (`a | | b`), F = 3, n = 2: S = 3, N = 9 → 8 × 2 + 1.
            {"empty piece", with(small, {{"prompt_end", "a | | b"}, {"num_animation_frames", 3},
                                         {"num_interpolation_steps", 2}}),
             128, 128, 20, 5, 17},
            // Ping-pong latent mode: K = 2, F = 3, n = 3: S = 2, N = 7 → 6 × 3; 10 fps → 10 cs.
            {"ping-pong latent mode", with(small, {{"gif_ping_pong", true}, {"film_interpolation", false},
                                                   {"num_animation_frames", 3}, {"num_interpolation_steps", 3},
                                                   {"gif_frames_per_second", 10}}),
             128, 128, 10, 10, 18},
        };
        for (const Row &row : rows) {
            for (const char *format : {"gif", "mp4"}) {
                QTest::addRow("%s %s", row.tag, format)
                    << with(row.input, {{"output_format", format}}) << row.width << row.height << row.fps
                    << row.gifDelay << row.frames;
            }
        }
    }

    void finalVideoDecodes()
    {
        QFETCH(QJsonObject, input);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, fps);
        QFETCH(int, gifDelay);
        QFETCH(int, frames);

        const QJsonObject done = runToEnd(input);
        QCOMPARE(done.value("status").toString(), QStringLiteral("succeeded"));
        const QJsonArray output = done.value("output").toArray();
        QCOMPARE(output.size(), 1); // no intermediate_output: the video alone
        const QString format = input.value("output_format").toString();
        const QUrl url(output.last().toString());
        QCOMPARE(url.fileName(), format == QLatin1String("gif") ? QStringLiteral("video.gif") : QStringLiteral("output.mp4"));

        const QByteArray body = fetch(url, format == QLatin1String("gif") ? "image/gif" : "video/mp4");
        const QString path = save(body, format);
        const Probe probe = ffprobe(path);
        QCOMPARE(probe.width, width);
        QCOMPARE(probe.height, height);
        QCOMPARE(probe.frames, frames);
        if (format == QLatin1String("gif"))
            QCOMPARE(probe.packetDurations, QList<int>(frames, gifDelay));
        else
            QCOMPARE(probe.frameRate, QStringLiteral("%1/1").arg(fps));
    }

    void sameMultiplierSameVideo()
    {
        // n = 3 and n = 4 (FILM ×4) with the same seed are the same video; n = 1 and n = 2 (×2) too;
        // across multipliers they differ.
        for (const char *format : {"gif", "mp4"}) {
            QHash<int, QByteArray> video;
            for (int n : {1, 2, 3, 4}) {
                const QJsonObject done = runToEnd(QJsonObject{
                    {"prompt_start", "a lighthouse at dawn"}, {"prompt_end", "a lighthouse at night"},
                    {"width", 128}, {"height", 128}, {"seed", 77}, {"num_animation_frames", 4},
                    {"num_interpolation_steps", n}, {"output_format", format}});
                QCOMPARE(done.value("status").toString(), QStringLiteral("succeeded"));
                video[n] = fetch(QUrl(done.value("output").toArray().last().toString()),
                                 QLatin1String(format) == QLatin1String("gif") ? "image/gif" : "video/mp4");
                QVERIFY(video[n].size() > 1000);
            }
            QCOMPARE(video[4], video[3]);
            QCOMPARE(video[2], video[1]);
            QVERIFY(video[1] != video[3]);
        }
    }

    void logLinesAndIntermediates()
    {
        // K = 3, F = 3, ping-pong, intermediate output: S = 3 segments, 1 + 3 × 2 = 7 PNGs, then the video.
        const QJsonObject input{{"prompt_start", "a red cube"}, {"prompt_end", "a blue sphere | a green cone"},
                                {"width", 128}, {"height", 128}, {"num_animation_frames", 3},
                                {"num_interpolation_steps", 2}, {"gif_ping_pong", true},
                                {"intermediate_output", true}, {"seed", 4242}};
        const QJsonObject done = runToEnd(input);
        QCOMPARE(done.value("status").toString(), QStringLiteral("succeeded"));
        const QStringList expectedLines = QStringList{"Using seed: 4242", "Generating initial latents for 9 steps",
                                                      "Generating first and last keyframes"}
                                          + frameLines(3, 3)
                                          + QStringList{"Interpolating images with FILM", "Saving GIF"};
        QCOMPARE(done.value("logs").toString().split('\n', Qt::SkipEmptyParts), expectedLines);

        const QJsonArray output = done.value("output").toArray();
        QStringList names;
        for (const QJsonValue &v : output)
            names << QUrl(v.toString()).fileName();
        QCOMPARE(names, (QStringList{"output-0.png", "output-1.png", "output-2.png", "output-1.png", "output-2.png",
                                     "output-1.png", "output-2.png", "video.gif"}));

        // output-0.png is the keyframe image, which shows the MIDDLE prompt for K = 3 (spec §9.4).
        const QImage keyframe = QImage::fromData(fetch(QUrl(output[0].toString()), "image/png"), "PNG");
        QVERIFY(!keyframe.isNull());
        QCOMPARE(keyframe.convertToFormat(QImage::Format_RGB32),
                 emulator::AnimationRenderer::keyframe(QStringLiteral("a blue sphere"), 4242, 128, 128));
        QVERIFY(keyframe.convertToFormat(QImage::Format_RGB32)
                != emulator::AnimationRenderer::keyframe(QStringLiteral("a red cube"), 4242, 128, 128));
        // output-1.png of segment 1 (the fourth file) is latent 1 · 3 + 1 = 4: a third of the way from
        // the blue sphere to the green cone.
        const model::AnimationPlan plan = model::AnimationPlan::fromInput(input);
        const QImage segment1 = QImage::fromData(fetch(QUrl(output[3].toString()), "image/png"), "PNG");
        QCOMPARE(segment1.convertToFormat(QImage::Format_RGB32), emulator::AnimationRenderer::latent(plan, 4));
        QVERIFY(segment1.convertToFormat(QImage::Format_RGB32) != emulator::AnimationRenderer::latent(plan, 1));

        // The video: N = 3 · 3 + 1 = 10 latents, FILM ×2 → 9 × 2 + 1 = 19 frames.
        const Probe probe = ffprobe(save(fetch(QUrl(output.last().toString()), "image/gif"), QStringLiteral("gif")));
        QCOMPARE(probe.frames, 19);
    }

    void omittedSeedIsTwoBytes()
    {
        const QJsonObject done = runToEnd(QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b"}, {"width", 128},
                                                      {"height", 128}, {"num_animation_frames", 2},
                                                      {"num_interpolation_steps", 1}});
        const QString first = done.value("logs").toString().section('\n', 0, 0);
        QVERIFY2(first.startsWith(QLatin1String("Using seed: ")), qPrintable(first));
        bool ok = false;
        const int seed = first.mid(12).toInt(&ok);
        QVERIFY(ok);
        QVERIFY2(seed >= 0 && seed <= 65535, qPrintable(first));
    }

    void coldBootPrintsSetupLinesWhileStarting()
    {
        // 40 simulated seconds of boot at 1/100: "Loading interpolator..." after 0.3 s, predict() after 0.4 s.
        emulator::EmulatorOptions options = testing::fastEmulatorOptions(0.01);
        options.coldBootSeconds = 40;
        const auto server = testing::startEmulator(options);
        QVERIFY(server);
        EmulatorHttp api(server->port());
        const auto created = api.post(QStringLiteral("/v1/predictions"),
                                      QJsonObject{{"version", schema::ModelSchema::pinnedVersionId()},
                                                  {"input", QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b"},
                                                                        {"width", 128}, {"height", 128},
                                                                        {"num_animation_frames", 2},
                                                                        {"num_interpolation_steps", 1}, {"seed", 8}}}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value("status").toString(), QStringLiteral("starting"));
        const QString getPath = EmulatorHttp::pathOf(created.json().value("urls").toObject().value("get").toString());

        // While starting the logs only ever hold the setup lines, in order.
        const QStringList setup{"Loading pipeline...", "Loading interpolator..."};
        QStringList seenWhileStarting;
        const QJsonObject started = api.pollUntil(getPath, [&](const QJsonObject &p) {
            if (p.value("status").toString() != QLatin1String("starting"))
                return true;
            const QStringList lines = p.value("logs").toString().split('\n', Qt::SkipEmptyParts);
            if (lines.size() > seenWhileStarting.size())
                seenWhileStarting = lines;
            return false;
        }, 20000);
        QCOMPARE(seenWhileStarting, setup);
        QVERIFY(started.value("status").toString() != QLatin1String("starting"));
        const QJsonObject done = api.pollUntil(getPath, &EmulatorHttp::isTerminal, 20000);
        QCOMPARE(done.value("status").toString(), QStringLiteral("succeeded"));
        const QStringList lines = done.value("logs").toString().split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.mid(0, 3), (QStringList{"Loading pipeline...", "Loading interpolator...", "Using seed: 8"}));
        // The boot is the time from created_at to started_at: total_time − predict_time = 40 × 0.01 s.
        const QJsonObject metrics = done.value("metrics").toObject();
        const double boot = metrics.value("total_time").toDouble() - metrics.value("predict_time").toDouble();
        QVERIFY2(qAbs(boot - 0.4) < 0.01, qPrintable(QString::number(boot)));
    }

private:
    QJsonObject runToEnd(const QJsonObject &input)
    {
        EmulatorHttp api(m_server->port());
        const auto created = api.post(QStringLiteral("/v1/predictions"),
                                      QJsonObject{{"version", schema::ModelSchema::pinnedVersionId()}, {"input", input}});
        if (created.status != 201) {
            qWarning() << "create failed" << created.status << created.body;
            return {};
        }
        const QString getPath = EmulatorHttp::pathOf(created.json().value("urls").toObject().value("get").toString());
        return api.pollUntil(getPath, &EmulatorHttp::isTerminal, 60000);
    }

    QByteArray fetch(const QUrl &url, const QString &contentType)
    {
        EmulatorHttp delivery(quint16(url.port()), "localhost");
        const auto file = delivery.get(url.path(), {});   // delivery needs no token
        if (file.status != 200 || file.header("Content-Type") != contentType) {
            qWarning() << "fetch" << url << file.status << file.header("Content-Type");
            return {};
        }
        return file.body;
    }

    QString save(const QByteArray &body, const QString &format)
    {
        const QString path = m_dir.filePath(QStringLiteral("%1.%2").arg(++m_saved).arg(format));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(body);
        return path;
    }

    std::unique_ptr<emulator::EmulatorServer> m_server;
    QTemporaryDir m_dir;
    int m_saved = 0;
};

QTEST_MAIN(TestEmulatorOutputs)
#include "tst_emulator_outputs.moc"
