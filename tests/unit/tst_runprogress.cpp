// RunProgress: phase weights from the plan's compute units × rates, a fraction that only the saved
// video completes, never going back, and an ETA that starts from the rates and then follows the run.
#include "api/RunProgress.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace sdanim;
using namespace sdanim::api;
using Stage = RunProgress::Stage;

namespace {

// 512², 10 steps at strength 0.5 (k = 5, T = 19: 4 shared steps, 14 per frame), classifier-free
// guidance (batch 2), F = 4, n = 2 (FILM ×2), two prompts: N = 4 latents, 3·2 + 1 = 7 video frames.
// With the default rates (unet 0.03, vae 0.08, film 0.25, encode 0.01, overhead 1 s per unit):
//   shared start   4 · 2 = 8 UNet                       → 0.24 s
//   keyframes      2 · 14 · 2 = 56 UNet + 2 VAE         → 1.68 + 0.16 = 1.84 s
//   frames         1 · 4 · 14 · 2 = 112 UNet            → 3.36 s
//   interpolation  4 VAE + 3 · 1 FILM                   → 0.32 + 0.75 = 1.07 s
//   saving         7 frames encoded                     → 0.07 s
//   delivery       the overhead                         → 1.00 s
//   total                                               → 7.58 s
QJsonObject smallInput()
{
    return QJsonObject{{"prompt_start", "a fox"},
                       {"prompt_end", "a bird"},
                       {"num_inference_steps", 10},
                       {"prompt_strength", 0.5},
                       {"num_animation_frames", 4},
                       {"num_interpolation_steps", 2}};
}
constexpr double kTotal = 7.58;

bool fuzzyEqual(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

} // namespace

class TestRunProgress : public QObject
{
    Q_OBJECT
private slots:
    void weightsFromThePlan()
    {
        const RunProgress p = RunProgress::fromInput(smallInput());
        QCOMPARE(p.stageSeconds(Stage::NotStarted), 0.0);
        QVERIFY(fuzzyEqual(p.stageSeconds(Stage::SharedStart), 0.24));
        QVERIFY(fuzzyEqual(p.stageSeconds(Stage::Keyframes), 1.84));
        QVERIFY(fuzzyEqual(p.stageSeconds(Stage::Frames), 3.36));
        QVERIFY(fuzzyEqual(p.stageSeconds(Stage::Interpolation), 1.07));
        QVERIFY(fuzzyEqual(p.stageSeconds(Stage::Saving), 0.07));
        QVERIFY(fuzzyEqual(p.stageSeconds(Stage::Delivery), 1.0));
        QCOMPARE(p.stageSeconds(Stage::Done), 0.0);
        QVERIFY(fuzzyEqual(p.totalSeconds(), kTotal));

        QCOMPARE(p.stageStart(Stage::SharedStart), 0.0);
        QVERIFY(fuzzyEqual(p.stageStart(Stage::Keyframes), 0.24 / kTotal));
        QVERIFY(fuzzyEqual(p.stageStart(Stage::Frames), 2.08 / kTotal));
        QVERIFY(fuzzyEqual(p.stageStart(Stage::Interpolation), 5.44 / kTotal));
        QVERIFY(fuzzyEqual(p.stageStart(Stage::Saving), 6.51 / kTotal));
        QVERIFY(fuzzyEqual(p.stageStart(Stage::Delivery), 6.58 / kTotal));
        QCOMPARE(p.stageStart(Stage::Done), 1.0);
    }

