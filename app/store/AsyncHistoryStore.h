#pragma once

#include "api/JobOptions.h"
#include "store/HistoryStore.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QThread>
#include <memory>
#include <type_traits>

namespace sdanim::store {

// The history for code that must not block (the UI thread, job signal handlers): every call runs
// on one private worker thread, in submission order, and returns a QFuture. Use
// concurrent::FutureCallbacks::onResult (not QFuture::then(context, ...), which breaks when the
// context is deleted first) to get the result back on the caller's thread:
//
//   concurrent::FutureCallbacks::onResult(history->list(query), this,
//                                         [this](const QList<HistoryRow> &rows) { m_model->setRows(rows); });
//
// `changed` fires (on the owner's thread) after every write that went through this object, so
// a view can refresh itself.
class AsyncHistoryStore : public QObject
{
    Q_OBJECT
public:
    // Rows deleted (soft) longer ago than this are removed for good when the store opens; until
    // then the UI can offer undo.
    static constexpr int DeletedRetentionDays = 7;

    explicit AsyncHistoryStore(const QString &databasePath, QObject *parent = nullptr);
    ~AsyncHistoryStore() override;   // finishes the queued work first

    QString path() const { return m_path; }

    // Runs work(HistoryStore &) on the history thread; its return value ends up in the future.
    template <typename F>
    auto run(F work) -> QFuture<std::invoke_result_t<F, HistoryStore &>>
    {
        using Result = std::invoke_result_t<F, HistoryStore &>;
        auto promise = std::make_shared<QPromise<Result>>();
        QFuture<Result> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(m_worker, [this, promise, work]() mutable {
            promise->addResult(work(store()));
            promise->finish();
        }, Qt::QueuedConnection);
        return future;
    }
    // Same, then emits `changed(key)` (and `writeFailed` when `work` returns false).
    QFuture<bool> write(const QString &key, std::function<bool(HistoryStore &)> work);

    QFuture<QString> open();   // empty string when the database is usable, else the reason
    QFuture<QList<HistoryRow>> list(const HistoryQuery &query);
    QFuture<int> count(const HistoryQuery &query);
    QFuture<std::optional<HistoryRecord>> get(const QString &key);
    QFuture<bool> remove(const QString &key);
    QFuture<bool> restore(const QString &key);
    // Whether a row of any process holds this server prediction id (HistoryStore::holdsPrediction);
    // the future ends without a result when the history cannot be read.
    QFuture<bool> holdsPrediction(const QString &id);
    // holdsPrediction as a backend's JobOptions::isRecorded (Backend::setRecordedCheck); once this
    // store is gone the check answers nothing (a canceled future).
    api::RecordedCheck recordedCheck();

    // Blocks until everything queued so far is on disk (CLI exit, tests). Not for the UI thread.
    void waitForIdle();

    // For work running on the history thread: emits `writeFailed(key, message)` on the owner's
    // thread. Safe because this object outlives every task queued on it; a task must never touch
    // other QObjects of the owner's thread, which may be gone by the time it runs.
    void reportFailure(const QString &key, const QString &message);

signals:
    void changed(const QString &key);
    void writeFailed(const QString &key, const QString &message);

private:
    HistoryStore &store();   // on the worker thread only

    QString m_path;
    QThread m_thread;
    QObject *m_worker = nullptr;             // lives in m_thread; queued tasks run in its event loop
    std::unique_ptr<HistoryStore> m_store;   // created and destroyed on m_thread
};

} // namespace sdanim::store
