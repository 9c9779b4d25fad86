#pragma once

// A backend whose jobs the test ends by hand (queue tests): created, resumed, finished or
// refused on request.

#include "api/PredictionJob.h"
#include "support/FakeBackendBase.h"

#include <QPointer>

namespace sdanim::testing {

// A job the test ends by hand.
class ScriptedQueueJob : public api::PredictionJob
{
public:
    ScriptedQueueJob(const QJsonObject &input, QObject *parent) : api::PredictionJob(parent) { m_input = input; }
    ScriptedQueueJob(const api::Prediction &known, QObject *parent) : api::PredictionJob(parent)
    {
        m_prediction = known;
        m_input = known.input;
        resumed = true;
    }
    void start() override { started = true; }
    void cancel() override { ++cancels; }
    void create(const QString &id)
    {
        m_prediction.id = id;
        m_prediction.input = m_input;
        m_prediction.status = api::PredictionStatus::Starting;
        emit created(m_prediction);
    }
    void finish(api::PredictionStatus status = api::PredictionStatus::Succeeded)
    {
        if (m_prediction.id.isEmpty()) create(QStringLiteral("p%1").arg(seed()));
        m_prediction.status = status;
        m_prediction.predictTime = 1;
        emit finished(m_prediction);
    }
    void failCreate(int httpStatus, int retryAfterSeconds = -1)
    {
        api::ApiError e;
        e.httpStatus = httpStatus;
        e.retryAfterSeconds = retryAfterSeconds;
        emit createFailed(e);
    }
    // The create's answer lost to the network; `provenAbsent`: the lookup showed nothing was created.
    void loseCreate(bool provenAbsent)
    {
        api::ApiError e;
        e.networkError = QStringLiteral("Connection reset by peer");
        m_nothingCreated = provenAbsent;
        emit createFailed(e);
    }
    int seed() const { return m_input.value("seed").toInt(); }
    bool started = false;
    bool resumed = false;
    int cancels = 0;
};

class FakeQueueBackend : public FakeBackendBase
{
public:
    api::PredictionJob *createJob(const QJsonObject &input, QObject *parent) override
    {
        auto *job = new ScriptedQueueJob(input, parent);
        jobs << job;
        return job;
    }
    api::PredictionJob *resumeJob(const api::Prediction &known, QObject *parent) override
    {
        auto *job = new ScriptedQueueJob(known, parent);
        resumedJobs << job;
        return job;
    }
    // The started jobs still running, by seed.
    QList<int> running() const
    {
        QList<int> seeds;
        for (const auto &j : jobs)
            if (j && j->started && !j->prediction().isTerminal()) seeds << j->seed();
        return seeds;
    }
    ScriptedQueueJob *bySeed(int seed) const
    {
        for (const auto &j : jobs)
            if (j && j->seed() == seed && !j->prediction().isTerminal()) return j;
        return nullptr;
    }
    QList<QPointer<ScriptedQueueJob>> jobs;
    QList<QPointer<ScriptedQueueJob>> resumedJobs;
};

} // namespace sdanim::testing
