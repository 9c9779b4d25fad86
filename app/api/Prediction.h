#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QStringList>
#include <QUrl>

namespace sdanim::api {

enum class PredictionStatus { Unknown, Starting, Processing, Succeeded, Failed, Canceled, Aborted };

PredictionStatus statusFromString(const QString &s);
QString statusToString(PredictionStatus s);
// The four terminal values, `aborted` included (official clients hung on it, spec §8.2).
bool isTerminal(PredictionStatus s);

// A prediction as the API (or a Cog container) reports it, parsed tolerantly: fractional seconds
// of any precision, duplicated keys, `error: ""`, a single-string `output`, numbers as strings
// in `input`, absent versus null keys (spec §2.1, §9).
struct Prediction
{
    QString id;
    QString model;
    QString version;
    QJsonObject input;
    QJsonValue rawOutput;      // exactly as received
    QStringList outputs;       // normalised: always a list of URL / data: strings, in order
    QString logs;
    QString error;             // empty when there is none ("" and null both mean none)
    PredictionStatus status = PredictionStatus::Unknown;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime completedAt;
    QDateTime deadline;
    QUrl getUrl;
    QUrl cancelUrl;
    QUrl streamUrl;
    QUrl webUrl;
    double predictTime = -1;   // seconds; -1 when unknown
    double totalTime = -1;
    bool dataRemoved = false;
    QString source;
    QString deployment;        // owner/name when it was created through a deployment
    QJsonObject raw;           // the whole object as received, for history and "show JSON"

    static Prediction fromJson(const QJsonObject &o);
    static Prediction fromJsonBytes(const QByteArray &bytes, QString *error = nullptr);
    bool isTerminal() const { return api::isTerminal(status); }
};

// RFC 3339 with 0..9 fractional digits and Z or ±hh:mm; invalid QDateTime on failure.
QDateTime parseTimestamp(const QString &text);

} // namespace sdanim::api

Q_DECLARE_METATYPE(sdanim::api::Prediction)
