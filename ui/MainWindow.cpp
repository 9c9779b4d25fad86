#include "ui/MainWindow.h"
#include "ui/DeferredIcon.h"

#include "concurrent/FutureCallbacks.h"

#include "api/Backend.h"
#include "api/RequestLog.h"
#include "cli/CliApp.h"
#include "export/CodeSnippets.h"
#include "model/RunEstimator.h"
#include "queue/QueueController.h"
#include "queue/QueueStore.h"
#include "session/BackendSession.h"
#include "session/InputModel.h"
#include "session/PlanPreview.h"
#include "session/PresetLibrary.h"
#include "session/Run.h"
#include "session/RunController.h"
#include "session/RunEstimates.h"
#include "settings/AppSettings.h"
#include "store/AsyncHistoryStore.h"
#include "store/PresetStore.h"
#include "store/Sidecar.h"
#include "ui/CompareGridDock.h"
#include "ui/DebugLogDock.h"
#include "ui/QueueDock.h"
#include "ui/ExportDialog.h"
#include "ui/HistoryImportBar.h"
#include "ui/HistoryListModel.h"
#include "ui/HistorySidebar.h"
#include "ui/ParameterForm.h"
#include "ui/PresetManagerDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/PreviewPane.h"
#include "ui/RunListView.h"
#include "ui/RunRow.h"
#include "ui/StatusColors.h"
#include "ui/StoryboardDialog.h"
#include "ui/SweepDialog.h"
#include "ui/WelcomeDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace sdanim::ui {

namespace {
const QString kGeometry = QStringLiteral("ui/geometry");
const QString kWindowState = QStringLiteral("ui/windowState");
const QString kMainSplitter = QStringLiteral("ui/mainSplitter");
const QString kRightSplitter = QStringLiteral("ui/rightSplitter");
} // namespace

