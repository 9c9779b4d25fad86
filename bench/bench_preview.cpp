// Preview memory and UI-thread stalls while an output is downloaded and played (bench/RESULTS.md,
// "Preview"; method in bench/README.md).
//
//   bench_preview --render FILE --format gif|mp4 --frames F --steps N [--width W --height H]
//       renders the emulator's output for that plan (the real GIF/MP4 encoders) to FILE
//   bench_preview --play FILE [--loops 3] [--speed 1]
//       serves FILE over HTTP on 127.0.0.1, downloads it with the app's OutputDownloader, shows it
//       in a real PreviewPane and plays it `loops` times, sampling a 1 ms timer's lag and the RSS;
//       prints every number on one "RESULT" line.
//   bench_preview --idle SECONDS
//       only the 1 ms timer, in a process doing nothing else: run beside --play, the machine's floor.
// Run one --play per process: VmHWM is the process's peak and cannot be reset.

#include "api/AuthPolicy.h"
#include "bench/LagSampler.h"
#include "api/OutputDownloader.h"
#include "emulator/render/AnimationRenderer.h"
#include "model/AnimationPlan.h"
#include "ui/PreviewGifPlayer.h"
#include "ui/PreviewPane.h"

#include <httplib.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMediaPlayer>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <thread>
#include <unistd.h>

using namespace sdanim;
using bench::LagSampler;
using bench::statusKb;

