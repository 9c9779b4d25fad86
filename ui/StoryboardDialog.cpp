#include "ui/StoryboardDialog.h"

#include "api/Backend.h"
#include "concurrent/FutureCallbacks.h"
#include "session/BackendSession.h"
#include "session/RunEstimates.h"
#include "storyboard/StoryboardEstimate.h"
#include "storyboard/StoryboardRunner.h"
#include "storyboard/StoryboardStitcher.h"
#include "ui/PreviewGifPlayer.h"
#include "ui/PreviewPane.h"
#include "ui/StatusColors.h"
#include "ui/StoryboardTimeline.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMediaPlayer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace sdanim::ui {

namespace {

enum Column { Pair, Frames, Steps, Strength, Crossfade, Length, Status, ColumnCount };

QComboBox *choiceBox(const QList<int> &values, const char *name)
{
    auto *box = new QComboBox;
    box->setObjectName(QLatin1String(name));
    for (int v : values) box->addItem(QString::number(v), v);
    return box;
}

void select(QComboBox *box, const QVariant &value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(i >= 0 ? i : 0);
}

struct Loaded
{
    std::optional<storyboard::Storyboard> storyboard;
    QStringList errors;
};

} // namespace

StoryboardDialog::StoryboardDialog(session::BackendSession *backends, store::HistoryRecorder *recorder,
                                   const session::RunEstimates *estimates, const QString &outputDirectory, QWidget *parent)
    : QDialog(parent)
    , m_backends(backends)
    , m_recorder(recorder)
    , m_estimates(estimates)
    , m_outputDirectory(outputDirectory)
    , m_storyboard(storyboard::Storyboard::createDefault())
{
    setObjectName(QStringLiteral("storyboardDialog"));
    setWindowTitle(tr("Storyboard"));
    buildUi();
    m_storyboard.prompts = QStringList{tr("a lighthouse at dusk"), tr("a storm over the sea")};
    setStoryboard(m_storyboard);
    if (m_estimates) connect(m_estimates, &session::RunEstimates::changed, this, &StoryboardDialog::refresh);
}

StoryboardDialog::~StoryboardDialog()
{
    if (m_runner) m_runner->cancel();
}

void StoryboardDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("One long animation from several runs: each transition between two neighbouring prompts "
                                "is its own prediction with its own length, and the parts are stitched into one file, with "
                                "a crossfade where a boundary would jump. Re-running one transition keeps the others."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *files = new QHBoxLayout;
    m_open = new QPushButton(tr("Open…"));
    m_open->setObjectName(QStringLiteral("storyboardOpen"));
    m_save = new QPushButton(tr("Save…"));
    m_save->setObjectName(QStringLiteral("storyboardSave"));
    files->addWidget(m_open);
    files->addWidget(m_save);
    files->addStretch();
    layout->addLayout(files);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open storyboard"), QString(), tr("Storyboard projects (*.json)"));
        if (!path.isEmpty()) openProject(path);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save storyboard"), m_projectPath, tr("Storyboard projects (*.json)"));
        if (!path.isEmpty()) saveProject(path.endsWith(QLatin1String(".json")) ? path : path + QStringLiteral(".json"));
    });

    auto *splitter = new QSplitter(Qt::Horizontal);
    auto *editor = new QWidget;
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);

    auto *promptsBox = new QGroupBox(tr("Prompts, in order"));
    auto *promptsLayout = new QVBoxLayout(promptsBox);
    m_prompts = new QTableWidget(0, 1);
    m_prompts->setObjectName(QStringLiteral("storyboardPrompts"));
    m_prompts->horizontalHeader()->setVisible(false);
    m_prompts->horizontalHeader()->setStretchLastSection(true);
    m_prompts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_prompts->setSelectionMode(QAbstractItemView::SingleSelection);
    promptsLayout->addWidget(m_prompts);
    auto *promptButtons = new QHBoxLayout;
    m_addPrompt = new QPushButton(tr("Add prompt"));
    m_addPrompt->setObjectName(QStringLiteral("storyboardAddPrompt"));
    m_removePrompt = new QPushButton(tr("Remove prompt"));
    m_removePrompt->setObjectName(QStringLiteral("storyboardRemovePrompt"));
    promptButtons->addWidget(m_addPrompt);
    promptButtons->addWidget(m_removePrompt);
    promptButtons->addStretch();
    promptsLayout->addLayout(promptButtons);
    m_prompts->setMaximumHeight(m_prompts->verticalHeader()->defaultSectionSize() * 5 + 4);
    editorLayout->addWidget(promptsBox);
    connect(m_addPrompt, &QPushButton::clicked, this, &StoryboardDialog::addPrompt);
    connect(m_removePrompt, &QPushButton::clicked, this, &StoryboardDialog::removeSelectedPrompt);
    connect(m_prompts, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling) readPrompts();
    });

    auto *transitionsBox = new QGroupBox(tr("Transitions"));
    auto *transitionsLayout = new QVBoxLayout(transitionsBox);
    m_transitions = new QTableWidget(0, ColumnCount);
    m_transitions->setObjectName(QStringLiteral("storyboardTransitions"));
    m_transitions->setHorizontalHeaderLabels({tr("Prompts"), tr("Frames"), tr("Interpolation"), tr("Strength"), tr("Crossfade"),
                                              tr("Length"), tr("Status")});
    m_transitions->horizontalHeaderItem(Frames)->setToolTip(tr("num_animation_frames: frames rendered between the two prompts"));
    m_transitions->horizontalHeaderItem(Steps)->setToolTip(tr("num_interpolation_steps: FILM's in-between frames"));
    m_transitions->horizontalHeaderItem(Crossfade)->setToolTip(tr("Frames blended into the next transition (0: a plain cut)"));
    m_transitions->horizontalHeaderItem(Length)->setToolTip(tr("Video frames this transition makes (spec §9.4)"));
    m_transitions->verticalHeader()->setVisible(false);
    m_transitions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_transitions->horizontalHeader()->setSectionResizeMode(Status, QHeaderView::Stretch);
    for (int column : {Frames, Steps, Strength, Crossfade}) {
        m_transitions->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Fixed);
        const int header = m_transitions->horizontalHeader()->fontMetrics().horizontalAdvance(m_transitions->horizontalHeaderItem(column)->text()) + 24;
        m_transitions->setColumnWidth(column, qMax(header, fontMetrics().horizontalAdvance(QStringLiteral("0.000")) + 44));
    }
    m_transitions->setMinimumHeight(m_transitions->verticalHeader()->defaultSectionSize() * 4 + 30);
    m_transitions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_transitions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_transitions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    transitionsLayout->addWidget(m_transitions);
    editorLayout->addWidget(transitionsBox, 1);

    auto *sharedBox = new QGroupBox(tr("Shared by every transition"));
    auto *shared = new QFormLayout(sharedBox);
    m_seed = new QDoubleSpinBox;
    m_seed->setObjectName(QStringLiteral("storyboardSeed"));
    m_seed->setDecimals(0);
    m_seed->setRange(0, 4294967295.0);
    m_width = choiceBox({128, 256, 512, 768, 1024}, "storyboardWidth");
    m_height = choiceBox({128, 256, 512, 768}, "storyboardHeight");
    m_steps = new QSpinBox;
    m_steps->setObjectName(QStringLiteral("storyboardSteps"));
    m_steps->setRange(1, 500);
    m_fps = new QSpinBox;
    m_fps->setObjectName(QStringLiteral("storyboardFps"));
    m_fps->setRange(1, 50);
    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("storyboardFormat"));
    m_format->addItem(QStringLiteral("GIF"), QStringLiteral("gif"));
    m_format->addItem(QStringLiteral("MP4"), QStringLiteral("mp4"));
    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×")));
    size->addWidget(m_height);
    size->addStretch();
    shared->addRow(tr("Seed"), m_seed);
    shared->addRow(tr("Size"), size);
    shared->addRow(tr("Inference steps"), m_steps);
    shared->addRow(tr("Frames per second"), m_fps);
    shared->addRow(tr("Format"), m_format);
    editorLayout->addWidget(sharedBox);
    auto changed = [this] {
        if (!m_filling) readShared();
    };
    connect(m_seed, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_width, &QComboBox::currentIndexChanged, this, changed);
    connect(m_height, &QComboBox::currentIndexChanged, this, changed);
    connect(m_steps, &QSpinBox::valueChanged, this, changed);
    connect(m_fps, &QSpinBox::valueChanged, this, changed);
    connect(m_format, &QComboBox::currentIndexChanged, this, changed);
    splitter->addWidget(editor);

    auto *previewSide = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewSide);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_preview = new PreviewPane;
    m_preview->setObjectName(QStringLiteral("storyboardPreview"));
    m_timeline = new StoryboardTimeline;
    m_timeline->setObjectName(QStringLiteral("storyboardTimeline"));
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(m_timeline);
    splitter->addWidget(previewSide);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({700, 560});
    layout->addWidget(splitter, 1);
    connect(m_preview->animationPlayer(), &PreviewGifPlayer::frameChanged, m_timeline, [this](int index) { m_timeline->setCurrentFrame(index); });
    connect(m_timeline, &StoryboardTimeline::frameClicked, this, [this](int frame) {
        m_preview->pause();
        if (m_preview->kind() == PreviewPane::Kind::Animation) m_preview->animationPlayer()->seekFrame(frame);
        else if (m_preview->kind() == PreviewPane::Kind::Video && m_storyboard.fps > 0)
            m_preview->mediaPlayer()->setPosition(qint64(frame) * 1000 / m_storyboard.fps);
    });

    m_estimate = new QLabel;
    m_estimate->setObjectName(QStringLiteral("storyboardEstimate"));
    m_estimate->setWordWrap(true);
    m_estimate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_estimate);
    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("storyboardProblems"));
    m_problems->setWordWrap(true);
    StatusColors::applyTextColor(m_problems, StatusColors::error(palette()));
    layout->addWidget(m_problems);

    auto *actions = new QHBoxLayout;
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("storyboardProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("storyboardMessage"));
    m_run = new QPushButton(tr("Run"));
    m_run->setObjectName(QStringLiteral("storyboardRun"));
    m_run->setDefault(true);
    m_run->setToolTip(tr("Runs the transitions that never ran or changed, then stitches the file"));
    m_rerun = new QPushButton(tr("Re-run selected"));
    m_rerun->setObjectName(QStringLiteral("storyboardRerun"));
    m_rerun->setToolTip(tr("Runs the selected transition again (a new prediction) and stitches again; the others are kept"));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("storyboardCancel"));
    m_cancel->setEnabled(false);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_message, 2);
    actions->addWidget(m_run);
    actions->addWidget(m_rerun);
    actions->addWidget(m_cancel);
    layout->addLayout(actions);
    connect(m_run, &QPushButton::clicked, this, &StoryboardDialog::run);
    connect(m_rerun, &QPushButton::clicked, this, &StoryboardDialog::rerunSelected);
    connect(m_cancel, &QPushButton::clicked, this, &StoryboardDialog::cancel);
    connect(m_transitions, &QTableWidget::itemSelectionChanged, this, [this] { m_rerun->setEnabled(!isBusy() && m_transitions->currentRow() >= 0); });
    resize(1280, 800);
}

