#include "store/Sidecar.h"
#include "media/AnimationFrameStream.h"
#include "ui/PreviewFileActions.h"
#include "ui/PreviewFilmstrip.h"
#include "ui/PreviewGifPlayer.h"
#include "ui/PreviewPane.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QImageReader>
#include <QLabel>
#include <QMediaPlayer>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using sdanim::media::AnimationFrameStream;
using sdanim::ui::PreviewFileActions;
using sdanim::ui::PreviewPane;

// Receives the URLs PreviewPane hands to QDesktopServices instead of a real file manager.
class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

class TestPreview : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void gifAnimates();
    void gifStepsBothWaysAndHonoursSpeed();
    void gifWithoutLoopStopsAtLastFrame();
    void streamKeepsABoundedWindowInPlaybackOrder();
    void streamSeeksAheadAndBack();
    void streamKeepsASmallAnimationWhole();
    void longGifPlaysInOrderWithBoundedMemory();
    void mp4Plays();
    void mp4FrameStep();
    void mp4LoopsAndStopsWithoutLoop();
    void filmstripGrowsInOutputOrder();
    void offlineBadge();
    void copyPutsFileAndFrameOnClipboard();
    void openContainingFolderOpensTheDirectory();
    void saveCopyWritesIdenticalFile();
    void saveCopyCarriesTheSidecar();
    void missingFileShowsError();
    void corruptGifShowsError();

private:
    QString ffmpeg(const QString &name, const QStringList &outputArgs, const QString &duration = QStringLiteral("1"),
                   const QString &size = QStringLiteral("128x128"));

    QTemporaryDir m_dir;
    QString m_gif;
    // 40 frames of 64×48 and every one of them as Qt decodes it, in order.
    QString m_longGif;
    QList<QImage> m_longFrames;
    QString m_mp4;
};

QString TestPreview::ffmpeg(const QString &name, const QStringList &outputArgs, const QString &duration,
                            const QString &size)
{
    const QString path = m_dir.filePath(name);
    QProcess process;
    process.start(QStringLiteral("ffmpeg"),
                  QStringList{"-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=" + size + ":rate=10", "-t", duration}
                      + outputArgs + QStringList{path});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        qWarning() << process.readAllStandardError();
    return path;
}

void TestPreview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_gif = ffmpeg(QStringLiteral("video.gif"), {});
    m_mp4 = ffmpeg(QStringLiteral("output.mp4"), {"-pix_fmt", "yuv420p"});
    QVERIFY2(QFileInfo(m_gif).size() > 0, "ffmpeg could not make the test GIF");
    QVERIFY2(QFileInfo(m_mp4).size() > 0, "ffmpeg could not make the test MP4");
    QCOMPARE(QImageReader(m_gif).imageCount(), 10);

    m_longGif = ffmpeg(QStringLiteral("long.gif"), {}, QStringLiteral("4"), QStringLiteral("64x48"));
    QImageReader reader(m_longGif);
    QImage image;
    while (reader.read(&image))
        m_longFrames.append(image.convertToFormat(QImage::Format_ARGB32_Premultiplied));
    QCOMPARE(m_longFrames.size(), 40);
    // testsrc moves every frame, so a frame out of order cannot compare equal.
    for (int i = 1; i < m_longFrames.size(); ++i)
        QVERIFY(m_longFrames[i] != m_longFrames[i - 1]);
}

namespace {
constexpr qint64 LongFrameBytes = 64 * 48 * 4;
}

void TestPreview::streamKeepsABoundedWindowInPlaybackOrder()
{
    AnimationFrameStream stream;
    QSignalSpy opened(&stream, &AnimationFrameStream::opened);
    stream.open(m_longGif, 8 * LongFrameBytes);
    QVERIFY(opened.wait());
    QCOMPARE(opened.at(0).at(0).toInt(), 40);
    QCOMPARE(opened.at(0).at(1).toSize(), QSize(64, 48));
    QCOMPARE(stream.capacity(), 8);
    // Two loops and a bit, as a player would walk them.
    int highest = 0;
    for (int step = 0; step < 90; ++step) {
        const int index = step % 40;
        QTRY_VERIFY2(stream.hasFrame(index), qPrintable(QString::number(index)));
        QCOMPARE(stream.frame(index).image, m_longFrames[index]);
        QCOMPARE(stream.frame(index).delayMs, 100);
        stream.setPlayhead(index);
        highest = std::max(highest, stream.cachedFrameCount());
        // Nothing outside the window: at most 2 behind (capacity / 4) and 5 ahead, wrapping at the end.
        for (int cached : stream.cachedFrames()) {
            const int ahead = (cached - index + 40) % 40;
            const int behind = (index - cached + 40) % 40;
            QVERIFY2(ahead <= 5 || (behind >= 1 && behind <= 2),
                     qPrintable(QStringLiteral("frame %1 cached at playhead %2").arg(cached).arg(index)));
        }
    }
    QVERIFY(highest <= 8);
    QVERIFY(stream.hasReachedEnd());
    // Looping went through the start again twice, by restarting the decoder, not by keeping all frames.
    QCOMPARE(stream.restartCount(), 2);
    // After the playhead stops, the decoder fills the window ahead and stops there.
    QTRY_COMPARE(stream.cachedFrameCount(), 8);
    QVERIFY(stream.decodedFrameCount() <= 90 + 6);
}

