// The emulator's animation renderer from the model's plan: decodable GIF/MP4 at the requested size,
// fps, frame delay and frame count (checked with ffprobe and in the GIF bytes), latents and video
// frames where the plan puts them, determinism, distinct prompts, real motion and the label.
// Expected counts and delays are worked out by hand from spec §9.4.
#include "emulator/render/AnimationRenderer.h"
#include "model/AnimationPlan.h"

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
using sdanim::model::AnimationPlan;

namespace {

struct Probe {
    int width = 0;
    int height = 0;
    QString frameRate;     // r_frame_rate: exact for MP4, only ffmpeg's guess for GIFs
    int frames = 0;
    QList<int> packetDurations; // in the stream's time base (1/100 s for GIF)
    QString codec;
    QString pixelFormat;
};

Probe ffprobe(const QString &file)
{
    QProcess process;
    process.start(QStringLiteral("ffprobe"),
                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
                   QStringLiteral("-select_streams"), QStringLiteral("v:0"), QStringLiteral("-show_entries"),
                   QStringLiteral("stream=width,height,r_frame_rate,nb_read_frames,codec_name,pix_fmt:packet=duration"),
                   QStringLiteral("-of"), QStringLiteral("json"), file});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << "ffprobe failed:" << process.readAllStandardError();
        return {};
    }
    const QByteArray output = process.readAllStandardOutput();
    const QJsonObject stream = QJsonDocument::fromJson(output)[QStringLiteral("streams")][0].toObject();
    Probe probe;
    probe.width = stream[QStringLiteral("width")].toInt();
    probe.height = stream[QStringLiteral("height")].toInt();
    probe.frameRate = stream[QStringLiteral("r_frame_rate")].toString();
    const QJsonArray packets = QJsonDocument::fromJson(output)[QStringLiteral("packets")].toArray();
    for (const QJsonValue &packet : packets)
        probe.packetDurations << packet[QStringLiteral("duration")].toInt();
    probe.frames = stream[QStringLiteral("nb_read_frames")].toString().toInt();
    probe.codec = stream[QStringLiteral("codec_name")].toString();
    probe.pixelFormat = stream[QStringLiteral("pix_fmt")].toString();
    return probe;
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

// The frame delay of the first graphics control extension (21 F9 04 <flags> <delay lo> <delay hi>).
int firstGifDelay(const QByteArray &gif)
{
    const qsizetype at = gif.indexOf(QByteArray("\x21\xF9\x04", 3));
    if (at < 0 || at + 6 > gif.size())
        return -1;
    return quint8(gif[at + 4]) | (quint8(gif[at + 5]) << 8);
}

AnimationPlan planOf(QJsonObject input)
{
    if (!input.contains(QLatin1String("seed")))
        input.insert(QStringLiteral("seed"), 14899);
    return AnimationPlan::fromInput(input);
}

// Model defaults: 512×512, 10 animation frames, 5 interpolation steps (FILM ×8), 20 fps.
QJsonObject defaultInput(const QString &format)
{
    return {{"prompt_start", "a red apple on a wooden table"}, {"prompt_end", "a blue ocean at night"},
            {"output_format", format}};
}

// Three prompts, ping-pong, latent interpolation: S = 3, N = 13, (13 − 1) × 3 = 36 video frames.
QJsonObject pingPongInput(const QString &format)
{
    return {{"prompt_start", "a golden desert"}, {"prompt_end", "a green forest | a purple nebula"},
            {"width", 256}, {"height", 128}, {"num_animation_frames", 4}, {"num_interpolation_steps", 3},
            {"gif_frames_per_second", 12}, {"gif_ping_pong", true}, {"film_interpolation", false},
            {"seed", 7}, {"output_format", format}};
}

// 128², F = 3, n = 2 (FILM ×2): N = 3, (3 − 1) × 2 + 1 = 5 video frames.
QJsonObject smallInput(const QString &format, int seed)
{
    QJsonObject input = defaultInput(format);
    input.insert("width", 128);
    input.insert("height", 128);
    input.insert("num_animation_frames", 3);
    input.insert("num_interpolation_steps", 2);
    input.insert("seed", seed);
    return input;
}

} // namespace

