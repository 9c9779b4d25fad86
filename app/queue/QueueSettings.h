#pragma once

#include <QHash>
#include <QString>

namespace sdanim::queue {

// What the queue keeps across restarts besides its jobs (the one row of queue_settings).
struct QueueSettings
{
    static constexpr int DefaultConcurrency = 1;
    static constexpr int MaxConcurrency = 16;

    bool paused = false;               // no job starts; running ones go on to their end
    QHash<QString, int> concurrency;   // by backend key (QueueStore::backendKey); absent: DefaultConcurrency
    double budgetUsd = -1;             // for the jobs in the queue (until `clear`); < 0: none
    double dailyBudgetUsd = -1;        // for every run the history recorded this UTC day (QueueStore::spentTodayUsd); < 0: none

    int concurrencyFor(const QString &backendKey) const { return concurrency.value(backendKey, DefaultConcurrency); }
};

} // namespace sdanim::queue
