#include "export/ExportPipeline.h"

#include "export/AnimationWriter.h"
#include "export/FilterGraph.h"
#include "media/LibAv.h"

#include <QCoreApplication>
#include <QFile>

#include <cmath>
#include <memory>

namespace sdanim::exports {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("sdanim::exports::ExportPipeline", text); }

using media::LibAv;

struct FormatCloser { const LibAv *av; void operator()(AVFormatContext *c) const { if (c) av->avformat_close_input(&c); } };
struct CodecFreer { const LibAv *av; void operator()(AVCodecContext *c) const { av->avcodec_free_context(&c); } };
struct FrameFreer { const LibAv *av; void operator()(AVFrame *f) const { av->av_frame_free(&f); } };
struct PacketFreer { const LibAv *av; void operator()(AVPacket *p) const { av->av_packet_free(&p); } };
using FormatPtr = std::unique_ptr<AVFormatContext, FormatCloser>;

// A filter expression's number: no exponent, enough digits for any rate we accept.
QString number(double value) { return QString::number(value, 'f', 6); }

struct OpenedInput
{
    const LibAv *av = nullptr;
    FormatPtr format{nullptr, FormatCloser{nullptr}};
    int stream = -1;
    const AVCodec *codec = nullptr;
    QString error;
};

OpenedInput openInput(const QString &path)
{
    OpenedInput in;
    in.av = LibAv::system(&in.error);
    if (!in.av) return in;
    const LibAv *av = in.av;
    AVFormatContext *raw = nullptr;
    const QByteArray native = QFile::encodeName(path);
    if (av->avformat_open_input(&raw, native.constData(), nullptr, nullptr) < 0) {
        in.error = QCoreApplication::translate("sdanim::exports::ExportPipeline", "%1 cannot be opened as an animation or video.").arg(path);
        return in;
    }
    in.format = FormatPtr(raw, FormatCloser{av});
    if (av->avformat_find_stream_info(raw, nullptr) < 0) {
        in.error = QCoreApplication::translate("sdanim::exports::ExportPipeline", "%1 has no readable streams.").arg(path);
        return in;
    }
    in.stream = av->av_find_best_stream(raw, AVMEDIA_TYPE_VIDEO, -1, -1, &in.codec, 0);
    if (in.stream < 0 || !in.codec) {
        in.error = QCoreApplication::translate("sdanim::exports::ExportPipeline", "%1 has no video stream that can be decoded.").arg(path);
        return in;
    }
    const AVCodecParameters *par = raw->streams[in.stream]->codecpar;
    if (par->width <= 0 || par->height <= 0 || par->width > AnimationWriter::MaxFrameSide
        || par->height > AnimationWriter::MaxFrameSide)
        in.error = QCoreApplication::translate("sdanim::exports::ExportPipeline", "%1 has frames of %2×%3 pixels, outside the limit of %4 per side.")
                       .arg(path).arg(par->width).arg(par->height).arg(AnimationWriter::MaxFrameSide);
    return in;
}

AVRational sourceRate(const LibAv *av, AVFormatContext *format, AVStream *stream)
{
    const AVRational rate = av->av_guess_frame_rate(format, stream, nullptr);
    if (rate.num <= 0 || rate.den <= 0) return AVRational{10, 1};   // GIF's usual 100 ms when nothing says
    if (av_q2d(rate) > ExportSettings::MaxFps) return AVRational{int(ExportSettings::MaxFps), 1};
    return rate;
}

