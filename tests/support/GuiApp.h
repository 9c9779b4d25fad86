#pragma once

// One SD Animator instance for GUI tests: the services main() builds, on a scratch data folder,
// with the offline emulator, and the main window on top. A second instance on the same folder is a
// restart. Only GUI tests include this header (it needs the widgets library).
#include "session/AppServices.h"
#include "session/BackendSession.h"
#include "session/HistoryRateSource.h"
#include "session/InputModel.h"
#include "session/RunController.h"
#include "settings/AppSettings.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"
#include "store/PresetStore.h"
#include "ui/FieldRow.h"
#include "ui/MainWindow.h"
#include "ui/ParameterForm.h"
#include "ui/PromptEditor.h"

#include <QDebug>
#include <QString>
#include <QTest>

#include <functional>
#include <memory>

namespace sdanim::testing {

struct GuiApp
{
    std::unique_ptr<settings::AppSettings> settings;
    std::unique_ptr<store::AsyncHistoryStore> history;
    std::unique_ptr<store::HistoryRecorder> recorder;
    std::unique_ptr<store::PresetStore> presets;
    std::unique_ptr<session::BackendSession> backends;
    std::unique_ptr<session::HistoryRateSource> rates;
    std::unique_ptr<ui::MainWindow> window;

    // `configure` may change the settings before anything reads them.
    GuiApp(const QString &root, double emulatorTimeScale,
           const std::function<void(settings::AppSettings &)> &configure = {})
    {
        settings = std::make_unique<settings::AppSettings>(root + QStringLiteral("/settings.ini"));
        settings->setBackend(settings::AppSettings::BackendChoice::OfflineEmulator);
        settings->setEmulatorTimeScale(emulatorTimeScale);
        settings->setOutputDirectory(root + QStringLiteral("/outputs"));
        settings->setValue(QStringLiteral("storage/dataDirectory"), root + QStringLiteral("/data"));
        settings->setValue(QStringLiteral("network/pollIntervalMs"), 100);
        // Tests open the welcome themselves (tst_welcome) when they mean to.
        settings->setWelcomeShown(true);
        if (configure) configure(*settings);
        history = std::make_unique<store::AsyncHistoryStore>(settings->historyDatabasePath());
        const QString problem = history->open().result();
        if (!problem.isEmpty()) qWarning() << "history:" << problem;
        recorder = std::make_unique<store::HistoryRecorder>(history.get());
        presets = std::make_unique<store::PresetStore>(settings->presetsDirectory());
        backends = std::make_unique<session::BackendSession>(settings.get());
        rates = std::make_unique<session::HistoryRateSource>(history.get());
        session::AppServices services;
        services.settings = settings.get();
        services.backends = backends.get();
        services.history = history.get();
        services.recorder = recorder.get();
        services.presets = presets.get();
        services.rates = rates.get();
        window = std::make_unique<ui::MainWindow>(services);
        window->show();
        backends->rebuild();
    }

    ~GuiApp()
    {
        if (window) window->close();
        window.reset();
        backends.reset();
        rates.reset();
        if (history) history->waitForIdle();
    }

    session::InputModel *model() const { return window->inputModel(); }
    // The run list's newest run once it holds more than `before`: the form's Run goes through the
    // queue, so its run shows once the window's runner started it. Null if none came in time.
    session::Run *newRun(qsizetype before, int timeoutMs = 60000) const
    {
        session::RunController *runs = window->runController();
        if (!QTest::qWaitFor([&] { return runs->runs().size() > before; }, timeoutMs)) return nullptr;
        return runs->runs().first();
    }
    ui::PromptEditor *prompts() const { return window->form()->promptEditor(); }
    ui::FieldRow *row(const char *name) const { return window->form()->row(QLatin1String(name)); }
    // A two-prompt animation that renders in moments: 128×128, 3 frames, 2 interpolation steps.
    void setTinyInput() const
    {
        model()->setValue(QStringLiteral("prompt_start"), QStringLiteral("a lighthouse"));
        model()->setValue(QStringLiteral("prompt_end"), QStringLiteral("a storm"));
        model()->setValue(QStringLiteral("width"), 128);
        model()->setValue(QStringLiteral("height"), 128);
        model()->setValue(QStringLiteral("num_animation_frames"), 3);
        model()->setValue(QStringLiteral("num_interpolation_steps"), 2);
    }
};

} // namespace sdanim::testing
