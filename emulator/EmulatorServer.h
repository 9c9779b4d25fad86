#pragma once

#include "emulator/Deployment.h"
#include "emulator/FaultPlan.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace sdanim::emulator {

struct EmulatorOptions {
    QString token;              // empty: any token accepted (missing header still 401)
    double timeScale = 1.0;     // multiply every simulated delay (0.01 = 100x faster)
    // > 0: every Replicate prediction boots a cold container for this many simulated seconds, printing
    // "Loading pipeline..." and "Loading interpolator..." while starting, and the Cog container's
    // setup() takes as long. 0: the model is warm (ModelRunPlan::kWarmStartSeconds in starting).
    double coldBootSeconds = 0;
    int retentionSeconds = 3600;// data removal after this many (scaled) seconds
    quint16 port = 0;           // 0 = ephemeral
    quint16 cogPort = 0;        // 0 = Cog API only under the /cog path prefix of the main port
    bool cogLegacy = false;     // Cog 0.4.4 server behaviour (§7.3) instead of §7.1
    QString storageDir;         // where output files go; empty = private temp dir
    // Additions beyond the shared contract:
    int createRateLimit = 600;  // POST create requests per minute (Replicate's documented limit)
    int otherRateLimit = 3000;  // every other /v1 request per minute
    FaultPlan faults;           // initial fault plan (the CLI fault flags); POST /_emulator/reset clears it
    bool logRequests = false;   // print "METHOD target -> status" for every request on stdout
    // > 0: at most this many Replicate predictions run (are past "starting") at once; the others
    // wait in "starting" until one ends (PredictionEngine). 0: no limit.
    int maxRunning = 0;
    // The account's deployments (--deployment, POST /_emulator/deployments adds more), each running
    // at most its max_instances predictions at once, with its min_instances warm; the others boot
    // cold (coldBootSeconds, else the warm start's time, for setup()) when a prediction needs them.
    QList<Deployment> deployments;
    // A deployment's instance idle for this many (scaled) seconds shuts down unless it is one of the
    // min_instances (--idle-timeout).
    double idleTimeoutSeconds = 300;
    // Prefer: wait=N holds N × timeScale real seconds instead of N: a benchmark at a small time
    // scale then sees runs outlast the blocking window exactly as they would at full speed.
    bool scaleBlockingWait = false;
    // Most HTTP workers per listener. Each open connection holds one (keep-alive, an SSE stream, a
    // held Prefer: wait), so this is how many clients are served at once; workers start on demand.
    int workerThreads = 32;
};

class EmulatorServer {
public:
    explicit EmulatorServer(EmulatorOptions options = {});
    ~EmulatorServer();                        // stops
    bool start(QString *error = nullptr);     // binds 127.0.0.1 only; returns once listening
    void stop();
    quint16 port() const;
    quint16 cogPort() const;    // the port serving the Cog API (the main port unless options.cogPort)
    QUrl apiBaseUrl() const;    // http://127.0.0.1:<port>/v1
    QUrl cogBaseUrl() const;    // http://127.0.0.1:<port>/cog, or http://127.0.0.1:<cogPort>
    QUrl controlUrl() const;    // http://127.0.0.1:<port>/_emulator

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sdanim::emulator
