// The Replicate client against a server that is not polite: a scripted HTTP server
// (support/ScriptedHttpServer.h) plays the Replicate API and delays, reorders, duplicates, cuts and
// redirects the answers of polls, cancels, the event stream and the file downloads, loses create
// answers and lists predictions as summaries. After every scenario the same properties hold:
//
//  * the job and the history never leave a terminal status, and the job is silent after `finished`;
//  * the final history row equals the server's final object (status, outputs, logs, error, times);
//  * every file sits at its output index (its bytes say which output it is; so do its row entry,
//    URL and sidecar);
//  * no create is sent twice;
//  * no request outside the API base carries the token.
//
// Nothing here depends on how long anything takes: the fake prediction advances one step per
// poll, and the tests wait for the client's events.
#include "api/ApiClient.h"
#include "api/OutputDownloader.h"
#include "api/ReplicateBackend.h"
#include "api/ReplicateJob.h"
#include "schema/ModelSchema.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"
#include "store/HistoryStore.h"
#include "store/Sidecar.h"
#include "support/ScriptedHttpServer.h"

#include <QDir>
#include <QFile>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

using namespace sdanim;
using namespace sdanim::api;
using sdanim::testing::Exchange;
using sdanim::testing::HttpRequest;
using sdanim::testing::ScriptedHttpServer;

namespace {

const QByteArray kToken = "r8_AdversarialToken0123456789abc";

QJsonObject smallInput(const QString &start = QStringLiteral("a red fox"))
{
    return QJsonObject{{"prompt_start", start},           {"prompt_end", "a blue bird"},
                       {"width", 128},                    {"height", 128},
                       {"num_inference_steps", 4},        {"num_animation_frames", 3},
                       {"num_interpolation_steps", 1},    {"gif_frames_per_second", 10},
                       {"intermediate_output", true},     {"seed", 7}};
}

// The fake run: six steps from starting to succeeded; four outputs (the model repeats file names
// per segment, so two of them share one), seven log lines.
const QStringList kLogLines{QStringLiteral("Using seed: 7"),
                            QStringLiteral("Generating initial latents for 4 steps"),
                            QStringLiteral("Generating first and last keyframes"),
                            QStringLiteral("Generating frame 0 of keyframe 0"),
                            QStringLiteral("Generating frame 1 of keyframe 0"),
                            QStringLiteral("Interpolating images with FILM"),
                            QStringLiteral("Saving GIF")};
const QStringList kFileNames{QStringLiteral("output-0.png"), QStringLiteral("output-1.png"),
                             QStringLiteral("output-1.png"), QStringLiteral("video.gif")};
constexpr int kFinalStep = 5;
constexpr int kOutputsAt[] = {0, 0, 1, 2, 3, 4};
constexpr int kLinesAt[] = {0, 2, 3, 4, 6, 7};

QString iso(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); }
QJsonValue isoOrNull(const QDateTime &t) { return t.isValid() ? QJsonValue(iso(t)) : QJsonValue(QJsonValue::Null); }
QDateTime nowMs() { return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC); }

struct FakePrediction
{
    QString id;
    QJsonObject input;
    QString version;
    QDateTime createdAt, startedAt, completedAt;
    int step = 0;
    bool canceled = false;
    bool listed = true;     // shows up in GET /v1/predictions
    int gets = 0;

    bool terminal() const { return canceled || step >= kFinalStep; }
    QString status() const
    {
        if (canceled) return QStringLiteral("canceled");
        return step == 0 ? QStringLiteral("starting") : step >= kFinalStep ? QStringLiteral("succeeded")
                                                                            : QStringLiteral("processing");
    }
};

// The open event stream of one prediction and what it has said so far.
struct FakeStream
{
    Exchange exchange;
    int outputs = 0;
    int lines = 0;
    int nextId = 1;
    bool done = false;
};

// The Replicate API (just enough of it) on a ScriptedHttpServer. The API base is
// http://127.0.0.1:<port>/v1; files and streams are served on http://localhost:<port>, outside it.
// Each GET of a prediction moves it one step on; hooks let a test answer any request its own way.
class FakeReplicate
{
public:
    explicit FakeReplicate(ScriptedHttpServer &http) : m_http(http)
    {
        http.setHandler([this](const Exchange &e) { route(e); });
    }

    ScriptedHttpServer &http() { return m_http; }
    QUrl apiBase() const { return QUrl(m_http.apiUrl(QStringLiteral("/v1"))); }

    bool withStream = false;
    bool duplicateStreamEvents = false;
    bool fullListEntries = false;   // list whole objects instead of summaries
    // Hooks: return true when they took care of the exchange (answered it, or kept it for later).
    std::function<bool(const Exchange &)> onCreate;
    std::function<bool(const Exchange &)> onList;
    std::function<bool(const Exchange &, FakePrediction &)> onGet;
    std::function<bool(const Exchange &, FakePrediction &)> onCancel;
    std::function<bool(const Exchange &, FakePrediction &, int index)> onFile;
    std::function<bool(const Exchange &, FakePrediction &)> onStream;

    FakePrediction &create(const QJsonObject &input)
    {
        FakePrediction p;
        static int counter = 0;
        p.id = QStringLiteral("adv%1x").arg(++counter, 6, 10, QLatin1Char('0'));
        p.input = input;
        p.version = schema::ModelSchema::pinnedVersionId();
        p.createdAt = nowMs();
        m_order.prepend(p.id);
        return *m_predictions.insert(p.id, p);
    }
    FakePrediction *find(const QString &id) { return m_predictions.contains(id) ? &m_predictions[id] : nullptr; }
    int predictionCount() const { return int(m_predictions.size()); }

    QString fileUrl(const FakePrediction &p, int index) const
    {
        return m_http.otherHostUrl(QStringLiteral("/files/%1/%2/%3").arg(p.id).arg(index).arg(kFileNames.at(index)));
    }
    static QByteArray fileContent(const QString &id, int index)
    {
        return QByteArray("output ") + QByteArray::number(index) + " of " + id.toLatin1() + ' ' + QByteArray(200, char('a' + index));
    }

