#include "ui/CompareGridDock.h"

#include "concurrent/FutureCallbacks.h"
#include "export/ContactSheet.h"
#include "export/GridVideoExporter.h"
#include "media/AnimationThumbnails.h"
#include "schema/ModelSchema.h"
#include "store/AsyncHistoryStore.h"
#include "store/SweepStore.h"
#include "sweep/GridClock.h"
#include "sweep/SweepEstimate.h"
#include "sweep/SweepSession.h"
#include "ui/CompareGridCell.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace sdanim::ui {

namespace {
QString statusLabel(const QString &status)
{
    if (status == QLatin1String("pending")) return CompareGridDock::tr("Waiting");
    if (status == QLatin1String("running") || status == QLatin1String("processing") || status == QLatin1String("starting"))
        return CompareGridDock::tr("Running…");
    if (status == QLatin1String("succeeded")) return CompareGridDock::tr("Loading…");
    if (status == QLatin1String("failed")) return CompareGridDock::tr("Failed");
    if (status == QLatin1String("canceled")) return CompareGridDock::tr("Canceled");
    if (status == QLatin1String("not_created")) return CompareGridDock::tr("Not started: refused");
    if (status == QLatin1String("skipped")) return CompareGridDock::tr("Not run");
    return status;
}
} // namespace

CompareGridDock::CompareGridDock(const session::AppServices &services, QWidget *parent)
    : QDockWidget(tr("Compare Grid"), parent)
    , m_services(services)
    , m_clock(new sweep::GridClock(this))
    , m_pool(new QThreadPool(this))
    , m_exporter(new exports::GridVideoExporter(this))
{
    setObjectName(QStringLiteral("compareGridDock"));
    // Two decoders at most: the preview and the runs keep the other core.
    m_pool->setMaxThreadCount(2);

    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_sweeps = new QComboBox;
    m_sweeps->setObjectName(QStringLiteral("sweepHistoryBox"));
    m_sweeps->setToolTip(tr("Reopen a past sweep from the history"));
    m_sweeps->setMinimumContentsLength(30);
    m_sweeps->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_sweeps, &QComboBox::activated, this, [this](int item) {
        const qint64 id = m_sweeps->itemData(item).toLongLong();
        if (id > 0 && m_schema && (!m_session || id != m_session->sweepId())) openSweep(id, m_schema());
    });
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("compareGridStatus"));
    m_cancel = new QPushButton(tr("Cancel Sweep"));
    m_cancel->setObjectName(QStringLiteral("cancelSweepButton"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] { if (m_session) m_session->cancel(); });
    auto *size = new QSlider(Qt::Horizontal);
    size->setObjectName(QStringLiteral("cellSizeSlider"));
    size->setRange(64, 384);
    size->setValue(m_side);
    size->setMaximumWidth(120);
    size->setToolTip(tr("Cell size"));
    connect(size, &QSlider::valueChanged, this, [this](int side) {
        m_side = side;
        for (CompareGridCell *c : m_cells) c->setSide(side);
    });
    m_exportPng = new QPushButton(tr("Export PNG…"));
    m_exportPng->setObjectName(QStringLiteral("exportSheetButton"));
    m_exportPng->setToolTip(tr("Save the grid as one image: the frame each cell shows, with the labels"));
    connect(m_exportPng, &QPushButton::clicked, this, [this] { chooseExport(false); });
    m_exportVideo = new QPushButton(tr("Export Video…"));
    m_exportVideo->setObjectName(QStringLiteral("exportVideoButton"));
    m_exportVideo->setToolTip(tr("Save the grid as one MP4: every cell playing in step, with the labels"));
    connect(m_exportVideo, &QPushButton::clicked, this, [this] {
        if (m_exporter->isRunning()) cancelExport();
        else chooseExport(true);
    });
    bar->addWidget(new QLabel(tr("Sweep:")));
    bar->addWidget(m_sweeps);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_cancel);
    bar->addWidget(size);
    bar->addWidget(m_exportPng);
    bar->addWidget(m_exportVideo);
    layout->addLayout(bar);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("compareGridScroll"));
    scroll->setWidgetResizable(true);
    m_gridWidget = new QWidget;
    m_grid = new QGridLayout(m_gridWidget);
    m_grid->setSpacing(4);
    m_grid->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    scroll->setWidget(m_gridWidget);
    layout->addWidget(scroll, 1);
    setWidget(body);

    // No ticks while nobody can see the grid.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_cells.isEmpty()) m_clock->start();
        else m_clock->stop();
    });
    connect(m_clock, &sweep::GridClock::ticked, this, [this](qint64 index) {
        for (CompareGridCell *c : m_cells) c->setFrameIndex(index);
    });
    connect(m_exporter, &exports::GridVideoExporter::progress, this, [this](int frame, int count) {
        m_status->setText(tr("Exporting video: frame %1 of %2").arg(frame).arg(count));
    });
    connect(m_exporter, &exports::GridVideoExporter::finished, this, [this](const QString &path, const QString &error) {
        m_exportVideo->setText(tr("Export Video…"));
        refreshHeader();
        emit message(error.isEmpty() ? tr("Grid video saved to %1").arg(path) : error);
        emit exportFinished(path, error);
    });
    refreshHeader();
}

