#include "store/Sidecar.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

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
    }
};

QTEST_GUILESS_MAIN(TestSidecar)
#include "tst_sidecar.moc"
