#include "common/idle_watcher.h"

#include "util/clock.h"

#include <QCoreApplication>
#include <QEvent>

namespace xaso::desktop {

IdleWatcher::IdleWatcher(const Clock& clock, QObject* parent) : QObject(parent), m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::checkNow);
    updateInterval();
}

IdleWatcher::~IdleWatcher()
{
    stop();
}

void IdleWatcher::setThresholdMs(qint64 ms)
{
    m_thresholdMs = std::max<qint64>(ms, 1);
    updateInterval();
}

void IdleWatcher::updateInterval()
{
    // Check often enough that the lock comes at most a quarter of the threshold late, and at
    // least every 5 s; never busier than every 50 ms.
    m_timer.setInterval(int(std::clamp<qint64>(m_thresholdMs / 4, 50, 5000)));
}

void IdleWatcher::start()
{
    noteActivity();
    if (!m_running && QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    m_running = true;
    m_timer.start();
}

void IdleWatcher::stop()
{
    if (m_running && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_running = false;
    m_timer.stop();
}

void IdleWatcher::noteActivity()
{
    m_lastActivityMs = m_clock.nowMs();
}

qint64 IdleWatcher::idleMs() const
{
    return m_clock.nowMs() - m_lastActivityMs;
}

void IdleWatcher::checkNow()
{
    if (!m_running || idleMs() < m_thresholdMs)
        return;
    stop();
    emit idle();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace xaso::desktop
