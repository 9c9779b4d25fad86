#include "api/OutputDownloader.h"

#include "api/DataUri.h"
#include "api/DownloadTask.h"
#include "api/FileNameSanitizer.h"

#include <QDir>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimer>

namespace sdanim::api {

OutputDownloader::OutputDownloader(QNetworkAccessManager *nam, AuthPolicy policy, QObject *parent)
    : QObject(parent), m_nam(nam), m_policy(std::move(policy))
{
    if (!m_nam) m_nam = new QNetworkAccessManager(this);
}

OutputDownloader::~OutputDownloader()
{
    // Tasks are children; their destructors abort transfers and drop partial files.
    for (DownloadTask *task : std::as_const(m_tasks)) task->disconnect(this);
}

void OutputDownloader::download(int index, const QString &url, const QString &targetDir, const QString &fileName)
{
    const QString name = FileNameSanitizer::sanitize(fileName, FileNameSanitizer::nameFromUrl(url));
    if (!QDir().mkpath(targetDir)) {
        const QString message = tr("Cannot save output %1: the folder %2 cannot be created.").arg(index).arg(targetDir);
        QTimer::singleShot(0, this, [this, index, message] { emit failed(index, message); });
        return;
    }
    const QString path = QDir(targetDir).absoluteFilePath(name);
    DownloadTask::Options options;
    options.maxAttempts = m_maxAttempts;
    options.initialBackoffMs = m_initialBackoffMs;
    options.stallTimeoutMs = m_stallTimeoutMs;
    options.maxFileBytes = m_maxFileBytes;
    auto *task = new DownloadTask(m_nam, m_policy, options, index, url, path, this);
    m_tasks.append(task);
    connect(task, &DownloadTask::retrying, this, &OutputDownloader::retrying);
    connect(task, &DownloadTask::done, this, [this, task](bool ok, const QString &pathOrMessage) {
        taskDone(task, ok, pathOrMessage);
    });
    task->start();
}

void OutputDownloader::taskDone(DownloadTask *task, bool ok, const QString &pathOrMessage)
{
    m_tasks.removeOne(task);
    task->deleteLater();
    if (ok)
        emit saved(task->index(), pathOrMessage);
    else
        emit failed(task->index(), pathOrMessage);
}

void OutputDownloader::abortAll()
{
    const auto tasks = m_tasks;
    for (DownloadTask *task : tasks) task->abort();
}

int OutputDownloader::pendingCount() const { return int(m_tasks.size()); }

QString OutputDownloader::describeUrl(const QString &url)
{
    if (DataUri::isDataUri(url)) {
        const qsizetype comma = url.indexOf(QLatin1Char(','));
        const QString header = url.left(comma < 0 ? 60 : qMin<qsizetype>(comma, 60));
        return tr("%1,… (%2 characters)").arg(header, QLocale().toString(qlonglong(url.size())));
    }
    // Signed delivery URLs carry credentials in the query; keep them out of messages and logs.
    const QUrl parsed(url);
    if (!parsed.isValid()) return url.left(120);
    return parsed.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString().left(300);
}

} // namespace sdanim::api
