#include "emulator/render/GifEncoder.h"

#include "model/AnimationPlan.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>

#include <gif_lib.h>

namespace sdanim::emulator {

namespace {

// giflib's quantizer keeps its qsort axis in a file-static variable (quantize.c: SortRGBAxis), so two
// threads quantizing at once corrupt each other's palettes. Only that call is serialized.
QMutex &quantizerMutex()
{
    static QMutex mutex;
    return mutex;
}

} // namespace

GifEncoder::~GifEncoder() { close(); }

bool GifEncoder::gifFailed(const QString &what, int code)
{
    return fail(tr("%1: %2").arg(what, QString::fromUtf8(GifErrorString(code))));
}

void GifEncoder::close()
{
    if (m_gif) {
        int code = 0;
        EGifCloseFile(m_gif, &code);
        m_gif = nullptr;
    }
}

bool GifEncoder::open(const QString &path, int width, int height, int fps)
{
    close();
    m_width = width;
    m_height = height;
    // The model writes with PIL (duration = int(1000 / fps) ms, stored in whole centiseconds).
    m_delay = model::AnimationPlan::gifDelayCentiseconds(fps);
    const qsizetype pixels = qsizetype(width) * height;
    m_red.resize(pixels);
    m_green.resize(pixels);
    m_blue.resize(pixels);
    m_indexed.resize(pixels);

    int code = 0;
    m_gif = EGifOpenFileName(QFile::encodeName(path).constData(), false, &code);
    if (!m_gif)
        return gifFailed(tr("Cannot create GIF file %1").arg(path), code);
    EGifSetGifVersion(m_gif, true);
    // No global colour table: every frame carries its own palette.
    if (EGifPutScreenDesc(m_gif, width, height, 8, 0, nullptr) == GIF_ERROR)
        return gifFailed(tr("Cannot write GIF header"), m_gif->Error);

    static const GifByteType kNetscape[] = {'N', 'E', 'T', 'S', 'C', 'A', 'P', 'E', '2', '.', '0'};
    static const GifByteType kLoopForever[] = {1, 0, 0};
    if (EGifPutExtensionLeader(m_gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR
        || EGifPutExtensionBlock(m_gif, sizeof kNetscape, kNetscape) == GIF_ERROR
        || EGifPutExtensionBlock(m_gif, sizeof kLoopForever, kLoopForever) == GIF_ERROR
        || EGifPutExtensionTrailer(m_gif) == GIF_ERROR)
        return gifFailed(tr("Cannot write GIF loop extension"), m_gif->Error);
    return true;
}

bool GifEncoder::addFrame(const QImage &frame)
{
    if (!m_gif)
        return fail(tr("GIF encoder is not open"));
    if (frame.width() != m_width || frame.height() != m_height || frame.format() != QImage::Format_RGB32)
        return fail(tr("GIF frame has the wrong size or format"));

    auto *red = reinterpret_cast<GifByteType *>(m_red.data());
    auto *green = reinterpret_cast<GifByteType *>(m_green.data());
    auto *blue = reinterpret_cast<GifByteType *>(m_blue.data());
    auto *indexed = reinterpret_cast<GifByteType *>(m_indexed.data());
    for (int y = 0; y < m_height; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(frame.constScanLine(y));
        const qsizetype row = qsizetype(y) * m_width;
        for (int x = 0; x < m_width; ++x) {
            red[row + x] = GifByteType(qRed(line[x]));
            green[row + x] = GifByteType(qGreen(line[x]));
            blue[row + x] = GifByteType(qBlue(line[x]));
        }
    }

    // Median cut averages the label's white glyph cores with their anti-aliased edges into a dull
    // grey, so the last palette entry is reserved for pure white and those pixels keep it.
    GifColorType palette[256] = {};
    int colours = 255;
    QMutexLocker quantizerLock(&quantizerMutex());
    if (GifQuantizeBuffer(unsigned(m_width), unsigned(m_height), &colours, red, green, blue, indexed, palette)
        == GIF_ERROR)
        return fail(tr("GIF colour quantization failed"));
    quantizerLock.unlock();
    constexpr GifByteType kWhite = 255;
    palette[kWhite] = GifColorType{255, 255, 255};
    for (int y = 0; y < m_height; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(frame.constScanLine(y));
        GifByteType *row = indexed + qsizetype(y) * m_width;
        for (int x = 0; x < m_width; ++x)
            if ((line[x] & 0xFFFFFFu) == 0xFFFFFFu)
                row[x] = kWhite;
    }

    GraphicsControlBlock control{};
    control.DisposalMode = DISPOSE_DO_NOT;
    control.UserInputFlag = false;
    control.DelayTime = m_delay;
    control.TransparentColor = NO_TRANSPARENT_COLOR;
    GifByteType extension[4];
    const size_t length = EGifGCBToExtension(&control, extension);
    if (EGifPutExtension(m_gif, GRAPHICS_EXT_FUNC_CODE, int(length), extension) == GIF_ERROR)
        return gifFailed(tr("Cannot write GIF frame delay"), m_gif->Error);

    // The table must hold a power of two entries; unused ones stay black.
    ColorMapObject *map = GifMakeMapObject(256, palette);
    if (!map)
        return fail(tr("Out of memory for the GIF palette"));
    const bool described = EGifPutImageDesc(m_gif, 0, 0, m_width, m_height, false, map) != GIF_ERROR;
    GifFreeMapObject(map);  // EGifPutImageDesc keeps its own copy
    if (!described)
        return gifFailed(tr("Cannot write GIF frame"), m_gif->Error);
    for (int y = 0; y < m_height; ++y)
        if (EGifPutLine(m_gif, indexed + qsizetype(y) * m_width, m_width) == GIF_ERROR)
            return gifFailed(tr("Cannot write GIF frame"), m_gif->Error);
    return true;
}

bool GifEncoder::finish()
{
    if (!m_gif)
        return fail(tr("GIF encoder is not open"));
    int code = 0;
    const int result = EGifCloseFile(m_gif, &code);
    m_gif = nullptr;
    if (result == GIF_ERROR)
        return gifFailed(tr("Cannot finish GIF file"), code);
    return true;
}

} // namespace sdanim::emulator
