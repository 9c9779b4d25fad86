#pragma once

#include "api/ApiError.h"
#include "api/JobOptions.h"
#include "api/Prediction.h"
#include "model/RunEstimator.h"
#include "schema/ModelSchema.h"

#include <QObject>

namespace sdanim::api {

class PredictionJob;

// One way to run the model: Replicate cloud, a local Cog container, or the offline emulator.
// Tests and the UI only see this interface.
class Backend : public QObject
{
    Q_OBJECT
public:
    enum class Kind { ReplicateCloud, LocalCog, OfflineEmulator };
    Q_ENUM(Kind)

    using QObject::QObject;

    virtual Kind kind() const = 0;
    virtual QString displayName() const = 0;       // translated, e.g. "Offline emulator (synthetic previews)"
    virtual bool producesSyntheticPreviews() const { return kind() == Kind::OfflineEmulator; }

    // Fetches the model's latest version and its schema; emits schemaReady either with the
    // fetched one or with the pinned shipped schema (fromNetwork=false) when offline.
    virtual void loadSchema() = 0;
    virtual schema::ModelSchema schema() const = 0;

    // A new job for `input`; it does nothing until start(). The job is parented to `parent`.
    virtual PredictionJob *createJob(const QJsonObject &input, QObject *parent = nullptr) = 0;
    // The Replicate deployment (owner/name) createJob creates on; empty: the model version.
    virtual QString deployment() const { return QString(); }
    // Like createJob, but created on the deployment `deployment` (owner/name) whatever this
    // backend's own target; an empty one is createJob. Null when the backend has no deployments.
    virtual PredictionJob *createJobOn(const QString &deployment, const QJsonObject &input, QObject *parent = nullptr)
    {
        return deployment.isEmpty() ? createJob(input, parent) : nullptr;
    }
    // Follows a prediction created earlier (e.g. by a previous run that was killed);
    // nullptr when the backend cannot (a Cog container keeps no predictions).
    virtual PredictionJob *resumeJob(const Prediction &known, QObject *parent = nullptr) = 0;

    // Looks for the prediction a create for `input`, sent at `sentAfter` or later by a process
    // that stopped before its answer arrived, may have made (the lost-create recovery of a job
    // whose answer was lost, without sending anything). The job emits `created` and follows it
    // when found, else createFailed (PredictionJob::nothingCreated() when proven absent).
    // nullptr when the backend keeps no list of predictions to look in (a Cog container).
    virtual PredictionJob *recoverJob(const QJsonObject &input, const QDateTime &sentAfter, QObject *parent = nullptr)
    {
        Q_UNUSED(input);
        Q_UNUSED(sentAfter);
        Q_UNUSED(parent);
        return nullptr;
    }
    virtual bool recoversLostCreates() const { return false; }

    // Calls GET /v1/account (cloud) or /health-check (Cog); emits connectionChecked.
    virtual void checkConnection() = 0;

    // The per-unit rates jobs created from now on weigh their progress and first ETA with (the
    // fit of session::HistoryRateSource); until called, the documented defaults.
    virtual void setRunEstimator(const model::RunEstimator &estimator) = 0;
    // How jobs created from now on ask the history whether it holds a prediction already
    // (JobOptions::isRecorded). Only backends that look for a lost create's prediction need it.
    virtual void setRecordedCheck(const RecordedCheck &check) { Q_UNUSED(check); }

signals:
    void schemaReady(const sdanim::schema::ModelSchema &schema, bool fromNetwork);
    void connectionChecked(bool ok, const QString &message);
};

} // namespace sdanim::api
