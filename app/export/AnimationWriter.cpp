#include "export/AnimationWriter.h"

#include "export/FilterGraph.h"
#include "media/LibAv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <mutex>

namespace sdanim::exports {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("sdanim::exports::AnimationWriter", text); }

struct Target
{
    const char *muxer;
    const char *encoder;
    AVPixelFormat pixelFormat;
};

Target targetFor(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Gif: return {"gif", "gif", AV_PIX_FMT_PAL8};
    case ExportFormat::Mp4: return {"mp4", "libx264", AV_PIX_FMT_YUV420P};
    case ExportFormat::WebM: return {"webm", "libvpx-vp9", AV_PIX_FMT_YUV420P};
    case ExportFormat::Apng: return {"apng", "apng", AV_PIX_FMT_RGB24};
    case ExportFormat::PngSequence: return {"image2", "png", AV_PIX_FMT_RGB24};
    }
    return {"mp4", "libx264", AV_PIX_FMT_YUV420P};
}

} // namespace

struct AnimationWriter::Codec
{
    explicit Codec(const media::LibAv *loaded) : av(loaded) {}
    const media::LibAv *av;
    Options options;
    QString partial;
    AVFormatContext *format = nullptr;
    AVCodecContext *encoder = nullptr;
    AVStream *stream = nullptr;
    AVPacket *packet = nullptr;
    AVFrame *filtered = nullptr;
    FilterGraph graph;
    FilterGraph::Input graphInput;
    AVRational timeBase{1, 20};
    qint64 inputPts = 0;
    qint64 outputPts = 0;
    bool headerWritten = false;
    bool trailerWritten = false;

    ~Codec()
    {
        // A muxer may hold packets until its trailer (FFmpeg 5.1's GIF muxer keeps the previous
        // frame's packet and frees it only there; LeakSanitizer caught it on a cancelled stitch):
        // a file closed early still gets its trailer, and is then removed as a partial file.
        if (format && headerWritten && !trailerWritten) av->av_write_trailer(format);
        av->av_packet_free(&packet);
        av->av_frame_free(&filtered);
        av->avcodec_free_context(&encoder);
        if (format) {
            if (format->pb) av->avio_closep(&format->pb);
            av->avformat_free_context(format);
        }
    }
};

AnimationWriter::AnimationWriter() = default;

AnimationWriter::~AnimationWriter() { cancel(); }

QString AnimationWriter::partialPath(const QString &path) { return path + QStringLiteral(".part"); }

bool AnimationWriter::isOpen() const { return bool(m_codec); }

QSize AnimationWriter::frameSize() const { return m_codec ? m_codec->options.size : QSize(); }

int AnimationWriter::framesWritten() const { return m_codec ? int(m_codec->outputPts) : 0; }

bool AnimationWriter::fail(const QString &message)
{
    m_error = message;
    cancel();
    return false;
}

bool AnimationWriter::avFail(const QString &what, int code)
{
    return fail(QStringLiteral("%1: %2").arg(what, FilterGraph::avErrorText(code)));
}

void AnimationWriter::release() { m_codec.reset(); }

void AnimationWriter::removePartial()
{
    if (m_path.isEmpty()) return;
    const QString partial = partialPath(m_path);
    if (QFileInfo(partial).isDir()) QDir(partial).removeRecursively();
    else QFile::remove(partial);
}

void AnimationWriter::cancel()
{
    release();   // closes the file before it goes
    removePartial();
    m_path.clear();
}

