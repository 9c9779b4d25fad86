#include "api/ModelVersionCache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace sdanim::api {

ModelVersionCache::ModelVersionCache(QString file, qint64 maxAgeSeconds)
    : m_file(std::move(file)), m_maxAgeSeconds(maxAgeSeconds)
{
}

QString ModelVersionCache::keyFor(const QUrl &apiBase, const QString &model, const QString &pinnedVersion)
{
    // No credentials or query in a key: the file is not secret.
    const QString base = apiBase.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                                          | QUrl::StripTrailingSlash).toString();
    return base + QLatin1Char(' ') + model + QLatin1Char(':') + (pinnedVersion.isEmpty() ? QStringLiteral("latest") : pinnedVersion);
}

QJsonObject ModelVersionCache::readEntries() const
{
    QFile f(m_file);
    if (m_file.isEmpty() || f.size() > MaxFileBytes || !f.open(QIODevice::ReadOnly)) return {};
    const QByteArray bytes = f.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes) return {};
    return QJsonDocument::fromJson(bytes).object().value(QLatin1String("entries")).toObject();
}

std::optional<QJsonObject> ModelVersionCache::lookup(const QUrl &apiBase, const QString &model,
                                                     const QString &pinnedVersion, const QDateTime &now) const
{
    const QJsonObject entry = readEntries().value(keyFor(apiBase, model, pinnedVersion)).toObject();
    const QJsonObject version = entry.value(QLatin1String("version")).toObject();
    const QString id = version.value(QLatin1String("id")).toString();
    if (id.isEmpty() || !version.value(QLatin1String("openapi_schema")).isObject()) return std::nullopt;
    if (!pinnedVersion.isEmpty()) {
        // Versions never change once published.
        if (id != pinnedVersion) return std::nullopt;
        return version;
    }
    const qint64 fetched = qint64(entry.value(QLatin1String("fetched_at")).toDouble(-1));
    const qint64 age = now.toSecsSinceEpoch() - fetched;
    // A clock set back makes the age negative: refetch rather than trust it for years.
    if (fetched < 0 || age < 0 || age > m_maxAgeSeconds) return std::nullopt;
    return version;
}

bool ModelVersionCache::store(const QUrl &apiBase, const QString &model, const QString &pinnedVersion,
                              const QJsonObject &version, const QDateTime &now) const
{
    if (m_file.isEmpty()) return false;
    QJsonObject entries = readEntries();
    entries.insert(keyFor(apiBase, model, pinnedVersion),
                   QJsonObject{{QStringLiteral("fetched_at"), double(now.toSecsSinceEpoch())},
                               {QStringLiteral("version"), version}});
    while (entries.size() > MaxEntries) {
        // Drop the entry fetched longest ago.
        QString oldest;
        double oldestAt = 0;
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            const double at = it.value().toObject().value(QLatin1String("fetched_at")).toDouble();
            if (oldest.isEmpty() || at < oldestAt) {
                oldest = it.key();
                oldestAt = at;
            }
        }
        entries.remove(oldest);
    }
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("entries"), entries}}).toJson(QJsonDocument::Compact);
    if (bytes.size() > MaxFileBytes) return false;
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile out(m_file);
    if (!out.open(QIODevice::WriteOnly)) return false;
    out.write(bytes);
    return out.commit();
}

} // namespace sdanim::api
