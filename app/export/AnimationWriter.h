#pragma once

#include "export/ExportSettings.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <memory>

struct AVFrame;

namespace sdanim::exports {

// Encodes frames into one animation file (or a folder of PNGs) through libavcodec/libavformat:
// GIF (per-frame palettes from palettegen/paletteuse), MP4 (H.264, yuv420p, +faststart),
// WebM (VP9, yuv420p), APNG (rgb24) or a PNG sequence (frame_00000.png … in a folder).
//
//     AnimationWriter writer;
//     if (!writer.open(path, {ExportFormat::WebM, QSize(512, 512), 20.0, 0})) fail(writer.errorString());
//     for (const QImage &frame : frames) if (!writer.addFrame(frame)) …;
//     writer.finish();   // or writer.cancel()
//
// Every frame is shown for 1/fps s (a constant frame rate; the frames' own timestamps are
// ignored) and scaled to `size` if it differs. MP4/WebM need even sides: an odd size is rounded
// up to even (frameSize() says what is written). `plays` is the loop count GIF and APNG store
// (0: forever); the video formats have none.
//
// The file is written as `path`.part (a folder `path`.part/ for the PNG sequence) and renamed to
// `path` by finish(), so cancel(), a failure, or destroying the writer before finish() leaves
// nothing at `path` and removes the partial file. An existing file at `path` is replaced; an
// existing PNG folder must be empty.
//
// Blocking and CPU-bound: use it on a worker thread. One instance is not thread-safe; separate
// instances may run concurrently.
class AnimationWriter
{
public:
    struct Options
    {
        ExportFormat format = ExportFormat::Mp4;
        QSize size;
        double fps = 20;
        int plays = 0;
    };
    // A bound for frames read from anywhere (same as media::VideoFrameReader).
    static constexpr int MaxFrameSide = 8192;

    AnimationWriter();
    ~AnimationWriter();
    AnimationWriter(const AnimationWriter &) = delete;
    AnimationWriter &operator=(const AnimationWriter &) = delete;

    bool open(const QString &path, const Options &options);
    // Any QImage format (converted); any size (scaled to frameSize()).
    bool addFrame(const QImage &frame);
    // Any pixel format and size libswscale knows; the frame is referenced, not taken.
    bool addFrame(const AVFrame *frame);
    // Flushes the encoder, closes the file and renames it to the path given to open().
    bool finish();
    // Stops and removes the partial output. Safe to call at any time (also after a failure).
    void cancel();

    bool isOpen() const;
    QSize frameSize() const;
    int framesWritten() const;
    QString errorString() const { return m_error; }
    // What open() writes into before finish() renames it.
    static QString partialPath(const QString &path);

private:
    struct Codec;
    bool fail(const QString &message);
    bool avFail(const QString &what, int code);
    bool setUpFilter(const AVFrame *first);
    bool encodeFiltered();
    bool encode(AVFrame *frame);
    void release();
    void removePartial();

    std::unique_ptr<Codec> m_codec;
    QString m_path;
    QString m_error;
};

} // namespace sdanim::exports