    void weightsFollowTheRates()
    {
        // A fitted estimator with slow FILM and no overhead: interpolation 4 · 0.1 + 3 · 2 = 6.4 s,
        // and delivery keeps its minimum of 0.5 s.
        model::UnitRates rates;
        rates.unet = 0.01;
        rates.vae = 0.1;
        rates.film = 2.0;
        rates.encode = 0.0;
        rates.overhead = 0.0;
        const RunProgress p = RunProgress::fromInput(smallInput(), rates);
        QVERIFY(fuzzyEqual(p.stageSeconds(Stage::SharedStart), 0.08));
        QVERIFY(fuzzyEqual(p.stageSeconds(Stage::Keyframes), 0.56 + 0.2));
        QVERIFY(fuzzyEqual(p.stageSeconds(Stage::Frames), 1.12));
        QVERIFY(fuzzyEqual(p.stageSeconds(Stage::Interpolation), 6.4));
        QCOMPARE(p.stageSeconds(Stage::Saving), 0.0);
        QVERIFY(fuzzyEqual(p.stageSeconds(Stage::Delivery), 0.5));
        QVERIFY(fuzzyEqual(p.totalSeconds(), 0.08 + 0.76 + 1.12 + 6.4 + 0.5));
    }

    // The API's older versions sent numbers as strings; the weights are the same.
    void stringsInTheInput()
    {
        const QJsonObject strings{{"prompt_start", "a fox"},
                                  {"prompt_end", "a bird"},
                                  {"num_inference_steps", "10"},
                                  {"prompt_strength", "0.5"},
                                  {"num_animation_frames", "4"},
                                  {"num_interpolation_steps", "2"},
                                  {"gif_ping_pong", "false"}};
        const RunProgress p = RunProgress::fromInput(strings);
        QVERIFY(fuzzyEqual(p.totalSeconds(), kTotal));
        QVERIFY(fuzzyEqual(p.stageSeconds(Stage::Frames), 3.36));
    }

