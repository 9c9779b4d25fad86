#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QThread>

#include <optional>
#include <type_traits>
#include <utility>

namespace sdanim::concurrent {

// Getting a worker thread's result back to an object that may be gone by then.
//
// Qt 6.4's QFuture::then(context, f) is not safe for that: when `context` is destroyed before the
// future finishes, the continuation asserts (`ASSERT: "context"` in qfuture_impl.h) in a debug
// build, and reads a QPointer on the worker thread while the UI thread deletes the object in a
// release build. onResult() instead hands the future to a QFutureWatcher owned by `context`: the
// watcher dies with `context` and detaches from the future under the future's own lock, so the
// callback either runs on `context`'s thread while `context` is alive, or never.
class FutureCallbacks
{
public:
    // Calls callback(result) (callback() for QFuture<void>) on context's thread once the future
    // has finished with a result; not at all when it was canceled or `context` is destroyed first.
    // Call it on the thread `context` lives in. Always asynchronous, even for a finished future.
    template <typename T, typename Callback>
    static void onResult(const QFuture<T> &future, QObject *context, Callback &&callback)
    {
        Q_ASSERT(context && context->thread() == QThread::currentThread());
        auto *watcher = new QFutureWatcher<T>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                         [watcher, callback = std::forward<Callback>(callback)]() mutable {
                             watcher->deleteLater();
                             const QFuture<T> done = watcher->future();
                             if (done.isCanceled()) return;
                             if constexpr (std::is_void_v<T>) {
                                 callback();
                             } else {
                                 if (done.resultCount() > 0) callback(done.result());
                             }
                         });
        watcher->setFuture(future);
    }

    // Like onResult, but also calls back when the future ended without a result (canceled, or
    // finished empty): callback(std::nullopt). For a caller that must go on either way. Still
    // never once `context` is gone.
    template <typename T, typename Callback>
    static void onSettled(const QFuture<T> &future, QObject *context, Callback &&callback)
    {
        static_assert(!std::is_void_v<T>, "onSettled needs a result type");
        Q_ASSERT(context && context->thread() == QThread::currentThread());
        auto *watcher = new QFutureWatcher<T>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                         [watcher, callback = std::forward<Callback>(callback)]() mutable {
                             watcher->deleteLater();
                             const QFuture<T> done = watcher->future();
                             if (!done.isCanceled() && done.resultCount() > 0)
                                 callback(std::optional<T>(done.result()));
                             else
                                 callback(std::optional<T>());
                         });
        watcher->setFuture(future);
    }
};

} // namespace sdanim::concurrent
