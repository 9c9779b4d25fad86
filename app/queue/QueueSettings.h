#pragma once

#include <QHash>
#include <QString>

namespace sdanim::queue {

// What the queue keeps across restarts besides its jobs (the one row of queue_settings).
struct QueueSettings
{
    // Replicate (and the emulator standing in for it) runs an account's predictions side by side, and
    // a user trying prompts clicks Run again before the last run is done: that run starts at once.
    static constexpr int DefaultConcurrency = 4;
    // A Cog container runs one prediction at a time and answers 409 to a second.
    static constexpr int DefaultCogConcurrency = 1;
    static constexpr int MaxConcurrency = 16;

    // By backend key (QueueStore::backendKey): a Cog container's predictions die with it, so its key is
    // its name alone (store::BackendIdentity::nameOf, "cog"), never followed by a URL.
    static int defaultConcurrencyFor(const QString &backendKey)
    {
        return backendKey == QLatin1String("cog") ? DefaultCogConcurrency : DefaultConcurrency;
    }

    bool paused = false;               // no job starts; running ones go on to their end
    QHash<QString, int> concurrency;   // by backend key (QueueStore::backendKey); absent: defaultConcurrencyFor
    double budgetUsd = -1;             // for the jobs in the queue (until `clear`); < 0: none
    double dailyBudgetUsd = -1;        // for every run the history recorded this UTC day (QueueStore::spentTodayUsd); < 0: none

    int concurrencyFor(const QString &backendKey) const { return concurrency.value(backendKey, defaultConcurrencyFor(backendKey)); }
};

} // namespace sdanim::queue