class TestRenderer : public QObject {
    Q_OBJECT

private slots:
    void gifDelayIsPilsTruncation_data();
    void gifDelayIsPilsTruncation();
    void rejectsUnrenderablePlans();
    void videoDecodesWithFfprobe_data();
    void videoDecodesWithFfprobe();
    void sameSeedGivesIdenticalBytes_data();
    void sameSeedGivesIdenticalBytes();
    void sameMultiplierGivesIdenticalBytes();
    void differentPromptsLookDifferent();
    void inBetweenFramesMoveShapes();
    void latentsSitWhereThePlanPutsThem_data();
    void latentsSitWhereThePlanPutsThem();
    void lastPromptIsApproachedNeverReached();
    void keyframeImageShowsTheKeyframePrompt();
    void everyFrameCarriesTheLabel();
    void concurrentRendersMatchSequentialOnes();
    void progressCanCancelWithoutLeavingFiles();

private:
    QTemporaryDir m_dir;
};

void TestRenderer::gifDelayIsPilsTruncation_data()
{
    QTest::addColumn<int>("fps");
    QTest::addColumn<int>("delay");          // centiseconds in the file: int(int(1000 / fps) / 10)
    QTest::newRow("1") << 1 << 100;
    QTest::newRow("7: 142 ms") << 7 << 14;
    QTest::newRow("12: 83 ms") << 12 << 8;
    QTest::newRow("15: 66 ms") << 15 << 6;
    QTest::newRow("20 default") << 20 << 5;
    QTest::newRow("24: 41 ms") << 24 << 4;
    QTest::newRow("30: 33 ms") << 30 << 3;
    QTest::newRow("40: 25 ms") << 40 << 2;
    QTest::newRow("50") << 50 << 2;
}

void TestRenderer::gifDelayIsPilsTruncation()
{
    QFETCH(int, fps);
    QFETCH(int, delay);
    QJsonObject input = smallInput(QStringLiteral("gif"), 1);
    input.insert("gif_frames_per_second", fps);
    const QString path = m_dir.filePath(QStringLiteral("delay-%1.gif").arg(fps));
    QString error;
    QVERIFY2(AnimationRenderer::renderVideo(planOf(input), path, &error), qPrintable(error));
    QCOMPARE(firstGifDelay(readAll(path)), delay);
    const Probe probe = ffprobe(path);
    QCOMPARE(probe.frames, 5);
    QCOMPARE(probe.packetDurations, QList<int>(5, delay));
}

void TestRenderer::rejectsUnrenderablePlans()
{
    QJsonObject odd = defaultInput(QStringLiteral("mp4"));
    odd.insert("width", 129);
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("odd.mp4"));
    QVERIFY(!AnimationRenderer::renderVideo(planOf(odd), path, &error));
    QVERIFY2(error.contains(QLatin1String("even")), qPrintable(error));
    QVERIFY(!QFile::exists(path));

    QVERIFY(!AnimationRenderer::renderVideo(planOf(defaultInput(QStringLiteral("webm"))),
                                            m_dir.filePath(QStringLiteral("x.webm")), &error));
    QVERIFY2(error.contains(QLatin1String("webm")), qPrintable(error));

    // Latent mode with one frame latent decodes nothing: (1 − 1) × n = 0 video frames.
    QJsonObject empty = smallInput(QStringLiteral("gif"), 1);
    empty.insert("num_animation_frames", 1);
    empty.insert("film_interpolation", false);
    QVERIFY(!AnimationRenderer::validate(planOf(empty)).isEmpty());
    QVERIFY(!AnimationRenderer::renderVideo(planOf(empty), m_dir.filePath(QStringLiteral("empty.gif")), &error));

    const AnimationPlan plan = planOf(defaultInput(QStringLiteral("gif")));
    QVERIFY(AnimationRenderer::latent(plan, 10).isNull());   // N = 10: latents 0 … 9
    QVERIFY(AnimationRenderer::latent(plan, -1).isNull());
    QVERIFY(AnimationRenderer::videoFrame(plan, 73).isNull()); // 73 frames: 0 … 72
    QVERIFY(!AnimationRenderer::videoFrame(plan, 72).isNull());
}

