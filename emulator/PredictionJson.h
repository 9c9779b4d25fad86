#pragma once

#include "emulator/PredictionState.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace sdanim::emulator {

class SimulatedPrediction;

// Serialises a simulated prediction as the Replicate API's prediction object (spec §2.1), optionally
// in the irregular shapes real payloads showed (varying timestamp precision, 2022-era error/output).
class PredictionJson
{
public:
    struct Style
    {
        bool variedTimestamps = false;
        bool legacyShapes = false;
    };
    struct Urls
    {
        QString apiBase;     // http://127.0.0.1:<port>/v1
        QString publicBase;  // http://localhost:<port> (files, stream, web page)
    };

    static QJsonObject replicate(const SimulatedPrediction &prediction, const PredictionState &state,
                                 const Urls &urls, Style style);
    static QString fileUrl(const SimulatedPrediction &prediction, int outputIndex, const Urls &urls);
    static QString streamUrl(const SimulatedPrediction &prediction, const Urls &urls);
    // Re-emits the "model" key once more at the start of the object, as one real response did.
    static QByteArray duplicateModelKey(const QByteArray &json, const QString &model);
};

} // namespace sdanim::emulator