    QJsonObject object(const FakePrediction &p, int step = -1) const
    {
        FakePrediction at = p;
        if (step >= 0 && step < p.step) {
            at.step = step;
            at.canceled = false;
            at.completedAt = {};
            if (step == 0) at.startedAt = {};
        }
        QJsonArray outputs;
        for (int i = 0; i < kOutputsAt[std::min(at.step, kFinalStep)]; ++i) outputs.append(fileUrl(at, i));
        QString logs;
        for (int i = 0; i < kLinesAt[std::min(at.step, kFinalStep)]; ++i) logs += kLogLines.at(i) + QLatin1Char('\n');
        QJsonObject urls{{"get", m_http.apiUrl(QStringLiteral("/v1/predictions/") + p.id)},
                         {"cancel", m_http.apiUrl(QStringLiteral("/v1/predictions/%1/cancel").arg(p.id))}};
        if (withStream) urls.insert(QStringLiteral("stream"), m_http.otherHostUrl(QStringLiteral("/stream/") + p.id));
        QJsonObject o{{"id", p.id},
                      {"model", "andreasjansson/stable-diffusion-animation"},
                      {"version", p.version},
                      {"input", p.input},
                      {"logs", logs},
                      {"output", outputs.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(outputs)},
                      {"error", QJsonValue::Null},
                      {"status", at.status()},
                      {"source", "api"},
                      {"data_removed", false},
                      {"created_at", iso(at.createdAt)},
                      {"started_at", isoOrNull(at.startedAt)},
                      {"completed_at", isoOrNull(at.completedAt)},
                      {"urls", urls}};
        if (at.terminal()) o.insert(QStringLiteral("metrics"), QJsonObject{{"predict_time", 1.25}});
        return o;
    }
    // A list entry as the JS client's README shows them: no input, output, logs or metrics.
    QJsonObject summary(const FakePrediction &p) const
    {
        const QJsonObject full = object(p);
        QJsonObject s;
        for (const char *key : {"id", "version", "urls", "source", "status", "created_at", "started_at", "completed_at"})
            s.insert(QLatin1String(key), full.value(QLatin1String(key)));
        return s;
    }
    QJsonObject listPage() const
    {
        QJsonArray results;
        for (const QString &id : m_order)
            if (m_predictions.value(id).listed)
                results.append(fullListEntries ? object(m_predictions.value(id)) : summary(m_predictions.value(id)));
        return QJsonObject{{"next", QJsonValue::Null}, {"previous", QJsonValue::Null}, {"results", results}};
    }

    void advance(FakePrediction &p)
    {
        if (p.terminal()) return;
        ++p.step;
        if (p.step == 1) p.startedAt = nowMs();
        if (p.terminal()) p.completedAt = nowMs();
        pushStream(p);
    }
    void cancel(FakePrediction &p)
    {
        if (p.terminal()) return;
        p.canceled = true;
        if (!p.startedAt.isValid()) p.startedAt = nowMs();
        p.completedAt = nowMs();
        pushStream(p);
    }

    // Whatever the prediction has that its open stream has not said yet.
    void pushStream(FakePrediction &p)
    {
        if (!m_streams.contains(p.id)) return;
        FakeStream &s = m_streams[p.id];
        if (s.done || !s.exchange || !s.exchange->isOpen()) return;
        auto event = [&](const QByteArray &type, const QByteArray &data) {
            const QByteArray bytes = "id: " + QByteArray::number(s.nextId++) + "\nevent: " + type + "\ndata: " + data + "\n\n";
            s.exchange->send(bytes);
            if (duplicateStreamEvents) s.exchange->send(bytes);   // a replay, with the same id
        };
        for (; s.lines < kLinesAt[std::min(p.step, kFinalStep)]; ++s.lines) event("logs", kLogLines.at(s.lines).toUtf8());
        for (; s.outputs < kOutputsAt[std::min(p.step, kFinalStep)]; ++s.outputs) event("output", fileUrl(p, s.outputs).toUtf8());
        if (p.terminal()) {
            s.done = true;
            event("done", p.canceled ? QByteArray(R"({"reason":"canceled"})") : QByteArray("{}"));
            s.exchange->end();
        }
    }
    void openStream(const Exchange &e, FakePrediction &p)
    {
        FakeStream s;
        s.exchange = e;
        m_streams.insert(p.id, s);
        e->beginStream();
        pushStream(p);
    }

    bool authorized(const HttpRequest &r) const { return r.header("authorization") == "Bearer " + kToken; }

private:
    void route(const Exchange &e)
    {
        const HttpRequest &r = e->request();
        static const QRegularExpression getRe(QStringLiteral("^/v1/predictions/([a-z0-9]+)$"));
        static const QRegularExpression cancelRe(QStringLiteral("^/v1/predictions/([a-z0-9]+)/cancel$"));
        static const QRegularExpression fileRe(QStringLiteral("^(?:/moved)?/files/([a-z0-9]+)/(\\d+)/"));
        static const QRegularExpression streamRe(QStringLiteral("^/stream/([a-z0-9]+)$"));
        if (r.path.startsWith(QLatin1String("/v1")) && !authorized(r)) {
            e->respondJson(401, QJsonObject{{"title", "Unauthenticated"}, {"detail", "You did not pass a valid authentication token"}, {"status", 401}});
            return;
        }
        if (r.method == "POST" && r.path == QLatin1String("/v1/predictions")) {
            if (onCreate && onCreate(e)) return;
            FakePrediction &p = create(r.json().value(QLatin1String("input")).toObject());
            e->respondJson(201, object(p));
            return;
        }
        if (r.method == "GET" && r.path == QLatin1String("/v1/predictions")) {
            if (onList && onList(e)) return;
            e->respondJson(200, listPage());
            return;
        }
        QRegularExpressionMatch m;
        if (r.method == "GET" && (m = getRe.match(r.path)).hasMatch() && find(m.captured(1))) {
            FakePrediction &p = *find(m.captured(1));
            ++p.gets;
            if (onGet && onGet(e, p)) return;
            advance(p);
            e->respondJson(200, object(p));
            return;
        }
        if (r.method == "POST" && (m = cancelRe.match(r.path)).hasMatch() && find(m.captured(1))) {
            FakePrediction &p = *find(m.captured(1));
            if (onCancel && onCancel(e, p)) return;
            cancel(p);
            e->respondJson(200, object(p));
            return;
        }
        if (r.method == "GET" && (m = fileRe.match(r.path)).hasMatch() && find(m.captured(1))) {
            FakePrediction &p = *find(m.captured(1));
            const int index = m.captured(2).toInt();
            if (onFile && onFile(e, p, index)) return;
            e->respond(200, fileContent(p.id, index), index == 3 ? "image/gif" : "image/png");
            return;
        }
        if (r.method == "GET" && (m = streamRe.match(r.path)).hasMatch() && find(m.captured(1))) {
            FakePrediction &p = *find(m.captured(1));
            if (onStream && onStream(e, p)) return;
            openStream(e, p);
            return;
        }
        e->respondJson(404, QJsonObject{{"detail", "Not found."}, {"status", 404}});
    }