CompareGridDock::~CompareGridDock()
{
    ++m_generation;
    m_pool->clear();
    m_pool->waitForDone();
}

bool CompareGridDock::ownsQueueJob(qint64 id) const
{
    return m_session && m_session->ownsQueueJob(id);
}

void CompareGridDock::startSweep(const sweep::SweepPlan &plan, api::Backend *backend, const store::BackendIdentity &identity,
                                 int concurrency, const sweep::SweepEstimate &estimate)
{
    if (m_session && m_session->isRunning()) m_session->cancel();
    auto *session = new sweep::SweepSession(m_services.history, m_services.recorder, this);
    if (m_session) m_session->deleteLater();
    m_session = session;
    connect(session, &sweep::SweepSession::planReady, this, &CompareGridDock::rebuild);
    connect(session, &sweep::SweepSession::cellChanged, this, &CompareGridDock::updateCell);
    connect(session, &sweep::SweepSession::finished, this, [this] {
        refreshHeader();
        refreshSweepList();
        emit sweepFinished();
    });
    connect(session, &sweep::SweepSession::failed, this, &CompareGridDock::message);
    show();
    raise();
    if (m_queue) session->startQueued(plan, m_queue, backend, identity, estimate, concurrency);
    else session->start(plan, backend, identity, concurrency);
    m_cancel->setEnabled(true);
}

void CompareGridDock::openSweep(qint64 sweepId, const schema::ModelSchema &schema)
{
    if (m_session && m_session->isRunning()) {
        emit message(tr("A sweep is running; cancel it before opening another."));
        return;
    }
    auto *session = new sweep::SweepSession(m_services.history, m_services.recorder, this);
    if (m_session) m_session->deleteLater();
    m_session = session;
    connect(session, &sweep::SweepSession::planReady, this, &CompareGridDock::rebuild);
    connect(session, &sweep::SweepSession::cellChanged, this, &CompareGridDock::updateCell);
    connect(session, &sweep::SweepSession::failed, this, &CompareGridDock::message);
    show();
    raise();
    session->open(sweepId, schema);
}

void CompareGridDock::openSweepOf(const QString &predictionKey)
{
    if (!m_services.history || !m_schema || predictionKey.isEmpty()) return;
    concurrent::FutureCallbacks::onResult(
        m_services.history->run([predictionKey](store::HistoryStore &s) { return store::SweepStore(s).membership(predictionKey); }),
        this, [this](const std::optional<store::SweepStore::Membership> &member) {
            if (!member || (m_session && (m_session->isRunning() || m_session->sweepId() == member->sweepId))) return;
            openSweep(member->sweepId, m_schema());
        });
}

void CompareGridDock::refreshSweepList()
{
    if (!m_services.history) return;
    concurrent::FutureCallbacks::onResult(
        m_services.history->run([](store::HistoryStore &s) { return store::SweepStore(s).list(50); }), this,
        [this](const QList<store::SweepRecord> &sweeps) {
            const qint64 current = m_session ? m_session->sweepId() : 0;
            const QSignalBlocker block(m_sweeps);
            m_sweeps->clear();
            const QLocale locale;
            for (const store::SweepRecord &s : sweeps) {
                const QStringList names = [&] {
                    QStringList n;
                    for (const QString &key : {QStringLiteral("columns"), QStringLiteral("rows")})
                        if (s.spec.contains(key)) n << s.spec.value(key).toObject().value(QStringLiteral("name")).toString();
                    return n;
                }();
                m_sweeps->addItem(tr("#%1 %2 × %3 · %4 · %5")
                                      .arg(s.id).arg(s.columns).arg(s.rows)
                                      .arg(names.join(QStringLiteral(" / ")),
                                           locale.toString(s.createdAt.toLocalTime(), QLocale::ShortFormat)),
                                  s.id);
                if (s.id == current) m_sweeps->setCurrentIndex(m_sweeps->count() - 1);
            }
            if (current == 0) m_sweeps->setCurrentIndex(-1);
        });
}