void TestRenderer::videoDecodesWithFfprobe_data()
{
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<QString>("frameRate"); // MP4: r_frame_rate = fps/1
    QTest::addColumn<int>("gifDelay");      // GIF: every frame int(int(1000 / fps) / 10) cs
    QTest::addColumn<int>("expectedFrames");
    // Defaults: N = 10, FILM ×8 → (10 − 1) × 8 + 1 = 73 at 20 fps (5 cs).
    QTest::newRow("default gif") << defaultInput(QStringLiteral("gif")) << 512 << 512 << "20/1" << 5 << 73;
    QTest::newRow("default mp4") << defaultInput(QStringLiteral("mp4")) << 512 << 512 << "20/1" << 5 << 73;
    // 12 fps: 83 ms → 8 cs per GIF frame (12.5 fps); MP4 keeps the exact rate.
    QTest::newRow("three prompts ping-pong gif") << pingPongInput(QStringLiteral("gif")) << 256 << 128 << "12/1" << 8 << 36;
    QTest::newRow("three prompts ping-pong mp4") << pingPongInput(QStringLiteral("mp4")) << 256 << 128 << "12/1" << 8 << 36;
}

void TestRenderer::videoDecodesWithFfprobe()
{
    QFETCH(QJsonObject, input);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(QString, frameRate);
    QFETCH(int, gifDelay);
    QFETCH(int, expectedFrames);
    const AnimationPlan plan = planOf(input);
    const QString path = m_dir.filePath(QStringLiteral("%1.%2").arg(QTest::currentDataTag(), plan.outputFormat));
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(AnimationRenderer::renderVideo(plan, path, &error), qPrintable(error));
    qInfo("rendered %d frames of %dx%d %s in %lld ms", expectedFrames, width, height,
          qPrintable(plan.outputFormat), timer.elapsed());
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("*.part")}, QDir::Hidden | QDir::Files).isEmpty());

    const Probe probe = ffprobe(path);
    QCOMPARE(probe.width, width);
    QCOMPARE(probe.height, height);
    QCOMPARE(probe.frames, expectedFrames);
    if (plan.outputFormat == QLatin1String("gif")) {
        QCOMPARE(probe.codec, QStringLiteral("gif"));
        QCOMPARE(probe.packetDurations, QList<int>(expectedFrames, gifDelay));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("GIF89a"));
        QVERIFY2(bytes.contains("NETSCAPE2.0\x03\x01\x00\x00"), "missing infinite-loop extension");
    } else {
        QVERIFY2(probe.codec == QLatin1String("h264") || probe.codec == QLatin1String("mpeg4"),
                 qPrintable(probe.codec));
        QCOMPARE(probe.pixelFormat, QStringLiteral("yuv420p"));
        QCOMPARE(probe.frameRate, frameRate);
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
    QVERIFY2(AnimationRenderer::renderVideo(planOf(smallInput(format, 1234)), first, &error), qPrintable(error));
    QVERIFY2(AnimationRenderer::renderVideo(planOf(smallInput(format, 1234)), second, &error), qPrintable(error));
    QVERIFY2(AnimationRenderer::renderVideo(planOf(smallInput(format, 1235)), reseeded, &error), qPrintable(error));
    const QByteArray a = readAll(first);
    QVERIFY(a.size() > 1000);
    QCOMPARE(readAll(second), a);
    QVERIFY(readAll(reseeded) != a);
}

