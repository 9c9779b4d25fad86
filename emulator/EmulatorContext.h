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
          engine(opts.timeScale, opts.retentionSeconds, opts.storageDir, opts.maxRunning),
          deployments(opts.deployments),
          replies(faults),
          schema(schema::ModelSchema::pinned())
    {
        faults.setPlan(opts.faults);
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