void CompareGridDock::rebuild()
{
    ++m_generation;
    m_clock->stop();
    qDeleteAll(m_cells);
    qDeleteAll(m_columnHeaders);
    qDeleteAll(m_rowHeaders);
    m_cells.clear();
    m_columnHeaders.clear();
    m_rowHeaders.clear();
    const sweep::SweepPlan &plan = m_session->plan();
    const bool rowLabels = plan.rowCount() > 1 || !plan.rowLabels.value(0).isEmpty();
    const int firstColumn = rowLabels ? 1 : 0;
    for (int c = 0; c < plan.columnCount(); ++c) {
        auto *label = new QLabel(plan.columnLabels.at(c));
        label->setObjectName(QStringLiteral("columnLabel%1").arg(c));
        label->setAlignment(Qt::AlignCenter);
        label->setStyleSheet(QStringLiteral("font-weight: bold"));
        m_grid->addWidget(label, 0, firstColumn + c);
        m_columnHeaders << label;
    }
    for (int r = 0; r < plan.rowCount(); ++r) {
        if (rowLabels) {
            auto *label = new QLabel(plan.rowLabels.at(r));
            label->setObjectName(QStringLiteral("rowLabel%1").arg(r));
            label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            label->setStyleSheet(QStringLiteral("font-weight: bold"));
            m_grid->addWidget(label, 1 + r, 0);
            m_rowHeaders << label;
        }
        for (int c = 0; c < plan.columnCount(); ++c) {
            auto *cell = new CompareGridCell(r * plan.columnCount() + c);
            cell->setSide(m_side);
            connect(cell, &CompareGridCell::clicked, this, [this](int index) {
                if (m_session && index < m_session->cells().size()) emit loadInputsRequested(m_session->cells().at(index).input);
            });
            connect(cell, &CompareGridCell::starToggled, this, [this](int index, bool on) { if (m_session) m_session->setStarred(index, on); });
            m_grid->addWidget(cell, 1 + r, firstColumn + c);
            m_cells << cell;
        }
    }
    m_decodedFiles = QStringList(m_cells.size());
    for (int i = 0; i < m_cells.size(); ++i) updateCell(i);
    m_clock->reset();
    if (isVisible()) m_clock->start();
    refreshHeader();
    // Once the dock has been laid out in the window.
    QTimer::singleShot(0, this, &CompareGridDock::fitHeight);
}

void CompareGridDock::fitHeight()
{
    // A dock shown for the first time gets its minimum height: room for the whole grid instead,
    // up to 60 % of the window (the form and the preview stay usable).
    auto *window = qobject_cast<QMainWindow *>(parentWidget());
    if (!window || isFloating() || window->dockWidgetArea(this) != Qt::BottomDockWidgetArea) return;
    // The grid, plus the bar above it, the dock's title and the scroll area's frame.
    const int wanted = m_grid->sizeHint().height() + m_sweeps->sizeHint().height() + 48;
    window->resizeDocks({this}, {qMin(wanted, window->height() * 3 / 5)}, Qt::Vertical);
}

void CompareGridDock::updateCell(int index)
{
    if (!m_session || index < 0 || index >= m_cells.size() || index >= m_session->cells().size()) return;
    const sweep::SweepSession::Cell &data = m_session->cells().at(index);
    CompareGridCell *cell = m_cells.at(index);
    QString label = data.columnLabel;
    if (!data.rowLabel.isEmpty()) label += QStringLiteral(", ") + data.rowLabel;
    cell->setInput(data.input, label);
    QString status = statusLabel(data.status);
    if (!data.error.isEmpty()) status += QLatin1Char('\n') + data.error;
    cell->setStatus(status);
    cell->setStarred(data.starred);
    cell->starButton()->setEnabled(!data.historyKey.isEmpty());
    if (!data.file.isEmpty() && m_decodedFiles.value(index) != data.file) decode(index, data.file);
    refreshHeader();
}