    void aWholeRun()
    {
        RunProgress p = RunProgress::fromInput(smallInput());
        QList<double> seen;
        auto record = [&] { seen << p.fraction(); };

        QCOMPARE(p.fraction(), -1.0);
        QCOMPARE(p.etaMs(0), -1);
        QVERIFY(!p.hasStarted());
        QVERIFY(!p.addLine(QStringLiteral("Loading pipeline..."), 0));   // setup, not predict()
        QCOMPARE(p.fraction(), -1.0);

        QVERIFY(p.addLine(QStringLiteral("Using seed: 7"), 0));
        QCOMPARE(p.stage(), Stage::SharedStart);
        QCOMPARE(p.fraction(), 0.0);
        // Before any frame line the rates are taken at their word: 7.58 s of work left.
        QCOMPARE(p.etaMs(0), 7580);
        record();
        QVERIFY(p.addLine(QStringLiteral("Generating initial latents for 5 steps"), 0));
        record();

        QVERIFY(p.addLine(QStringLiteral("Generating first and last keyframes"), 480));
        QCOMPARE(p.stage(), Stage::Keyframes);
        QVERIFY(fuzzyEqual(p.fraction(), 0.24 / kTotal));
        QVERIFY(!p.usesObservedPace());
        QCOMPARE(p.etaMs(480), 7340);
        record();
        // No line while the keyframes render: time moves the bar at the expected rate ...
        QVERIFY(p.advance(1400));
        QVERIFY(fuzzyEqual(p.fraction(), 1.16 / kTotal));
        QCOMPARE(p.etaMs(1400), 6420);
        record();
        // ... but never into the next phase, however long it takes.
        QVERIFY(p.advance(4000));
        QVERIFY(fuzzyEqual(p.fraction(), (0.24 + RunProgress::kGapShare * 1.84) / kTotal));
        QVERIFY(p.fraction() < p.stageStart(Stage::Frames));
        QVERIFY(!p.advance(4100));
        record();

        // "Generating frame i of keyframe s" is printed as frame s·F + i begins.
        QVERIFY(p.addLine(QStringLiteral("Generating frame 0 of keyframe 0"), 4160));
        QCOMPARE(p.stage(), Stage::Frames);
        QVERIFY(fuzzyEqual(p.fraction(), 2.08 / kTotal));
        // This run is twice as slow as the rates: 4160 ms for 2.08 s of work.
        QVERIFY(p.usesObservedPace());
        QVERIFY(fuzzyEqual(p.msPerWorkSecond(), 2000.0));
        QCOMPARE(p.etaMs(4160), 11000);
        record();
        QVERIFY(p.addLine(QStringLiteral("Generating frame 1 of keyframe 0"), 5840));
        QVERIFY(fuzzyEqual(p.fraction(), 2.92 / kTotal));
        QVERIFY(fuzzyEqual(p.msPerWorkSecond(), 2000.0));
        // Interpolation, saving and delivery are counted too, not only the frames left.
        QCOMPARE(p.etaMs(5840), 9320);
        QCOMPARE(p.etaMs(6840), 8320);   // one second later, half a second of work further
        record();
        // A poll delivering a line the stream already had changes nothing.
        QVERIFY(!p.addLine(QStringLiteral("Generating frame 0 of keyframe 0"), 6000));
        QVERIFY(!p.addLine(QStringLiteral("Generating frame 1 of keyframe 0"), 6000));
        QVERIFY(fuzzyEqual(p.fraction(), 2.92 / kTotal));
        QVERIFY(p.addLine(QStringLiteral("Generating frame 2 of keyframe 0"), 7520));
        QVERIFY(p.addLine(QStringLiteral("Generating frame 3 of keyframe 0"), 9200));
        QVERIFY(fuzzyEqual(p.fraction(), 4.6 / kTotal));
        record();

        QVERIFY(p.addLine(QStringLiteral("Interpolating images with FILM"), 10880));
        QCOMPARE(p.stage(), Stage::Interpolation);
        QVERIFY(fuzzyEqual(p.fraction(), 5.44 / kTotal));
        QCOMPARE(p.etaMs(10880), 4280);
        record();
        QVERIFY(p.advance(11880));
        QVERIFY(fuzzyEqual(p.fraction(), 5.94 / kTotal));
        record();
        QVERIFY(p.addLine(QStringLiteral("Saving GIF"), 13020));
        QCOMPARE(p.stage(), Stage::Saving);
        QVERIFY(fuzzyEqual(p.fraction(), 6.51 / kTotal));
        record();
        // The log is over, the video is not there yet: far from "100 %, 0:00 left".
        QVERIFY(p.advance(60000));
        QVERIFY(p.fraction() < p.stageStart(Stage::Delivery));
        QVERIFY(p.etaMs(60000) > 2000);
        record();

        QVERIFY(p.videoYielded(61000));
        QCOMPARE(p.stage(), Stage::Delivery);
        QVERIFY(fuzzyEqual(p.fraction(), 6.58 / kTotal));
        record();
        QVERIFY(p.advance(10000000));
        QVERIFY(p.fraction() < 1.0);
        QVERIFY(p.etaMs(10000000) >= 1);
        QVERIFY(!p.isComplete());
        record();
        QVERIFY(!p.videoYielded(10000001));   // the status after the output: no second start

        QVERIFY(p.videoSaved(10000100));
        QVERIFY(p.isComplete());
        QCOMPARE(p.fraction(), 1.0);
        QCOMPARE(p.etaMs(10000100), 0);
        record();
        QVERIFY(!p.addLine(QStringLiteral("Saving GIF"), 10000200));
        QVERIFY(!p.advance(10000300));
        QCOMPARE(p.fraction(), 1.0);

        for (int i = 1; i < seen.size(); ++i)
            QVERIFY2(seen[i] >= seen[i - 1], qPrintable(QStringLiteral("step %1: %2 after %3").arg(i).arg(seen[i]).arg(seen[i - 1])));
        QCOMPARE(seen.count(1.0), 1);
        QCOMPARE(seen.last(), 1.0);
    }

