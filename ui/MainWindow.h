#pragma once

#include "queue/QueueJob.h"
#include "session/AppServices.h"

#include <QHash>
#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QLabel;
class QMenu;
class QPushButton;
class QScrollArea;
class QSplitter;
class QSystemTrayIcon;
class QTimer;

namespace sdanim::api { class Backend; class PredictionJob; }
namespace sdanim::schema { class ModelSchema; }
namespace sdanim::session {
class InputModel;
class PlanPreview;
class PresetLibrary;
class Run;
class RunController;
class RunEstimates;
}

namespace sdanim::queue { class QueueController; }

namespace sdanim::ui {

class CompareGridDock;
class QueueDock;
class DebugLogDock;
class HistorySidebar;
class ParameterForm;
class PreviewPane;
class RunListView;
class WelcomeDialog;

// The window people live in: the input form on the left, the preview and the runs on the right,
// the history in a dock, the current backend always visible in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const session::AppServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    session::InputModel *inputModel() const { return m_model; }
    session::RunController *runController() const { return m_runs; }
    ParameterForm *form() const { return m_form; }
    RunListView *runList() const { return m_runList; }
    PreviewPane *previewPane() const { return m_preview; }
    QPushButton *runButton() const { return m_runButton; }
    // Sweep… next to Run, and the compare grid it fills (a dock, hidden until a sweep).
    QPushButton *sweepButton() const { return m_sweepButton; }
    CompareGridDock *compareGrid() const { return m_compareGrid; }
    QueueDock *queueDock() const { return m_queueDock; }
    QLabel *runBlockedLabel() const { return m_runBlocked; }
    // The estimated run time and cost of the inputs in the form, above Run.
    QLabel *runEstimateLabel() const { return m_runEstimate; }
    session::PlanPreview *planPreview() const { return m_plan; }
    session::RunEstimates *runEstimates() const { return m_estimates; }
    QLabel *backendBadge() const { return m_backendBadge; }
    HistorySidebar *historySidebar() const { return m_history; }
    session::PresetLibrary *presetLibrary() const { return m_presets; }
    // View → Debug Log (hidden until shown) and the welcome while it is open (else null).
    DebugLogDock *debugLogDock() const { return m_debugDock; }
    WelcomeDialog *welcomeDialog() const;

    // The snippet for the current inputs ("curl", "python" or "node"), token masked.
    QString codeSnippet(const QString &language) const;
    // Loads the inputs recorded next to an output file (or in the sidecar JSON itself).
    bool loadInputsFromFile(const QString &path, QString *error = nullptr);

public slots:
    // The form's input as a job at the front of the persistent queue: the window's runner starts
    // it at once when the backend's concurrency limit and the budget allow, else the status bar
    // says why it waits. Without a queue (no history), or when it cannot be written, a direct run.
    void startRun();
    // Opens the sweep dialog over the form's inputs; the sweep fills the compare grid.
    void startSweep();
    // The form's input as a job at the end of the persistent queue, for the current backend.
    void addToQueue();
    void cancelSelectedRun();
    void copyCodeSnippet(const QString &language);
    void reuseSeedOf(sdanim::session::Run *run);
    void loadInputsOf(sdanim::session::Run *run);
    // Saves the form as preset `name` (replacing a saved preset of that name).
    void savePreset(const QString &name);
    // Sets the inputs the preset has; the others keep their values.
    bool applyPreset(const QString &name);
    void showHistoryEntry(const QString &key);
    // The local re-export dialog (ui::ExportDialog) for a file, or for a history entry's animation.
    void openExportDialog(const QString &path);
    void exportHistoryEntry(const QString &key);
    void openSettings();
    // The first-run welcome (Help → Welcome); marks it shown in the settings.
    void showWelcome();
    // The built-in example preset (store::PresetStore::exampleName()), once the schema is known.
    void loadExample();

signals:
    // After a run ended while the window was not active (the desktop notification's trigger).
    void notificationShown(const QString &title, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void restoreWindowState();
    void saveWindowState();
    void onBackendChanged(api::Backend *backend);
    void releaseIdleBackends();
    void onSchemaReady(const schema::ModelSchema &schema, bool fromNetwork);
    void refreshRunButton();
    void refreshEstimate();
    void refreshBackendBadge();
    void onRunSelected(session::Run *run);
    void onRunFinished(session::Run *run);
    void showRunOutput(session::Run *run);
    void notify(const QString &title, const QString &message);
    void openOutputFile();
    void savePresetInteractively();
    void openPresetManager();
    void rebuildPresetMenu();
    void startDirectRun(const QJsonObject &input);
    // The form's `input` as a queue job for the current backend (there must be one), with its
    // deployment and estimate (0 on a Cog container).
    queue::QueueJob formJob(const QJsonObject &input) const;
    void onQueueJobStarted(qint64 id, api::PredictionJob *job, const QString &historyKey);
    void showQueuedRunReasons();

    session::AppServices m_services;
    session::InputModel *m_model;
    session::RunController *m_runs;
    session::RunEstimates *m_estimates;
    session::PlanPreview *m_plan;
    QPointer<session::Run> m_previewRun;

    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    QScrollArea *m_formScroll = nullptr;
    ParameterForm *m_form = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_sweepButton = nullptr;
    CompareGridDock *m_compareGrid = nullptr;
    queue::QueueController *m_queue = nullptr;
    QueueDock *m_queueDock = nullptr;
    // The form's runs still waiting in the queue, by job id, with the reason last shown.
    QHash<qint64, QString> m_queuedRuns;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_runBlocked = nullptr;
    QLabel *m_runEstimate = nullptr;
    RunListView *m_runList = nullptr;
    PreviewPane *m_preview = nullptr;
    QLabel *m_backendBadge = nullptr;
    QLabel *m_activeRuns = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_saveFormTimer = nullptr;
    QAction *m_cancelAction = nullptr;
    session::PresetLibrary *m_presets = nullptr;
    QMenu *m_presetMenu = nullptr;
    QList<QAction *> m_presetActions;
    HistorySidebar *m_history = nullptr;
    QDockWidget *m_historyDock = nullptr;
    DebugLogDock *m_debugDock = nullptr;
    QPointer<WelcomeDialog> m_welcome;
    QString m_pendingPreset;   // applied when the first schema arrives
};

} // namespace sdanim::ui
