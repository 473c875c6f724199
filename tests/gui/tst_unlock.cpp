// Unlocking through the real widgets: choose the profile, type the password, the main window
// opens; Ctrl+L locks again; the recovery key path sets a new password and opens the profile.

#include "gui_fixture.h"

#include "main/session_status_bar.h"
#include "main/workspace.h"
#include "unlock/profile_chooser_page.h"
#include "unlock/recovery_reset_page.h"
#include "unlock/start_screen.h"
#include "unlock/unlock_page.h"

#include <QLabel>
#include <QListWidget>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::desktop;

class TestUnlock : public QObject
{
    Q_OBJECT
private slots:
    void rightPasswordOpensTheMainWindow();
    void lastProfileOpensOnTheUnlockPage();
    void recoveryKeySetsANewPassword();
};

void TestUnlock::rightPasswordOpensTheMainWindow()
{
    test::GuiEnv env;
    const QString path = env.makeProfile(u"Lê Thị Bình"_s, {u"cong_an"_s});
    AppWindow window(env.services, SectionRegistry::standard());
    window.showStart();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    StartScreen* start = window.startScreen();
    QCOMPARE(start->currentPage(), start->chooserPage());

    auto* list = test::visibleChild<QListWidget>(&window, u"profileList"_s);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), u"Lê Thị Bình"_s);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(start->currentPage(), start->unlockPage());

    test::typePasswordAndEnter(window, test::kGuiPassword);
    QTRY_VERIFY_WITH_TIMEOUT(window.workspace() != nullptr, 20'000);
    QVERIFY(window.session().isUnlocked());
    QCOMPARE(window.session().vaultPath(), path);
    QVERIFY(window.windowTitle().contains(u"Lê Thị Bình"_s));
    auto* profile = window.findChild<QLabel*>(u"statusProfile"_s);
    QVERIFY(profile->text().contains(u"Lê Thị Bình"_s));
    QVERIFY(profile->text().contains(u"Công an xã"_s));
    auto* pending = window.findChild<QLabel*>(u"statusPending"_s);
    QVERIFY(!pending->text().isEmpty());
    QCOMPARE(env.settings.lastVaultPath(), path);

    // Ctrl+L locks from anywhere in the window.
    QTest::keyClick(window.workspace()->navigation(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(window.workspace() == nullptr);
    QVERIFY(!window.session().isUnlocked());
    QCOMPARE(start->currentPage(), start->unlockPage());
}

void TestUnlock::lastProfileOpensOnTheUnlockPage()
{
    test::GuiEnv env;
    env.makeProfile(u"Hồ Văn Cường"_s, {u"dia_chinh"_s});
    const QString second = env.makeProfile(u"Đỗ Thị Dung"_s, {u"tram_y_te"_s});
    env.settings.setLastVaultPath(second);
    AppWindow window(env.services, SectionRegistry::standard());
    window.showStart();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.startScreen()->currentPage(), window.startScreen()->unlockPage());
    QCOMPARE(window.session().vaultPath(), second);
    QCOMPARE(window.findChild<QLabel*>(u"profileName"_s)->text(), u"Đỗ Thị Dung"_s);
}

void TestUnlock::recoveryKeySetsANewPassword()
{
    test::GuiEnv env;
    QString recoveryKey;
    const QString path = env.makeProfile(u"Vũ Quang"_s, {u"van_hoa_xa_hoi"_s}, &recoveryKey);
    AppWindow window(env.services, SectionRegistry::standard());
    window.openVault(path);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::mouseClick(test::visibleChild<QPushButton>(&window, u"useRecoveryKey"_s), Qt::LeftButton);
    StartScreen* start = window.startScreen();
    QCOMPARE(start->currentPage(), start->recoveryResetPage());

    const QString newPassword = u"Mật khẩu mới của Quang 2026!"_s;
    // Typed in lower case without dashes: the key reader forgives both.
    test::typeText(test::visibleChild<QLineEdit>(&window, u"recoveryKeyInput"_s),
                     recoveryKey.toLower().remove(u'-'));
    test::typeText(test::visibleChild<QLineEdit>(&window, u"newPassword"_s), newPassword);
    test::typeText(test::visibleChild<QLineEdit>(&window, u"repeatPassword"_s), newPassword);
    QTest::mouseClick(test::visibleChild<QPushButton>(&window, u"resetAndUnlock"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.workspace() != nullptr, 20'000);
    window.lockNow();

    QVERIFY(storage::Vault::open(path, newPassword, env.clock));
    auto old = storage::Vault::open(path, test::kGuiPassword, env.clock);
    QCOMPARE(old.code(), ErrorCode::WrongPassword);
}

QTEST_MAIN(TestUnlock)
#include "tst_unlock.moc"
