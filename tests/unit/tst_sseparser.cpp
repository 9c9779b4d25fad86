#include "api/SseParser.h"

#include <QtTest>

using namespace sdanim::api;

class TestSseParser : public QObject
{
    Q_OBJECT
private slots:
    void replicateStream()
    {
        const QByteArray stream =
            ": hello\n"
            "event: logs\nid: 1690212292:0\ndata: Using seed: 42\n\n"
            "event: output\nid: 1690212292:1\ndata: https://localhost:1/x/output-0.png\n\n"
            "event: logs\nid: 1690212292:2\ndata: line one\ndata: line two\n\n"
            "event: output\nid: 1690212292:3\ndata: data:image/png;base64,iVBORw0KGgo=\n\n"
            "event: done\ndata: {}\n\n";
        SseParser parser;
        const QList<SseEvent> events = parser.feed(stream);
        QCOMPARE(events.size(), 5);
        QCOMPARE(events[0].type, QStringLiteral("logs"));
        QCOMPARE(events[0].data, QStringLiteral("Using seed: 42"));
        QCOMPARE(events[0].id, QStringLiteral("1690212292:0"));
        QCOMPARE(events[1].type, QStringLiteral("output"));
        QCOMPARE(events[1].data, QStringLiteral("https://localhost:1/x/output-0.png"));
        QCOMPARE(events[2].data, QStringLiteral("line one\nline two"));
        QCOMPARE(events[3].data, QStringLiteral("data:image/png;base64,iVBORw0KGgo="));
        QCOMPARE(events[4].type, QStringLiteral("done"));
        QCOMPARE(events[4].data, QStringLiteral("{}"));
        QCOMPARE(events[4].id, QStringLiteral("1690212292:3"));  // done without id keeps the last one
        QCOMPARE(parser.lastEventId(), QStringLiteral("1690212292:3"));
        QCOMPARE(parser.commentCount(), 1);
        QVERIFY(!parser.sawTimeoutComment());
    }

    void byteByByteWithCrLfAndUtf8()
    {
        const QByteArray stream = "event: logs\r\ndata: Generating frame 1 of keyframe 0 \xE2\x9C\x93\r\n\r\n"
                                  "event: error\rdata: {\"detail\":\"Something went wrong\"}\r\r";
        SseParser parser;
        QList<SseEvent> events;
        for (char c : stream) events += parser.feed(QByteArray(1, c));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].data, QString::fromUtf8("Generating frame 1 of keyframe 0 \xE2\x9C\x93"));
        QCOMPARE(events[1].type, QStringLiteral("error"));
        QCOMPARE(events[1].data, QStringLiteral("{\"detail\":\"Something went wrong\"}"));
    }

    void fieldEdgeCases()
    {
        SseParser parser;
        // No space after the colon, a field without a colon, an unknown field, retry ignored,
        // an empty data line adding a newline, an untyped event.
        const QList<SseEvent> events = parser.feed(
            "data:no-space\nretry: 1000\nfoo: bar\n\n"
            "data\ndata: x\n\n"
            "data: plain\n\n"
            "\n\n");
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[0].data, QStringLiteral("no-space"));
        QCOMPARE(events[0].type, QStringLiteral("message"));
        QCOMPARE(events[1].data, QStringLiteral("\nx"));
        QCOMPARE(events[2].data, QStringLiteral("plain"));
    }

    void timeoutCommentAndIncompleteTail()
    {
        SseParser parser;
        QList<SseEvent> events = parser.feed(":408: 408 Request Timeout\n\nevent: output\ndata: half");
        QVERIFY(events.isEmpty());
        QVERIFY(parser.sawTimeoutComment());
        parser.finish();  // the half event is discarded, never half-dispatched
        events = parser.feed("event: done\ndata: {\"reason\":\"canceled\"}\n\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].type, QStringLiteral("done"));
        QCOMPARE(events[0].data, QStringLiteral("{\"reason\":\"canceled\"}"));
    }

    void doneWithoutData()
    {
        SseParser parser;
        const QList<SseEvent> events = parser.feed("\xEF\xBB\xBF" "event: done\n\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].type, QStringLiteral("done"));
        QVERIFY(events[0].data.isEmpty());
    }

    void byteOrderMarkSplitOverChunks()
    {
        // Found by tests/fuzz/fuzz_sse: the BOM's bytes arriving in two reads became part of the
        // first field name, so the first event was lost.
        SseParser parser;
        QVERIFY(parser.feed("\xEF").isEmpty());
        QVERIFY(parser.feed("\xBB").isEmpty());
        const QList<SseEvent> events = parser.feed("\xBF" "data: x\n\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].data, QStringLiteral("x"));
        // A stream that only starts like a BOM keeps its bytes.
        SseParser other;
        QVERIFY(other.feed("\xEF").isEmpty());
        QCOMPARE(other.feed("data: y\n\n").size(), 0);   // "\xEF" "data" is an unknown field
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
