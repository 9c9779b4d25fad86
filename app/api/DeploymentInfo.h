#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sdanim::api {

// One of the account's Replicate deployments as GET /v1/deployments lists it: the name under its
// owner and its current release's model, version and configuration.
struct DeploymentInfo
{
    QString owner;
    QString name;
    QString model;        // owner/name of the deployed model
    QString version;      // the release's version id
    int release = 0;      // current_release.number
    QString hardware;     // SKU, e.g. gpu-a40-large
    int minInstances = 0;
    int maxInstances = 0;

    QString fullName() const { return owner + QLatin1Char('/') + name; }

    // Null without an owner or name; other missing fields stay empty/0 (lenient, like Prediction).
    static std::optional<DeploymentInfo> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    // "owner/name" as Replicate names deployments: each part of lowercase letters, digits, '-',
    // '_' and '.', at most 100 characters.
    static bool isValidFullName(const QString &ownerSlashName);
    // Owner and name of a valid full name.
    static std::optional<std::pair<QString, QString>> split(const QString &ownerSlashName);
};

} // namespace sdanim::api
