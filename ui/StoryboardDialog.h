#pragma once

#include "storyboard/Storyboard.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sdanim::session { class BackendSession; class RunEstimates; }
namespace sdanim::store { class HistoryRecorder; }
namespace sdanim::storyboard { class StoryboardRunner; class StoryboardStitcher; }

namespace sdanim::ui {

class PreviewPane;
class StoryboardTimeline;

// The storyboard editor: the prompts in order, each transition's length, strength and crossfade
// into the next, the shared seed, size, fps and format, the estimate of the whole storyboard and
// of what a run would start now, Run / Re-run selected / Cancel with progress, and the stitched
// file in its own preview with the transitions marked on a strip below it. Thin: the model is a
// storyboard::Storyboard, runs go through storyboard::StoryboardRunner on the window's backend and
// history, the stitch through storyboard::StoryboardStitcher; project files are read and written
// off the UI thread.
class StoryboardDialog : public QDialog
{
    Q_OBJECT
public:
    StoryboardDialog(session::BackendSession *backends, store::HistoryRecorder *recorder, const session::RunEstimates *estimates,
                     const QString &outputDirectory, QWidget *parent = nullptr);
    ~StoryboardDialog() override;

    const storyboard::Storyboard &storyboard() const { return m_storyboard; }
    void setStoryboard(const storyboard::Storyboard &storyboard);
    QString projectPath() const { return m_projectPath; }
    bool isBusy() const;

    // For tests.
    QTableWidget *promptTable() const { return m_prompts; }
    QTableWidget *transitionTable() const { return m_transitions; }
    QLabel *estimateLabel() const { return m_estimate; }
    QLabel *problemLabel() const { return m_problems; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *rerunButton() const { return m_rerun; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    PreviewPane *preview() const { return m_preview; }
    StoryboardTimeline *timeline() const { return m_timeline; }
    // The spin box of column `column` (Frames, Steps, Strength, Crossfade: 1…4) of transition `row`.
    QWidget *transitionEditor(int row, int column) const;

public slots:
    void openProject(const QString &path);
    void saveProject(const QString &path);
    void run();
    void rerunSelected();
    void cancel();
    void addPrompt();
    void removeSelectedPrompt();

signals:
    void stitched(const QString &path);
    void projectLoaded(const QString &path);
    void projectSaved(const QString &path);
    void failed(const QString &message);

private:
    void buildUi();
    void fillTables();
    void readShared();
    void readPrompts();
    void readTransition(int row);
    void refresh();
    void setStatus(int transition, const QString &text);
    void start(const QList<int> &forced);
    void onRunsFinished(bool allSucceeded);
    void onStitched(const QString &path, const QString &error);
    void showStitched();
    void setBusy(bool busy);
    void report(const QString &message, bool error);
    QString stitchedPath() const;
    bool localBackend() const;

    session::BackendSession *m_backends;
    store::HistoryRecorder *m_recorder;
    const session::RunEstimates *m_estimates;
    QString m_outputDirectory;
    storyboard::Storyboard m_storyboard;
    QString m_projectPath;
    QStringList m_statuses;
    bool m_filling = false;
    bool m_followsVideo = false;
    QPointer<storyboard::StoryboardRunner> m_runner;
    QPointer<storyboard::StoryboardStitcher> m_stitcher;

    QTableWidget *m_prompts = nullptr;
    QTableWidget *m_transitions = nullptr;
    QDoubleSpinBox *m_seed = nullptr;
    QComboBox *m_width = nullptr;
    QComboBox *m_height = nullptr;
    QSpinBox *m_steps = nullptr;
    QSpinBox *m_fps = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_estimate = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_addPrompt = nullptr;
    QPushButton *m_removePrompt = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_rerun = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    PreviewPane *m_preview = nullptr;
    StoryboardTimeline *m_timeline = nullptr;
};

} // namespace sdanim::ui
