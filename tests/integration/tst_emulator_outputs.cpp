// End to end through the emulator's HTTP API: a prediction's final GIF/MP4, fetched from its
// delivery URL like a client would, decodes with ffprobe to the requested size and fps and to the
// documented frame count (segments × num_animation_frames × num_interpolation_steps).
#include "schema/ModelSchema.h"
#include "support/EmulatorHttp.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace sdanim;
using sdanim::testing::EmulatorHttp;

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
        QTest::addColumn<QString>("fps");       // as ffprobe reports r_frame_rate
        QTest::addColumn<int>("frames");
        const QJsonObject prompts{{"prompt_start", "a lighthouse at dawn"}, {"prompt_end", "a lighthouse at night"}};
        // Defaults: 512×512, 1 segment × 10 frames × 5 steps, 20 fps.
        QTest::newRow("default gif") << prompts << 512 << 512 << "20/1" << 1 * 10 * 5;
        QJsonObject mp4 = prompts;
        mp4.insert("output_format", "mp4");
        QTest::newRow("default mp4") << mp4 << 512 << 512 << "20/1" << 1 * 10 * 5;
        // Three prompts with ping-pong: (3 - 1) + 1 = 3 segments.
        QJsonObject pingPong{{"prompt_start", "a red cube"}, {"prompt_end", "a blue sphere | a green cone"},
                             {"gif_ping_pong", true}, {"width", 256}, {"height", 128},
                             {"num_animation_frames", 4}, {"num_interpolation_steps", 3},
                             {"gif_frames_per_second", 10}};
        QTest::newRow("three prompts ping-pong gif") << pingPong << 256 << 128 << "10/1" << 3 * 4 * 3;
        pingPong.insert("output_format", "mp4");
        QTest::newRow("three prompts ping-pong mp4") << pingPong << 256 << 128 << "10/1" << 3 * 4 * 3;
    }

    void finalVideoDecodes()
    {
        QFETCH(QJsonObject, input);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(QString, fps);
        QFETCH(int, frames);

        EmulatorHttp api(m_server->port());
        const auto created = api.post(QStringLiteral("/v1/predictions"),
                                      QJsonObject{{"version", schema::ModelSchema::pinnedVersionId()}, {"input", input}});
        QCOMPARE(created.status, 201);
        const QString getPath = EmulatorHttp::pathOf(created.json().value("urls").toObject().value("get").toString());
        const QJsonObject done = api.pollUntil(getPath, &EmulatorHttp::isTerminal, 60000);
        QCOMPARE(done.value("status").toString(), QStringLiteral("succeeded"));

        const QJsonArray output = done.value("output").toArray();
        QCOMPARE(output.size(), 1); // no intermediate_output: the video alone
        const QString format = input.value("output_format").toString(QStringLiteral("gif"));
        const QUrl url(output.last().toString());
        QCOMPARE(url.fileName(), format == QLatin1String("gif") ? QStringLiteral("video.gif") : QStringLiteral("output.mp4"));

        EmulatorHttp delivery(quint16(url.port()), "localhost");
        const auto file = delivery.get(url.path(), {});   // delivery needs no token
        QCOMPARE(file.status, 200);
        QCOMPARE(file.header("Content-Type"), format == QLatin1String("gif") ? QStringLiteral("image/gif") : QStringLiteral("video/mp4"));
        const QString path = m_dir.filePath(QStringLiteral("%1.%2").arg(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-'), format));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(file.body);
        f.close();

        QProcess probe;
        probe.start(QStringLiteral("ffprobe"), {"-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries",
                                                "stream=width,height,r_frame_rate,nb_read_frames", "-of", "json", path});
        QVERIFY(probe.waitForFinished(60000));
        QCOMPARE(probe.exitCode(), 0);
        const QJsonObject stream = QJsonDocument::fromJson(probe.readAllStandardOutput())
                                       .object().value("streams").toArray().first().toObject();
        QCOMPARE(stream.value("width").toInt(), width);
        QCOMPARE(stream.value("height").toInt(), height);
        QCOMPARE(stream.value("r_frame_rate").toString(), fps);
        QCOMPARE(stream.value("nb_read_frames").toString().toInt(), frames);
    }

private:
    std::unique_ptr<emulator::EmulatorServer> m_server;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestEmulatorOutputs)
#include "tst_emulator_outputs.moc"
