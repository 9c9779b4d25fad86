// The server-sent event stream of a prediction (app/api/SseParser), cut into chunks anywhere.
#include "FuzzCheck.h"

#include "api/SseParser.h"

#include <QByteArray>

using namespace sdanim::api;

namespace {

struct Parsed
{
    QList<SseEvent> events;
    QString lastId;
    bool timeout = false;
    int comments = 0;
};

Parsed parseInChunks(const QByteArray &stream, quint32 seed)
{
    SseParser parser;
    Parsed out;
    qsizetype at = 0;
    while (at < stream.size()) {
        // Chunk sizes from a tiny LCG: 1..64 bytes, the way a network hands them over.
        seed = seed * 1103515245u + 12345u;
        const qsizetype len = seed == 0 ? stream.size() : qsizetype(1 + (seed >> 16) % 64);
        out.events << parser.feed(stream.mid(at, len));
        at += len;
    }
    parser.finish();
    out.lastId = parser.lastEventId();
    out.timeout = parser.sawTimeoutComment();
    out.comments = parser.commentCount();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    const quint32 seed = data[0];
    const QByteArray stream(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    SseParser whole;
    const QList<SseEvent> events = whole.feed(stream);
    whole.finish();
    for (const SseEvent &e : events) FUZZ_CHECK(!e.type.isEmpty());

    // Where the network splits the bytes must not change what the stream says.
    const Parsed chunked = parseInChunks(stream, seed | 1u);
    FUZZ_CHECK_EQ(chunked.events.size(), events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        FUZZ_CHECK_EQ(chunked.events[i].type, events[i].type);
        FUZZ_CHECK_EQ(chunked.events[i].data, events[i].data);
        FUZZ_CHECK_EQ(chunked.events[i].id, events[i].id);
    }
    FUZZ_CHECK_EQ(chunked.lastId, whole.lastEventId());
    FUZZ_CHECK_EQ(chunked.timeout, whole.sawTimeoutComment());
    FUZZ_CHECK_EQ(chunked.comments, whole.commentCount());
    return 0;
}
