// Local re-export time and UI-thread stalls (bench/RESULTS.md, "Export"; suite bench/suites/export.sh).
//
//   bench_export --source FILE --format mp4|webm|gif|apng|png --out PATH [--interpolate mci|blend --fps N]
//       opens the real ui::ExportDialog on FILE (offscreen), starts the export and waits for it,
//       sampling a 1 ms timer's lag on the UI thread the whole time; prints one "RESULT" line with
//       the wall time, the frames written, the worst lag and the peak RSS.

#include "bench/LagSampler.h"
#include "ui/ExportDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProgressBar>
#include <QSpinBox>

#include <cstdio>

using namespace sdanim;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{"source", "file", "file"}, {"format", "format", "format"}, {"out", "path", "path"},
                       {"interpolate", "mci|blend", "method"}, {"fps", "fps", "n"}});
    parser.process(app);
    const auto format = exports::ExportSettings::formatFromName(parser.value("format"));
    if (!QFileInfo(parser.value("source")).isFile() || !format || parser.value("out").isEmpty()) {
        std::fprintf(stderr, "bench_export --source FILE --format mp4|webm|gif|apng|png --out PATH\n");
        return 2;
    }
    ui::ExportDialog dialog(parser.value("source"), nullptr);
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(*format)));
    if (parser.isSet("interpolate")) {
        const auto method = exports::ExportSettings::interpolationFromName(parser.value("interpolate"));
        if (method) dialog.interpolationBox()->setCurrentIndex(dialog.interpolationBox()->findData(int(*method)));
    }
    if (parser.isSet("fps")) dialog.fpsBox()->setValue(parser.value("fps").toInt());
    dialog.setOutputPath(parser.value("out"));
    dialog.show();

    bench::LagSampler lag;
    QElapsedTimer clock;
    QString error;
    int frames = 0;
    QObject::connect(&dialog, &ui::ExportDialog::exported, &app, [&] { QCoreApplication::quit(); });
    QObject::connect(&dialog, &ui::ExportDialog::exportFailed, &app, [&](const QString &message) {
        error = message;
        QCoreApplication::quit();
    });
    // Let the dialog settle (first paint, the source's probe) before the clock starts.
    QTimer::singleShot(500, &app, [&] {
        lag.start();
        clock.start();
        dialog.startExport();
    });
    QCoreApplication::exec();
    const double seconds = clock.elapsed() / 1000.0;
    lag.stop();
    frames = dialog.findChild<QProgressBar *>() ? dialog.progressBar()->value() : 0;
    if (!error.isEmpty()) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("RESULT format=%s seconds=%.2f frames=%d fps_encoded=%.1f max_lag_ms=%.1f lag_samples=%lld lag_over_16ms=%lld "
                "lag_over_50ms=%lld peak_rss_mb=%lld stalls=%s\n",
                qPrintable(parser.value("format")), seconds, frames, frames / std::max(0.001, seconds), lag.maxLagMs(),
                lag.samples(), lag.over16(), lag.over50(), std::max(lag.peakRssKb(), bench::statusKb("VmHWM")) / 1024,
                qPrintable(lag.stalls()));
    return 0;
}