QWidget *StoryboardDialog::transitionEditor(int row, int column) const
{
    return m_transitions->cellWidget(row, column);
}

bool StoryboardDialog::isBusy() const
{
    return (m_runner && m_runner->isRunning()) || (m_stitcher && m_stitcher->isRunning());
}

bool StoryboardDialog::localBackend() const
{
    return m_backends && m_backends->backend() && m_backends->backend()->kind() == api::Backend::Kind::LocalCog;
}

void StoryboardDialog::setStoryboard(const storyboard::Storyboard &storyboard)
{
    m_storyboard = storyboard;
    m_statuses = QStringList(m_storyboard.transitionCount(), QString());
    fillTables();
    showStitched();
}

void StoryboardDialog::fillTables()
{
    m_filling = true;
    m_prompts->setRowCount(int(m_storyboard.prompts.size()));
    for (int i = 0; i < m_storyboard.prompts.size(); ++i) {
        m_prompts->setItem(i, 0, new QTableWidgetItem(m_storyboard.prompts.at(i)));
        m_prompts->setVerticalHeaderItem(i, new QTableWidgetItem(QString::number(i + 1)));
    }
    m_transitions->setRowCount(m_storyboard.transitionCount());
    while (m_statuses.size() < m_storyboard.transitionCount()) m_statuses << QString();
    while (m_statuses.size() > m_storyboard.transitionCount()) m_statuses.removeLast();
    for (int row = 0; row < m_storyboard.transitionCount(); ++row) {
        const storyboard::StoryboardTransition &t = m_storyboard.transitions.at(row);
        m_transitions->setItem(row, Pair, new QTableWidgetItem(tr("%1 → %2").arg(row + 1).arg(row + 2)));
        auto spin = [this, row](int column, int min, int max, int value) {
            auto *box = qobject_cast<QSpinBox *>(m_transitions->cellWidget(row, column));
            if (!box) {
                box = new QSpinBox;
                box->setFrame(false);
                m_transitions->setCellWidget(row, column, box);
                connect(box, &QSpinBox::valueChanged, this, [this, row] {
                    if (!m_filling) readTransition(row);
                });
            }
            box->setRange(min, max);
            box->setValue(value);
        };
        spin(Frames, 2, 50, t.animationFrames);
        spin(Steps, 1, 50, t.interpolationSteps);
        spin(Crossfade, 0, 999, t.crossfadeFrames);
        auto *strength = qobject_cast<QDoubleSpinBox *>(m_transitions->cellWidget(row, Strength));
        if (!strength) {
            strength = new QDoubleSpinBox;
            strength->setFrame(false);
            strength->setRange(0, 1);
            strength->setSingleStep(0.05);
            strength->setDecimals(2);
            m_transitions->setCellWidget(row, Strength, strength);
            connect(strength, &QDoubleSpinBox::valueChanged, this, [this, row] {
                if (!m_filling) readTransition(row);
            });
        }
        strength->setValue(t.promptStrength);
        if (QWidget *crossfade = m_transitions->cellWidget(row, Crossfade))
            crossfade->setEnabled(row + 1 < m_storyboard.transitionCount());   // the last has no next to fade into
        m_transitions->setItem(row, Length, new QTableWidgetItem);
        m_transitions->setItem(row, Status, new QTableWidgetItem);
    }
    m_seed->setValue(double(m_storyboard.seed));
    select(m_width, m_storyboard.width);
    select(m_height, m_storyboard.height);
    m_steps->setValue(m_storyboard.inferenceSteps);
    m_fps->setValue(m_storyboard.fps);
    select(m_format, m_storyboard.outputFormat);
    m_filling = false;
    refresh();
}

