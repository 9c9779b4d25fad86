#include "sweep/SweepSession.h"

#include "api/PredictionJob.h"
#include "concurrent/FutureCallbacks.h"
#include "schema/ModelSchema.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"
#include "store/SweepStore.h"
#include "sweep/SweepSpec.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sdanim::sweep {

SweepSession::SweepSession(store::AsyncHistoryStore *history, store::HistoryRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_recorder(recorder)
{
}

QString SweepSession::animationOf(const QStringList &files)
{
    for (auto it = files.crbegin(); it != files.crend(); ++it) {
        const QString suffix = QFileInfo(*it).suffix().toLower();
        if (suffix == QLatin1String("gif") || suffix == QLatin1String("mp4")) return *it;
    }
    return files.isEmpty() ? QString() : files.last();
}

int SweepSession::doneCount() const
{
    int n = 0;
    for (const Cell &c : m_cells)
        n += !c.status.isEmpty() && c.status != QLatin1String("pending") && c.status != QLatin1String("running") ? 1 : 0;
    return n;
}

void SweepSession::start(const SweepPlan &plan, api::Backend *backend, const store::BackendIdentity &identity, int concurrency)
{
    m_plan = plan;
    m_backend = backend;
    m_cells.clear();
    for (const SweepCell &c : plan.cells)
        m_cells << Cell{c.rowLabel, c.columnLabel, c.input, QString(), QStringLiteral("pending"), QString(), QString(), false};
    emit planReady();
    if (!m_history) {
        run(backend, identity, concurrency);
        return;
    }
    const int rows = plan.rowCount(), columns = plan.columnCount();
    const QJsonObject spec = plan.spec, base = plan.base;
    concurrent::FutureCallbacks::onResult(
        m_history->run([spec, base, rows, columns](store::HistoryStore &s) { return store::SweepStore(s).create(spec, base, rows, columns); }),
        this, [this, backend, identity, concurrency](qint64 id) {
            m_sweepId = id;
            if (id <= 0)
                emit failed(QCoreApplication::translate("sdanim::sweep::SweepSession",
                                                        "The history could not record the sweep; its runs are recorded on their own."));
            run(backend, identity, concurrency);
        });
}

void SweepSession::run(api::Backend *backend, const store::BackendIdentity &identity, int concurrency)
{
    auto *runner = new SweepRunner(backend, this);
    m_runner = runner;
    m_done = false;
    runner->setHistory(m_recorder, identity, m_sweepId);
    runner->setConcurrency(concurrency);
    connect(runner, &SweepRunner::cellStarted, this, [this, runner](int index, api::PredictionJob *) {
        m_cells[index].status = SweepRunner::statusName(SweepRunner::CellStatus::Running);
        m_cells[index].historyKey = runner->results().at(index).historyKey;
        emit cellChanged(index);
    });
    connect(runner, &SweepRunner::cellFinished, this, [this, runner](int index) {
        const SweepRunner::CellResult &r = runner->results().at(index);
        Cell &cell = m_cells[index];
        cell.status = SweepRunner::statusName(r.status);
        cell.historyKey = r.historyKey;
        cell.file = animationOf(r.files);
        cell.error = r.error;
        emit cellChanged(index);
    });
    connect(runner, &SweepRunner::finished, this, [this, runner] {
        for (int i = 0; i < m_cells.size(); ++i) {
            const QString status = SweepRunner::statusName(runner->results().at(i).status);
            if (m_cells.at(i).status != status) {
                m_cells[i].status = status;
                emit cellChanged(i);
            }
        }
        m_done = true;
        emit finished();
    });
    runner->start(m_plan);
}

void SweepSession::open(qint64 sweepId, const schema::ModelSchema &schema)
{
    if (!m_history) return;
    concurrent::FutureCallbacks::onResult(
        m_history->run([sweepId](store::HistoryStore &s) { return store::SweepStore(s).get(sweepId); }), this,
        [this, sweepId, schema](const std::optional<store::SweepRecord> &record) {
            if (!record) {
                emit failed(QCoreApplication::translate("sdanim::sweep::SweepSession", "Sweep %1 is not in the history.").arg(sweepId));
                return;
            }
            QStringList errors;
            const auto spec = SweepSpec::fromJson(record->spec, schema, &errors);
            const auto plan = spec ? spec->expand(record->baseInput, schema, -1, &errors) : std::nullopt;
            if (!plan) {
                emit failed(QCoreApplication::translate("sdanim::sweep::SweepSession", "Sweep %1 cannot be shown: %2")
                                .arg(sweepId).arg(errors.join(QLatin1Char(' '))));
                return;
            }
            m_sweepId = sweepId;
            m_plan = *plan;
            m_done = true;
            m_cells.clear();
            for (const SweepCell &c : m_plan.cells)
                m_cells << Cell{c.rowLabel, c.columnLabel, c.input, QString(), QStringLiteral("skipped"), QString(), QString(), false};
            for (const store::SweepRecord::Cell &c : record->cells) {
                const int index = c.row * m_plan.columnCount() + c.column;
                if (c.row < 0 || c.column < 0 || c.column >= m_plan.columnCount() || index >= m_cells.size()) continue;
                Cell &cell = m_cells[index];
                cell.input = c.record.input;
                cell.historyKey = c.record.key();
                cell.status = c.record.status;
                cell.error = c.record.error;
                cell.starred = c.starred;
                QStringList files;
                for (const store::OutputFile &f : c.record.outputs)
                    if (!f.path.isEmpty() && QFileInfo::exists(f.path)) files << f.path;
                cell.file = animationOf(files);
            }
            emit planReady();
            emit finished();
        });
}

void SweepSession::cancel()
{
    if (m_runner) m_runner->cancel();
}

void SweepSession::setStarred(int index, bool starred)
{
    if (index < 0 || index >= m_cells.size() || m_cells.at(index).starred == starred) return;
    m_cells[index].starred = starred;
    emit cellChanged(index);
    const QString key = m_cells.at(index).historyKey;
    if (m_history && !key.isEmpty() && m_sweepId > 0)
        m_history->write(key, [key, starred](store::HistoryStore &s) { return store::SweepStore(s).setStarred(key, starred); });
}

} // namespace sdanim::sweep