// Decodes `path` through the filter graph `filter` and hands every output frame to `sink` (which
// returns false to stop). Returns an error, or empty when the input or the graph ran out, or the
// sink or `cancel` stopped it.
QString decodeThrough(const QString &path, const QString &filter, const std::atomic_bool &cancel,
                      const std::function<bool(AVFrame *)> &sink, int *decodedFrames = nullptr)
{
    OpenedInput in = openInput(path);
    if (!in.error.isEmpty()) return in.error;
    const LibAv *av = in.av;
    AVStream *stream = in.format->streams[in.stream];
    const AVRational rate = sourceRate(av, in.format.get(), stream);
    std::unique_ptr<AVCodecContext, CodecFreer> decoder(av->avcodec_alloc_context3(in.codec), CodecFreer{av});
    if (!decoder || av->avcodec_parameters_to_context(decoder.get(), stream->codecpar) < 0)
        return QCoreApplication::translate("sdanim::exports::ExportPipeline", "%1 has no video stream that can be decoded.").arg(path);
    decoder->thread_count = 2;
    if (av->avcodec_open2(decoder.get(), in.codec, nullptr) < 0) return QCoreApplication::translate("sdanim::exports::ExportPipeline", "%1 has no video stream that can be decoded.").arg(path);
    std::unique_ptr<AVPacket, PacketFreer> packet(av->av_packet_alloc(), PacketFreer{av});
    std::unique_ptr<AVFrame, FrameFreer> frame(av->av_frame_alloc(), FrameFreer{av});
    std::unique_ptr<AVFrame, FrameFreer> filtered(av->av_frame_alloc(), FrameFreer{av});
    if (!packet || !frame || !filtered) return QCoreApplication::translate("sdanim::exports::ExportPipeline", "Out of memory while decoding %1.").arg(path);

    FilterGraph graph;
    QString error;
    int decoded = 0;
    // 0: keep going; 1: the graph or the sink has ended; -1: error (in `error`).
    auto drainGraph = [&]() -> int {
        for (;;) {
            const int rc = graph.pull(filtered.get());
            if (rc == AVERROR(EAGAIN)) return 0;
            if (rc == AVERROR_EOF) return 1;
            if (rc < 0) {
                error = QCoreApplication::translate("sdanim::exports::ExportPipeline", "Filtering failed: %1").arg(FilterGraph::avErrorText(rc));
                return -1;
            }
            const bool more = sink(filtered.get());
            av->av_frame_unref(filtered.get());
            if (!more || cancel.load()) return 1;
        }
    };
    auto feed = [&](AVFrame *decodedFrame) -> int {
        if (!graph.isBuilt()) {
            FilterGraph::Input input{decodedFrame->width, decodedFrame->height, decodedFrame->format,
                                     stream->time_base.num, stream->time_base.den, rate.num, rate.den};
            if (!graph.build(input, filter, &error)) return -1;
        }
        if (decodedFrame->width > AnimationWriter::MaxFrameSide || decodedFrame->height > AnimationWriter::MaxFrameSide) {
            error = QCoreApplication::translate("sdanim::exports::ExportPipeline", "%1 has a frame larger than %2 pixels per side.").arg(path).arg(AnimationWriter::MaxFrameSide);
            return -1;
        }
        decodedFrame->pts = decodedFrame->best_effort_timestamp;
        if (!graph.push(decodedFrame, &error)) return -1;
        return drainGraph();
    };
    auto receiveAll = [&]() -> int {
        for (;;) {
            const int rc = av->avcodec_receive_frame(decoder.get(), frame.get());
            if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF) return 0;
            if (rc < 0) return 0;   // a broken frame: skip it, as players do
            if (++decoded > ExportPipeline::MaxSourceFrames) {
                error = QCoreApplication::translate("sdanim::exports::ExportPipeline", "%1 has more than %2 frames.").arg(path).arg(ExportPipeline::MaxSourceFrames);
                return -1;
            }
            const int fed = feed(frame.get());
            av->av_frame_unref(frame.get());
            if (fed != 0) return fed;
        }
    };

    int state = 0;
    while (state == 0 && !cancel.load()) {
        const int read = av->av_read_frame(in.format.get(), packet.get());
        if (read < 0) break;
        if (packet->stream_index == in.stream && av->avcodec_send_packet(decoder.get(), packet.get()) >= 0)
            state = receiveAll();
        av->av_packet_unref(packet.get());
    }
    if (state == 0 && !cancel.load()) {
        av->avcodec_send_packet(decoder.get(), nullptr);
        state = receiveAll();
    }
    if (state == 0 && !cancel.load() && graph.isBuilt()) {
        if (!graph.push(nullptr, &error)) state = -1;
        else state = drainGraph();
    }
    if (decodedFrames) *decodedFrames = decoded;
    if (state < 0) return error;
    if (!graph.isBuilt() && !cancel.load()) return QCoreApplication::translate("sdanim::exports::ExportPipeline", "%1 has no frame that can be decoded.").arg(path);
    return {};
}

} // namespace

