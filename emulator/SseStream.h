#pragma once

namespace httplib {
struct Request;
struct Response;
}

namespace sdanim::emulator {

struct EmulatorContext;

// Server-sent events at urls.stream (spec §4): `output` (plain-text file URL), `logs`, `error`, `done`,
// each with `id: <epoch>:<seq>`. Events are derived from the prediction's computed history, so a late
// subscriber gets a full replay and Last-Event-ID resumes after the given sequence number. After
// 30 s (× time scale, at least 1 s) without an event while the prediction is not processing (queued,
// stuck, purged) the stream sends ":408: 408 Request Timeout" and ends.
class SseStream
{
public:
    static void serve(EmulatorContext &context, const httplib::Request &req, httplib::Response &res);
};

} // namespace sdanim::emulator