void TestPreview::streamSeeksAheadAndBack()
{
    AnimationFrameStream stream;
    stream.open(m_longGif, 8 * LongFrameBytes);
    QTRY_VERIFY(stream.hasFrame(0));
    stream.setPlayhead(30);  // ahead: decoded through, only the window is kept
    QTRY_VERIFY(stream.hasFrame(30));
    QCOMPARE(stream.frame(30).image, m_longFrames[30]);
    QTRY_COMPARE(stream.cachedFrameCount(), 8);
    QVERIFY(stream.hasFrame(28) && stream.hasFrame(29) && stream.hasFrame(35));
    QVERIFY(!stream.hasFrame(27) && !stream.hasFrame(36) && !stream.hasFrame(0));
    QCOMPARE(stream.restartCount(), 0);
    stream.setPlayhead(29);  // one step back: still in the window
    QVERIFY(stream.hasFrame(29));
    stream.setPlayhead(3);  // behind the window: from the first frame again
    QTRY_VERIFY(stream.hasFrame(3));
    QCOMPARE(stream.restartCount(), 1);
    QCOMPARE(stream.frame(3).image, m_longFrames[3]);
    QTRY_VERIFY(stream.hasFrame(8));
    QVERIFY(!stream.hasFrame(30));
    stream.setLooping(false);
    stream.setPlayhead(39);  // without looping the window ends at the last frame
    QTRY_VERIFY(stream.hasFrame(39));
    QCOMPARE(stream.frame(39).image, m_longFrames[39]);
    QTRY_COMPARE(stream.cachedFrames(), (QList<int>{37, 38, 39}));
}

void TestPreview::streamKeepsASmallAnimationWhole()
{
    AnimationFrameStream stream;
    QSignalSpy ended(&stream, &AnimationFrameStream::endReached);
    stream.open(m_longGif, 40 * LongFrameBytes);
    QVERIFY(ended.wait());
    QCOMPARE(ended.at(0).at(0).toInt(), 40);
    QTRY_COMPARE(stream.cachedFrameCount(), 40);
    for (int index : {39, 0, 17})
        stream.setPlayhead(index);
    QCOMPARE(stream.cachedFrameCount(), 40);
    QCOMPARE(stream.decodedFrameCount(), 40);  // each frame decoded once, however it is played
    QCOMPARE(stream.restartCount(), 0);

    // A frame too large for the budget even a few at a time is decoded smaller.
    AnimationFrameStream tiny;
    QSignalSpy opened(&tiny, &AnimationFrameStream::opened);
    tiny.open(m_longGif, LongFrameBytes);
    QVERIFY(opened.wait());
    QCOMPARE(tiny.frameSize(), QSize(32, 24));
    QTRY_VERIFY(tiny.hasFrame(0));
    QCOMPARE(tiny.frame(0).image.size(), QSize(32, 24));
}