ExportPipeline::Source ExportPipeline::probe(const QString &path)
{
    Source source;
    OpenedInput in = openInput(path);
    if (!in.error.isEmpty()) {
        source.error = in.error;
        return source;
    }
    const LibAv *av = in.av;
    AVStream *stream = in.format->streams[in.stream];
    source.size = QSize(stream->codecpar->width, stream->codecpar->height);
    source.fps = av_q2d(sourceRate(av, in.format.get(), stream));
    std::unique_ptr<AVPacket, PacketFreer> packet(av->av_packet_alloc(), PacketFreer{av});
    while (packet && av->av_read_frame(in.format.get(), packet.get()) >= 0) {
        if (packet->stream_index == in.stream && ++source.frameCount > MaxSourceFrames) {
            source.error = tr("%1 has more than %2 frames.").arg(path).arg(MaxSourceFrames);
            break;
        }
        av->av_packet_unref(packet.get());
    }
    if (source.error.isEmpty() && source.frameCount == 0) source.error = tr("%1 has no frames.").arg(path);
    return source;
}

ExportPipeline::Plan ExportPipeline::plan(const Source &source, const ExportSettings &s)
{
    Plan p;
    if (!source.error.isEmpty()) {
        p.error = source.error;
        return p;
    }
    if (const QString invalid = s.validationError(); !invalid.isEmpty()) {
        p.error = invalid;
        return p;
    }
    const int n = source.frameCount;
    const int first = s.trimStart;
    const int end = s.trimEnd < 0 ? n : std::min(s.trimEnd, n);
    if (first >= n) {
        p.error = tr("The trim starts at frame %1, but the source has only %2 frames (0 to %3).").arg(first).arg(n).arg(n - 1);
        return p;
    }
    p.sourceFrames = end - first;
    QSize size(std::max(1, int(std::lround(source.size.width() * s.scale))), std::max(1, int(std::lround(source.size.height() * s.scale))));
    if (s.format == ExportFormat::Mp4 || s.format == ExportFormat::WebM)
        size = QSize((size.width() + 1) / 2 * 2, (size.height() + 1) / 2 * 2);
    if (size.width() > AnimationWriter::MaxFrameSide || size.height() > AnimationWriter::MaxFrameSide) {
        p.error = tr("Scaled to %1×%2 the frames would exceed %3 pixels per side.").arg(size.width()).arg(size.height()).arg(AnimationWriter::MaxFrameSide);
        return p;
    }
    p.size = size;

    QStringList chain;
    if (first > 0 || end < n) chain << QStringLiteral("trim=start_frame=%1:end_frame=%2").arg(first).arg(end);
    if (size != source.size) chain << QStringLiteral("scale=%1:%2:flags=bicubic").arg(size.width()).arg(size.height());
    int frames = p.sourceFrames;
    const double in = source.fps;
    if (s.interpolation != Interpolation::None) {
        const double out = s.fps > 0 ? s.fps : 2 * in;
        if (out <= in + 1e-9) {
            p.error = tr("Interpolation needs a higher frame rate than the source's %1 fps.").arg(in, 0, 'g', 4);
            return p;
        }
        p.fps = out;
        frames = int(std::floor((frames - 1) * out / in + 1e-6)) + 1;
        // Even timestamps first (a GIF's delays are in 1/100 s and its last one may differ).
        chain << QStringLiteral("setpts=N/(%1*TB)").arg(number(in)) << QStringLiteral("tpad=stop_mode=clone:stop=2");
        if (s.interpolation == Interpolation::MotionCompensated)
            chain << QStringLiteral("minterpolate=fps=%1:mi_mode=mci:%2").arg(number(out),
                         s.quality == InterpolationQuality::High ? QStringLiteral("mc_mode=aobmc:me_mode=bidir:vsbmc=1")
                                                                 : QStringLiteral("mc_mode=obmc:me_mode=bilat:me=epzs"));
        else
            chain << QStringLiteral("framerate=fps=%1").arg(number(out));
        // By count, not by time: trim's end time is rounded to the link's time base.
        chain << QStringLiteral("trim=end_frame=%1").arg(frames);
    } else {
        p.fps = s.fps > 0 ? s.fps : in;
    }
    const qint64 frameBytes = qint64(size.width()) * size.height() * 4;
    QString description = chain.join(QLatin1Char(','));
    if (s.pingPong) {
        if (frames < 3) {
            p.error = tr("Ping-pong needs at least 3 frames.");
            return p;
        }
        if (qint64(frames) * frameBytes > MaxBufferedBytes) {
            p.error = tr("Ping-pong holds the clip in memory: %1 frames of %2×%3 exceed %4 MB. Trim or scale it first.")
                          .arg(frames).arg(size.width()).arg(size.height()).arg(MaxBufferedBytes >> 20);
            return p;
        }
        description += (description.isEmpty() ? QString() : QStringLiteral(","))
                       + QStringLiteral("split[pf][pr];[pr]trim=start_frame=1,reverse,trim=start_frame=1[prr];"
                                        "[pf][prr]concat=n=2:v=1:a=0");
        frames = 2 * frames - 2;
    }
    if (s.plays > 1 && !ExportSettings::loopsInContainer(s.format)) {
        // The loop filter's buffer is counted in int16 frames.
        if (frames > 32767 || qint64(frames) * frameBytes > MaxBufferedBytes) {
            p.error = tr("Repeating the clip holds it in memory: %1 frames of %2×%3 exceed the limit of %4 MB. Trim or scale it first.")
                          .arg(frames).arg(size.width()).arg(size.height()).arg(MaxBufferedBytes >> 20);
            return p;
        }
        description += (description.isEmpty() ? QString() : QStringLiteral(","))
                       + QStringLiteral("loop=loop=%1:size=%2:start=0").arg(s.plays - 1).arg(frames);
        frames *= s.plays;
    }
    if (frames > MaxOutputFrames) {
        p.error = tr("The export would have %1 frames, more than the limit of %2.").arg(frames).arg(MaxOutputFrames);
        return p;
    }
    p.outputFrames = frames;
    p.filter = description;
    return p;
}

