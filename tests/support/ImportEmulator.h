#pragma once
// Header-only set-up for the History ▸ Import tests: an emulator that plays the Replicate account
// and the predictions "made on the web" that an import then finds there.

#include "emulator/EmulatorServer.h"
#include "schema/ModelSchema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QStringList>

#include <functional>

namespace sdanim::testing {

// Fast, and by default without data removal: an import must find every prediction made before it.
inline emulator::EmulatorOptions importEmulatorOptions(const QByteArray &token, bool keepData = true)
{
    emulator::EmulatorOptions options;
    options.timeScale = 0.001;
    if (keepData) options.retentionSeconds = 100000000;
    options.token = QString::fromLatin1(token);
    return options;
}

// POST /v1/predictions of the pinned model with a small input; the new id, or empty on failure.
inline QString createPrediction(QNetworkAccessManager &nam, const QUrl &apiBase, const QByteArray &token,
                                const QString &promptStart)
{
    QNetworkRequest request(QUrl(apiBase.toString() + QStringLiteral("/predictions")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token);
    const QJsonObject body{{"version", schema::ModelSchema::pinnedVersionId()},
                           {"input", QJsonObject{{"prompt_start", promptStart},
                                                 {"prompt_end", QStringLiteral("calm")},
                                                 {"width", 128}, {"height", 128}, {"num_animation_frames", 2},
                                                 {"num_interpolation_steps", 1}}}};
    QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("id")).toString();
}

// `count` predictions, the i-th with prompt_start promptFor(i); an empty id marks a failed create.
inline QStringList createPredictions(QNetworkAccessManager &nam, const QUrl &apiBase, const QByteArray &token,
                                     int count, const std::function<QString(int)> &promptFor)
{
    QStringList ids;
    for (int i = 0; i < count; ++i) ids << createPrediction(nam, apiBase, token, promptFor(i));
    return ids;
}

} // namespace sdanim::testing
