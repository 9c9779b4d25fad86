#include "ui/PreviewGifDecoder.h"

#include <QCoreApplication>
#include <QImageReader>
#include <cmath>

namespace sdanim::ui {

int PreviewGifDecoder::effectiveDelay(int delayMs)
{
    return delayMs <= 10 ? 100 : delayMs;
}

void PreviewGifDecoder::decode(QPromise<PreviewGifFrame> &promise, const QString &path, qint64 memoryBudget)
{
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    const QSize size = reader.size();
    const int count = reader.imageCount();
    if (size.isValid() && count > 0) {
        const qint64 bytes = qint64(size.width()) * size.height() * 4 * count;
        if (bytes > memoryBudget) {
            const double factor = std::sqrt(double(memoryBudget) / double(bytes));
            reader.setScaledSize(QSize(std::max(1, int(size.width() * factor)),
                                       std::max(1, int(size.height() * factor))));
        }
        promise.setProgressRange(0, count);
    }
    int index = 0;
    while (!promise.isCanceled()) {
        QImage image;
        if (!reader.read(&image))
            break;
        PreviewGifFrame frame;
        frame.image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        frame.delayMs = effectiveDelay(reader.nextImageDelay());
        promise.addResult(std::move(frame));
        promise.setProgressValue(++index);
        if (!reader.canRead())
            break;
    }
    if (index == 0) {
        // Qt's progress text is the only channel a QFuture has for a reason; the player shows it.
        promise.setProgressValueAndText(0, QCoreApplication::translate("sdanim::ui::PreviewGifDecoder",
                                                                        "Cannot decode %1: %2")
                                               .arg(path, reader.errorString()));
    }
}

} // namespace sdanim::ui
