// CPU time and database writes per log line while a prediction streams a long log (issue 9:
// "constant per line, not growing"). A scripted job emits `lines` log lines at `rate` lines per
// second through what the window wires to a running job: session::Run (the run's log and seed),
// ui::RunRow with its log view open (the row the user watches) and store::HistoryRecorder with
// the real AsyncHistoryStore (SQLite, WAL, synchronous=FULL). The network part (SSE parsing) is
// not included. Every `bucket` lines it prints the process CPU time (all threads: the UI and the
// history worker), the write() calls and bytes the process made and the log chunks the store
// holds, so the first and the last thousand lines can be compared.
//
//   bench_history_log [--lines 10000] [--rate 1000] [--bucket 1000] [--interval MS]
//
// --interval is HistoryRecorder's live write interval (default: the app's, 2000 ms); 0 writes
// every update, which shows the cost of one database write at every length of the log.

#include "api/JobOptions.h"
#include "api/PredictionJob.h"
#include "session/Run.h"
#include "store/AsyncHistoryStore.h"
#include "store/BackendIdentity.h"
#include "store/HistoryRecorder.h"
#include "store/HistoryStore.h"
#include "ui/RunRow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <cstdio>
#include <ctime>

using namespace sdanim;

namespace {

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// write() calls and bytes of this process (/proc/self/io: syscw, wchar), -1 when unreadable.
void writes(qint64 *calls, qint64 *bytes)
{
    *calls = *bytes = -1;
    QFile f(QStringLiteral("/proc/self/io"));
    if (!f.open(QIODevice::ReadOnly)) return;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("syscw: ")) *calls = line.mid(7).toLongLong();
        if (line.startsWith("wchar: ")) *bytes = line.mid(7).toLongLong();
    }
}

// A prediction that logs `total` lines at a steady rate, then succeeds. Like api::ReplicateJob
// with a stream, it emits every line at once and `updated` at most every `updateMs`.
class ScriptedJob : public api::PredictionJob
{
public:
    ScriptedJob(int total, int rate, int updateMs, QObject *parent)
        : api::PredictionJob(parent), m_total(total), m_updateMs(updateMs)
    {
        m_input = QJsonObject{{QStringLiteral("prompt_start"), QStringLiteral("a lighthouse")}};
        // Ticks of 10 ms, each with the lines due by then (a streamed log arrives in bursts too).
        m_perTick = qMax(1, rate / 100);
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, &ScriptedJob::tick);
    }
    void start() override
    {
        m_running = true;
        m_prediction.id = QStringLiteral("benchlog0000000000000");
        m_prediction.status = api::PredictionStatus::Starting;
        m_prediction.createdAt = QDateTime::currentDateTimeUtc();
        emit created(m_prediction);
        m_prediction.status = api::PredictionStatus::Processing;
        m_prediction.startedAt = QDateTime::currentDateTimeUtc();
        m_sinceUpdate.start();
        m_timer.start();
    }
    void cancel() override {}
    int emitted() const { return m_emitted; }

    std::function<void(int)> onLines;   // after each tick, with the lines emitted so far

