#include "emulator/DeploymentRegistry.h"

#include "emulator/EmulatorClock.h"
#include "emulator/ModelCatalog.h"

namespace sdanim::emulator {

QJsonObject DeploymentRegistry::Entry::toJson() const
{
    const QJsonObject createdBy{{QStringLiteral("type"), QStringLiteral("user")},
                                {QStringLiteral("username"), QStringLiteral("emulator")},
                                {QStringLiteral("name"), QStringLiteral("SD Animator offline emulator")},
                                {QStringLiteral("github_url"), QJsonValue()},
                                {QStringLiteral("avatar_url"), QJsonValue()}};
    const QJsonObject configuration{{QStringLiteral("hardware"), deployment.hardware},
                                    {QStringLiteral("min_instances"), deployment.minInstances},
                                    {QStringLiteral("max_instances"), deployment.maxInstances}};
    return QJsonObject{{QStringLiteral("owner"), deployment.owner},
                       {QStringLiteral("name"), deployment.name},
                       {QStringLiteral("current_release"),
                        QJsonObject{{QStringLiteral("number"), release},
                                    {QStringLiteral("model"), ModelCatalog::fullName()},
                                    {QStringLiteral("version"), ModelCatalog::versionId()},
                                    {QStringLiteral("created_at"), EmulatorClock::formatRfc3339(releasedNs, 6)},
                                    {QStringLiteral("created_by"), createdBy},
                                    {QStringLiteral("configuration"), configuration}}}};
}

DeploymentRegistry::DeploymentRegistry(const QList<Deployment> &initial)
{
    for (const Deployment &d : initial)
        define(d);
}

bool DeploymentRegistry::define(const Deployment &deployment, Entry *result)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = EmulatorClock::nowNs();
    for (Entry &e : m_entries) {
        if (e.deployment.owner == deployment.owner && e.deployment.name == deployment.name) {
            e.deployment = deployment;
            ++e.release;
            e.releasedNs = now;
            if (result)
                *result = e;
            return true;
        }
    }
    if (m_entries.size() >= kMostDeployments)
        return false;
    m_entries << Entry{deployment, 1, now};
    if (result)
        *result = m_entries.last();
    return true;
}

std::optional<DeploymentRegistry::Entry> DeploymentRegistry::find(const QString &owner, const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    for (const Entry &e : m_entries) {
        if (e.deployment.owner == owner && e.deployment.name == name)
            return e;
    }
    return std::nullopt;
}

bool DeploymentRegistry::remove(const QString &owner, const QString &name)
{
    QMutexLocker lock(&m_mutex);
    return m_entries.removeIf([&](const Entry &e) { return e.deployment.owner == owner && e.deployment.name == name; }) > 0;
}

QList<DeploymentRegistry::Entry> DeploymentRegistry::all() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

} // namespace sdanim::emulator
