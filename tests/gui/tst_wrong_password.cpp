// A wrong password shows the core's message, leaves the vault's files byte-identical and keeps the
// window locked; after five failures the back-off shows as a countdown and the field waits.

#include "gui_fixture.h"

#include "storage/key_header.h"
#include "unlock/start_screen.h"
#include "unlock/unlock_page.h"

#include <QCoreApplication>
#include <QLabel>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::desktop;

class TestWrongPassword : public QObject
{
    Q_OBJECT
private slots:
    void showsTheMessageAndChangesNothing();
    void backOffShowsACountdown();
};

void TestWrongPassword::showsTheMessageAndChangesNothing()
{
    test::GuiEnv env;
    const QString path = env.makeProfile(u"Ngô Thị Lan"_s, {u"tu_phap_ho_tich"_s});
    const QString folder = QFileInfo(path).absolutePath();
    const QByteArray before = test::folderDigest(folder);
    AppWindow window(env.services, SectionRegistry::standard());
    window.openVault(path);
    window.show();

    test::typePasswordAndEnter(window, u"không phải mật khẩu"_s);
    UnlockPage* page = window.startScreen()->unlockPage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->errorText().isEmpty(), 20'000);
    QCOMPARE(page->errorText(),
             QCoreApplication::translate("Vault", "The password is wrong. Nothing was changed."));
    QVERIFY(test::visibleChild<QLabel>(&window, u"unlockError"_s));
    QVERIFY(window.workspace() == nullptr);
    QVERIFY(!window.session().isUnlocked());
    QCOMPARE(test::folderDigest(folder), before);
    QCOMPARE(env.guard.failures(storage::KeyHeader::read(path)->vaultId), 1);
    // The field is ready for another try, its text selected.
    auto* field = test::visibleChild<QLineEdit>(&window, u"password"_s);
    QVERIFY(field->isEnabled());
    QVERIFY(field->hasSelectedText());
}

void TestWrongPassword::backOffShowsACountdown()
{
    test::GuiEnv env(test::GuiEnv::ClockKind::Manual);
    const QString path = env.makeProfile(u"Ngô Thị Lan"_s, {u"tu_phap_ho_tich"_s});
    const QByteArray vaultId = storage::KeyHeader::read(path)->vaultId;
    for (int i = 0; i < storage::AttemptGuard::kFreeAttempts; ++i)
        env.guard.recordFailure(vaultId);
    AppWindow window(env.services, SectionRegistry::standard());
    window.openVault(path);
    window.show();

    UnlockPage* page = window.startScreen()->unlockPage();
    QVERIFY(page->isCountingDown());
    auto* countdown = test::visibleChild<QLabel>(&window, u"countdown"_s);
    QVERIFY(countdown);
    QVERIFY(countdown->text().contains(u"30"_s));
    QVERIFY(!window.findChild<QPushButton*>(u"unlockButton"_s)->isEnabled());
    QVERIFY(!window.findChild<QLineEdit*>(u"password"_s)->isEnabled());

    // The wait passes (the guard's clock moves): the field opens again.
    env.manualClock.advanceMs(storage::AttemptGuard::kFirstDelayMs + 1000);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isCountingDown(), 5000);
    QVERIFY(window.findChild<QLineEdit*>(u"password"_s)->isEnabled());
    QVERIFY(!test::visibleChild<QLabel>(&window, u"countdown"_s));
}

QTEST_MAIN(TestWrongPassword)
#include "tst_wrong_password.moc"
