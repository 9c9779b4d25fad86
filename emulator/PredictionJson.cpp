#include "emulator/PredictionJson.h"

#include "emulator/SimulatedPrediction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace sdanim::emulator {

namespace {

QString timestamp(qint64 ns, const PredictionJson::Style &style)
{
    const int digits = style.variedTimestamps ? QRandomGenerator::global()->bounded(3, 10) : 6;
    return EmulatorClock::formatRfc3339(ns, digits);
}

} // namespace

QString PredictionJson::fileUrl(const SimulatedPrediction &prediction, int outputIndex, const Urls &urls)
{
    return urls.publicBase + prediction.files().at(outputIndex).urlPath;
}

QString PredictionJson::streamUrl(const SimulatedPrediction &prediction, const Urls &urls)
{
    return urls.publicBase + QStringLiteral("/v1/files/") + prediction.setup().streamToken;
}

QJsonObject PredictionJson::replicate(const SimulatedPrediction &prediction, const PredictionState &state,
                                      const Urls &urls, Style style)
{
    const auto &setup = prediction.setup();
    QJsonObject o;
    o.insert(QStringLiteral("id"), setup.id);
    o.insert(QStringLiteral("model"), setup.model);
    o.insert(QStringLiteral("version"), setup.version);
    o.insert(QStringLiteral("input"), state.dataRemoved ? QJsonValue() : QJsonValue(setup.input));
    o.insert(QStringLiteral("logs"), state.dataRemoved || state.logsNull ? QJsonValue() : QJsonValue(state.logsText()));

    QJsonValue output;
    if (!state.dataRemoved && !state.outputs.isEmpty()) {
        if (style.legacyShapes) {
            output = fileUrl(prediction, state.outputs.last(), urls);
        } else {
            QJsonArray list;
            for (int index : state.outputs)
                list.append(fileUrl(prediction, index, urls));
            output = list;
        }
    }
    o.insert(QStringLiteral("output"), output);
    o.insert(QStringLiteral("data_removed"), state.dataRemoved);
    if (!state.error.isEmpty())
        o.insert(QStringLiteral("error"), state.error);
    else
        o.insert(QStringLiteral("error"), style.legacyShapes ? QJsonValue(QString()) : QJsonValue());
    o.insert(QStringLiteral("status"), state.status);
    o.insert(QStringLiteral("source"), QStringLiteral("api"));
    o.insert(QStringLiteral("created_at"), timestamp(setup.createdNs, style));
    if (state.hasStarted())
        o.insert(QStringLiteral("started_at"), timestamp(state.startedNs, style));
    if (state.terminal) {
        o.insert(QStringLiteral("completed_at"), timestamp(state.completedNs, style));
        QJsonObject metrics;
        if (state.hasStarted())
            metrics.insert(QStringLiteral("predict_time"), EmulatorClock::toSeconds(state.completedNs - state.startedNs));
        metrics.insert(QStringLiteral("total_time"), EmulatorClock::toSeconds(state.completedNs - setup.createdNs));
        o.insert(QStringLiteral("metrics"), metrics);
    }
    if (setup.deadlineNs != EmulatorClock::kNever)
        o.insert(QStringLiteral("deadline"), timestamp(setup.deadlineNs, style));
    for (auto it = setup.extras.begin(); it != setup.extras.end(); ++it)
        o.insert(it.key(), it.value());

    const QString get = urls.apiBase + QStringLiteral("/predictions/") + setup.id;
    o.insert(QStringLiteral("urls"), QJsonObject{
        {QStringLiteral("get"), get},
        {QStringLiteral("cancel"), get + QStringLiteral("/cancel")},
        {QStringLiteral("stream"), streamUrl(prediction, urls)},
        {QStringLiteral("web"), urls.publicBase + QStringLiteral("/p/") + setup.id},
    });
    return o;
}

QByteArray PredictionJson::duplicateModelKey(const QByteArray &json, const QString &model)
{
    const int brace = json.indexOf('{');
    if (brace < 0)
        return json;
    QByteArray copy = json;
    copy.insert(brace + 1, "\"model\":" + QJsonDocument(QJsonArray{model}).toJson(QJsonDocument::Compact).mid(1).chopped(1) + ",");
    return copy;
}

} // namespace sdanim::emulator
