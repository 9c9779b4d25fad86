#include "store/AsyncHistoryStore.h"

namespace sdanim::store {

AsyncHistoryStore::AsyncHistoryStore(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
{
    // One thread for the lifetime of the object: writes stay in order and the SQL connection
    // stays on the thread that opened it (Qt SQL connections are thread-bound).
    m_thread.setObjectName(QStringLiteral("history"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

AsyncHistoryStore::~AsyncHistoryStore()
{
    // Runs after everything queued before it, so pending writes land; the connection closes on
    // its own thread.
    QMetaObject::invokeMethod(m_worker, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

HistoryStore &AsyncHistoryStore::store()
{
    if (!m_store) {
        m_store = std::make_unique<HistoryStore>(m_path);
        if (m_store->open()) m_store->purgeDeleted(QDateTime::currentDateTimeUtc().addDays(-DeletedRetentionDays));
    }
    return *m_store;
}

QFuture<bool> AsyncHistoryStore::write(const QString &key, std::function<bool(HistoryStore &)> work)
{
    return run([this, key, work = std::move(work)](HistoryStore &store) {
        const bool ok = store.isOpen() && work(store);
        const QString error = store.lastError();
        QMetaObject::invokeMethod(this, [this, key, ok, error] {
            if (ok)
                emit changed(key);
            else
                emit writeFailed(key, error);
        }, Qt::QueuedConnection);
        return ok;
    });
}

QFuture<QString> AsyncHistoryStore::open()
{
    return run([](HistoryStore &store) { return store.isOpen() ? QString() : store.lastError(); });
}

QFuture<QList<HistoryRow>> AsyncHistoryStore::list(const HistoryQuery &query)
{
    return run([query](HistoryStore &store) { return store.list(query); });
}

QFuture<int> AsyncHistoryStore::count(const HistoryQuery &query)
{
    return run([query](HistoryStore &store) { return store.count(query); });
}

QFuture<std::optional<HistoryRecord>> AsyncHistoryStore::get(const QString &key)
{
    return run([key](HistoryStore &store) { return store.get(key); });
}

QFuture<bool> AsyncHistoryStore::remove(const QString &key)
{
    return write(key, [key](HistoryStore &store) { return store.remove(key); });
}

QFuture<bool> AsyncHistoryStore::restore(const QString &key)
{
    return write(key, [key](HistoryStore &store) { return store.restore(key); });
}

QFuture<bool> AsyncHistoryStore::holdsPrediction(const QString &id)
{
    // Not run(): a history that cannot be read must leave the answer open, not say "no".
    auto promise = std::make_shared<QPromise<bool>>();
    QFuture<bool> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(m_worker, [this, promise, id] {
        if (const std::optional<bool> held = store().holdsPrediction(id)) promise->addResult(*held);
        promise->finish();
    }, Qt::QueuedConnection);
    return future;
}

api::RecordedCheck AsyncHistoryStore::recordedCheck()
{
    return [history = QPointer<AsyncHistoryStore>(this)](const QString &id) {
        return history ? history->holdsPrediction(id) : QFuture<bool>();
    };
}

void AsyncHistoryStore::reportFailure(const QString &key, const QString &message)
{
    QMetaObject::invokeMethod(this, [this, key, message] { emit writeFailed(key, message); }, Qt::QueuedConnection);
}

void AsyncHistoryStore::waitForIdle()
{
    // Tasks run in order on one thread: when this no-op has run, all earlier ones have.
    run([](HistoryStore &) { return true; }).waitForFinished();
}

} // namespace sdanim::store
