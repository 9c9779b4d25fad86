#include "ui/RunRow.h"
#include "ui/DeferredIcon.h"

#include "session/Run.h"
#include "session/RunEstimates.h"
#include "ui/StatusColors.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace sdanim::ui {

RunRow::RunRow(session::Run *run, session::RunEstimates *estimates, bool localBackend, QWidget *parent)
    : QFrame(parent)
    , m_run(run)
    , m_estimates(estimates)
    , m_localBackend(localBackend)
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_estimate(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stuck(new QLabel(this))
    , m_stuckCancel(new QPushButton(tr("Cancel run"), this))
    , m_notice(new QLabel(this))
    , m_error(new QLabel(this))
    , m_logToggle(new QToolButton(this))
    , m_log(new QPlainTextEdit(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_more(new QToolButton(this))
    , m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("runRow"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_title->setTextFormat(Qt::PlainText);
    m_title->setMinimumWidth(80);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_estimate->setObjectName(QStringLiteral("runEstimate"));
    m_estimate->setForegroundRole(QPalette::PlaceholderText);
    m_estimate->setWordWrap(true);
    m_estimate->setVisible(m_estimates);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_stuck->setWordWrap(true);
    m_stuck->setObjectName(QStringLiteral("stuckLabel"));
    m_notice->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("runError"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_logToggle->setText(tr("Log"));
    m_logToggle->setCheckable(true);
    m_logToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_logToggle->setArrowType(Qt::RightArrow);
    m_logToggle->setAutoRaise(true);
    m_log->setReadOnly(true);
    m_log->setObjectName(QStringLiteral("runLog"));
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    // A model that logs a lot must not grow the widget (and every append) without bound: the
    // oldest lines go; the history keeps the whole log.
    m_log->setMaximumBlockCount(MaxLogLines);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumHeight(m_log->fontMetrics().lineSpacing() * 7 + 12);
    m_log->hide();
    m_cancel->setObjectName(QStringLiteral("runCancel"));
    m_cancel->setToolTip(tr("Cancel this run (Esc when selected)"));
    m_more->setText(tr("More"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setAutoRaise(true);
    m_dismiss->setIcon(DeferredIcon::standard(QStyle::SP_TitleBarCloseButton));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setToolTip(tr("Remove from this list (the history keeps it)"));

    auto *menu = new QMenu(m_more);
    menu->addAction(tr("Show output"), this, [this] { emit showRequested(m_run); });
    menu->addAction(tr("Load inputs into the form"), this, [this] { emit loadInputsRequested(m_run); });
    menu->addAction(tr("Reuse seed of this run"), this, [this] { emit reuseSeedRequested(m_run); });
    m_more->setMenu(menu);

    auto *top = new QHBoxLayout;
    top->addWidget(m_state);
    top->addWidget(m_title, 1);
    top->addWidget(m_meta);
    top->addWidget(m_more);
    top->addWidget(m_cancel);
    top->addWidget(m_dismiss);
    auto *stuckRow = new QHBoxLayout;
    stuckRow->addWidget(m_stuck, 1);
    stuckRow->addWidget(m_stuckCancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_estimate);
    layout->addWidget(m_progress);
    layout->addLayout(stuckRow);
    layout->addWidget(m_notice);
    layout->addWidget(m_error);
    layout->addWidget(m_logToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_log);

    connect(m_cancel, &QPushButton::clicked, m_run, &session::Run::cancel);
    connect(m_stuckCancel, &QPushButton::clicked, m_run, &session::Run::cancel);
    connect(m_dismiss, &QToolButton::clicked, this, [this] { emit dismissRequested(m_run); });
    connect(m_logToggle, &QToolButton::toggled, this, [this](bool on) {
        m_log->setVisible(on);
        m_logToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_run, &session::Run::changed, this, &RunRow::refresh);
    if (m_estimates)
        connect(m_estimates, &session::RunEstimates::changed, this, &RunRow::refreshEstimate);
    connect(m_run, &session::Run::logAppended, this, [this](const QString &line) {
        QScrollBar *bar = m_log->verticalScrollBar();
        const bool atEnd = bar->value() == bar->maximum();
        m_log->appendPlainText(line);
        if (atEnd) bar->setValue(bar->maximum());
        m_logToggle->setText(tr("Log (%n line(s))", nullptr, m_log->blockCount()));
    });
    // Elapsed time and ETA tick even when the server is quiet.
    auto *ticker = new QTimer(this);
    ticker->setInterval(1000);
    connect(ticker, &QTimer::timeout, this, [this, ticker] {
        refresh();
        if (!m_run->isActive()) ticker->stop();
    });
    ticker->start();

    m_log->setPlainText(m_run->logs());
    applyColors();
    refreshEstimate();
    refresh();
}

QString RunRow::formatDuration(qint64 ms)
{
    const qint64 s = qMax<qint64>(0, (ms + 500) / 1000);
    if (s >= 3600)
        return tr("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void RunRow::refresh()
{
    using State = session::Run::State;
    const State state = m_run->state();
    const bool active = m_run->isActive();
    m_title->setText(m_title->fontMetrics().elidedText(m_run->summary(), Qt::ElideRight, qMax(40, m_title->width())));
    m_title->setToolTip(m_run->summary());
    m_state->setText(m_run->stateText());

    QStringList meta;
    if (const auto seed = m_run->seed()) meta << tr("seed %1").arg(*seed);
    meta << formatDuration(m_run->elapsedMs());
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_meta->setToolTip(m_run->predictionId().isEmpty() ? QString() : tr("Prediction %1").arg(m_run->predictionId()));

    const double fraction = m_run->progress();
    if (state == State::Succeeded) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(1000);
        m_progress->setFormat(tr("Done in %1").arg(formatDuration(m_run->elapsedMs())));
    } else if (active && fraction < 0) {
        // Busy indicator until the first frame line gives a real fraction.
        m_progress->setRange(0, 0);
        m_progress->setFormat(QString());
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qBound(0.0, fraction, 1.0) * 1000));
        if (active && m_run->etaMs() >= 0)
            m_progress->setFormat(tr("%1% · about %2 left").arg(int(fraction * 100)).arg(formatDuration(m_run->etaMs())));
        else
            m_progress->setFormat(tr("%1%").arg(int(qMax(0.0, fraction) * 100)));
    }
    m_progress->setVisible(active || state == State::Succeeded);

    const bool stuck = active && m_run->isStuckInStarting();
    m_stuck->setVisible(stuck);
    m_stuckCancel->setVisible(stuck);
    if (stuck)
        m_stuck->setText(tr("Still starting after %1. The model may be booting (cold start) or the queue is long; "
                            "you can keep waiting or cancel.").arg(formatDuration(m_run->stuckMs())));

    m_notice->setText(m_run->notice());
    m_notice->setVisible(active && !m_run->notice().isEmpty());

    QString error = m_run->errorMessage();
    if (!m_run->fieldErrors().isEmpty())
        error += QLatin1Char('\n') + tr("The fields concerned are marked in the form.");
    m_error->setText(error.trimmed());
    m_error->setVisible(!error.isEmpty());

    m_cancel->setVisible(active);
    m_dismiss->setVisible(!active);
    m_more->setEnabled(true);
    applyColors();
}

void RunRow::refreshEstimate()
{
    if (m_estimates)
        m_estimate->setText(tr("Estimate: %1").arg(m_estimates->describe(m_run->input(), m_localBackend)));
}

void RunRow::applyColors()
{
    using State = session::Run::State;
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    QPalette p = base;
    p.setColor(QPalette::Window, m_selected ? base.color(QPalette::AlternateBase).darker(StatusColors::isDark(base) ? 70 : 106)
                                            : base.color(QPalette::Base));
    setPalette(p);
    StatusColors::applyTextColor(m_error, StatusColors::error(base));
    StatusColors::applyTextColor(m_stuck, StatusColors::warning(base));
    StatusColors::applyTextColor(m_notice, StatusColors::warning(base));
    QColor stateColor = base.color(QPalette::WindowText);
    switch (m_run->state()) {
    case State::Succeeded: stateColor = StatusColors::success(base); break;
    case State::Failed:
    case State::Aborted:
    case State::Rejected: stateColor = StatusColors::error(base); break;
    case State::Canceled: stateColor = base.color(QPalette::PlaceholderText); break;
    default: break;
    }
    StatusColors::applyTextColor(m_state, stateColor);
}

void RunRow::setSelected(bool selected)
{
    m_selected = selected;
    setFrameShadow(selected ? QFrame::Sunken : QFrame::Plain);
    setLineWidth(selected ? 2 : 1);
    applyColors();
}

void RunRow::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    m_title->setText(m_title->fontMetrics().elidedText(m_run->summary(), Qt::ElideRight, qMax(40, m_title->width())));
}

void RunRow::mousePressEvent(QMouseEvent *event)
{
    emit selectRequested(this);
    QFrame::mousePressEvent(event);
}

} // namespace sdanim::ui
