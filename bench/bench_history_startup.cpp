// How much longer the main window takes to open with many predictions in the history than with
// none. Requirement: "well under a second more"; issue 9: shown ≤ 1.2× empty and the first page
// ≤ +50 ms at 100,000. Both cases run in one process, alternating, after a discarded warm-up of
// each, so one-time costs (fonts, plugins, style) do not count for either.
//
//   bench_history_startup [--reps N] [--entries N[,N...]]   (e.g. --entries 10000,100000)
//
// Without a display it uses the offscreen platform; run it under xvfb-run for an X11 measurement.

#include "session/AppServices.h"
#include "session/BackendSession.h"
#include "settings/AppSettings.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"
#include "store/HistoryStore.h"
#include "store/PresetStore.h"
#include "bench/BenchStats.h"
#include "tests/support/HistoryFixture.h"
#include "ui/HistoryListModel.h"
#include "ui/HistorySidebar.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>

using namespace sdanim;
using sdanim::bench::median;

namespace {

struct Sample
{
    double shownMs = 0;      // constructors + show() returned
    double populatedMs = 0;  // the first page of history rows is in the list and painted
    int rows = 0;
    int total = 0;           // rows the store says match (all of them)
};

// Settings pointing every path into `root`, as the real app would use them.
std::unique_ptr<settings::AppSettings> settingsFor(const QString &root)
{
    auto s = std::make_unique<settings::AppSettings>(root + QStringLiteral("/settings.ini"));
    s->setBackend(settings::AppSettings::BackendChoice::OfflineEmulator);
    s->setOutputDirectory(root + QStringLiteral("/outputs"));
    s->setValue(QStringLiteral("storage/dataDirectory"), root + QStringLiteral("/data"));
    return s;
}

bool waitForFirstPage(ui::HistoryListModel *model)
{
    if (model->totalCount() >= 0 && !model->isLoading())
        return true;
    QEventLoop loop;
    QObject::connect(model, &ui::HistoryListModel::reloaded, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    return !model->isLoading();
}

// What main() does to open the window, minus the token lookup and backend start (both
// independent of the history and asynchronous).
Sample openMainWindow(const QString &root)
{
    QElapsedTimer clock;
    clock.start();
    auto settings = settingsFor(root);
    store::AsyncHistoryStore history(settings->historyDatabasePath());
    store::HistoryRecorder recorder(&history);
    store::PresetStore presets(settings->presetsDirectory());
    session::BackendSession backends(settings.get());
    session::AppServices services;
    services.settings = settings.get();
    services.backends = &backends;
    services.history = &history;
    services.recorder = &recorder;
    services.presets = &presets;
    auto window = std::make_unique<ui::MainWindow>(services);
    window->show();
    (void)history.open();
    Sample sample;
    sample.shownMs = clock.nsecsElapsed() / 1e6;
    ui::HistoryListModel *model = window->historySidebar()->model();
    if (!waitForFirstPage(model))
        std::fprintf(stderr, "history did not load within 30 s\n");
    window->repaint();
    sample.populatedMs = clock.nsecsElapsed() / 1e6;
    sample.rows = model->rowCount();
    sample.total = model->totalCount();
    window->close();
    window.reset();
    history.waitForIdle();
    return sample;
}

// The sidebar alone on the same database (isolates the history part from the rest of the window).
Sample openSidebar(const QString &root)
{
    QElapsedTimer clock;
    clock.start();
    auto settings = settingsFor(root);
    store::AsyncHistoryStore history(settings->historyDatabasePath());
    ui::HistorySidebar sidebar(&history);
    sidebar.resize(360, 900);
    sidebar.show();
    Sample sample;
    sample.shownMs = clock.nsecsElapsed() / 1e6;
    if (!waitForFirstPage(sidebar.model()))
        std::fprintf(stderr, "history did not load within 30 s\n");
    sidebar.repaint();
    sample.populatedMs = clock.nsecsElapsed() / 1e6;
    sample.rows = sidebar.model()->rowCount();
    sample.total = sidebar.model()->totalCount();
    history.waitForIdle();
    return sample;
}

bool prepare(const QString &root, int entries)
{
    auto settings = settingsFor(root);
    QDir().mkpath(settings->dataDirectory());
    QDir().mkpath(settings->outputDirectory());
    store::HistoryStore store(settings->historyDatabasePath());
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(settings->historyDatabasePath()), qPrintable(error));
        return false;
    }
    if (entries == 0)
        return true;
    // Every prediction has a saved output, so the list query and the thumbnails do real work.
    const QString output = QDir(settings->outputDirectory()).filePath(QStringLiteral("output-0.png"));
    QImage frame(512, 512, QImage::Format_RGB32);
    frame.fill(Qt::darkGreen);
    frame.save(output);
    if (!testsupport::fillHistory(store, entries, QDateTime::currentDateTimeUtc().addDays(-60), output)) {
        std::fprintf(stderr, "cannot fill the history: %s\n", qPrintable(store.lastError()));
        return false;
    }
    return true;
}

