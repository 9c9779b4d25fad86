#pragma once

namespace sdanim::settings { class AppSettings; }
namespace sdanim::store { class AsyncHistoryStore; class HistoryRecorder; class PresetStore; }

namespace sdanim::session {

class BackendSession;

// The long-lived services the main window works with. main() builds them for the real app; GUI
// tests build them on temporary directories. Not owned by the window.
struct AppServices
{
    settings::AppSettings *settings = nullptr;
    BackendSession *backends = nullptr;
    store::AsyncHistoryStore *history = nullptr;
    store::HistoryRecorder *recorder = nullptr;
    store::PresetStore *presets = nullptr;
};

} // namespace sdanim::session
