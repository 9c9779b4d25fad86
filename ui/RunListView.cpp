#include "ui/RunListView.h"

#include "api/Backend.h"
#include "session/Run.h"
#include "session/RunController.h"
#include "ui/RunRow.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sdanim::ui {

RunListView::RunListView(session::RunController *controller, session::RunEstimates *estimates, QWidget *parent)
    : QScrollArea(parent)
    , m_controller(controller)
    , m_estimates(estimates)
    , m_content(new QWidget(this))
    , m_layout(new QVBoxLayout(m_content))
    , m_empty(new QLabel(tr("No runs yet. Fill in the prompts and press Run (Ctrl+Enter). "
                            "Several runs can be in flight at once."), m_content))
{
    setObjectName(QStringLiteral("runList"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_layout->setContentsMargins(4, 4, 4, 4);
    m_layout->setSpacing(6);
    m_layout->addWidget(m_empty);
    m_layout->addStretch(1);
    setWidget(m_content);

    connect(m_controller, &session::RunController::runAdded, this, &RunListView::addRow);
    connect(m_controller, &session::RunController::runRemoved, this, &RunListView::removeRow);
    for (session::Run *run : m_controller->runs()) addRow(run);
}

QList<RunRow *> RunListView::rows() const
{
    QList<RunRow *> result;
    for (int i = 0; i < m_layout->count(); ++i)
        if (auto *row = qobject_cast<RunRow *>(m_layout->itemAt(i)->widget())) result << row;
    return result;
}

void RunListView::addRow(session::Run *run)
{
    // The run goes to the controller's current backend (Run::backend() is set just after this and
    // may outlive its backend, so it is not asked later). The emulator stands in for the cloud.
    const api::Backend *backend = m_controller->backend();
    const bool local = backend && backend->kind() == api::Backend::Kind::LocalCog;
    auto *row = new RunRow(run, m_estimates, local, m_content);
    m_rows.insert(run, row);
    m_layout->insertWidget(1, row);  // after the (hidden) placeholder: newest on top
    m_empty->hide();
    connect(row, &RunRow::selectRequested, this, [this](RunRow *r) { select(r->run()); });
    connect(row, &RunRow::showRequested, this, &RunListView::showRequested);
    connect(row, &RunRow::loadInputsRequested, this, &RunListView::loadInputsRequested);
    connect(row, &RunRow::reuseSeedRequested, this, &RunListView::reuseSeedRequested);
    connect(row, &RunRow::dismissRequested, m_controller, &session::RunController::dismiss);
    select(run);
    ensureWidgetVisible(row);
}

void RunListView::removeRow(session::Run *run)
{
    RunRow *row = m_rows.take(run);
    if (!row)
        return;
    row->deleteLater();
    if (m_selected == run) {
        m_selected = nullptr;
        emit selectionChanged(nullptr);
    }
    m_empty->setVisible(m_rows.isEmpty());
}

void RunListView::select(session::Run *run)
{
    m_selected = run;
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) it.value()->setSelected(it.key() == run);
    emit selectionChanged(run);
}

} // namespace sdanim::ui
