#include "concurrent/FutureCallbacks.h"

#include <QPromise>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <memory>

using sdanim::concurrent::FutureCallbacks;

// The contract HistoryListModel, HistorySidebar, MainWindow, PresetLibrary and PreviewFileActions rely
// on (defect 11): a result reaches its object on the object's thread, or not at all once the object
// is gone. QFuture::then(context, …) in Qt 6.4 asserted in the last case.
class TestFutureCallbacks : public QObject
{
    Q_OBJECT
private slots:
    void resultArrivesOnTheContextThread()
    {
        QObject context;
        QPromise<int> promise;
        promise.start();
        QThread *calledOn = nullptr;
        int got = 0;
        FutureCallbacks::onResult(promise.future(), &context, [&](int value) {
            got = value;
            calledOn = QThread::currentThread();
        });
        // Finished from another thread, like the history worker does.
        std::unique_ptr<QThread> worker(QThread::create([&promise] {
            promise.addResult(42);
            promise.finish();
        }));
        worker->start();
        QVERIFY(worker->wait(10000));
        QTRY_COMPARE(got, 42);
        QCOMPARE(calledOn, QThread::currentThread());
    }

    void finishedFutureIsStillAsynchronous()
    {
        QObject context;
        QPromise<QString> promise;
        promise.start();
        promise.addResult(QStringLiteral("done"));
        promise.finish();
        QString got;
        FutureCallbacks::onResult(promise.future(), &context, [&](const QString &value) { got = value; });
        QVERIFY(got.isEmpty());   // not called from inside onResult()
        QTRY_COMPARE(got, QStringLiteral("done"));
    }

    void contextDestroyedFirstIsNeverCalled()
    {
        QPromise<int> promise;
        promise.start();
        int calls = 0;
        auto context = std::make_unique<QObject>();
        QSignalSpy destroyed(context.get(), &QObject::destroyed);
        FutureCallbacks::onResult(promise.future(), context.get(), [&calls](int) { ++calls; });
        context.reset();
        QCOMPARE(destroyed.size(), 1);
        std::unique_ptr<QThread> worker(QThread::create([&promise] {
            promise.addResult(7);
            promise.finish();
        }));
        worker->start();
        QVERIFY(worker->wait(10000));
        // A later callback on a live object runs after anything the dead one could have queued.
        QObject witness;
        bool witnessed = false;
        FutureCallbacks::onResult(promise.future(), &witness, [&witnessed](int) { witnessed = true; });
        QTRY_VERIFY(witnessed);
        QCOMPARE(calls, 0);
    }

    void canceledFutureIsNotCalled()
    {
        QObject context;
        int calls = 0;
        QFuture<int> future;
        {
            QPromise<int> promise;
            promise.start();
            future = promise.future();
            FutureCallbacks::onResult(future, &context, [&calls](int) { ++calls; });
        }   // a promise dropped unfinished cancels its future
        QVERIFY(future.isCanceled());
        QObject witness;
        bool witnessed = false;
        QPromise<void> later;
        later.start();
        later.finish();
        FutureCallbacks::onResult(later.future(), &witness, [&witnessed] { witnessed = true; });
        QTRY_VERIFY(witnessed);
        QCOMPARE(calls, 0);
    }

    // onSettled goes on in every case onResult stays silent in, except a dead context.
    void settledCallsBackWithOrWithoutAResult()
    {
        QObject context;
        QList<std::optional<int>> got;
        auto note = [&got](const std::optional<int> &r) { got << r; };

        QPromise<int> withResult;
        withResult.start();
        FutureCallbacks::onSettled(withResult.future(), &context, note);
        withResult.addResult(5);
        withResult.finish();
        QTRY_COMPARE(got.size(), 1);
        QCOMPARE(got.at(0), std::optional<int>(5));

        QPromise<int> empty;   // finished without a result: the work could not tell
        empty.start();
        empty.finish();
        FutureCallbacks::onSettled(empty.future(), &context, note);
        QCOMPARE(got.size(), 1);   // asynchronous even when finished already
        QTRY_COMPARE(got.size(), 2);
        QCOMPARE(got.at(1), std::optional<int>());

        {
            QPromise<int> dropped;
            dropped.start();
            FutureCallbacks::onSettled(dropped.future(), &context, note);
        }   // canceled
        QTRY_COMPARE(got.size(), 3);
        QCOMPARE(got.at(2), std::optional<int>());

        FutureCallbacks::onSettled(QFuture<int>(), &context, note);   // a default future is canceled
        QTRY_COMPARE(got.size(), 4);
        QCOMPARE(got.at(3), std::optional<int>());

        int late = 0;
        QPromise<int> pending;
        pending.start();
        {
            QObject gone;
            FutureCallbacks::onSettled(pending.future(), &gone, [&late](const std::optional<int> &) { ++late; });
        }
        pending.addResult(1);
        pending.finish();
        QObject witness;
        bool witnessed = false;
        FutureCallbacks::onSettled(pending.future(), &witness, [&witnessed](const std::optional<int> &) { witnessed = true; });
        QTRY_VERIFY(witnessed);
        QCOMPARE(late, 0);
    }
};

QTEST_GUILESS_MAIN(TestFutureCallbacks)
#include "tst_futurecallbacks.moc"