void TestPreview::longGifPlaysInOrderWithBoundedMemory()
{
    PreviewPane pane;
    pane.show();
    auto *player = pane.animationPlayer();
    player->setCacheBytes(8 * LongFrameBytes);
    pane.setSpeed(4.0);
    QList<int> shown;
    int mostCached = 0;
    connect(player, &sdanim::ui::PreviewGifPlayer::frameChanged, this, [&](int index, const QImage &image) {
        shown.append(index);
        mostCached = std::max(mostCached, player->decodedFrameCount());
        QCOMPARE(image, m_longFrames[index]);
    });
    pane.showFile(m_longGif);
    QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 50, 20000);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(shown[i], i % 40);
    QCOMPARE(player->frameCount(), 40);
    QCOMPARE(player->cacheCapacity(), 8);
    QVERIFY(mostCached <= 8);
    QVERIFY(pane.findChild<QLabel *>(QStringLiteral("positionLabel"))->text().contains(QStringLiteral("/ 40")));

    // Seeking behind the window waits for the decoder, then shows exactly that frame.
    pane.pause();
    const int restarts = player->stream().restartCount();
    player->seekFrame(37);
    QTRY_COMPARE(pane.currentImage(), m_longFrames[37]);
    player->seekFrame(2);
    QCOMPARE(player->currentFrame(), 2);
    QTRY_COMPARE(pane.currentImage(), m_longFrames[2]);
    QVERIFY(player->stream().restartCount() > restarts);
    pane.stepBackward();
    QTRY_COMPARE(pane.currentImage(), m_longFrames[1]);
    pane.stepForward();
    pane.stepForward();
    QTRY_COMPARE(pane.currentImage(), m_longFrames[3]);
    QCOMPARE(player->currentFrame(), 3);
    QVERIFY(!pane.isPlaying());
    QVERIFY(player->decodedFrameCount() <= 8);
}

void TestPreview::gifAnimates()
{
    PreviewPane pane;
    pane.resize(400, 400);
    pane.show();
    pane.showFile(m_gif);
    QCOMPARE(pane.kind(), PreviewPane::Kind::Animation);
    QVERIFY(pane.isPlaying());
    auto *player = pane.animationPlayer();
    QTRY_VERIFY(player->currentFrame() >= 0);
    const int first = player->currentFrame();
    QTRY_VERIFY_WITH_TIMEOUT(player->currentFrame() != first, 2000);
    QTRY_VERIFY(player->isFullyDecoded());
    QCOMPARE(player->frameCount(), 10);
    QCOMPARE(pane.currentImage().size(), QSize(128, 128));
    // It loops by default: frame numbers wrap around to the start again.
    QSignalSpy frames(player, &sdanim::ui::PreviewGifPlayer::frameChanged);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(frames.cbegin(), frames.cend(), [](const QList<QVariant> &args) { return args.at(0).toInt() == 0; }),
        3000);
    QVERIFY(pane.findChild<QLabel *>(QStringLiteral("positionLabel"))->text().contains(QStringLiteral("/ 10")));
}

void TestPreview::gifStepsBothWaysAndHonoursSpeed()
{
    PreviewPane pane;
    pane.show();
    pane.showFile(m_gif);
    auto *player = pane.animationPlayer();
    QTRY_VERIFY(player->isFullyDecoded());
    pane.pause();
    QVERIFY(!pane.isPlaying());
    player->seekFrame(0);
    pane.stepForward();
    QCOMPARE(player->currentFrame(), 1);
    pane.stepBackward();
    pane.stepBackward();
    QCOMPARE(player->currentFrame(), 9);  // wraps to the last frame
    QVERIFY(!pane.isPlaying());            // stepping paused playback: no next frame is scheduled
    QCOMPARE(player->scheduledIntervalMs(), -1);

    // Every frame of the test GIF is shown 100 ms at 1x: 25 ms at 4x, 400 ms at 0.25x.
    QCOMPARE(player->currentDelayMs(), 100);
    pane.setSpeed(4.0);
    QCOMPARE(pane.speed(), 4.0);
    QSignalSpy frames(player, &sdanim::ui::PreviewGifPlayer::frameChanged);
    pane.play();
    QCOMPARE(player->scheduledIntervalMs(), 25);
    // From the last frame it wraps to the first and plays a whole loop in order.
    QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= 10, 10000);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(frames.at(i).at(0).toInt(), i);
    pane.setSpeed(0.25);
    QCOMPARE(player->scheduledIntervalMs(), 400);  // the frame on screen is rescheduled at once
    pane.setSpeed(100);  // clamped to the fastest step
    QCOMPARE(pane.speed(), 4.0);
    QCOMPARE(player->scheduledIntervalMs(), 25);
}

void TestPreview::gifWithoutLoopStopsAtLastFrame()
{
    PreviewPane pane;
    pane.setLooping(false);
    pane.setSpeed(4.0);
    pane.showFile(m_gif);
    auto *player = pane.animationPlayer();
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isPlaying(), 3000);
    QCOMPARE(player->currentFrame(), 9);
    pane.play();  // restarts from the beginning
    QVERIFY(pane.isPlaying());
    QCOMPARE(player->currentFrame(), 0);
}

