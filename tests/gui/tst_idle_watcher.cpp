// The idle watcher on a hand-moved clock: input of any kind restarts the count; idle() fires once
// when the threshold passes and the watcher stops.

#include "common/idle_watcher.h"
#include "util/clock.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::desktop;

class TestIdleWatcher : public QObject
{
    Q_OBJECT
private slots:
    void firesOnceAfterTheThreshold();
    void inputRestartsTheCount_data();
    void inputRestartsTheCount();
    void stoppedWatcherStaysQuiet();
};

namespace {
ManualClock makeClock()
{
    return ManualClock(QDateTime(QDate(2026, 3, 2), QTime(7, 30), Qt::UTC));
}
} // namespace

void TestIdleWatcher::firesOnceAfterTheThreshold()
{
    ManualClock clock = makeClock();
    IdleWatcher watcher(clock);
    watcher.setThresholdMs(60'000);
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    watcher.start();
    clock.advanceMs(59'999);
    watcher.checkNow();
    QCOMPARE(idle.count(), 0);
    clock.advanceMs(1);
    watcher.checkNow();
    QCOMPARE(idle.count(), 1);
    QVERIFY(!watcher.isRunning());
    clock.advanceMs(60'000);
    watcher.checkNow();
    QCOMPARE(idle.count(), 1);
}

void TestIdleWatcher::inputRestartsTheCount_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("key") << 0;
    QTest::newRow("mouse press") << 1;
    QTest::newRow("mouse move") << 2;
    QTest::newRow("wheel") << 3;
}

void TestIdleWatcher::inputRestartsTheCount()
{
    QFETCH(int, kind);
    ManualClock clock = makeClock();
    IdleWatcher watcher(clock);
    watcher.setThresholdMs(60'000);
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    QLineEdit field;
    field.show();
    watcher.start();
    clock.advanceMs(50'000);
    switch (kind) {
    case 0:
        QTest::keyClick(&field, Qt::Key_A);
        break;
    case 1:
        QTest::mouseClick(&field, Qt::LeftButton);
        break;
    case 2:
        QTest::mouseMove(&field, QPoint(5, 5));
        QTest::mouseMove(&field, QPoint(10, 8));
        break;
    default: {
        QWheelEvent wheel(QPointF(5, 5), field.mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(&field, &wheel);
    }
    }
    QCOMPARE(watcher.idleMs(), 0);
    clock.advanceMs(50'000);
    watcher.checkNow();
    QCOMPARE(idle.count(), 0);
    clock.advanceMs(10'000);
    watcher.checkNow();
    QCOMPARE(idle.count(), 1);
}

void TestIdleWatcher::stoppedWatcherStaysQuiet()
{
    ManualClock clock = makeClock();
    IdleWatcher watcher(clock);
    watcher.setThresholdMs(1000);
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    watcher.start();
    watcher.stop();
    clock.advanceMs(5000);
    watcher.checkNow();
    QCOMPARE(idle.count(), 0);
}

QTEST_MAIN(TestIdleWatcher)
#include "tst_idle_watcher.moc"