void StoryboardDialog::readShared()
{
    m_storyboard.seed = qint64(m_seed->value());
    m_storyboard.width = m_width->currentData().toInt();
    m_storyboard.height = m_height->currentData().toInt();
    m_storyboard.inferenceSteps = m_steps->value();
    m_storyboard.fps = m_fps->value();
    m_storyboard.outputFormat = m_format->currentData().toString();
    refresh();
}

void StoryboardDialog::readPrompts()
{
    for (int i = 0; i < m_prompts->rowCount() && i < m_storyboard.prompts.size(); ++i)
        m_storyboard.prompts[i] = m_prompts->item(i, 0) ? m_prompts->item(i, 0)->text() : QString();
    refresh();
}

void StoryboardDialog::readTransition(int row)
{
    if (row >= m_storyboard.transitionCount()) return;
    storyboard::StoryboardTransition &t = m_storyboard.transitions[row];
    t.animationFrames = qobject_cast<QSpinBox *>(m_transitions->cellWidget(row, Frames))->value();
    t.interpolationSteps = qobject_cast<QSpinBox *>(m_transitions->cellWidget(row, Steps))->value();
    t.crossfadeFrames = qobject_cast<QSpinBox *>(m_transitions->cellWidget(row, Crossfade))->value();
    t.promptStrength = qobject_cast<QDoubleSpinBox *>(m_transitions->cellWidget(row, Strength))->value();
    refresh();
}

