#include "api/RequestLog.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrlQuery>

#include <memory>

Q_LOGGING_CATEGORY(lcHttp, "sdanim.api.http", QtWarningMsg)

namespace sdanim::api {

namespace {

QString masked(QString text, const QByteArray &secret)
{
    if (!secret.isEmpty())
        text.replace(QString::fromUtf8(secret), QStringLiteral("***"));
    return text;
}

QString methodOf(const QNetworkReply *reply)
{
    switch (reply->operation()) {
    case QNetworkAccessManager::HeadOperation: return QStringLiteral("HEAD");
    case QNetworkAccessManager::GetOperation: return QStringLiteral("GET");
    case QNetworkAccessManager::PutOperation: return QStringLiteral("PUT");
    case QNetworkAccessManager::PostOperation: return QStringLiteral("POST");
    case QNetworkAccessManager::DeleteOperation: return QStringLiteral("DELETE");
    case QNetworkAccessManager::CustomOperation:
        return QString::fromLatin1(reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray());
    default: return QStringLiteral("?");
    }
}

} // namespace

RequestLog::RequestLog(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<RequestLogEntry>();
}

RequestLog &RequestLog::instance()
{
    static RequestLog *log = new RequestLog;   // never deleted: replies may finish during shutdown
    return *log;
}

QString RequestLog::displayUrl(const QUrl &url, const QByteArray &secret)
{
    QUrl shown = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment | QUrl::RemoveQuery);
    QString text = shown.toDisplayString();
    if (url.hasQuery()) {
        // Signed delivery URLs carry their credentials in the query; the keys are enough to debug.
        QStringList keys;
        for (const auto &item : QUrlQuery(url).queryItems())
            keys << item.first + QStringLiteral("=…");
        text += QLatin1Char('?') + keys.join(QLatin1Char('&'));
    }
    return masked(text, secret);
}

void RequestLog::watch(QNetworkReply *reply, const QByteArray &secret)
{
    if (!reply)
        return;
    RequestLogEntry entry;
    entry.started = QDateTime::currentDateTime();
    entry.method = methodOf(reply);
    entry.url = displayUrl(reply->url(), secret);
    entry.authorized = reply->request().hasRawHeader("Authorization");
    {
        QMutexLocker lock(&m_mutex);
        entry.id = m_nextId++;
        m_entries.push_back(entry);
        while (m_entries.size() > size_t(MaxEntries))
            m_entries.pop_front();
    }
    emit entryAdded(entry);

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto done = std::make_shared<bool>(false);
    const quint64 id = entry.id;
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, timer, done, secret] {
        if (*done) return;
        *done = true;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QString error = reply->error() == QNetworkReply::NoError ? QString() : masked(reply->errorString(), secret);
        finish(id, status.isValid() ? status.toInt() : 0, error, timer->elapsed());
    });
    // A reply deleted before it finished (an abandoned stream) still gets its line.
    connect(reply, &QObject::destroyed, this, [this, id, timer, done] {
        if (*done) return;
        *done = true;
        finish(id, 0, tr("closed before it finished"), timer->elapsed());
    });
}

void RequestLog::finish(quint64 id, int status, const QString &error, qint64 durationMs)
{
    RequestLogEntry updated;
    {
        QMutexLocker lock(&m_mutex);
        if (m_entries.empty() || id < m_entries.front().id || id > m_entries.back().id)
            return;   // already dropped or cleared
        RequestLogEntry &entry = m_entries[size_t(id - m_entries.front().id)];
        entry.finished = true;
        entry.httpStatus = status;
        entry.error = error;
        entry.durationMs = durationMs;
        updated = entry;
    }
    // The URL has no query values and no credentials (displayUrl); headers are never logged.
    qCDebug(lcHttp).noquote().nospace() << updated.method << ' ' << updated.url << " -> "
                                        << (status > 0 ? QString::number(status) : updated.error) << " ("
                                        << durationMs << " ms" << (updated.authorized ? ", authorized" : "") << ')';
    emit entryUpdated(updated);
}

QList<RequestLogEntry> RequestLog::entries() const
{
    QMutexLocker lock(&m_mutex);
    return QList<RequestLogEntry>(m_entries.begin(), m_entries.end());
}

void RequestLog::clear()
{
    {
        QMutexLocker lock(&m_mutex);
        m_entries.clear();
    }
    emit cleared();
}

} // namespace sdanim::api
