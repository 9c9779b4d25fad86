#pragma once

#include "api/Backend.h"
#include "store/BackendIdentity.h"
#include "store/HistoryRecorder.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace sdanim::session {

class Run;

// Starts runs on the current backend (any number at once), records each in the history the
// moment it is created, and keeps the list the window shows.
class RunController : public QObject
{
    Q_OBJECT
public:
    explicit RunController(QObject *parent = nullptr);

    // With resumesOrphans(), every backend set here first gets the history's orphaned runs on it
    // (store::ResumeManager): a token entered after start brings back the cloud runs a previous
    // session left running, not only the backend the app started with.
    void setBackend(api::Backend *backend, const store::BackendIdentity &identity);
    api::Backend *backend() const { return m_backend; }
    // The backend set here asks the recorder's history before a lost create's lookup adopts a
    // prediction (Backend::setRecordedCheck): one the history holds is another run's.
    void setRecorder(store::HistoryRecorder *recorder);
    bool resumesOrphans() const { return m_resumesOrphans; }
    void setResumesOrphans(bool on) { m_resumesOrphans = on; }

    // Nullptr when there is no backend.
    Run *start(const QJsonObject &input);
    // Shows a job the ResumeManager re-attached after a restart.
    Run *adopt(api::PredictionJob *job, const QString &historyKey);
    void dismiss(Run *run);             // removes a finished run from the list
    void cancelAll();

    QList<Run *> runs() const { return m_runs; }
    int activeCount() const;
    // True while a run started on `backend` has not ended.
    bool isBackendInUse(const api::Backend *backend) const;

signals:
    void runAdded(sdanim::session::Run *run);
    void runRemoved(sdanim::session::Run *run);
    void runFinished(sdanim::session::Run *run);
    void activeCountChanged(int count);

private:
    Run *add(api::PredictionJob *job, const QJsonObject &input);
    void resumeOrphans();
    void shareRecordedCheck();

    QPointer<api::Backend> m_backend;
    store::BackendIdentity m_identity;
    QPointer<store::HistoryRecorder> m_recorder;
    QList<Run *> m_runs;
    bool m_resumesOrphans = false;
};

} // namespace sdanim::session
