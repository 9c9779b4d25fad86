// The emulator's animation renderer: frame-count contract, decodable GIF/MP4 at the requested size, fps
// and frame count (checked with ffprobe), determinism, distinct prompts, real motion and the label.
#include "emulator/render/AnimationRenderer.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

#include <cmath>

using sdanim::emulator::AnimationRenderer;
using sdanim::emulator::AnimationSpec;

Q_DECLARE_METATYPE(AnimationSpec)

namespace {

struct Probe {
    int width = 0;
    int height = 0;
    QString frameRate;
    int frames = 0;
    QString codec;
    QString pixelFormat;
};

Probe ffprobe(const QString &file)
{
    QProcess process;
    process.start(QStringLiteral("ffprobe"),
                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
                   QStringLiteral("-select_streams"), QStringLiteral("v:0"), QStringLiteral("-show_entries"),
                   QStringLiteral("stream=width,height,r_frame_rate,nb_read_frames,codec_name,pix_fmt"),
                   QStringLiteral("-of"), QStringLiteral("json"), file});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << "ffprobe failed:" << process.readAllStandardError();
        return {};
    }
    const QJsonObject stream =
        QJsonDocument::fromJson(process.readAllStandardOutput())[QStringLiteral("streams")][0].toObject();
    Probe probe;
    probe.width = stream[QStringLiteral("width")].toInt();
    probe.height = stream[QStringLiteral("height")].toInt();
    probe.frameRate = stream[QStringLiteral("r_frame_rate")].toString();
    probe.frames = stream[QStringLiteral("nb_read_frames")].toString().toInt();
    probe.codec = stream[QStringLiteral("codec_name")].toString();
    probe.pixelFormat = stream[QStringLiteral("pix_fmt")].toString();
    return probe;
}

double rationalValue(const QString &rational)
{
    const QStringList parts = rational.split(QLatin1Char('/'));
    if (parts.size() != 2 || parts[1].toDouble() == 0)
        return 0;
    return parts[0].toDouble() / parts[1].toDouble();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Mean absolute per-channel difference over all pixels, 0 … 255.
double meanDifference(const QImage &a, const QImage &b)
{
    double sum = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
        }
    return sum / (3.0 * a.width() * a.height());
}

// Pixels bright in every channel inside the bottom `rows` rows: the white label text.
int whitePixelsInBottom(const QImage &image, int rows)
{
    int count = 0;
    for (int y = image.height() - rows; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (qRed(p) > 215 && qGreen(p) > 215 && qBlue(p) > 215)
                ++count;
        }
    return count;
}

AnimationSpec defaultSpec(const QString &format)
{
    AnimationSpec spec;  // model defaults: 512x512, 10 animation frames, 5 interpolation steps, 20 fps
    spec.keyframePrompts = {QStringLiteral("a red apple on a wooden table"),
                            QStringLiteral("a blue ocean at night")};
    spec.seed = 14899;
    spec.format = format;
    return spec;
}

AnimationSpec pingPongSpec(const QString &format)
{
    AnimationSpec spec;
    spec.keyframePrompts = {QStringLiteral("a golden desert"), QStringLiteral("a green forest"),
                            QStringLiteral("a purple nebula")};
    spec.width = 256;
    spec.height = 128;
    spec.animationFrames = 4;
    spec.interpolationSteps = 3;
    spec.fps = 12;  // GIF: round(100/12) = 8 cs per frame = 12.5 fps
    spec.pingPong = true;
    spec.filmInterpolation = false;
    spec.seed = 7;
    spec.format = format;
    return spec;
}

AnimationSpec smallSpec(const QString &format, quint32 seed)
{
    AnimationSpec spec = defaultSpec(format);
    spec.width = 128;
    spec.height = 128;
    spec.animationFrames = 3;
    spec.interpolationSteps = 2;
    spec.seed = seed;
    return spec;
}

} // namespace

class TestRenderer : public QObject {
    Q_OBJECT

private slots:
    void frameCountContract();
    void gifDelayRounding();
    void rejectsUnrenderableSpecs();
    void videoDecodesWithFfprobe_data();
    void videoDecodesWithFfprobe();
    void sameSeedGivesIdenticalBytes_data();
    void sameSeedGivesIdenticalBytes();
    void differentPromptsLookDifferent();
    void inBetweenFramesMoveShapes();
    void framesStartOnTheKeyframes();
    void everyFrameCarriesTheLabel();
    void concurrentRendersMatchSequentialOnes();
    void progressCanCancelWithoutLeavingFiles();

private:
    QTemporaryDir m_dir;
};

