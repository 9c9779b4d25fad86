// model::RunEstimator (NNLS fit of per-unit rates to finished runs), model::NonNegativeLeastSquares,
// session::RunEstimateText and session::HistoryRateSource (the fit from the history database).

#include "model/AnimationPlan.h"
#include "model/NonNegativeLeastSquares.h"
#include "model/RunEstimator.h"
#include "session/HistoryRateSource.h"
#include "session/RunEstimateText.h"
#include "settings/AppSettings.h"
#include "store/CostEstimator.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace sdanim;
using model::ComputeUnits;
using model::RunEstimator;
using model::RunSample;
using model::UnitRates;

namespace {

// The rates the synthetic history is generated with. Deliberately not the documented defaults
// (UnitRates::defaults(): 1.0 s, 0.03, 0.08, 0.25, 0.01), so a fit that returned the defaults fails.
constexpr double kOverhead = 2.4;
constexpr double kUnet = 0.027;
constexpr double kVae = 0.11;
constexpr double kFilm = 0.19;
constexpr double kEncode = 0.014;

struct Run
{
    int width, height, steps;
    double strength;
    int frames, interpolation;
    bool film;
    double guidance;
    bool pingPong;
    const char *promptEnd;   // "|" separated: 1 to 3 end prompts
};

// 20 runs as a user might have made them: sizes 128² to 1024², 20 to 100 steps, 3 to 24 frames,
// FILM on and off, guidance 1 (no classifier-free guidance: half the UNet batch) and 7.5,
// ping-pong, several prompts. Varied independently so that no unit is a multiple of another.
const Run kHistory[] = {
    {512, 512, 50, 0.8, 10, 5, true, 7.5, false, "b"},
    {256, 256, 30, 0.7, 6, 2, true, 7.5, false, "b"},
    {768, 512, 50, 0.8, 8, 3, false, 7.5, false, "b"},
    {128, 128, 20, 0.5, 12, 8, true, 1.0, true, "b"},
    {1024, 768, 60, 0.9, 4, 1, true, 7.5, false, "b | c"},
    {512, 768, 40, 0.6, 16, 4, false, 1.0, false, "b"},
    {256, 512, 100, 0.8, 5, 16, true, 7.5, false, "b"},
    {512, 512, 25, 0.75, 20, 2, false, 7.5, true, "b"},
    {768, 768, 50, 0.8, 10, 9, true, 1.0, false, "b | c | d"},
    {128, 256, 75, 0.85, 3, 6, false, 7.5, false, "b"},
    {1024, 1024, 30, 0.7, 6, 3, true, 7.5, false, "b"},
    {256, 256, 50, 0.4, 24, 1, false, 1.0, false, "b | c"},
    {512, 256, 80, 0.8, 7, 12, true, 7.5, true, "b"},
    {768, 1024, 20, 0.6, 9, 5, false, 7.5, false, "b"},
    {128, 512, 45, 0.9, 14, 2, true, 1.0, false, "b"},
    {1024, 512, 35, 0.8, 5, 7, false, 1.0, true, "b | c"},
    {512, 1024, 65, 0.7, 11, 4, true, 7.5, false, "b"},
    {256, 768, 50, 0.8, 8, 10, false, 7.5, false, "b | c | d"},
    {768, 256, 90, 0.5, 4, 3, true, 1.0, false, "b"},
    {512, 512, 15, 0.8, 18, 6, true, 7.5, true, "b"},
};

// An input unlike any in the history: 768×128, 3 prompts, ping-pong, FILM ×16, guidance 9.
const QJsonObject kNewInput{{"prompt_start", "x"}, {"prompt_end", "y | z"}, {"width", 768}, {"height", 128},
                            {"num_inference_steps", 70}, {"prompt_strength", 0.65}, {"num_animation_frames", 13},
                            {"num_interpolation_steps", 11}, {"gif_ping_pong", true}, {"guidance_scale", 9}};

QJsonObject inputOf(const Run &r)
{
    return {{"prompt_start", "a"},       {"prompt_end", r.promptEnd},          {"width", r.width},
            {"height", r.height},        {"num_inference_steps", r.steps},    {"prompt_strength", r.strength},
            {"num_animation_frames", r.frames}, {"num_interpolation_steps", r.interpolation},
            {"film_interpolation", r.film}, {"guidance_scale", r.guidance}, {"gif_ping_pong", r.pingPong}};
}

double trueSeconds(const ComputeUnits &u)
{
    return kOverhead + kUnet * u.unet + kVae * u.vae + kFilm * u.film + kEncode * u.encode;
}

// Small deterministic noise: run i takes (1 + ε_i) × the true time, |ε_i| ≤ amplitude.
double noise(int i, double amplitude)
{
    return amplitude * double((i * 37) % 11 - 5) / 5.0;
}

QList<RunSample> syntheticHistory(double amplitude)
{
    QList<RunSample> samples;
    int i = 0;
    for (const Run &r : kHistory) {
        const ComputeUnits u = model::AnimationPlan::fromInput(inputOf(r)).totalUnits();
        samples << RunSample{u, trueSeconds(u) * (1.0 + noise(i++, amplitude))};
    }
    return samples;
}

bool within(double actual, double expected, double fraction)
{
    return std::abs(actual - expected) <= fraction * std::abs(expected);
}

QString rates(const UnitRates &r)
{
    return QStringLiteral("overhead %1, unet %2, vae %3, film %4, encode %5")
        .arg(r.overhead).arg(r.unet).arg(r.vae).arg(r.film).arg(r.encode);
}

bool sane(const UnitRates &r)
{
    for (double v : {r.overhead, r.unet, r.vae, r.film, r.encode})
        if (!std::isfinite(v) || v < 0)
            return false;
    return true;
}

store::HistoryRecord record(int n, const QString &backend, const QString &status, double predictTime, const QJsonObject &input)
{
    store::HistoryRecord r;
    r.id = QStringLiteral("pred%1").arg(n, 6, 10, QLatin1Char('0'));
    r.backend = backend;
    r.status = status;
    r.predictTime = predictTime;
    r.input = input;
    r.createdAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(60LL * n);
    return r;
}

} // namespace

