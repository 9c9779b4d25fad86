#pragma once

#include "api/DeploymentInfo.h"
#include "cli/EnvironmentCommand.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace sdanim::cli {

// `sdanim deployments [--json] [--base-url URL]`: lists the account's Replicate deployments (name,
// hardware, min/max instances, version) that `sdanim run --deployment owner/name` can run on.
class DeploymentsCommand : public EnvironmentCommand
{
    Q_OBJECT
public:
    explicit DeploymentsCommand(const QStringList &arguments, QObject *parent = nullptr);
    int exec();

private:
    void afterToken();
    void print(const QList<api::DeploymentInfo> &deployments);

    bool m_json = false;
};

} // namespace sdanim::cli
