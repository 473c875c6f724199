#pragma once
// Auto-lock after a period without input (Nghị định 85/2016 level 3: lock a session after 15
// minutes idle). An application-wide event filter notes the time of each key, mouse, wheel or
// touch event; a timer compares it with the threshold. Time comes from the injected Clock, so a
// test can move a ManualClock and call checkNow() instead of waiting.

#include <QObject>
#include <QTimer>

namespace xaso {
class Clock;
}

namespace xaso::desktop {

class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(const Clock& clock, QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setThresholdMs(qint64 ms);
    qint64 thresholdMs() const { return m_thresholdMs; }

    // Starts watching from now; idle() fires once per start, then the watcher stops.
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    void noteActivity();
    qint64 idleMs() const;
    // Emits idle() and stops if the threshold has passed since the last input.
    void checkNow();

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateInterval();

    const Clock& m_clock;
    QTimer m_timer;
    qint64 m_thresholdMs = 15 * 60'000;
    qint64 m_lastActivityMs = 0;
    bool m_running = false;
};

} // namespace xaso::desktop
