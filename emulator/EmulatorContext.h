#pragma once

#include "emulator/DeploymentRegistry.h"
#include "emulator/EmulatorServer.h"
#include "emulator/FaultInjector.h"
#include "emulator/HttpReplies.h"
#include "emulator/PredictionEngine.h"
#include "emulator/PredictionJson.h"
#include "emulator/RateLimiter.h"
#include "emulator/RequestLog.h"
#include "schema/ModelSchema.h"

namespace sdanim::emulator {

// The state every route handler shares; owned by EmulatorServer, outliving all request threads.
struct EmulatorContext
{
    EmulatorContext(const EmulatorOptions &opts)
        : options(opts),
          limiter(opts.createRateLimit, opts.otherRateLimit),
          engine(opts.timeScale, opts.retentionSeconds, opts.storageDir, opts.maxRunning,
                 DeploymentInstances::Timing{opts.timeScale, ModelRunPlan::setupSeconds(opts.coldBootSeconds),
                                             opts.idleTimeoutSeconds}),
          deployments(opts.deployments),
          replies(faults),
          schema(schema::ModelSchema::pinned())
    {
        faults.setPlan(opts.faults);
        // The deployments the emulator starts with have been running: their min_instances are up.
        for (const auto &entry : deployments.all())
            engine.configureDeployment(entry.deployment.fullName(), entry.deployment.minInstances,
                                       entry.deployment.maxInstances, false);
    }

    // Defines a deployment or a new release of it (DeploymentRegistry::define) and gives its instances
    // the new range; `bootMissing`: missing min_instances boot rather than being up at once.
    bool defineDeployment(const Deployment &deployment, DeploymentRegistry::Entry *entry, bool bootMissing)
    {
        if (!deployments.define(deployment, entry))
            return false;
        engine.configureDeployment(deployment.fullName(), deployment.minInstances, deployment.maxInstances, bootMissing);
        return true;
    }

    const EmulatorOptions options;
    FaultInjector faults;
    RateLimiter limiter;
    RequestLog requestLog;
    PredictionEngine engine;
    DeploymentRegistry deployments;
    HttpReplies replies;
    const schema::ModelSchema schema;
    PredictionJson::Urls urls;    // filled once the port is known
};

} // namespace sdanim::emulator
