#include "media/AnimationThumbnails.h"

#include "media/AnimationFrameStream.h"
#include "media/LibAv.h"
#include "media/VideoFrameReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

#include <memory>

namespace sdanim::media {

namespace {

QSize fitted(QSize size, QSize bound)
{
    if (bound.isValid() && (size.width() > bound.width() || size.height() > bound.height()))
        size = size.scaled(bound, Qt::KeepAspectRatio);
    return size.expandedTo(QSize(1, 1));
}

AnimationThumbnails decodeImage(const QString &path, QSize bound)
{
    AnimationThumbnails result;
    QImageReader reader(path);
    const QSize size = reader.size();
    if (size.isValid()) reader.setScaledSize(fitted(size, bound));
    while (result.frames.size() < AnimationThumbnails::MaxFrames) {
        QImage image = reader.read();
        if (image.isNull()) break;
        if (!size.isValid() && bound.isValid()) image = image.scaled(fitted(image.size(), bound), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        result.frames << image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        result.delaysMs << AnimationFrameStream::effectiveDelay(reader.nextImageDelay());
        if (!reader.supportsAnimation() || !reader.canRead()) break;
    }
    if (result.frames.isEmpty()) result.error = QCoreApplication::translate("sdanim::media::AnimationThumbnails", "%1 cannot be read: %2").arg(QFileInfo(path).fileName(), reader.errorString());
    return result;
}

struct FormatCloser { const LibAv *av; void operator()(AVFormatContext *c) const { av->avformat_close_input(&c); } };
struct CodecFreer { const LibAv *av; void operator()(AVCodecContext *c) const { av->avcodec_free_context(&c); } };
struct FrameFreer { const LibAv *av; void operator()(AVFrame *f) const { av->av_frame_free(&f); } };
struct PacketFreer { const LibAv *av; void operator()(AVPacket *p) const { av->av_packet_free(&p); } };
struct ScalerFreer { const LibAv *av; void operator()(SwsContext *s) const { av->sws_freeContext(s); } };

AnimationThumbnails decodeVideo(const QString &path, QSize bound)
{
    AnimationThumbnails result;
    const QString name = QFileInfo(path).fileName();
    const LibAv *av = LibAv::system(&result.error);
    if (!av) return result;
    AVFormatContext *raw = nullptr;
    if (av->avformat_open_input(&raw, QFile::encodeName(path).constData(), nullptr, nullptr) < 0) {
        result.error = QCoreApplication::translate("sdanim::media::AnimationThumbnails", "%1 cannot be opened as a video.").arg(name);
        return result;
    }
    std::unique_ptr<AVFormatContext, FormatCloser> format(raw, FormatCloser{av});
    const AVCodec *codec = nullptr;
    const int stream = av->avformat_find_stream_info(format.get(), nullptr) < 0
                           ? -1 : av->av_find_best_stream(format.get(), AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
    if (stream < 0 || !codec) {
        result.error = QCoreApplication::translate("sdanim::media::AnimationThumbnails", "%1 has no video stream that can be decoded.").arg(name);
        return result;
    }
    const AVCodecParameters *parameters = format->streams[stream]->codecpar;
    if (parameters->width <= 0 || parameters->height <= 0 || parameters->width > VideoFrameReader::MaxFrameSide
        || parameters->height > VideoFrameReader::MaxFrameSide) {
        result.error = QCoreApplication::translate("sdanim::media::AnimationThumbnails", "%1 has frames outside the size limit.").arg(name);
        return result;
    }
    std::unique_ptr<AVCodecContext, CodecFreer> decoder(av->avcodec_alloc_context3(codec), CodecFreer{av});
    if (!decoder || av->avcodec_parameters_to_context(decoder.get(), parameters) < 0 || av->avcodec_open2(decoder.get(), codec, nullptr) < 0) {
        result.error = QCoreApplication::translate("sdanim::media::AnimationThumbnails", "%1 has no video stream that can be decoded.").arg(name);
        return result;
    }
    const AVRational rate = av->av_guess_frame_rate(format.get(), format->streams[stream], nullptr);
    const int delay = rate.num > 0 && rate.den > 0 ? qBound(10, int(1000LL * rate.den / rate.num), 1000) : 50;
    std::unique_ptr<AVPacket, PacketFreer> packet(av->av_packet_alloc(), PacketFreer{av});
    std::unique_ptr<AVFrame, FrameFreer> frame(av->av_frame_alloc(), FrameFreer{av});
    std::unique_ptr<SwsContext, ScalerFreer> scaler(nullptr, ScalerFreer{av});
    bool draining = false;
    while (result.frames.size() < AnimationThumbnails::MaxFrames) {
        const int got = av->avcodec_receive_frame(decoder.get(), frame.get());
        if (got == 0) {
            if (frame->width != parameters->width || frame->height != parameters->height) break;  // no mid-stream resize
            const QSize target = fitted(QSize(frame->width, frame->height), bound);
            if (!scaler)
                scaler.reset(av->sws_getContext(frame->width, frame->height, AVPixelFormat(frame->format), target.width(),
                                            target.height(), AV_PIX_FMT_RGB32, SWS_AREA, nullptr, nullptr, nullptr));
            if (!scaler) break;
            QImage image(target, QImage::Format_RGB32);
            uint8_t *planes[4] = {image.bits(), nullptr, nullptr, nullptr};
            int strides[4] = {int(image.bytesPerLine()), 0, 0, 0};
            av->sws_scale(scaler.get(), frame->data, frame->linesize, 0, frame->height, planes, strides);
            result.frames << image;
            result.delaysMs << delay;
            continue;
        }
        if (got != AVERROR(EAGAIN) || draining) break;
        if (av->av_read_frame(format.get(), packet.get()) < 0) {
            draining = true;
            av->avcodec_send_packet(decoder.get(), nullptr);
            continue;
        }
        if (packet->stream_index == stream) av->avcodec_send_packet(decoder.get(), packet.get());
        av->av_packet_unref(packet.get());
    }
    if (result.frames.isEmpty()) result.error = QCoreApplication::translate("sdanim::media::AnimationThumbnails", "%1 has no frame that can be decoded.").arg(name);
    return result;
}

} // namespace

AnimationThumbnails AnimationThumbnails::decode(const QString &path, QSize bound)
{
    bound = bound.boundedTo(QSize(MaxBoundSide, MaxBoundSide));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("mp4") || suffix == QLatin1String("webm") || suffix == QLatin1String("mov"))
        return decodeVideo(path, bound);
    return decodeImage(path, bound);
}

} // namespace sdanim::media
