#include "api/Prediction.h"
#include "emulator/EmulatorCommandLine.h"
#include "support/EmulatorHttp.h"

#include <QtTest>

using namespace sdanim;
using namespace sdanim::testing;

namespace {

const QJsonObject kInput{{"prompt_start", "a"}, {"prompt_end", "b"}, {"num_animation_frames", 3},
                         {"num_interpolation_steps", 2}, {"width", 128}, {"height", 128}};

QString statusOf(const QJsonObject &p) { return p.value(QLatin1String("status")).toString(); }

QDateTime timeOf(const QJsonObject &p, const char *key) { return api::parseTimestamp(p.value(QLatin1String(key)).toString()); }

emulator::EmulatorOptions withMaxRunning(int maxRunning)
{
    emulator::EmulatorOptions options = fastEmulatorOptions(0.05);
    options.maxRunning = maxRunning;
    return options;
}

// Three predictions of kInput, each accepted and still starting when its create returns.
void createThree(EmulatorHttp &http, QStringList *ids)
{
    for (int i = 0; i < 3; ++i) {
        const HttpResult created = http.post(QStringLiteral("/v1/predictions"), createBody(kInput));
        QCOMPARE(created.status, 201);
        QCOMPARE(statusOf(created.json()), QStringLiteral("starting"));
        *ids << created.json().value(QLatin1String("id")).toString();
    }
}

} // namespace

class TestEmulatorMaxRunning : public QObject
{
    Q_OBJECT
private slots:
    void commandLine()
    {
        emulator::EmulatorOptions options;
        QString message;
        QCOMPARE(emulator::EmulatorCommandLine::parse({"sdanim-emulator"}, &options, &message),
                 emulator::EmulatorCommandLine::Result::Run);
        QCOMPARE(options.maxRunning, 0);
        QCOMPARE(emulator::EmulatorCommandLine::parse({"sdanim-emulator", "--max-running", "3"}, &options, &message),
                 emulator::EmulatorCommandLine::Result::Run);
        QCOMPARE(options.maxRunning, 3);
        QCOMPARE(emulator::EmulatorCommandLine::parse({"sdanim-emulator", "--max-running", "-1"}, &options, &message),
                 emulator::EmulatorCommandLine::Result::Error);
        QVERIFY2(message.contains(QLatin1String("--max-running")), qPrintable(message));
    }

    // N = 2: the third prediction stays in starting, without a start time or a log line, for as long
    // as the first two run, and starts when one of them has finished.
    void theNextPredictionWaitsInStartingForASlot()
    {
        auto server = startEmulator(withMaxRunning(2));
        QVERIFY(server);
        EmulatorHttp http(server->port());
        QStringList ids;
        createThree(http, &ids);
        if (QTest::currentTestFailed()) return;
        auto get = [&](int i) { return http.get(QStringLiteral("/v1/predictions/") + ids.at(i)).json(); };

        bool firstTwoProcessed = false;
        int waitingChecks = 0;
        QJsonObject a, b, c;
        forever {
            // The third is read first: if the other two are still running after it, they were when it was read.
            c = get(2);
            a = get(0);
            b = get(1);
            if (EmulatorHttp::isTerminal(a) || EmulatorHttp::isTerminal(b)) break;
            QCOMPARE(statusOf(c), QStringLiteral("starting"));
            QVERIFY2(!timeOf(c, "started_at").isValid(), QJsonDocument(c).toJson().constData());
            QVERIFY(c.value(QLatin1String("logs")).toString().isEmpty());
            ++waitingChecks;
            firstTwoProcessed = firstTwoProcessed || (statusOf(a) == QLatin1String("processing") && statusOf(b) == QLatin1String("processing"));
            QThread::msleep(20);   // polling interval, not a wait for an outcome
        }
        QVERIFY(waitingChecks > 0);
        QVERIFY(firstTwoProcessed);

        a = http.pollUntil(QStringLiteral("/v1/predictions/") + ids.at(0), EmulatorHttp::isTerminal);
        b = http.pollUntil(QStringLiteral("/v1/predictions/") + ids.at(1), EmulatorHttp::isTerminal);
        c = http.pollUntil(QStringLiteral("/v1/predictions/") + ids.at(2), EmulatorHttp::isTerminal);
        QCOMPARE(statusOf(a), QStringLiteral("succeeded"));
        QCOMPARE(statusOf(b), QStringLiteral("succeeded"));
        QCOMPARE(statusOf(c), QStringLiteral("succeeded"));
        // Its slot is the first one freed: it started when that prediction completed, not before.
        const QDateTime freed = qMin(timeOf(a, "completed_at"), timeOf(b, "completed_at"));
        QVERIFY(freed.isValid());
        QVERIFY2(timeOf(c, "started_at") >= freed, qPrintable(timeOf(c, "started_at").toString(Qt::ISODateWithMs)));
        QVERIFY(timeOf(a, "started_at") < freed && timeOf(b, "started_at") < freed);
    }

    // A prediction canceled while it waits never takes a slot; the one after it does.
    void aCanceledWaiterLeavesTheSlotToTheNext()
    {
        auto server = startEmulator(withMaxRunning(1));
        QVERIFY(server);
        EmulatorHttp http(server->port());
        QStringList ids;
        createThree(http, &ids);
        if (QTest::currentTestFailed()) return;
        const QJsonObject canceled = http.post(QStringLiteral("/v1/predictions/%1/cancel").arg(ids.at(1)), QByteArray()).json();
        QCOMPARE(statusOf(canceled), QStringLiteral("canceled"));
        const QJsonObject first = http.pollUntil(QStringLiteral("/v1/predictions/") + ids.at(0), EmulatorHttp::isTerminal);
        const QJsonObject third = http.pollUntil(QStringLiteral("/v1/predictions/") + ids.at(2), EmulatorHttp::isTerminal);
        QCOMPARE(statusOf(first), QStringLiteral("succeeded"));
        QCOMPARE(statusOf(third), QStringLiteral("succeeded"));
        QVERIFY(timeOf(third, "started_at") >= timeOf(first, "completed_at"));
        // The canceled one never ran: no log, and it ended before the first run did.
        const QJsonObject second = http.get(QStringLiteral("/v1/predictions/") + ids.at(1)).json();
        QCOMPARE(statusOf(second), QStringLiteral("canceled"));
        QVERIFY(second.value(QLatin1String("logs")).toString().isEmpty());
    }
};

QTEST_MAIN(TestEmulatorMaxRunning)
#include "tst_emulator_max_running.moc"
