// `sdanim export` (issue 12): a run of the offline emulator re-exported locally, the derived
// history entry and the sidecar chain, ffprobe's view of the file, and the exit-2 messages.

#include "cli/ExitCode.h"
#include "export/AnimationWriter.h"
#include "export/DerivedOutput.h"
#include "store/HistoryStore.h"
#include "store/Sidecar.h"
#include "support/CliHarness.h"
#include "support/VideoProbe.h"

#include <QtTest>

#include <csignal>

using namespace sdanim;
using sdanim::testing::CliHarness;
using sdanim::testing::probeContainerAndStream;

namespace {

// 3 latents, FILM ×2: 5 frames of 128×128 at the model's 20 fps.
const QStringList kSmallRun{"--num-animation-frames", "3", "--num-interpolation-steps", "2", "--width", "128",
                            "--height", "128", "--time-scale", "0.01"};

QList<store::HistoryRecord> allRecords(const CliHarness &cli)
{
    store::HistoryStore history(cli.historyPath());
    QList<store::HistoryRecord> records;
    if (!history.open()) return records;
    store::HistoryQuery all;
    all.limit = 0;
    for (const auto &row : history.list(all))
        if (auto r = history.get(row.key())) records << *r;
    return records;
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT
    CliHarness m_cli;
    QString m_gif;
    QString m_sourceId;

private slots:
    void initTestCase()
    {
        const auto r = m_cli.run(QStringList{"run", "--prompt-start", "a lighthouse", "--prompt-end", "a storm", "--out",
                                             m_cli.outDir()} + kSmallRun, {}, 120000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_gif = r.out.trimmed();
        QCOMPARE(sdanim::testing::probedFrameCount(m_gif), 5);
        const auto records = allRecords(m_cli);
        QCOMPARE(records.size(), 1);
        m_sourceId = records.first().id;
    }

    // Interpolated to 2× and ping-ponged: (2·5 − 1) = 9 frames, then 2·9 − 2 = 16, at 40 fps.
    void exportIsADerivedFreeHistoryEntry()
    {
        // 400 s caps: only a hung export ends them (an ASan stage beside another CLI test once
        // took over 120 s for this 10-frame export; alone it takes seconds).
        const QString out = m_cli.home.filePath(QStringLiteral("smooth.mp4"));
        const auto r = m_cli.run({"export", m_gif, "--interpolate", "mci", "--ping-pong", "--out", out}, {}, 400000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), out);
        QVERIFY2(r.err.contains(QStringLiteral("Exporting: 100% (16 of 16 frames)")), qPrintable(r.err));
        const QJsonObject probe = probeContainerAndStream(out);
        QCOMPARE(probe["codec_name"].toString(), QStringLiteral("h264"));
        QCOMPARE(probe["r_frame_rate"].toString(), QStringLiteral("40/1"));
        QCOMPARE(probe["nb_read_frames"].toString().toInt(), 16);
        QCOMPARE(probe["width"].toInt(), 128);

        const auto records = allRecords(m_cli);
        QCOMPARE(records.size(), 2);
        const auto derived = std::find_if(records.begin(), records.end(), [](const auto &r) { return r.isDerived(); });
        QVERIFY(derived != records.end());
        QCOMPARE(derived->backend, QString::fromLatin1(exports::DerivedOutput::BackendName));
        QCOMPARE(derived->status, QStringLiteral("succeeded"));
        QCOMPARE(derived->costUsd, 0.0);
        QCOMPARE(derived->promptStart(), QStringLiteral("a lighthouse"));
        QCOMPARE(derived->outputs.size(), 1);
        QCOMPARE(derived->outputs.first().path, out);
        const QJsonObject link = derived->derivedFrom();
        QCOMPARE(link["source_prediction_id"].toString(), m_sourceId);
        QCOMPARE(link["source_history_key"].toString(), m_sourceId);
        QCOMPARE(link["source_file"].toString(), m_gif);
        QCOMPARE(link["export"].toObject()["interpolation"].toString(), QStringLiteral("mci"));
        QCOMPARE(link["export"].toObject()["ping_pong"].toBool(), true);
        QCOMPARE(link["frames"].toInt(), 16);

        const auto sidecar = store::Sidecar::read(out);
        QVERIFY(sidecar);
        QCOMPARE(sidecar->predictionId, derived->key());
        QCOMPARE(sidecar->backend, QString::fromLatin1(exports::DerivedOutput::BackendName));
        QCOMPARE(sidecar->input["prompt_start"].toString(), QStringLiteral("a lighthouse"));
        QCOMPARE(sidecar->derivedFrom, link);

        // A re-export of the re-export keeps the chain back to the prediction.
        const QString again = m_cli.home.filePath(QStringLiteral("again.gif"));
        const auto r2 = m_cli.run({"export", out, "--trim", "2:12", "--scale", "0.5", "--loop", "3", "--out", again}, {}, 400000);
        QVERIFY2(r2.exitCode == 0, qPrintable(r2.err));
        QCOMPARE(sdanim::testing::probedFrameCount(again), 10);
        const auto chained = store::Sidecar::read(again);
        QVERIFY(chained);
        QCOMPARE(chained->derivedFrom["source_prediction_id"].toString(), m_sourceId);
        QCOMPARE(chained->derivedFrom["source_history_key"].toString(), derived->key());
        QCOMPARE(chained->derivedFrom["derived_from"].toObject(), link);
        QCOMPARE(probeContainerAndStream(again)["width"].toInt(), 64);
        QCOMPARE(allRecords(m_cli).size(), 3);
    }

    void formatFollowsTheFileNameAndNoHistoryIsKept()
    {
        const QString folder = m_cli.home.filePath(QStringLiteral("frames"));
        const auto r = m_cli.run({"export", m_gif, "--out", folder, "--no-history"}, {}, 400000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QDir(folder).entryList({QStringLiteral("*.png")}, QDir::Files).size(), 5);
        QVERIFY(QFile::exists(folder + QStringLiteral(".json")));
        const auto before = allRecords(m_cli).size();
        const QString webm = m_cli.home.filePath(QStringLiteral("clip.webm"));
        QVERIFY(m_cli.run({"export", m_gif, "--out", webm, "--fps", "10", "--no-history"}, {}, 400000).exitCode == 0);
        const QJsonObject probe = probeContainerAndStream(webm);
        QCOMPARE(probe["codec_name"].toString(), QStringLiteral("vp9"));
        QCOMPARE(probe["r_frame_rate"].toString(), QStringLiteral("10/1"));
        QCOMPARE(probe["nb_read_frames"].toString().toInt(), 5);
        QCOMPARE(allRecords(m_cli).size(), before);
    }

    void badValuesExitTwoWithAMessage_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::addRow("format") << QStringList{"--format", "avi"} << "--format: expected gif, mp4, webm, apng or png";
        QTest::addRow("fps") << QStringList{"--fps", "0"} << "--fps: expected a number from 1 to 240";
        QTest::addRow("interpolate") << QStringList{"--interpolate", "magic"} << "--interpolate: expected mci or blend";
        QTest::addRow("trim order") << QStringList{"--trim", "4:2"} << "--trim: expected A:B";
        QTest::addRow("trim text") << QStringList{"--trim", "x"} << "--trim: expected A:B";
        QTest::addRow("trim past the end") << QStringList{"--trim", "7:9"} << "only 5 frames";
        QTest::addRow("scale") << QStringList{"--scale", "9"} << "--scale: expected a factor from 0.05 to 4";
        QTest::addRow("loop") << QStringList{"--loop", "-1"} << "--loop: expected how many times it plays";
        QTest::addRow("lower fps") << QStringList{"--interpolate", "blend", "--fps", "10"} << "higher frame rate than the source's 20 fps";
        QTest::addRow("quality") << QStringList{"--quality", "best"} << "--quality: expected fast or high";
    }
    void badValuesExitTwoWithAMessage()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const QString out = m_cli.home.filePath(QStringLiteral("bad.mp4"));
        const auto r = m_cli.run(QStringList{"export", m_gif, "--out", out} + options);
        QCOMPARE(r.exitCode, int(cli::ExitUsage));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(exports::AnimationWriter::partialPath(out)));
    }

    void missingInputOrOutExitTwo()
    {
        auto r = m_cli.run({"export", m_cli.home.filePath(QStringLiteral("nope.gif")), "--out", m_cli.home.filePath(QStringLiteral("x.mp4"))});
        QCOMPARE(r.exitCode, int(cli::ExitUsage));
        QVERIFY2(r.err.contains(QStringLiteral("no such file")), qPrintable(r.err));
        r = m_cli.run({"export", m_gif});
        QCOMPARE(r.exitCode, int(cli::ExitUsage));
        QVERIFY2(r.err.contains(QStringLiteral("--out PATH is required")), qPrintable(r.err));
        r = m_cli.run({"export", m_gif, "--out", m_cli.home.filePath(QStringLiteral("x.avi"))});
        QCOMPARE(r.exitCode, int(cli::ExitUsage));
        QVERIFY2(r.err.contains(QStringLiteral("cannot tell the format")), qPrintable(r.err));
    }

    // SIGINT during the export: exit 130 and neither the file nor its .part.
    void interruptLeavesNothing()
    {
        const QString big = m_cli.home.filePath(QStringLiteral("big.mp4"));
        {
            exports::AnimationWriter writer;
            QVERIFY(writer.open(big, {exports::ExportFormat::Mp4, QSize(320, 240), 20, 0}));
            for (int i = 0; i < 150; ++i) {
                QImage frame(320, 240, QImage::Format_RGB32);
                frame.fill(QColor::fromHsv(i * 7 % 360, 200, 200));
                QVERIFY(writer.addFrame(frame));
            }
            QVERIFY(writer.finish());
        }
        const QString out = m_cli.home.filePath(QStringLiteral("interrupted.webm"));
        QProcess process;
        m_cli.start(process, {"export", big, "--interpolate", "mci", "--quality", "high", "--fps", "80", "--out", out});
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("Exporting: 10%"), 120000);
        QVERIFY(QFile::exists(exports::AnimationWriter::partialPath(out)));
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), int(cli::ExitInterrupted));
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(exports::AnimationWriter::partialPath(out)));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