void TestPreview::mp4Plays()
{
    PreviewPane pane;
    pane.resize(400, 400);
    pane.show();
    pane.showFile(m_mp4);
    QCOMPARE(pane.kind(), PreviewPane::Kind::Video);
    QMediaPlayer *player = pane.mediaPlayer();
    QTRY_COMPARE_WITH_TIMEOUT(player->playbackState(), QMediaPlayer::PlayingState, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(player->position() > 300, 5000);
    QCOMPARE(player->error(), QMediaPlayer::NoError);
    QTRY_VERIFY(player->duration() >= 900);
    QTRY_VERIFY(!pane.currentImage().isNull());
}

void TestPreview::mp4FrameStep()
{
    PreviewPane pane;
    pane.show();
    pane.showFile(m_mp4);
    QMediaPlayer *player = pane.mediaPlayer();
    QTRY_VERIFY_WITH_TIMEOUT(player->position() > 100, 5000);
    pane.pause();
    QTRY_COMPARE(player->playbackState(), QMediaPlayer::PausedState);
    player->setPosition(500);
    QTRY_COMPARE(player->position(), qint64(500));
    pane.stepForward();
    QTRY_COMPARE(player->position(), qint64(600));  // one frame at 10 fps
    QTRY_COMPARE(pane.findChild<QLabel *>(QStringLiteral("positionLabel"))->text(), QStringLiteral("Frame 7 / 10"));
    pane.stepBackward();
    pane.stepBackward();
    QTRY_COMPARE(player->position(), qint64(400));
    QCOMPARE(player->playbackState(), QMediaPlayer::PausedState);
}

void TestPreview::mp4LoopsAndStopsWithoutLoop()
{
    PreviewPane pane;
    pane.show();
    pane.setSpeed(2.0);
    pane.showFile(m_mp4);
    QMediaPlayer *player = pane.mediaPlayer();
    QTRY_VERIFY_WITH_TIMEOUT(player->position() > 600, 5000);
    // Looping (the default): the position comes back to the start and playback goes on.
    QTRY_VERIFY_WITH_TIMEOUT(player->position() < 400 && pane.isPlaying(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(player->position() > 400, 5000);

    pane.setLooping(false);
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isPlaying(), 5000);
    QCOMPARE(player->mediaStatus(), QMediaPlayer::EndOfMedia);
}

void TestPreview::filmstripGrowsInOutputOrder()
{
    PreviewPane pane;
    pane.show();
    QVERIFY(!pane.filmstrip()->isVisible());
    QStringList paths;
    for (int i = 0; i < 4; ++i) {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor::fromHsv(i * 60, 200, 200));
        paths << m_dir.filePath(QStringLiteral("frame-%1.png").arg(i));
        QVERIFY(image.save(paths.last()));
    }
    pane.addIntermediateFrame(0, paths[0]);
    QCOMPARE(pane.filmstripCount(), 1);
    QVERIFY(pane.filmstrip()->isVisible());
    pane.addIntermediateFrame(2, paths[2]);
    pane.addIntermediateFrame(1, paths[1]);  // arrived late: still shown between 0 and 2
    pane.addIntermediateFrame(3, paths[3]);
    QCOMPARE(pane.filmstripCount(), 4);
    for (int row = 0; row < 4; ++row)
        QCOMPARE(pane.filmstrip()->framePath(row), paths[row]);
    pane.addIntermediateFrame(3, paths[3]);  // the same output again replaces it
    QCOMPARE(pane.filmstripCount(), 4);
    // Thumbnails arrive from a worker thread.
    QTRY_VERIFY(!pane.filmstrip()->item(3)->icon().isNull());
    // Clicking a frame shows it large.
    emit pane.filmstrip()->frameActivated(paths[2]);
    QCOMPARE(pane.currentFile(), paths[2]);
    QTRY_COMPARE(pane.currentImage().size(), QSize(64, 48));
    pane.clearIntermediateFrames();
    QCOMPARE(pane.filmstripCount(), 0);
}

void TestPreview::offlineBadge()
{
    PreviewPane pane;
    pane.show();
    auto *badge = pane.findChild<QLabel *>(QStringLiteral("offlineBadge"));
    QVERIFY(badge);
    QVERIFY(!badge->isVisible());
    pane.setOfflinePreview(true);
    QVERIFY(!badge->isVisible());  // nothing shown yet, nothing to label
    pane.showFile(m_gif);
    QVERIFY(badge->isVisible());
    QVERIFY(badge->text().contains(QStringLiteral("emulator")));
    pane.setOfflinePreview(false);
    QVERIFY(!badge->isVisible());
    pane.clear();
    pane.setOfflinePreview(true);
    pane.addIntermediateFrame(0, m_gif);  // intermediate frames of an emulator run are labelled too
    QVERIFY(badge->isVisible());
}

void TestPreview::copyPutsFileAndFrameOnClipboard()
{
    PreviewPane pane;
    pane.showFile(m_gif);
    QTRY_VERIFY(!pane.currentImage().isNull());
    pane.pause();
    pane.copyToClipboard();
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->urls(), QList<QUrl>{QUrl::fromLocalFile(m_gif)});
    QVERIFY(mime->hasImage());
    QCOMPARE(qvariant_cast<QImage>(mime->imageData()).size(), QSize(128, 128));

    // The drag carries the same file URL.
    std::unique_ptr<QMimeData> drag(PreviewFileActions::mimeDataFor(m_mp4));
    QCOMPARE(drag->urls(), QList<QUrl>{QUrl::fromLocalFile(m_mp4)});
}

