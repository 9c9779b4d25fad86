#include "export/ExportSettings.h"

#include <QCoreApplication>

namespace sdanim::exports {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("sdanim::exports::ExportSettings", text); }
} // namespace

QString ExportSettings::validationError() const
{
    if (!(fps == 0 || (fps >= 1 && fps <= MaxFps)))
        return tr("The frame rate must be between 1 and %1 frames per second.").arg(MaxFps);
    if (trimStart < 0)
        return tr("The trim must start at frame 0 or later.");
    if (trimEnd != -1 && trimEnd <= trimStart)
        return tr("The trim must end after it starts (A:B keeps frames A to B-1).");
    if (!(scale >= MinScale && scale <= MaxScale))
        return tr("The scale must be between %1 and %2.").arg(MinScale).arg(MaxScale);
    if (plays < 0 || plays > MaxPlays)
        return tr("The loop count must be between 0 (forever) and %1.").arg(MaxPlays);
    return {};
}

QJsonObject ExportSettings::toJson() const
{
    QJsonObject json{{"format", formatName(format)},
                     {"interpolation", interpolationName(interpolation)},
                     {"quality", quality == InterpolationQuality::High ? "high" : "fast"},
                     {"trim_start", trimStart},
                     {"ping_pong", pingPong},
                     {"scale", scale},
                     {"loop", plays}};
    if (fps > 0) json["fps"] = fps;
    if (trimEnd >= 0) json["trim_end"] = trimEnd;
    return json;
}

ExportSettings ExportSettings::fromJson(const QJsonObject &json)
{
    ExportSettings s;
    s.format = formatFromName(json["format"].toString()).value_or(ExportFormat::Mp4);
    s.fps = json["fps"].toDouble(0);
    s.interpolation = interpolationFromName(json["interpolation"].toString()).value_or(Interpolation::None);
    s.quality = json["quality"].toString() == QLatin1String("high") ? InterpolationQuality::High : InterpolationQuality::Fast;
    s.trimStart = json["trim_start"].toInt(0);
    s.trimEnd = json["trim_end"].toInt(-1);
    s.pingPong = json["ping_pong"].toBool(false);
    s.scale = json["scale"].toDouble(1.0);
    s.plays = json["loop"].toInt(0);
    return s;
}

QString ExportSettings::formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Gif: return QStringLiteral("gif");
    case ExportFormat::Mp4: return QStringLiteral("mp4");
    case ExportFormat::WebM: return QStringLiteral("webm");
    case ExportFormat::Apng: return QStringLiteral("apng");
    case ExportFormat::PngSequence: return QStringLiteral("png");
    }
    return {};
}

std::optional<ExportFormat> ExportSettings::formatFromName(const QString &name)
{
    for (ExportFormat f : {ExportFormat::Gif, ExportFormat::Mp4, ExportFormat::WebM, ExportFormat::Apng, ExportFormat::PngSequence})
        if (name.compare(formatName(f), Qt::CaseInsensitive) == 0) return f;
    return std::nullopt;
}

QString ExportSettings::interpolationName(Interpolation interpolation)
{
    switch (interpolation) {
    case Interpolation::None: return QStringLiteral("none");
    case Interpolation::MotionCompensated: return QStringLiteral("mci");
    case Interpolation::Blend: return QStringLiteral("blend");
    }
    return {};
}

std::optional<Interpolation> ExportSettings::interpolationFromName(const QString &name)
{
    for (Interpolation i : {Interpolation::None, Interpolation::MotionCompensated, Interpolation::Blend})
        if (name.compare(interpolationName(i), Qt::CaseInsensitive) == 0) return i;
    return std::nullopt;
}

QString ExportSettings::fileSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Gif: return QStringLiteral(".gif");
    case ExportFormat::Mp4: return QStringLiteral(".mp4");
    case ExportFormat::WebM: return QStringLiteral(".webm");
    case ExportFormat::Apng: return QStringLiteral(".apng");
    case ExportFormat::PngSequence: return {};
    }
    return {};
}

bool ExportSettings::loopsInContainer(ExportFormat format)
{
    return format == ExportFormat::Gif || format == ExportFormat::Apng;
}

} // namespace sdanim::exports