ExportPipeline::Result ExportPipeline::run(const QString &sourcePath, const ExportSettings &settings, const QString &outPath,
                                           const std::atomic_bool &cancel, const Progress &progress)
{
    Result result;
    const Plan p = plan(probe(sourcePath), settings);
    if (!p.error.isEmpty()) {
        result.error = p.error;
        return result;
    }
    AnimationWriter writer;
    if (!writer.open(outPath, {settings.format, p.size, p.fps, settings.plays})) {
        result.error = writer.errorString();
        return result;
    }
    result.size = writer.frameSize();
    result.fps = p.fps;
    QString writeError;
    int written = 0;
    if (progress) progress(0, p.outputFrames);
    const QString error = decodeThrough(sourcePath, p.filter, cancel, [&](AVFrame *frame) {
        if (!writer.addFrame(frame)) {
            writeError = writer.errorString();
            return false;
        }
        ++written;
        if (progress) progress(written, p.outputFrames);
        return true;
    });
    result.frames = written;
    if (cancel.load()) {
        writer.cancel();
        result.canceled = true;
        result.error = tr("Export canceled.");
        return result;
    }
    result.error = !writeError.isEmpty() ? writeError : error;
    if (result.error.isEmpty() && !writer.finish()) result.error = writer.errorString();
    if (!result.error.isEmpty()) writer.cancel();
    return result;
}

QList<QImage> ExportPipeline::preview(const QString &sourcePath, const ExportSettings &settings, int count,
                                      const std::atomic_bool &cancel, QString *error)
{
    const Source source = probe(sourcePath);
    ExportSettings s = settings;
    s.pingPong = false;
    s.plays = 1;
    if (s.interpolation != Interpolation::None) {
        // Enough source frames for `count` output frames (plus the pair minterpolate looks ahead).
        const double ratio = (s.fps > 0 ? s.fps : 2 * source.fps) / std::max(1.0, source.fps);
        const int needed = int(std::ceil((count - 1) / std::max(1.0, ratio))) + 2;
        const int end = s.trimEnd < 0 ? source.frameCount : s.trimEnd;
        s.trimEnd = std::min(end, s.trimStart + needed);
    }
    const Plan p = plan(source, s);
    QList<QImage> frames;
    if (!p.error.isEmpty()) {
        if (error) *error = p.error;
        return frames;
    }
    const LibAv *av = LibAv::system(error);   // loaded by probe(), which succeeded
    if (!av) return frames;
    const QString filter = (p.filter.isEmpty() ? QString() : p.filter + QLatin1Char(','))
                           + QStringLiteral("format=%1").arg(QString::fromLatin1(av->av_get_pix_fmt_name(AV_PIX_FMT_RGB32)));
    const QString failure = decodeThrough(sourcePath, filter, cancel, [&](AVFrame *frame) {
        // AV_PIX_FMT_RGB32 is QImage's ARGB32 layout; copy() detaches from the frame's buffer.
        frames << QImage(frame->data[0], frame->width, frame->height, frame->linesize[0], QImage::Format_ARGB32).copy();
        return frames.size() < count;
    });
    if (error) *error = failure;
    return frames;
}

} // namespace sdanim::exports
