#pragma once

#include "cli/EnvironmentCommand.h"
#include "storyboard/Storyboard.h"
#include "storyboard/StoryboardEstimate.h"

#include <QPointer>

namespace sdanim::storyboard { class StoryboardRunner; class StoryboardStitcher; }

namespace sdanim::cli {

class InterruptWatcher;

// `sdanim storyboard FILE.json [--out PATH] [--rerun K[,K…]] [--dry-run] [--backend …]`: runs the
// transitions of a storyboard project that need it (storyboard::StoryboardRunner: never run,
// changed, video gone, or named by --rerun), records each in the history, stitches every part
// into one file (storyboard::StoryboardStitcher) and writes what ran and the boundaries back
// into the project file, so the next call runs only what changed. The estimate (whole storyboard
// and what runs now) is printed on stderr before anything starts; --dry-run stops there. A bad
// project file exits 2 with the reasons.
class StoryboardCommand : public EnvironmentCommand
{
    Q_OBJECT
public:
    explicit StoryboardCommand(const QStringList &arguments, QObject *parent = nullptr);
    int exec();

private:
    void afterToken();
    void startRuns();
    void onRunsFinished(bool allSucceeded);
    void onStitched(const QString &path, const QString &error);
    void onInterrupted(int count);
    bool saveProject();
    QString planText() const;
    void finish(int code);

    QString m_projectPath;
    QString m_outPath;
    storyboard::Storyboard m_storyboard;
    storyboard::StoryboardEstimate m_estimate;
    QList<int> m_rerun;
    bool m_dryRun = false;
    bool m_schemaHandled = false;
    bool m_interrupted = false;
    bool m_finishing = false;
    int m_runCode = 0;
    InterruptWatcher *m_interrupts = nullptr;
    QPointer<storyboard::StoryboardRunner> m_runner;
    QPointer<storyboard::StoryboardStitcher> m_stitcher;
};

} // namespace sdanim::cli
