#pragma once

#include "emulator/Deployment.h"

#include <QJsonObject>
#include <QList>
#include <QMutex>

#include <optional>

namespace sdanim::emulator {

// The account's deployments (GET /v1/deployments…), thread-safe for the request threads. Defining
// a deployment again makes a new release with the new configuration, as an update on Replicate does.
class DeploymentRegistry
{
public:
    struct Entry
    {
        Deployment deployment;
        int release = 1;
        qint64 releasedNs = 0;
        // The API's deployment object: {owner, name, current_release: {number, model, version,
        // created_at, created_by, configuration: {hardware, min_instances, max_instances}}}.
        QJsonObject toJson() const;
    };

    static constexpr int kMostDeployments = 1000;

    explicit DeploymentRegistry(const QList<Deployment> &initial = {});
    // False (and nothing changes) once kMostDeployments exist and this is a new one.
    bool define(const Deployment &deployment, Entry *result = nullptr);
    std::optional<Entry> find(const QString &owner, const QString &name) const;
    bool remove(const QString &owner, const QString &name);   // false when there is no such deployment
    QList<Entry> all() const;   // in definition order

private:
    mutable QMutex m_mutex;
    QList<Entry> m_entries;
};

} // namespace sdanim::emulator