class TestRunEstimator : public QObject
{
    Q_OBJECT
private slots:
    void nnlsMatchesAHandSolvedProblem()
    {
        // Unconstrained: x = (5/3, −2/3)... with x ≥ 0 the second is 0 and the first minimises
        // (x−2)² + 1 + (x−1)²: x = 1.5.
        const model::NonNegativeLeastSquares::Matrix a{{1, 0}, {0, 1}, {1, 1}};
        const std::vector<double> x = model::NonNegativeLeastSquares::solve(a, {2, -1, 1});
        QCOMPARE(x.size(), std::size_t(2));
        QVERIFY2(std::abs(x[0] - 1.5) < 1e-12, qPrintable(QString::number(x[0])));
        QCOMPARE(x[1], 0.0);
        // A problem whose unconstrained optimum is feasible is solved exactly: 2x + y = 4, x + 3y = 7.
        const std::vector<double> exact = model::NonNegativeLeastSquares::solve({{2, 1}, {1, 3}}, {4, 7});
        QVERIFY(std::abs(exact[0] - 1.0) < 1e-12 && std::abs(exact[1] - 2.0) < 1e-12);
        // Dependent columns, NaN and ragged rows: finite and non-negative.
        const std::vector<double> odd = model::NonNegativeLeastSquares::solve(
            {{1, 2, 2}, {2, 4, 4}, {std::nan(""), 1}, {3, 6, 6}}, {1, 2, 3, std::nan("")});
        QCOMPARE(odd.size(), std::size_t(3));
        for (double v : odd)
            QVERIFY(std::isfinite(v) && v >= 0);
        QVERIFY(model::NonNegativeLeastSquares::solve({}, {}).empty());
    }

    void emptyHistoryUsesTheDocumentedDefaults()
    {
        const RunEstimator e = RunEstimator::fit({});
        QCOMPARE(e.learnedFrom(), 0);
        QCOMPARE(e.rates().unet, UnitRates::defaults().unet);
        QCOMPARE(e.rates().overhead, UnitRates::defaults().overhead);
        const model::AnimationPlan plan = model::AnimationPlan::fromInput({{"prompt_start", "a"}, {"prompt_end", "b"}});
        const model::RunEstimate est = e.estimate(plan, 0.00115);
        QVERIFY(est.fromDefaults());
        QCOMPARE(est.learnedFrom, 0);
        QCOMPARE(est.seconds, UnitRates::defaults().predictSeconds(plan.totalUnits()));
        // The documented ± 25 %, and USD = seconds × price.
        QVERIFY(within(est.lowSeconds, 0.75 * est.seconds, 1e-12));
        QVERIFY(within(est.highSeconds, 1.25 * est.seconds, 1e-12));
        QVERIFY(within(est.usd, est.seconds * 0.00115, 1e-12));
        QVERIFY(within(est.highUsd, est.highSeconds * 0.00115, 1e-12));
        // Fewer than kMinSamples runs are not enough to learn from.
        QCOMPARE(RunEstimator::fit(syntheticHistory(0).mid(0, RunEstimator::kMinSamples - 1)).learnedFrom(), 0);
    }