void TestRenderer::frameCountContract()
{
    AnimationSpec spec = defaultSpec(QStringLiteral("gif"));
    QCOMPARE(AnimationRenderer::segmentCount(spec), 1);
    QCOMPARE(AnimationRenderer::frameCount(spec), 50);
    spec.pingPong = true;
    QCOMPARE(AnimationRenderer::segmentCount(spec), 2);
    QCOMPARE(AnimationRenderer::frameCount(spec), 100);

    const AnimationSpec three = pingPongSpec(QStringLiteral("gif"));
    QCOMPARE(AnimationRenderer::segmentCount(three), 3);
    QCOMPARE(AnimationRenderer::frameCount(three), 3 * 4 * 3);

    AnimationSpec single;
    single.keyframePrompts = {QStringLiteral("only one")};
    QCOMPARE(AnimationRenderer::segmentCount(single), 0);
    QCOMPARE(AnimationRenderer::frameCount(single), 0);
    single.pingPong = true;
    QCOMPARE(AnimationRenderer::segmentCount(single), 1);
}

void TestRenderer::gifDelayRounding()
{
    QCOMPARE(AnimationRenderer::gifDelayCentiseconds(20), 5);
    QCOMPARE(AnimationRenderer::effectiveGifFps(20), 20.0);
    QCOMPARE(AnimationRenderer::gifDelayCentiseconds(12), 8);
    QCOMPARE(AnimationRenderer::effectiveGifFps(12), 12.5);
    QCOMPARE(AnimationRenderer::gifDelayCentiseconds(30), 3);
    QCOMPARE(AnimationRenderer::gifDelayCentiseconds(1), 100);
    QCOMPARE(AnimationRenderer::gifDelayCentiseconds(50), 2);
}

void TestRenderer::rejectsUnrenderableSpecs()
{
    AnimationSpec odd = defaultSpec(QStringLiteral("mp4"));
    odd.width = 129;
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("odd.mp4"));
    QVERIFY(!AnimationRenderer::renderVideo(odd, path, &error));
    QVERIFY2(error.contains(QLatin1String("even")), qPrintable(error));
    QVERIFY(!QFile::exists(path));

    AnimationSpec unknown = defaultSpec(QStringLiteral("webm"));
    QVERIFY(!AnimationRenderer::renderVideo(unknown, m_dir.filePath(QStringLiteral("x.webm")), &error));
    QVERIFY2(error.contains(QLatin1String("webm")), qPrintable(error));

    AnimationSpec none;
    QVERIFY(!AnimationRenderer::validate(none).isEmpty());
    QVERIFY(AnimationRenderer::frame(defaultSpec(QStringLiteral("gif")), 1, 0).isNull());
    QVERIFY(AnimationRenderer::videoFrame(defaultSpec(QStringLiteral("gif")), 50).isNull());
}

void TestRenderer::videoDecodesWithFfprobe_data()
{
    QTest::addColumn<AnimationSpec>("spec");
    QTest::addColumn<int>("expectedFrames");
    QTest::newRow("default gif") << defaultSpec(QStringLiteral("gif")) << 50;
    QTest::newRow("default mp4") << defaultSpec(QStringLiteral("mp4")) << 50;
    QTest::newRow("three prompts ping-pong gif") << pingPongSpec(QStringLiteral("gif")) << 36;
    QTest::newRow("three prompts ping-pong mp4") << pingPongSpec(QStringLiteral("mp4")) << 36;
}

void TestRenderer::videoDecodesWithFfprobe()
{
    QFETCH(AnimationSpec, spec);
    QFETCH(int, expectedFrames);
    QCOMPARE(AnimationRenderer::frameCount(spec), expectedFrames);

    const QString path = m_dir.filePath(QStringLiteral("%1.%2").arg(QTest::currentDataTag(), spec.format));
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(AnimationRenderer::renderVideo(spec, path, &error), qPrintable(error));
    qInfo("rendered %d frames of %dx%d %s in %lld ms", expectedFrames, spec.width, spec.height,
          qPrintable(spec.format), timer.elapsed());
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("*.part")}, QDir::Hidden | QDir::Files).isEmpty());

    const Probe probe = ffprobe(path);
    QCOMPARE(probe.width, spec.width);
    QCOMPARE(probe.height, spec.height);
    QCOMPARE(probe.frames, expectedFrames);
    if (spec.format == QLatin1String("gif")) {
        QCOMPARE(probe.codec, QStringLiteral("gif"));
        QCOMPARE(rationalValue(probe.frameRate), AnimationRenderer::effectiveGifFps(spec.fps));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("GIF89a"));
        QVERIFY2(bytes.contains("NETSCAPE2.0\x03\x01\x00\x00"), "missing infinite-loop extension");
    } else {
        QVERIFY2(probe.codec == QLatin1String("h264") || probe.codec == QLatin1String("mpeg4"),
                 qPrintable(probe.codec));
        QCOMPARE(probe.pixelFormat, QStringLiteral("yuv420p"));
        QCOMPARE(probe.frameRate, QStringLiteral("%1/1").arg(spec.fps));
        // +faststart: the moov atom precedes the media data.
        const QByteArray bytes = readAll(path);
        const qsizetype moov = bytes.indexOf("moov"), mdat = bytes.indexOf("mdat");
        QVERIFY(moov > 0 && mdat > 0);
        QVERIFY2(moov < mdat, "moov atom is not at the front (+faststart)");
    }
}

