#include "api/JobProgress.h"

#include "api/FileNameSanitizer.h"

#include <QFileInfo>

#include <algorithm>
#include <cstdlib>

namespace sdanim::api {

namespace {
// A countdown that changes by less than this is not worth a repaint of every listener.
constexpr qint64 kEtaStepMs = 1000;
} // namespace

JobProgress::JobProgress(const model::AnimationPlan &plan, const model::UnitRates &rates, int intervalMs,
                         QObject *parent)
    : QObject(parent), m_rates(rates), m_tracker(plan, rates)
{
    m_clock.start();
    m_tick.setInterval(std::max(0, intervalMs));
    connect(&m_tick, &QTimer::timeout, this, &JobProgress::onTick);
}

void JobProgress::setPlan(const model::AnimationPlan &plan)
{
    if (!m_tracker.hasStarted())
        m_tracker = RunProgress(plan, m_rates);
}

void JobProgress::addLine(const QString &line)
{
    if (!m_stopped && m_tracker.addLine(line, m_clock.elapsed()))
        publish();
}

void JobProgress::outputAppeared(const QString &url)
{
    const QString suffix = QFileInfo(FileNameSanitizer::nameFromUrl(url)).suffix().toLower();
    if (suffix == QLatin1String("gif") || suffix == QLatin1String("mp4"))
        videoYielded();
}

void JobProgress::videoYielded()
{
    if (!m_stopped && m_tracker.videoYielded(m_clock.elapsed()))
        publish();
}

void JobProgress::videoSaved()
{
    if (!m_stopped && m_tracker.videoSaved(m_clock.elapsed()))
        publish();
}

void JobProgress::stop()
{
    m_stopped = true;
    m_tick.stop();
}

void JobProgress::onTick()
{
    if (m_stopped || m_tracker.isComplete()) {
        m_tick.stop();
        return;
    }
    m_tracker.advance(m_clock.elapsed());
    publish();
}

void JobProgress::publish()
{
    const double fraction = m_tracker.fraction();
    if (fraction < 0)
        return;
    const qint64 eta = m_tracker.etaMs(m_clock.elapsed());
    if (m_tracker.isComplete())
        m_tick.stop();
    else if (!m_tick.isActive() && m_tick.interval() > 0)
        m_tick.start();
    const bool etaMoved = m_publishedEta < 0 || std::llabs(eta - m_publishedEta) >= kEtaStepMs
                          || (eta == 0) != (m_publishedEta == 0);
    if (fraction == m_publishedFraction && !etaMoved)
        return;
    m_publishedFraction = fraction;
    m_publishedEta = eta;
    emit changed(fraction, eta);
}

} // namespace sdanim::api
