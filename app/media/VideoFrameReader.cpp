#include "media/VideoFrameReader.h"

#include "media/LibAv.h"

#include <QCoreApplication>
#include <QFile>

#include <memory>
#include <mutex>

namespace sdanim::media {

namespace {

QImage failWith(QString *error, const QString &message)
{
    if (error) *error = message;
    return {};
}

struct FormatCloser { const LibAv *av; void operator()(AVFormatContext *c) const { av->avformat_close_input(&c); } };
struct CodecFreer { const LibAv *av; void operator()(AVCodecContext *c) const { av->avcodec_free_context(&c); } };
struct FrameFreer { const LibAv *av; void operator()(AVFrame *f) const { av->av_frame_free(&f); } };
struct PacketFreer { const LibAv *av; void operator()(AVPacket *p) const { av->av_packet_free(&p); } };
struct ScalerFreer { const LibAv *av; void operator()(SwsContext *s) const { av->sws_freeContext(s); } };

QImage toImage(const LibAv *av, const AVFrame *frame, QSize bound, QString *error)
{
    QSize target(frame->width, frame->height);
    if (bound.isValid() && (target.width() > bound.width() || target.height() > bound.height()))
        target = target.scaled(bound, Qt::KeepAspectRatio);
    target = target.expandedTo(QSize(1, 1));
    std::unique_ptr<SwsContext, ScalerFreer> scaler(
        av->sws_getContext(frame->width, frame->height, AVPixelFormat(frame->format), target.width(), target.height(),
                       AV_PIX_FMT_RGB32, SWS_AREA, nullptr, nullptr, nullptr), ScalerFreer{av});
    if (!scaler) return failWith(error, QCoreApplication::translate("sdanim::media::VideoFrameReader", "The video's pixel format cannot be converted."));
    QImage image(target, QImage::Format_RGB32);
    uint8_t *planes[4] = {image.bits(), nullptr, nullptr, nullptr};
    int strides[4] = {int(image.bytesPerLine()), 0, 0, 0};
    av->sws_scale(scaler.get(), frame->data, frame->linesize, 0, frame->height, planes, strides);
    return image;
}

} // namespace

QImage VideoFrameReader::firstFrame(const QString &path, QSize bound, QString *error)
{
    QString unavailable;
    const LibAv *av = LibAv::system(&unavailable);
    if (!av) return failWith(error, unavailable);
    // Corrupt files are expected here (a half-downloaded run); they fail with a message, not noise.
    static std::once_flag quiet;
    std::call_once(quiet, [av] { if (av->av_log_get_level() > AV_LOG_ERROR) av->av_log_set_level(AV_LOG_ERROR); });
    AVFormatContext *rawFormat = nullptr;
    const QByteArray nativePath = QFile::encodeName(path);
    if (av->avformat_open_input(&rawFormat, nativePath.constData(), nullptr, nullptr) < 0)
        return failWith(error, QCoreApplication::translate("sdanim::media::VideoFrameReader", "%1 cannot be opened as a video.").arg(path));
    std::unique_ptr<AVFormatContext, FormatCloser> format(rawFormat, FormatCloser{av});
    if (av->avformat_find_stream_info(format.get(), nullptr) < 0)
        return failWith(error, QCoreApplication::translate("sdanim::media::VideoFrameReader", "%1 has no readable streams.").arg(path));
    const AVCodec *codec = nullptr;
    const int streamIndex = av->av_find_best_stream(format.get(), AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
    if (streamIndex < 0 || !codec) return failWith(error, QCoreApplication::translate("sdanim::media::VideoFrameReader", "%1 has no video stream that can be decoded.").arg(path));
    const AVCodecParameters *parameters = format->streams[streamIndex]->codecpar;
    if (parameters->width <= 0 || parameters->height <= 0 || parameters->width > MaxFrameSide
        || parameters->height > MaxFrameSide)
        return failWith(error, QCoreApplication::translate("sdanim::media::VideoFrameReader", "%1 has frames of %2×%3 pixels, outside the limit of %4 per side.")
                                   .arg(path).arg(parameters->width).arg(parameters->height).arg(MaxFrameSide));
    std::unique_ptr<AVCodecContext, CodecFreer> decoder(av->avcodec_alloc_context3(codec), CodecFreer{av});
    if (!decoder || av->avcodec_parameters_to_context(decoder.get(), parameters) < 0)
        return failWith(error, QCoreApplication::translate("sdanim::media::VideoFrameReader", "%1 has no video stream that can be decoded.").arg(path));
    decoder->thread_count = 1;  // a thumbnail: the preview's own decoding keeps the other cores
    if (av->avcodec_open2(decoder.get(), codec, nullptr) < 0)
        return failWith(error, QCoreApplication::translate("sdanim::media::VideoFrameReader", "%1 has no video stream that can be decoded.").arg(path));

    std::unique_ptr<AVPacket, PacketFreer> packet(av->av_packet_alloc(), PacketFreer{av});
    std::unique_ptr<AVFrame, FrameFreer> frame(av->av_frame_alloc(), FrameFreer{av});
    if (!packet || !frame) return failWith(error, QCoreApplication::translate("sdanim::media::VideoFrameReader", "Out of memory while decoding %1.").arg(path));
    bool draining = false;
    for (int packets = 0; packets < MaxPackets;) {
        const int got = av->avcodec_receive_frame(decoder.get(), frame.get());
        if (got == 0) {
            if (frame->width > MaxFrameSide || frame->height > MaxFrameSide) break;
            return toImage(av, frame.get(), bound, error);
        }
        if (got != AVERROR(EAGAIN) || draining) break;
        const int read = av->av_read_frame(format.get(), packet.get());
        if (read < 0) {
            // End of file: flush the decoder for the frames it still holds.
            draining = true;
            av->avcodec_send_packet(decoder.get(), nullptr);
            continue;
        }
        if (packet->stream_index == streamIndex) {
            ++packets;
            av->avcodec_send_packet(decoder.get(), packet.get());
        }
        av->av_packet_unref(packet.get());
    }
    return failWith(error, QCoreApplication::translate("sdanim::media::VideoFrameReader", "%1 has no frame that can be decoded.").arg(path));
}

} // namespace sdanim::media
