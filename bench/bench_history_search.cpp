// How long a history search takes at 10,000 and 100,000 predictions: one list() page plus the
// count(), which is what the sidebar asks the store for on every change of the search field.
// Goal (issue 9): under 50 ms.
//
//   bench_history_search [--sizes 10000,100000] [--reps N]
//
// The rows look like real ones (prompts of a dozen words from a vocabulary, the prediction's raw
// JSON of about 1.5 KB, one saved output), so a scan reads as many pages as it would in a real
// history. Setup is not timed; every query runs once untimed, then N timed repetitions of a page
// and the count of a search not seen before, and the next page of it.

#include "store/HistoryQuery.h"
#include "store/HistoryStore.h"
#include "bench/BenchStats.h"
#include "tests/support/HistoryFixture.h"

#include <QCoreApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace sdanim;
using sdanim::bench::median;

namespace {

const QStringList kWords = {
    QStringLiteral("cat"),      QStringLiteral("dog"),       QStringLiteral("forest"),    QStringLiteral("city"),
    QStringLiteral("sunset"),   QStringLiteral("ocean"),     QStringLiteral("castle"),    QStringLiteral("robot"),
    QStringLiteral("painting"), QStringLiteral("watercolor"), QStringLiteral("neon"),     QStringLiteral("portrait"),
    QStringLiteral("mountain"), QStringLiteral("river"),     QStringLiteral("snow"),      QStringLiteral("desert"),
    QStringLiteral("flower"),   QStringLiteral("garden"),    QStringLiteral("spaceship"), QStringLiteral("galaxy"),
    QStringLiteral("dragon"),   QStringLiteral("knight"),    QStringLiteral("cyberpunk"), QStringLiteral("street"),
    QStringLiteral("rain"),     QStringLiteral("morning"),   QStringLiteral("golden"),    QStringLiteral("hour"),
    QStringLiteral("highly"),   QStringLiteral("detailed"),  QStringLiteral("trending"),  QStringLiteral("artstation"),
};

QString prompt(QRandomGenerator &rng, int n)
{
    QStringList words;
    for (int i = 0; i < 12; ++i) words << kWords.at(rng.bounded(int(kWords.size())));
    // One prediction in a hundred mentions a lighthouse: the selective search below.
    if (n % 100 == 7) words.insert(3, QStringLiteral("lighthouse"));
    return words.join(QLatin1Char(' '));
}

store::HistoryRecord record(QRandomGenerator &rng, int n, const QDateTime &start, const QString &output)
{
    const QString id = QStringLiteral("q%1x7vbn%2").arg(n, 7, 10, QLatin1Char('0')).arg(rng.bounded(100000), 5, 10, QLatin1Char('0'));
    store::HistoryRecord r = testsupport::syntheticRecord(n, start, {}, id);
    r.version = QStringLiteral("ca1f5e306e5721e19c473e0d094e6603f0456fe759c10715fcd6c1b79242d4a5");
    const QString a = prompt(rng, n), b = prompt(rng, n + 1);
    r.input = QJsonObject{{QStringLiteral("prompt_start"), a}, {QStringLiteral("prompt_end"), b},
                          {QStringLiteral("width"), 512}, {QStringLiteral("height"), 512},
                          {QStringLiteral("num_inference_steps"), 50}, {QStringLiteral("num_animation_frames"), 10},
                          {QStringLiteral("num_interpolation_steps"), 5}, {QStringLiteral("guidance_scale"), 7.5},
                          {QStringLiteral("seed"), n}, {QStringLiteral("output_format"), QStringLiteral("gif")}};
    r.getUrl = QStringLiteral("https://api.replicate.com/v1/predictions/%1").arg(r.id);
    const QString file = QStringLiteral("https://replicate.delivery/pbxt/%1/out.gif").arg(r.id);
    r.outputUrls = {file};
    r.raw = QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("model"), r.model},
                        {QStringLiteral("version"), r.version}, {QStringLiteral("input"), r.input},
                        {QStringLiteral("output"), QJsonArray{file}}, {QStringLiteral("status"), r.status},
                        {QStringLiteral("created_at"), r.createdAt.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("urls"), QJsonObject{{QStringLiteral("get"), r.getUrl},
                                                             {QStringLiteral("cancel"), r.getUrl + QStringLiteral("/cancel")},
                                                             {QStringLiteral("stream"), QStringLiteral("https://streaming-api.svc.rep.run/v1/streams/") + r.id + QStringLiteral("abcdefghijklmnopqrstuvwxyz")},
                                                             {QStringLiteral("web"), r.webUrl}}},
                        {QStringLiteral("metrics"), QJsonObject{{QStringLiteral("predict_time"), 60.0}}}};
    r.outputs.append(store::OutputFile{0, output, file});
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption sizesOption(QStringLiteral("sizes"), QStringLiteral("History sizes, comma-separated."),
                                   QStringLiteral("list"), QStringLiteral("10000,100000"));
    QCommandLineOption repsOption(QStringLiteral("reps"), QStringLiteral("Timed repetitions per query."),
                                  QStringLiteral("n"), QStringLiteral("9"));
    parser.addOptions({sizesOption, repsOption});
    parser.process(app);
    const int reps = std::max(1, parser.value(repsOption).toInt());

    QTemporaryDir dir;
    if (!dir.isValid()) return 1;
    const QString output = dir.filePath(QStringLiteral("out.gif"));
    const struct { const char *label; const char *text; } searches[] = {
        {"rare word (1 in 100 rows)", "lighthouse"},
        {"common word (most rows)", "watercolor"},
        {"two-word phrase", "golden hour"},
        {"part of an id", "x7vbn4"},
        {"no match", "submarine"},
        {"two letters, no match", "qz"},
        {"two letters, many rows", "ng"},
        {"two letters, few rows", "th"},
        {"one letter (a scan)", "k"},
    };
    for (const QString &sizeText : parser.value(sizesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int size = sizeText.toInt();
        if (size <= 0) continue;
        const QString path = dir.filePath(QStringLiteral("history-%1.sqlite").arg(size));
        store::HistoryStore store(path);
        QString error;
        if (!store.open(&error)) {
            std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error));
            return 1;
        }
        QElapsedTimer fill;
        fill.start();
        QRandomGenerator rng(42);
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-400);
        for (int from = 0; from < size; from += 5000) {
            QList<store::HistoryRecord> batch;
            for (int n = from; n < std::min(size, from + 5000); ++n) batch << record(rng, n, start, output);
            if (!store.insertMany(batch)) {
                std::fprintf(stderr, "cannot fill the history: %s\n", qPrintable(store.lastError()));
                return 1;
            }
        }
        std::printf("\n%d predictions (filled in %.1f s, schema %d, file %.1f MB)\n", size, fill.elapsed() / 1000.0,
                    store.schemaVersion(), QFileInfo(path).size() / 1e6);
        std::printf("%-28s %-14s %8s %8s %10s %10s %10s %14s\n", "search", "text", "matches", "listed", "median ms",
                    "min ms", "max ms", "next page ms");
        for (const auto &s : searches) {
            store::HistoryQuery query;
            query.search = QString::fromUtf8(s.text);
            query.limit = 100;
            (void)store.list(query);
            (void)store.count(query);
            QList<double> times, nextPage;
            int matches = 0;
            qsizetype listed = 0;
            for (int i = 0; i < reps; ++i) {
                // A search typed anew each time: the text alternates its case (same answers), so
                // nothing the store kept from the previous repetition is reused.
                query.search = i % 2 ? QString::fromUtf8(s.text) : QString::fromUtf8(s.text).toUpper();
                query.offset = 0;
                QElapsedTimer t;
                t.start();
                listed = store.list(query).size();
                matches = store.count(query);
                times << t.nsecsElapsed() / 1e6;
                // Scrolling on: the next page of the same search.
                query.offset = 100;
                t.start();
                (void)store.list(query);
                nextPage << t.nsecsElapsed() / 1e6;
            }
            std::printf("%-28s %-14s %8d %8lld %10.2f %10.2f %10.2f %14.2f\n", s.label, s.text, matches, (long long)listed,
                        median(times), *std::min_element(times.begin(), times.end()),
                        *std::max_element(times.begin(), times.end()), median(nextPage));
            std::printf("RESULT search size=%d text=\"%s\" median_ms=%.2f matches=%d\n", size, s.text, median(times),
                        matches);
        }
    }
    return 0;
}
