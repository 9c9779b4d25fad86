// Progress over whole runs against the in-process emulator, for every way a job follows its model
// (Replicate API by polling and by SSE, a Cog ≥ 0.7 container by webhooks, an old Cog server with
// no logs): every value the job emits is recorded together with what was on disk at that moment.
// Progress never goes back, stays below 100 % until the video file exists, and is 100 % after;
// the ETA is never "0:00 left" while work remains. Nothing here depends on the emulator's timing.
#include "api/CogBackend.h"
#include "api/CogJob.h"
#include "api/FileNameSanitizer.h"
#include "api/ReplicateBackend.h"
#include "api/ReplicateJob.h"
#include "api/RunProgress.h"
#include "emulator/EmulatorServer.h"
#include "support/EmulatorHarness.h"
#include "support/EmulatorHttp.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace sdanim;
using namespace sdanim::api;

namespace {

QJsonObject smallInput(const QString &format, bool intermediate)
{
    return QJsonObject{{"prompt_start", "a red fox"},
                       {"prompt_end", "a blue bird"},
                       {"width", 128},
                       {"height", 128},
                       {"num_inference_steps", 10},
                       {"num_animation_frames", 3},
                       {"num_interpolation_steps", 2},
                       {"gif_frames_per_second", 10},
                       {"intermediate_output", intermediate},
                       {"output_format", format},
                       {"seed", 11}};
}

bool isVideo(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("gif") || suffix == QLatin1String("mp4");
}

// A GIF or MP4 with content in `dir`: the run's video is on disk.
bool videoOnDisk(const QString &dir)
{
    if (dir.isEmpty())
        return false;
    const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files);
    for (const QFileInfo &f : files)
        if (isVideo(f.fileName()) && f.size() > 0)
            return true;
    return false;
}

// Everything the job said about its progress, with the state of the run when it said it.
struct ProgressLog
{
    struct Sample
    {
        double fraction = 0;
        qint64 etaMs = 0;
        bool videoOnDisk = false;
        bool videoSignalled = false;   // outputSaved for the video came before this value
        bool sawInterpolating = false; // the log had reached "Interpolating images …"
        bool sawSaving = false;        // … and "Saving GIF|MP4"
        bool videoAdded = false;       // the video had appeared among the outputs
    };
    QList<Sample> samples;
    bool videoSignalled = false;
    bool sawInterpolating = false;
    bool sawSaving = false;
    bool videoAdded = false;
    bool finished = false;
    Prediction final;

    void watch(PredictionJob *job, std::function<QString()> outputDirectory)
    {
        QObject::connect(job, &PredictionJob::logLine, job, [this](const QString &line) {
            sawInterpolating = sawInterpolating || line.startsWith(QLatin1String("Interpolating images"));
            sawSaving = sawSaving || line.startsWith(QLatin1String("Saving "));
        });
        QObject::connect(job, &PredictionJob::outputAdded, job, [this](int, const QString &url) {
            if (isVideo(FileNameSanitizer::nameFromUrl(url))) videoAdded = true;
        });
        QObject::connect(job, &PredictionJob::outputSaved, job, [this](int, const QString &path) {
            if (isVideo(path)) videoSignalled = true;
        });
        QObject::connect(job, &PredictionJob::progressChanged, job, [this, outputDirectory](double f, qint64 eta) {
            samples << Sample{f, eta, videoOnDisk(outputDirectory()), videoSignalled, sawInterpolating, sawSaving, videoAdded};
        });
        QObject::connect(job, &PredictionJob::finished, job, [this](const Prediction &p) {
            finished = true;
            final = p;
        });
    }

