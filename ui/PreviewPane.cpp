#include "ui/PreviewPane.h"
#include "ui/DeferredIcon.h"

#include "ui/PreviewControlIcons.h"
#include "ui/PreviewDragStarter.h"
#include "ui/PreviewFileActions.h"
#include "ui/PreviewFilmstrip.h"
#include "ui/PreviewGifPlayer.h"
#include "ui/PreviewImageView.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QMimeData>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>
#include <cmath>

namespace sdanim::ui {

namespace {
enum Page { EmptyPage, ImagePage, VideoPage };

bool isVideoFile(const QString &path)
{
    static const QStringList videoSuffixes{QStringLiteral("mp4"), QStringLiteral("m4v"), QStringLiteral("mov"),
                                           QStringLiteral("webm"), QStringLiteral("mkv")};
    return videoSuffixes.contains(QFileInfo(path).suffix().toLower());
}

QToolButton *toolButtonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    return button;
}
} // namespace

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_gif(new PreviewGifPlayer(this))
    , m_fileActions(new PreviewFileActions(this))
{
    buildUi();

    connect(m_gif, &PreviewGifPlayer::frameChanged, this, [this](int, const QImage &image) {
        m_imageView->setImage(image);
        updatePositionLabel();
    });
    connect(m_gif, &PreviewGifPlayer::playingChanged, this, [this](bool playing) {
        if (m_kind == Kind::Animation) {
            updateActions();
            emit playingChanged(playing);
        }
    });
    connect(m_gif, &PreviewGifPlayer::loaded, this, [this] { updatePositionLabel(); });
    connect(m_gif, &PreviewGifPlayer::failed, this, &PreviewPane::showError);

    connect(m_filmstrip, &PreviewFilmstrip::frameActivated, this, &PreviewPane::showStill);
    connect(m_fileActions, &PreviewFileActions::saved, this, [this](const QString &target) {
        emit message(tr("Saved %1").arg(QDir::toNativeSeparators(target)));
    });
    connect(m_fileActions, &PreviewFileActions::failed, this, &PreviewPane::errorOccurred);

    m_dragStarter = new PreviewDragStarter(
        [this]() -> QMimeData * {
            return m_file.isEmpty() ? nullptr : PreviewFileActions::mimeDataFor(m_file);
        },
        [this] { return dragPixmap(); }, this);
    m_dragStarter->watch(m_imageView);
    m_dragStarter->watch(m_dragHandle);

    updateActions();
}

PreviewPane::~PreviewPane()
{
    if (!m_player) return;
    // stop() below emits positionChanged synchronously; whoever connected to mediaPlayer() (the
    // storyboard's playhead) may be half-destroyed already, as this pane dies with its parent.
    m_player->blockSignals(true);
    m_player->disconnect(this);
    m_videoWidget->videoSink()->disconnect(this);
    m_player->stop();
}

QMediaPlayer *PreviewPane::mediaPlayer()
{
    ensurePlayer();
    return m_player;
}

void PreviewPane::ensurePlayer()
{
    if (m_player) return;
    m_videoWidget = new QVideoWidget;
    m_videoWidget->setObjectName(QStringLiteral("previewVideo"));
    m_videoWidget->setAspectRatioMode(Qt::KeepAspectRatio);
    m_videoScroll->setWidget(m_videoWidget);
    m_dragStarter->watch(m_videoWidget);
    m_player = new QMediaPlayer(this);
    m_player->setPlaybackRate(m_speed);
    m_player->setVideoOutput(m_videoWidget);
    // Looping by hand: with Qt 6.4's FFmpeg backend, setLoops(Infinite) still stopped at the end.
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::EndOfMedia && m_looping && m_kind == Kind::Video) {
            m_player->setPosition(0);
            m_player->play();
        }
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        if (m_kind == Kind::Video) {
            updateActions();
            emit playingChanged(state == QMediaPlayer::PlayingState);
        }
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, &PreviewPane::updatePositionLabel);
    connect(m_player, &QMediaPlayer::durationChanged, this, &PreviewPane::updatePositionLabel);
    connect(m_player, &QMediaPlayer::metaDataChanged, this, &PreviewPane::applyVideoSize);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &text) {
        showError(tr("Cannot play %1: %2").arg(QFileInfo(m_file).fileName(), text));
    });
    // Queued: the sink emits this while holding the lock that videoSize() takes.
    connect(m_videoWidget->videoSink(), &QVideoSink::videoSizeChanged, this, &PreviewPane::applyVideoSize,
            Qt::QueuedConnection);

}

