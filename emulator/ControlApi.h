#pragma once

namespace httplib {
class Server;
}

namespace sdanim::emulator {

struct EmulatorContext;

// Test control under /_emulator: fault plan, reset, forced data removal, received-request log, and
// every prediction's timeline (state changes and outputs, wall-clock ms) for benchmarks.
class ControlApi
{
public:
    explicit ControlApi(EmulatorContext &context) : m_ctx(context) {}
    void registerRoutes(httplib::Server &server);

private:
    EmulatorContext &m_ctx;
};

} // namespace sdanim::emulator