void StoryboardDialog::addPrompt()
{
    if (isBusy() || m_storyboard.prompts.size() >= storyboard::Storyboard::MaxPrompts) return;
    m_storyboard.prompts << QString();
    m_storyboard.fitTransitions();
    fillTables();
    m_prompts->setCurrentCell(int(m_storyboard.prompts.size()) - 1, 0);
    m_prompts->editItem(m_prompts->item(int(m_storyboard.prompts.size()) - 1, 0));
}

void StoryboardDialog::removeSelectedPrompt()
{
    const int row = m_prompts->currentRow();
    if (isBusy() || row < 0 || m_storyboard.prompts.size() <= 2) return;
    m_storyboard.prompts.removeAt(row);
    // The transitions on either side of the prompt become one: the one before it stays.
    m_storyboard.transitions.removeAt(qMin(row, m_storyboard.transitionCount() - 1));
    m_statuses.removeAt(qMin(row, int(m_statuses.size()) - 1));
    fillTables();
}

void StoryboardDialog::setStatus(int transition, const QString &text)
{
    if (transition >= 0 && transition < m_statuses.size()) m_statuses[transition] = text;
    refresh();
}

void StoryboardDialog::refresh()
{
    const QStringList problems = m_storyboard.validate();
    const QList<int> pending = problems.isEmpty() ? m_storyboard.pendingTransitions({}, false) : QList<int>();
    for (int row = 0; row < m_storyboard.transitionCount() && row < m_transitions->rowCount(); ++row) {
        if (QTableWidgetItem *item = m_transitions->item(row, Length))
            item->setText(problems.isEmpty() ? tr("%n frame(s)", nullptr, m_storyboard.partFrames(row)) : QString());
        QString status = m_statuses.value(row);
        if (status.isEmpty()) status = !problems.isEmpty() ? QString() : pending.contains(row) ? tr("to run") : tr("kept");
        if (QTableWidgetItem *item = m_transitions->item(row, Status)) {
            item->setText(status);
            item->setToolTip(m_storyboard.transitions.at(row).predictionId);
        }
    }
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    if (problems.isEmpty()) {
        const storyboard::StoryboardEstimate e = m_estimates
            ? storyboard::StoryboardEstimate::of(m_storyboard, pending, m_estimates->estimator(), m_estimates->pricePerSecondUsd(), localBackend())
            : storyboard::StoryboardEstimate::of(m_storyboard, pending, model::RunEstimator(), 0, localBackend());
        m_estimate->setText(e.describe());
    } else {
        m_estimate->setText(QString());
    }
    const bool busy = isBusy();
    m_run->setEnabled(!busy && problems.isEmpty());
    m_rerun->setEnabled(!busy && problems.isEmpty() && m_transitions->currentRow() >= 0);
}

