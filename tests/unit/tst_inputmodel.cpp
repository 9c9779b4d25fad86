#include "session/AnimationSummary.h"
#include "session/InputModel.h"
#include "session/PromptSequence.h"
#include "settings/AppSettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sdanim::session;

class TestInputModel : public QObject
{
    Q_OBJECT
private slots:
    void startsWithSchemaDefaults()
    {
        InputModel m;
        QCOMPARE(m.value(QStringLiteral("width")).toInt(), 512);
        QCOMPARE(m.value(QStringLiteral("film_interpolation")).toBool(), true);
        QVERIFY(m.value(QStringLiteral("seed")).isUndefined());
        QVERIFY(!m.isValid()); // the two prompts are required
        QVERIFY(m.isOnlyIncomplete());
        QVERIFY(m.blockingReason().startsWith(QStringLiteral("Fill in Start prompt")));
        QVERIFY(m.blockingReason().endsWith(QStringLiteral("End prompts to run.")));
    }

    void validatesWithServerMessages()
    {
        InputModel m;
        m.setValue(QStringLiteral("prompt_start"), QStringLiteral("a"));
        m.setValue(QStringLiteral("prompt_end"), QStringLiteral("b"));
        QVERIFY(m.isValid());
        QSignalSpy errs(&m, &InputModel::errorsChanged);
        m.setValue(QStringLiteral("num_inference_steps"), 501);
        QCOMPARE(errs.size(), 1);
        const auto e = m.errors(QStringLiteral("num_inference_steps"));
        QCOMPARE(e.size(), 1);
        QCOMPARE(e.first().description, QStringLiteral("Must be less than or equal to 500"));
        QVERIFY(!m.isValid());
        m.resetToDefault(QStringLiteral("num_inference_steps"));
        QVERIFY(m.isValid());
        // prompt_strength has no range: anything numeric is accepted.
        m.setValue(QStringLiteral("prompt_strength"), 3.5);
        QVERIFY(m.isValid());
    }

    void emptyEndPromptIsReported()
    {
        InputModel m;
        m.setValue(QStringLiteral("prompt_start"), QStringLiteral("a"));
        m.setValue(QStringLiteral("prompt_end"), PromptSequence::joinEndPrompts({QStringLiteral("b"), QString()}));
        QCOMPARE(m.errors(QStringLiteral("prompt_end")).size(), 1);
        QVERIFY(m.blockingReason().contains(QStringLiteral("End prompt 2 is empty")));
    }

    void serverErrorsStayUntilEdited()
    {
        InputModel m;
        m.setValue(QStringLiteral("prompt_start"), QStringLiteral("a"));
        m.setValue(QStringLiteral("prompt_end"), QStringLiteral("b"));
        m.setServerErrors({{QStringLiteral("number_lte"), QStringLiteral("input.guidance_scale"),
                            QStringLiteral("Must be less than or equal to 20")}});
        QCOMPARE(m.errors(QStringLiteral("guidance_scale")).size(), 1);
        QVERIFY(!m.isValid());
        m.setValue(QStringLiteral("guidance_scale"), 8.0);
        QVERIFY(m.errors(QStringLiteral("guidance_scale")).isEmpty());
        QVERIFY(m.isValid());
    }

    void seedLockAndDraw()
    {
        InputModel m;
        QVERIFY(!m.isSeedLocked());
        const QJsonObject first = m.prepareRunInput();
        QVERIFY(first.value(QStringLiteral("seed")).isDouble());
        QVERIFY(!m.isSeedLocked());
        m.reuseSeed(1234);
        QVERIFY(m.isSeedLocked());
        QCOMPARE(m.prepareRunInput().value(QStringLiteral("seed")).toInt(), 1234);
        QCOMPARE(m.prepareRunInput().value(QStringLiteral("seed")).toInt(), 1234);
        m.resetToDefault(QStringLiteral("seed"));
        QVERIFY(!m.isSeedLocked());
        QVERIFY(!m.input().contains(QStringLiteral("seed")));
    }

    void loadsOldPredictionInputs()
    {
        InputModel m;
        const QStringList ignored = m.load({{QStringLiteral("prompt_start"), QStringLiteral("x")},
                                            {QStringLiteral("prompt_end"), QStringLiteral("y|z")},
                                            {QStringLiteral("num_animation_frames"), QStringLiteral("25")},
                                            {QStringLiteral("seed"), 7},
                                            {QStringLiteral("unknown"), 1}});
        QCOMPARE(ignored, QStringList{QStringLiteral("unknown")});
        QCOMPARE(m.value(QStringLiteral("num_animation_frames")), QJsonValue(25));
        QCOMPARE(m.value(QStringLiteral("width")).toInt(), 512);
        QVERIFY(m.isSeedLocked());
        QVERIFY(m.isValid());
    }

    void persistsAcrossInstances()
    {
        QTemporaryDir dir;
        sdanim::settings::AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        {
            InputModel m;
            m.setValue(QStringLiteral("prompt_start"), QStringLiteral("sun"));
            m.setValue(QStringLiteral("height"), 256);
            m.reuseSeed(99);
            m.saveTo(settings);
        }
        InputModel m;
        m.restoreFrom(settings);
        QCOMPARE(m.value(QStringLiteral("prompt_start")).toString(), QStringLiteral("sun"));
        QCOMPARE(m.value(QStringLiteral("height")).toInt(), 256);
        QCOMPARE(m.value(QStringLiteral("seed")).toInt(), 99);
        QVERIFY(m.isSeedLocked());
    }

    void summaryFollowsFrameContract()
    {
        QJsonObject in{{QStringLiteral("prompt_end"), QStringLiteral("b | c")},
                       {QStringLiteral("gif_ping_pong"), true},
                       {QStringLiteral("num_animation_frames"), 10},
                       {QStringLiteral("num_interpolation_steps"), 5},
                       {QStringLiteral("gif_frames_per_second"), 20}};
        const AnimationSummary s = AnimationSummary::fromInput(in);
        QCOMPARE(s.keyframes, 3);
        QCOMPARE(s.segments, 3);
        QCOMPARE(s.totalFrames, 150);
        QCOMPARE(s.seconds, 7.5);
        QCOMPARE(PromptSequence::splitEndPrompts(QStringLiteral(" b |c ")), (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(PromptSequence::joinEndPrompts({QStringLiteral("b "), QStringLiteral("c")}), QStringLiteral("b | c"));
    }
};

QTEST_GUILESS_MAIN(TestInputModel)
#include "tst_inputmodel.moc"
