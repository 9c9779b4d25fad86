// Server-sent events at urls.stream: event names/ids/data, replay, Last-Event-ID, error/cancel endings,
// the idle 408 comment.
#include "emulator/EmulatorServer.h"
#include "support/EmulatorHttp.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace sdanim::emulator;
using namespace sdanim::testing;

namespace {

struct Event
{
    QString name;
    QString id;
    QString data;
};

// A deliberately plain parser: this test checks the wire format, not the client's SseParser.
QList<Event> parse(const QByteArray &body, QStringList *comments = nullptr)
{
    QList<Event> events;
    for (const QString &block : QString::fromUtf8(body).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        Event e;
        QStringList data;
        for (const QString &line : block.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1Char(':'))) {
                if (comments)
                    *comments << line;
            } else if (line.startsWith(QLatin1String("event: "))) {
                e.name = line.mid(7);
            } else if (line.startsWith(QLatin1String("id: "))) {
                e.id = line.mid(4);
            } else if (line.startsWith(QLatin1String("data: "))) {
                data << line.mid(6);
            }
        }
        if (!e.name.isEmpty()) {
            e.data = data.join(QLatin1Char('\n'));
            events << e;
        }
    }
    return events;
}

} // namespace

class TestEmulatorSse : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<EmulatorHttp> m_http;

    QJsonObject create(const QJsonObject &input)
    {
        return m_http->post(QStringLiteral("/v1/predictions"), createBody(input)).json();
    }
    QString streamPath(const QJsonObject &p)
    {
        const QString url = p.value("urls").toObject().value("stream").toString();
        [&] { QVERIFY(url.startsWith(QStringLiteral("http://localhost:%1/").arg(m_server->port()))); }();
        return EmulatorHttp::pathOf(url);
    }