MainWindow::MainWindow(const session::AppServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_model(new session::InputModel(this))
    , m_runs(new session::RunController(this))
    , m_estimates(new session::RunEstimates(services.rates, services.settings, this))
    , m_plan(new session::PlanPreview(m_model, m_estimates, this))
{
    setWindowTitle(tr("SD Animator"));
    setAcceptDrops(true);
    if (m_services.settings)
        m_model->restoreFrom(*m_services.settings);
    m_runs->setRecorder(m_services.recorder);
    if (m_services.presets) {
        m_presets = new session::PresetLibrary(m_services.presets, this);
        connect(m_presets, &session::PresetLibrary::operationFinished, this, [this](bool, const QString &message) {
            statusBar()->showMessage(message, 8000);
        });
    }

    buildUi();
    buildMenus();
    restoreWindowState();

    // Form values survive a crash, not only a clean exit.
    m_saveFormTimer = new QTimer(this);
    m_saveFormTimer->setSingleShot(true);
    m_saveFormTimer->setInterval(400);
    connect(m_saveFormTimer, &QTimer::timeout, this, [this] {
        if (m_services.settings) m_model->saveTo(*m_services.settings);
    });
    connect(m_model, &session::InputModel::valueChanged, m_saveFormTimer, qOverload<>(&QTimer::start));
    connect(m_model, &session::InputModel::seedLockChanged, m_saveFormTimer, qOverload<>(&QTimer::start));
    connect(m_model, &session::InputModel::validityChanged, this, &MainWindow::refreshRunButton);
    connect(m_plan, &session::PlanPreview::changed, this, &MainWindow::refreshEstimate);

    connect(m_runs, &session::RunController::runFinished, this, &MainWindow::onRunFinished);
    connect(m_runs, &session::RunController::activeCountChanged, this, [this](int n) {
        m_activeRuns->setText(n > 0 ? tr("%n run(s) in progress", nullptr, n) : QString());
        refreshRunButton();
    });
    connect(m_runs, &session::RunController::runAdded, this, [this](session::Run *run) {
        connect(run, &session::Run::fieldErrorsReceived, this, [this](const QList<schema::FieldError> &errors) {
            m_model->setServerErrors(errors);
            if (!errors.isEmpty()) m_form->focusField(errors.first().inputName());
        });
        connect(run, &session::Run::intermediateFrameSaved, this, [this, run](int index, const QString &path) {
            if (m_previewRun == run) m_preview->addIntermediateFrame(index, path);
        });
        connect(run, &session::Run::videoSaved, this, [this, run](const QString &) {
            if (m_previewRun == run) showRunOutput(run);
        });
    });

    if (m_services.backends) {
        connect(m_services.backends, &session::BackendSession::backendChanged, this, &MainWindow::onBackendChanged);
        connect(m_services.backends, &session::BackendSession::backendFailed, this, [this](const QString &message) {
            refreshBackendBadge();
            statusBar()->showMessage(message, 10000);
        });
        // A refit (a run finished, the price changed) reaches the runs started from now on.
        connect(m_estimates, &session::RunEstimates::changed, this, [this] {
            if (api::Backend *backend = m_services.backends->backend())
                backend->setRunEstimator(m_estimates->estimator());
        });
        if (m_services.backends->backend())
            onBackendChanged(m_services.backends->backend());
    }
    refreshBackendBadge();
    refreshRunButton();
    refreshEstimate();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    // Left: the form with the run bar pinned below it.
    m_form = new ParameterForm(m_model, m_plan);
    m_formScroll = new QScrollArea;
    m_formScroll->setObjectName(QStringLiteral("formScroll"));
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setFrameShape(QFrame::NoFrame);
    m_formScroll->setWidget(m_form);
    m_formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_formScroll->setMinimumWidth(m_form->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
    connect(m_form, &ParameterForm::ensureVisibleRequested, this, [this](QWidget *w) { m_formScroll->ensureWidgetVisible(w); });

    m_runButton = new QPushButton(DeferredIcon::standard(QStyle::SP_MediaPlay), tr("Run"));
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setDefault(true);
    m_runButton->setMinimumHeight(m_runButton->sizeHint().height() * 5 / 4);
    m_runButton->setToolTip(tr("Start a run with these inputs (Ctrl+Enter). Runs already in flight continue."));
    connect(m_runButton, &QPushButton::clicked, this, &MainWindow::startRun);
    m_cancelButton = new QPushButton(DeferredIcon::standard(QStyle::SP_MediaStop), tr("Cancel"));
    m_cancelButton->setObjectName(QStringLiteral("cancelSelectedButton"));
    m_cancelButton->setToolTip(tr("Cancel the selected run (Esc)"));
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelSelectedRun);
    m_sweepButton = new QPushButton(tr("Sweep…"));
    m_sweepButton->setObjectName(QStringLiteral("sweepButton"));
    m_sweepButton->setToolTip(tr("Run these inputs several times, varying one or two of them, into a compare grid"));
    connect(m_sweepButton, &QPushButton::clicked, this, &MainWindow::startSweep);
    m_runBlocked = new QLabel;
    m_runBlocked->setObjectName(QStringLiteral("runBlockedLabel"));
    m_runBlocked->setWordWrap(true);
    m_runEstimate = new QLabel;
    m_runEstimate->setObjectName(QStringLiteral("runEstimateLabel"));
    m_runEstimate->setWordWrap(true);
    m_runEstimate->setForegroundRole(QPalette::PlaceholderText);
    m_runEstimate->setToolTip(tr("What the real model takes on Replicate for these inputs: their work (denoising "
                                 "steps, decodes, FILM, encoding) times rates fitted to your finished Replicate runs "
                                 "(the documented A100 defaults until %n run(s) exist), at the price per second set "
                                 "in Settings.", nullptr, model::RunEstimator::kMinSamples));

    auto *runBar = new QWidget;
    auto *runButtons = new QHBoxLayout;
    runButtons->addWidget(m_runButton, 1);
    runButtons->addWidget(m_cancelButton);
    // Beside the estimate (which wraps), so the form's column does not get wider for it.
    auto *estimateRow = new QHBoxLayout;
    estimateRow->addWidget(m_runEstimate, 1);
    estimateRow->addWidget(m_sweepButton, 0, Qt::AlignBottom);
    auto *runBarLayout = new QVBoxLayout(runBar);
    runBarLayout->setContentsMargins(6, 6, 6, 6);
    runBarLayout->addLayout(estimateRow);
    runBarLayout->addLayout(runButtons);
    runBarLayout->addWidget(m_runBlocked);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(m_formScroll, 1);
    leftLayout->addWidget(runBar);

    // Right: preview above the runs.
    m_preview = new PreviewPane;
    m_preview->setObjectName(QStringLiteral("previewPane"));
    connect(m_preview, &PreviewPane::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_preview, &PreviewPane::errorOccurred, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_preview, &PreviewPane::exportRequested, this, &MainWindow::openExportDialog);
    m_runList = new RunListView(m_runs, m_estimates);
    connect(m_runList, &RunListView::selectionChanged, this, &MainWindow::onRunSelected);
    connect(m_runList, &RunListView::showRequested, this, &MainWindow::showRunOutput);
    connect(m_runList, &RunListView::loadInputsRequested, this, &MainWindow::loadInputsOf);
    connect(m_runList, &RunListView::reuseSeedRequested, this, &MainWindow::reuseSeedOf);

    m_rightSplitter = new QSplitter(Qt::Vertical);
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    m_rightSplitter->addWidget(m_preview);
    m_rightSplitter->addWidget(m_runList);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);
    m_rightSplitter->setChildrenCollapsible(false);

    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(left);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(0, 2);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_mainSplitter);

    m_backendBadge = new QLabel;
    m_backendBadge->setObjectName(QStringLiteral("backendLabel"));
    m_backendBadge->setFrameShape(QFrame::StyledPanel);
    m_backendBadge->setMargin(2);
    m_activeRuns = new QLabel;
    statusBar()->addPermanentWidget(m_activeRuns);
    statusBar()->addPermanentWidget(m_backendBadge);

    if (m_services.history) {
        m_history = new HistorySidebar(m_services.history);
        m_history->setObjectName(QStringLiteral("historySidebar"));
        m_history->setSettings(m_services.settings);   // the footer's disk usage
        m_historyDock = new QDockWidget(tr("History"), this);
        m_historyDock->setObjectName(QStringLiteral("historyDock"));
        m_historyDock->setWidget(m_history);
        m_historyDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                                   | QDockWidget::DockWidgetClosable);
        addDockWidget(Qt::LeftDockWidgetArea, m_historyDock);
        addAction(m_history->findAction());
        connect(m_history, &HistorySidebar::showRequested, this, &MainWindow::showHistoryEntry);
        connect(m_history, &HistorySidebar::exportRequested, this, &MainWindow::exportHistoryEntry);
        connect(m_history, &HistorySidebar::showRequested, this, [this](const QString &key) { m_compareGrid->openSweepOf(key); });
        connect(m_history, &HistorySidebar::loadInputsRequested, this, [this](const QJsonObject &input) {
            m_model->load(input);
            statusBar()->showMessage(tr("Inputs loaded from the history"), 5000);
        });
        connect(m_history, &HistorySidebar::rerunRequested, this, [this](const QJsonObject &input, bool newSeed) {
            m_model->load(input);
            if (newSeed) m_model->resetToDefault(QStringLiteral("seed"));
            startRun();
        });
        connect(m_history, &HistorySidebar::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
        connect(m_history, &HistorySidebar::errorOccurred, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
        // The sidebar learns about new and changed rows from the store's `changed` signal.
    }

    m_compareGrid = new CompareGridDock(m_services, this);
    m_compareGrid->setSchemaProvider([this] { return m_model->schema(); });
    addDockWidget(Qt::BottomDockWidgetArea, m_compareGrid);
    m_compareGrid->hide();
    m_compareGrid->refreshSweepList();
    connect(m_compareGrid, &CompareGridDock::loadInputsRequested, this, [this](const QJsonObject &input) {
        m_model->load(input);
        statusBar()->showMessage(tr("Inputs of the sweep's run loaded into the form"), 5000);
    });
    connect(m_compareGrid, &CompareGridDock::sweepFinished, this, [this] {
        m_estimates->refresh();   // its cloud runs are samples for the fitted rates too
        releaseIdleBackends();
    });
    connect(m_compareGrid, &CompareGridDock::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    if (m_services.history) {
        m_queue = new queue::QueueController(m_services.history, this);
        m_compareGrid->setQueue(m_queue);
        m_queueDock = new QueueDock(m_queue, this);
        addDockWidget(Qt::BottomDockWidgetArea, m_queueDock);
        tabifyDockWidget(m_compareGrid, m_queueDock);
        m_queueDock->hide();
        connect(m_queue, &queue::QueueController::jobStarted, this, &MainWindow::onQueueJobStarted);
        connect(m_queue, &queue::QueueController::loaded, this, &MainWindow::showQueuedRunReasons);
        connect(m_queue, &queue::QueueController::runnerElsewhere, this, [this](const QString &text) {
            if (!text.isEmpty()) statusBar()->showMessage(text, 10000);
        });
    }

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(DeferredIcon::make([] {
            // The application icon is set after the first paint (main.cpp); the tray shows later.
            return QApplication::windowIcon().isNull() ? DeferredIcon::standard(QStyle::SP_MediaPlay)
                                                       : QApplication::windowIcon();
        }), this);
        m_tray->setToolTip(tr("SD Animator"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
    }
    resize(1400, 900);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settingsAction = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settingsAction->setShortcuts({QKeySequence(QKeySequence::Preferences), QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    settingsAction->setMenuRole(QAction::PreferencesRole);
    QAction *open = file->addAction(tr("&Load Inputs from Output File…"), this, &MainWindow::openOutputFile);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Load the inputs recorded next to a GIF/MP4 (or its .json sidecar) into the form"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QMenu *copyAs = edit->addMenu(tr("Copy as &Code"));
    copyAs->addAction(tr("curl"), this, [this] { copyCodeSnippet(QStringLiteral("curl")); });
    copyAs->addAction(tr("Python"), this, [this] { copyCodeSnippet(QStringLiteral("python")); });
    copyAs->addAction(tr("Node.js"), this, [this] { copyCodeSnippet(QStringLiteral("node")); });
    edit->addSeparator();
    edit->addAction(tr("&Reset All Inputs to Defaults"), m_model, &session::InputModel::resetAll);
    if (m_history) {
        edit->addSeparator();
        edit->addAction(m_history->findAction());
    }

    m_presetMenu = menuBar()->addMenu(tr("&Presets"));
    QAction *savePresetAction = m_presetMenu->addAction(tr("&Save Form as Preset…"), this, &MainWindow::savePresetInteractively);
    savePresetAction->setShortcut(QKeySequence::Save);
    m_presetMenu->addAction(tr("&Manage Presets…"), this, &MainWindow::openPresetManager);
    m_presetMenu->addSeparator();
    savePresetAction->setEnabled(m_presets);
    if (m_presets) {
        connect(m_presets, &session::PresetLibrary::presetsChanged, this, &MainWindow::rebuildPresetMenu);
        rebuildPresetMenu();
        m_presets->refresh();
    }

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    QAction *runAction = run->addAction(DeferredIcon::standard(QStyle::SP_MediaPlay), tr("&Run"), this, &MainWindow::startRun);
    runAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    runAction->setShortcutContext(Qt::WindowShortcut);
    QAction *sweepAction = run->addAction(tr("S&weep…"), this, &MainWindow::startSweep);
    sweepAction->setObjectName(QStringLiteral("sweepAction"));
    sweepAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    QAction *storyboardAction = run->addAction(tr("Story&board…"), this, [this] {
        // One editor at a time; it stays open beside the window while its runs go on.
        auto *dialog = findChild<StoryboardDialog *>();
        if (!dialog) {
            dialog = new StoryboardDialog(m_services.backends, m_services.recorder, m_estimates,
                                          m_services.settings ? m_services.settings->outputDirectory() : QString(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &StoryboardDialog::stitched, this, [this](const QString &path) {
                statusBar()->showMessage(tr("Storyboard stitched into %1").arg(path), 8000);
            });
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    storyboardAction->setObjectName(QStringLiteral("storyboardAction"));
    if (m_queue) {
        QAction *queueAction = run->addAction(tr("Add to &Queue"), this, &MainWindow::addToQueue);
        queueAction->setObjectName(QStringLiteral("addToQueueAction"));
        queueAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Return));
    }
    m_cancelAction = run->addAction(DeferredIcon::standard(QStyle::SP_MediaStop), tr("&Cancel Selected Run"), this,
                                    &MainWindow::cancelSelectedRun);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    run->addAction(tr("Cancel &All Runs"), m_runs, &session::RunController::cancelAll);
    run->addSeparator();
    run->addAction(tr("Reuse &Seed of Selected Run"), this, [this] { reuseSeedOf(m_runList->selectedRun()); });
    run->addAction(tr("&Load Inputs of Selected Run"), this, [this] { loadInputsOf(m_runList->selectedRun()); });

    if (m_history) {
        QMenu *historyMenu = menuBar()->addMenu(tr("&History"));
        // Visible in the status bar only while an import runs (progress and Cancel).
        auto *importBar = new HistoryImportBar(m_services, this);
        statusBar()->addPermanentWidget(importBar);
        historyMenu->addAction(importBar->importAction());
        connect(importBar, &HistoryImportBar::historyChanged, m_history->model(), &HistoryListModel::refresh);
        connect(importBar, &HistoryImportBar::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    if (m_historyDock)
        view->addAction(m_historyDock->toggleViewAction());
    view->addAction(m_compareGrid->toggleViewAction());
    if (m_queueDock) view->addAction(m_queueDock->toggleViewAction());
    // Every HTTP request of this session; hidden until asked for (a saved window state may show it).
    m_debugDock = new DebugLogDock(&api::RequestLog::instance(), this);
    addDockWidget(Qt::BottomDockWidgetArea, m_debugDock);
    m_debugDock->hide();
    QAction *debugAction = m_debugDock->toggleViewAction();
    debugAction->setText(tr("&Debug Log"));
    debugAction->setObjectName(QStringLiteral("debugLogAction"));
    view->addAction(debugAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *welcome = help->addAction(tr("&Welcome…"), this, &MainWindow::showWelcome);
    welcome->setObjectName(QStringLiteral("welcomeAction"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About SD Animator"), this, [this] {
        // The version is project(VERSION) in CMake, the same as `sdanim --version` and the package.
        QMessageBox::about(this, tr("About SD Animator"),
                           tr("<h3>SD Animator %1</h3>"
                              "<p>Prompt-to-prompt animations with the Replicate model %2: on Replicate's "
                              "cloud, on a local Cog container, or offline with the bundled emulator, "
                              "whose outputs are labelled synthetic previews.</p>")
                               .arg(cli::CliApp::version(), QLatin1String(settings::AppSettings::DefaultModel)));
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::restoreWindowState()
{
    if (!m_services.settings)
        return;
    const auto &s = *m_services.settings;
    restoreGeometry(s.value(kGeometry).toByteArray());
    restoreState(s.value(kWindowState).toByteArray());
    m_mainSplitter->restoreState(s.value(kMainSplitter).toByteArray());
    m_rightSplitter->restoreState(s.value(kRightSplitter).toByteArray());
}

void MainWindow::saveWindowState()
{
    if (!m_services.settings)
        return;
    auto &s = *m_services.settings;
    s.setValue(kGeometry, saveGeometry());
    s.setValue(kWindowState, saveState());
    s.setValue(kMainSplitter, m_mainSplitter->saveState());
    s.setValue(kRightSplitter, m_rightSplitter->saveState());
    m_model->saveTo(s);
    s.raw().sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const int active = m_runs->activeCount();
    if (active > 0 && isVisible()) {
        const bool resumable = m_services.backends && m_services.backends->identity().resumable;
        const QString consequence = resumable
            ? tr("They keep running on the server; SD Animator follows them again at the next start.")
            : tr("They run on this computer and stop when SD Animator quits.");
        const auto answer = QMessageBox::question(this, tr("Quit SD Animator"),
                                                  tr("%n run(s) still in progress.", nullptr, active) + QLatin1Char(' ') + consequence,
                                                  QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close) {
            event->ignore();
            return;
        }
    }
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    // A light/dark switch of the system palette: re-derive the message colours.
    if (event->type() == QEvent::PaletteChange) {
        refreshBackendBadge();
        refreshRunButton();
        for (RunRow *row : m_runList->rows()) row->setSelected(row->isSelected());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::onBackendChanged(api::Backend *backend)
{
    m_runs->setBackend(backend, m_services.backends->identity());
    if (m_queue)
        m_queue->runWith(backend, m_services.recorder, m_services.backends->identity(),
                         m_services.settings ? m_services.settings->pricePerSecondUsd() : settings::AppSettings::DefaultPricePerSecondUsd);
    releaseIdleBackends();
    connect(backend, &api::Backend::schemaReady, this, &MainWindow::onSchemaReady, Qt::UniqueConnection);
    m_preview->setOfflinePreview(backend->producesSyntheticPreviews());
    // The offline emulator stands in for Replicate, so its estimate is the cloud's; a Cog container
    // runs on the user's own hardware and costs nothing per second.
    m_plan->setLocalBackend(backend->kind() == api::Backend::Kind::LocalCog);
    // Progress and ETA of the backend's runs weigh the phases with the rates fitted to the history.
    backend->setRunEstimator(m_estimates->estimator());
    refreshBackendBadge();
    refreshRunButton();
}

void MainWindow::onSchemaReady(const schema::ModelSchema &schema, bool fromNetwork)
{
    if (schema.versionId() != m_model->schema().versionId())
        m_model->setSchema(schema);
    if (!m_pendingPreset.isEmpty())
        applyPreset(std::exchange(m_pendingPreset, QString()));
    statusBar()->showMessage(fromNetwork ? tr("Model version %1 loaded").arg(schema.versionId().left(12))
                                         : tr("Offline: using the shipped model version %1").arg(schema.versionId().left(12)),
                             6000);
    refreshBackendBadge();
}

void MainWindow::refreshBackendBadge()
{
    api::Backend *backend = m_services.backends ? m_services.backends->backend() : nullptr;
    if (!backend) {
        const QString error = m_services.backends ? m_services.backends->lastError() : QString();
        m_backendBadge->setText(tr("No backend"));
        m_backendBadge->setToolTip(error);
        StatusColors::applyTextColor(m_backendBadge, StatusColors::error(palette()));
        return;
    }
    m_backendBadge->setText(tr("Backend: %1").arg(backend->displayName()));
    m_backendBadge->setToolTip(backend->producesSyntheticPreviews()
                                   ? tr("Outputs are synthetic previews made on this computer, not by the real model.")
                                   : tr("Model version %1").arg(m_model->schema().versionId()));
    StatusColors::applyTextColor(m_backendBadge, backend->producesSyntheticPreviews()
                                                     ? StatusColors::warning(palette())
                                                     : palette().color(QPalette::WindowText));
}

void MainWindow::refreshRunButton()
{
    QString reason = m_model->blockingReason();
    if (reason.isEmpty() && !(m_services.backends && m_services.backends->backend()))
        reason = tr("No backend is available: choose one in Settings.");
    m_runButton->setEnabled(reason.isEmpty());
    m_sweepButton->setEnabled(reason.isEmpty());
    m_runButton->setToolTip(reason.isEmpty() ? tr("Start a run with these inputs (Ctrl+Enter)") : reason);
    // An empty new form is a hint, not an error.
    const bool hint = m_model->isOnlyIncomplete();
    m_runBlocked->setText(reason.isEmpty() ? QString() : hint ? reason : tr("Cannot run yet: %1").arg(reason));
    m_runBlocked->setVisible(!reason.isEmpty());
    StatusColors::applyTextColor(m_runBlocked, hint ? palette().color(QPalette::PlaceholderText) : StatusColors::error(palette()));
    session::Run *selected = m_runList ? m_runList->selectedRun() : nullptr;
    const bool canCancel = selected && selected->isActive();
    m_cancelButton->setEnabled(canCancel);
    if (m_cancelAction) m_cancelAction->setEnabled(canCancel);
}

void MainWindow::refreshEstimate()
{
    m_runEstimate->setText(tr("Estimate: %1").arg(m_plan->estimateText()));
}

void MainWindow::startRun()
{
    if (!m_runButton->isEnabled())
        return;
    m_model->setServerErrors({});
    const QJsonObject input = m_model->prepareRunInput();
    if (!m_queue || !m_services.backends || !m_services.backends->backend()) {
        startDirectRun(input);
        return;
    }
    m_queue->add({formJob(input)}, queue::QueueStore::Place::Front, [this, input](const QList<qint64> &ids) {
        if (ids.isEmpty()) {
            // The queue could not be written: the run still starts, outside it.
            startDirectRun(input);
            return;
        }
        m_queuedRuns.insert(ids.first(), QString());
    });
}

void MainWindow::startDirectRun(const QJsonObject &input)
{
    session::Run *run = m_runs->start(input);
    if (!run) {
        statusBar()->showMessage(tr("Could not start a run: no backend."), 8000);
        return;
    }
    connect(run, &session::Run::changed, this, &MainWindow::refreshRunButton);
    m_previewRun = run;
    m_preview->clearIntermediateFrames();
    refreshRunButton();
}

void MainWindow::onQueueJobStarted(qint64 id, api::PredictionJob *job, const QString &historyKey)
{
    // The queue's runs show in the run list like the form's (progress, preview, cancel); a
    // running sweep's cells show in the compare grid instead.
    if (m_compareGrid && m_compareGrid->ownsQueueJob(id)) return;
    session::Run *run = m_runs->adopt(job, historyKey);
    if (!m_queuedRuns.contains(id)) return;
    const bool waited = !m_queuedRuns.take(id).isEmpty();
    connect(run, &session::Run::changed, this, &MainWindow::refreshRunButton);
    m_previewRun = run;
    m_preview->clearIntermediateFrames();
    if (waited) statusBar()->showMessage(tr("Queued run (job %1) started").arg(id), 5000);
    refreshRunButton();
}

void MainWindow::showQueuedRunReasons()
{
    const QList<queue::QueueJob> &jobs = m_queue->snapshot().jobs;
    for (auto it = m_queuedRuns.begin(); it != m_queuedRuns.end();) {
        const auto job = std::find_if(jobs.cbegin(), jobs.cend(), [id = it.key()](const queue::QueueJob &j) { return j.id == id; });
        // Removed from the queue, or run to its end by another process's runner.
        if (job == jobs.cend() || job->isFinished()) {
            it = m_queuedRuns.erase(it);
            continue;
        }
        const QString reason = m_queue->waitingReason(it.key());
        if (!reason.isEmpty() && reason != it.value()) {
            it.value() = reason;
            statusBar()->showMessage(tr("Run queued (job %1): %2").arg(it.key()).arg(reason), 15000);
        }
        ++it;
    }
}

queue::QueueJob MainWindow::formJob(const QJsonObject &input) const
{
    queue::QueueJob job;
    job.backend = queue::QueueStore::backendKey(m_services.backends->identity());
    job.source = QStringLiteral("app");
    // Settings → Run on a deployment: kept with the job, whatever the settings say when it starts.
    job.deployment = m_services.backends->backend()->deployment();
    job.input = input;
    // The form's estimate: the offline emulator counts as Replicate, a Cog container is free.
    const bool local = m_services.backends->backend()->kind() == api::Backend::Kind::LocalCog;
    job.estimateUsd = local || !m_estimates ? 0.0 : std::max(0.0, m_estimates->estimate(input).usd);
    return job;
}

void MainWindow::addToQueue()
{
    if (!m_queue || !m_runButton->isEnabled() || !m_services.backends || !m_services.backends->backend())
        return;
    const QJsonObject input = m_model->prepareRunInput();
    m_queue->add({formJob(input)}, queue::QueueStore::Place::Back, [this](const QList<qint64> &ids) {
        if (!ids.isEmpty()) statusBar()->showMessage(tr("Job %1 added to the queue").arg(ids.first()), 5000);
    });
    m_queueDock->show();
    m_queueDock->raise();
}

void MainWindow::startSweep()
{
    if (!m_runButton->isEnabled() || !m_services.backends || !m_services.backends->backend())
        return;
    api::Backend *backend = m_services.backends->backend();
    auto *dialog = new SweepDialog(m_model->schema(), m_model->input(), m_estimates, m_services.settings,
                                   backend->kind() == api::Backend::Kind::LocalCog, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        api::Backend *current = m_services.backends ? m_services.backends->backend() : nullptr;
        if (!current || !dialog->plan()) return;
        m_compareGrid->startSweep(*dialog->plan(), current, m_services.backends->identity(), dialog->concurrency(), dialog->estimate());
        statusBar()->showMessage(dialog->estimate().describe(), 8000);
    });
    // Not exec(): the window (and a test driving it) keeps its event loop.
    dialog->open();
}

void MainWindow::cancelSelectedRun()
{
    if (session::Run *run = m_runList->selectedRun())
        run->cancel();
}

void MainWindow::onRunSelected(session::Run *run)
{
    refreshRunButton();
    if (run && run != m_previewRun) {
        m_previewRun = run;
        showRunOutput(run);
    }
}

void MainWindow::showRunOutput(session::Run *run)
{
    if (!run)
        return;
    m_previewRun = run;
    m_preview->clearIntermediateFrames();
    const QStringList frames = run->intermediateFiles();
    for (int i = 0; i < frames.size(); ++i) m_preview->addIntermediateFrame(i, frames.at(i));
    if (!run->videoFile().isEmpty())
        m_preview->showFile(run->videoFile());
    else if (!frames.isEmpty())
        m_preview->showFile(frames.last());
}

void MainWindow::releaseIdleBackends()
{
    if (m_services.backends)
        m_services.backends->releaseRetired([this](api::Backend *b) {
            return m_runs->isBackendInUse(b) || (m_compareGrid && m_compareGrid->isBackendInUse(b));
        });
}

void MainWindow::onRunFinished(session::Run *run)
{
    refreshRunButton();
    // A finished cloud run is one more sample for the fitted rates.
    m_estimates->refresh();
    releaseIdleBackends();
    if (run == m_previewRun && !run->videoFile().isEmpty())
        showRunOutput(run);
    if (isActiveWindow())
        return;
    QString message = run->summary();
    if (!run->errorMessage().isEmpty())
        message += QLatin1Char('\n') + run->errorMessage();
    notify(tr("Run %1").arg(run->stateText().toLower()), message);
}

void MainWindow::notify(const QString &title, const QString &message)
{
    if (m_services.settings && !m_services.settings->notificationsEnabled())
        return;
    if (m_tray) {
        m_tray->show();
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 8000);
    }
    QApplication::alert(this);
    emit notificationShown(title, message);
}

void MainWindow::reuseSeedOf(session::Run *run)
{
    if (!run)
        return;
    if (const auto seed = run->seed()) {
        m_model->reuseSeed(*seed);
        statusBar()->showMessage(tr("Seed %1 locked for the next runs").arg(*seed), 5000);
    } else {
        statusBar()->showMessage(tr("This run's seed is not known yet."), 5000);
    }
}

void MainWindow::loadInputsOf(session::Run *run)
{
    if (!run)
        return;
    m_model->load(run->input());
    statusBar()->showMessage(tr("Inputs of the run loaded into the form"), 5000);
}

QString MainWindow::codeSnippet(const QString &language) const
{
    exports::SnippetTarget target;
    const auto *settings = m_services.settings;
    api::Backend *backend = m_services.backends ? m_services.backends->backend() : nullptr;
    if (backend && backend->kind() == api::Backend::Kind::LocalCog) {
        target.api = exports::SnippetTarget::Api::Cog;
        target.baseUrl = settings ? settings->cogUrl() : QUrl(QString::fromLatin1(settings::AppSettings::DefaultCogUrl));
    } else {
        // The emulator stands in for the cloud API, so its snippets target the real service.
        target.baseUrl = settings && backend && backend->kind() == api::Backend::Kind::ReplicateCloud
                             ? settings->baseUrl()
                             : QUrl(QString::fromLatin1(settings::AppSettings::DefaultBaseUrl));
    }
    target.model = settings ? settings->model() : QString::fromLatin1(settings::AppSettings::DefaultModel);
    target.version = m_model->schema().versionId();
    target.input = m_model->input();
    target.tokenToMask = m_services.backends && !m_services.backends->token().isEmpty()
                             ? QString::fromUtf8(m_services.backends->token())
                             : qEnvironmentVariable("REPLICATE_API_TOKEN");
    if (language == QLatin1String("python"))
        return exports::CodeSnippets::python(target);
    if (language == QLatin1String("node"))
        return exports::CodeSnippets::node(target);
    return exports::CodeSnippets::curl(target);
}

void MainWindow::copyCodeSnippet(const QString &language)
{
    QApplication::clipboard()->setText(codeSnippet(language));
    statusBar()->showMessage(tr("Copied the %1 snippet; it reads the token from $REPLICATE_API_TOKEN").arg(language), 6000);
}

bool MainWindow::loadInputsFromFile(const QString &path, QString *error)
{
    QString readError;
    const auto info = store::Sidecar::read(path, &readError);
    if (!info) {
        const QString message = tr("%1 has no readable inputs: %2").arg(QFileInfo(path).fileName(), readError);
        if (error) *error = message;
        statusBar()->showMessage(message, 10000);
        return false;
    }
    const QStringList ignored = m_model->load(info->input);
    QString message = tr("Loaded the inputs of %1").arg(QFileInfo(path).fileName());
    if (!ignored.isEmpty())
        message += tr(" (ignored inputs this model version does not have: %1)").arg(ignored.join(QStringLiteral(", ")));
    statusBar()->showMessage(message, 8000);
    return true;
}

void MainWindow::openOutputFile()
{
    const QString dir = m_services.settings ? m_services.settings->outputDirectory() : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Inputs from Output File"), dir,
                                                      tr("Outputs and sidecars (*.gif *.mp4 *.png *.json);;All files (*)"));
    if (!path.isEmpty())
        loadInputsFromFile(path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    if (loadInputsFromFile(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::rebuildPresetMenu()
{
    qDeleteAll(m_presetActions);
    m_presetActions.clear();
    if (!m_presets)
        return;
    for (const store::Preset &p : m_presets->presets()) {
        QAction *a = m_presetMenu->addAction(p.builtIn ? tr("%1 (built-in)").arg(p.name) : p.name);
        a->setToolTip(p.description);
        a->setStatusTip(p.description);
        const QString name = p.name;
        connect(a, &QAction::triggered, this, [this, name] { applyPreset(name); });
        m_presetActions << a;
    }
    m_presetMenu->setToolTipsVisible(true);
}

void MainWindow::savePreset(const QString &name)
{
    if (!m_presets)
        return;
    store::Preset preset;
    preset.name = name.trimmed();
    preset.model = m_services.settings ? m_services.settings->model() : QString::fromLatin1(settings::AppSettings::DefaultModel);
    preset.input = m_model->input();
    // An unlocked seed is only the one drawn for the last run, not part of the recipe.
    if (!m_model->isSeedLocked())
        preset.input.remove(QStringLiteral("seed"));
    m_presets->save(preset, m_model->schema());
}

void MainWindow::savePresetInteractively()
{
    if (!m_presets)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Preset"), tr("Preset name:"), QLineEdit::Normal,
                                               QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    if (const auto existing = m_presets->find(name)) {
        if (existing->builtIn) {
            QMessageBox::information(this, tr("Save Preset"), tr("“%1” is a built-in preset; choose another name.").arg(name));
            return;
        }
        if (QMessageBox::question(this, tr("Save Preset"), tr("Replace the preset “%1”?").arg(existing->name)) != QMessageBox::Yes)
            return;
    }
    savePreset(name);
}

bool MainWindow::applyPreset(const QString &name)
{
    const auto preset = m_presets ? m_presets->find(name) : std::nullopt;
    if (!preset)
        return false;
    const QStringList ignored = m_model->apply(preset->input);
    QString message = tr("Applied preset “%1”").arg(preset->name);
    if (!ignored.isEmpty())
        message += tr(" (ignored inputs this model version does not have: %1)").arg(ignored.join(QStringLiteral(", ")));
    statusBar()->showMessage(message, 6000);
    return true;
}

WelcomeDialog *MainWindow::welcomeDialog() const
{
    return m_welcome;
}

void MainWindow::showWelcome()
{
    if (m_services.settings) {
        m_services.settings->setWelcomeShown(true);
        m_services.settings->raw().sync();
    }
    if (m_welcome) {
        m_welcome->raise();
        m_welcome->activateWindow();
        return;
    }
    if (!m_services.settings || !m_services.backends)
        return;
    m_welcome = new WelcomeDialog(m_services.settings, m_services.backends, this);
    m_welcome->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_welcome, &WelcomeDialog::exampleRequested, this, &MainWindow::loadExample);
    m_welcome->open();
}

void MainWindow::loadExample()
{
    const QString name = store::PresetStore::exampleName();
    // Before the backend delivered a schema the form knows no inputs to set.
    if (m_model->schema().versionId().isEmpty())
        m_pendingPreset = name;
    else
        applyPreset(name);
}

void MainWindow::openPresetManager()
{
    if (!m_presets)
        return;
    auto *dialog = new PresetManagerDialog(m_presets, &m_model->schema(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PresetManagerDialog::applyRequested, this, &MainWindow::applyPreset);
    dialog->open();
}

void MainWindow::showHistoryEntry(const QString &key)
{
    if (!m_services.history)
        return;
    concurrent::FutureCallbacks::onResult(m_services.history->get(key), this, [this](const std::optional<store::HistoryRecord> &record) {
        if (!record)
            return;
        m_previewRun = nullptr;
        m_preview->clearIntermediateFrames();
        m_preview->setOfflinePreview(record->backend == QLatin1String("emulator"));
        QList<store::OutputFile> outputs = record->outputs;
        std::sort(outputs.begin(), outputs.end(), [](const auto &a, const auto &b) { return a.index < b.index; });
        QString video;
        for (const store::OutputFile &f : outputs) {
            const QString suffix = QFileInfo(f.path).suffix().toLower();
            if (suffix == QLatin1String("gif") || suffix == QLatin1String("mp4"))
                video = f.path;
            else
                m_preview->addIntermediateFrame(f.index, f.path);
        }
        if (!video.isEmpty())
            m_preview->showFile(video);
        else if (!outputs.isEmpty())
            m_preview->showFile(outputs.last().path);
        else
            statusBar()->showMessage(record->error.isEmpty() ? tr("This prediction has no saved output.") : record->error, 8000);
    });
}

void MainWindow::openExportDialog(const QString &path)
{
    if (path.isEmpty()) return;
    auto *dialog = new ExportDialog(path, m_services.history, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const QString &file) {
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(file)), 8000);
        if (m_history) m_history->model()->refresh();
    });
    // Not exec(): the window (and a test driving it) keeps its event loop.
    dialog->open();
}

void MainWindow::exportHistoryEntry(const QString &key)
{
    if (!m_services.history) return;
    concurrent::FutureCallbacks::onResult(m_services.history->get(key), this, [this](const std::optional<store::HistoryRecord> &record) {
        if (record && !record->animationPath().isEmpty()) openExportDialog(record->animationPath());
        else statusBar()->showMessage(tr("This prediction has no saved output."), 8000);
    });
}

void MainWindow::openSettings()
{
    if (!m_services.settings || !m_services.backends)
        return;
    auto *dialog = new SettingsDialog(m_services.settings, m_services.backends, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, m_estimates, &session::RunEstimates::priceChanged);
    dialog->open();
}

} // namespace sdanim::ui
