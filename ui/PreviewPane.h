#pragma once

#include <QImage>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QMediaPlayer;
class QScrollArea;
class QStackedWidget;
class QVideoWidget;

namespace sdanim::ui {

class PreviewDragStarter;
class PreviewFileActions;
class PreviewFilmstrip;
class PreviewGifPlayer;
class PreviewImageView;

// Shows the output of a prediction: MP4 through QMediaPlayer + QVideoWidget, GIF (and PNG frames)
// through PreviewGifPlayer, the intermediate PNGs of a running prediction as a filmstrip, and the
// file actions (save a copy, reveal, copy, drag out). Does no networking.
class PreviewPane : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Empty, Animation, Video };
    Q_ENUM(Kind)

    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    Kind kind() const { return m_kind; }
    QString currentFile() const { return m_file; }
    bool isPlaying() const;
    bool isLooping() const { return m_looping; }
    double speed() const { return m_speed; }
    bool isActualSize() const { return m_actualSize; }
    bool isOfflinePreview() const { return m_offline; }
    // The frame on screen (GIF/PNG frame, or the current video frame); null when nothing is shown.
    QImage currentImage() const;
    int filmstripCount() const;

    static QList<double> speedSteps();

    // For tests and the main window's status bar.
    PreviewGifPlayer *animationPlayer() const { return m_gif; }
    // Creates the player if no video was shown yet (tests and benchmarks connect to it).
    QMediaPlayer *mediaPlayer();
    PreviewFilmstrip *filmstrip() const { return m_filmstrip; }
    PreviewFileActions *fileActions() const { return m_fileActions; }

public slots:
    void showFile(const QString &path);
    void clear();
    // Marks the shown output as produced by the offline emulator (synthetic, not the real model).
    void setOfflinePreview(bool offline);
    void addIntermediateFrame(int outputIndex, const QString &path);
    void clearIntermediateFrames();

    void play();
    void pause();
    void togglePlaying();
    void stepForward();
    void stepBackward();
    void setLooping(bool looping);
    void setSpeed(double speed);
    void setActualSize(bool actualSize);

    void saveAs();
    void openContainingFolder();
    void copyToClipboard();

signals:
    void fileShown(const QString &path);
    // "Export…": a local re-export of the file on screen (the window opens ui::ExportDialog).
    void exportRequested(const QString &path);
    void playingChanged(bool playing);
    void errorOccurred(const QString &message);
    // A short confirmation for the status bar ("Saved to …").
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void showStill(const QString &path);
    void setKind(Kind kind);
    void updateBadge();
    void updateActions();
    void updatePositionLabel();
    void applyVideoSize();
    void showError(const QString &text);
    double videoFps() const;
    int videoFrameAt(qint64 positionMs) const;
    int videoFrameCount() const;
    void seekVideoFrame(int frame);
    QPixmap dragPixmap() const;
    // The player and its video widget are made when the first video is shown: creating a
    // QMediaPlayer loads the multimedia backend (FFmpeg), ~40 ms the window's first paint need not wait for.
    void ensurePlayer();

    Kind m_kind = Kind::Empty;
    QString m_file;
    bool m_looping = true;
    bool m_actualSize = false;
    bool m_offline = false;
    double m_speed = 1.0;

    PreviewGifPlayer *m_gif;
    QMediaPlayer *m_player = nullptr;
    PreviewFileActions *m_fileActions;

    QLabel *m_offlineBadge = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QScrollArea *m_imageScroll = nullptr;
    PreviewImageView *m_imageView = nullptr;
    QScrollArea *m_videoScroll = nullptr;
    QVideoWidget *m_videoWidget = nullptr;
    PreviewFilmstrip *m_filmstrip = nullptr;
    QLabel *m_positionLabel = nullptr;
    QComboBox *m_speedBox = nullptr;
    QLabel *m_dragHandle = nullptr;
    PreviewDragStarter *m_dragStarter = nullptr;

    QAction *m_playAction = nullptr;
    QAction *m_stepBackAction = nullptr;
    QAction *m_stepForwardAction = nullptr;
    QAction *m_loopAction = nullptr;
    QAction *m_actualSizeAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revealAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_exportAction = nullptr;
};

} // namespace sdanim::ui
