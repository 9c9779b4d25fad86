#pragma once

#include <QDateTime>
#include <QString>

namespace sdanim::store {

// The few fields the history sidebar shows per prediction; cheap to load thousands of.
struct HistoryRow
{
    qint64 rowId = 0;
    QString id;
    QString localId;
    QString promptStart;      // first words only (see HistoryStore::ListWords)
    QString promptEnd;
    QString status;
    QString backend;
    QDateTime createdAt;
    double durationSeconds = -1;
    double costUsd = -1;
    QString thumbnailPath;    // first saved output (a PNG keyframe or the video); empty if none
    int outputCount = 0;

    QString key() const { return id.isEmpty() ? localId : id; }
};

} // namespace sdanim::store
