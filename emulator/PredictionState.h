#pragma once

#include "emulator/EmulatorClock.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sdanim::emulator {

// One log line or one yielded output, at the (steady) time it became visible.
struct PredictionEvent
{
    enum class Kind { Log, Output };
    Kind kind = Kind::Log;
    qint64 atNs = 0;
    QString text;        // the log line (without newline)
    int outputIndex = -1;
};

// A prediction as seen at one instant: what every API surface (GET, SSE, Cog webhooks) reports.
struct PredictionState
{
    QString status;                 // starting, processing, succeeded, failed, canceled, aborted
    bool terminal = false;
    qint64 startedNs = EmulatorClock::kNever;
    qint64 completedNs = EmulatorClock::kNever;
    QStringList logLines;
    bool logsNull = false;          // canceled before it ran: Replicate reports logs:null
    QList<int> outputs;             // indices into SimulatedPrediction::outputs(), in yield order
    QString error;                  // empty unless failed
    bool dataRemoved = false;
    QList<PredictionEvent> events;  // logs and outputs in the order they appeared

    bool hasStarted() const { return startedNs != EmulatorClock::kNever; }
    QString logsText() const;       // every line followed by "\n", like captured stdout
};

} // namespace sdanim::emulator