    ScriptedHttpServer &m_http;
    QMap<QString, FakePrediction> m_predictions;
    QStringList m_order;   // newest first
    QMap<QString, FakeStream> m_streams;
};

// Everything a job emitted, and whether it kept quiet after `finished`.
struct Trace
{
    bool finished = false;
    bool createFailed = false;
    int created = 0;
    int afterFinished = 0;
    int requestFailures = 0;
    Prediction final;
    ApiError failure;
    QStringList statuses;            // of created, updated and finished, in order
    QStringList logLines;
    QMap<int, QString> added;
    QMap<int, QString> saved;
    QMap<int, QString> failedOutputs;

    void watch(PredictionJob *job)
    {
        using J = PredictionJob;
        auto note = [this] { if (finished) ++afterFinished; };
        QObject::connect(job, &J::created, job, [this, note](const Prediction &p) { note(); ++created; statuses << statusToString(p.status); });
        QObject::connect(job, &J::updated, job, [this, note](const Prediction &p) { note(); statuses << statusToString(p.status); });
        QObject::connect(job, &J::logLine, job, [this, note](const QString &l) { note(); logLines << l; });
        QObject::connect(job, &J::outputAdded, job, [this, note](int i, const QString &u) { note(); added.insert(i, u); });
        QObject::connect(job, &J::outputSaved, job, [this, note](int i, const QString &p) { note(); saved.insert(i, p); });
        QObject::connect(job, &J::outputFailed, job, [this, note](int i, const QString &m) { note(); failedOutputs.insert(i, m); });
        QObject::connect(job, &J::requestFailed, job, [this](const ApiError &) { ++requestFailures; });
        QObject::connect(job, &J::createFailed, job, [this, note](const ApiError &e) { note(); createFailed = true; failure = e; });
        QObject::connect(job, &J::finished, job, [this, note](const Prediction &p) {
            note();
            finished = true;
            final = p;
            statuses << statusToString(p.status);
        });
    }
    bool done() const { return finished || createFailed; }
};

// A network manager that makes a create fail the way a real network can: after the request went
// out (it is forwarded, so the server creates the prediction) or before it could (not forwarded).
class FlakyNetworkAccessManager : public QNetworkAccessManager
{
public:
    QNetworkReply::NetworkError createError = QNetworkReply::NoError;
    bool forwardCreate = true;
    int createFailuresLeft = 0;
    int createAttempts = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        const QByteArray verb = op == CustomOperation ? request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray()
                                                      : op == PostOperation ? QByteArray("POST") : QByteArray();
        if (verb != "POST" || !request.url().path().endsWith(QLatin1String("/v1/predictions")))
            return QNetworkAccessManager::createRequest(op, request, outgoingData);
        ++createAttempts;
        if (createFailuresLeft <= 0) return QNetworkAccessManager::createRequest(op, request, outgoingData);
        --createFailuresLeft;
        QNetworkReply *real = forwardCreate ? QNetworkAccessManager::createRequest(op, request, outgoingData) : nullptr;
        return new FailedReply(request, op, createError, real, this);
    }

private:
    class FailedReply : public QNetworkReply
    {
    public:
        FailedReply(const QNetworkRequest &request, Operation op, NetworkError error, QNetworkReply *real, QObject *parent)
            : QNetworkReply(parent)
        {
            setRequest(request);
            setOperation(op);
            setUrl(request.url());
            open(QIODevice::ReadOnly | QIODevice::Unbuffered);
            auto fail = [this, error] {
                setError(error, QStringLiteral("simulated network failure %1").arg(int(error)));
                setFinished(true);
                emit errorOccurred(error);
                emit finished();
            };
            if (real) {
                // The server has the request (and answers it); the client never hears of it.
                connect(real, &QNetworkReply::finished, this, [real, fail] {
                    real->deleteLater();
                    fail();
                });
            } else {
                QTimer::singleShot(0, this, fail);
            }
        }
        void abort() override {}
        qint64 bytesAvailable() const override { return 0; }

    protected:
        qint64 readData(char *, qint64) override { return -1; }
    };
};

// Counts the requests the client makes, by method.
class CountingNetworkAccessManager : public QNetworkAccessManager
{
public:
    int posts = 0;
    int gets = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        const QByteArray verb = op == CustomOperation ? request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray()
                                : op == PostOperation ? QByteArray("POST")
                                : op == GetOperation  ? QByteArray("GET")
                                                      : QByteArray();
        if (verb == "POST") ++posts;
        if (verb == "GET") ++gets;
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};

} // namespace

