#include "emulator/render/Mp4Encoder.h"

#include "media/LibAv.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <mutex>

namespace sdanim::emulator {

Mp4Encoder::~Mp4Encoder() { release(); }

bool Mp4Encoder::avFailed(const QString &what, int code)
{
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    m_av->av_strerror(code, buffer, sizeof buffer);
    return fail(tr("%1: %2").arg(what, QString::fromUtf8(buffer)));
}

void Mp4Encoder::release()
{
    if (!m_av) return;   // never opened: nothing of libav's to free
    m_av->sws_freeContext(m_scaler);
    m_scaler = nullptr;
    m_av->av_packet_free(&m_packet);
    m_av->av_frame_free(&m_frame);
    m_av->avcodec_free_context(&m_codec);
    if (m_format) {
        if (m_format->pb)
            m_av->avio_closep(&m_format->pb);
        m_av->avformat_free_context(m_format);
        m_format = nullptr;
    }
    m_stream = nullptr;
    m_headerWritten = false;
}

bool Mp4Encoder::open(const QString &path, int width, int height, int fps)
{
    // libx264 and the mp4 muxer print statistics and settings at info level on every file; only
    // real errors belong on the stderr of tests, the emulator and the app. Process-wide, set once.
    release();
    QString unavailable;
    if (!m_av && !(m_av = media::LibAv::system(&unavailable))) return fail(unavailable);
    static std::once_flag quietFfmpeg;
    std::call_once(quietFfmpeg, [av = m_av] { av->av_log_set_level(AV_LOG_ERROR); });
    if (width % 2 || height % 2)
        return fail(tr("MP4 (yuv420p) needs an even width and height, got %1x%2").arg(width).arg(height));
    const QByteArray fileName = QFile::encodeName(path);
    int rc = m_av->avformat_alloc_output_context2(&m_format, nullptr, "mp4", fileName.constData());
    if (rc < 0 || !m_format)
        return avFailed(tr("Cannot set up the MP4 muxer"), rc);

    const AVCodec *codec = m_av->avcodec_find_encoder_by_name("libx264");
    if (!codec)
        codec = m_av->avcodec_find_encoder(AV_CODEC_ID_MPEG4);
    if (!codec)
        return fail(tr("FFmpeg has neither a libx264 nor an MPEG-4 encoder"));

    m_stream = m_av->avformat_new_stream(m_format, nullptr);
    m_codec = m_av->avcodec_alloc_context3(codec);
    if (!m_stream || !m_codec)
        return fail(tr("Out of memory for the MP4 encoder"));
    m_codec->width = width;
    m_codec->height = height;
    m_codec->pix_fmt = AV_PIX_FMT_YUV420P;
    m_codec->time_base = AVRational{1, fps};
    m_codec->framerate = AVRational{fps, 1};
    m_codec->gop_size = std::max(fps, 10);
    m_codec->color_range = AVCOL_RANGE_MPEG;
    m_codec->colorspace = AVCOL_SPC_SMPTE170M;
    // The emulator renders on shared CI cores; two threads keep it quick without hogging them.
    m_codec->thread_count = 2;
    if (m_format->oformat->flags & AVFMT_GLOBALHEADER)
        m_codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if (codec->id == AV_CODEC_ID_H264) {
        m_av->av_opt_set(m_codec->priv_data, "preset", "veryfast", 0);
        m_av->av_opt_set(m_codec->priv_data, "crf", "23", 0);
    } else {
        m_codec->flags |= AV_CODEC_FLAG_QSCALE;
        m_codec->global_quality = FF_QP2LAMBDA * 4;
    }
    if ((rc = m_av->avcodec_open2(m_codec, codec, nullptr)) < 0)
        return avFailed(tr("Cannot open the %1 encoder").arg(QString::fromUtf8(codec->name)), rc);
    if ((rc = m_av->avcodec_parameters_from_context(m_stream->codecpar, m_codec)) < 0)
        return avFailed(tr("Cannot configure the MP4 stream"), rc);
    m_stream->time_base = m_codec->time_base;
    m_stream->avg_frame_rate = m_codec->framerate;

    if ((rc = m_av->avio_open(&m_format->pb, fileName.constData(), AVIO_FLAG_WRITE)) < 0)
        return avFailed(tr("Cannot create MP4 file %1").arg(path), rc);
    AVDictionary *options = nullptr;
    m_av->av_dict_set(&options, "movflags", "+faststart", 0);
    rc = m_av->avformat_write_header(m_format, &options);
    m_av->av_dict_free(&options);
    if (rc < 0)
        return avFailed(tr("Cannot write the MP4 header"), rc);
    m_headerWritten = true;

    m_frame = m_av->av_frame_alloc();
    m_packet = m_av->av_packet_alloc();
    if (!m_frame || !m_packet)
        return fail(tr("Out of memory for the MP4 encoder"));
    m_frame->format = AV_PIX_FMT_YUV420P;
    m_frame->width = width;
    m_frame->height = height;
    if ((rc = m_av->av_frame_get_buffer(m_frame, 0)) < 0)
        return avFailed(tr("Cannot allocate an MP4 frame"), rc);
    // AV_PIX_FMT_RGB32 is native-endian 0xAARRGGBB, exactly QImage::Format_RGB32.
    m_scaler = m_av->sws_getContext(width, height, AV_PIX_FMT_RGB32, width, height, AV_PIX_FMT_YUV420P,
                              SWS_BILINEAR, nullptr, nullptr, nullptr);
    if (!m_scaler)
        return fail(tr("Cannot set up the RGB to YUV conversion"));
    m_nextPts = 0;
    return true;
}

bool Mp4Encoder::drain(bool flushing)
{
    for (;;) {
        const int rc = m_av->avcodec_receive_packet(m_codec, m_packet);
        if (rc == AVERROR(EAGAIN) || (flushing && rc == AVERROR_EOF))
            return true;
        if (rc < 0)
            return avFailed(tr("MP4 encoding failed"), rc);
        m_av->av_packet_rescale_ts(m_packet, m_codec->time_base, m_stream->time_base);
        m_packet->stream_index = m_stream->index;
        const int written = m_av->av_interleaved_write_frame(m_format, m_packet);
        if (written < 0)
            return avFailed(tr("Cannot write to the MP4 file"), written);
    }
}

bool Mp4Encoder::addFrame(const QImage &frame)
{
    if (!m_headerWritten || !m_scaler)
        return fail(tr("MP4 encoder is not open"));
    if (frame.width() != m_codec->width || frame.height() != m_codec->height
        || frame.format() != QImage::Format_RGB32)
        return fail(tr("MP4 frame has the wrong size or format"));
    int rc = m_av->av_frame_make_writable(m_frame);
    if (rc < 0)
        return avFailed(tr("Cannot reuse the MP4 frame"), rc);
    const uint8_t *source[1] = {frame.constBits()};
    const int stride[1] = {int(frame.bytesPerLine())};
    m_av->sws_scale(m_scaler, source, stride, 0, frame.height(), m_frame->data, m_frame->linesize);
    m_frame->pts = m_nextPts++;
    if ((rc = m_av->avcodec_send_frame(m_codec, m_frame)) < 0)
        return avFailed(tr("MP4 encoding failed"), rc);
    return drain(false);
}

bool Mp4Encoder::finish()
{
    if (!m_headerWritten)
        return fail(tr("MP4 encoder is not open"));
    int rc = m_av->avcodec_send_frame(m_codec, nullptr);
    if (rc < 0)
        return avFailed(tr("MP4 encoding failed"), rc);
    if (!drain(true))
        return false;
    if ((rc = m_av->av_write_trailer(m_format)) < 0)
        return avFailed(tr("Cannot finish the MP4 file"), rc);
    m_headerWritten = false;
    m_av->avio_closep(&m_format->pb);
    release();
    return true;
}

} // namespace sdanim::emulator
