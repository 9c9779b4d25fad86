#include "emulator/EmulatorCommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace sdanim::emulator {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EmulatorCommandLine", text);
}

bool readInt(const QCommandLineParser &parser, const QString &name, int min, int max, int *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        *error = tr("--%1 must be an integer from %2 to %3, got \"%4\"").arg(name).arg(min).arg(max).arg(parser.value(name));
        return false;
    }
    *out = value;
    return true;
}

} // namespace

EmulatorCommandLine::Result EmulatorCommandLine::parse(const QStringList &arguments, EmulatorOptions *options, QString *message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Offline emulator of the Replicate HTTP API and the Cog container API for "
                                        "andreasjansson/stable-diffusion-animation."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("port"), tr("Port on 127.0.0.1 (0 = pick a free one)."), QStringLiteral("port"), QStringLiteral("0")},
        {QStringLiteral("cog-port"), tr("Serve the Cog API on its own port instead of under /cog."), QStringLiteral("port")},
        {QStringLiteral("cog-legacy"), tr("Cog 0.4.4 server behaviour: sync POST /predictions only, no health check.")},
        {QStringLiteral("token"), tr("Only accept this API token (default: any non-empty token)."), QStringLiteral("token")},
        {QStringLiteral("time-scale"), tr("Multiply every simulated delay (0.01 = 100 times faster)."), QStringLiteral("factor"), QStringLiteral("1")},
        {QStringLiteral("cold-boot-seconds"), tr("Simulate a cold boot of this many seconds (scaled) per prediction, "
                                                 "with the model's setup lines while starting (default 0: warm). "
                                                 "A deployment boots only the instances it adds; their setup takes "
                                                 "this long (4 s at 0)."),
         QStringLiteral("seconds"), QStringLiteral("0")},
        {QStringLiteral("retention"), tr("Seconds (scaled) after completion until data removal."), QStringLiteral("seconds"), QStringLiteral("3600")},
        {QStringLiteral("storage"), tr("Directory for output files (default: a private temporary directory)."), QStringLiteral("dir")},
        {QStringLiteral("rate-create"), tr("Create requests allowed per minute."), QStringLiteral("n"), QStringLiteral("600")},
        {QStringLiteral("rate-other"), tr("Other API requests allowed per minute."), QStringLiteral("n"), QStringLiteral("3000")},
        {QStringLiteral("max-running"), tr("Run at most N predictions at once; further ones wait in starting until one "
                                           "ends (default 0: no limit)."), QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("deployment"), tr("Define a deployment of the model, owner/name[:[min-]max[:hardware]] "
                                          "(repeatable; default 0-1 instances on gpu-a40-large). Its min instances "
                                          "are warm; a prediction that finds none idle boots another (up to max) and "
                                          "waits in starting through the cold boot, whose setup lines are in its "
                                          "logs (setup takes --cold-boot-seconds, else 4 s). At most max of its "
                                          "predictions run at once."),
         QStringLiteral("spec")},
        {QStringLiteral("idle-timeout"), tr("Seconds (scaled) a deployment's idle instance stays up before it shuts "
                                            "down, never below the deployment's min instances (default 300)."),
         QStringLiteral("seconds"), QStringLiteral("300")},
        {QStringLiteral("log-requests"), tr("Print one line per request (method, target, status) on stdout.")},
        {QStringLiteral("scale-wait"), tr("Scale the Prefer: wait window by --time-scale too (default: real seconds).")},
        {QStringLiteral("threads"), tr("Most HTTP worker threads, i.e. clients served at once (started on demand)."),
         QStringLiteral("n"), QStringLiteral("128")},
        {QStringLiteral("faults"), tr("Initial fault plan as JSON, or @file with the JSON."), QStringLiteral("json")},
        {QStringLiteral("latency-ms"), tr("Fault: delay every API response by this many milliseconds."), QStringLiteral("ms")},
        {QStringLiteral("rate-limit-burst"), tr("Fault: the next N API requests answer 429."), QStringLiteral("n")},
        {QStringLiteral("server-errors"), tr("Fault: statuses for the next API requests, e.g. 500,502,503."), QStringLiteral("list")},
        {QStringLiteral("drop-json"), tr("Fault: cut the next N JSON responses mid-body."), QStringLiteral("n")},
        {QStringLiteral("drop-file"), tr("Fault: cut the next N file downloads mid-body."), QStringLiteral("n")},
        {QStringLiteral("stuck-starting"), tr("Fault: the next N predictions never leave starting."), QStringLiteral("n")},
        {QStringLiteral("abort"), tr("Fault: the next N predictions end aborted."), QStringLiteral("n")},
        {QStringLiteral("malformed-json"), tr("Fault: the next N JSON responses are not valid JSON."), QStringLiteral("n")},
        {QStringLiteral("duplicate-keys"), tr("Fault: prediction objects repeat the \"model\" key.")},
        {QStringLiteral("varied-timestamps"), tr("Fault: timestamps with 3 to 9 fractional digits.")},
        {QStringLiteral("legacy-shapes"), tr("Fault: error \"\" instead of null and output as a single string.")},
    });
    if (!parser.parse(arguments)) {
        *message = parser.errorText();
        return Result::Error;
    }
    if (parser.isSet(help)) {
        *message = parser.helpText();
        return Result::ExitOk;
    }
    if (parser.isSet(version)) {
        // The same "name version" line as `sdanim --version` (man pages are generated from it).
        *message = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion()
                   + QLatin1Char('\n');
        return Result::ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *message = tr("Unexpected argument \"%1\"").arg(parser.positionalArguments().first());
        return Result::Error;
    }

    EmulatorOptions o;
    // A stand-alone emulator serves test suites and benchmarks with many clients at once (workers
    // start on demand, so the higher limit costs nothing while idle); in-process it stays at 32.
    o.workerThreads = 128;
    int port = 0;
    int cogPort = 0;
    if (!readInt(parser, QStringLiteral("port"), 0, 65535, &port, message)
        || !readInt(parser, QStringLiteral("cog-port"), 1, 65535, &cogPort, message)
        || !readInt(parser, QStringLiteral("retention"), 0, 100000000, &o.retentionSeconds, message)
        || !readInt(parser, QStringLiteral("rate-create"), 1, 10000000, &o.createRateLimit, message)
        || !readInt(parser, QStringLiteral("rate-other"), 1, 10000000, &o.otherRateLimit, message)
        || !readInt(parser, QStringLiteral("max-running"), 0, 100000, &o.maxRunning, message)
        || !readInt(parser, QStringLiteral("threads"), 1, 4096, &o.workerThreads, message))
        return Result::Error;
    o.port = quint16(port);
    o.cogPort = quint16(cogPort);
    o.cogLegacy = parser.isSet(QStringLiteral("cog-legacy"));
    o.logRequests = parser.isSet(QStringLiteral("log-requests"));
    o.scaleBlockingWait = parser.isSet(QStringLiteral("scale-wait"));
    o.token = parser.value(QStringLiteral("token"));
    o.storageDir = parser.value(QStringLiteral("storage"));
    bool ok = false;
    o.timeScale = parser.value(QStringLiteral("time-scale")).toDouble(&ok);
    if (!ok || !(o.timeScale > 0) || o.timeScale > 1000) {
        *message = tr("--time-scale must be a number greater than 0 (e.g. 0.01), got \"%1\"").arg(parser.value(QStringLiteral("time-scale")));
        return Result::Error;
    }
    o.coldBootSeconds = parser.value(QStringLiteral("cold-boot-seconds")).toDouble(&ok);
    if (!ok || !(o.coldBootSeconds >= 0) || o.coldBootSeconds > 3600) {
        *message = tr("--cold-boot-seconds must be a number from 0 to 3600, got \"%1\"")
                       .arg(parser.value(QStringLiteral("cold-boot-seconds")));
        return Result::Error;
    }

    o.idleTimeoutSeconds = parser.value(QStringLiteral("idle-timeout")).toDouble(&ok);
    if (!ok || !(o.idleTimeoutSeconds >= 0) || o.idleTimeoutSeconds > 100000000) {
        *message = tr("--idle-timeout must be a number of seconds from 0 to 100000000, got \"%1\"")
                       .arg(parser.value(QStringLiteral("idle-timeout")));
        return Result::Error;
    }

    for (const QString &spec : parser.values(QStringLiteral("deployment"))) {
        const auto deployment = Deployment::fromSpec(spec, message);
        if (!deployment)
            return Result::Error;
        o.deployments << *deployment;
    }

    if (parser.isSet(QStringLiteral("faults"))) {
        QByteArray json = parser.value(QStringLiteral("faults")).toUtf8();
        if (json.startsWith('@')) {
            QFile file(QString::fromUtf8(json.mid(1)));
            if (!file.open(QIODevice::ReadOnly)) {
                *message = tr("Cannot read the fault plan %1: %2").arg(file.fileName(), file.errorString());
                return Result::Error;
            }
            json = file.readAll();
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        QString error = parseError.errorString();
        const auto plan = doc.isObject() ? FaultPlan::fromJson(doc.object(), &error) : std::nullopt;
        if (!plan) {
            *message = tr("Invalid --faults plan: %1").arg(error);
            return Result::Error;
        }
        o.faults = *plan;
    }
    FaultPlan &f = o.faults;
    const struct { const char *flag; int FaultPlan::*field; } counters[] = {
        {"latency-ms", &FaultPlan::latencyMs},   {"rate-limit-burst", &FaultPlan::rateLimitBurst},
        {"drop-json", &FaultPlan::dropJson},     {"drop-file", &FaultPlan::dropFile},
        {"stuck-starting", &FaultPlan::stuckStarting}, {"abort", &FaultPlan::abort},
        {"malformed-json", &FaultPlan::malformedJson},
    };
    for (const auto &c : counters) {
        if (!readInt(parser, QLatin1String(c.flag), 0, 1000000, &(f.*c.field), message))
            return Result::Error;
    }
    if (parser.isSet(QStringLiteral("server-errors"))) {
        f.serverErrors.clear();
        for (const QString &part : parser.value(QStringLiteral("server-errors")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int status = part.trimmed().toInt(&ok);
            if (!ok || status < 500 || status > 599) {
                *message = tr("--server-errors takes statuses from 500 to 599 separated by commas, got \"%1\"").arg(part);
                return Result::Error;
            }
            f.serverErrors << status;
        }
    }
    if (parser.isSet(QStringLiteral("duplicate-keys")))
        f.duplicateKeys = true;
    if (parser.isSet(QStringLiteral("varied-timestamps")))
        f.variedTimestamps = true;
    if (parser.isSet(QStringLiteral("legacy-shapes")))
        f.legacyShapes = true;
    *options = o;
    return Result::Run;
}

} // namespace sdanim::emulator