void TestRenderer::sameSeedGivesIdenticalBytes_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("gif") << QStringLiteral("gif");
    QTest::newRow("mp4") << QStringLiteral("mp4");
}

void TestRenderer::sameSeedGivesIdenticalBytes()
{
    QFETCH(QString, format);
    const QString first = m_dir.filePath(QStringLiteral("first.") + format);
    const QString second = m_dir.filePath(QStringLiteral("second.") + format);
    const QString reseeded = m_dir.filePath(QStringLiteral("reseeded.") + format);
    QString error;
    QVERIFY2(AnimationRenderer::renderVideo(smallSpec(format, 1234), first, &error), qPrintable(error));
    QVERIFY2(AnimationRenderer::renderVideo(smallSpec(format, 1234), second, &error), qPrintable(error));
    QVERIFY2(AnimationRenderer::renderVideo(smallSpec(format, 1235), reseeded, &error), qPrintable(error));
    const QByteArray a = readAll(first);
    QVERIFY(a.size() > 1000);
    QCOMPARE(readAll(second), a);
    QVERIFY(readAll(reseeded) != a);
}

void TestRenderer::differentPromptsLookDifferent()
{
    const QImage apple = AnimationRenderer::keyframe(QStringLiteral("a red apple on a wooden table"), 1, 256, 256);
    const QImage ocean = AnimationRenderer::keyframe(QStringLiteral("a blue ocean at night"), 1, 256, 256);
    const QImage city = AnimationRenderer::keyframe(QStringLiteral("a cyberpunk city street"), 1, 256, 256);
    const QImage appleAgain = AnimationRenderer::keyframe(QStringLiteral("a red apple on a wooden table"), 1, 256, 256);
    const QImage appleOtherSeed = AnimationRenderer::keyframe(QStringLiteral("a red apple on a wooden table"), 2, 256, 256);
    QCOMPARE(apple.size(), QSize(256, 256));
    QCOMPARE(appleAgain, apple);

    const double appleOcean = meanDifference(apple, ocean);
    const double appleCity = meanDifference(apple, city);
    const double oceanCity = meanDifference(ocean, city);
    const double seedOnly = meanDifference(apple, appleOtherSeed);
    qInfo("mean pixel difference: apple/ocean %.1f apple/city %.1f ocean/city %.1f apple seed 1/2 %.1f",
          appleOcean, appleCity, oceanCity, seedOnly);
    QVERIFY2(appleOcean > 30, "different prompts must look clearly different");
    QVERIFY2(appleCity > 30, "different prompts must look clearly different");
    QVERIFY2(oceanCity > 30, "different prompts must look clearly different");
    QVERIFY2(seedOnly > 3, "the seed must perturb the keyframe");
}

void TestRenderer::inBetweenFramesMoveShapes()
{
    const AnimationSpec spec = defaultSpec(QStringLiteral("gif"));
    const QImage start = AnimationRenderer::keyframe(spec.keyframePrompts[0], spec.seed, 512, 512);
    const QImage end = AnimationRenderer::keyframe(spec.keyframePrompts[1], spec.seed, 512, 512);
    const QImage middle = AnimationRenderer::frame(spec, 0, 5);

    // A cross-fade would make the middle frame the pixel average of the keyframes.
    QImage average(512, 512, QImage::Format_RGB32);
    for (int y = 0; y < 512; ++y)
        for (int x = 0; x < 512; ++x) {
            const QRgb a = start.pixel(x, y), b = end.pixel(x, y);
            average.setPixel(x, y, qRgb((qRed(a) + qRed(b)) / 2, (qGreen(a) + qGreen(b)) / 2,
                                        (qBlue(a) + qBlue(b)) / 2));
        }
    const double fromAverage = meanDifference(middle, average);
    qInfo("middle frame vs cross-fade: %.1f", fromAverage);
    QVERIFY2(fromAverage > 8, "in-between frames must move shapes, not cross-fade");

    // Consecutive output frames change a little, not all at once.
    const QImage frame1 = AnimationRenderer::videoFrame(spec, 1);
    const QImage frame2 = AnimationRenderer::videoFrame(spec, 2);
    const double step = meanDifference(frame1, frame2);
    QVERIFY2(step > 0.2 && step < 15, qPrintable(QString::number(step)));
}

