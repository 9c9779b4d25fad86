#include "store/AsyncHistoryStore.h"

namespace sdanim::store {

AsyncHistoryStore::AsyncHistoryStore(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
{
    // One thread, never retired: writes stay in order and the SQL connection keeps its thread.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

AsyncHistoryStore::~AsyncHistoryStore()
{
    // Queued after everything else, so pending writes land first; the connection must be closed on
    // the thread that opened it.
    QtConcurrent::run(&m_pool, [this] { m_store.reset(); }).waitForFinished();
    m_pool.waitForDone();
}

HistoryStore &AsyncHistoryStore::storeForThisThread()
{
    if (!m_store || m_storeThread != QThread::currentThread()) {
        m_store.reset();
        m_store = std::make_unique<HistoryStore>(m_path);
        m_storeThread = QThread::currentThread();
        m_store->open();
    }
    return *m_store;
}

QFuture<bool> AsyncHistoryStore::write(const QString &key, std::function<bool(HistoryStore &)> work)
{
    return run([this, key, work = std::move(work)](HistoryStore &store) {
        const bool ok = store.isOpen() ? work(store) : false;
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

void AsyncHistoryStore::waitForIdle()
{
    // A no-op task: the single thread runs tasks in order, so when it has run, all earlier ones have.
    run([](HistoryStore &) { return true; }).waitForFinished();
}

} // namespace sdanim::store
