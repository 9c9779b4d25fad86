#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sdanim::exports {

enum class ExportFormat { Gif, Mp4, WebM, Apng, PngSequence };
// MotionCompensated: minterpolate mi_mode=mci. Blend: the framerate filter (a weighted blend of the
// two neighbouring frames, cheaper and without motion artefacts).
enum class Interpolation { None, MotionCompensated, Blend };
// Only minterpolate has settings worth a choice; Fast = obmc/epzs, High = aobmc + bidirectional
// motion estimation + variable-size blocks (about 3x slower).
enum class InterpolationQuality { Fast, High };

// What a local re-export of a finished output should make. Frame indices count source frames from 0.
// The stages apply in this order: trim → scale → interpolate to `fps` → ping-pong → loop, and the
// writer stamps the result at a constant `fps`. Without interpolation a new fps re-times the same
// frames (faster or slower playback, like the model's own fps input); with it, new frames are made
// so the duration stays.
struct ExportSettings
{
    ExportFormat format = ExportFormat::Mp4;
    double fps = 0;                  // 0: the source's rate
    Interpolation interpolation = Interpolation::None;
    InterpolationQuality quality = InterpolationQuality::Fast;
    int trimStart = 0;               // first frame kept
    int trimEnd = -1;                // first frame dropped (exclusive, like ffmpeg's trim); -1: to the end
    bool pingPong = false;           // append a reversed copy without repeating either end frame
    double scale = 1.0;              // both sides; rounded to even sizes for MP4/WebM
    int plays = 0;                   // 0: forever (GIF/APNG); N: the animation plays N times

    static constexpr double MaxFps = 240;
    static constexpr double MinScale = 0.05;
    static constexpr double MaxScale = 4;
    static constexpr int MaxPlays = 100;

    // The first thing wrong with these values for a user, or empty.
    QString validationError() const;
    QJsonObject toJson() const;
    static ExportSettings fromJson(const QJsonObject &json);

    static QString formatName(ExportFormat format);         // "gif", "mp4", "webm", "apng", "png"
    static std::optional<ExportFormat> formatFromName(const QString &name);
    static QString interpolationName(Interpolation interpolation);  // "none", "mci", "blend"
    static std::optional<Interpolation> interpolationFromName(const QString &name);
    // ".gif" …; empty for the PNG sequence, which is written into a folder.
    static QString fileSuffix(ExportFormat format);
    // A format whose files hold their own loop count (GIF, APNG); the others repeat the frames.
    static bool loopsInContainer(ExportFormat format);
};

} // namespace sdanim::exports
