#include "ui/QueueDock.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sdanim::ui {

namespace {

enum Column { ColId, ColPlace, ColState, ColEstimate, ColCost, ColPrompts, ColumnCount };

QString usd(double v) { return QStringLiteral("$%1").arg(QLocale().toString(v, 'f', v < 1 ? 3 : 2)); }

// Places in line of the waiting jobs, as QueueStore::move counts them.
QHash<qint64, int> placesOf(const QList<queue::QueueJob> &jobs)
{
    QHash<qint64, int> places;
    int next = 0;
    for (const queue::QueueJob &j : jobs)
        if (j.isWaiting()) places.insert(j.id, ++next);
    return places;
}

} // namespace

QueueDock::QueueDock(queue::QueueController *controller, QWidget *parent)
    : QDockWidget(tr("Queue"), parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("QueueDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    m_message = new QLabel(body);
    m_message->setObjectName(QStringLiteral("queueMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_summary = new QLabel(body);
    m_list = new QTreeWidget(body);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Job"), tr("Place"), tr("State"), tr("Estimate"), tr("Cost"), tr("Prompts")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    auto *buttons = new QHBoxLayout;
    m_pause = new QPushButton(tr("Pause"), body);
    m_pause->setToolTip(tr("Start no more jobs; the running ones finish"));
    m_up = new QPushButton(tr("Move up"), body);
    m_down = new QPushButton(tr("Move down"), body);
    m_remove = new QPushButton(tr("Remove"), body);
    m_remove->setToolTip(tr("Take the selected job out of the queue (a running one is canceled)"));
    buttons->addWidget(m_pause);
    buttons->addStretch();
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_remove);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_controller) m_controller->setPaused(!m_snapshot.settings.paused);
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_controller && selectedJob() > 0) m_controller->remove(selectedJob());
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &QueueDock::updateButtons);
    connect(controller, &queue::QueueController::loaded, this, &QueueDock::showSnapshot);
    connect(controller, &queue::QueueController::budgetMessageChanged, this, &QueueDock::updateMessage);
    connect(controller, &queue::QueueController::failed, this, [this](const QString &message) {
        m_error = message;
        updateMessage();
    });
    showSnapshot(controller->snapshot());
    controller->reload();
}

qint64 QueueDock::selectedJob() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(ColId, Qt::UserRole).toLongLong();
}

void QueueDock::showSnapshot(const queue::QueueSnapshot &snapshot)
{
    const qint64 selected = selectedJob();
    m_snapshot = snapshot;
    const QHash<qint64, int> places = placesOf(snapshot.jobs);
    m_list->clear();
    for (const queue::QueueJob &j : snapshot.jobs) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(ColId, Qt::UserRole, j.id);
        item->setText(ColId, QString::number(j.id));
        item->setText(ColPlace, places.contains(j.id) ? QString::number(places.value(j.id)) : QStringLiteral("–"));
        item->setText(ColState, queue::QueueJob::stateText(j.state));
        item->setText(ColEstimate, usd(j.estimateUsd));
        item->setText(ColCost, j.costUsd >= 0 ? usd(j.costUsd) : QStringLiteral("–"));
        item->setText(ColPrompts, QStringLiteral("%1 → %2").arg(j.input.value(QStringLiteral("prompt_start")).toString(),
                                                                 j.input.value(QStringLiteral("prompt_end")).toString()).simplified());
        if (!j.error.isEmpty()) item->setToolTip(ColState, j.error);
        if (j.id == selected) item->setSelected(true);
    }
    m_pause->setText(snapshot.settings.paused ? tr("Resume") : tr("Pause"));
    m_pause->setToolTip(snapshot.settings.paused ? tr("Start jobs again") : tr("Start no more jobs; the running ones finish"));
    int waiting = 0, running = 0;
    for (const queue::QueueJob &j : snapshot.jobs) {
        waiting += j.isWaiting() ? 1 : 0;
        running += j.state == queue::QueueJob::State::Running ? 1 : 0;
    }
    QString summary = tr("%1 waiting, %2 running · spent %3 (today %4)").arg(waiting).arg(running).arg(usd(snapshot.spentUsd), usd(snapshot.spentTodayUsd));
    if (snapshot.settings.budgetUsd >= 0) summary += tr(" · budget %1").arg(usd(snapshot.settings.budgetUsd));
    if (snapshot.settings.dailyBudgetUsd >= 0) summary += tr(" · daily budget %1").arg(usd(snapshot.settings.dailyBudgetUsd));
    m_summary->setText(summary);
    updateButtons();
    updateMessage();
}

void QueueDock::updateButtons()
{
    const qint64 id = selectedJob();
    const QHash<qint64, int> places = placesOf(m_snapshot.jobs);
    const int place = places.value(id, 0);
    m_up->setEnabled(place > 1);
    m_down->setEnabled(place > 0 && place < places.size());
    bool removable = false;
    for (const queue::QueueJob &j : m_snapshot.jobs)
        if (j.id == id) removable = !j.isFinished();
    m_remove->setEnabled(removable);
}

void QueueDock::updateMessage()
{
    QStringList lines;
    if (m_controller && !m_controller->budgetMessage().isEmpty()) lines << m_controller->budgetMessage();
    if (m_snapshot.settings.paused) lines << tr("The queue is paused: no job starts until it is resumed.");
    if (!m_error.isEmpty()) lines << m_error;
    m_message->setText(lines.join(QLatin1Char('\n')));
    m_message->setVisible(!lines.isEmpty());
}

void QueueDock::moveSelected(int delta)
{
    const qint64 id = selectedJob();
    const int place = placesOf(m_snapshot.jobs).value(id, 0);
    if (!m_controller || place <= 0) return;
    m_error.clear();
    m_controller->move(id, place + delta);
}

} // namespace sdanim::ui
