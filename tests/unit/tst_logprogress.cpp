#include "api/LogProgress.h"

#include <QtTest>

using namespace sdanim::api;

class TestLogProgress : public QObject
{
    Q_OBJECT
private slots:
    void segmentsFromInput_data()
    {
        QTest::addColumn<QJsonObject>("input");
        QTest::addColumn<int>("segments");
        QTest::addColumn<int>("frames");
        QTest::newRow("two prompts, defaults") << QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b"}} << 1 << 10;
        QTest::newRow("ping-pong") << QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b"}, {"gif_ping_pong", true}} << 2 << 10;
        QTest::newRow("pipes") << QJsonObject{{"prompt_start", "a"}, {"prompt_end", " b | c |d "}, {"num_animation_frames", 4}} << 3 << 4;
        QTest::newRow("pipes + ping-pong") << QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b|c"}, {"gif_ping_pong", true}} << 3 << 10;
        QTest::newRow("empty pieces ignored") << QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b||"}} << 1 << 10;
        // The model's default example carries numbers as strings.
        QTest::newRow("strings") << QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b"}, {"num_animation_frames", "25"}, {"gif_ping_pong", "true"}} << 2 << 25;
    }

    void segmentsFromInput()
    {
        QFETCH(QJsonObject, input);
        QFETCH(int, segments);
        QFETCH(int, frames);
        const LogProgress p = LogProgress::fromInput(input);
        QCOMPARE(p.segments(), segments);
        QCOMPARE(p.framesPerSegment(), frames);
        QCOMPARE(p.totalFrames(), segments * frames);
    }

    void progressAndEta()
    {
        LogProgress p(2, 5);  // 10 frames
        QCOMPARE(p.fraction(), -1.0);
        QCOMPARE(p.etaMs(0), -1);
        QVERIFY(!p.addLine(QStringLiteral("Using seed: 14899"), 0));
        QVERIFY(!p.addLine(QStringLiteral("Generating initial latents for 9 steps"), 100));
        QVERIFY(!p.addLine(QStringLiteral("Generating first and last keyframes"), 200));
        QVERIFY(p.addLine(QStringLiteral("Generating frame 0 of keyframe 0"), 1000));
        QCOMPARE(p.framesDone(), 1);
        QCOMPARE(p.fraction(), 0.1);
        QCOMPARE(p.etaMs(1000), -1);  // no rate yet
        QVERIFY(p.addLine(QStringLiteral("Generating frame 1 of keyframe 0"), 1500));
        QVERIFY(p.addLine(QStringLiteral("Generating frame 2 of keyframe 0"), 2000));
        // 500 ms per frame, 7 frames to go.
        QCOMPARE(p.etaMs(2000), 3500);
        QCOMPARE(p.etaMs(2200), 3300);  // time passes between lines
        QVERIFY(p.addLine(QStringLiteral("Generating frame 0 of keyframe 1"), 3000));
        QCOMPARE(p.framesDone(), 6);  // s × frames + i + 1
        QCOMPARE(p.fraction(), 0.6);
        QVERIFY(!p.addLine(QStringLiteral("Generating frame 0 of keyframe 1"), 3100));  // repeated line
        QVERIFY(p.addLine(QStringLiteral("Generating frame 4 of keyframe 1"), 4000));
        QCOMPARE(p.fraction(), 1.0);
        QCOMPARE(p.etaMs(4000), 0);
        QVERIFY(!p.addLine(QStringLiteral("Interpolating images with FILM"), 4100));
        QCOMPARE(p.phase(), QStringLiteral("Interpolating images with FILM"));
        QVERIFY(!p.addLine(QStringLiteral("Generating frame 9 of keyframe 7"), 4200));  // clamped, no overflow
        QCOMPARE(p.fraction(), 1.0);
    }

    void toleratesPrefixesAndNoise()
    {
        LogProgress p(1, 10);
        QVERIFY(!p.addLine(QStringLiteral("2024-01-01 WARNING tensorflow: something"), 0));
        QVERIFY(p.addLine(QStringLiteral("[stdout] Generating frame 4 of keyframe 0\r"), 10));
        QCOMPARE(p.framesDone(), 5);
    }
};

QTEST_GUILESS_MAIN(TestLogProgress)
#include "tst_logprogress.moc"