    // ±1 % noise. The four kinds of work are told apart because decodes and encoded frames are
    // counts while UNet and FILM work scale with the frame size (model/ComputeUnits.h), and the
    // history holds several sizes and both interpolation modes.
    void fitRecoversKnownRatesFromTwentyRuns()
    {
        const QList<RunSample> history = syntheticHistory(0.01);
        const RunEstimator e = RunEstimator::fit(history);
        QCOMPARE(e.learnedFrom(), 20);
        const UnitRates &r = e.rates();
        const QByteArray got = rates(r).toUtf8();
        QVERIFY2(within(r.overhead, kOverhead, 0.05), got);
        QVERIFY2(within(r.unet, kUnet, 0.05), got);
        QVERIFY2(within(r.vae, kVae, 0.05), got);
        QVERIFY2(within(r.film, kFilm, 0.05), got);
        QVERIFY2(within(r.encode, kEncode, 0.05), got);

        const model::AnimationPlan fresh = model::AnimationPlan::fromInput(kNewInput);
        const double truth = trueSeconds(fresh.totalUnits());
        const model::RunEstimate est = e.estimate(fresh, 0.002);
        QVERIFY2(within(est.seconds, truth, 0.05), qPrintable(QStringLiteral("%1 vs %2").arg(est.seconds).arg(truth)));
        QCOMPARE(est.learnedFrom, 20);
        QVERIFY(!est.fromDefaults());
        QVERIFY(est.lowSeconds < est.seconds && est.seconds < est.highSeconds);
        QVERIFY(within(est.usd, est.seconds * 0.002, 1e-12));
        // A near-perfect fit still keeps the minimum range.
        QVERIFY(within(e.relativeSpread(), RunEstimator::kMinSpread, 1e-9));
    }

    // ±5 % noise, as real predict times vary: the small rates (encode, overhead) wander, but the
    // dominant one and the estimates are still learned.
    void fitPredictsWellFromNoisyRuns()
    {
        const RunEstimator e = RunEstimator::fit(syntheticHistory(0.05));
        const UnitRates &r = e.rates();
        const QByteArray got = rates(r).toUtf8();
        QVERIFY2(sane(r), got);
        QVERIFY2(within(r.unet, kUnet, 0.05), got);
        QVERIFY2(within(r.film, kFilm, 0.10), got);
        QVERIFY2(within(r.vae, kVae, 0.10), got);
        const model::AnimationPlan fresh = model::AnimationPlan::fromInput(kNewInput);
        const double truth = trueSeconds(fresh.totalUnits());
        const model::RunEstimate est = e.estimate(fresh, 0.00115);
        QVERIFY2(within(est.seconds, truth, 0.05), qPrintable(QStringLiteral("%1 vs %2").arg(est.seconds).arg(truth)));
        QVERIFY(est.lowSeconds <= truth && truth <= est.highSeconds);
    }

    void rangeFollowsTheResiduals()
    {
        // ± 10 % noise: the fit still predicts well, and the range widens beyond the minimum.
        const RunEstimator e = RunEstimator::fit(syntheticHistory(0.10));
        QVERIFY2(sane(e.rates()), qPrintable(rates(e.rates())));
        QVERIFY2(e.relativeSpread() > 0.08 && e.relativeSpread() < 0.3, qPrintable(QString::number(e.relativeSpread())));
        const ComputeUnits u = model::AnimationPlan::fromInput({{"prompt_start", "a"}, {"prompt_end", "b"}}).totalUnits();
        const model::RunEstimate est = e.estimate(u, 0.00115);
        QVERIFY(est.lowSeconds <= trueSeconds(u) && trueSeconds(u) <= est.highSeconds);
    }