bool AnimationWriter::open(const QString &givenPath, const Options &requested)
{
    // "frames/" names the folder itself: its .part must sit beside it, not inside.
    const QString path = QDir::cleanPath(givenPath);
    cancel();
    m_error.clear();
    QString unavailable;
    const media::LibAv *av = media::LibAv::system(&unavailable);
    if (!av) return fail(unavailable);
    // Encoders and muxers print statistics at info level on every file; only errors belong on stderr.
    static std::once_flag quiet;
    std::call_once(quiet, [av] { if (av->av_log_get_level() > AV_LOG_ERROR) av->av_log_set_level(AV_LOG_ERROR); });
    Options options = requested;
    if (options.size.isEmpty() || options.size.width() > MaxFrameSide || options.size.height() > MaxFrameSide)
        return fail(tr("The frame size %1×%2 is outside 1 to %3 pixels per side.")
                        .arg(options.size.width()).arg(options.size.height()).arg(MaxFrameSide));
    if (!(options.fps > 0 && options.fps <= ExportSettings::MaxFps))
        return fail(tr("The frame rate must be between 1 and %1 frames per second.").arg(ExportSettings::MaxFps));
    const Target target = targetFor(options.format);
    if (target.pixelFormat == AV_PIX_FMT_YUV420P)
        options.size = QSize((options.size.width() + 1) / 2 * 2, (options.size.height() + 1) / 2 * 2);

    const bool sequence = options.format == ExportFormat::PngSequence;
    if (sequence && QFileInfo(path).isDir() && !QDir(path).isEmpty())
        return fail(tr("The folder %1 exists and is not empty.").arg(QDir::toNativeSeparators(path)));
    if (!sequence && QFileInfo(path).isDir())
        return fail(tr("%1 is a folder.").arg(QDir::toNativeSeparators(path)));
    m_path = path;
    removePartial();
    auto codec = std::make_unique<Codec>(av);
    codec->options = options;
    codec->partial = partialPath(path);
    QString muxTarget = codec->partial;
    if (sequence) {
        if (!QDir().mkpath(codec->partial))
            return fail(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(codec->partial)));
        // image2 reads the name as a pattern: a literal % in the folder's name must be doubled.
        muxTarget = QString(codec->partial).replace(QLatin1Char('%'), QStringLiteral("%%")) + QStringLiteral("/frame_%05d.png");
    }
    const QByteArray muxName = QFile::encodeName(muxTarget);
    int rc = av->avformat_alloc_output_context2(&codec->format, nullptr, target.muxer, muxName.constData());
    if (rc < 0 || !codec->format) return avFail(tr("Cannot set up the %1 muxer").arg(QString::fromLatin1(target.muxer)), rc);
    const AVCodec *encoderCodec = av->avcodec_find_encoder_by_name(target.encoder);
    if (!encoderCodec) return fail(tr("This FFmpeg has no %1 encoder.").arg(QString::fromLatin1(target.encoder)));
    codec->stream = av->avformat_new_stream(codec->format, nullptr);
    codec->encoder = av->avcodec_alloc_context3(encoderCodec);
    codec->packet = av->av_packet_alloc();
    codec->filtered = av->av_frame_alloc();
    if (!codec->stream || !codec->encoder || !codec->packet || !codec->filtered) return fail(tr("Out of memory for the encoder."));

    const AVRational rate = av->av_d2q(options.fps, 100000);
    codec->timeBase = av_inv_q(rate);
    AVCodecContext *enc = codec->encoder;
    enc->width = options.size.width();
    enc->height = options.size.height();
    enc->pix_fmt = target.pixelFormat;
    enc->time_base = codec->timeBase;
    enc->framerate = rate;
    enc->sample_aspect_ratio = AVRational{1, 1};
    // Two threads: exports share the machine with the preview and the other cores' work.
    enc->thread_count = 2;
    if (codec->format->oformat->flags & AVFMT_GLOBALHEADER) enc->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if (options.format == ExportFormat::Mp4) {
        enc->gop_size = std::max(10, int(options.fps));
        av->av_opt_set(enc->priv_data, "preset", "veryfast", 0);
        av->av_opt_set(enc->priv_data, "crf", "20", 0);
    } else if (options.format == ExportFormat::WebM) {
        // Constant quality (crf with no bitrate cap); cpu-used 5 with row threading is about 10x the
        // default's speed at a small loss, the trade an offline re-export of a preview-sized clip wants.
        enc->gop_size = std::max(10, int(options.fps));
        enc->bit_rate = 0;
        av->av_opt_set(enc->priv_data, "crf", "32", 0);
        av->av_opt_set(enc->priv_data, "deadline", "good", 0);
        av->av_opt_set(enc->priv_data, "cpu-used", "5", 0);
        av->av_opt_set(enc->priv_data, "row-mt", "1", 0);
    }
    if ((rc = av->avcodec_open2(enc, encoderCodec, nullptr)) < 0)
        return avFail(tr("Cannot open the %1 encoder").arg(QString::fromLatin1(target.encoder)), rc);
    if ((rc = av->avcodec_parameters_from_context(codec->stream->codecpar, enc)) < 0)
        return avFail(tr("Cannot configure the output stream"), rc);
    codec->stream->time_base = enc->time_base;
    codec->stream->avg_frame_rate = rate;
    codec->stream->r_frame_rate = rate;

    if (!(codec->format->oformat->flags & AVFMT_NOFILE) && (rc = av->avio_open(&codec->format->pb, muxName.constData(), AVIO_FLAG_WRITE)) < 0)
        return avFail(tr("Cannot create %1").arg(QDir::toNativeSeparators(codec->partial)), rc);
    AVDictionary *muxOptions = nullptr;
    if (options.format == ExportFormat::Mp4) av->av_dict_set(&muxOptions, "movflags", "+faststart", 0);
    // GIF's NETSCAPE extension counts repeats after the first play (-1: none); APNG counts plays.
    if (options.format == ExportFormat::Gif)
        av->av_dict_set_int(&muxOptions, "loop", options.plays == 0 ? 0 : (options.plays == 1 ? -1 : options.plays - 1), 0);
    if (options.format == ExportFormat::Apng) av->av_dict_set_int(&muxOptions, "plays", options.plays, 0);
    rc = av->avformat_write_header(codec->format, &muxOptions);
    av->av_dict_free(&muxOptions);
    if (rc < 0) return avFail(tr("Cannot write the file header"), rc);
    codec->headerWritten = true;
    m_codec = std::move(codec);
    return true;
}