void TestRenderer::framesStartOnTheKeyframes()
{
    AnimationSpec spec = pingPongSpec(QStringLiteral("gif"));
    const QImage first = AnimationRenderer::keyframe(spec.keyframePrompts[0], spec.seed, spec.width, spec.height);
    const QImage second = AnimationRenderer::keyframe(spec.keyframePrompts[1], spec.seed, spec.width, spec.height);
    QCOMPARE(AnimationRenderer::frame(spec, 0, 0), first);
    QCOMPARE(AnimationRenderer::videoFrame(spec, 0), first);
    // Segment 1 starts on keyframe 1: frame index A*S of the video.
    QCOMPARE(AnimationRenderer::frame(spec, 1, 0), second);
    QCOMPARE(AnimationRenderer::videoFrame(spec, spec.animationFrames * spec.interpolationSteps), second);
    // The ping-pong segment heads back to the first prompt.
    const QImage last = AnimationRenderer::frame(spec, 2, spec.animationFrames - 1);
    QVERIFY(meanDifference(last, first) < meanDifference(AnimationRenderer::frame(spec, 2, 0), first));
}

void TestRenderer::everyFrameCarriesTheLabel()
{
    for (const QSize size : {QSize(512, 512), QSize(128, 128), QSize(1024, 768)}) {
        const QImage image = AnimationRenderer::keyframe(QStringLiteral("a very bright white snow field"), 3,
                                                         size.width(), size.height());
        const int whites = whitePixelsInBottom(image, size.height() / 8);
        QVERIFY2(whites > size.width() / 4, qPrintable(QStringLiteral("%1x%2: %3 label pixels")
                                                           .arg(size.width()).arg(size.height()).arg(whites)));
        // Outside the label band nothing is pure white text.
        QCOMPARE(whitePixelsInBottom(image.copy(0, 0, size.width(), size.height() / 2), size.height() / 4), 0);
    }

    // The label survives encoding: check the first decoded GIF frame.
    const QString path = m_dir.filePath(QStringLiteral("label.gif"));
    QString error;
    QVERIFY2(AnimationRenderer::renderVideo(smallSpec(QStringLiteral("gif"), 5), path, &error), qPrintable(error));
    QImageReader reader(path);
    QVERIFY(reader.supportsAnimation());
    int decoded = 0;
    QImage frame;
    while (reader.read(&frame)) {
        ++decoded;
        QVERIFY2(whitePixelsInBottom(frame, frame.height() / 3) > 40, qPrintable(QStringLiteral("frame %1").arg(decoded)));
    }
    QCOMPARE(decoded, AnimationRenderer::frameCount(smallSpec(QStringLiteral("gif"), 5)));
}

void TestRenderer::concurrentRendersMatchSequentialOnes()
{
    const QList<int> jobs = {0, 1, 2, 3};
    auto render = [this](const QString &tag) {
        return [this, tag](int job) {
            const QString format = job % 2 ? QStringLiteral("mp4") : QStringLiteral("gif");
            const QString path = m_dir.filePath(QStringLiteral("%1-%2.%3").arg(tag).arg(job).arg(format));
            QString error;
            if (!AnimationRenderer::renderVideo(smallSpec(format, quint32(100 + job)), path, &error))
                return QByteArray();
            return readAll(path);
        };
    };
    QList<QByteArray> sequential;
    for (int job : jobs)
        sequential.append(render(QStringLiteral("seq"))(job));
    const QList<QByteArray> parallel = QtConcurrent::blockingMapped(jobs, render(QStringLiteral("par")));
    for (int job : jobs) {
        QVERIFY(!sequential[job].isEmpty());
        QVERIFY2(parallel[job] == sequential[job], qPrintable(QStringLiteral("job %1").arg(job)));
    }
}

void TestRenderer::progressCanCancelWithoutLeavingFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("canceled.gif"));
    const AnimationSpec spec = smallSpec(QStringLiteral("gif"), 9);
    QList<int> seen;
    QString error;
    const bool ok = AnimationRenderer::renderVideo(spec, path, &error, [&seen](int done, int total) {
        seen.append(done);
        return done < total / 2;
    });
    QVERIFY(!ok);
    QVERIFY(!error.isEmpty());
    QCOMPARE(seen.first(), 1);
    QCOMPARE(seen.last(), AnimationRenderer::frameCount(spec) / 2);
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

QTEST_MAIN(TestRenderer)
#include "tst_renderer.moc"
