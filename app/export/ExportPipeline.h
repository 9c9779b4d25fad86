#pragma once

#include "export/ExportSettings.h"

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

#include <atomic>
#include <functional>

namespace sdanim::exports {

// The blocking half of a local re-export: decodes the source (GIF, MP4, WebM, APNG — whatever
// libavformat opens) with libavcodec, runs the settings' stages as one libavfilter graph
//
//   trim=start_frame:end_frame → scale → [setpts → tpad → minterpolate|framerate → trim=end_frame]
//   → [split → trim,reverse,trim → concat] (ping-pong) → [loop] (video formats' loop count)
//
// and hands the frames to an AnimationWriter. Use it on a worker thread (OutputExporter does).
//
// Frame counts, checked against ffprobe by tst_output_export: trim A:B keeps B − A frames;
// interpolating N frames from rate R to rate F gives floor((N − 1)·F/R) + 1 (2N − 1 at twice the
// rate): minterpolate alone stops a frame pair early and framerate runs one source frame long, so the
// last frame is cloned (tpad) and the output trimmed to that count. Ping-pong of
// M frames gives 2M − 2 (the reversed copy leaves out both ends, so a loop repeats no frame); a
// video format played P times holds P copies.
//
// Limits for what is read: frames up to AnimationWriter::MaxFrameSide per side, MaxSourceFrames
// source frames, MaxOutputFrames written, and for ping-pong and a video loop count (which hold
// the clip in memory) MaxBufferedBytes of frames counted at 4 bytes per pixel — trim or scale
// first for more.
class ExportPipeline
{
public:
    static constexpr int MaxSourceFrames = 20000;
    static constexpr int MaxOutputFrames = 100000;
    static constexpr qint64 MaxBufferedBytes = 1024LL * 1024 * 1024;

    struct Source
    {
        int frameCount = 0;
        QSize size;
        double fps = 0;
        QString error;
    };
    // What an export makes of a source (no file is touched).
    struct Plan
    {
        int sourceFrames = 0;     // after the trim
        int outputFrames = 0;
        QSize size;               // what the writer writes
        double fps = 0;
        QString filter;           // the libavfilter description
        QString error;
    };
    struct Result
    {
        QString error;            // empty: the output is complete
        bool canceled = false;
        int frames = 0;
        QSize size;
        double fps = 0;
    };
    using Progress = std::function<void(int done, int total)>;

    // Counts the frames (reads the packets without decoding) and reads size and rate.
    static Source probe(const QString &path);
    static Plan plan(const Source &source, const ExportSettings &settings);
    static Result run(const QString &sourcePath, const ExportSettings &settings, const QString &outPath,
                      const std::atomic_bool &cancel, const Progress &progress = {});
    // The first `count` frames the export would make (interpolation included; no ping-pong or
    // loop), decoded from only as much of the source as they need.
    static QList<QImage> preview(const QString &sourcePath, const ExportSettings &settings, int count,
                                 const std::atomic_bool &cancel, QString *error);
};

} // namespace sdanim::exports