void report(const char *what, const QList<Sample> &empty, const QList<Sample> &full, int entries)
{
    std::printf("\n%s\n", what);
    std::printf("%4s  %12s %14s  %12s %14s  %s\n", "rep", "empty shown", "empty filled", "full shown", "full filled",
                "rows listed/total (empty; full)");
    QList<double> e, f, es, fs;
    for (qsizetype i = 0; i < empty.size(); ++i) {
        std::printf("%4lld  %9.1f ms %11.1f ms  %9.1f ms %11.1f ms  %d/%d; %d/%d\n", (long long)i + 1, empty[i].shownMs,
                    empty[i].populatedMs, full[i].shownMs, full[i].populatedMs, empty[i].rows, empty[i].total,
                    full[i].rows, full[i].total);
        e << empty[i].populatedMs;
        f << full[i].populatedMs;
        es << empty[i].shownMs;
        fs << full[i].shownMs;
    }
    const double me = median(e), mf = median(f);
    std::printf("RESULT %s entries=%d shown_empty_ms=%.1f shown_full_ms=%.1f filled_empty_ms=%.1f filled_full_ms=%.1f\n",
                what[0] == 'M' ? "window" : "sidebar", entries, median(es), median(fs), me, mf);
    std::printf("median until shown:  0 entries %.1f ms, %d entries %.1f ms\n", median(es), entries, median(fs));
    std::printf("median until filled: 0 entries %.1f ms, %d entries %.1f ms\n", me, entries, mf);
    std::printf("difference %+.1f ms, ratio %.2f (worst full run %+.1f ms over the median empty run)\n", mf - me,
                me > 0 ? mf / me : 0.0, *std::max_element(f.begin(), f.end()) - me);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SD Animator bench"));
    QApplication::setApplicationName(QStringLiteral("bench_history_startup"));

    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption repsOption(QStringLiteral("reps"), QStringLiteral("Measured repetitions per case."),
                                  QStringLiteral("n"), QStringLiteral("7"));
    QCommandLineOption entriesOption(QStringLiteral("entries"), QStringLiteral("History size of the full case."),
                                     QStringLiteral("n"), QStringLiteral("5000"));
    parser.addOptions({repsOption, entriesOption});
    parser.process(app);
    const int reps = std::max(1, parser.value(repsOption).toInt());
    QList<int> sizes;
    for (const QString &n : parser.value(entriesOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (n.toInt() > 0) sizes << n.toInt();
    if (sizes.isEmpty()) sizes << 5000;

    QTemporaryDir dir;
    const QString emptyRoot = dir.filePath(QStringLiteral("empty"));
    if (!dir.isValid() || !prepare(emptyRoot, 0))
        return 1;
    for (const int entries : sizes) {
    const QString fullRoot = dir.filePath(QStringLiteral("full-%1").arg(entries));
    if (!prepare(fullRoot, entries))
        return 1;
    std::printf("\nplatform %s, Qt %s, %d repetitions per case, %d history entries vs none\n",
                qPrintable(QGuiApplication::platformName()), qVersion(), reps, entries);

    for (auto open : {openMainWindow, openSidebar}) {
        open(emptyRoot);  // warm-up, discarded
        open(fullRoot);
    }
    QList<Sample> windowEmpty, windowFull, sidebarEmpty, sidebarFull;
    for (int i = 0; i < reps; ++i) {
        // Alternate the order so drift (caches, CPU frequency, other load) hits both cases alike.
        if (i % 2 == 0) {
            windowEmpty << openMainWindow(emptyRoot);
            windowFull << openMainWindow(fullRoot);
        } else {
            windowFull << openMainWindow(fullRoot);
            windowEmpty << openMainWindow(emptyRoot);
        }
        sidebarEmpty << openSidebar(emptyRoot);
        sidebarFull << openSidebar(fullRoot);
    }
    report("Main window (services + MainWindow + show, until the history's first page is painted)", windowEmpty,
           windowFull, entries);
    report("History sidebar alone", sidebarEmpty, sidebarFull, entries);
    std::fflush(stdout);
    }
    return 0;
}
