#pragma once
// Header-only helpers for the API client's integration tests: an in-process emulator, a
// QNetworkAccessManager that records every outgoing request, and a recorder of a job's signals.

#include "api/ApiError.h"
#include "api/Prediction.h"
#include "api/PredictionJob.h"
#include "emulator/EmulatorServer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>

#include <memory>

namespace sdanim::testing {

// Every request the client stack sends (API calls, streams, downloads) passes through here.
class RecordingNetworkAccessManager : public QNetworkAccessManager
{
public:
    struct Sent
    {
        QUrl url;
        QByteArray method;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &h : headers)
                if (h.first.compare(name, Qt::CaseInsensitive) == 0) return h.second;
            return {};
        }
        bool hasHeader(const QByteArray &name) const
        {
            for (const auto &h : headers)
                if (h.first.compare(name, Qt::CaseInsensitive) == 0) return true;
            return false;
        }
    };
    using QNetworkAccessManager::QNetworkAccessManager;
    QList<Sent> sent;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        Sent s;
        s.url = request.url();
        s.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        if (s.method.isEmpty())
            s.method = op == GetOperation ? "GET" : op == PostOperation ? "POST" : op == PutOperation ? "PUT" : "OTHER";
        for (const QByteArray &name : request.rawHeaderList()) s.headers.append({name, request.rawHeader(name)});
        sent.append(s);
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};

// A blocking helper for test code only (the product never blocks like this).
inline QJsonDocument httpJson(const QByteArray &method, const QUrl &url, const QJsonObject &body = {},
                              const QByteArray &token = {}, int *status = nullptr)
{
    QNetworkAccessManager nam;
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty()) r.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = nam.sendCustomRequest(r, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (status) *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
    reply->deleteLater();
    return doc;
}

// How many `method path` requests an emulator's request log holds (its control URL, /_emulator).
inline int countEmulatorRequests(const QUrl &controlUrl, const QString &method, const QString &path)
{
    int n = 0;
    const QJsonArray log = httpJson("GET", QUrl(controlUrl.toString() + QStringLiteral("/requests"))).object().value(QLatin1String("requests")).toArray();
    for (const QJsonValue &v : log) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("method")).toString() == method && o.value(QLatin1String("path")).toString() == path) ++n;
    }
    return n;
}

class EmulatorHarness
{
public:
    explicit EmulatorHarness(double timeScale = 0.01, const QString &token = QStringLiteral("r8_TestSecretToken0123456789"))
        : m_token(token.toUtf8())
    {
        emulator::EmulatorOptions o;
        o.token = token;
        o.timeScale = timeScale;
        m_server = std::make_unique<emulator::EmulatorServer>(o);
        QString error;
        m_started = m_server->start(&error);
        if (!m_started) qWarning("emulator did not start: %s", qPrintable(error));
    }

    bool started() const { return m_started; }
    emulator::EmulatorServer &server() { return *m_server; }
    QUrl apiBase() const { return m_server->apiBaseUrl(); }
    QByteArray token() const { return m_token; }

    QJsonObject control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return httpJson(method, QUrl(m_server->controlUrl().toString() + path), body).object();
    }
    void setFaults(const QJsonObject &plan) { control("POST", QStringLiteral("/faults"), plan); }
    void reset() { control("POST", QStringLiteral("/reset")); }
    QJsonArray requests() { return control("GET", QStringLiteral("/requests")).value(QLatin1String("requests")).toArray(); }
    int countRequests(const QString &method, const QString &path) { return countEmulatorRequests(m_server->controlUrl(), method, path); }
    // Every prediction the emulator holds (first page, newest first).
    QJsonArray predictions()
    {
        return httpJson("GET", QUrl(apiBase().toString() + QStringLiteral("/predictions")), {}, m_token)
            .object().value(QLatin1String("results")).toArray();
    }

private:
    std::unique_ptr<emulator::EmulatorServer> m_server;
    QByteArray m_token;
    bool m_started = false;
};

// Everything a job reported, in order.
struct JobRecord
{
    int created = 0;
    bool createdFirst = true;   // `created` came before every other signal
    int signalsBeforeCreated = 0;
    bool finished = false;
    bool createFailed = false;
    api::ApiError failure;
    api::Prediction final;
    api::Prediction createdPrediction;
    QList<int> addedIndexes;
    QStringList addedUrls;
    QMap<int, QString> saved;
    QList<int> savedOrder;
    QMap<int, QString> outputFailures;
    QStringList logLines;
    QList<double> progress;
    int stuck = 0;
    int requestFailures = 0;
    int updates = 0;

    void watch(api::PredictionJob *job)
    {
        using J = api::PredictionJob;
        auto other = [this] { if (created == 0) ++signalsBeforeCreated; };
        QObject::connect(job, &J::created, job, [this](const api::Prediction &p) { ++created; createdPrediction = p; });
        QObject::connect(job, &J::updated, job, [this, other](const api::Prediction &) { other(); ++updates; });
        QObject::connect(job, &J::logLine, job, [this, other](const QString &l) { other(); logLines << l; });
        QObject::connect(job, &J::progressChanged, job, [this](double f, qint64) { progress << f; });
        QObject::connect(job, &J::outputAdded, job, [this, other](int i, const QString &u) { other(); addedIndexes << i; addedUrls << u; });
        QObject::connect(job, &J::outputSaved, job, [this](int i, const QString &p) { saved.insert(i, p); savedOrder << i; });
        QObject::connect(job, &J::outputFailed, job, [this](int i, const QString &m) { outputFailures.insert(i, m); });
        QObject::connect(job, &J::stuckInStarting, job, [this](qint64) { ++stuck; });
        QObject::connect(job, &J::requestFailed, job, [this](const api::ApiError &) { ++requestFailures; });
        QObject::connect(job, &J::createFailed, job, [this](const api::ApiError &e) { createFailed = true; failure = e; });
        QObject::connect(job, &J::finished, job, [this](const api::Prediction &p) { finished = true; final = p; });
    }
    bool done() const { return finished || createFailed; }
    bool waitDone(int ms = 20000)
    {
        QDeadlineTimer deadline(ms);
        while (!done() && !deadline.hasExpired()) QTest::qWait(10);
        return done();
    }
};

} // namespace sdanim::testing