void TestRenderer::sameMultiplierGivesIdenticalBytes()
{
    // FILM doubles twice for n = 3 and n = 4 alike; n = 5 doubles three times.
    QString error;
    QByteArray bytes[3];
    const int steps[] = {3, 4, 5};
    for (int i = 0; i < 3; ++i) {
        QJsonObject input = smallInput(QStringLiteral("gif"), 42);
        input.insert("num_interpolation_steps", steps[i]);
        const QString path = m_dir.filePath(QStringLiteral("steps-%1.gif").arg(steps[i]));
        QVERIFY2(AnimationRenderer::renderVideo(planOf(input), path, &error), qPrintable(error));
        bytes[i] = readAll(path);
    }
    QCOMPARE(bytes[1], bytes[0]);
    QVERIFY(bytes[2] != bytes[0]);
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
    const AnimationPlan plan = planOf(defaultInput(QStringLiteral("gif")));
    const QImage start = AnimationRenderer::keyframe(plan.prompts[0], quint32(plan.seed), 512, 512);
    const QImage end = AnimationRenderer::keyframe(plan.prompts[1], quint32(plan.seed), 512, 512);
    const QImage middle = AnimationRenderer::latent(plan, 5); // t = 5/10

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

    // Consecutive video frames change a little, not all at once.
    const QImage frame1 = AnimationRenderer::videoFrame(plan, 1);
    const QImage frame2 = AnimationRenderer::videoFrame(plan, 2);
    const double step = meanDifference(frame1, frame2);
    QVERIFY2(step > 0.05 && step < 15, qPrintable(QString::number(step)));
    // A FILM midpoint lies between its two latents.
    const QImage latent0 = AnimationRenderer::latent(plan, 0), latent1 = AnimationRenderer::latent(plan, 1);
    const QImage between = AnimationRenderer::videoFrame(plan, 4); // latent 0, fraction 4/8
    QVERIFY(meanDifference(between, latent0) < meanDifference(latent1, latent0));
    QVERIFY(meanDifference(between, latent1) < meanDifference(latent1, latent0));
}

void TestRenderer::latentsSitWhereThePlanPutsThem_data()
{
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<int>("multiplier"); // video frames per latent step
    QTest::addColumn<int>("latents");
    QJsonObject film = pingPongInput(QStringLiteral("gif"));
    film.insert("film_interpolation", true); // n = 3: ×4
    QTest::newRow("ping-pong FILM") << film << 4 << 13;
    QTest::newRow("ping-pong latents") << pingPongInput(QStringLiteral("gif")) << 3 << 13;
}

void TestRenderer::latentsSitWhereThePlanPutsThem()
{
    QFETCH(QJsonObject, input);
    QFETCH(int, multiplier);
    QFETCH(int, latents);
    const AnimationPlan plan = planOf(input);
    const quint32 seed = 7;
    auto keyframe = [&](const QString &prompt) { return AnimationRenderer::keyframe(prompt, seed, 256, 128); };
    const QString desert = QStringLiteral("a golden desert"), forest = QStringLiteral("a green forest"),
                  nebula = QStringLiteral("a purple nebula");
    // Frame 0 of every segment is its start prompt exactly: latents 0, 4, 8 (F = 4); the ping-pong
    // latent 12 is latent 0 again.
    QCOMPARE(AnimationRenderer::latent(plan, 0), keyframe(desert));
    QCOMPARE(AnimationRenderer::latent(plan, 4), keyframe(forest));
    QCOMPARE(AnimationRenderer::latent(plan, 8), keyframe(nebula));
    QCOMPARE(AnimationRenderer::latent(plan, 12), keyframe(desert));
    QVERIFY(AnimationRenderer::latent(plan, latents).isNull());
    // Every latent is in the video, `multiplier` frames apart, and nothing else is a latent.
    for (int l = 0; l + 1 < latents; ++l)
        QVERIFY2(AnimationRenderer::videoFrame(plan, l * multiplier) == AnimationRenderer::latent(plan, l),
                 qPrintable(QString::number(l)));
    QVERIFY(AnimationRenderer::videoFrame(plan, 1) != AnimationRenderer::latent(plan, 0));
    // The ping-pong segment heads back to the first prompt.
    QVERIFY(meanDifference(AnimationRenderer::latent(plan, 11), keyframe(desert))
            < meanDifference(AnimationRenderer::latent(plan, 8), keyframe(desert)));
}

