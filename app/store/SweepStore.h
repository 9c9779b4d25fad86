#pragma once

#include "store/HistoryStore.h"
#include "store/SweepRecord.h"

#include <optional>

namespace sdanim::store {

// The sweeps table next to the predictions (history schema 5): creates a sweep, links each of its
// predictions to a grid cell, and reads a sweep back with its cells' history rows, so a past sweep's
// grid can be rebuilt. Works on a HistoryStore's connection and joins its transactions; like it,
// only for the history thread (through AsyncHistoryStore::run/write).
class SweepStore
{
public:
    explicit SweepStore(HistoryStore &history) : m_history(history) {}

    // The new sweep's id; 0 on failure (lastError()).
    qint64 create(const QJsonObject &spec, const QJsonObject &baseInput, int rows, int columns,
                  const QDateTime &createdAt = QDateTime::currentDateTimeUtc());
    // Links the prediction `predictionKey` (id or local id) to cell (row, column) of the sweep.
    bool link(qint64 sweepId, const QString &predictionKey, int row, int column);
    // Stars (or unstars) the cell the prediction `predictionKey` holds in its sweep.
    bool setStarred(const QString &predictionKey, bool starred);
    // The sweep with, per cell, its newest prediction (soft-deleted ones left out).
    std::optional<SweepRecord> get(qint64 sweepId) const;
    // Sweeps newest first, without cells; `limit` ≤ 0: all.
    QList<SweepRecord> list(int limit = 0) const;
    // The sweep and cell a prediction belongs to: (sweep id, row, column), or std::nullopt.
    struct Membership { qint64 sweepId = 0; int row = 0; int column = 0; };
    std::optional<Membership> membership(const QString &predictionKey) const;

    QString lastError() const { return m_lastError; }

private:
    bool fail(const QString &message) const;

    HistoryStore &m_history;
    mutable QString m_lastError;
};

} // namespace sdanim::store