bool AnimationWriter::setUpFilter(const AVFrame *first)
{
    Codec &c = *m_codec;
    const media::LibAv *av = c.av;
    if (first->width <= 0 || first->height <= 0 || first->width > MaxFrameSide || first->height > MaxFrameSide)
        return fail(tr("A frame of %1×%2 pixels is outside the limit of %3 per side.").arg(first->width).arg(first->height).arg(MaxFrameSide));
    if (c.graph.isBuilt()) {
        // A frame of another size or format: drain the graph for the old one, then build anew.
        QString error;
        if (!c.graph.push(nullptr, &error)) return fail(error);
        if (!encodeFiltered()) return false;
    }
    c.graphInput = {first->width, first->height, first->format, c.timeBase.num, c.timeBase.den, c.timeBase.den, c.timeBase.num};
    const QString scale = QStringLiteral("scale=%1:%2:flags=bicubic").arg(c.options.size.width()).arg(c.options.size.height());
    QString description;
    if (c.options.format == ExportFormat::Gif)
        // One palette per frame (stats_mode=single, new=1): the model's frames change colour as they
        // morph, and a per-frame palette needs no pass over the whole file first (bounded memory).
        description = scale + QStringLiteral(",split[a][b];[a]palettegen=stats_mode=single:reserve_transparent=0[p];"
                                             "[b][p]paletteuse=new=1:dither=sierra2_4a");
    else
        description = scale + QStringLiteral(",format=%1").arg(QString::fromLatin1(av->av_get_pix_fmt_name(c.encoder->pix_fmt)));
    QString error;
    if (!c.graph.build(c.graphInput, description, &error)) return fail(error);
    return true;
}

bool AnimationWriter::addFrame(const AVFrame *frame)
{
    if (!m_codec) return fail(m_error.isEmpty() ? tr("The writer is not open.") : m_error);
    Codec &c = *m_codec;
    const media::LibAv *av = c.av;
    if (!frame) return fail(tr("No frame to add."));
    if (!c.graph.isBuilt() || frame->width != c.graphInput.width || frame->height != c.graphInput.height
        || frame->format != c.graphInput.pixelFormat)
        if (!setUpFilter(frame)) return false;
    AVFrame *input = av->av_frame_clone(frame);
    if (!input) return fail(tr("Out of memory for the encoder."));
    input->pts = c.inputPts++;
    QString error;
    const bool pushed = m_codec->graph.push(input, &error);
    av->av_frame_free(&input);
    if (!pushed) return fail(error);
    return encodeFiltered();
}