void TestRenderer::lastPromptIsApproachedNeverReached()
{
    const AnimationPlan plan = planOf(smallInput(QStringLiteral("gif"), 3)); // 5 frames, F = 3, ×2
    const QImage target = AnimationRenderer::keyframe(QStringLiteral("a blue ocean at night"), 3, 128, 128);
    const QImage last = AnimationRenderer::videoFrame(plan, 4);
    // The last video frame is the last latent, t = 2/3: close to the target prompt but not it.
    QCOMPARE(last, AnimationRenderer::latent(plan, 2));
    QVERIFY(last != target);
    QVERIFY(meanDifference(last, target) < meanDifference(AnimationRenderer::videoFrame(plan, 0), target));
}

void TestRenderer::keyframeImageShowsTheKeyframePrompt()
{
    // K = 2: prompt_start; K = 3: the middle prompt; K = 4 (`a | | b`): prompts[1].
    QJsonObject two = smallInput(QStringLiteral("gif"), 9);
    QCOMPARE(AnimationRenderer::keyframeImage(planOf(two)),
             AnimationRenderer::keyframe(QStringLiteral("a red apple on a wooden table"), 9, 128, 128));
    QJsonObject three = two;
    three.insert("prompt_end", "a blue ocean at night | a cyberpunk city street");
    QCOMPARE(AnimationRenderer::keyframeImage(planOf(three)),
             AnimationRenderer::keyframe(QStringLiteral("a blue ocean at night"), 9, 128, 128));
    QJsonObject four = two;
    four.insert("prompt_end", "a green forest | | a purple nebula");
    QCOMPARE(AnimationRenderer::keyframeImage(planOf(four)),
             AnimationRenderer::keyframe(QStringLiteral("a green forest"), 9, 128, 128));
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

    // The label survives encoding: check every decoded GIF frame.
    const QString path = m_dir.filePath(QStringLiteral("label.gif"));
    QString error;
    QVERIFY2(AnimationRenderer::renderVideo(planOf(smallInput(QStringLiteral("gif"), 5)), path, &error), qPrintable(error));
    QImageReader reader(path);
    QVERIFY(reader.supportsAnimation());
    int decoded = 0;
    QImage frame;
    while (reader.read(&frame)) {
        ++decoded;
        QVERIFY2(whitePixelsInBottom(frame, frame.height() / 3) > 40, qPrintable(QStringLiteral("frame %1").arg(decoded)));
    }
    QCOMPARE(decoded, 5);
}

void TestRenderer::concurrentRendersMatchSequentialOnes()
{
    const QList<int> jobs = {0, 1, 2, 3};
    auto render = [this](const QString &tag) {
        return [this, tag](int job) {
            const QString format = job % 2 ? QStringLiteral("mp4") : QStringLiteral("gif");
            const QString path = m_dir.filePath(QStringLiteral("%1-%2.%3").arg(tag).arg(job).arg(format));
            QString error;
            if (!AnimationRenderer::renderVideo(planOf(smallInput(format, 100 + job)), path, &error))
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
    QList<int> seen;
    QString error;
    const bool ok = AnimationRenderer::renderVideo(planOf(smallInput(QStringLiteral("gif"), 9)), path, &error,
                                                   [&seen](int done, int total) {
                                                       seen.append(done);
                                                       return done < total / 2;
                                                   });
    QVERIFY(!ok);
    QVERIFY(!error.isEmpty());
    QCOMPARE(seen, (QList<int>{1, 2})); // 5 frames: stops once 2 ≥ 5 / 2
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

QTEST_MAIN(TestRenderer)
#include "tst_renderer.moc"