    // A poll and the stream deliver the same log, a container starts its log over, or a poll
    // answered before the stream's news brings a shorter one: the fraction never goes back.
    void repeatedAndShorterLogs()
    {
        const QStringList log{QStringLiteral("Using seed: 7"),
                              QStringLiteral("Generating initial latents for 5 steps"),
                              QStringLiteral("Generating first and last keyframes"),
                              QStringLiteral("Generating frame 0 of keyframe 0"),
                              QStringLiteral("Generating frame 1 of keyframe 0"),
                              QStringLiteral("Generating frame 2 of keyframe 0")};
        RunProgress p = RunProgress::fromInput(smallInput());
        for (const QString &line : log)
            p.addLine(line, 1000);
        const double after = p.fraction();
        QVERIFY(fuzzyEqual(after, 3.76 / kTotal));
        QVERIFY(p.advance(1500));
        const double advanced = p.fraction();
        QVERIFY(advanced > after);

        for (const QString &line : log)
            QVERIFY(!p.addLine(line, 2000));
        QCOMPARE(p.fraction(), advanced);
        for (const QString &line : log.mid(0, 3))
            QVERIFY(!p.addLine(line, 2500));
        QCOMPARE(p.fraction(), advanced);
        // Time still moves it from the same mark, not from the repeated lines.
        QVERIFY(p.advance(2600));
        QVERIFY(p.fraction() > advanced);
        QVERIFY(p.fraction() < 4.6 / kTotal);
    }

    void pingPongFrames()
    {
        // Ping-pong renders a second segment: 2 · 4 = 8 frames of 14 · 2 UNet each → 6.72 s.
        QJsonObject input = smallInput();
        input.insert("gif_ping_pong", true);
        RunProgress p = RunProgress::fromInput(input);
        QVERIFY(fuzzyEqual(p.stageSeconds(Stage::Frames), 6.72));
        QVERIFY(p.addLine(QStringLiteral("Generating frame 1 of keyframe 1"), 0));
        QVERIFY(fuzzyEqual(p.fraction(), (2.08 + 6.72 * 5.0 / 8.0) / p.totalSeconds()));
        // Beyond the plan's loop (a wrong input, another model version): the last frame, no further.
        QVERIFY(p.addLine(QStringLiteral("Generating frame 9 of keyframe 7"), 10));
        QVERIFY(fuzzyEqual(p.fraction(), (2.08 + 6.72 * 7.0 / 8.0) / p.totalSeconds()));
        QVERIFY(p.fraction() < p.stageStart(Stage::Interpolation));
    }

    void latentModeAndMp4Lines()
    {
        QJsonObject input = smallInput();
        input.insert("film_interpolation", false);
        input.insert("output_format", "mp4");
        // Latent mode: (N − 1) · n = 6 VAE decodes, no FILM → 0.48 s; 6 frames encoded → 0.06 s.
        RunProgress p = RunProgress::fromInput(input);
        QVERIFY(fuzzyEqual(p.stageSeconds(Stage::Interpolation), 0.48));
        QVERIFY(fuzzyEqual(p.stageSeconds(Stage::Saving), 0.06));
        QVERIFY(p.addLine(QStringLiteral("Interpolating images from latents"), 0));
        QCOMPARE(p.stage(), Stage::Interpolation);
        QVERIFY(p.addLine(QStringLiteral("Saving MP4"), 10));
        QCOMPARE(p.stage(), Stage::Saving);
        QVERIFY(fuzzyEqual(p.fraction(), (2.08 + 3.36 + 0.48) / p.totalSeconds()));
    }

    void toleratesPrefixesAndNoise()
    {
        RunProgress p = RunProgress::fromInput(smallInput());
        QVERIFY(!p.addLine(QStringLiteral("2024-01-01 WARNING tensorflow: something"), 0));
        QVERIFY(!p.addLine(QString(), 0));
        QVERIFY(!p.addLine(QStringLiteral("Generating frame 99999999999 of keyframe 0"), 0));
        QCOMPARE(p.fraction(), -1.0);
        QVERIFY(p.addLine(QStringLiteral("[stdout] Generating frame 2 of keyframe 0\r"), 10));
        QVERIFY(fuzzyEqual(p.fraction(), 3.76 / kTotal));
    }