bool AnimationWriter::addFrame(const QImage &image)
{
    if (!m_codec) return fail(m_error.isEmpty() ? tr("The writer is not open.") : m_error);
    const media::LibAv *av = m_codec->av;
    if (image.isNull()) return fail(tr("No frame to add."));
    // AV_PIX_FMT_RGB32 is native-endian 0xAARRGGBB, exactly QImage's ARGB32/RGB32 layout.
    const QImage argb = (image.format() == QImage::Format_ARGB32 || image.format() == QImage::Format_RGB32)
                            ? image : image.convertToFormat(QImage::Format_ARGB32);
    AVFrame *frame = av->av_frame_alloc();
    if (!frame) return fail(tr("Out of memory for the encoder."));
    frame->format = AV_PIX_FMT_RGB32;
    frame->width = argb.width();
    frame->height = argb.height();
    // Not reference-counted: av_frame_clone in addFrame(AVFrame) copies the pixels.
    frame->data[0] = const_cast<uint8_t *>(argb.constBits());
    frame->linesize[0] = int(argb.bytesPerLine());
    const bool ok = addFrame(static_cast<const AVFrame *>(frame));
    av->av_frame_free(&frame);
    return ok;
}

bool AnimationWriter::encodeFiltered()
{
    Codec &c = *m_codec;
    const media::LibAv *av = c.av;
    for (;;) {
        const int rc = c.graph.pull(c.filtered);
        if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF) return true;
        if (rc < 0) return avFail(tr("Filtering failed"), rc);
        c.filtered->pts = c.outputPts++;
        c.filtered->pict_type = AV_PICTURE_TYPE_NONE;
        if (!encode(c.filtered)) return false;   // the writer is released then, and the frame with it
        av->av_frame_unref(c.filtered);
    }
}

bool AnimationWriter::encode(AVFrame *frame)
{
    Codec &c = *m_codec;
    const media::LibAv *av = c.av;
    int rc = av->avcodec_send_frame(c.encoder, frame);
    if (rc < 0) return avFail(tr("Encoding failed"), rc);
    for (;;) {
        rc = av->avcodec_receive_packet(c.encoder, c.packet);
        if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF) return true;
        if (rc < 0) return avFail(tr("Encoding failed"), rc);
        if (c.packet->duration <= 0) c.packet->duration = 1;
        av->av_packet_rescale_ts(c.packet, c.encoder->time_base, c.stream->time_base);
        c.packet->stream_index = c.stream->index;
        if ((rc = av->av_interleaved_write_frame(c.format, c.packet)) < 0) return avFail(tr("Cannot write the file"), rc);
    }
}

bool AnimationWriter::finish()
{
    if (!m_codec) return fail(m_error.isEmpty() ? tr("The writer is not open.") : m_error);
    Codec &c = *m_codec;
    const media::LibAv *av = c.av;
    if (c.outputPts == 0 && !c.graph.isBuilt()) return fail(tr("There are no frames to write."));
    QString error;
    if (!c.graph.push(nullptr, &error)) return fail(error);
    if (!encodeFiltered() || !encode(nullptr)) return false;
    int rc = av->av_write_trailer(m_codec->format);
    m_codec->trailerWritten = true;
    if (rc < 0) return avFail(tr("Cannot finish the file"), rc);
    const bool sequence = m_codec->options.format == ExportFormat::PngSequence;
    release();
    const QString partial = partialPath(m_path);
    bool moved;
    if (sequence) {
        if (QFileInfo(m_path).isDir()) QDir().rmdir(m_path);   // empty, checked by open()
        moved = QDir().rename(partial, m_path);
    } else {
        QFile::remove(m_path);
        moved = QFile::rename(partial, m_path);
    }
    if (!moved) return fail(tr("Cannot write %1.").arg(QDir::toNativeSeparators(m_path)));
    m_path.clear();
    return true;
}

} // namespace sdanim::exports