    void degenerateSamplesNeverBreakTheFit()
    {
        const ComputeUnits defaults = model::AnimationPlan::fromInput({{"prompt_start", "a"}, {"prompt_end", "b"}}).totalUnits();
        // All identical: the history knows one input's time, and that is what it predicts.
        QList<RunSample> same(20, RunSample{defaults, 70.0});
        RunEstimator e = RunEstimator::fit(same);
        QVERIFY2(sane(e.rates()), qPrintable(rates(e.rates())));
        QCOMPARE(e.learnedFrom(), 20);
        QVERIFY2(within(e.estimate(defaults, 1).seconds, 70.0, 0.01), qPrintable(QString::number(e.estimate(defaults, 1).seconds)));
        // Zero, negative and NaN predict times, and broken units, are not samples.
        QList<RunSample> broken(20, RunSample{defaults, 0.0});
        broken << RunSample{defaults, -3} << RunSample{defaults, std::nan("")} << RunSample{defaults, INFINITY}
               << RunSample{ComputeUnits{std::nan(""), 1, 1, 1}, 10} << RunSample{ComputeUnits{-1, 1, 1, 1}, 10};
        e = RunEstimator::fit(broken);
        QCOMPARE(e.learnedFrom(), 0);
        QVERIFY(sane(e.rates()));
        // Units that are all zero (nothing to compute) only tell the overhead.
        e = RunEstimator::fit(QList<RunSample>(8, RunSample{ComputeUnits{}, 3.0}));
        QVERIFY2(sane(e.rates()), qPrintable(rates(e.rates())));
        QVERIFY(within(e.rates().overhead, 3.0, 0.01));
        // Tiny and huge times together.
        QList<RunSample> extreme;
        for (int i = 0; i < 10; ++i)
            extreme << RunSample{defaults, i % 2 ? 1e-9 : 1e9};
        e = RunEstimator::fit(extreme);
        QVERIFY2(sane(e.rates()), qPrintable(rates(e.rates())));
        const model::RunEstimate est = e.estimate(defaults, 0.00115);
        QVERIFY(std::isfinite(est.seconds) && est.seconds >= 0 && est.lowSeconds >= 0);
        // A broken price gives no cost rather than NaN.
        QCOMPARE(RunEstimator().estimate(defaults, std::nan("")).usd, 0.0);
    }

    void describesTheEstimateInWords()
    {
        model::RunEstimate est;
        est.seconds = 55.2;
        est.lowSeconds = 44.6;
        est.highSeconds = 66.4;
        est.usd = 0.0634;
        est.lowUsd = 0.0521;
        est.highUsd = 0.0763;
        est.learnedFrom = 12;
        const QString text = session::RunEstimateText::describe(est, false);
        // Before the English catalogue has the plural, Qt shows "run(s)".
        QVERIFY2(text.startsWith(QStringLiteral("≈ 55 s (45–66 s) · $0.063 (0.052–0.076) · learned from 12 run")), qPrintable(text));
        QCOMPARE(session::RunEstimateText::describe(est, true),
                 QStringLiteral("≈ 55 s (45–66 s) · free (local) · ") + session::RunEstimateText::source(est));
        est.learnedFrom = 0;
        QVERIFY(session::RunEstimateText::describe(est, false).endsWith(QStringLiteral(" · documented A100 defaults")));
        // Long runs in minutes.
        est.seconds = 192;
        est.lowSeconds = 144;
        est.highSeconds = 240;
        QCOMPARE(session::RunEstimateText::time(est), QStringLiteral("≈ 3.2 min (2.4–4.0 min)"));
        est.usd = 12.5;
        est.lowUsd = 9.375;
        est.highUsd = 15.625;
        QCOMPARE(session::RunEstimateText::price(est, false), QStringLiteral("$12.50 (9.38–15.63)"));
    }

    // One price per second for the estimates and the history's cost column.
    void priceIsASetting()
    {
        QTemporaryDir dir;
        settings::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(settings.pricePerSecondUsd(), 0.00115);   // Nvidia A100 (40GB), spec §9.5
        settings.setPricePerSecondUsd(0.0023);
        QCOMPARE(settings::AppSettings(dir.filePath(QStringLiteral("settings.ini"))).pricePerSecondUsd(), 0.0023);
        settings.setPricePerSecondUsd(-1);   // not a price: back to the default
        QCOMPARE(settings.pricePerSecondUsd(), 0.00115);
        settings.setValue(QStringLiteral("billing/pricePerSecondUsd"), QStringLiteral("cheap"));
        QCOMPARE(settings.pricePerSecondUsd(), 0.00115);
        settings.setPricePerSecondUsd(0);    // free is a price
        QCOMPARE(settings.pricePerSecondUsd(), 0.0);

        QCOMPARE(store::CostEstimator::estimateUsd(QStringLiteral("cloud"), 40, 0.0023), 40 * 0.0023);
        QCOMPARE(store::CostEstimator::estimateUsd(QStringLiteral("emulator"), 40, 0.0023), 0.0);
        QCOMPARE(store::CostEstimator::estimateUsd(QStringLiteral("cog"), 40, 0.0023), 0.0);
        QCOMPARE(store::CostEstimator::estimateUsd(QStringLiteral("cloud"), -1, 0.0023), -1.0);
        QCOMPARE(store::CostEstimator::estimateUsd(QStringLiteral("cloud"), 40, std::nan("")), 40 * 0.00115);
    }

