#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sdanim::store {

// What the sidecar `<output file>.json` says about the prediction that made the file. Enough to
// load the inputs again (drag a GIF onto the app) and to find the prediction on the web.
// Never holds the API token.
struct SidecarInfo
{
    static constexpr const char *Format = "sdanim-output";
    static constexpr int FormatVersion = 1;

    QString predictionId;
    QString backend;          // "cloud", "cog", "emulator"
    QString model;
    QString version;
    QJsonObject input;
    QDateTime createdAt;
    QString webUrl;
    int outputIndex = -1;
    QString fileName;         // the output file's name (the sidecar sits next to it)
    bool syntheticPreview = false; // made by the offline emulator, not by the real model
    // A local re-export: where it came from and how it was made (exports::DerivedOutput), written
    // as "derived_from"; empty for a prediction's own file.
    QJsonObject derivedFrom;

    QJsonObject toJson() const;
    static SidecarInfo fromJson(const QJsonObject &o);
};

} // namespace sdanim::store
