#include "store/HistoryStore.h"
#include "store/Sidecar.h"
#include "support/CliHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
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

    // `sdanim --help` / `--version` answer on stdout without a window: with a Qt platform that does
    // not exist, a QApplication would abort.
    void helpAndVersionNeedNoWindow_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<bool>("help");
        QTest::newRow("--help") << QStringLiteral("--help") << true;
        QTest::newRow("-h") << QStringLiteral("-h") << true;
        QTest::newRow("--version") << QStringLiteral("--version") << false;
        QTest::newRow("-v") << QStringLiteral("-v") << false;
    }

    void helpAndVersionNeedNoWindow()
    {
        QFETCH(QString, argument);
        QFETCH(bool, help);
        CliHarness cli;
        QProcess process;
        QProcessEnvironment env = cli.environment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        process.setProcessEnvironment(env);
        process.start(cli.binary(), {argument});
        QVERIFY(process.waitForFinished(20000));
        const QString out = QString::fromLocal8Bit(process.readAllStandardOutput());
        const QString err = QString::fromLocal8Bit(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, qPrintable(err));
        QVERIFY2(err.isEmpty(), qPrintable(err));
        if (help) {
            QVERIFY2(out.startsWith(QLatin1String("Usage: sdanim")), qPrintable(out));
            for (const char *word : {"\n  run ", "\n  history ", "\n  presets ", "GUI", "--version"})
                QVERIFY2(out.contains(QLatin1String(word)), word);
        } else {
            QVERIFY2(QRegularExpression(QStringLiteral("^sdanim \\d+\\.\\d+\\.\\d+\\n$")).match(out).hasMatch(), qPrintable(out));
        }
    }

    // QCommandLineParser has no optional values: `--gif-ping-pong` alone must still mean true.
    void bareBooleanFlags_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<bool>("pingPong");
        QTest::addColumn<bool>("intermediate");
        QTest::newRow("bare, then another option") << QStringList{"--gif-ping-pong", "--intermediate-output"} << true << true;
        QTest::newRow("underscore spelling, last") << QStringList{"--no-intermediate-output", "--gif_ping_pong"} << true << false;
        QTest::newRow("--no-") << QStringList{"--no-gif-ping-pong", "--intermediate-output", "no"} << false << false;
        QTest::newRow("explicit value") << QStringList{"--gif-ping-pong", "false", "--intermediate-output", "true"} << false << true;
    }

    void bareBooleanFlags()
    {
        QFETCH(QStringList, flags);
        QFETCH(bool, pingPong);
        QFETCH(bool, intermediate);
        CliHarness cli;
        const auto r = cli.run(QStringList{"run", "--prompt-start", "a", "--prompt-end", "b", "--time-scale", "0.01",
                                           "--out", cli.outDir()} + kSmallRun + flags);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto record = onlyRecord(cli);
        QVERIFY(record);
        QCOMPARE(record->input.value("gif_ping_pong"), QJsonValue(pingPong));
        QCOMPARE(record->input.value("intermediate_output"), QJsonValue(intermediate));
        const QStringList files = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // Intermediate PNGs: the start keyframe plus 2 per segment; the GIF comes last.
        const int segments = pingPong ? 2 : 1;
        QCOMPARE(files.size(), intermediate ? 1 + 2 * segments + 1 : 1);
        QCOMPARE(ffprobe(files.last()).value("nb_read_frames").toString(), QString::number(segments * 3 * 2));

        // `--help` lists the negated form, and the value of another option is never taken for a flag.
        const auto help = cli.run({"run", "--help"});
        QVERIFY2(help.out.contains(QLatin1String("--no-gif-ping-pong")), qPrintable(help.out));
        const auto saved = cli.run({"presets", "save", "Flags", "--description", "--gif-ping-pong", "--film-interpolation"});
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        const QJsonObject preset = QJsonDocument::fromJson(cli.run({"presets", "show", "Flags"}).out.toUtf8()).object();
        QCOMPARE(preset.value("description").toString(), QStringLiteral("--gif-ping-pong"));
        QCOMPARE(preset.value("input").toObject(), (QJsonObject{{"film_interpolation", true}}));
    }

    // The CLI takes the token from TokenStore with REPLICATE_API_TOKEN first (scripts choose the
    // account per call), then the keyring, then the opted-in plain-text file.
    void tokenComesFromTokenStoreWithTheEnvironmentFirst()
    {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({"--time-scale", "0.01", "--token", "r8_right_token"}));
        CliHarness cli;
        const QString settingsFile = cli.home.filePath(QStringLiteral("settings.ini"));
        {
            QSettings ini(settingsFile, QSettings::IniFormat);
            ini.setValue(QStringLiteral("security/allowPlainTextToken"), true);
        }
        QVERIFY(QDir().mkpath(cli.dataDir()));
        QFile tokenFile(cli.dataDir() + QStringLiteral("/replicate-api-token"));
        QVERIFY(tokenFile.open(QIODevice::WriteOnly));
        tokenFile.write("r8_right_token\n");
        tokenFile.close();
        const QStringList run = QStringList{"run", "--prompt-start", "a", "--prompt-end", "b", "--base-url",
                                            emulator.apiBase.toString(), "--settings", settingsFile,
                                            "--out", cli.outDir()} + kSmallRun;
        // No variable: the plain-text file the user allowed.
        auto r = cli.run(run);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // A set variable wins over the stored token.
        r = cli.run(run, "r8_wrong_token");
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(!r.err.contains(QLatin1String("r8_")), qPrintable(r.err));
    }

    void presetsCommands()
    {
        CliHarness cli;
        auto r = cli.run({"presets", "list"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));   // no Qt warnings about options presets lacks
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