namespace {

// CPU seconds (user + system) of the calling thread, from /proc/thread-self/stat.
double threadCpuSeconds()
{
    QFile file(QStringLiteral("/proc/thread-self/stat"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return (fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

int render(const QString &path, const QString &format, int frames, int steps, int width, int height)
{
    const QJsonObject input{{QStringLiteral("prompt_start"), QStringLiteral("a lighthouse on a cliff at sunset")},
                            {QStringLiteral("prompt_end"), QStringLiteral("the same lighthouse in a storm at night")},
                            {QStringLiteral("width"), width},
                            {QStringLiteral("height"), height},
                            {QStringLiteral("num_animation_frames"), frames},
                            {QStringLiteral("num_interpolation_steps"), steps},
                            {QStringLiteral("output_format"), format},
                            {QStringLiteral("seed"), 42}};
    const model::AnimationPlan plan = model::AnimationPlan::fromInput(input);
    QElapsedTimer clock;
    clock.start();
    QString error;
    if (!emulator::AnimationRenderer::renderVideo(plan, path, &error)) {
        std::fprintf(stderr, "render failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("rendered %s: %d video frames, %dx%d, %lld bytes, %.1f s\n", qPrintable(path), plan.videoFrames,
                width, height, QFileInfo(path).size(), clock.elapsed() / 1000.0);
    return 0;
}

// The floor: the same 1 ms timer in a process that does nothing else, run beside a --play, shows
// how long the machine itself keeps a ready thread waiting.
int idle(int seconds)
{
    LagSampler lag;
    lag.start();
    QTimer::singleShot(seconds * 1000, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
    lag.stop();
    std::printf("IDLE seconds=%d max_lag_ms=%.1f lag_samples=%lld lag_over_16ms=%lld lag_over_50ms=%lld stalls=%s\n",
                seconds, lag.maxLagMs(), lag.samples(), lag.over16(), lag.over50(), qPrintable(lag.stalls()));
    return 0;
}

int play(const QString &file, int loops, double speed)
{
    const QFileInfo source(file);
    if (!source.isFile()) {
        std::fprintf(stderr, "no such file: %s\n", qPrintable(file));
        return 1;
    }
    const bool video = source.suffix().toLower() == QLatin1String("mp4");

    // The file server stands in for the model's delivery host; it runs on its own threads.
    httplib::Server server;
    server.set_mount_point("/", source.absolutePath().toStdString());
    const int port = server.bind_to_any_port("127.0.0.1");
    std::thread serverThread([&server] { server.listen_after_bind(); });

    ui::PreviewPane pane;
    pane.resize(1100, 900);
    pane.show();
    pane.setSpeed(speed);
    // Let the window, fonts and multimedia settle before the baseline.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 1500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const qint64 baselineRssKb = statusKb("VmRSS");
    const qint64 baselineHwmKb = statusKb("VmHWM");

    LagSampler lag;
    QTemporaryDir downloads;
    api::OutputDownloader downloader(nullptr, api::AuthPolicy{});
    QEventLoop loop;
    QString saved;
    QObject::connect(&downloader, &api::OutputDownloader::saved, &loop, [&](int, const QString &path) {
        saved = path;
        loop.quit();
    });
    QObject::connect(&downloader, &api::OutputDownloader::failed, &loop, [&](int, const QString &message) {
        std::fprintf(stderr, "download failed: %s\n", qPrintable(message));
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    lag.start();
    downloader.download(0, QStringLiteral("http://127.0.0.1:%1/%2").arg(port).arg(source.fileName()),
                        downloads.path(), source.fileName());
    loop.exec();
    const qint64 downloadMs = clock.elapsed();
    const double downloadLag = lag.maxLagMs();
    const QString downloadStalls = lag.stalls();
    server.stop();
    serverThread.join();
    if (saved.isEmpty())
        return 1;

    // Three loops from the moment the file is shown, as the app shows a finished output.
    lag.start();
    clock.restart();
    const double uiCpuStart = threadCpuSeconds();
    int framesShown = 0;
    int loopsDone = 0;
    int frameCount = 0;
    int mostCached = 0;
    QStringList loopEnds;
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] {
        std::fprintf(stderr, "timed out after %d loops\n", loopsDone);
        loop.quit();
    });
    if (video) {
        QObject::connect(pane.mediaPlayer(), &QMediaPlayer::mediaStatusChanged, &loop, [&](QMediaPlayer::MediaStatus status) {
            // Qt 6.4's FFmpeg backend may report EndOfMedia twice as the pane rewinds: count an end
            // only once more than half the video has played since the last one.
            const qint64 last = loopEnds.isEmpty() ? 0 : loopEnds.last().toLongLong();
            if (status != QMediaPlayer::EndOfMedia || clock.elapsed() - last < pane.mediaPlayer()->duration() / 2)
                return;
            loopEnds << QString::number(clock.elapsed());
            if (++loopsDone == loops)
                loop.quit();
        });
    } else {
        ui::PreviewGifPlayer *player = pane.animationPlayer();
        QObject::connect(player, &ui::PreviewGifPlayer::frameChanged, &loop, [&](int index) {
            ++framesShown;
            frameCount = player->frameCount();
            mostCached = std::max(mostCached, player->decodedFrameCount());
            if (index != frameCount - 1)
                return;
            loopEnds << QString::number(clock.elapsed());
            if (++loopsDone == loops)
                loop.quit();
        });
    }
    pane.showFile(saved);
    watchdog.start(15 * 60 * 1000);
    loop.exec();
    const qint64 playMs = clock.elapsed();
    const double uiCpu = threadCpuSeconds() - uiCpuStart;
    lag.stop();
    const qint64 hwmKb = statusKb("VmHWM");
    if (video)
        frameCount = int(std::lround(pane.mediaPlayer()->duration() / 1000.0 * 20));

    std::printf("RESULT format=%s file_frames=%d bytes=%lld loops=%d speed=%.2f baseline_rss_kb=%lld "
                "baseline_hwm_kb=%lld download_ms=%lld download_max_lag_ms=%.1f play_ms=%lld frames_shown=%d "
                "max_cached_frames=%d cache_capacity=%d max_lag_ms=%.1f lag_samples=%lld lag_over_16ms=%lld "
                "lag_over_50ms=%lld peak_rss_sampled_kb=%lld vmhwm_kb=%lld growth_kb=%lld\n",
                video ? "mp4" : "gif", frameCount, source.size(), loopsDone, speed, baselineRssKb, baselineHwmKb,
                downloadMs, downloadLag, playMs, framesShown, mostCached,
                video ? 0 : pane.animationPlayer()->cacheCapacity(), lag.maxLagMs(), lag.samples(), lag.over16(),
                lag.over50(), lag.peakRssKb(), hwmKb, hwmKb - baselineRssKb);
    std::printf("UI_THREAD cpu_s=%.2f of %.2f s playing (%.1f%%)\n", uiCpu, playMs / 1000.0, 100.0 * uiCpu * 1000.0 / playMs);
    std::printf("STALLS download=%s play=%s\nLOOPS ended_at_ms=%s\n", qPrintable(downloadStalls),
                qPrintable(lag.stalls()), qPrintable(loopEnds.join(QLatin1Char(','))));
    std::fflush(stdout);
    return loopsDone == loops ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Preview memory and UI-thread stalls (bench/RESULTS.md, Preview)"));
    parser.addHelpOption();
    const QCommandLineOption renderOption(QStringLiteral("render"), QStringLiteral("Render the emulator's output to FILE."), QStringLiteral("file"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("gif or mp4."), QStringLiteral("format"), QStringLiteral("gif"));
    const QCommandLineOption framesOption(QStringLiteral("frames"), QStringLiteral("num_animation_frames."), QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption stepsOption(QStringLiteral("steps"), QStringLiteral("num_interpolation_steps."), QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption widthOption(QStringLiteral("width"), QStringLiteral("Width."), QStringLiteral("px"), QStringLiteral("1024"));
    const QCommandLineOption heightOption(QStringLiteral("height"), QStringLiteral("Height."), QStringLiteral("px"), QStringLiteral("768"));
    const QCommandLineOption playOption(QStringLiteral("play"), QStringLiteral("Download and play FILE."), QStringLiteral("file"));
    const QCommandLineOption loopsOption(QStringLiteral("loops"), QStringLiteral("Loops to play."), QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption idleOption(QStringLiteral("idle"), QStringLiteral("Only sample the 1 ms timer for N seconds (the floor)."), QStringLiteral("seconds"));
    const QCommandLineOption speedOption(QStringLiteral("speed"), QStringLiteral("Playback speed."), QStringLiteral("x"), QStringLiteral("1"));
    parser.addOptions({renderOption, formatOption, framesOption, stepsOption, widthOption, heightOption, playOption,
                       loopsOption, speedOption, idleOption});
    parser.process(app);
    if (parser.isSet(renderOption))
        return render(parser.value(renderOption), parser.value(formatOption), parser.value(framesOption).toInt(),
                      parser.value(stepsOption).toInt(), parser.value(widthOption).toInt(),
                      parser.value(heightOption).toInt());
    if (parser.isSet(idleOption))
        return idle(parser.value(idleOption).toInt());
    if (parser.isSet(playOption))
        return play(parser.value(playOption), parser.value(loopsOption).toInt(), parser.value(speedOption).toDouble());
    parser.showHelp(2);
}