void StoryboardDialog::setBusy(bool busy)
{
    m_cancel->setEnabled(busy);
    for (QWidget *w : {static_cast<QWidget *>(m_prompts), static_cast<QWidget *>(m_addPrompt), static_cast<QWidget *>(m_removePrompt),
                       static_cast<QWidget *>(m_seed), static_cast<QWidget *>(m_width), static_cast<QWidget *>(m_height),
                       static_cast<QWidget *>(m_steps), static_cast<QWidget *>(m_fps), static_cast<QWidget *>(m_format),
                       static_cast<QWidget *>(m_open)})
        w->setEnabled(!busy);
    for (int row = 0; row < m_transitions->rowCount(); ++row)
        for (int column : {Frames, Steps, Strength, Crossfade})
            if (QWidget *w = m_transitions->cellWidget(row, column)) w->setEnabled(!busy && (column != Crossfade || row + 1 < m_transitions->rowCount()));
    refresh();
}

void StoryboardDialog::report(const QString &message, bool error)
{
    m_message->setText(message);
    StatusColors::applyTextColor(m_message, error ? StatusColors::error(palette()) : palette().color(QPalette::WindowText));
    if (error) emit failed(message);
}

void StoryboardDialog::run()
{
    start({});
}

void StoryboardDialog::rerunSelected()
{
    const int row = m_transitions->currentRow();
    if (row >= 0) start({row});
}

void StoryboardDialog::start(const QList<int> &forced)
{
    if (isBusy()) return;
    const QStringList problems = m_storyboard.validate();
    if (!problems.isEmpty()) return report(problems.first(), true);
    api::Backend *backend = m_backends ? m_backends->backend() : nullptr;
    if (!backend) return report(tr("No backend is ready; check the settings."), true);
    if (m_runner) m_runner->deleteLater();
    m_runner = new storyboard::StoryboardRunner(backend, this);
    m_runner->setHistory(m_recorder, m_backends->identity());
    m_runner->setCheckFiles(false);
    const QList<int> pending = m_storyboard.pendingTransitions(forced, false);
    m_statuses = QStringList(m_storyboard.transitionCount(), QString());
    for (int k : pending) m_statuses[k] = tr("waiting");
    m_progress->setRange(0, qMax(1, int(pending.size())) * 100 + 100);
    m_progress->setValue(0);
    connect(m_runner, &storyboard::StoryboardRunner::transitionStarted, this, [this](int k, api::PredictionJob *) {
        setStatus(k, tr("running…"));
    });
    connect(m_runner, &storyboard::StoryboardRunner::transitionFinished, this, [this](int k, bool ok) {
        setStatus(k, ok ? tr("done") : tr("failed"));
        m_progress->setValue(m_progress->value() + 100);
    });
    connect(m_runner, &storyboard::StoryboardRunner::finished, this, &StoryboardDialog::onRunsFinished);
    report(pending.isEmpty() ? tr("Every transition is up to date; stitching again.")
                             : tr("Running %n transition(s)…", nullptr, int(pending.size())), false);
    m_runner->start(m_storyboard, forced);
    setBusy(true);
}

void StoryboardDialog::cancel()
{
    if (m_runner) m_runner->cancel();
    if (m_stitcher) m_stitcher->cancel();
}

