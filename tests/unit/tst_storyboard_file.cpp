// The storyboard project file: what a save writes is what a load reads, and each kind of bad file
// is refused with a sentence that says what is wrong and where.
#include "storyboard/Storyboard.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using sdanim::storyboard::Storyboard;

namespace {

QJsonObject validProject()
{
    return QJsonObject{{"format", "sdanim-storyboard"},
                       {"version", 1},
                       {"prompts", QJsonArray{"a fox", "a bird", "a fish"}},
                       {"transitions", QJsonArray{QJsonObject{{"animation_frames", 4}, {"interpolation_steps", 2}, {"crossfade_frames", 2}},
                                                  QJsonObject{{"animation_frames", 6}, {"prompt_strength", 0.7}}}},
                       {"seed", 7},
                       {"width", 256},
                       {"height", 256},
                       {"fps", 12},
                       {"output_format", "mp4"}};
}

QString firstError(const QJsonObject &project)
{
    QStringList errors;
    const auto s = Storyboard::fromJson(project, &errors);
    return s ? QString() : errors.value(0);
}

QString writeFile(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath("project.json");
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(bytes);
    return path;
}

} // namespace

class TestStoryboardFile : public QObject
{
    Q_OBJECT
private slots:
    void saveAndLoadKeepEverything()
    {
        QStringList errors;
        auto s = Storyboard::fromJson(validProject(), &errors);
        QVERIFY2(s, qPrintable(errors.join('\n')));
        QCOMPARE(s->transitionCount(), 2);
        QCOMPARE(s->transitions.at(0).crossfadeFrames, 2);
        QCOMPARE(s->transitions.at(1).promptStrength, 0.7);
        QCOMPARE(s->transitions.at(1).interpolationSteps, 5);   // the model's default
        QCOMPARE(s->inputFor(1).value("prompt_start").toString(), QStringLiteral("a bird"));
        QCOMPARE(s->inputFor(1).value("prompt_end").toString(), QStringLiteral("a fish"));
        QCOMPARE(s->inputFor(1).value("seed").toInteger(), 7);
        QCOMPARE(s->pendingTransitions(), (QList<int>{0, 1}));
        s->transitions[0].outputFile = QStringLiteral("/nowhere/video.mp4");
        s->transitions[0].predictionId = QStringLiteral("p1");
        s->transitions[0].ranInput = s->inputFor(0);
        s->stitchedFile = QStringLiteral("/nowhere/story.mp4");
        s->boundaryFrames = {0, 5};
        QTemporaryDir dir;
        QString error;
        QVERIFY2(s->save(dir.filePath("p.json"), &error), qPrintable(error));
        const auto loaded = Storyboard::load(dir.filePath("p.json"), &errors);
        QVERIFY2(loaded, qPrintable(errors.join('\n')));
        QCOMPARE(loaded->prompts, s->prompts);
        QCOMPARE(loaded->transitions, s->transitions);
        QCOMPARE(loaded->boundaryFrames, s->boundaryFrames);
        QCOMPARE(loaded->stitchedFile, s->stitchedFile);
        // Its video is gone, so transition 1 runs again even though its input is unchanged.
        QCOMPARE(loaded->pendingTransitions(), (QList<int>{0, 1}));
        QCOMPARE(loaded->pendingTransitions({1}), (QList<int>{0, 1}));
    }

    void badProjectsSayWhatIsWrong_data()
    {
        QTest::addColumn<QJsonObject>("project");
        QTest::addColumn<QString>("expected");
        QJsonObject o = validProject();
        o.remove("format");
        QTest::newRow("not a storyboard") << o << "not a storyboard project";
        o = validProject();
        o["version"] = 2;
        QTest::newRow("newer version") << o << "version 2, made by a newer SD Animator";
        o = validProject();
        o["prompts"] = QJsonArray{"only one"};
        o["transitions"] = QJsonArray{};
        QTest::newRow("one prompt") << o << "at least two prompts";
        o = validProject();
        o["transitions"] = QJsonArray{QJsonObject{}};
        QTest::newRow("transition missing") << o << "3 prompts need 2 transitions, the file has 1";
        o = validProject();
        o["seed"] = "seven";
        QTest::newRow("seed text") << o << "\"seed\" must be a whole number";
        o = validProject();
        o["transitions"] = QJsonArray{QJsonObject{{"animation_frames", 60}}, QJsonObject{}};
        QTest::newRow("frames out of range") << o << "Transition 1 (prompt 1 → 2): num_animation_frames:";
        o = validProject();
        o["transitions"] = QJsonArray{QJsonObject{{"animation_frames", 2.5}}, QJsonObject{}};
        QTest::newRow("frames not whole") << o << "Transition 1: \"animation_frames\" must be a whole number";
        o = validProject();
        o["transitions"] = QJsonArray{QJsonObject{{"animation_frames", 4}, {"interpolation_steps", 2}, {"crossfade_frames", 7}}, QJsonObject{}};
        QTest::newRow("crossfade too long") << o << "a crossfade of 7 frames is longer than the transitions beside it allow (at most 6)";
        o = validProject();
        o["prompts"] = QJsonArray{"a", "b | c", "d"};
        QTest::newRow("pipe in a prompt") << o << "Prompt 2: a storyboard prompt cannot contain \"|\"";
        o = validProject();
        o["transitions"] = QJsonArray{QJsonObject{{"animation_frames", 50}, {"interpolation_steps", 9}}, QJsonObject{}};
        QTest::newRow("part too long") << o << "it makes 785 frames; a storyboard transition can have at most 399";
        o = validProject();
        o["output_format"] = "webm";
        QTest::newRow("format") << o << "\"output_format\" must be \"gif\" or \"mp4\"";
    }

    void badProjectsSayWhatIsWrong()
    {
        QFETCH(QJsonObject, project);
        QFETCH(QString, expected);
        const QString error = firstError(project);
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void badFilesSayWhatIsWrong()
    {
        QTemporaryDir dir;
        QStringList errors;
        QVERIFY(!Storyboard::load(dir.filePath("missing.json"), &errors));
        QVERIFY2(errors.value(0).contains("cannot be opened"), qPrintable(errors.value(0)));
        QVERIFY(!Storyboard::load(writeFile(dir, "{\"format\": "), &errors));
        QVERIFY2(errors.value(0).contains("is not valid JSON"), qPrintable(errors.value(0)));
        QVERIFY(!Storyboard::load(writeFile(dir, "[1, 2]"), &errors));
        QVERIFY2(errors.value(0).contains("must hold one JSON object"), qPrintable(errors.value(0)));
        QVERIFY(!Storyboard::load(writeFile(dir, QByteArray(Storyboard::MaxFileBytes + 1, ' ')), &errors));
        QVERIFY2(errors.value(0).contains("is larger than 1024 KB"), qPrintable(errors.value(0)));
    }

    void fitTransitionsFollowsThePrompts()
    {
        Storyboard s = Storyboard::createDefault();
        QCOMPARE(s.transitionCount(), 1);
        s.transitions[0].animationFrames = 7;
        s.prompts << "c" << "d";
        s.fitTransitions();
        QCOMPARE(s.transitionCount(), 3);
        QCOMPARE(s.transitions.at(2).animationFrames, 7);   // like the one before it
        s.prompts.removeLast();
        s.fitTransitions();
        QCOMPARE(s.transitionCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStoryboardFile)
#include "tst_storyboard_file.moc"
