#include "store/HistoryStore.h"
#include "store/Sidecar.h"
#include "support/CliHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

#include <csignal>

using namespace sdanim;
using sdanim::testing::CliHarness;
using sdanim::testing::EmulatorProcess;

namespace {

const QStringList kSmallRun{"--num-animation-frames", "3", "--num-interpolation-steps", "2", "--width", "128",
                            "--height", "128"};

QJsonObject ffprobe(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("ffprobe"), {"-v", "error", "-count_frames", "-show_entries",
                                        "stream=codec_name,width,height,nb_read_frames", "-of", "json", path});
    p.waitForFinished(20000);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object()
        .value(QStringLiteral("streams")).toArray().first().toObject();
}

QByteArray postJson(const QUrl &url, const QByteArray &body)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = nam.post(request, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    const QByteArray data = reply->readAll();
    reply->deleteLater();
    return data;
}

std::optional<store::HistoryRecord> onlyRecord(const CliHarness &cli)
{
    store::HistoryStore history(cli.historyPath());
    if (!history.open()) return std::nullopt;
    store::HistoryQuery all;
    all.limit = 0;
    const auto rows = history.list(all);
    if (rows.size() != 1) return std::nullopt;
    return history.get(rows.first().key());
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void offlineRunPrintsAPlayableGif()
    {
        CliHarness cli;
        const auto r = cli.run(QStringList{"run", "--prompt-start", "a lighthouse", "--prompt-end", "a storm",
                                           "--time-scale", "0.01", "--out", cli.outDir()} + kSmallRun);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("OFFLINE PREVIEWS")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("progress 100%")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Generating frame 2 of keyframe 0")), qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        const QString gif = lines.first();
        QVERIFY2(gif.startsWith(cli.outDir()) && gif.endsWith(QLatin1String(".gif")), qPrintable(gif));
        const QJsonObject stream = ffprobe(gif);
        QCOMPARE(stream.value("codec_name").toString(), QStringLiteral("gif"));
        QCOMPARE(stream.value("width").toInt(), 128);
        QCOMPARE(stream.value("nb_read_frames").toString(), QStringLiteral("6"));   // 1 segment x 3 frames x 2 steps

        // Recorded once, with its file and a sidecar that loads the inputs back.
        const auto record = onlyRecord(cli);
        QVERIFY(record);
        QCOMPARE(record->status, QStringLiteral("succeeded"));
        QCOMPARE(record->backend, QStringLiteral("emulator"));
        QCOMPARE(record->input.value("prompt_start").toString(), QStringLiteral("a lighthouse"));
        QCOMPARE(record->input.value("num_animation_frames").toInt(), 3);
        QCOMPARE(record->outputs.size(), 1);
        QCOMPARE(record->outputs.first().path, gif);
        const auto sidecar = store::Sidecar::read(gif);
        QVERIFY(sidecar);
        QCOMPARE(sidecar->predictionId, record->id);
        QCOMPARE(sidecar->input, record->input);
        QVERIFY(sidecar->syntheticPreview);

        // --json prints the final prediction instead, and history lists both runs.
        const auto j = cli.run(QStringList{"run", "--json", "--prompt-start", "x", "--prompt_end", "y | z",
                                           "--time-scale", "0.01", "--out", cli.outDir()} + kSmallRun);
        QVERIFY2(j.exitCode == 0, qPrintable(j.err));
        const QJsonObject prediction = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QCOMPARE(prediction.value("status").toString(), QStringLiteral("succeeded"));
        QCOMPARE(prediction.value("local_files").toArray().size(), 1);
        const auto h = cli.run({"history", "--json", "--search", "lighthouse"});
        QCOMPARE(h.exitCode, 0);
        const QJsonArray listed = QJsonDocument::fromJson(h.out.toUtf8()).array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value("id").toString(), record->id);
        const auto table = cli.run({"history"});
        QCOMPARE(table.out.count(QLatin1Char('\n')), 2);
    }

    void validationErrorsExitWithUsageCode()
    {
        CliHarness cli;
        auto r = cli.run({"run", "--prompt-start", "a", "--prompt-end", "b", "--width", "500",
                          "--num-animation-frames", "many", "--guidance-scale", "25", "--time-scale", "0.01"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--num-animation-frames: expected a whole number, got \"many\"")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        r = cli.run({"run", "--prompt-start", "a", "--prompt-end", "b", "--width", "500", "--guidance-scale", "25",
                     "--time-scale", "0.01"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--width: width must be one of the following: 128, 256, 512, 768, 1024")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("--guidance-scale: Must be less than or equal to 20")), qPrintable(r.err));
        r = cli.run({"run", "--prompt-end", "b", "--time-scale", "0.01"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--prompt-start: prompt_start is required")), qPrintable(r.err));
        r = cli.run({"run", "--prompt-start", "a", "--prompt-end", "b", "--colour", "red"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("colour")), qPrintable(r.err));
        r = cli.run({"run", "--prompt-start", "a", "--prompt-end", "b", "--backend", "quantum"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--backend")), qPrintable(r.err));
        r = cli.run({"run", "--prompt-start", "a", "--prompt-end", "b", "--preset", "No such preset"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("no preset file or preset named")), qPrintable(r.err));
        // Nothing was created, so nothing was recorded.
        store::HistoryStore history(cli.historyPath());
        QVERIFY(history.open());
        QCOMPARE(history.count({}), 0);
    }

    void nsfwPromptFailsWithCode4()
    {
        CliHarness cli;
        const auto r = cli.run(QStringList{"run", "--prompt-start", "an NSFW scene", "--prompt-end", "b",
                                           "--time-scale", "0.01", "--out", cli.outDir()} + kSmallRun);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QLatin1String("NSFW content detected")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        const auto record = onlyRecord(cli);
        QVERIFY(record);
        QCOMPARE(record->status, QStringLiteral("failed"));
        QVERIFY(record->error.contains(QLatin1String("NSFW")));
    }

    void sigintCancelsThePredictionFirst()
    {
        CliHarness cli;
        QProcess process;
        cli.start(process, QStringList{"run", "--prompt-start", "slow", "--prompt-end", "run", "--time-scale", "1",
                                       "--out", cli.outDir(), "--num-animation-frames", "20"});
        QString err;
        QElapsedTimer timer;
        timer.start();
        while (!err.contains(QLatin1String("Generating frame 0")) && timer.elapsed() < 30000) {
            process.waitForReadyRead(200);
            err += QString::fromLocal8Bit(process.readAllStandardError());
        }
        QVERIFY2(err.contains(QLatin1String("Generating frame 0")), qPrintable(err));
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(30000));
        err += QString::fromLocal8Bit(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 130);
        QVERIFY2(err.contains(QLatin1String("canceling the prediction")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("was canceled")), qPrintable(err));
        const auto record = onlyRecord(cli);
        QVERIFY(record);
        QCOMPARE(record->status, QStringLiteral("canceled"));
    }

    void abortedOrCanceledElsewhereExitsWithCode5()
    {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({"--time-scale", "0.01"}));
        postJson(QUrl(emulator.control.toString() + QStringLiteral("/faults")), "{\"abort\":1}");
        CliHarness cli;
        const auto r = cli.run(QStringList{"run", "--prompt-start", "a", "--prompt-end", "b", "--base-url",
                                           emulator.apiBase.toString(), "--out", cli.outDir()} + kSmallRun,
                               "any-token");
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(QLatin1String("was aborted")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("OFFLINE")), qPrintable(r.err));
        const auto record = onlyRecord(cli);
        QVERIFY(record);
        QCOMPARE(record->status, QStringLiteral("aborted"));
        QCOMPARE(record->backend, QStringLiteral("cloud"));
        QCOMPARE(record->baseUrl, emulator.apiBase.toString());
    }

    void presetsCommands()
    {
        CliHarness cli;
        auto r = cli.run({"presets", "list"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Quick draft 256px (built-in)")));
        r = cli.run({"presets", "save", "Tiny", "--width", "128", "--num_animation_frames", "3", "--gif-ping-pong", "yes"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli.run({"presets", "show", "tiny"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value("input").toObject(), (QJsonObject{{"width", 128}, {"num_animation_frames", 3}, {"gif_ping_pong", true}}));
        r = cli.run({"presets", "save", "Bad", "--height", "1024"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--height: height must be one of the following: 128, 256, 512, 768")), qPrintable(r.err));
        const QString file = cli.home.filePath(QStringLiteral("tiny.json"));
        QCOMPARE(cli.run({"presets", "export", "Tiny", file}).exitCode, 0);
        QCOMPARE(cli.run({"presets", "delete", "Tiny"}).exitCode, 0);
        QCOMPARE(cli.run({"presets", "show", "Tiny"}).exitCode, 2);
        r = cli.run({"presets", "import", file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(cli.run({"presets", "import", file}).exitCode, 2);
        QCOMPARE(cli.run({"presets", "delete", "Quick draft 256px"}).exitCode, 2);

        // A run takes the preset by name; the command line wins over it.
        r = cli.run({"run", "--preset", "Tiny", "--prompt-start", "a", "--prompt-end", "b", "--num-animation-frames", "2",
                     "--num-interpolation-steps", "1", "--height", "128", "--time-scale", "0.01", "--out", cli.outDir()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject stream = ffprobe(r.out.trimmed());
        QCOMPARE(stream.value("width").toInt(), 128);
        QCOMPARE(stream.value("nb_read_frames").toString(), QStringLiteral("4"));   // ping-pong: 2 segments x 2 x 1
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