QString StoryboardDialog::stitchedPath() const
{
    if (!m_storyboard.stitchedFile.isEmpty() && QFileInfo(m_storyboard.stitchedFile).suffix() == m_storyboard.outputFormat)
        return m_storyboard.stitchedFile;
    if (!m_projectPath.isEmpty()) {
        const QFileInfo project(m_projectPath);
        return project.absolutePath() + QLatin1Char('/') + project.completeBaseName() + QLatin1Char('.') + m_storyboard.outputFormat;
    }
    return QDir(m_outputDirectory).filePath(QStringLiteral("storyboards/storyboard-%1.%2")
                                                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")), m_storyboard.outputFormat));
}

void StoryboardDialog::onRunsFinished(bool allSucceeded)
{
    // The editor was locked while it ran, so only the results are new.
    m_storyboard = m_runner->storyboard();
    if (!allSucceeded || !m_runner->complete()) {
        setBusy(false);
        report(m_runner->errors().join(QLatin1Char('\n')), true);
        return;
    }
    const QString path = stitchedPath();
    if (m_stitcher) m_stitcher->deleteLater();
    m_stitcher = new storyboard::StoryboardStitcher(this);
    const int base = m_progress->maximum() - 100;
    connect(m_stitcher, &storyboard::StoryboardStitcher::progress, this, [this, base](int frame, int total) {
        m_progress->setValue(base + (total > 0 ? 100 * frame / total : 0));
    });
    connect(m_stitcher, &storyboard::StoryboardStitcher::finished, this, &StoryboardDialog::onStitched);
    report(tr("Stitching %n frame(s)…", nullptr, m_storyboard.stitchedFrames()), false);
    m_stitcher->start(storyboard::StoryboardStitcher::inputOf(m_storyboard), path);
}

void StoryboardDialog::onStitched(const QString &path, const QString &error)
{
    setBusy(false);
    if (!error.isEmpty()) return report(error, true);
    m_storyboard.stitchedFile = path;
    m_storyboard.boundaryFrames = m_stitcher->transitionStarts();
    m_progress->setValue(m_progress->maximum());
    m_statuses = QStringList(m_storyboard.transitionCount(), QString());
    refresh();
    showStitched();
    report(tr("Stitched %n frame(s) into %1", nullptr, m_stitcher->result().frames).arg(QFileInfo(path).fileName()), false);
    if (!m_projectPath.isEmpty()) saveProject(m_projectPath);
    emit stitched(path);
}

void StoryboardDialog::showStitched()
{
    QList<int> crossfades;
    for (int i = 0; i + 1 < m_storyboard.transitionCount(); ++i) crossfades << m_storyboard.crossfadeAfter(i);
    if (m_storyboard.stitchedFile.isEmpty() || m_storyboard.boundaryFrames.size() != m_storyboard.transitionCount()) {
        m_timeline->clear();
        m_preview->clear();
        return;
    }
    m_timeline->setLayout(m_storyboard.stitchedFrames(), m_storyboard.boundaryFrames, crossfades);
    m_preview->showFile(m_storyboard.stitchedFile);
    if (m_preview->kind() == PreviewPane::Kind::Video && !m_followsVideo) {
        // The player exists once a video was shown; its position in frames moves the playhead.
        m_followsVideo = true;
        connect(m_preview->mediaPlayer(), &QMediaPlayer::positionChanged, m_timeline, [this](qint64 ms) {
            if (m_preview->kind() == PreviewPane::Kind::Video) m_timeline->setCurrentFrame(int(ms * m_storyboard.fps / 1000));
        });
    }
}

void StoryboardDialog::openProject(const QString &path)
{
    if (isBusy()) return;
    const QFuture<Loaded> future = QtConcurrent::run([path] {
        Loaded l;
        l.storyboard = storyboard::Storyboard::load(path, &l.errors);
        if (l.storyboard) l.storyboard->forgetMissingOutputs();
        return l;
    });
    concurrent::FutureCallbacks::onResult(future, this, [this, path](const Loaded &loaded) {
        if (!loaded.storyboard) return report(loaded.errors.join(QLatin1Char('\n')), true);
        m_projectPath = path;
        setWindowTitle(tr("Storyboard — %1").arg(QFileInfo(path).fileName()));
        setStoryboard(*loaded.storyboard);
        report(tr("Opened %1").arg(QFileInfo(path).fileName()), false);
        emit projectLoaded(path);
    });
}

void StoryboardDialog::saveProject(const QString &path)
{
    const storyboard::Storyboard copy = m_storyboard;
    const QFuture<QString> future = QtConcurrent::run([copy, path] {
        QString error;
        copy.save(path, &error);
        return error;
    });
    concurrent::FutureCallbacks::onResult(future, this, [this, path](const QString &error) {
        if (!error.isEmpty()) return report(error, true);
        m_projectPath = path;
        setWindowTitle(tr("Storyboard — %1").arg(QFileInfo(path).fileName()));
        emit projectSaved(path);
    });
}

} // namespace sdanim::ui
