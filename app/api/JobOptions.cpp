#include "api/JobOptions.h"

#include "settings/AppSettings.h"

#include <algorithm>

namespace sdanim::api {

JobOptions JobOptions::fromSettings(const settings::AppSettings &settings)
{
    JobOptions o;
    o.outputDirectory = settings.outputDirectory();
    o.pollIntervalMs = std::max(10, settings.pollIntervalMs());
    o.maxPollIntervalMs = std::max(o.pollIntervalMs, settings.maxPollIntervalMs());
    o.stuckStartingMs = qint64(std::max(1, settings.stuckStartingSeconds())) * 1000;
    o.deadlineMs = qint64(std::max(1, settings.deadlineMinutes())) * 60000;
    o.blockingCreateMaxMs = DefaultBlockingCreateMaxMs;
    o.streamWatchdogMs = DefaultStreamWatchdogMs;
    return o;
}

} // namespace sdanim::api
