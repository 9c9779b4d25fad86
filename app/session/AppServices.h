#pragma once

namespace sdanim::settings { class AppSettings; }
namespace sdanim::store { class AsyncHistoryStore; class HistoryRecorder; class PresetStore; }

namespace sdanim::session {

class BackendSession;
class HistoryRateSource;

// The long-lived services the main window works with. main() builds them for the real app; GUI
// tests build them on temporary directories. Not owned by the window.
struct AppServices
{
    settings::AppSettings *settings = nullptr;
    BackendSession *backends = nullptr;
    store::AsyncHistoryStore *history = nullptr;
    store::HistoryRecorder *recorder = nullptr;
    store::PresetStore *presets = nullptr;
    // Run-time rates fitted to the history; null: the documented defaults.
    HistoryRateSource *rates = nullptr;
};

} // namespace sdanim::session
