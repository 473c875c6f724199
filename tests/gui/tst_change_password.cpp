// Change password from Cài đặt: a wrong current password is refused with the core's message and
// leaves the files alone; the right one rewraps the key so only the new password opens the vault.

#include "gui_fixture.h"

#include "main/workspace.h"
#include "settings/change_password_dialog.h"

#include <QLabel>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::desktop;

class TestChangePassword : public QObject
{
    Q_OBJECT
private slots:
    void changesThePassword();
};

void TestChangePassword::changesThePassword()
{
    test::GuiEnv env;
    const QString path = env.makeProfile(u"Mai Anh"_s, {u"quan_tri"_s});
    const QString folder = QFileInfo(path).absolutePath();
    AppWindow window(env.services, SectionRegistry::standard());
    window.openVault(path);
    window.show();
    test::typePasswordAndEnter(window, test::kGuiPassword);
    QTRY_VERIFY_WITH_TIMEOUT(window.workspace() != nullptr, 20'000);
    QVERIFY(window.workspace()->showSection(u"settings"_s));
    QTest::mouseClick(test::visibleChild<QPushButton>(&window, u"changePassword"_s), Qt::LeftButton);
    auto* dialog = window.findChild<ChangePasswordDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    const QString newPassword = u"Một mật khẩu khác, 2027!"_s;
    auto* current = dialog->findChild<QLineEdit*>(u"currentPassword"_s);
    auto* change = dialog->findChild<QPushButton*>(u"changeButton"_s);
    test::typeText(current, u"sai rồi"_s);
    test::typeText(dialog->findChild<QLineEdit*>(u"newPassword"_s), newPassword);
    test::typeText(dialog->findChild<QLineEdit*>(u"repeatPassword"_s), newPassword);
    const QByteArray before = test::folderDigest(folder);
    QTest::mouseClick(change, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 20'000);
    QCOMPARE(dialog->errorText(), QCoreApplication::translate("Vault", "The password is wrong. Nothing was changed."));
    QCOMPARE(test::folderDigest(folder), before);

    current->clear();
    test::typeText(current, test::kGuiPassword);
    QPointer<ChangePasswordDialog> watched(dialog);
    QTest::mouseClick(change, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(watched.isNull() || !watched->isVisible(), 20'000);
    QCOMPARE(window.session().isUnlocked(), true); // changing the password does not lock

    window.lockNow();
    QVERIFY(storage::Vault::open(path, newPassword, env.clock));
    QCOMPARE(storage::Vault::open(path, test::kGuiPassword, env.clock).code(), ErrorCode::WrongPassword);
}

QTEST_MAIN(TestChangePassword)
#include "tst_change_password.moc"
