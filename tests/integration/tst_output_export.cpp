// Local re-export (issue 12): AnimationWriter, ExportPipeline and OutputExporter against ffprobe.
// The source is a 10-frame 64×48 GIF at 20 fps written by AnimationWriter itself from QImages;
// every frame has its own solid colour (so a trim can be checked by colour) and a moving square
// (so minterpolate has motion to work on).

#include "export/AnimationWriter.h"
#include "export/ExportPipeline.h"
#include "export/FilterGraph.h"
#include "export/OutputExporter.h"
#include "media/LibAv.h"
#include "media/VideoFrameReader.h"
#include "support/VideoProbe.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sdanim::exports;
using sdanim::testing::probeContainerAndStream;

namespace {

constexpr int SourceFrames = 10;

QColor frameColour(int i) { return QColor::fromHsv((i * 36) % 360, 200, 230); }

QImage sourceFrame(int i, QSize size = QSize(64, 48))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(frameColour(i));
    QPainter painter(&image);
    painter.fillRect(QRect(4 + i * 4, size.height() / 3, size.height() / 3, size.height() / 3), Qt::black);
    return image;
}

bool writeSource(const QString &path, ExportFormat format, int frames, QSize size, QString *error)
{
    AnimationWriter writer;
    if (!writer.open(path, {format, size, 20, 0})) return *error = writer.errorString(), false;
    for (int i = 0; i < frames; ++i)
        if (!writer.addFrame(sourceFrame(i, size))) return *error = writer.errorString(), false;
    if (!writer.finish()) return *error = writer.errorString(), false;
    return true;
}

// GIF's NETSCAPE2.0 block: the 16-bit repeat count after the sub-block id; -1 when absent.
int gifLoopField(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return -2;
    const QByteArray data = f.readAll();
    const int at = data.indexOf("NETSCAPE2.0");
    if (at < 0) return -1;
    const auto *p = reinterpret_cast<const uchar *>(data.constData() + at + 11);
    return p[2] | (p[3] << 8);
}

// APNG's acTL chunk: num_frames, then num_plays (big-endian).
int apngPlays(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return -2;
    const QByteArray data = f.readAll();
    const int at = data.indexOf("acTL");
    if (at < 0) return -1;
    const auto *p = reinterpret_cast<const uchar *>(data.constData() + at + 8);
    return (p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3];
}

bool similar(QColor a, QColor b) { return qAbs(a.red() - b.red()) < 24 && qAbs(a.green() - b.green()) < 24 && qAbs(a.blue() - b.blue()) < 24; }

// The frames a filter description makes of `frames` 64×48 frames at 20 fps, through FilterGraph
// alone (no tpad, no trim): what libavfilter itself gives.
int framesThroughFilter(const QString &description, int frames)
{
    FilterGraph graph;
    QString error;
    if (!graph.build({64, 48, AV_PIX_FMT_RGB32, 1, 20, 20, 1}, description, &error)) return -1;
    const sdanim::media::LibAv *av = sdanim::media::LibAv::system();   // loaded: build() succeeded
    AVFrame *in = av->av_frame_alloc();
    AVFrame *out = av->av_frame_alloc();
    int count = 0;
    auto drain = [&] {
        while (graph.pull(out) == 0) {
            ++count;
            av->av_frame_unref(out);
        }
    };
    for (int i = 0; i < frames; ++i) {
        QImage image = sourceFrame(i);
        in->format = AV_PIX_FMT_RGB32;
        in->width = 64;
        in->height = 48;
        in->data[0] = image.bits();
        in->linesize[0] = int(image.bytesPerLine());
        in->pts = i;
        in->pkt_duration = 1;
        graph.push(in, &error);
        drain();
    }
    graph.push(nullptr, &error);
    drain();
    av->av_frame_free(&in);
    av->av_frame_free(&out);
    return count;
}

} // namespace