    // The properties every run must have; `expectLog` is false for a server that sends no log.
    void verify(const RunProgress &expected, bool expectLog) const
    {
        QVERIFY(finished);
        QCOMPARE(final.status, PredictionStatus::Succeeded);
        QVERIFY(!samples.isEmpty());
        qInfo("%d progress values, the first %g", int(samples.size()), samples.first().fraction);
        for (int i = 0; i < samples.size(); ++i) {
            const Sample &s = samples.at(i);
            const QString where = QStringLiteral("value %1 of %2: %3 (eta %4 ms)").arg(i).arg(samples.size()).arg(s.fraction).arg(s.etaMs);
            QVERIFY2(s.fraction >= 0.0 && s.fraction <= 1.0, qPrintable(where));
            if (i > 0)
                QVERIFY2(s.fraction >= samples.at(i - 1).fraction, qPrintable(where));
            if (s.fraction >= 1.0) {
                // 100 % only once the video is there, and then the ETA says so.
                QVERIFY2(s.videoOnDisk && s.videoSignalled, qPrintable(where));
                QCOMPARE(s.etaMs, 0);
            } else {
                QVERIFY2(s.etaMs > 0, qPrintable(where));
            }
            // Time never carries the bar into a phase no line (or the video itself) has announced.
            if (!s.sawInterpolating && !s.videoAdded)
                QVERIFY2(s.fraction < expected.stageStart(RunProgress::Stage::Interpolation), qPrintable(where));
            if (!s.sawSaving && !s.videoAdded)
                QVERIFY2(s.fraction < expected.stageStart(RunProgress::Stage::Saving), qPrintable(where));
        }
        QCOMPARE(samples.last().fraction, 1.0);
        QCOMPARE(samples.last().etaMs, 0);
        if (expectLog) {
            // The run was followed while it went: values before the end, all below 100 %.
            int below = 0;
            for (const Sample &s : samples)
                if (s.fraction < 1.0) ++below;
            QVERIFY2(below >= 2, qPrintable(QString::number(below)));
            QCOMPARE(samples.first().videoOnDisk, false);
        } else {
            QCOMPARE(samples.size(), 1);
        }
    }
};

} // namespace

class TestRunProgress : public QObject
{
    Q_OBJECT

private slots:
    void replicateJob_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("intermediate");
        QTest::newRow("polling, gif") << false << "gif" << false;
        QTest::newRow("sse, gif") << true << "gif" << false;
        QTest::newRow("polling, mp4, intermediate frames") << false << "mp4" << true;
        QTest::newRow("sse, mp4, intermediate frames") << true << "mp4" << true;
    }

    void replicateJob()
    {
        QFETCH(bool, stream);
        QFETCH(QString, format);
        QFETCH(bool, intermediate);
        testing::EmulatorHarness emulator(0.05);
        QVERIFY(emulator.started());
        QTemporaryDir out;
        QVERIFY(out.isValid());
        JobOptions options;
        options.outputDirectory = out.path();
        options.pollIntervalMs = 40;
        options.maxPollIntervalMs = 150;
        options.useEventStream = stream;
        options.downloadBackoffMs = 20;
        options.retry.baseDelayMs = 20;
        options.retry.maxDelayMs = 250;
        options.progressIntervalMs = 20;   // many time-driven values in between the lines
        ReplicateBackend backend(emulator.apiBase(), emulator.token(), options);

        const QJsonObject input = smallInput(format, intermediate);
        auto *job = qobject_cast<ReplicateJob *>(backend.createJob(input, &backend));
        QVERIFY(job);
        ProgressLog log;
        log.watch(job, [job] { return job->outputDirectory(); });
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(log.finished, 60000);

        log.verify(RunProgress::fromInput(input), true);
        QCOMPARE(job->progress(), 1.0);
        QCOMPARE(job->etaMs(), 0);
        QVERIFY(videoOnDisk(job->outputDirectory()));
    }

    void cogJob_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::newRow("cog 0.7+, webhooks") << false;
        QTest::newRow("cog 0.4.4, no logs") << true;
    }

    void cogJob()
    {
        QFETCH(bool, legacy);
        emulator::EmulatorOptions o = testing::fastEmulatorOptions(0.05);
        o.cogLegacy = legacy;
        std::unique_ptr<emulator::EmulatorServer> server = testing::startEmulator(o);
        QVERIFY(server);
        QTemporaryDir out;
        QVERIFY(out.isValid());
        CogBackend backend(server->cogBaseUrl(), out.path());

        const QJsonObject input = smallInput(QStringLiteral("gif"), true);
        auto *job = qobject_cast<CogJob *>(backend.createJob(input, &backend));
        QVERIFY(job);
        ProgressLog log;
        log.watch(job, [job] { return job->outputDirectory(); });
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(log.finished, 60000);

        log.verify(RunProgress::fromInput(input), !legacy);
        QCOMPARE(job->progress(), 1.0);
        QVERIFY(videoOnDisk(job->outputDirectory()));
    }
};

QTEST_MAIN(TestRunProgress)   // the emulator draws its frames with QPainter
#include "tst_run_progress.moc"