    void historyGivesOnlyFinishedCloudRuns()
    {
        QTemporaryDir dir;
        store::HistoryStore history(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(history.open());
        QList<store::HistoryRecord> records;
        const QList<RunSample> truth = syntheticHistory(0);
        for (int n = 0; n < int(std::size(kHistory)); ++n)
            records << record(n, QStringLiteral("cloud"), QStringLiteral("succeeded"), truth.at(n).predictSeconds, inputOf(kHistory[n]));
        const QJsonObject any = inputOf(kHistory[0]);
        // Not samples: local backends, unfinished or failed runs, unknown time, input removed.
        records << record(20, QStringLiteral("emulator"), QStringLiteral("succeeded"), 500, any)
                << record(21, QStringLiteral("cog"), QStringLiteral("succeeded"), 500, any)
                << record(22, QStringLiteral("cloud"), QStringLiteral("failed"), 500, any)
                << record(23, QStringLiteral("cloud"), QStringLiteral("processing"), 500, any)
                << record(24, QStringLiteral("cloud"), QStringLiteral("succeeded"), -1, any)
                << record(25, QStringLiteral("cloud"), QStringLiteral("succeeded"), 0, any)
                << record(26, QStringLiteral("cloud"), QStringLiteral("succeeded"), 500, QJsonObject());
        QVERIFY(history.insertMany(records));
        const QList<RunSample> samples = session::HistoryRateSource::samples(history);
        QCOMPARE(samples.size(), 20);
        // Newest first; each sample's units are its input's plan.
        QCOMPARE(samples.first().predictSeconds, truth.last().predictSeconds);
        QCOMPARE(samples.first().units.unet, truth.last().units.unet);
        QCOMPARE(session::HistoryRateSource::samples(history, 7).size(), 7);
        const RunEstimator e = session::HistoryRateSource::fit(history);
        QCOMPARE(e.learnedFrom(), 20);
        QVERIFY2(within(e.rates().unet, kUnet, 0.05), qPrintable(rates(e.rates())));
    }

    void historyRateSourceRefitsOffTheUiThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        store::AsyncHistoryStore history(path);
        QCOMPARE(history.open().result(), QString());
        session::HistoryRateSource source(&history);
        QSignalSpy changed(&source, &session::HistoryRateSource::changed);
        // The first refit starts on construction: an empty history gives the defaults.
        QVERIFY(changed.wait(5000));
        QCOMPARE(source.estimator().learnedFrom(), 0);

        const QList<RunSample> truth = syntheticHistory(0);
        history.run([&truth](store::HistoryStore &s) {
            QList<store::HistoryRecord> records;
            for (int n = 0; n < int(std::size(kHistory)); ++n)
                records << record(n, QStringLiteral("cloud"), QStringLiteral("succeeded"), truth.at(n).predictSeconds, inputOf(kHistory[n]));
            return s.insertMany(records);
        }).waitForFinished();
        changed.clear();
        source.refresh();
        source.refresh();   // coalesced: one more refit after the running one
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 2, 10000);
        QCOMPARE(source.estimator().learnedFrom(), 20);

        // A write through the store refits on its own (after the burst delay).
        changed.clear();
        store::HistoryRecord late = record(99, QStringLiteral("cloud"), QStringLiteral("succeeded"), 60, inputOf(kHistory[0]));
        history.write(late.id, [late](store::HistoryStore &s) mutable { return s.insert(late); });
        QVERIFY(changed.wait(10000));
        QCOMPARE(source.estimator().learnedFrom(), 21);

        // Destroyed while its refit is queued: the result is dropped, nothing crashes.
        auto *doomed = new session::HistoryRateSource(&history);
        doomed->refresh();
        delete doomed;
        history.waitForIdle();
        QCoreApplication::processEvents();
    }
};

QTEST_GUILESS_MAIN(TestRunEstimator)
#include "tst_runestimator.moc"
