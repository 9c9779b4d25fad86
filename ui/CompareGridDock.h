#pragma once

#include "queue/QueueController.h"
#include "session/AppServices.h"
#include "store/BackendIdentity.h"

#include <QDockWidget>
#include <QJsonObject>
#include <QList>
#include <QPointer>

#include <functional>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QThreadPool;

namespace sdanim::api { class Backend; }
namespace sdanim::exports { class GridVideoExporter; }
namespace sdanim::schema { class ModelSchema; }
namespace sdanim::sweep { class GridClock; class SweepSession; struct SweepEstimate; struct SweepPlan; }

namespace sdanim::ui {

class CompareGridCell;

// The compare grid of a sweep: columns and rows labelled with the varied values, one cell per
// run filled as its animation arrives (decoded on a worker pool, never here), every cell looping
// on one shared clock (sweep::GridClock). A click loads a run's inputs into the form; cells can be
// starred (kept in the history); past sweeps reopen from the "Sweep" box. Exports the grid as a
// contact-sheet PNG and as one video.
class CompareGridDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit CompareGridDock(const session::AppServices &services, QWidget *parent = nullptr);
    ~CompareGridDock() override;

    // Through the queue set here (one job per cell, the sweep's concurrency the backend's queue
    // limit); without one, directly on `backend`.
    void startSweep(const sweep::SweepPlan &plan, api::Backend *backend, const store::BackendIdentity &identity, int concurrency,
                    const sweep::SweepEstimate &estimate);
    void setQueue(queue::QueueController *queue) { m_queue = queue; }
    // True for the queue job of a cell of the sweep running here (the grid shows it, not the run list).
    bool ownsQueueJob(qint64 id) const;
    void openSweep(qint64 sweepId, const schema::ModelSchema &schema);
    // A history entry was opened: when its prediction belongs to a sweep, that sweep's grid comes
    // back (unless a sweep is running here, or it is already shown).
    void openSweepOf(const QString &predictionKey);
    // Where a past sweep chosen in the "Sweep" box gets the schema to rebuild its grid with.
    void setSchemaProvider(std::function<schema::ModelSchema()> provider) { m_schema = std::move(provider); }
    // The sweeps in the history, into the "Sweep" box.
    void refreshSweepList();

    sweep::SweepSession *session() const { return m_session; }
    bool isBackendInUse(const api::Backend *backend) const;
    sweep::GridClock *clock() const { return m_clock; }
    QList<CompareGridCell *> cells() const { return m_cells; }
    CompareGridCell *cell(int row, int column) const;
    QStringList columnLabels() const;
    QStringList rowLabels() const;
    // Cells whose animation has been decoded.
    int decodedCount() const;

    // Writes one frame per cell (the one on screen) with the labels; the file is written off the
    // UI thread, exportFinished() follows.
    void exportContactSheet(const QString &path);
    // Writes every cell on the shared clock into one video; exportFinished() follows.
    void exportVideo(const QString &path);
    void cancelExport();

signals:
    void loadInputsRequested(const QJsonObject &input);
    // A sweep started here has ended (every run finished, failed, was canceled or skipped).
    void sweepFinished();
    void exportFinished(const QString &path, const QString &error);
    void cellDecoded(int index);
    void message(const QString &text);

private:
    void rebuild();
    void updateCell(int index);
    void decode(int index, const QString &file);
    void chooseExport(bool video);
    void refreshHeader();
    void fitHeight();

    session::AppServices m_services;
    QPointer<queue::QueueController> m_queue;
    sweep::SweepSession *m_session = nullptr;
    sweep::GridClock *m_clock;
    QThreadPool *m_pool;
    exports::GridVideoExporter *m_exporter;
    QWidget *m_gridWidget = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<CompareGridCell *> m_cells;
    QList<QLabel *> m_columnHeaders;
    QList<QLabel *> m_rowHeaders;
    QStringList m_decodedFiles;   // per cell: the file its frames came from
    QComboBox *m_sweeps = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_exportPng = nullptr;
    QPushButton *m_exportVideo = nullptr;
    std::function<schema::ModelSchema()> m_schema;
    int m_side = 160;
    quint64 m_generation = 0;     // bumped per sweep shown, so late decodes of an old one are dropped
};

} // namespace sdanim::ui
