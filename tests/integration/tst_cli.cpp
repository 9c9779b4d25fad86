#include "cli/CliApp.h"
#include "cli/ExitCode.h"
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
        // 3 latents, FILM ×2 (r = max(ceil(log2 2), 1) = 1): (3 − 1) · 2 + 1 frames (spec §9.4).
        QCOMPARE(stream.value("nb_read_frames").toString(), QStringLiteral("5"));

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
        // The cap only ends a hung run: on a loaded machine the in-process emulator's start took
        // more than 30 s once.
        while (!err.contains(QLatin1String("Generating frame 0")) && process.state() != QProcess::NotRunning
               && timer.elapsed() < 180000) {
            process.waitForReadyRead(200);
            err += QString::fromLocal8Bit(process.readAllStandardError());
        }
        QVERIFY2(err.contains(QLatin1String("Generating frame 0")), qPrintable(err));
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(120000));
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

    // Two `sdanim run` with the same input, one after the other; the second one's create is
    // answered 500 (the emulator then creates nothing). Its lost-create lookup lists the first
    // run's prediction (same input, a moment ago): that one is in the history, so it is another
    // run's. The second run fails with the create's error instead of taking it over (downloading
    // its files again, and the history refusing the same id twice).
    void createAnswered500AfterASameInputRunTakesNothingOver()
    {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({"--time-scale", "0.01"}));
        CliHarness cli;
        const QStringList args = QStringList{"run", "--prompt-start", "same input", "--prompt-end", "twice",
                                             "--seed", "11", "--base-url", emulator.apiBase.toString(),
                                             "--out", cli.outDir()} + kSmallRun;
        const auto first = cli.run(args, "any-token");
        QCOMPARE(first.exitCode, 0);
        static const QRegularExpression createdRe(QStringLiteral("Prediction (\\S+) created"));
        const QString firstId = createdRe.match(first.err).captured(1);
        QVERIFY2(!firstId.isEmpty(), qPrintable(first.err));

        const QString firstFolder = cli.outDir() + QLatin1Char('/') + firstId;
        auto filesOf = [](const QString &folder) {
            QStringList files;
            for (const QFileInfo &f : QDir(folder).entryInfoList(QDir::Files, QDir::Name))
                files << f.fileName() + QLatin1Char(' ') + QString::number(f.lastModified().toMSecsSinceEpoch());
            return files;
        };
        const QStringList firstFiles = filesOf(firstFolder);
        QVERIFY2(!firstFiles.isEmpty(), qPrintable(firstFolder));

        postJson(QUrl(emulator.control.toString() + QStringLiteral("/faults")), "{\"server_errors\":[500]}");
        const auto second = cli.run(args, "any-token");
        QCOMPARE(second.exitCode, int(cli::ExitApiError));
        QVERIFY2(second.err.contains(QLatin1String("HTTP 500")), qPrintable(second.err));
        QVERIFY2(second.err.contains(QLatin1String("No prediction was created")), qPrintable(second.err));
        QVERIFY2(!second.err.contains(firstId), qPrintable(second.err));
        QVERIFY2(!second.err.contains(QLatin1String("UNIQUE")), qPrintable(second.err));
        QVERIFY2(!second.err.contains(QLatin1String("could not record")), qPrintable(second.err));
        QCOMPARE(filesOf(firstFolder), firstFiles);   // not downloaded again

        // The first run's row is untouched; the second one's stays apart, without an id.
        store::HistoryStore history(cli.historyPath());
        QVERIFY(history.open());
        store::HistoryQuery all;
        all.limit = 0;
        all.includeDeleted = true;
        const auto rows = history.list(all);
        QCOMPARE(rows.size(), 2);
        const auto firstRow = history.get(firstId);
        QVERIFY(firstRow);
        QCOMPARE(firstRow->status, QStringLiteral("succeeded"));
        int withoutId = 0;
        for (const auto &row : rows)
            if (const auto record = history.get(row.key()); record && record->id.isEmpty()) ++withoutId;
        QCOMPARE(withoutId, 1);
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
        // FILM ×2 over 3 latents, or with ping-pong 2 · 3 + 1 latents: (N − 1) · 2 + 1 frames.
        QCOMPARE(ffprobe(files.last()).value("nb_read_frames").toString(), pingPong ? QStringLiteral("13") : QStringLiteral("5"));

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

    // Quiet by default: no sdanim.* category line on stderr. --verbose (after the command, or before it
    // as a global flag) prints each request and poll, never the token.
    void verboseLogsRequestsWithoutTheToken()
    {
        const QByteArray token = "r8_VerboseSecret0123456789abcdef";
        EmulatorProcess emulator;
        QVERIFY(emulator.start({"--time-scale", "0.01", "--token", QString::fromLatin1(token)}));
        CliHarness cli;
        const QStringList run = QStringList{"run", "--prompt-start", "a", "--prompt-end", "b", "--base-url",
                                            emulator.apiBase.toString(), "--out", cli.outDir()} + kSmallRun;
        static const QRegularExpression categoryLine(QStringLiteral("(?m)^sdanim\\.[a-z.]+: "));

        const auto quiet = cli.run(run, token);
        QVERIFY2(quiet.exitCode == 0, qPrintable(quiet.err));
        QVERIFY2(!categoryLine.match(quiet.err).hasMatch(), qPrintable(quiet.err));

        for (const QStringList &arguments : {run + QStringList{"--verbose"}, QStringList{"--verbose"} + run}) {
            const auto verbose = cli.run(arguments, token);
            QVERIFY2(verbose.exitCode == 0, qPrintable(verbose.err));
            const QString created = QStringLiteral("sdanim.api.http: POST %1/predictions -> 201 (")
                                        .arg(emulator.apiBase.toString());
            QVERIFY2(verbose.err.contains(created), qPrintable(verbose.err));
            // Something after the create: a poll, or (when the blocking create already came back
            // terminal, as on a loaded machine) the file's GET.
            QVERIFY2(verbose.err.contains(QLatin1String("sdanim.api.job: poll "))
                         || verbose.err.contains(QLatin1String("sdanim.api.http: GET ")),
                     qPrintable(verbose.err));
            QVERIFY2(!verbose.err.contains(QString::fromLatin1(token)), qPrintable(verbose.err));
            QVERIFY2(!verbose.out.contains(QString::fromLatin1(token)), qPrintable(verbose.out));
            // The token's distinctive middle is not there in any other spelling either.
            QVERIFY(!verbose.err.contains(QLatin1String("VerboseSecret")));
        }

        // Documented in both help texts (the man page is made from --help).
        QVERIFY(cli.run({"--help"}).out.contains(QLatin1String("--verbose")));
        QVERIFY(cli.run({"run", "--help"}).out.contains(QLatin1String("--verbose")));
    }

    // `sdanim plan` prints the model's arithmetic (spec §9.4) and the estimate, and creates nothing.
    void planShowsWhatTheModelWillMake()
    {
        CliHarness cli;
        auto r = cli.run({"plan", "--prompt-start", "a lighthouse", "--prompt-end", "a storm"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const char *line : {"  0  \"a lighthouse\"", "  1  \"a storm\"", "Segments: 1", "Frame latents: 10",
                                 "×8", "Video frames: 73 (video.gif)", "Duration: 3.65 s at 20 fps",
                                 "GIF frame delay: 50 ms (stored as 5/100 s)", "Initial latent steps (k): 9",
                                 "Keyframe image shows prompt 0: \"a lighthouse\"", "Intermediate outputs: 0",
                                 "Compute units: UNet ", "· documented A100 defaults", " · $0.0"})
            QVERIFY2(r.out.contains(QString::fromUtf8(line)), line);
        // Without ping-pong the last prompt is never reached: a note, not a warning.
        QVERIFY2(r.err.contains(QLatin1String("Note: Without ping-pong")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("Warning:")), qPrintable(r.err));
        // Nothing was run, and planning did not even create the history database.
        QVERIFY(!QFileInfo::exists(cli.historyPath()));

        r = cli.run({"plan", "--json", "--prompt-start", "a lighthouse", "--prompt-end", "a storm", "--intermediate-output"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(plan.value("prompts").toArray(), (QJsonArray{"a lighthouse", "a storm"}));
        QCOMPARE(plan.value("segments").toInt(), 1);
        QCOMPARE(plan.value("frame_latents").toInt(), 10);
        QCOMPARE(plan.value("interpolation").toObject(),
                 (QJsonObject{{"mode", "film"}, {"num_interpolation_steps", 5}, {"multiplier", 8}, {"recursions", 3},
                              {"smallest_steps_same_video", 5}}));
        QCOMPARE(plan.value("video_frames").toInt(), 73);
        QCOMPARE(plan.value("duration_seconds").toDouble(), 3.65);
        QCOMPARE(plan.value("fps").toInt(), 20);
        QCOMPARE(plan.value("gif_frame_delay_ms").toInt(), 50);
        QCOMPARE(plan.value("gif_delay_centiseconds").toInt(), 5);
        QCOMPARE(plan.value("initial_latent_steps").toInt(), 9);   // int(50 × (1 − 0.8)) = int(9.999…)
        QCOMPARE(plan.value("keyframe_prompt").toString(), QStringLiteral("a lighthouse"));
        QCOMPARE(plan.value("intermediate_outputs").toInt(), 10);   // output-0.png, then output-1 … output-9
        QCOMPARE(plan.value("output_names").toArray().last().toString(), QStringLiteral("video.gif"));
        QVERIFY(plan.value("compute_units").toObject().value("unet").toDouble() > 0);
        QJsonObject estimate = plan.value("estimate").toObject();
        QCOMPARE(estimate.value("source").toString(), QStringLiteral("defaults"));
        QCOMPARE(estimate.value("learned_from").toInt(), 0);
        QCOMPARE(estimate.value("backend").toString(), QStringLiteral("emulator"));
        // The offline emulator stands in for Replicate: its price is shown (only Cog is free).
        QCOMPARE(estimate.value("priced").toBool(), true);
        QCOMPARE(estimate.value("price_per_second_usd").toDouble(), 0.00115);
        const double seconds = estimate.value("seconds").toDouble();
        QVERIFY(estimate.value("low_seconds").toDouble() < seconds && seconds < estimate.value("high_seconds").toDouble());
        QVERIFY(qAbs(estimate.value("usd").toDouble() - seconds * 0.00115) < 1e-9);
    }

    void planExamples_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QJsonArray>("prompts");
        QTest::addColumn<int>("segments");
        QTest::addColumn<int>("latents");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("multiplier");
        QTest::addColumn<int>("videoFrames");
        QTest::addColumn<double>("duration");
        QTest::addColumn<QString>("keyframe");
        // Ping-pong renders a segment back to the start and repeats the first frame; an empty piece
        // stays a prompt of its own; 4 prompts: the keyframe shows prompt 4/2 − 1 = 1.
        QTest::newRow("ping-pong, empty piece")
            << QStringList{"--prompt-start", "a", "--prompt-end", "b | | c", "--gif-ping-pong"}
            << QJsonArray{"a", "b", "", "c"} << 4 << 41 << "film" << 8 << 321 << 16.05 << "b";
        // Latent mode: (N − 1) · n frames, the last latent is never decoded.
        QTest::newRow("latent")
            << QStringList{"--prompt-start", "a", "--prompt-end", "b", "--no-film-interpolation",
                           "--num-interpolation-steps", "4", "--num-animation-frames", "6"}
            << QJsonArray{"a", "b"} << 1 << 6 << "latent" << 4 << 20 << 1.0 << "a";
        // FILM: n = 3 and n = 4 both double twice (×4); 3 prompts: the keyframe shows prompt 1.
        QTest::newRow("film n=3, 3 prompts, 10 fps")
            << QStringList{"--prompt-start", "a", "--prompt-end", "b|c", "--num-interpolation-steps", "3",
                           "--num-animation-frames", "5", "--gif-frames-per-second", "10"}
            << QJsonArray{"a", "b", "c"} << 2 << 10 << "film" << 4 << 37 << 3.7 << "b";
        QTest::newRow("film n=4 gives the same video")
            << QStringList{"--prompt-start", "a", "--prompt-end", "b|c", "--num-interpolation-steps", "4",
                           "--num-animation-frames", "5", "--gif-frames-per-second", "10"}
            << QJsonArray{"a", "b", "c"} << 2 << 10 << "film" << 4 << 37 << 3.7 << "b";
    }

    void planExamples()
    {
        QFETCH(QStringList, options);
        QFETCH(QJsonArray, prompts);
        QFETCH(int, segments);
        QFETCH(int, latents);
        QFETCH(QString, mode);
        QFETCH(int, multiplier);
        QFETCH(int, videoFrames);
        QFETCH(double, duration);
        QFETCH(QString, keyframe);
        CliHarness cli;
        const auto r = cli.run(QStringList{"plan", "--json"} + options);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(plan.value("prompts").toArray(), prompts);
        QCOMPARE(plan.value("segments").toInt(), segments);
        QCOMPARE(plan.value("frame_latents").toInt(), latents);
        QCOMPARE(plan.value("interpolation").toObject().value("mode").toString(), mode);
        QCOMPARE(plan.value("interpolation").toObject().value("multiplier").toInt(), multiplier);
        QCOMPARE(plan.value("video_frames").toInt(), videoFrames);
        QCOMPARE(plan.value("duration_seconds").toDouble(), duration);
        QCOMPARE(plan.value("keyframe_prompt").toString(), keyframe);
        const QJsonArray notices = plan.value("notices").toArray();
        bool emptyPiece = false;
        for (const QJsonValue &n : notices)
            emptyPiece = emptyPiece || n.toObject().value("warning").toString() == QLatin1String("empty_end_prompt");
        QCOMPARE(emptyPiece, prompts.contains(QString()));
        // The same warnings on stderr, for people.
        QCOMPARE(r.err.contains(QLatin1String("Warning: End prompt 2 is empty")), prompts.contains(QString()));
    }

    // The estimate learns from the user's finished cloud runs; the price is a setting.
    void planEstimatesFromTheHistory()
    {
        CliHarness cli;
        {
            QVERIFY(QDir().mkpath(cli.dataDir()));
            store::HistoryStore history(cli.historyPath());
            QVERIFY(history.open());
            QList<store::HistoryRecord> records;
            for (int n = 0; n < 6; ++n) {
                store::HistoryRecord r;
                r.id = QStringLiteral("cloudrun%1").arg(n);
                r.backend = QStringLiteral("cloud");
                r.status = QStringLiteral("succeeded");
                r.input = QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b"}, {"num_animation_frames", 4 + 3 * n},
                                      {"width", n % 2 ? 256 : 512}, {"num_inference_steps", 20 + 10 * n}};
                r.predictTime = 10 + 7 * n;
                r.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60 * n);
                records << r;
            }
            QVERIFY(history.insertMany(records));
        }
        const QString settingsFile = cli.home.filePath(QStringLiteral("settings.ini"));
        {
            QSettings ini(settingsFile, QSettings::IniFormat);
            ini.setValue(QStringLiteral("billing/pricePerSecondUsd"), 0.002);
        }
        // With a token, `auto` means the cloud: the run would be billed. Planning sends nothing.
        const QStringList args{"plan", "--prompt-start", "a", "--prompt-end", "b", "--settings", settingsFile};
        auto r = cli.run(args + QStringList{"--json"}, "r8_never_sent");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject estimate = QJsonDocument::fromJson(r.out.toUtf8()).object().value("estimate").toObject();
        QCOMPARE(estimate.value("source").toString(), QStringLiteral("history"));
        QCOMPARE(estimate.value("learned_from").toInt(), 6);
        QCOMPARE(estimate.value("backend").toString(), QStringLiteral("cloud"));
        QCOMPARE(estimate.value("priced").toBool(), true);
        QCOMPARE(estimate.value("price_per_second_usd").toDouble(), 0.002);
        QVERIFY(qAbs(estimate.value("usd").toDouble() - estimate.value("seconds").toDouble() * 0.002) < 1e-9);
        r = cli.run(args, "r8_never_sent");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(QRegularExpression(QStringLiteral("Estimate: ≈ .* · \\$[0-9.]+ \\([0-9.]+–[0-9.]+\\) · learned from 6 run"))
                     .match(r.out).hasMatch(), qPrintable(r.out));
        // --backend cog: local, so free.
        r = cli.run(args + QStringList{"--backend", "cog"}, "r8_never_sent");
        QVERIFY2(r.out.contains(QStringLiteral("free (local) · learned from 6 run")), qPrintable(r.out));
    }

    // The history's cost column uses the same price setting as the estimates.
    void cloudRunCostUsesThePriceSetting()
    {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({"--time-scale", "0.01"}));
        CliHarness cli;
        const QString settingsFile = cli.home.filePath(QStringLiteral("settings.ini"));
        {
            QSettings ini(settingsFile, QSettings::IniFormat);
            ini.setValue(QStringLiteral("billing/pricePerSecondUsd"), 0.01);
        }
        const auto r = cli.run(QStringList{"run", "--prompt-start", "a", "--prompt-end", "b", "--base-url",
                                           emulator.apiBase.toString(), "--settings", settingsFile, "--out", cli.outDir()}
                                   + kSmallRun,
                               "any-token");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto record = onlyRecord(cli);
        QVERIFY(record);
        QCOMPARE(record->backend, QStringLiteral("cloud"));
        QVERIFY(record->predictTime > 0);
        QVERIFY2(qAbs(record->costUsd - record->predictTime * 0.01) < 1e-9,
                 qPrintable(QStringLiteral("%1 for %2 s").arg(record->costUsd).arg(record->predictTime)));
    }

    void planRejectsInvalidInputLikeRun()
    {
        CliHarness cli;
        const QStringList input{"--prompt-start", "a", "--prompt-end", "b", "--width", "300", "--num-animation-frames", "1"};
        const auto plan = cli.run(QStringList{"plan"} + input);
        QCOMPARE(plan.exitCode, 2);
        QVERIFY(plan.out.isEmpty());
        const QString expected = QStringLiteral("Invalid input:\n--width: width must be one of the following: 128, 256, 512, 768, 1024\n"
                                                "--num-animation-frames: Must be greater than or equal to 2");
        QVERIFY2(plan.err.contains(expected), qPrintable(plan.err));
        const auto run = cli.run(QStringList{"run", "--time-scale", "0.01"} + input);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        auto r = cli.run({"plan", "--prompt-end", "b"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--prompt-start: prompt_start is required")), qPrintable(r.err));
        r = cli.run({"plan", "--prompt-start", "a", "--prompt-end", "b", "--colour", "red"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("colour")) && r.err.contains(QLatin1String("sdanim plan --help")), qPrintable(r.err));
        r = cli.run({"plan", "--prompt-start", "a", "--prompt-end", "b", "--preset", "No such preset"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("no preset file or preset named")), qPrintable(r.err));
        QVERIFY(cli.run({"plan", "--help"}).out.contains(QLatin1String("--num-animation-frames")));
    }

    // Accepted by the API, rarely meant: both `run` and `plan` say so on stderr, and still work.
    void strengthAboveOneWarnsOnStderr()
    {
        CliHarness cli;
        const QStringList input{"--prompt-start", "a", "--prompt-end", "b", "--prompt-strength", "1.5"};
        const auto plan = cli.run(QStringList{"plan"} + input);
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.err));
        QVERIFY2(plan.err.contains(QLatin1String("Warning: Strength 1.5 is above 1")), qPrintable(plan.err));
        QVERIFY(!plan.out.contains(QLatin1String("Strength")));
        const auto run = cli.run(QStringList{"run", "--time-scale", "0.01", "--out", cli.outDir()} + kSmallRun + input);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("Warning: Strength 1.5 is above 1")), qPrintable(run.err));
        // `run` shows warnings only, not the explanations `plan` adds.
        QVERIFY2(!run.err.contains(QLatin1String("Note:")), qPrintable(run.err));
    }

    // A mistyped command must not open the window: the error and the usage, exit 2.
    void unknownCommandOrOptionIsAnError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("rnu") << QStringList{"rnu"} << QStringLiteral("Unknown command \"rnu\". Did you mean \"run\"?");
        QTest::newRow("--bogus") << QStringList{"--bogus"} << QStringLiteral("Unknown option \"--bogus\".");
        QTest::newRow("after a Qt option") << QStringList{"-platform", "offscreen", "frobnicate"}
                                           << QStringLiteral("Unknown command \"frobnicate\".");
    }

    void unknownCommandOrOptionIsAnError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        CliHarness cli;
        QProcess process;
        QProcessEnvironment env = cli.environment();
        // A window would abort on this platform; the CLI never asks for one.
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        process.setProcessEnvironment(env);
        process.start(cli.binary(), arguments);
        QVERIFY(process.waitForFinished(20000));
        const QString err = QString::fromLocal8Bit(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(err.startsWith(message), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("Usage: sdanim")) && err.contains(QLatin1String("\n  plan ")), qPrintable(err));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    // Plain `sdanim` and Qt's own GUI options are for the window.
    void windowArgumentsStayWithTheWindow()
    {
        auto handles = [](QList<QByteArray> args) {
            args.prepend("sdanim");
            std::vector<char *> argv;
            for (QByteArray &a : args) argv.push_back(a.data());
            return cli::CliApp::handles(int(argv.size()), argv.data());
        };
        QVERIFY(!handles({}));
        QVERIFY(!handles({"-platform", "offscreen"}));
        QVERIFY(!handles({"--platform", "offscreen", "-reverse", "-style=fusion", "-qwindowgeometry", "640x480"}));
        QVERIFY(handles({"plan"}));
        QVERIFY(handles({"-style", "fusion", "--bogus"}));
        QVERIFY(handles({"rnu"}));
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
// Ping-pong: 2 segments × 2 frames + the repeated first = 5 latents, FILM ×2: 4 · 2 + 1.
        QCOMPARE(stream.value("nb_read_frames").toString(), QStringLiteral("9"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