    // Without a log (an old Cog server) nothing says how far the run is until its video is saved.
    void noLogUntilTheVideo()
    {
        RunProgress p = RunProgress::fromInput(smallInput());
        QVERIFY(!p.videoYielded(100));
        QVERIFY(!p.advance(200));
        QCOMPARE(p.fraction(), -1.0);
        QCOMPARE(p.etaMs(200), -1);
        QVERIFY(p.videoSaved(300));
        QCOMPARE(p.fraction(), 1.0);
        QCOMPARE(p.etaMs(300), 0);
    }

    // A whole log that arrives in one poll is one observation: its lines took no measurable time,
    // so the pace stays the rates' until a later mark.
    void onePollIsOneObservation()
    {
        RunProgress p = RunProgress::fromInput(smallInput());
        for (const QString &line : {QStringLiteral("Using seed: 7"), QStringLiteral("Generating first and last keyframes"),
                                    QStringLiteral("Generating frame 0 of keyframe 0"),
                                    QStringLiteral("Generating frame 1 of keyframe 0")})
            QVERIFY(p.addLine(line, 3000));
        QVERIFY(!p.usesObservedPace());
        QCOMPARE(p.msPerWorkSecond(), 1000.0);
        QCOMPARE(p.etaMs(3000), 4660);
        // The next poll, 840 ms later, brings one frame (0.84 s of work): the run keeps to the rates.
        QVERIFY(p.addLine(QStringLiteral("Generating frame 2 of keyframe 0"), 3840));
        QVERIFY(p.usesObservedPace());
        QVERIFY(fuzzyEqual(p.msPerWorkSecond(), 1000.0));
        // Then one frame in 84 ms: ten times faster than the rates on average since the first poll.
        RunProgress q = RunProgress::fromInput(smallInput());
        q.addLine(QStringLiteral("Generating frame 0 of keyframe 0"), 0);
        q.addLine(QStringLiteral("Generating frame 1 of keyframe 0"), 84);
        QVERIFY(fuzzyEqual(q.msPerWorkSecond(), 100.0));
        QCOMPARE(q.etaMs(84), 466);
    }

    // Rates that make everything but delivery free, absurd clocks: no division by zero, no crash.
    void degenerateRatesAndClocks()
    {
        model::UnitRates zero;
        zero.unet = zero.vae = zero.film = zero.encode = zero.overhead = 0;
        RunProgress p = RunProgress::fromInput(smallInput(), zero);
        QVERIFY(fuzzyEqual(p.totalSeconds(), 0.5));
        QVERIFY(p.addLine(QStringLiteral("Using seed: 1"), 100));
        QVERIFY(p.addLine(QStringLiteral("Saving GIF"), 50));    // a clock that went back
        QCOMPARE(p.fraction(), 0.0);
        QVERIFY(p.etaMs(0) >= 1);
        QVERIFY(p.videoYielded(200));
        QVERIFY(p.fraction() < 1.0);
        QVERIFY(p.videoSaved(300));
        QCOMPARE(p.fraction(), 1.0);

        model::UnitRates negative;
        negative.unet = -1;
        negative.film = std::numeric_limits<double>::quiet_NaN();
        const RunProgress q = RunProgress::fromInput(smallInput(), negative);
        QCOMPARE(q.stageSeconds(Stage::Frames), 0.0);
        QCOMPARE(q.stageSeconds(Stage::SharedStart), 0.0);
        QVERIFY(std::isfinite(q.totalSeconds()) && q.totalSeconds() > 0);
    }
};

QTEST_GUILESS_MAIN(TestRunProgress)
#include "tst_runprogress.moc"