void CompareGridDock::decode(int index, const QString &file)
{
    m_decodedFiles[index] = file;
    const quint64 generation = m_generation;
    // Decoded at the largest cell size, so resizing the grid needs no second decode.
    const QSize bound(384, 384);
    concurrent::FutureCallbacks::onResult(
        QtConcurrent::run(m_pool, [file, bound] { return media::AnimationThumbnails::decode(file, bound); }), this,
        [this, index, generation](const media::AnimationThumbnails &result) {
            if (generation != m_generation || index >= m_cells.size()) return;
            if (result.isEmpty()) {
                m_cells.at(index)->setStatus(result.error);
                return;
            }
            m_cells.at(index)->setFrames(result.frames);
            m_cells.at(index)->setFrameIndex(m_clock->frameIndex());
            // The grid plays at the speed of the first animation that arrives (they share a frame rate).
            if (decodedCount() == 1 && !result.delaysMs.isEmpty()) m_clock->setIntervalMs(result.delaysMs.first());
            refreshHeader();
            emit cellDecoded(index);
        });
}

bool CompareGridDock::isBackendInUse(const api::Backend *backend) const
{
    return m_session && m_session->isUsing(backend);
}

int CompareGridDock::decodedCount() const
{
    int n = 0;
    for (const CompareGridCell *c : m_cells) n += c->frameCount() > 0 ? 1 : 0;
    return n;
}

void CompareGridDock::refreshHeader()
{
    const bool any = decodedCount() > 0;
    m_exportPng->setEnabled(any);
    m_exportVideo->setEnabled(any || m_exporter->isRunning());
    m_cancel->setEnabled(m_session && m_session->isRunning());
    if (m_exporter->isRunning()) return;
    if (!m_session) {
        m_status->setText(tr("Start a sweep with Run → Sweep…"));
        return;
    }
    const int total = int(m_session->cells().size());
    m_status->setText(m_session->isRunning() ? tr("%1 of %2 runs done").arg(m_session->doneCount()).arg(total)
                                             : tr("%1 runs, %2 shown").arg(total).arg(decodedCount()));
}

CompareGridCell *CompareGridDock::cell(int row, int column) const
{
    if (!m_session) return nullptr;
    const int columns = m_session->plan().columnCount();
    if (row < 0 || column < 0 || column >= columns) return nullptr;
    return m_cells.value(row * columns + column);
}

QStringList CompareGridDock::columnLabels() const
{
    QStringList labels;
    for (const QLabel *l : m_columnHeaders) labels << l->text();
    return labels;
}

QStringList CompareGridDock::rowLabels() const
{
    QStringList labels;
    for (const QLabel *l : m_rowHeaders) labels << l->text();
    return labels;
}

void CompareGridDock::chooseExport(bool video)
{
    const QString path = video
        ? QFileDialog::getSaveFileName(this, tr("Export Grid Video"), QString(), tr("MP4 video (*.mp4)"))
        : QFileDialog::getSaveFileName(this, tr("Export Contact Sheet"), QString(), tr("PNG image (*.png)"));
    if (path.isEmpty()) return;
    if (video) exportVideo(path);
    else exportContactSheet(path);
}

void CompareGridDock::exportContactSheet(const QString &path)
{
    if (!m_session) return;
    exports::ContactSheet sheet;
    sheet.columnLabels = m_session->plan().columnLabels;
    sheet.rowLabels = m_session->plan().rowLabels;
    sheet.cellSize = QSize(m_side, m_side);
    for (const CompareGridCell *c : m_cells) {
        sheet.cells << c->currentImage();
        sheet.starred << c->isStarred();
    }
    concurrent::FutureCallbacks::onResult(
        QtConcurrent::run(m_pool, [sheet, path] {
            const QString part = path + QStringLiteral(".part");
            if (!sheet.render().save(part, "PNG")) {
                QFile::remove(part);
                return tr("Cannot write %1.").arg(path);
            }
            QFile::remove(path);
            return QFile::rename(part, path) ? QString() : tr("Cannot write %1.").arg(path);
        }),
        this, [this, path](const QString &error) {
            emit message(error.isEmpty() ? tr("Contact sheet saved to %1").arg(path) : error);
            emit exportFinished(path, error);
        });
}

void CompareGridDock::exportVideo(const QString &path)
{
    if (!m_session || m_exporter->isRunning()) return;
    exports::GridVideoExporter::Input input;
    input.layout.columnLabels = m_session->plan().columnLabels;
    input.layout.rowLabels = m_session->plan().rowLabels;
    input.layout.cellSize = QSize(m_side, m_side);
    for (const CompareGridCell *c : m_cells) {
        input.frames << c->frames();
        input.layout.starred << c->isStarred();
    }
    input.fps = qBound(1, 1000 / qMax(1, m_clock->intervalMs()), 60);
    m_exportVideo->setText(tr("Cancel Export"));
    m_exportVideo->setEnabled(true);
    m_exporter->start(std::move(input), path);
}

void CompareGridDock::cancelExport() { m_exporter->cancel(); }

} // namespace sdanim::ui
