#pragma once

// Header-only: fills a history database with many synthetic predictions for GUI tests and benches.

#include "store/HistoryStore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sdanim::testsupport {

// Prediction n has prompts "a cat number n" / "a dog number n", id "pred<n>" (or `id`), is created
// n minutes after `start` (so the newest is the highest n), and fails when n % 10 == 3.
// With `outputPath`, the prediction has that file as its only saved output.
inline store::HistoryRecord syntheticRecord(int n, const QDateTime &start, const QString &outputPath = {},
                                            const QString &id = {})
{
    store::HistoryRecord r;
    r.id = id.isEmpty() ? QStringLiteral("pred%1").arg(n, 6, 10, QLatin1Char('0')) : id;
    r.backend = QStringLiteral("cloud");
    r.baseUrl = QStringLiteral("https://api.replicate.com/v1");
    r.model = QStringLiteral("andreasjansson/stable-diffusion-animation");
    r.source = QStringLiteral("api");
    r.input = QJsonObject{{QStringLiteral("prompt_start"), QStringLiteral("a cat number %1").arg(n)},
                          {QStringLiteral("prompt_end"), QStringLiteral("a dog number %1").arg(n)},
                          {QStringLiteral("seed"), n}};
    r.status = n % 10 == 3 ? QStringLiteral("failed") : QStringLiteral("succeeded");
    r.createdAt = start.addSecs(60LL * n);
    r.startedAt = r.createdAt.addSecs(5);
    r.completedAt = r.createdAt.addSecs(65);
    r.predictTime = 60;
    r.costUsd = 0.069;
    r.webUrl = QStringLiteral("https://replicate.com/p/%1").arg(r.id);
    if (!outputPath.isEmpty())
        r.outputs.append(store::OutputFile{0, outputPath, QStringLiteral("https://replicate.delivery/x/%1.gif").arg(r.id)});
    return r;
}

// Inserts predictions 0..count-1 in one transaction; returns false (with store.lastError()) on failure.
inline bool fillHistory(store::HistoryStore &store, int count, const QDateTime &start, const QString &outputPath = {})
{
    QList<store::HistoryRecord> records;
    records.reserve(count);
    for (int n = 0; n < count; ++n)
        records.append(syntheticRecord(n, start, outputPath));
    return store.insertMany(records);
}

} // namespace sdanim::testsupport
