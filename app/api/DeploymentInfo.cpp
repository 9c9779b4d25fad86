#include "api/DeploymentInfo.h"

#include <QRegularExpression>

namespace sdanim::api {

namespace {

// Longer strings from the server are cut: they only ever end up in a table cell.
QString bounded(const QJsonValue &value)
{
    return value.toString().left(200);
}

} // namespace

std::optional<DeploymentInfo> DeploymentInfo::fromJson(const QJsonObject &json)
{
    DeploymentInfo d;
    d.owner = bounded(json.value(QLatin1String("owner")));
    d.name = bounded(json.value(QLatin1String("name")));
    if (d.owner.isEmpty() || d.name.isEmpty())
        return std::nullopt;
    const QJsonObject release = json.value(QLatin1String("current_release")).toObject();
    d.release = release.value(QLatin1String("number")).toInt();
    d.model = bounded(release.value(QLatin1String("model")));
    d.version = bounded(release.value(QLatin1String("version")));
    const QJsonObject config = release.value(QLatin1String("configuration")).toObject();
    d.hardware = bounded(config.value(QLatin1String("hardware")));
    d.minInstances = config.value(QLatin1String("min_instances")).toInt();
    d.maxInstances = config.value(QLatin1String("max_instances")).toInt();
    return d;
}

QJsonObject DeploymentInfo::toJson() const
{
    return QJsonObject{{QStringLiteral("owner"), owner},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("model"), model},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("release"), release},
                       {QStringLiteral("hardware"), hardware},
                       {QStringLiteral("min_instances"), minInstances},
                       {QStringLiteral("max_instances"), maxInstances}};
}

std::optional<std::pair<QString, QString>> DeploymentInfo::split(const QString &ownerSlashName)
{
    static const QRegularExpression pattern(QStringLiteral("^([a-z0-9][a-z0-9._-]{0,99})/([a-z0-9][a-z0-9._-]{0,99})$"));
    const QRegularExpressionMatch m = pattern.match(ownerSlashName);
    if (!m.hasMatch())
        return std::nullopt;
    return std::pair{m.captured(1), m.captured(2)};
}

bool DeploymentInfo::isValidFullName(const QString &ownerSlashName)
{
    return split(ownerSlashName).has_value();
}

} // namespace sdanim::api
