#include "ui/ExportDialog.h"

#include "concurrent/FutureCallbacks.h"
#include "export/DerivedOutput.h"
#include "export/OutputExporter.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace sdanim::ui {

using exports::ExportFormat;
using exports::ExportSettings;

namespace {
constexpr int PreviewCount = 6;
constexpr int PreviewSide = 96;

// QFormLayout makes a buddy only for a row's widget; a row of several needs its label made here.
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

ExportDialog::ExportDialog(const QString &sourcePath, store::AsyncHistoryStore *history, QWidget *parent)
    : QDialog(parent)
    , m_source(sourcePath)
    , m_history(history)
{
    setWindowTitle(tr("Export %1").arg(QFileInfo(sourcePath).fileName()));
    setObjectName(QStringLiteral("exportDialog"));
    m_exporter = new exports::OutputExporter(this);
    m_previewer = new exports::OutputExporter(this);
    const QFileInfo info(sourcePath);
    m_defaultStem = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral("-export");
    buildUi();
    formatChanged();
    probeSource();

    connect(m_exporter, &exports::OutputExporter::progress, this, [this](int done, int total) {
        m_progress->setMaximum(std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_exporter, &exports::OutputExporter::finished, this,
            [this](const QString &path, const exports::ExportPipeline::Result &result) {
                if (!result.error.isEmpty()) {
                    updateEnabled();
                    showStatus(result.canceled ? tr("Export canceled; nothing was written.") : result.error, !result.canceled);
                    if (!result.canceled) emit exportFailed(result.error);
                    return;
                }
                const ExportSettings s = settings();
                const QString source = m_source;
                const QDateTime started = m_startedAt;
                auto finish = [this, path](const QString &key, const QStringList &warnings) {
                    updateEnabled();
                    showStatus(warnings.isEmpty() ? tr("Exported to %1").arg(QDir::toNativeSeparators(path)) : warnings.join(QLatin1Char('\n')),
                               !warnings.isEmpty());
                    emit exported(path, key);
                };
                struct Saved { QString key; QStringList warnings; };
                // The sidecar and the history entry: disk work, on the history's own thread.
                auto save = [=](store::HistoryStore *store) {
                    Saved saved;
                    saved.key = exports::DerivedOutput::save(store, source, s, path, result, started, &saved.warnings).key();
                    return saved;
                };
                if (m_history)
                    concurrent::FutureCallbacks::onResult(m_history->run([save](store::HistoryStore &store) { return save(&store); }), this,
                                                          [finish](const Saved &saved) { finish(saved.key, saved.warnings); });
                else
                    concurrent::FutureCallbacks::onResult(QtConcurrent::run([save] { return save(nullptr); }), this,
                                                          [finish](const Saved &saved) { finish(QString(), saved.warnings); });
            });
    connect(m_previewer, &exports::OutputExporter::previewReady, this, [this](const QList<QImage> &frames, const QString &error) {
        updateEnabled();
        for (int i = 0; i < m_previewFrames.size(); ++i) {
            QLabel *label = m_previewFrames.at(i);
            if (i < frames.size())
                label->setPixmap(QPixmap::fromImage(frames.at(i).scaled(PreviewSide, PreviewSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
            else
                label->clear();
        }
        if (!error.isEmpty()) showStatus(error, true);
        else showStatus(tr("The first %n frame(s) as they will be exported.", nullptr, int(frames.size())), false);
        emit previewShown(int(frames.size()));
    });
}

ExportDialog::~ExportDialog()
{
    m_exporter->cancel();
    m_previewer->cancel();
}

void ExportDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_sourceInfo = new QLabel(tr("Reading %1…").arg(QFileInfo(m_source).fileName()), this);
    m_sourceInfo->setObjectName(QStringLiteral("sourceInfo"));
    m_sourceInfo->setWordWrap(true);
    layout->addWidget(m_sourceInfo);

    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("GIF"), int(ExportFormat::Gif));
    m_format->addItem(tr("MP4 (H.264)"), int(ExportFormat::Mp4));
    m_format->addItem(tr("WebM (VP9)"), int(ExportFormat::WebM));
    m_format->addItem(tr("APNG"), int(ExportFormat::Apng));
    m_format->addItem(tr("PNG frames (a folder)"), int(ExportFormat::PngSequence));
    m_format->setCurrentIndex(1);
    form->addRow(tr("&Format:"), m_format);

    m_fps = new QSpinBox(this);
    m_fps->setObjectName(QStringLiteral("exportFps"));
    m_fps->setRange(0, int(ExportSettings::MaxFps));
    m_fps->setSpecialValueText(tr("as the source"));
    m_fps->setSuffix(tr(" fps"));
    m_fps->setToolTip(tr("Without interpolation a new rate plays the same frames faster or slower; "
                         "with it, frames are made so the length stays."));
    form->addRow(tr("Frame &rate:"), m_fps);

    auto *interpolationRow = new QHBoxLayout;
    m_interpolation = new QComboBox(this);
    m_interpolation->setObjectName(QStringLiteral("exportInterpolation"));
    m_interpolation->addItem(tr("None"), int(exports::Interpolation::None));
    m_interpolation->addItem(tr("Motion-compensated (minterpolate)"), int(exports::Interpolation::MotionCompensated));
    m_interpolation->addItem(tr("Blend (framerate)"), int(exports::Interpolation::Blend));
    m_quality = new QComboBox(this);
    m_quality->setObjectName(QStringLiteral("exportQuality"));
    m_quality->addItem(tr("Fast"), int(exports::InterpolationQuality::Fast));
    m_quality->addItem(tr("High (slower)"), int(exports::InterpolationQuality::High));
    interpolationRow->addWidget(m_interpolation, 1);
    interpolationRow->addWidget(m_quality);
    form->addRow(buddyLabel(tr("&Interpolation:"), m_interpolation, this), interpolationRow);

    auto *trimRow = new QHBoxLayout;
    m_trimStart = new QSpinBox(this);
    m_trimStart->setObjectName(QStringLiteral("exportTrimStart"));
    m_trimStart->setRange(0, exports::ExportPipeline::MaxSourceFrames);
    m_trimEnd = new QSpinBox(this);
    m_trimEnd->setObjectName(QStringLiteral("exportTrimEnd"));
    m_trimEnd->setRange(0, exports::ExportPipeline::MaxSourceFrames);
    m_trimEnd->setSpecialValueText(tr("the end"));
    trimRow->addWidget(new QLabel(tr("from frame"), this));
    trimRow->addWidget(m_trimStart);
    trimRow->addWidget(new QLabel(tr("up to (not including)"), this));
    trimRow->addWidget(m_trimEnd);
    trimRow->addStretch();
    form->addRow(buddyLabel(tr("&Trim:"), m_trimStart, this), trimRow);

    m_scale = new QDoubleSpinBox(this);
    m_scale->setObjectName(QStringLiteral("exportScale"));
    m_scale->setRange(ExportSettings::MinScale, ExportSettings::MaxScale);
    m_scale->setSingleStep(0.25);
    m_scale->setValue(1.0);
    m_scale->setSuffix(tr("×"));
    form->addRow(tr("&Scale:"), m_scale);

    m_loop = new QSpinBox(this);
    m_loop->setObjectName(QStringLiteral("exportLoop"));
    m_loop->setRange(0, ExportSettings::MaxPlays);
    m_loop->setSpecialValueText(tr("forever"));
    form->addRow(tr("&Plays:"), m_loop);

    m_pingPong = new QCheckBox(tr("Ping-pong: add a reversed copy (no repeated end frames)"), this);
    m_pingPong->setObjectName(QStringLiteral("exportPingPong"));
    form->addRow(QString(), m_pingPong);

    auto *outRow = new QHBoxLayout;
    m_out = new QLineEdit(this);
    m_out->setObjectName(QStringLiteral("exportOut"));
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    outRow->addWidget(m_out, 1);
    outRow->addWidget(browseButton);
    form->addRow(buddyLabel(tr("&Save to:"), m_out, this), outRow);
    layout->addLayout(form);

    auto *previewBox = new QHBoxLayout;
    m_previewButton = new QPushButton(tr("Preview frames"), this);
    m_previewButton->setObjectName(QStringLiteral("exportPreview"));
    m_previewButton->setToolTip(tr("Make the first few frames with these settings, before the whole export"));
    previewBox->addWidget(m_previewButton);
    m_previewRow = new QHBoxLayout;
    for (int i = 0; i < PreviewCount; ++i) {
        auto *label = new QLabel(this);
        label->setFixedSize(PreviewSide, PreviewSide);
        label->setAlignment(Qt::AlignCenter);
        label->setFrameShape(QFrame::StyledPanel);
        m_previewFrames << label;
        m_previewRow->addWidget(label);
    }
    previewBox->addLayout(m_previewRow);
    previewBox->addStretch();
    layout->addLayout(previewBox);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(this);
    m_exportButton = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportStart"));
    m_cancelButton = m_buttons->addButton(tr("Cancel export"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("exportCancel"));
    m_buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_interpolation, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_previewButton, &QPushButton::clicked, this, &ExportDialog::startPreview);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    updateEnabled();
}

void ExportDialog::probeSource()
{
    const QString source = m_source;
    concurrent::FutureCallbacks::onResult(QtConcurrent::run([source] { return exports::ExportPipeline::probe(source); }), this,
                                          [this](const exports::ExportPipeline::Source &info) {
                                              if (!info.error.isEmpty()) {
                                                  m_sourceInfo->setText(info.error);
                                                  return;
                                              }
                                              m_sourceInfo->setText(tr("Source: %1 frames of %2×%3 at %4 fps")
                                                                        .arg(info.frameCount).arg(info.size.width())
                                                                        .arg(info.size.height()).arg(info.fps, 0, 'g', 4));
                                              m_trimStart->setMaximum(std::max(0, info.frameCount - 1));
                                              m_trimEnd->setMaximum(info.frameCount);
                                          });
}

ExportSettings ExportDialog::settings() const
{
    ExportSettings s;
    s.format = ExportFormat(m_format->currentData().toInt());
    s.fps = m_fps->value();
    s.interpolation = exports::Interpolation(m_interpolation->currentData().toInt());
    s.quality = exports::InterpolationQuality(m_quality->currentData().toInt());
    s.trimStart = m_trimStart->value();
    s.trimEnd = m_trimEnd->value() == 0 ? -1 : m_trimEnd->value();
    s.pingPong = m_pingPong->isChecked();
    s.scale = m_scale->value();
    s.plays = m_loop->value();
    return s;
}

QString ExportDialog::outputPath() const { return m_out->text().trimmed(); }

void ExportDialog::setOutputPath(const QString &path) { m_out->setText(path); }

void ExportDialog::formatChanged()
{
    // Keep a name the user typed; follow the format while it is still the suggested one.
    const QString current = outputPath();
    const bool suggested = current.isEmpty() || QFileInfo(current).completeBaseName() == QFileInfo(m_defaultStem).fileName()
                           || QFileInfo(current).fileName() == QFileInfo(m_defaultStem).fileName();
    if (suggested) m_out->setText(m_defaultStem + ExportSettings::fileSuffix(settings().format));
    updateEnabled();
}

void ExportDialog::updateEnabled()
{
    const bool running = m_exporter->isRunning();
    const bool interpolating = m_interpolation->currentData().toInt() != int(exports::Interpolation::None);
    m_quality->setEnabled(interpolating && m_interpolation->currentData().toInt() == int(exports::Interpolation::MotionCompensated));
    m_loop->setToolTip(ExportSettings::loopsInContainer(settings().format)
                           ? tr("The loop count stored in the file")
                           : tr("A video has no loop count: it holds the frames this many times"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_format, m_fps, m_interpolation, m_trimStart, m_trimEnd, m_scale, m_loop, m_pingPong, m_out})
        w->setEnabled(!running);
    m_previewButton->setEnabled(!running && !m_previewer->isRunning());
    m_exportButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
}

void ExportDialog::browse()
{
    const ExportFormat format = settings().format;
    const QString path = format == ExportFormat::PngSequence
                             ? QFileDialog::getSaveFileName(this, tr("Folder for the PNG frames"), outputPath())
                             : QFileDialog::getSaveFileName(this, tr("Export to"), outputPath(),
                                                            tr("%1 files (*%2)").arg(m_format->currentText(), ExportSettings::fileSuffix(format)));
    if (!path.isEmpty()) m_out->setText(path);
}

void ExportDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setForegroundRole(error ? QPalette::BrightText : QPalette::WindowText);
    QFont f = m_status->font();
    f.setBold(error);
    m_status->setFont(f);
}

void ExportDialog::startPreview()
{
    const ExportSettings s = settings();
    if (const QString invalid = s.validationError(); !invalid.isEmpty()) return showStatus(invalid, true);
    showStatus(tr("Making the preview…"), false);
    m_previewer->startPreview(m_source, s, PreviewCount);
    updateEnabled();
}

void ExportDialog::startExport()
{
    const ExportSettings s = settings();
    if (const QString invalid = s.validationError(); !invalid.isEmpty()) return showStatus(invalid, true);
    const QString out = outputPath();
    if (out.isEmpty()) return showStatus(tr("Choose where to save the export."), true);
    if (QFileInfo(out).absoluteFilePath() == QFileInfo(m_source).absoluteFilePath())
        return showStatus(tr("The export must not replace its source."), true);
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_progress->setValue(0);
    showStatus(tr("Exporting…"), false);
    m_exporter->start(m_source, s, out);
    updateEnabled();
}

void ExportDialog::cancelExport() { m_exporter->cancel(); }

void ExportDialog::reject()
{
    m_exporter->cancel();
    m_previewer->cancel();
    QDialog::reject();
}

} // namespace sdanim::ui