private:
    void tick()
    {
        for (int i = 0; i < m_perTick && m_emitted < m_total; ++i) {
            ++m_emitted;
            const QString line = QStringLiteral("step %1/%2: denoising frame %3, 0.42 s/it, latent norm 1.%4")
                                     .arg(m_emitted).arg(m_total).arg(m_emitted % 50).arg(m_emitted % 997, 3, 10, QLatin1Char('0'));
            m_prediction.logs += line + QLatin1Char('\n');
            emit logLine(line);
            if (m_sinceUpdate.elapsed() >= m_updateMs) {
                m_sinceUpdate.start();
                emit updated(m_prediction);
            }
        }
        if (onLines) onLines(m_emitted);
        if (m_emitted >= m_total) {
            m_timer.stop();
            m_running = false;
            m_prediction.status = api::PredictionStatus::Succeeded;
            m_prediction.completedAt = QDateTime::currentDateTimeUtc();
            emit finished(m_prediction);
        }
    }

    QTimer m_timer;
    QElapsedTimer m_sinceUpdate;
    int m_total;
    int m_updateMs;
    int m_perTick;
    int m_emitted = 0;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption linesOption(QStringLiteral("lines"), QStringLiteral("Log lines."), QStringLiteral("n"), QStringLiteral("10000"));
    QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("Lines per second."), QStringLiteral("n"), QStringLiteral("1000"));
    QCommandLineOption bucketOption(QStringLiteral("bucket"), QStringLiteral("Lines per reported bucket."), QStringLiteral("n"), QStringLiteral("1000"));
    QCommandLineOption intervalOption(QStringLiteral("interval"), QStringLiteral("Live write interval in ms."), QStringLiteral("ms"),
                                      QString::number(store::HistoryRecorder::DefaultLiveWriteIntervalMs));
    QCommandLineOption updateOption(QStringLiteral("update-interval"),
                                    QStringLiteral("The job's `updated` at most this often, in ms (0: every line)."), QStringLiteral("ms"),
                                    QString::number(api::JobOptions{}.liveUpdateIntervalMs));
    parser.addOptions({linesOption, rateOption, bucketOption, intervalOption, updateOption});
    parser.process(app);
    const int lines = qMax(1, parser.value(linesOption).toInt());
    const int rate = qMax(100, parser.value(rateOption).toInt());
    const int bucket = qMax(1, parser.value(bucketOption).toInt());
    const int interval = qMax(0, parser.value(intervalOption).toInt());
    const int updateMs = qMax(0, parser.value(updateOption).toInt());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    store::AsyncHistoryStore history(path);
    (void)history.open();
    history.waitForIdle();
    store::HistoryRecorder recorder(&history);
    recorder.setLiveWriteIntervalMs(interval);

    auto *job = new ScriptedJob(lines, rate, updateMs, &app);
    session::Run run(job, job->input());
    ui::RunRow row(&run);
    row.resize(700, 300);
    row.show();
    if (auto *toggle = row.findChild<QToolButton *>()) toggle->setChecked(true);   // the log view open
    recorder.track(job, store::BackendIdentity{QStringLiteral("cloud"), QStringLiteral("https://api.replicate.com/v1"), true});

    // Chunks on disk, read with a second connection (the store's own belongs to its thread).
    store::HistoryStore reader(path);
    reader.open();
    auto chunks = [&reader] {
        QSqlQuery q(reader.database());
        return q.exec(QStringLiteral("SELECT count(*), coalesce(sum(length(text)), 0) FROM log_chunks")) && q.next()
            ? q.value(0).toLongLong() : -1LL;
    };

    // Each committed write task of the store (a row written) is one `changed`.
    qint64 rowWrites = 0;
    QObject::connect(&history, &store::AsyncHistoryStore::changed, &app, [&rowWrites] { ++rowWrites; });

    std::printf("%d log lines at %d lines/s, job update interval %d ms, live write interval %d ms, platform %s\n", lines,
                rate, updateMs, interval, qPrintable(QGuiApplication::platformName()));
    std::printf("%12s %10s %12s %11s %12s %14s %11s\n", "lines", "cpu ms", "cpu us/line", "row writes", "write calls",
                "bytes written", "log chunks");
    double lastCpu = cpuMs();
    qint64 lastCalls = 0, lastBytes = 0, lastRowWrites = 0;
    writes(&lastCalls, &lastBytes);
    int nextReport = bucket;
    QList<double> perLine;
    QList<qint64> callsPerBucket;
    QEventLoop loop;
    job->onLines = [&](int done) {
        if (done < nextReport && done < lines) return;
        history.waitForIdle();   // the bucket's writes are charged to it, not to the next one
        const double cpu = cpuMs();
        qint64 calls = 0, bytes = 0;
        writes(&calls, &bytes);
        const int n = done - (nextReport - bucket);
        std::printf("%5d-%-6d %10.1f %12.1f %11lld %12lld %14lld %11lld\n", nextReport - bucket + 1, done, cpu - lastCpu,
                    (cpu - lastCpu) * 1000 / n, (long long)(rowWrites - lastRowWrites), (long long)(calls - lastCalls),
                    (long long)(bytes - lastBytes), (long long)chunks());
        std::printf("RESULT bucket from=%d to=%d cpu_us_per_line=%.1f row_writes=%lld write_calls=%lld bytes=%lld\n",
                    nextReport - bucket + 1, done, (cpu - lastCpu) * 1000 / n, (long long)(rowWrites - lastRowWrites),
                    (long long)(calls - lastCalls), (long long)(bytes - lastBytes));
        lastRowWrites = rowWrites;
        std::fflush(stdout);
        lastCpu = cpuMs();   // the reporting itself is not charged to the next bucket
        writes(&lastCalls, &lastBytes);
        nextReport += bucket;
        if (done >= lines) QTimer::singleShot(0, &loop, &QEventLoop::quit);
    };
    const double startCpu = cpuMs();
    job->start();
    loop.exec();
    history.waitForIdle();
    const auto stored = reader.get(QStringLiteral("benchlog0000000000000"));
    std::printf("total cpu %.1f ms; stored log %lld chars (%lld lines), status %s; log view %d blocks\n",
                cpuMs() - startCpu, stored ? (long long)stored->logs.size() : -1LL,
                stored ? (long long)stored->logs.count(QLatin1Char('\n')) : -1LL,
                stored ? qPrintable(stored->status) : "?", row.logView()->blockCount());
    return 0;
}
