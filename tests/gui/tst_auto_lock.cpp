// Auto-lock: with no input for the idle delay the window drops its pages, the vault's keys are
// wiped and the unlock page returns; input keeps the session open.

#include "gui_fixture.h"

#include "common/idle_watcher.h"
#include "main/workspace.h"
#include "unlock/start_screen.h"
#include "unlock/unlock_page.h"

#include <QLabel>
#include <QListWidget>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::desktop;

class TestAutoLock : public QObject
{
    Q_OBJECT
private slots:
    void idleDelayLocksAndWipesKeys();
    void inputKeepsTheSessionOpen();

private:
    static void unlock(test::GuiEnv& env, AppWindow& window);
};

void TestAutoLock::unlock(test::GuiEnv& env, AppWindow& window)
{
    window.openVault(env.makeProfile(u"Bùi Thị Thu"_s, {u"to_cong_tac_06"_s}));
    window.show();
    test::typePasswordAndEnter(window, test::kGuiPassword);
    QTRY_VERIFY_WITH_TIMEOUT(window.workspace() != nullptr, 20'000);
}

void TestAutoLock::idleDelayLocksAndWipesKeys()
{
    test::GuiEnv env;
    AppWindow window(env.services, SectionRegistry::standard());
    unlock(env, window);
    QCOMPARE(window.idleWatcher().thresholdMs(), 15 * 60'000); // the default, from settings
    window.idleWatcher().setThresholdMs(200);
    const storage::Vault* vault = window.session().vault();
    QVERIFY(vault->isUnlocked());
    QVERIFY(!vault->dataKeyForTests().isEmpty());

    QTRY_VERIFY_WITH_TIMEOUT(window.workspace() == nullptr, 10'000);
    QCOMPARE(window.session().vault(), vault); // the same object, now locked
    QVERIFY(!vault->isUnlocked());
    QVERIFY(vault->dataKeyForTests().isEmpty());
    QCOMPARE(window.startScreen()->currentPage(), window.startScreen()->unlockPage());
    auto* notice = test::visibleChild<QLabel>(&window, u"unlockNotice"_s);
    QVERIFY(notice);
    QVERIFY(!notice->text().isEmpty());
    QVERIFY(!window.idleWatcher().isRunning());
}

void TestAutoLock::inputKeepsTheSessionOpen()
{
    test::GuiEnv env(test::GuiEnv::ClockKind::Manual);
    AppWindow window(env.services, SectionRegistry::standard());
    unlock(env, window);
    IdleWatcher& idle = window.idleWatcher();
    QVERIFY(idle.isRunning());

    env.manualClock.advanceMs(14 * 60'000);
    idle.checkNow();
    QVERIFY(window.workspace());
    QTest::keyClick(window.workspace()->navigation(), Qt::Key_Down); // the officer works on
    env.manualClock.advanceMs(14 * 60'000);
    idle.checkNow();
    QVERIFY(window.workspace());
    QVERIFY(window.session().isUnlocked());

    env.manualClock.advanceMs(61'000); // 15 minutes and a second since the last key
    idle.checkNow();
    QVERIFY(window.workspace() == nullptr);
    QVERIFY(!window.session().isUnlocked());
}

QTEST_MAIN(TestAutoLock)
#include "tst_auto_lock.moc"