class TestOutputExport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_gif;

    QString out(const QString &name) const { return m_dir.filePath(name); }

    ExportPipeline::Result exportTo(const ExportSettings &settings, const QString &path)
    {
        std::atomic_bool cancel{false};
        return ExportPipeline::run(m_gif, settings, path, cancel);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_gif = out(QStringLiteral("source.gif"));
        QString error;
        QVERIFY2(writeSource(m_gif, ExportFormat::Gif, SourceFrames, QSize(64, 48), &error), qPrintable(error));
        const QJsonObject probe = probeContainerAndStream(m_gif);
        QCOMPARE(probe["nb_read_frames"].toString().toInt(), SourceFrames);
        QCOMPARE(probe["r_frame_rate"].toString(), QStringLiteral("20/1"));
        const auto source = ExportPipeline::probe(m_gif);
        QVERIFY2(source.error.isEmpty(), qPrintable(source.error));
        QCOMPARE(source.frameCount, SourceFrames);
        QCOMPARE(source.size, QSize(64, 48));
        QCOMPARE(source.fps, 20.0);
    }

    void eachFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("container");
        QTest::addColumn<QString>("codec");
        QTest::addRow("gif") << int(ExportFormat::Gif) << "gif" << "gif";
        QTest::addRow("mp4") << int(ExportFormat::Mp4) << "mov,mp4,m4a,3gp,3g2,mj2" << "h264";
        QTest::addRow("webm") << int(ExportFormat::WebM) << "matroska,webm" << "vp9";
        QTest::addRow("apng") << int(ExportFormat::Apng) << "apng" << "apng";
    }
    // Container, codec, fps, size and frame count are what was asked (a new fps re-times the frames).
    void eachFormat()
    {
        QFETCH(int, format);
        QFETCH(QString, container);
        QFETCH(QString, codec);
        ExportSettings s;
        s.format = ExportFormat(format);
        s.fps = 25;
        s.scale = 1.5;
        const QString path = out(QStringLiteral("each") + ExportSettings::fileSuffix(s.format));
        const auto result = exportTo(s, path);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.frames, SourceFrames);
        const QJsonObject probe = probeContainerAndStream(path);
        QCOMPARE(probe["format_name"].toString(), container);
        QCOMPARE(probe["codec_name"].toString(), codec);
        QCOMPARE(probe["r_frame_rate"].toString(), QStringLiteral("25/1"));
        QCOMPARE(probe["width"].toInt(), 96);
        QCOMPARE(probe["height"].toInt(), 72);
        QCOMPARE(probe["nb_read_frames"].toString().toInt(), SourceFrames);
        QVERIFY(!QFile::exists(AnimationWriter::partialPath(path)));
    }

    void pngSequence()
    {
        ExportSettings s;
        s.format = ExportFormat::PngSequence;
        s.scale = 0.5;
        const QString folder = out(QStringLiteral("frames"));
        const auto result = exportTo(s, folder + QLatin1Char('/'));   // a trailing slash names the same folder
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const QStringList files = QDir(folder).entryList({QStringLiteral("frame_*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), SourceFrames);
        QCOMPARE(files.first(), QStringLiteral("frame_00001.png"));
        const QJsonObject probe = probeContainerAndStream(QDir(folder).filePath(files.first()));
        QCOMPARE(probe["codec_name"].toString(), QStringLiteral("png"));
        QCOMPARE(probe["width"].toInt(), 32);
        QCOMPARE(probe["height"].toInt(), 24);
        QVERIFY(!QFileInfo::exists(AnimationWriter::partialPath(folder)));
    }

    // MP4/WebM need even sides: 64×48 × 0.3 = 19.2×14.4 → 19×14 → 20×14.
    void oddSizesRoundToEvenForVideo()
    {
        ExportSettings s;
        s.format = ExportFormat::Mp4;
        s.scale = 0.3;
        const QString path = out(QStringLiteral("odd.mp4"));
        const auto result = exportTo(s, path);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.size, QSize(20, 14));
        const QJsonObject probe = probeContainerAndStream(path);
        QCOMPARE(probe["width"].toInt(), 20);
        QCOMPARE(probe["height"].toInt(), 14);
    }

    // trim=A:B keeps source frames A … B−1, and the first kept frame is frame A.
    void trimIsExact()
    {
        ExportSettings s;
        s.format = ExportFormat::Apng;
        s.trimStart = 3;
        s.trimEnd = 7;
        const QString path = out(QStringLiteral("trim.apng"));
        const auto result = exportTo(s, path);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(probeContainerAndStream(path)["nb_read_frames"].toString().toInt(), 4);
        const QImage first = sdanim::media::VideoFrameReader::firstFrame(path);
        QVERIFY(!first.isNull());
        QVERIFY2(similar(first.pixelColor(60, 2), frameColour(3)), qPrintable(first.pixelColor(60, 2).name()));
    }

    void trimOutsideTheSourceIsRefused()
    {
        ExportSettings s;
        s.trimStart = SourceFrames;
        const auto result = exportTo(s, out(QStringLiteral("never.mp4")));
        QVERIFY(result.error.contains(QStringLiteral("only 10 frames")));
        QVERIFY(!QFile::exists(out(QStringLiteral("never.mp4"))));
        QVERIFY(!QFile::exists(AnimationWriter::partialPath(out(QStringLiteral("never.mp4")))));
    }

    // 2N − 1 frames at twice the rate, for both methods (see ExportPipeline's header for why the
    // filters alone give 2N − 3 (minterpolate) and 2N (framerate)).
    void interpolateToTwiceTheRate_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("quality");
        QTest::addRow("mci fast") << int(Interpolation::MotionCompensated) << int(InterpolationQuality::Fast);
        QTest::addRow("mci high") << int(Interpolation::MotionCompensated) << int(InterpolationQuality::High);
        QTest::addRow("blend") << int(Interpolation::Blend) << int(InterpolationQuality::Fast);
    }
    void interpolateToTwiceTheRate()
    {
        QFETCH(int, method);
        QFETCH(int, quality);
        ExportSettings s;
        s.format = ExportFormat::Mp4;
        s.fps = 40;
        s.interpolation = Interpolation(method);
        s.quality = InterpolationQuality(quality);
        const QString path = out(QStringLiteral("interp%1%2.mp4").arg(method).arg(quality));
        const auto result = exportTo(s, path);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const QJsonObject probe = probeContainerAndStream(path);
        QCOMPARE(probe["nb_read_frames"].toString().toInt(), 2 * SourceFrames - 1);
        QCOMPARE(probe["r_frame_rate"].toString(), QStringLiteral("40/1"));
        QCOMPARE(result.frames, 2 * SourceFrames - 1);
    }

    // What the filters give on their own, on this FFmpeg (5.1): minterpolate stops one source pair
    // short (2N − 3 at twice the rate), framerate runs one source frame long (2N). ExportPipeline
    // clones the last frame (tpad) and cuts at 2N − 1; if this changes with an FFmpeg, the exact
    // counts above still hold, but look here first.
    void filtersAloneMissTwoNMinusOne()
    {
        QCOMPARE(framesThroughFilter(QStringLiteral("minterpolate=fps=40:mi_mode=mci"), SourceFrames), 2 * SourceFrames - 3);
        QCOMPARE(framesThroughFilter(QStringLiteral("minterpolate=fps=40:mi_mode=blend"), SourceFrames), 2 * SourceFrames - 3);
        QCOMPARE(framesThroughFilter(QStringLiteral("framerate=fps=40"), SourceFrames), 2 * SourceFrames);
        QCOMPARE(framesThroughFilter(QStringLiteral("tpad=stop_mode=clone:stop=2,minterpolate=fps=40:mi_mode=mci,trim=end_frame=19"),
                                     SourceFrames), 2 * SourceFrames - 1);
    }

    // floor((N − 1)·F/R) + 1 for a ratio that is not whole: 9·50/20 = 22.5 → 23 frames.
    void interpolateToAnyHigherRate()
    {
        ExportSettings s;
        s.format = ExportFormat::Gif;
        s.fps = 50;
        s.interpolation = Interpolation::Blend;
        const QString path = out(QStringLiteral("interp50.gif"));
        const auto result = exportTo(s, path);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const QJsonObject probe = probeContainerAndStream(path);
        QCOMPARE(probe["nb_read_frames"].toString().toInt(), 23);
        QCOMPARE(probe["r_frame_rate"].toString(), QStringLiteral("50/1"));
    }

    void interpolationToALowerRateIsRefused()
    {
        ExportSettings s;
        s.fps = 15;
        s.interpolation = Interpolation::MotionCompensated;
        const auto result = exportTo(s, out(QStringLiteral("lower.mp4")));
        QVERIFY(result.error.contains(QStringLiteral("higher frame rate")));
        QVERIFY(!QFile::exists(out(QStringLiteral("lower.mp4"))));
    }

    // N + (N − 2): the reversed copy repeats neither end, and it ends on frame 1.
    void pingPong()
    {
        ExportSettings s;
        s.format = ExportFormat::PngSequence;
        s.pingPong = true;
        const QString folder = out(QStringLiteral("pingpong"));
        const auto result = exportTo(s, folder);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const QStringList files = QDir(folder).entryList({QStringLiteral("frame_*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 2 * SourceFrames - 2);
        const QImage tenth(QDir(folder).filePath(files.at(SourceFrames)));     // first reversed: frame N − 2
        const QImage last(QDir(folder).filePath(files.last()));                 // last: frame 1
        QVERIFY(similar(tenth.pixelColor(60, 2), frameColour(SourceFrames - 2)));
        QVERIFY(similar(last.pixelColor(60, 2), frameColour(1)));
        // ffprobe agrees on the video formats too.
        s.format = ExportFormat::WebM;
        const QString webm = out(QStringLiteral("pingpong.webm"));
        QVERIFY(exportTo(s, webm).error.isEmpty());
        QCOMPARE(probeContainerAndStream(webm)["nb_read_frames"].toString().toInt(), 2 * SourceFrames - 2);
    }

    // Interpolation happens before the ping-pong: M = 2N − 1 frames, then 2M − 2.
    void interpolateThenPingPong()
    {
        ExportSettings s;
        s.format = ExportFormat::Mp4;
        s.interpolation = Interpolation::Blend;   // fps 0: twice the source's
        s.pingPong = true;
        const QString path = out(QStringLiteral("interp-pp.mp4"));
        const auto result = exportTo(s, path);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const QJsonObject probe = probeContainerAndStream(path);
        QCOMPARE(probe["nb_read_frames"].toString().toInt(), 2 * (2 * SourceFrames - 1) - 2);
        QCOMPARE(probe["r_frame_rate"].toString(), QStringLiteral("40/1"));
    }

    // GIF stores repeats after the first play, APNG the plays; 0 is forever in both.
    void loopCountInTheContainer()
    {
        ExportSettings s;
        s.format = ExportFormat::Gif;
        s.plays = 3;
        QVERIFY(exportTo(s, out(QStringLiteral("loop3.gif"))).error.isEmpty());
        QCOMPARE(gifLoopField(out(QStringLiteral("loop3.gif"))), 2);
        s.plays = 0;
        QVERIFY(exportTo(s, out(QStringLiteral("loop0.gif"))).error.isEmpty());
        QCOMPARE(gifLoopField(out(QStringLiteral("loop0.gif"))), 0);
        s.plays = 1;
        QVERIFY(exportTo(s, out(QStringLiteral("loop1.gif"))).error.isEmpty());
        QCOMPARE(gifLoopField(out(QStringLiteral("loop1.gif"))), -1);   // no NETSCAPE block: plays once
        QCOMPARE(probeContainerAndStream(out(QStringLiteral("loop1.gif")))["nb_read_frames"].toString().toInt(), SourceFrames);
        s.format = ExportFormat::Apng;
        s.plays = 3;
        QVERIFY(exportTo(s, out(QStringLiteral("loop3.apng"))).error.isEmpty());
        QCOMPARE(apngPlays(out(QStringLiteral("loop3.apng"))), 3);
        QCOMPARE(probeContainerAndStream(out(QStringLiteral("loop3.apng")))["nb_read_frames"].toString().toInt(), SourceFrames);
    }

    // A video has no loop count: it holds the clip `plays` times.
    void loopCountInVideoRepeatsTheFrames()
    {
        ExportSettings s;
        s.format = ExportFormat::Mp4;
        s.plays = 3;
        s.trimEnd = 6;
        const QString path = out(QStringLiteral("loop3.mp4"));
        const auto result = exportTo(s, path);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(probeContainerAndStream(path)["nb_read_frames"].toString().toInt(), 18);
    }

    void planMatchesTheExport()
    {
        ExportSettings s;
        s.format = ExportFormat::WebM;
        s.trimStart = 1;
        s.interpolation = Interpolation::MotionCompensated;
        s.fps = 60;
        s.pingPong = true;
        s.plays = 2;
        const auto plan = ExportPipeline::plan(ExportPipeline::probe(m_gif), s);
        QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
        const int interpolated = (SourceFrames - 2) * 3 + 1;   // 9 frames from 20 to 60 fps
        QCOMPARE(plan.outputFrames, 2 * (2 * interpolated - 2));
        const QString path = out(QStringLiteral("plan.webm"));
        QVERIFY(exportTo(s, path).error.isEmpty());
        QCOMPARE(probeContainerAndStream(path)["nb_read_frames"].toString().toInt(), plan.outputFrames);
    }

    void previewGivesTheFirstInterpolatedFrames()
    {
        ExportSettings s;
        s.interpolation = Interpolation::MotionCompensated;
        s.scale = 2;
        s.pingPong = true;
        OutputExporter exporter;
        QSignalSpy ready(&exporter, &OutputExporter::previewReady);
        exporter.startPreview(m_gif, s, 5);
        QVERIFY(ready.wait(60000));
        const auto frames = ready.first().at(0).value<QList<QImage>>();
        QVERIFY2(ready.first().at(1).toString().isEmpty(), qPrintable(ready.first().at(1).toString()));
        QCOMPARE(frames.size(), 5);
        QCOMPARE(frames.first().size(), QSize(128, 96));
        QVERIFY(similar(frames.first().pixelColor(120, 4), frameColour(0)));
        QVERIFY(similar(frames.at(2).pixelColor(120, 4), frameColour(1)));   // every other frame is a source frame
    }

    void exporterReportsProgressAndFinishes()
    {
        ExportSettings s;
        s.format = ExportFormat::Gif;
        OutputExporter exporter;
        QSignalSpy progress(&exporter, &OutputExporter::progress);
        QSignalSpy finished(&exporter, &OutputExporter::finished);
        const QString path = out(QStringLiteral("async.gif"));
        exporter.start(m_gif, s, path);
        QVERIFY(exporter.isRunning());
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().at(1).value<ExportPipeline::Result>();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!exporter.isRunning());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), SourceFrames);
        QCOMPARE(progress.last().at(1).toInt(), SourceFrames);
        QVERIFY(QFile::exists(path));
    }

    // A cancel in the middle leaves neither the file nor its .part.
    void cancelLeavesNothing()
    {
        const QString bigSource = out(QStringLiteral("big.mp4"));
        QString error;
        QVERIFY2(writeSource(bigSource, ExportFormat::Mp4, 120, QSize(320, 240), &error), qPrintable(error));
        ExportSettings s;
        s.format = ExportFormat::WebM;
        s.interpolation = Interpolation::MotionCompensated;
        s.quality = InterpolationQuality::High;
        s.fps = 80;
        OutputExporter exporter;
        QSignalSpy progress(&exporter, &OutputExporter::progress);
        QSignalSpy finished(&exporter, &OutputExporter::finished);
        const QString path = out(QStringLiteral("canceled.webm"));
        exporter.start(bigSource, s, path);
        // Cancel once the first frames are written, so the .part exists on disk.
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toInt() > 0, 60000);
        QVERIFY(QFile::exists(AnimationWriter::partialPath(path)));
        exporter.cancel();
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().at(1).value<ExportPipeline::Result>();
        QVERIFY(result.canceled);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(AnimationWriter::partialPath(path)));
    }

    void writerCancelAndDestructionLeaveNothing()
    {
        const QString path = out(QStringLiteral("writer.gif"));
        {
            AnimationWriter writer;
            QVERIFY(writer.open(path, {ExportFormat::Gif, QSize(32, 32), 10, 0}));
            QVERIFY(writer.addFrame(sourceFrame(0, QSize(32, 32))));
            QVERIFY(QFile::exists(AnimationWriter::partialPath(path)));
            writer.cancel();
            QVERIFY(!QFile::exists(AnimationWriter::partialPath(path)));
        }
        {
            AnimationWriter writer;
            QVERIFY(writer.open(path, {ExportFormat::PngSequence, QSize(32, 32), 10, 0}));
            QVERIFY(writer.addFrame(sourceFrame(0, QSize(16, 16))));   // scaled to 32×32
        }
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(AnimationWriter::partialPath(path)));
    }

    void badValuesHaveAMessage()
    {
        ExportSettings s;
        s.fps = 500;
        QVERIFY(!s.validationError().isEmpty());
        s = {};
        s.scale = 0;
        QVERIFY(!s.validationError().isEmpty());
        s = {};
        s.trimStart = 5;
        s.trimEnd = 5;
        QVERIFY(!s.validationError().isEmpty());
        s = {};
        s.plays = -1;
        QVERIFY(!s.validationError().isEmpty());
        QVERIFY(ExportSettings{}.validationError().isEmpty());
        AnimationWriter writer;
        QVERIFY(!writer.open(out(QStringLiteral("x.mp4")), {ExportFormat::Mp4, QSize(0, 10), 20, 0}));
        QVERIFY(!writer.errorString().isEmpty());
        std::atomic_bool cancel{false};
        QFile junk(out(QStringLiteral("junk.gif")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a gif at all");
        junk.close();
        QVERIFY(!ExportPipeline::run(junk.fileName(), ExportSettings{}, out(QStringLiteral("junk.mp4")), cancel).error.isEmpty());
        QVERIFY(!QFile::exists(out(QStringLiteral("junk.mp4"))));
    }

    void settingsRoundTripThroughJson()
    {
        ExportSettings s;
        s.format = ExportFormat::Apng;
        s.fps = 30;
        s.interpolation = Interpolation::Blend;
        s.quality = InterpolationQuality::High;
        s.trimStart = 2;
        s.trimEnd = 9;
        s.pingPong = true;
        s.scale = 0.5;
        s.plays = 4;
        const ExportSettings back = ExportSettings::fromJson(s.toJson());
        QCOMPARE(back.toJson(), s.toJson());
        QCOMPARE(back.trimEnd, 9);
        QCOMPARE(back.format, ExportFormat::Apng);
    }
};

QTEST_GUILESS_MAIN(TestOutputExport)
#include "tst_output_export.moc"
