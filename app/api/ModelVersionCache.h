#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace sdanim::api {

// The model version objects (with their OpenAPI schema) fetched from a Replicate server, kept in
// one JSON file so that a run does not fetch again what the previous one just fetched (issue 9:
// one GET /v1/models/… per `sdanim run` was a third of a short run's requests). Entries are keyed
// by API base, model and (pinned) version id. A pinned version is immutable on Replicate and never
// goes stale; the model's *latest* version is refetched once its entry is older than maxAge, so a
// new version shows up at most that late.
class ModelVersionCache
{
public:
    // A cache file larger than this is not read (it is a few version objects of ~30 KiB each).
    static constexpr qint64 MaxFileBytes = 4LL * 1024 * 1024;
    // Entries kept; the oldest go first.
    static constexpr int MaxEntries = 16;
    static constexpr qint64 DefaultMaxAgeSeconds = 3600;

    explicit ModelVersionCache(QString file, qint64 maxAgeSeconds = DefaultMaxAgeSeconds);

    QString file() const { return m_file; }

    // The version stored for this key, if it is fresh enough; `pinnedVersion` empty = the latest.
    std::optional<QJsonObject> lookup(const QUrl &apiBase, const QString &model, const QString &pinnedVersion,
                                      const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Stores (replaces) the version for this key; false when the file could not be written.
    bool store(const QUrl &apiBase, const QString &model, const QString &pinnedVersion, const QJsonObject &version,
               const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    static QString keyFor(const QUrl &apiBase, const QString &model, const QString &pinnedVersion);

private:
    QJsonObject readEntries() const;

    QString m_file;
    qint64 m_maxAgeSeconds;
};

} // namespace sdanim::api