QList<double> PreviewPane::speedSteps()
{
    return {0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0};
}

void PreviewPane::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    // Palette roles rather than colours, so the badge reads well in light and dark themes.
    m_offlineBadge = new QLabel(tr("Offline preview: synthetic emulator output, not the real model"), this);
    m_offlineBadge->setObjectName(QStringLiteral("offlineBadge"));
    m_offlineBadge->setWordWrap(true);
    m_offlineBadge->setAlignment(Qt::AlignCenter);
    m_offlineBadge->setAutoFillBackground(true);
    m_offlineBadge->setBackgroundRole(QPalette::ToolTipBase);
    m_offlineBadge->setForegroundRole(QPalette::ToolTipText);
    m_offlineBadge->setFrameShape(QFrame::StyledPanel);
    m_offlineBadge->setMargin(4);
    QFont badgeFont = m_offlineBadge->font();
    badgeFont.setBold(true);
    m_offlineBadge->setFont(badgeFont);
    m_offlineBadge->setVisible(false);
    layout->addWidget(m_offlineBadge);

    m_stack = new QStackedWidget(this);
    m_emptyLabel = new QLabel(tr("The finished animation appears here."), m_stack);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_stack->insertWidget(EmptyPage, m_emptyLabel);

    m_imageScroll = new QScrollArea(m_stack);
    m_imageScroll->setWidgetResizable(true);
    m_imageScroll->setAlignment(Qt::AlignCenter);
    m_imageScroll->setFrameShape(QFrame::NoFrame);
    m_imageView = new PreviewImageView;
    m_imageView->setObjectName(QStringLiteral("previewImage"));
    m_imageView->setToolTip(tr("Drag to copy the file elsewhere"));
    m_imageScroll->setWidget(m_imageView);
    m_stack->insertWidget(ImagePage, m_imageScroll);

    m_videoScroll = new QScrollArea(m_stack);
    m_videoScroll->setWidgetResizable(true);
    m_videoScroll->setAlignment(Qt::AlignCenter);
    m_videoScroll->setFrameShape(QFrame::NoFrame);
    m_stack->insertWidget(VideoPage, m_videoScroll);
    layout->addWidget(m_stack, 1);

    QStyle *st = style();
    // Theme icons first (they follow a dark theme); the style's own as the fallback.
    auto icon = [](const char *themeName, QStyle::StandardPixmap fallback) {
        return DeferredIcon::themed(QLatin1String(themeName), fallback);
    };
    m_stepBackAction = new QAction(tr("Previous frame"), this);
    m_stepBackAction->setShortcut(QKeySequence(Qt::Key_Comma));
    m_playAction = new QAction(tr("Play"), this);
    m_playAction->setShortcut(QKeySequence(Qt::Key_Space));
    m_stepForwardAction = new QAction(tr("Next frame"), this);
    m_stepForwardAction->setShortcut(QKeySequence(Qt::Key_Period));
    m_loopAction = new QAction(icon("media-playlist-repeat", QStyle::SP_BrowserReload), tr("Loop"), this);
    m_loopAction->setCheckable(true);
    m_loopAction->setChecked(m_looping);
    m_actualSizeAction = new QAction(DeferredIcon::make([] { return QIcon::fromTheme(QStringLiteral("zoom-original")); }), tr("Actual size (1:1)"), this);
    m_actualSizeAction->setIconText(tr("1:1"));  // shown when the icon theme has no zoom icon
    m_actualSizeAction->setCheckable(true);
    m_actualSizeAction->setShortcut(QKeySequence(Qt::Key_1));
    m_saveAction = new QAction(icon("document-save-as", QStyle::SP_DialogSaveButton), tr("Save as…"), this);
    m_revealAction = new QAction(icon("folder-open", QStyle::SP_DirOpenIcon), tr("Open containing folder"), this);
    m_copyAction = new QAction(DeferredIcon::make([] { return QIcon::fromTheme(QStringLiteral("edit-copy")); }), tr("Copy"), this);
    m_copyAction->setToolTip(tr("Copy the file and the frame on screen to the clipboard"));
    m_exportAction = new QAction(icon("document-export", QStyle::SP_DialogSaveButton), tr("Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setIconText(tr("Export…"));
    m_exportAction->setToolTip(tr("Re-export locally: another format, frame rate, trim, size, loop, ping-pong or interpolation (free)"));
    for (QAction *action : {m_stepBackAction, m_playAction, m_stepForwardAction, m_loopAction, m_actualSizeAction,
                            m_saveAction, m_revealAction, m_copyAction, m_exportAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (!action->shortcut().isEmpty())
            action->setToolTip(tr("%1 (%2)").arg(action->toolTip(),
                                                 action->shortcut().toString(QKeySequence::NativeText)));
        addAction(action);
    }
    connect(m_stepBackAction, &QAction::triggered, this, &PreviewPane::stepBackward);
    connect(m_playAction, &QAction::triggered, this, &PreviewPane::togglePlaying);
    connect(m_stepForwardAction, &QAction::triggered, this, &PreviewPane::stepForward);
    connect(m_loopAction, &QAction::toggled, this, &PreviewPane::setLooping);
    connect(m_actualSizeAction, &QAction::toggled, this, &PreviewPane::setActualSize);
    connect(m_saveAction, &QAction::triggered, this, &PreviewPane::saveAs);
    connect(m_revealAction, &QAction::triggered, this, &PreviewPane::openContainingFolder);
    connect(m_copyAction, &QAction::triggered, this, &PreviewPane::copyToClipboard);
    connect(m_exportAction, &QAction::triggered, this, [this] { if (!m_file.isEmpty()) emit exportRequested(m_file); });

    m_speedBox = new QComboBox(this);
    m_speedBox->setObjectName(QStringLiteral("speedBox"));
    m_speedBox->setToolTip(tr("Playback speed"));
    for (double step : speedSteps())
        m_speedBox->addItem(tr("%1×").arg(locale().toString(step)), step);
    m_speedBox->setCurrentIndex(int(speedSteps().indexOf(1.0)));
    connect(m_speedBox, &QComboBox::activated, this,
            [this](int index) { setSpeed(m_speedBox->itemData(index).toDouble()); });

    m_positionLabel = new QLabel(this);
    m_positionLabel->setObjectName(QStringLiteral("positionLabel"));
    m_positionLabel->setMinimumWidth(fontMetrics().horizontalAdvance(tr("Frame %1 / %2").arg(8888).arg(8888)));

    m_dragHandle = new QLabel(this);
    m_dragHandle->setObjectName(QStringLiteral("dragHandle"));
    const int iconSide = st->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_dragHandle->setPixmap(st->standardIcon(QStyle::SP_FileIcon).pixmap(QSize(iconSide, iconSide), devicePixelRatioF()));
    m_dragHandle->setToolTip(tr("Drag the output file from here into another application"));
    m_dragHandle->setCursor(Qt::OpenHandCursor);
    m_dragHandle->setAccessibleName(tr("Drag output file"));

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(4, 0, 4, 0);
    controls->setSpacing(2);
    controls->addWidget(toolButtonFor(m_stepBackAction, this));
    controls->addWidget(toolButtonFor(m_playAction, this));
    controls->addWidget(toolButtonFor(m_stepForwardAction, this));
    controls->addWidget(toolButtonFor(m_loopAction, this));
    controls->addWidget(m_speedBox);
    controls->addWidget(toolButtonFor(m_actualSizeAction, this));
    controls->addSpacing(8);
    controls->addWidget(m_positionLabel);
    controls->addStretch(1);
    controls->addWidget(m_dragHandle);
    controls->addWidget(toolButtonFor(m_copyAction, this));
    controls->addWidget(toolButtonFor(m_revealAction, this));
    controls->addWidget(toolButtonFor(m_saveAction, this));
    auto *exportButton = toolButtonFor(m_exportAction, this);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    controls->addWidget(exportButton);
    layout->addLayout(controls);

    m_filmstrip = new PreviewFilmstrip(this);
    m_filmstrip->setObjectName(QStringLiteral("filmstrip"));
    m_filmstrip->setVisible(false);
    layout->addWidget(m_filmstrip);
}

bool PreviewPane::isPlaying() const
{
    switch (m_kind) {
    case Kind::Animation:
        return m_gif->isPlaying();
    case Kind::Video:
        return m_player->playbackState() == QMediaPlayer::PlayingState;
    case Kind::Empty:
        break;
    }
    return false;
}

QImage PreviewPane::currentImage() const
{
    switch (m_kind) {
    case Kind::Animation:
        return m_gif->currentImage();
    case Kind::Video:
        return m_videoWidget->videoSink()->videoFrame().toImage();
    case Kind::Empty:
        break;
    }
    return {};
}

int PreviewPane::filmstripCount() const
{
    return m_filmstrip->frameCount();
}

void PreviewPane::showFile(const QString &path)
{
    m_gif->clear();
    if (m_player) {
        m_player->stop();
        m_player->setSource(QUrl());
    }
    m_file = path;
    if (!QFileInfo(path).isFile()) {
        showError(tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (isVideoFile(path)) {
        ensurePlayer();
        setKind(Kind::Video);
        m_player->setSource(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
        m_player->setPlaybackRate(m_speed);
        m_player->play();
    } else {
        setKind(Kind::Animation);
        m_gif->setLooping(m_looping);
        m_gif->setSpeed(m_speed);
        m_gif->load(path);
    }
    updateActions();
    updatePositionLabel();
    emit fileShown(path);
}

void PreviewPane::showStill(const QString &path)
{
    // An intermediate frame clicked in the filmstrip; the final video replaces it when it arrives.
    showFile(path);
}

void PreviewPane::clear()
{
    m_gif->clear();
    if (m_player) {
        m_player->stop();
        m_player->setSource(QUrl());
    }
    m_file.clear();
    m_imageView->setImage({});
    m_emptyLabel->setText(tr("The finished animation appears here."));
    setKind(Kind::Empty);
    clearIntermediateFrames();
    updateActions();
    updatePositionLabel();
}

void PreviewPane::setOfflinePreview(bool offline)
{
    m_offline = offline;
    updateBadge();
}

void PreviewPane::updateBadge()
{
    // Only next to something the emulator made: an empty pane has nothing to label.
    m_offlineBadge->setVisible(m_offline && (m_kind != Kind::Empty || m_filmstrip->frameCount() > 0));
}

void PreviewPane::addIntermediateFrame(int outputIndex, const QString &path)
{
    m_filmstrip->addFrame(outputIndex, path);
    m_filmstrip->setVisible(true);
    updateBadge();
    if (m_kind == Kind::Empty)
        m_emptyLabel->setText(tr("Generating… %n intermediate frame(s) so far.", nullptr, m_filmstrip->frameCount()));
}

void PreviewPane::clearIntermediateFrames()
{
    m_filmstrip->clearFrames();
    m_filmstrip->setVisible(false);
    updateBadge();
}

void PreviewPane::play()
{
    if (m_kind == Kind::Animation)
        m_gif->play();
    else if (m_kind == Kind::Video)
        m_player->play();
}

void PreviewPane::pause()
{
    if (m_kind == Kind::Animation)
        m_gif->pause();
    else if (m_kind == Kind::Video)
        m_player->pause();
}

void PreviewPane::togglePlaying()
{
    if (isPlaying())
        pause();
    else
        play();
}

double PreviewPane::videoFps() const
{
    const double fps = m_player->metaData().value(QMediaMetaData::VideoFrameRate).toDouble();
    return fps > 0 ? fps : 20.0;  // the model's default
}

int PreviewPane::videoFrameAt(qint64 positionMs) const
{
    // Nearest frame start: positions reported by the player jitter by a millisecond or two.
    return int(std::floor(positionMs * videoFps() / 1000.0 + 0.01));
}

int PreviewPane::videoFrameCount() const
{
    return std::max(1, int(std::lround(m_player->duration() * videoFps() / 1000.0)));
}

void PreviewPane::seekVideoFrame(int frame)
{
    frame = std::clamp(frame, 0, videoFrameCount() - 1);
    m_player->pause();
    m_player->setPosition(qint64(std::ceil(frame * 1000.0 / videoFps())));
}

void PreviewPane::stepForward()
{
    if (m_kind == Kind::Animation)
        m_gif->stepForward();
    else if (m_kind == Kind::Video)
        seekVideoFrame(videoFrameAt(m_player->position()) + 1);
}

void PreviewPane::stepBackward()
{
    if (m_kind == Kind::Animation)
        m_gif->stepBackward();
    else if (m_kind == Kind::Video)
        seekVideoFrame(videoFrameAt(m_player->position()) - 1);
}

void PreviewPane::setLooping(bool looping)
{
    m_looping = looping;
    m_gif->setLooping(looping);
    if (m_loopAction->isChecked() != looping)
        m_loopAction->setChecked(looping);
}

void PreviewPane::setSpeed(double speed)
{
    speed = std::clamp(speed, speedSteps().constFirst(), speedSteps().constLast());
    m_speed = speed;
    m_gif->setSpeed(speed);
    if (m_player) m_player->setPlaybackRate(speed);
    int nearest = 0;
    const QList<double> steps = speedSteps();
    for (int i = 1; i < steps.size(); ++i)
        if (std::abs(steps[i] - speed) < std::abs(steps[nearest] - speed))
            nearest = i;
    m_speedBox->setCurrentIndex(nearest);
}

void PreviewPane::setActualSize(bool actualSize)
{
    m_actualSize = actualSize;
    m_imageView->setActualSize(actualSize);
    applyVideoSize();
    if (m_actualSizeAction->isChecked() != actualSize)
        m_actualSizeAction->setChecked(actualSize);
}

void PreviewPane::applyVideoSize()
{
    if (!m_player) return;
    QSize native = m_videoWidget->videoSink()->videoSize();
    if (!native.isValid() || native.isEmpty())
        native = m_player->metaData().value(QMediaMetaData::Resolution).toSize();
    if (m_actualSize && native.isValid() && !native.isEmpty()) {
        m_videoWidget->setFixedSize((QSizeF(native) / devicePixelRatioF()).toSize());
    } else {
        m_videoWidget->setMinimumSize(0, 0);
        m_videoWidget->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    }
    updatePositionLabel();
}

void PreviewPane::saveAs()
{
    if (m_file.isEmpty())
        return;
    const QFileInfo info(m_file);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suffix = info.suffix().toLower();
    const QString filter = suffix.isEmpty() ? tr("All files (*)")
                                            : tr("%1 files (*.%2);;All files (*)").arg(suffix.toUpper(), suffix);
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Save output as"), QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(info.fileName()),
        filter);
    if (!target.isEmpty())
        m_fileActions->saveCopy(m_file, target);
}

void PreviewPane::openContainingFolder()
{
    if (m_file.isEmpty())
        return;
    if (!PreviewFileActions::revealInFolder(m_file))
        emit errorOccurred(tr("Could not open the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(m_file).absolutePath())));
}

void PreviewPane::copyToClipboard()
{
    if (m_file.isEmpty())
        return;
    PreviewFileActions::copyToClipboard(m_file, currentImage());
    emit message(tr("Copied %1 to the clipboard").arg(QFileInfo(m_file).fileName()));
}

void PreviewPane::setKind(Kind kind)
{
    m_kind = kind;
    m_stack->setCurrentIndex(kind == Kind::Video ? VideoPage : kind == Kind::Animation ? ImagePage : EmptyPage);
    updateBadge();
}

void PreviewPane::showError(const QString &text)
{
    m_gif->clear();
    if (m_player) m_player->stop();
    m_emptyLabel->setText(text);
    setKind(Kind::Empty);
    updateActions();
    updatePositionLabel();
    emit errorOccurred(text);
}

void PreviewPane::updateActions()
{
    const bool hasMedia = m_kind != Kind::Empty;
    const bool playing = isPlaying();
    m_playAction->setText(playing ? tr("Pause") : tr("Play"));
    using Glyph = PreviewControlIcons::Glyph;
    m_playAction->setIcon(PreviewControlIcons::icon(playing ? Glyph::Pause : Glyph::Play, palette()));
    m_stepBackAction->setIcon(PreviewControlIcons::icon(Glyph::StepBackward, palette()));
    m_stepForwardAction->setIcon(PreviewControlIcons::icon(Glyph::StepForward, palette()));
    m_playAction->setToolTip(tr("%1 (%2)").arg(m_playAction->text(),
                                                m_playAction->shortcut().toString(QKeySequence::NativeText)));
    for (QAction *action : {m_playAction, m_stepBackAction, m_stepForwardAction})
        action->setEnabled(hasMedia);
    const bool hasFile = hasMedia && !m_file.isEmpty();
    for (QAction *action : {m_saveAction, m_revealAction, m_copyAction, m_exportAction})
        action->setEnabled(hasFile);
    m_dragHandle->setEnabled(hasFile);
}

void PreviewPane::updatePositionLabel()
{
    QString text;
    if (m_kind == Kind::Animation && m_gif->currentFrame() >= 0) {
        text = tr("Frame %1 / %2").arg(m_gif->currentFrame() + 1).arg(m_gif->frameCount());
    } else if (m_kind == Kind::Video && m_player->duration() > 0) {
        const int count = videoFrameCount();
        text = tr("Frame %1 / %2").arg(std::min(videoFrameAt(m_player->position()) + 1, count)).arg(count);
    }
    m_positionLabel->setText(text);
}

QPixmap PreviewPane::dragPixmap() const
{
    const QImage image = currentImage();
    if (image.isNull())
        return {};
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(image.scaled(QSize(96, 96) * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(dpr);
    return pixmap;
}

void PreviewPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange)
        updateActions();
    QWidget::changeEvent(event);
}

} // namespace sdanim::ui
