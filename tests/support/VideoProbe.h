#pragma once
// ffprobe's view of a video file, for tests that check what was encoded.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>

namespace sdanim::testing {

// ffprobe's width, height and frame count (nb_read_frames, decoded) of the first video stream;
// empty when ffprobe fails or the file has none.
inline QJsonObject probeVideo(const QString &path)
{
    QProcess ffprobe;
    ffprobe.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
                                              QStringLiteral("-select_streams"), QStringLiteral("v:0"),
                                              QStringLiteral("-show_entries"), QStringLiteral("stream=codec_name,width,height,nb_read_frames"),
                                              QStringLiteral("-of"), QStringLiteral("json"), path});
    if (!ffprobe.waitForFinished(60000) || ffprobe.exitCode() != 0) return {};
    return QJsonDocument::fromJson(ffprobe.readAllStandardOutput()).object().value(QStringLiteral("streams")).toArray().first().toObject();
}

inline int probedFrameCount(const QString &path)
{
    const QJsonObject stream = probeVideo(path);
    return stream.isEmpty() ? -1 : stream.value(QStringLiteral("nb_read_frames")).toString().toInt();
}

// ffprobe's container (format_name) and first video stream's codec_name, width, height,
// r_frame_rate and nb_read_frames in one object; empty when ffprobe fails.
inline QJsonObject probeContainerAndStream(const QString &path)
{
    QProcess ffprobe;
    ffprobe.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
                                              QStringLiteral("-select_streams"), QStringLiteral("v:0"),
                                              QStringLiteral("-show_entries"),
                                              QStringLiteral("format=format_name:stream=codec_name,width,height,r_frame_rate,nb_read_frames"),
                                              QStringLiteral("-of"), QStringLiteral("json"), path});
    if (!ffprobe.waitForFinished(120000) || ffprobe.exitCode() != 0) return {};
    const QJsonObject all = QJsonDocument::fromJson(ffprobe.readAllStandardOutput()).object();
    QJsonObject result = all.value(QStringLiteral("streams")).toArray().first().toObject();
    result.insert(QStringLiteral("format_name"), all.value(QStringLiteral("format")).toObject().value(QStringLiteral("format_name")));
    return result;
}

} // namespace sdanim::testing
