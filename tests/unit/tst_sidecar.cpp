#include "store/Sidecar.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace sdanim::store;

class TestSidecar : public QObject
{
    Q_OBJECT
private slots:
    void writesNextToTheOutputAndReadsBack()
    {
        QTemporaryDir dir;
        const QString gif = dir.filePath(QStringLiteral("video.gif"));
        QFile(gif).open(QIODevice::WriteOnly);
        SidecarInfo info;
        info.predictionId = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
        info.backend = QStringLiteral("cloud");
        info.model = QStringLiteral("andreasjansson/stable-diffusion-animation");
        info.version = QStringLiteral("ca1f5e306e5721e19c473e0d094e6603f0456fe759c10715fcd6c1b79242d4a5");
        info.input = QJsonObject{{"prompt_start", "tall ship"}, {"prompt_end", "storm | calm sea"}, {"width", 256}, {"seed", 9}};
        info.createdAt = QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6, 789), Qt::UTC);
        info.webUrl = QStringLiteral("https://someone:pw@replicate.com/p/abcdefghijklmnopqrstuvwxyz?token=r8_leak#x");
        info.outputIndex = 3;
        QString error;
        QVERIFY2(Sidecar::write(info, gif, &error), qPrintable(error));
        QCOMPARE(Sidecar::pathFor(gif), gif + QStringLiteral(".json"));
        QVERIFY(QFile::exists(gif + QStringLiteral(".json")));

        QFile raw(Sidecar::pathFor(gif));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        const QJsonObject o = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(o.value("format").toString(), QStringLiteral("sdanim-output"));
        QCOMPARE(o.value("version").toInt(), 1);
        QCOMPARE(o.value("file").toString(), QStringLiteral("video.gif"));
        QCOMPARE(o.value("web_url").toString(), QStringLiteral("https://replicate.com/p/abcdefghijklmnopqrstuvwxyz"));
        QVERIFY(!bytes.contains("r8_leak") && !bytes.contains("pw@"));

        for (const QString &path : {gif, Sidecar::pathFor(gif)}) {
            const auto back = Sidecar::read(path, &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(back->predictionId, info.predictionId);
            QCOMPARE(back->backend, info.backend);
            QCOMPARE(back->model, info.model);
            QCOMPARE(back->version, info.version);
            QCOMPARE(back->input, info.input);
            QCOMPARE(back->createdAt, info.createdAt);
            QCOMPARE(back->outputIndex, 3);
            QCOMPARE(back->fileName, QStringLiteral("video.gif"));
        }
    }

    void rewriteIsAtomicAndLeavesNoTempFiles()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("output-1.png"));
        SidecarInfo info;
        info.predictionId = QStringLiteral("first");
        QVERIFY(Sidecar::write(info, out));
        info.predictionId = QStringLiteral("second");
        QVERIFY(Sidecar::write(info, out));
        QCOMPARE(Sidecar::read(out)->predictionId, QStringLiteral("second"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("output-1.png.json")});
    }

    void clearErrors()
    {
        QTemporaryDir dir;
        QString error;
        const QString lone = dir.filePath(QStringLiteral("lonely.gif"));
        QVERIFY(!Sidecar::read(lone, &error));
        QVERIFY2(error.contains(QLatin1String("lonely.gif.json not found")), qPrintable(error));

        QFile future(dir.filePath(QStringLiteral("f.mp4.json")));
        QVERIFY(future.open(QIODevice::WriteOnly));
        future.write(R"({"format":"sdanim-output","version":7,"prediction_id":"x"})");
        future.close();
        QVERIFY(!Sidecar::read(dir.filePath(QStringLiteral("f.mp4")), &error));
        QVERIFY2(error.contains(QLatin1String("newer SD Animator")), qPrintable(error));

        // Some other program's JSON next to a file is not mistaken for ours.
        QFile foreign(dir.filePath(QStringLiteral("g.gif.json")));
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write(R"({"prediction_id":"x"})");
        foreign.close();
        QVERIFY(!Sidecar::read(dir.filePath(QStringLiteral("g.gif")), &error));
        QVERIFY2(error.contains(QLatin1String("is not an SD Animator sidecar")), qPrintable(error));
    }

    // A sidecar that is there but cannot be used says why; "not found" is only for a missing one.
    void existingButUnusableSidecarSaysWhy_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("expected");
        const QByteArray good = "\"format\":\"sdanim-output\",\"version\":1";
        QByteArray binary;
        for (int i = 0; i < 4096; ++i) binary.append(char((i * 37) % 256));
        QTest::newRow("empty") << QByteArray() << QStringList{"is empty"};
        QTest::newRow("whitespace only") << QByteArray(" \n\t ") << QStringList{"is empty"};
        QTest::newRow("malformed") << QByteArray(R"({"format":"sdanim-output","version":1,)")
                                   << QStringList{"is not valid JSON", "unterminated object at byte 38"};
        QTest::newRow("cut in a string") << QByteArray("{\"format\":\"sdanim-out") << QStringList{"is not valid JSON", "at byte"};
        QTest::newRow("binary") << binary << QStringList{"binary data, not JSON"};
        QTest::newRow("NUL in text") << QByteArray("{\"format\":") + char(0) + QByteArray("\"sdanim-output\"}")
                                     << QStringList{"binary data, not JSON"};
        QTest::newRow("foreign object") << QByteArray(R"({"prediction_id":"x"})")
                                        << QStringList{"is not an SD Animator sidecar", "no \"format\""};
        QTest::newRow("foreign array") << QByteArray(R"([1,2,3])") << QStringList{"is not an SD Animator sidecar", "a list"};
        QTest::newRow("foreign scalar") << QByteArray("\"sdanim-output\"") << QStringList{"is not an SD Animator sidecar", "it is the text \"sdanim-output\""};
        QTest::newRow("other format") << QByteArray(R"({"format":"sdanim-preset","version":1})")
                                      << QStringList{"is not an SD Animator sidecar", "\"sdanim-preset\"", "\"sdanim-output\""};
        QTest::newRow("format not text") << QByteArray(R"({"format":1,"version":1})")
                                         << QStringList{"field \"format\"", "the number 1", "expected a text"};
        QTest::newRow("newer") << QByteArray(R"({"format":"sdanim-output","version":7,"prediction_id":"x"})")
                               << QStringList{"newer SD Animator", "sidecar format 7", "reads up to 1"};
        QTest::newRow("version missing") << QByteArray(R"({"format":"sdanim-output"})")
                                         << QStringList{"field \"version\"", "is missing", "a whole number from 1"};
        QTest::newRow("version text") << QByteArray(R"({"format":"sdanim-output","version":"1"})")
                                      << QStringList{"field \"version\"", "the text \"1\"", "a whole number from 1"};
        QTest::newRow("version 0") << QByteArray(R"({"format":"sdanim-output","version":0})")
                                   << QStringList{"field \"version\"", "the number 0", "a whole number from 1"};
        QTest::newRow("version fraction") << QByteArray(R"({"format":"sdanim-output","version":1.5})")
                                          << QStringList{"field \"version\"", "the number 1.5"};
        QTest::newRow("input list") << QByteArray("{" + good + R"(,"input":[256]})")
                                    << QStringList{"field \"input\"", "a list", "expected an object"};
        QTest::newRow("prediction_id number") << QByteArray("{" + good + R"(,"prediction_id":42})")
                                              << QStringList{"field \"prediction_id\"", "the number 42", "expected a text"};
        QTest::newRow("output_index fraction") << QByteArray("{" + good + R"(,"output_index":1.5})")
                                               << QStringList{"field \"output_index\"", "the number 1.5", "expected a whole number"};
        QTest::newRow("output_index text") << QByteArray("{" + good + R"(,"output_index":"2"})")
                                           << QStringList{"field \"output_index\"", "the text \"2\""};
        QTest::newRow("synthetic_preview text") << QByteArray("{" + good + R"(,"synthetic_preview":"yes"})")
                                                << QStringList{"field \"synthetic_preview\"", "expected true or false"};
        QTest::newRow("created_at null") << QByteArray("{" + good + R"(,"created_at":null})")
                                         << QStringList{"field \"created_at\"", "null", "expected a text"};
        QTest::newRow("long foreign text is cut") << QByteArray("{" + good + R"(,"input":")" + QByteArray(5000, 'm') + R"("})")
                                                  << QStringList{"field \"input\"", "the text \"mmm", "m…\"", "expected an object"};
    }

    void existingButUnusableSidecarSaysWhy()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString gif = dir.filePath(QStringLiteral("clip.gif"));
        QFile sidecar(Sidecar::pathFor(gif));
        QVERIFY(sidecar.open(QIODevice::WriteOnly));
        sidecar.write(content);
        sidecar.close();
        // The output itself, the sidecar named directly: the same reason either way.
        for (const QString &path : {gif, Sidecar::pathFor(gif)}) {
            QString error;
            QVERIFY(!Sidecar::read(path, &error));
            QVERIFY2(!error.contains(QLatin1String("not found")), qPrintable(error));
            QVERIFY2(error.contains(QDir::toNativeSeparators(Sidecar::pathFor(gif))), qPrintable(error));
            for (const QString &part : expected)
                QVERIFY2(error.contains(part), qPrintable(QStringLiteral("expected \"%1\" in: %2").arg(part, error)));
            QVERIFY2(error.size() < 600, qPrintable(error));   // a status bar line, not the file's content
        }
    }

    void wellTypedOptionalFieldsMayBeLeftOut()
    {
        QTemporaryDir dir;
        const QString gif = dir.filePath(QStringLiteral("min.gif"));
        QFile sidecar(Sidecar::pathFor(gif));
        QVERIFY(sidecar.open(QIODevice::WriteOnly));
        sidecar.write(R"({"format":"sdanim-output","version":1,"input":{"prompt_start":"a fox"},"output_index":0})");
        sidecar.close();
        QString error;
        const auto info = Sidecar::read(gif, &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->input.value("prompt_start").toString(), QStringLiteral("a fox"));
        QCOMPARE(info->outputIndex, 0);
        QVERIFY(info->predictionId.isEmpty());
    }

    void sidecarOverTheLimitSaysSoAlsoWhenOpenedDirectly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.gif.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(Sidecar::MaxFileBytes + 1));
        f.close();
        QString error;
        QVERIFY(!Sidecar::read(path, &error));
        QVERIFY2(error.contains(QLatin1String("more than the limit of 4 MiB")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("not found")), qPrintable(error));
    }

    void folderInPlaceOfTheSidecarSaysSo()
    {
        QTemporaryDir dir;
        const QString gif = dir.filePath(QStringLiteral("d.gif"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("d.gif.json")));
        QString error;
        QVERIFY(!Sidecar::read(gif, &error));
        QVERIFY2(error.contains(QLatin1String("is a folder, not a sidecar file")), qPrintable(error));
    }

    void unreadableSidecarSaysWhy()
    {
        if (::geteuid() == 0) {
            // Root reads files without read permission: run this test function again as nobody.
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            QVERIFY2(!setpriv.isEmpty(), "setpriv (util-linux) is needed to run this check without root");
            QTemporaryDir home;
            QVERIFY(QFile::setPermissions(home.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                           | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther));
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), home.path());
            env.insert(QStringLiteral("TMPDIR"), home.path());
            env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
            child.setProcessEnvironment(env);
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(setpriv, {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                                  QCoreApplication::applicationFilePath(), QStringLiteral("unreadableSidecarSaysWhy")});
            QVERIFY(child.waitForFinished(60000));
            const QByteArray out = child.readAll();
            QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, out.constData());
            QVERIFY2(out.contains("PASS   : TestSidecar::unreadableSidecarSaysWhy()"), out.constData());
            return;
        }
        QTemporaryDir dir;
        const QString gif = dir.filePath(QStringLiteral("locked.gif"));
        QFile f(Sidecar::pathFor(gif));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format":"sdanim-output","version":1})");
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::WriteOwner));
        QString error;
        QVERIFY(!Sidecar::read(gif, &error));
        QVERIFY2(error.contains(QLatin1String("Cannot read")) && error.contains(QLatin1String("ermission")), qPrintable(error));
    }

    // A .json handed over may be an output of that name (x.json, sidecar x.json.json) or a sidecar.
    void jsonPathIsTheSidecarOrAnOutputOfThatName()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("data.json"));
        QFile output(out);
        QVERIFY(output.open(QIODevice::WriteOnly));
        output.write(R"({"frames":[1,2,3]})");
        output.close();
        QString error;
        QVERIFY(!Sidecar::read(out, &error));   // no sidecar for it: that JSON is not one either
        QVERIFY2(error.contains(QLatin1String("is not an SD Animator sidecar")), qPrintable(error));

        SidecarInfo info;
        info.predictionId = QStringLiteral("jsonout");
        QVERIFY2(Sidecar::write(info, out, &error), qPrintable(error));
        const auto back = Sidecar::read(out, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->predictionId, QStringLiteral("jsonout"));

        // A broken sidecar of that output is reported as such, not as the output not being one.
        QFile broken(Sidecar::pathFor(out));
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("{\"format\":");
        broken.close();
        QVERIFY(!Sidecar::read(out, &error));
        QVERIFY2(error.contains(QLatin1String("is not valid JSON")) && error.contains(QLatin1String("data.json.json")),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSidecar)
#include "tst_sidecar.moc"
