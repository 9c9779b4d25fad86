// session::Run, the display state of one run, driven by a scripted PredictionJob.
#include "api/PredictionJob.h"
#include "session/Run.h"

#include <QSignalSpy>
#include <QtTest>

using namespace sdanim;

namespace {

// A job whose signals the test emits by hand.
class ScriptedJob : public api::PredictionJob
{
public:
    using api::PredictionJob::PredictionJob;
    void start() override { m_running = true; }
    void cancel() override { ++cancels; }

    void progress(double fraction)
    {
        m_progress = fraction;
        emit progressChanged(fraction, -1);
    }
    void finish(api::PredictionStatus status)
    {
        m_prediction.status = status;
        m_running = false;
        emit finished(m_prediction);
    }
    void create()
    {
        m_prediction.id = QStringLiteral("run1");
        m_prediction.status = api::PredictionStatus::Starting;
        emit created(m_prediction);
    }

    int cancels = 0;
};

QJsonObject input()
{
    return QJsonObject{{"prompt_start", "a fox"}, {"prompt_end", "a bird"}};
}

} // namespace

class TestRun : public QObject
{
    Q_OBJECT

private slots:
    // The bar shows the job's own progress at the end: 100 % only when the job got there (its
    // video is on disk), not for every success.
    void successWithoutItsVideoStaysShortOfFull()
    {
        ScriptedJob job;
        session::Run run(&job, input());
        job.create();
        job.progress(0.93);
        job.finish(api::PredictionStatus::Succeeded);   // the video download failed
        QCOMPARE(run.state(), session::Run::State::Succeeded);
        QCOMPARE(run.progress(), 0.93);
    }

    void successWithItsVideoIsFull()
    {
        ScriptedJob job;
        session::Run run(&job, input());
        job.create();
        job.progress(0.5);
        job.progress(1.0);
        job.finish(api::PredictionStatus::Succeeded);
        QCOMPARE(run.progress(), 1.0);
    }

    // The seed from the model's log line, also when it is not the first line and the log is long.
    void seedFromTheLog()
    {
        ScriptedJob job;
        session::Run run(&job, input());
        job.create();
        QVERIFY(!run.seed());
        for (int i = 0; i < 1000; ++i) emit job.logLine(QStringLiteral("setup line %1").arg(i));
        emit job.logLine(QStringLiteral("Using seed: 123456789"));
        emit job.logLine(QStringLiteral("Using seed: 5"));   // only the first one counts
        QCOMPARE(run.seed(), std::optional<qint64>(123456789));
        QCOMPARE(run.logs().count(QLatin1Char('\n')), 1001);
    }
};

QTEST_MAIN(TestRun)
#include "tst_run.moc"