void TestPreview::openContainingFolderOpensTheDirectory()
{
    UrlRecorder recorder;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &recorder, "open");
    PreviewPane pane;
    pane.showFile(m_mp4);
    pane.openContainingFolder();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(recorder.urls, QList<QUrl>{QUrl::fromLocalFile(m_dir.path())});
}

void TestPreview::saveCopyWritesIdenticalFile()
{
    PreviewFileActions actions;
    QSignalSpy saved(&actions, &PreviewFileActions::saved);
    QSignalSpy failed(&actions, &PreviewFileActions::failed);
    const QString target = m_dir.filePath(QStringLiteral("copy.gif"));
    actions.saveCopy(m_gif, target);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).toString(), target);
    QFile a(m_gif), b(target);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());

    actions.saveCopy(m_gif, m_dir.filePath(QStringLiteral("no/such/dir/copy.gif")));
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("copy.gif")));
}

void TestPreview::saveCopyCarriesTheSidecar()
{
    QTemporaryDir runDir;
    const QString source = runDir.filePath(QStringLiteral("video.gif"));
    QVERIFY(QFile::copy(m_gif, source));
    sdanim::store::SidecarInfo info;
    info.predictionId = QStringLiteral("abc123");
    info.backend = QStringLiteral("emulator");
    info.input = QJsonObject{{QStringLiteral("prompt_start"), QStringLiteral("a fox")}, {QStringLiteral("seed"), 7}};
    QVERIFY(sdanim::store::Sidecar::write(info, source));
    QCOMPARE(sdanim::store::Sidecar::read(source)->fileName, QStringLiteral("video.gif"));

    PreviewFileActions actions;
    QSignalSpy saved(&actions, &PreviewFileActions::saved);
    QSignalSpy failed(&actions, &PreviewFileActions::failed);
    const QString target = m_dir.filePath(QStringLiteral("my fox.gif"));
    actions.saveCopy(source, target);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(failed.count(), 0);
    // The copy restores the same inputs, and its sidecar names the copy, not the original.
    const auto copied = sdanim::store::Sidecar::read(target);
    QVERIFY(copied.has_value());
    QCOMPARE(copied->fileName, QStringLiteral("my fox.gif"));
    QCOMPARE(copied->input, info.input);
    QCOMPARE(copied->predictionId, QStringLiteral("abc123"));
    QVERIFY(QFile::exists(sdanim::store::Sidecar::pathFor(source)));  // the original keeps its own

    // Replacing that copy with a file that has no sidecar drops the sidecar that no longer fits.
    actions.saveCopy(m_gif, target);
    QTRY_COMPARE(saved.count(), 2);
    QVERIFY(!QFile::exists(sdanim::store::Sidecar::pathFor(target)));
    QVERIFY(!sdanim::store::Sidecar::read(target).has_value());
}

void TestPreview::missingFileShowsError()
{
    PreviewPane pane;
    QSignalSpy errors(&pane, &PreviewPane::errorOccurred);
    pane.showFile(m_dir.filePath(QStringLiteral("gone.gif")));
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("gone.gif")));
    QCOMPARE(pane.kind(), PreviewPane::Kind::Empty);
}

void TestPreview::corruptGifShowsError()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.gif"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("GIF89a this is not really a gif");
    file.close();
    PreviewPane pane;
    QSignalSpy errors(&pane, &PreviewPane::errorOccurred);
    pane.showFile(path);
    QTRY_COMPARE(errors.count(), 1);
    QCOMPARE(pane.kind(), PreviewPane::Kind::Empty);
    QVERIFY(!pane.isPlaying());
}

QTEST_MAIN(TestPreview)
#include "tst_preview.moc"