private slots:
    void initTestCase()
    {
        m_server = startEmulator(fastEmulatorOptions());
        QVERIFY(m_server);
        m_http = std::make_unique<EmulatorHttp>(m_server->port());
    }
    void cleanupTestCase() { m_server.reset(); }

    void liveStreamMatchesPrediction()
    {
        QJsonObject input = tinyInput();
        input.insert("intermediate_output", true);
        input.insert("seed", 7);
        const QJsonObject created = create(input);
        EmulatorHttp stream(m_server->port(), "localhost");
        const HttpResult r = stream.stream(streamPath(created), {{"Accept", "text/event-stream"}, {"Cache-Control", "no-store"}});
        QVERIFY(r.ok);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QStringLiteral("text/event-stream"));
        const QList<Event> events = parse(r.body);

        const QJsonObject p = m_http->get("/v1/predictions/" + created.value("id").toString()).json();
        QCOMPARE(p.value("status").toString(), QStringLiteral("succeeded"));
        QStringList logs;
        QStringList outputs;
        QStringList names;
        for (const Event &e : events) {
            names << e.name;
            if (e.name == "logs")
                logs << e.data;
            if (e.name == "output")
                outputs << e.data;
        }
        QCOMPARE(logs, p.value("logs").toString().split('\n', Qt::SkipEmptyParts));
        QStringList expectedOutputs;
        for (const QJsonValue &v : p.value("output").toArray())
            expectedOutputs << v.toString();
        QCOMPARE(outputs, expectedOutputs);
        QCOMPARE(names.first(), QStringLiteral("logs"));
        QCOMPARE(names.last(), QStringLiteral("done"));
        QCOMPARE(events.last().data, QStringLiteral("{}"));
        // Model order: keyframes line, then output-0.png, then the first frame line.
        QCOMPARE(names.mid(2, 3), (QStringList{"logs", "output", "logs"}));
        QCOMPARE(events[4].data, QStringLiteral("Generating frame 0 of keyframe 0"));
        // ids are <unix seconds>:<sequence>, sequence counting from 0.
        const qint64 nowSecs = QDateTime::currentSecsSinceEpoch();
        for (int i = 0; i < events.size(); ++i) {
            const auto m = QRegularExpression(R"(^(\d+):(\d+)$)").match(events[i].id);
            QVERIFY2(m.hasMatch(), qPrintable(events[i].id));
            QVERIFY(qAbs(m.captured(1).toLongLong() - nowSecs) < 60);
            QCOMPARE(m.captured(2).toInt(), i);
        }
    }

    void replayAndResume()
    {
        const QJsonObject created = create(tinyInput());
        m_http->pollUntil("/v1/predictions/" + created.value("id").toString(), EmulatorHttp::isTerminal);
        EmulatorHttp stream(m_server->port(), "localhost");
        const QList<Event> all = parse(stream.stream(streamPath(created)).body);
        QVERIFY(all.size() > 5);
        QCOMPARE(all.last().name, QStringLiteral("done"));
        const QList<Event> resumed = parse(stream.stream(streamPath(created), {{"Last-Event-ID", all[3].id.toStdString()}}).body);
        QCOMPARE(resumed.size(), all.size() - 4);
        QCOMPARE(resumed.first().id, all[4].id);
    }

    void failedStreamEndsWithError()
    {
        const QJsonObject created = create(tinyInput(QStringLiteral("nsfw please"), QStringLiteral("b")));
        const QList<Event> events = parse(EmulatorHttp(m_server->port(), "localhost").stream(streamPath(created)).body);
        QVERIFY(events.size() >= 2);
        QCOMPARE(events[events.size() - 2].name, QStringLiteral("error"));
        QCOMPARE(QJsonDocument::fromJson(events[events.size() - 2].data.toUtf8()).object().value("detail").toString(),
                 QStringLiteral("NSFW content detected, please try a different prompt and/or seed"));
        QCOMPARE(events.last().name, QStringLiteral("done"));
        QCOMPARE(events.last().data, QStringLiteral("{\"reason\":\"error\"}"));
    }

    void canceledStream()
    {
        m_http->post(QStringLiteral("/_emulator/faults"), QJsonObject{{"stuck_starting", 1}}, {});
        const QJsonObject created = create(tinyInput());
        m_http->post("/v1/predictions/" + created.value("id").toString() + "/cancel", QByteArray());
        const QList<Event> events = parse(EmulatorHttp(m_server->port(), "localhost").stream(streamPath(created)).body);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().name, QStringLiteral("done"));
        QCOMPARE(events.first().data, QStringLiteral("{\"reason\":\"canceled\"}"));
    }

    void idleStreamTimesOut()
    {
        m_http->post(QStringLiteral("/_emulator/faults"), QJsonObject{{"stuck_starting", 1}}, {});
        const QJsonObject created = create(tinyInput());
        QStringList comments;
        const HttpResult r = EmulatorHttp(m_server->port(), "localhost").stream(streamPath(created));
        QVERIFY(r.ok);
        QVERIFY(parse(r.body, &comments).isEmpty());
        QCOMPARE(comments, QStringList{":408: 408 Request Timeout"});
        // It timed out idle, not because the prediction moved on.
        const QString id = created.value("id").toString();
        QCOMPARE(m_http->get("/v1/predictions/" + id).json().value("status").toString(), QStringLiteral("starting"));
        // 30 s × 0.01 is below the 1 s floor. On the emulator's own clock (created_at), a prediction
        // created after the stream ended is at least that much younger than the one it idled on.
        const QJsonObject after = create(tinyInput());
        const auto createdAt = [](const QJsonObject &p) {
            return QDateTime::fromString(p.value("created_at").toString(), Qt::ISODateWithMs);
        };
        const qint64 idle = createdAt(created).msecsTo(createdAt(after));
        QVERIFY2(idle >= 999, qPrintable(QString::number(idle)));   // 999: both stamps are rounded to the millisecond
        m_http->post("/v1/predictions/" + id + "/cancel", QByteArray());
        m_http->post("/v1/predictions/" + after.value("id").toString() + "/cancel", QByteArray());
    }

    // Each open stream holds one server thread; 20 at once must all run to `done` while the API answers.
    void manyConcurrentStreams()
    {
        const QJsonObject created = create(tinyInput());
        const QString path = streamPath(created);
        std::vector<std::thread> readers;
        std::atomic<int> completed{0};
        for (int i = 0; i < 20; ++i) {
            readers.emplace_back([&] {
                EmulatorHttp client(m_server->port(), "localhost");
                const QList<Event> events = parse(client.stream(path).body);
                if (!events.isEmpty() && events.last().name == QLatin1String("done"))
                    ++completed;
            });
        }
        QCOMPARE(m_http->get(QStringLiteral("/v1/account")).status, 200);
        for (auto &t : readers)
            t.join();
        QCOMPARE(completed.load(), 20);
    }

    void unknownStream()
    {
        QCOMPARE(EmulatorHttp(m_server->port(), "localhost").get(QStringLiteral("/v1/files/abcd-nothing"), {}).status, 404);
    }
};

QTEST_MAIN(TestEmulatorSse)
#include "tst_emulator_sse.moc"