class TestAdversarialTransport : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_out;
    std::unique_ptr<ScriptedHttpServer> m_http;
    std::unique_ptr<FakeReplicate> m_fake;
    std::unique_ptr<ReplicateBackend> m_backend;
    std::unique_ptr<store::AsyncHistoryStore> m_history;
    std::unique_ptr<store::HistoryRecorder> m_recorder;
    QStringList m_historyStatuses;     // the row's status after every write the recorder reported
    QStringList m_finishedReplies;     // paths of the client's replies, once the client handled them

    JobOptions options() const
    {
        JobOptions o;
        o.outputDirectory = m_out->path();
        o.pollIntervalMs = 20;
        o.maxPollIntervalMs = 60;
        o.useEventStream = true;
        o.stuckStartingMs = 600000;
        o.deadlineMs = 600000;
        o.liveUpdateIntervalMs = 0;
        o.downloadAttempts = 4;
        o.downloadBackoffMs = 10;
        o.retry.baseDelayMs = 10;
        o.retry.maxDelayMs = 80;
        return o;
    }

    void makeBackend(const JobOptions &o, QNetworkAccessManager *network = nullptr)
    {
        m_backend = std::make_unique<ReplicateBackend>(m_fake->apiBase(), kToken, o, network);
        // As the app and the CLI do: a lost create's lookup asks the history first.
        m_backend->setRecordedCheck(m_history->recordedCheck());
        // Read while the reply exists; noted one turn later, once the client's own slots ran.
        connect(m_backend->client()->network(), &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
            const QString path = reply->url().path();
            QMetaObject::invokeMethod(this, [this, path] { m_finishedReplies << path; }, Qt::QueuedConnection);
        });
    }

    PredictionJob *startJob(Trace &trace, const QJsonObject &input = smallInput())
    {
        PredictionJob *job = m_backend->createJob(input, m_backend.get());
        trace.watch(job);
        m_recorder->track(job, store::BackendIdentity::of(Backend::Kind::ReplicateCloud, m_fake->apiBase(), false));
        connect(m_recorder.get(), &store::HistoryRecorder::recorded, this, [this, job = QPointer<PredictionJob>(job)](const QString &) {
            if (!job || job->prediction().id.isEmpty()) return;
            store::HistoryStore reader(m_history->path());
            if (!reader.open()) return;
            if (const auto row = reader.get(job->prediction().id)) m_historyStatuses << row->status;
        });
        job->start();
        return job;
    }

    static bool isTerminalStatus(const QString &s)
    {
        return s == QLatin1String("succeeded") || s == QLatin1String("failed") || s == QLatin1String("canceled")
               || s == QLatin1String("aborted");
    }
    // Once terminal, always that status.
    static bool staysTerminal(const QStringList &statuses, QString *why)
    {
        QString terminal;
        for (const QString &s : statuses) {
            if (terminal.isEmpty() && isTerminalStatus(s)) terminal = s;
            else if (!terminal.isEmpty() && s != terminal) {
                *why = QStringLiteral("%1 after %2 in [%3]").arg(s, terminal, statuses.join(QLatin1Char(',')));
                return false;
            }
        }
        return true;
    }

    // The properties every scenario must keep.
    void verifyProperties(PredictionJob *job, const Trace &trace, int expectedCreates = 1)
    {
        QVERIFY(trace.finished);
        const FakePrediction *server = m_fake->find(trace.final.id);
        QVERIFY2(server, qPrintable(trace.final.id));
        const QJsonObject truth = m_fake->object(*server);

        // Terminal is final, for the job and for the history.
        QString why;
        QVERIFY2(staysTerminal(trace.statuses, &why), qPrintable(why));
        QCOMPARE(trace.afterFinished, 0);
        QCOMPARE(statusToString(job->prediction().status), truth.value(QLatin1String("status")).toString());
        QCOMPARE(statusToString(trace.final.status), truth.value(QLatin1String("status")).toString());

        m_history->waitForIdle();
        QVERIFY2(staysTerminal(m_historyStatuses, &why), qPrintable(why));
        store::HistoryStore reader(m_history->path());
        QVERIFY(reader.open());
        const auto row = reader.get(trace.final.id);
        QVERIFY(row);
        QCOMPARE(row->status, truth.value(QLatin1String("status")).toString());
        QStringList serverOutputs;
        for (const QJsonValue &v : truth.value(QLatin1String("output")).toArray()) serverOutputs << v.toString();
        QCOMPARE(row->outputUrls, serverOutputs);
        QCOMPARE(row->logs, truth.value(QLatin1String("logs")).toString());
        QVERIFY(row->error.isEmpty());
        QCOMPARE(row->completedAt, QDateTime::fromString(truth.value(QLatin1String("completed_at")).toString(), Qt::ISODateWithMs));
        QCOMPARE(row->predictTime, 1.25);
        QCOMPARE(trace.logLines, truth.value(QLatin1String("logs")).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts));

        // Files at their output indexes: the row, the job, the bytes and the sidecars agree.
        QCOMPARE(row->outputs.size(), serverOutputs.size());
        const QStringList local = job->localOutputFiles();
        QCOMPARE(local.size(), serverOutputs.size());
        for (const store::OutputFile &f : row->outputs) {
            QCOMPARE(f.url, serverOutputs.value(f.index));
            QCOMPARE(QFileInfo(f.path).absoluteFilePath(), QFileInfo(local.value(f.index)).absoluteFilePath());
            QFile file(f.path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(f.path));
            QCOMPARE(file.readAll(), FakeReplicate::fileContent(server->id, f.index));
            const auto sidecar = store::Sidecar::read(f.path);
            QVERIFY2(sidecar, qPrintable(f.path));
            QCOMPARE(sidecar->outputIndex, f.index);
        }
        QCOMPARE(trace.added.size(), serverOutputs.size());
        for (auto it = trace.added.cbegin(); it != trace.added.cend(); ++it) QCOMPARE(it.value(), serverOutputs.value(it.key()));

        // One create; the token only inside the API base (and there on every request).
        QCOMPARE(m_http->count("POST", QStringLiteral("/v1/predictions")), expectedCreates);
        verifyTokenScope();
    }

    void verifyTokenScope()
    {
        const QString apiHost = QStringLiteral("127.0.0.1:%1").arg(m_http->port());
        int inside = 0;
        for (const HttpRequest &r : m_http->requests()) {
            const bool underBase = r.host() == apiHost && (r.path == QLatin1String("/v1") || r.path.startsWith(QLatin1String("/v1/")));
            if (underBase) {
                ++inside;
                QVERIFY2(m_fake->authorized(r), qPrintable(r.path));
            } else {
                QVERIFY2(!r.hasHeader("authorization"), qPrintable(r.host() + r.path));
            }
        }
        QVERIFY(inside > 0);
    }

    // Waits until the client has handled the answer to a request whose path ends with `suffix`.
    void waitForClientReply(const QString &suffix, int count = 1)
    {
        auto seen = [&] {
            int n = 0;
            for (const QString &p : std::as_const(m_finishedReplies))
                if (p.endsWith(suffix)) ++n;
            return n >= count;
        };
        QTRY_VERIFY_WITH_TIMEOUT(seen(), 20000);
        QTest::qWait(0);   // the job's slot runs in the same emission; one more turn for queued work
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        // Each poll is logged on a debug category; the scenarios are long enough without it.
        QLoggingCategory::setFilterRules(QStringLiteral("sdanim.*.debug=false"));
    }

    void init()
    {
        m_out = std::make_unique<QTemporaryDir>();
        QVERIFY(m_out->isValid());
        m_http = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_http->isListening());
        m_fake = std::make_unique<FakeReplicate>(*m_http);
        m_history = std::make_unique<store::AsyncHistoryStore>(m_out->filePath(QStringLiteral("history.sqlite")));
        QCOMPARE(m_history->open().result(), QString());
        m_recorder = std::make_unique<store::HistoryRecorder>(m_history.get());
        m_historyStatuses.clear();
        m_finishedReplies.clear();
        makeBackend(options());
    }

    void cleanup()
    {
        m_backend.reset();
        m_recorder.reset();
        m_history.reset();
        m_fake.reset();
        m_http.reset();
        m_out.reset();
    }

    void politeServer()
    {
        Trace trace;
        PredictionJob *job = startJob(trace);
        QTRY_VERIFY_WITH_TIMEOUT(trace.done(), 20000);
        verifyProperties(job, trace);
        QCOMPARE(trace.final.status, PredictionStatus::Succeeded);
        QCOMPARE(trace.saved.size(), 4);
    }

    // Defect 1: the cancel's answer ("processing", sent before the cancel took effect) arrives
    // after a poll said "canceled" and the job finished. It must change nothing.
    void slowCancelAnswerAfterTheEnd()
    {
        Exchange heldCancel;
        QJsonObject heldBody;
        m_fake->onCancel = [&](const Exchange &e, FakePrediction &p) {
            heldBody = m_fake->object(p);   // still processing when the server answered
            heldCancel = e;
            m_fake->cancel(p);              // ... and canceled a moment later
            return true;
        };
        Trace trace;
        PredictionJob *job = startJob(trace);
        connect(job, &PredictionJob::outputSaved, job, [job] { job->cancel(); });
        QTRY_VERIFY_WITH_TIMEOUT(trace.done(), 20000);
        QCOMPARE(trace.final.status, PredictionStatus::Canceled);
        QVERIFY(heldCancel);
        QCOMPARE(heldBody.value(QLatin1String("status")).toString(), QStringLiteral("processing"));
        heldCancel->respondJson(200, heldBody);
        waitForClientReply(QStringLiteral("/cancel"));
        if (QTest::currentTestFailed()) return;
        verifyProperties(job, trace);
    }

    // The stream runs ahead of the polls, whose answers are two steps old and each served twice;
    // every stream event is sent twice (a replay with the same id); `done` comes before the last poll.
    void stalePollsAndReplayedStream()
    {
        m_fake->withStream = true;
        m_fake->duplicateStreamEvents = true;
        QList<QJsonObject> queue;
        m_fake->onGet = [&](const Exchange &e, FakePrediction &p) {
            m_fake->advance(p);
            queue.append(m_fake->object(p));
            e->respondJson(200, queue.size() > 2 ? queue.takeFirst() : queue.first());
            return true;
        };
        Trace trace;
        auto *job = qobject_cast<ReplicateJob *>(startJob(trace));
        QTRY_VERIFY_WITH_TIMEOUT(trace.done(), 20000);
        QVERIFY(job->usedStream());
        QCOMPARE(trace.final.status, PredictionStatus::Succeeded);
        verifyProperties(job, trace);
    }

    // Poll answers cut in half every other time, every file cut on its first transfer, the
    // stream cut in the middle of an event.
    void cutAnswers()
    {
        m_fake->withStream = true;
        m_fake->onGet = [&](const Exchange &e, FakePrediction &p) {
            m_fake->advance(p);
            const QByteArray body = QJsonDocument(m_fake->object(p)).toJson(QJsonDocument::Compact);
            if (p.gets % 2 == 1)
                e->respondCut(200, body, body.size() / 2);
            else
                e->respond(200, body);
            return true;
        };
        QSet<int> cutOnce;
        m_fake->onFile = [&](const Exchange &e, FakePrediction &p, int index) {
            if (cutOnce.contains(index)) return false;
            cutOnce.insert(index);
            const QByteArray body = FakeReplicate::fileContent(p.id, index);
            e->respondCut(200, body, body.size() / 3, "image/png");
            return true;
        };
        m_fake->onStream = [&](const Exchange &e, FakePrediction &) {
            e->beginStream();
            e->send("id: 1\nevent: logs\ndata: Using seed: 7\n\nid: 2\nevent: out");
            e->end();
            return true;
        };
        Trace trace;
        PredictionJob *job = startJob(trace);
        QTRY_VERIFY_WITH_TIMEOUT(trace.done(), 20000);
        QCOMPARE(trace.final.status, PredictionStatus::Succeeded);
        QVERIFY(trace.failedOutputs.isEmpty());
        verifyProperties(job, trace);
        for (int i = 0; i < 4; ++i) QVERIFY(cutOnce.contains(i));
    }

    // Polls redirected inside the API base (followed) and to another host (never with the
    // token); every file redirected on the delivery host.
    void redirects()
    {
        m_fake->onGet = [&](const Exchange &e, FakePrediction &p) {
            const HttpRequest &r = e->request();
            if (p.gets % 3 == 1 && !r.query.hasQueryItem(QStringLiteral("hop"))) {
                e->redirect(307, m_http->apiUrl(r.path + QStringLiteral("?hop=%1").arg(p.gets)));
                return true;
            }
            if (p.gets == 5) {
                e->redirect(302, m_http->otherHostUrl(r.path));
                return true;
            }
            return false;
        };
        m_fake->onFile = [&](const Exchange &e, FakePrediction &, int) {
            const HttpRequest &r = e->request();
            if (r.path.startsWith(QLatin1String("/moved/"))) return false;
            e->redirect(302, m_http->otherHostUrl(QStringLiteral("/moved") + r.path));
            return true;
        };
        Trace trace;
        PredictionJob *job = startJob(trace);
        QTRY_VERIFY_WITH_TIMEOUT(trace.done(), 20000);
        QCOMPARE(trace.final.status, PredictionStatus::Succeeded);
        verifyProperties(job, trace);
        int hops = 0, moved = 0;
        for (const HttpRequest &r : m_http->requests()) {
            if (r.query.hasQueryItem(QStringLiteral("hop"))) ++hops;
            if (r.path.startsWith(QLatin1String("/moved/"))) ++moved;
        }
        QVERIFY(hops >= 1);
        QCOMPARE(moved, 4);
    }

    // Defect 3: the create's answer is lost; the list holds summaries without `input`, ours is
    // not listed on the first lookup, and another prediction of the same version (made by someone
    // else a moment ago, with another input) is. Each candidate is fetched; ours is adopted.
    void lostCreateFoundAmongSummaries()
    {
        FakePrediction &other = m_fake->create(smallInput(QStringLiteral("somebody else's fox")));
        const QString otherId = other.id;
        QString ours;
        m_fake->onCreate = [&](const Exchange &e) {
            FakePrediction &p = m_fake->create(e->request().json().value(QLatin1String("input")).toObject());
            p.listed = false;
            ours = p.id;
            e->drop();
            return true;
        };
        int lists = 0;
        m_fake->onList = [&](const Exchange &) {
            if (++lists == 2) m_fake->find(ours)->listed = true;
            return false;
        };
        Trace trace;
        PredictionJob *job = startJob(trace);
        QTRY_VERIFY_WITH_TIMEOUT(trace.done(), 20000);
        QVERIFY2(!trace.createFailed, qPrintable(trace.failure.userMessage()));
        QCOMPARE(trace.created, 1);
        QCOMPARE(trace.final.id, ours);
        QCOMPARE(trace.final.status, PredictionStatus::Succeeded);
        QVERIFY(lists >= 2);
        QVERIFY(m_http->count("GET", QStringLiteral("/v1/predictions/") + otherId) >= 1);
        QCOMPARE(m_fake->find(otherId)->gets, m_http->count("GET", QStringLiteral("/v1/predictions/") + otherId));
        verifyProperties(job, trace);
    }

    // The connection closes after the create arrived and before any answer. Qt's HTTP layer
    // would send such a request again by itself (a second prediction); the client must not let
    // it, and finds the one prediction instead.
    void createWhoseConnectionClosesIsNotSentAgain()
    {
        m_fake->fullListEntries = true;
        QString ours;
        m_fake->onCreate = [&](const Exchange &e) {
            ours = m_fake->create(e->request().json().value(QLatin1String("input")).toObject()).id;
            e->drop();
            return true;
        };
        Trace trace;
        PredictionJob *job = startJob(trace);
        QTRY_VERIFY_WITH_TIMEOUT(trace.done(), 20000);
        QCOMPARE(m_http->count("POST", QStringLiteral("/v1/predictions")), 1);
        QVERIFY2(!trace.createFailed, qPrintable(trace.failure.userMessage()));
        QCOMPARE(trace.final.id, ours);
        verifyProperties(job, trace);
    }

    // The answer is lost and the lookup never works: the job cannot know, and says so.
    void lostCreateUnconfirmed()
    {
        JobOptions o = options();
        o.retry.maxAttempts = 2;
        makeBackend(o);
        m_fake->onCreate = [&](const Exchange &e) {
            m_fake->create(e->request().json().value(QLatin1String("input")).toObject());
            e->drop();
            return true;
        };
        m_fake->onList = [&](const Exchange &e) {
            e->respondJson(503, QJsonObject{{"title", "Service Unavailable"}, {"detail", "try later"}, {"status", 503}});
            return true;
        };
        Trace trace;
        startJob(trace);
        QTRY_VERIFY_WITH_TIMEOUT(trace.done(), 20000);
        QVERIFY(trace.createFailed);
        QCOMPARE(trace.created, 0);
        const QString message = trace.failure.userMessage();
        QVERIFY2(message.contains(QLatin1String("may have been created")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("No prediction was created")), qPrintable(message));
        QVERIFY(m_http->count("GET", QStringLiteral("/v1/predictions")) >= 2 * 2);   // several lookups, each retried
        QCOMPARE(m_http->count("POST", QStringLiteral("/v1/predictions")), 1);
        // The history keeps the row: it may still turn up (import).
        m_history->waitForIdle();
        store::HistoryStore reader(m_history->path());
        QVERIFY(reader.open());
        store::HistoryQuery all;
        all.limit = 0;
        all.includeDeleted = true;
        QCOMPARE(reader.count(all), 1);
    }

    // The answer is lost and the lookups (all of which worked) show nothing of ours: only then
    // does the job say that nothing was created.
    void lostCreateProvenAbsent()
    {
        m_fake->create(smallInput(QStringLiteral("somebody else's fox")));
        m_fake->onCreate = [&](const Exchange &e) {
            e->drop();   // lost before the server acted on it
            return true;
        };
        Trace trace;
        startJob(trace);
        QTRY_VERIFY_WITH_TIMEOUT(trace.done(), 20000);
        QVERIFY(trace.createFailed);
        const QString message = trace.failure.userMessage();
        QVERIFY2(message.contains(QLatin1String("No prediction was created")), qPrintable(message));
        QVERIFY(m_http->count("GET", QStringLiteral("/v1/predictions")) >= 2);
        QCOMPARE(m_http->count("POST", QStringLiteral("/v1/predictions")), 1);
        QCOMPARE(m_fake->predictionCount(), 1);
    }

    // The previous run (another process: this client never claimed it) made X with the same input
    // a moment ago, and the history holds it. This run's create is answered 500; X is listed in
    // the recovery window with our input. X must not be adopted: this run follows the prediction
    // its create made when that one turns up in the list, and otherwise fails with the create's
    // error, saying that nothing was created only when the history could say X is not ours.
    void lostCreateSkipsAPredictionTheHistoryHolds_data()
    {
        QTest::addColumn<bool>("fullEntries");     // the list holds whole objects, not summaries
        QTest::addColumn<bool>("createsOne");      // the create made Y before its answer failed
        QTest::addColumn<bool>("historyReadable"); // the check can read the history
        QTest::newRow("summaries, the new one listed later") << false << true << true;
        QTest::newRow("full entries, the new one listed later") << true << true << true;
        QTest::newRow("summaries, nothing created") << false << false << true;
        QTest::newRow("full entries, nothing created") << true << false << true;
        QTest::newRow("history unreadable, nothing created") << true << false << false;
    }
    void lostCreateSkipsAPredictionTheHistoryHolds()
    {
        QFETCH(bool, fullEntries);
        QFETCH(bool, createsOne);
        QFETCH(bool, historyReadable);
        m_fake->fullListEntries = fullEntries;
        FakePrediction &earlier = m_fake->create(smallInput());
        earlier.step = kFinalStep;
        earlier.startedAt = earlier.completedAt = nowMs();
        const QString x = earlier.id;
        {
            store::HistoryStore writer(m_history->path());
            QVERIFY(writer.open());
            store::HistoryRecord row;
            row.localId = QStringLiteral("local-of-the-earlier-run");
            row.id = x;
            row.backend = QStringLiteral("cloud");
            row.input = smallInput();
            row.status = QStringLiteral("succeeded");
            row.createdAt = earlier.createdAt;
            QVERIFY(writer.insert(row));
        }
        std::unique_ptr<store::AsyncHistoryStore> unreadable;
        if (!historyReadable) {
            // A database path below a regular file cannot be opened.
            QFile blocker(m_out->filePath(QStringLiteral("not-a-folder")));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            blocker.close();
            unreadable = std::make_unique<store::AsyncHistoryStore>(blocker.fileName() + QStringLiteral("/history.sqlite"));
            m_backend->setRecordedCheck(unreadable->recordedCheck());
        }
        QString y;
        m_fake->onCreate = [&](const Exchange &e) {
            if (createsOne) {
                FakePrediction &p = m_fake->create(e->request().json().value(QLatin1String("input")).toObject());
                p.listed = false;   // not in the first lookup's list: only X is
                y = p.id;
            }
            e->respondJson(500, QJsonObject{{"detail", "Internal server error"}});
            return true;
        };
        int lists = 0;
        m_fake->onList = [&](const Exchange &) {
            if (++lists == 2 && !y.isEmpty()) m_fake->find(y)->listed = true;
            return false;
        };
        Trace trace;
        PredictionJob *job = startJob(trace);
        QTRY_VERIFY_WITH_TIMEOUT(trace.done(), 20000);
        QCOMPARE(m_http->count("POST", QStringLiteral("/v1/predictions")), 1);
        // X was neither followed nor downloaded again.
        QVERIFY2(trace.final.id != x && job->prediction().id != x, qPrintable(x));
        QVERIFY(lists >= 2);
        for (const HttpRequest &r : m_http->requests()) QVERIFY2(!r.path.contains(QStringLiteral("/files/") + x), qPrintable(r.path));
        QCOMPARE(m_fake->find(x)->gets, fullEntries ? 0 : m_http->count("GET", QStringLiteral("/v1/predictions/") + x));
        if (createsOne) {
            QVERIFY2(!trace.createFailed, qPrintable(trace.failure.userMessage()));
            QCOMPARE(trace.created, 1);
            QCOMPARE(trace.final.id, y);
            QCOMPARE(trace.final.status, PredictionStatus::Succeeded);
            verifyProperties(job, trace);
        } else {
            QVERIFY(trace.createFailed);
            QCOMPARE(trace.created, 0);
            QVERIFY(job->prediction().id.isEmpty());
            const QString message = trace.failure.userMessage();
            QVERIFY2(message.contains(QLatin1String("HTTP 500")), qPrintable(message));
            if (historyReadable) {
                QVERIFY2(message.contains(QLatin1String("No prediction was created")), qPrintable(message));
            } else {
                QVERIFY2(message.contains(QLatin1String("may have been created")), qPrintable(message));
                QVERIFY2(!message.contains(QLatin1String("No prediction was created")), qPrintable(message));
            }
            QCOMPARE(m_fake->predictionCount(), 1);
        }
        // The history holds X once, still as the earlier run's, and this run's row apart from it.
        m_history->waitForIdle();
        store::HistoryStore reader(m_history->path());
        QVERIFY(reader.open());
        const auto earlierRow = reader.get(x);
        QVERIFY(earlierRow);
        QCOMPARE(earlierRow->localId, QStringLiteral("local-of-the-earlier-run"));
        store::HistoryQuery all;
        all.limit = 0;
        all.includeDeleted = true;
        QCOMPARE(reader.count(all), 2);
    }

    // Defect 4: failures that can happen after the request left never re-send a create; the
    // prediction they made is found instead.
    void createLostAfterSendingIsNotRepeated_data()
    {
        QTest::addColumn<int>("error");
        QTest::newRow("temporary network failure") << int(QNetworkReply::TemporaryNetworkFailureError);
        QTest::newRow("proxy timeout") << int(QNetworkReply::ProxyTimeoutError);
        QTest::newRow("network session failed") << int(QNetworkReply::NetworkSessionFailedError);
        QTest::newRow("remote host closed") << int(QNetworkReply::RemoteHostClosedError);
        QTest::newRow("timeout") << int(QNetworkReply::TimeoutError);
        QTest::newRow("unknown network error") << int(QNetworkReply::UnknownNetworkError);
        QTest::newRow("unknown proxy error") << int(QNetworkReply::UnknownProxyError);
    }
    void createLostAfterSendingIsNotRepeated()
    {
        QFETCH(int, error);
        FlakyNetworkAccessManager nam;
        nam.createError = QNetworkReply::NetworkError(error);
        nam.createFailuresLeft = 1;
        makeBackend(options(), &nam);
        Trace trace;
        PredictionJob *job = startJob(trace);
        QTRY_VERIFY_WITH_TIMEOUT(trace.done(), 20000);
        QVERIFY2(!trace.createFailed, qPrintable(trace.failure.userMessage()));
        QCOMPARE(nam.createAttempts, 1);
        QCOMPARE(m_fake->predictionCount(), 1);
        verifyProperties(job, trace);
        m_backend.reset();
    }

    // A failure that proves the request never left may be repeated: nothing exists yet.
    void createNotSentIsRepeated()
    {
        FlakyNetworkAccessManager nam;
        nam.createError = QNetworkReply::ConnectionRefusedError;
        nam.forwardCreate = false;
        nam.createFailuresLeft = 1;
        makeBackend(options(), &nam);
        Trace trace;
        PredictionJob *job = startJob(trace);
        QTRY_VERIFY_WITH_TIMEOUT(trace.done(), 20000);
        QVERIFY(trace.finished);
        QCOMPARE(nam.createAttempts, 2);
        QCOMPARE(m_fake->predictionCount(), 1);
        verifyProperties(job, trace);
        m_backend.reset();
    }

    // Defect 4: what another attempt cannot fix fails at once, with a message that names it.
    void hostNotFoundFailsAtOnce()
    {
        CountingNetworkAccessManager nam;
        ReplicateBackend backend(QUrl(QStringLiteral("https://api.sdanim-test.invalid/v1")), kToken, options(), &nam);
        Trace trace;
        PredictionJob *job = backend.createJob(smallInput(), &backend);
        trace.watch(job);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(trace.done(), 20000);
        QVERIFY(trace.createFailed);
        QCOMPARE(nam.posts, 1);
        QCOMPARE(trace.requestFailures, 0);   // no retry was announced
        QVERIFY2(trace.failure.userMessage().contains(QLatin1String("api.sdanim-test.invalid")),
                 qPrintable(trace.failure.userMessage()));

        // Following a known prediction there: one GET, then the end.
        Prediction known;
        known.id = QStringLiteral("adv000000x");
        known.status = PredictionStatus::Processing;
        known.input = smallInput();
        Trace follow;
        PredictionJob *resumed = backend.resumeJob(known, &backend);
        follow.watch(resumed);
        resumed->start();
        QTRY_VERIFY_WITH_TIMEOUT(follow.done(), 20000);
        QVERIFY(follow.finished);
        QCOMPARE(nam.gets, 1);
        QVERIFY2(follow.final.error.contains(QLatin1String("api.sdanim-test.invalid")), qPrintable(follow.final.error));
    }

    void untrustedCertificateFailsAtOnce()
    {
        QFile certFile(QStringLiteral(SDANIM_FIXTURES "/tls/self-signed.crt"));
        QFile keyFile(QStringLiteral(SDANIM_FIXTURES "/tls/self-signed.key"));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(tls);
        int handshakes = 0;
        connect(&server, &QSslServer::startedEncryptionHandshake, this, [&] { ++handshakes; });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QUrl base(QStringLiteral("https://127.0.0.1:%1/v1").arg(server.serverPort()));

        ReplicateBackend backend(base, kToken, options());
        Trace trace;
        PredictionJob *job = backend.createJob(smallInput(), &backend);
        trace.watch(job);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(trace.done(), 20000);
        QVERIFY(trace.createFailed);
        QCOMPARE(handshakes, 1);
        QCOMPARE(trace.requestFailures, 0);
        QVERIFY2(trace.failure.userMessage().contains(QLatin1String("certificate"), Qt::CaseInsensitive),
                 qPrintable(trace.failure.userMessage()));
    }

    // A poll refused with a 4xx other than 408/429 ends the job after that one answer.
    void pollRefusedEndsTheJob_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("400") << 400;
        QTest::newRow("410") << 410;
        QTest::newRow("422") << 422;
    }
    void pollRefusedEndsTheJob()
    {
        QFETCH(int, status);
        FakePrediction &p = m_fake->create(smallInput());
        p.step = 2;
        const Prediction known = Prediction::fromJson(m_fake->object(p));
        m_fake->onGet = [&](const Exchange &e, FakePrediction &) {
            e->respondJson(status, QJsonObject{{"title", "Refused"}, {"detail", "not for you"}, {"status", status}});
            return true;
        };
        Trace trace;
        PredictionJob *job = m_backend->resumeJob(known, m_backend.get());
        trace.watch(job);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(trace.done(), 20000);
        QVERIFY(trace.finished);
        QCOMPARE(m_fake->find(known.id)->gets, 1);
        QVERIFY(!trace.final.error.isEmpty());
    }

    // Defect 5: a download that receives no answer at all before its stall timeout is retried
    // like a cut body, not given up as "canceled".
    void downloadStalledBeforeTheAnswerIsRetried()
    {
        QList<Exchange> stalled;
        int requests = 0;
        m_http->setHandler([&](const Exchange &e) {
            if (++requests == 1) {
                stalled << e;   // never answered
                return;
            }
            e->respond(200, "the file", "image/png");
        });
        OutputDownloader downloader(nullptr, AuthPolicy{});
        downloader.setStallTimeoutMs(300);
        downloader.setInitialBackoffMs(10);
        QSignalSpy saved(&downloader, &OutputDownloader::saved);
        QSignalSpy failed(&downloader, &OutputDownloader::failed);
        QSignalSpy retrying(&downloader, &OutputDownloader::retrying);
        downloader.download(0, m_http->otherHostUrl(QStringLiteral("/f/output-0.png")), m_out->path(), QStringLiteral("0-output-0.png"));
        QTRY_VERIFY_WITH_TIMEOUT(saved.size() + failed.size() == 1, 20000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        QCOMPARE(requests, 2);
        QCOMPARE(retrying.size(), 1);
        QFile file(saved.first().at(1).toString());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("the file"));
    }

    // The same for an API call: a poll that stalls before its headers is retried.
    void pollStalledBeforeTheAnswerIsRetried()
    {
        JobOptions o = options();
        o.requestTimeoutMs = 300;
        makeBackend(o);
        QList<Exchange> stalled;
        m_fake->onGet = [&](const Exchange &e, FakePrediction &) {
            if (stalled.size() < 2) {
                stalled << e;
                return true;
            }
            return false;
        };
        Trace trace;
        PredictionJob *job = startJob(trace);
        QTRY_VERIFY_WITH_TIMEOUT(trace.done(), 20000);
        QCOMPARE(trace.final.status, PredictionStatus::Succeeded);
        QCOMPARE(stalled.size(), 2);
        verifyProperties(job, trace);
    }

    // Cancelling a data: URI save that is already decoding on a worker leaves no file behind.
    void canceledDataUriSaveWritesNothing()
    {
        const QByteArray payload(4 * 1024 * 1024, 'x');
        const QString uri = QStringLiteral("data:image/gif;base64,") + QString::fromLatin1(payload.toBase64());
        for (int round = 0; round < 5; ++round) {
            QTemporaryDir dir;
            OutputDownloader downloader(nullptr, AuthPolicy{});
            QSignalSpy failed(&downloader, &OutputDownloader::failed);
            QSignalSpy saved(&downloader, &OutputDownloader::saved);
            downloader.download(0, uri, dir.path(), QStringLiteral("0-output.gif"));
            downloader.abortAll();
            QCOMPARE(failed.size(), 1);
            QThreadPool::globalInstance()->waitForDone();
            QCoreApplication::processEvents();
            QCOMPARE(saved.size(), 0);
            QVERIFY2(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty(),
                     qPrintable(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).join(QLatin1Char(','))));
        }
    }
};

QTEST_MAIN(TestAdversarialTransport)
#include "tst_adversarial_transport.moc"
