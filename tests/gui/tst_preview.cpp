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
    void mp4Plays();
    void mp4FrameStep();
    void mp4LoopsAndStopsWithoutLoop();
    void filmstripGrowsInOutputOrder();
    void offlineBadge();
    void copyPutsFileAndFrameOnClipboard();
    void openContainingFolderOpensTheDirectory();
    void saveCopyWritesIdenticalFile();
    void missingFileShowsError();
    void corruptGifShowsError();

private:
    QString ffmpeg(const QString &name, const QStringList &outputArgs);

    QTemporaryDir m_dir;
    QString m_gif;
    QString m_mp4;
};

QString TestPreview::ffmpeg(const QString &name, const QStringList &outputArgs)
{
    const QString path = m_dir.filePath(name);
    QProcess process;
    process.start(QStringLiteral("ffmpeg"),
                  QStringList{"-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=128x128:rate=10", "-t", "1"}
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
