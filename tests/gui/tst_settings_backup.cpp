// Cài đặt, commune and report settings and backup: the card stores the signer's name where the
// report reads it (read-only without Write on settings); a backup made through the page passes the
// core's full check; a restore through the page locks the window and brings the backup's data back,
// and a wrong backup password changes nothing.

#include "gui_fixture.h"

#include "domain/plan/report_settings.h"
#include "main/workspace.h"
#include "settings/backup_card.h"
#include "settings/report_settings_card.h"
#include "settings/restore_backup_dialog.h"
#include "settings/settings_page.h"
#include "storage/vault_backup.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::desktop;

class TestSettingsBackup : public QObject
{
    Q_OBJECT
private slots:
    void reportCardSavesSignerName();
    void reportCardIsReadOnlyWithoutWrite();
    void backupThroughThePageIsVerified();
    void restoreThroughThePageBringsTheDataBack();
    void wrongBackupPasswordChangesNothing();

private:
    static SettingsPage* openSettings(test::GuiEnv& env, AppWindow& window, const QStringList& roles);
    static QString signerName(test::GuiEnv& env, AppWindow& window);
    static bool backUp(SettingsPage* page, const QString& path);
};

SettingsPage* TestSettingsBackup::openSettings(test::GuiEnv& env, AppWindow& window, const QStringList& roles)
{
    window.openVault(env.makeProfile(u"Lý Thị Ngọc"_s, roles));
    window.resize(1280, 800);
    window.show();
    test::typePasswordAndEnter(window, test::kGuiPassword);
    if (!QTest::qWaitFor([&window] { return window.workspace() != nullptr; }, 20'000))
        return nullptr;
    window.workspace()->showSection(u"settings"_s);
    return qobject_cast<SettingsPage*>(window.workspace()->currentPage());
}

QString TestSettingsBackup::signerName(test::GuiEnv& env, AppWindow& window)
{
    plan::ReportSettings settings(*window.session().vault(), env.roles);
    auto loaded = settings.load();
    return loaded ? loaded->signerName : u"<error: %1>"_s.arg(loaded.message());
}

bool TestSettingsBackup::backUp(SettingsPage* page, const QString& path)
{
    QSignalSpy finished(page->backupCard(), &BackupCard::backupFinished);
    page->backupCard()->backUpTo(path);
    if (!finished.wait(20'000) && finished.isEmpty())
        return false;
    return finished.first().first().toBool();
}

void TestSettingsBackup::reportCardSavesSignerName()
{
    test::GuiEnv env;
    AppWindow window(env.services, SectionRegistry::standard());
    SettingsPage* page = openSettings(env, window, {u"quan_tri"_s});
    QVERIFY(page);
    ReportSettingsCard* card = page->reportCard();
    QVERIFY(card->isEditable());
    auto* name = page->findChild<QLineEdit*>(u"report_signer_name"_s);
    QVERIFY(name);
    QCOMPARE(name->text(), QString()); // never set
    QCOMPARE(page->findChild<QLineEdit*>(u"report_commune_name"_s)->text(), u"Hưng Đông"_s);
    name->setFocus();
    test::typeText(name, u"Nguyễn Văn Hùng"_s);
    auto* recipients = page->findChild<QPlainTextEdit*>(u"report_recipients"_s);
    recipients->setPlainText(u"UBND Thành phố (để b/c)\n\n  Lưu: VT  "_s);
    QTest::mouseClick(card->saveButton(), Qt::LeftButton);
    QVERIFY2(!card->statusText().isEmpty(), "no status shown");

    QCOMPARE(signerName(env, window), u"Nguyễn Văn Hùng"_s);
    plan::ReportSettings settings(*window.session().vault(), env.roles);
    QCOMPARE(settings.load()->recipients, (QStringList{u"UBND Thành phố (để b/c)"_s, u"Lưu: VT"_s}));
    QCOMPARE(recipients->toPlainText(), u"UBND Thành phố (để b/c)\nLưu: VT"_s); // shown as stored
    QCOMPARE(settings.isSet(u"commune_name"_s).value(), false); // unchanged fields are not written
}

void TestSettingsBackup::reportCardIsReadOnlyWithoutWrite()
{
    test::GuiEnv env;
    AppWindow window(env.services, SectionRegistry::standard());
    SettingsPage* page = openSettings(env, window, {u"lanh_dao"_s});
    QVERIFY(page);
    ReportSettingsCard* card = page->reportCard();
    QVERIFY(!card->isEditable());
    QVERIFY(card->field(u"signer_name"_s)->isReadOnly());
    QVERIFY(card->recipientsEdit()->isReadOnly());
    QVERIFY(!card->saveButton()->isVisible());
    QVERIFY(!card->save());
    QCOMPARE(card->field(u"issuing_body"_s)->text(), u"UBND xã Hưng Đông"_s);
}

void TestSettingsBackup::backupThroughThePageIsVerified()
{
    test::GuiEnv env(test::GuiEnv::ClockKind::Manual);
    AppWindow window(env.services, SectionRegistry::standard());
    SettingsPage* page = openSettings(env, window, {u"lanh_dao"_s});
    QVERIFY(page);
    const QString name = page->backupCard()->defaultFileName();
    QCOMPARE(name, u"xaso-ly-thi-ngoc-20261123.xasobak"_s);
    const QString path = env.dir.filePath(name);
    QVERIFY(backUp(page, path));
    QVERIFY2(page->backupCard()->resultText().contains(name), qPrintable(page->backupCard()->resultText()));
    QVERIFY(!page->backupCard()->isRunning());

    auto info = storage::VaultBackup::verify(path, test::kGuiPassword, env.clock);
    QVERIFY2(info.ok(), qPrintable(info.message()));
    QCOMPARE(info->profileName, u"Lý Thị Ngọc"_s);
    QCOMPARE(info->vaultId, window.session().vault()->header().vaultId);
    // The vault is usable (and writable) again once the backup has finished.
    QVERIFY(window.session().vault()->db().exec(u"BEGIN IMMEDIATE; ROLLBACK;"_s).ok());
}

void TestSettingsBackup::restoreThroughThePageBringsTheDataBack()
{
    test::GuiEnv env(test::GuiEnv::ClockKind::Manual);
    AppWindow window(env.services, SectionRegistry::standard());
    SettingsPage* page = openSettings(env, window, {u"quan_tri"_s});
    QVERIFY(page);
    plan::ReportSettings settings(*window.session().vault(), env.roles);
    QVERIFY(settings.set(u"signer_name"_s, u"Trần Thị Bình"_s).ok());
    const QString path = env.dir.filePath(u"before.xasobak"_s);
    QVERIFY(backUp(page, path));
    QVERIFY(settings.set(u"signer_name"_s, u"Lê Văn Cường"_s).ok());

    RestoreBackupDialog* dialog = page->backupCard()->confirmRestore(path);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->restoreButton()->isEnabled());
    dialog->passwordField()->setFocus();
    test::typeText(dialog->passwordField(), test::kGuiPassword);
    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.workspace() == nullptr, 20'000); // locked for the swap
    auto* notice = test::visibleChild<QLabel>(&window, u"unlockNotice"_s);
    QVERIFY(notice);
    QVERIFY2(notice->text().contains(u"23/11/2026"_s), qPrintable(notice->text()));
    const QString vaultPath = window.session().vaultPath();
    QVERIFY(!QFile::exists(storage::VaultBackup::previousPathFor(vaultPath)));
    QVERIFY(!QFile::exists(storage::VaultBackup::stagedPathFor(vaultPath)));

    test::typePasswordAndEnter(window, test::kGuiPassword);
    QTRY_VERIFY_WITH_TIMEOUT(window.workspace() != nullptr, 20'000);
    QCOMPARE(signerName(env, window), u"Trần Thị Bình"_s);
}

void TestSettingsBackup::wrongBackupPasswordChangesNothing()
{
    test::GuiEnv env(test::GuiEnv::ClockKind::Manual);
    AppWindow window(env.services, SectionRegistry::standard());
    SettingsPage* page = openSettings(env, window, {u"quan_tri"_s});
    QVERIFY(page);
    const QString path = env.dir.filePath(u"mine.xasobak"_s);
    QVERIFY(backUp(page, path));
    const QString vaultPath = window.session().vaultPath();
    auto digest = [&vaultPath] {
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (const QString& f : {vaultPath, storage::KeyHeader::pathFor(vaultPath)}) {
            QFile file(f);
            if (file.open(QIODevice::ReadOnly))
                h.addData(file.readAll());
        }
        return h.result();
    };
    const QByteArray before = digest();

    RestoreBackupDialog* dialog = page->backupCard()->confirmRestore(path);
    test::typeText(dialog->passwordField(), u"sai mật khẩu 123"_s);
    QTest::keyClick(dialog->passwordField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 20'000);
    QVERIFY2(dialog->errorText().contains(u"password"_s) || dialog->errorText().contains(u"mật khẩu"_s),
             qPrintable(dialog->errorText()));
    QVERIFY(window.workspace() != nullptr);
    QVERIFY(window.session().isUnlocked());
    QVERIFY(!QFile::exists(storage::VaultBackup::stagedPathFor(vaultPath)));
    QCOMPARE(digest(), before);
}

QTEST_MAIN(TestSettingsBackup)
#include "tst_settings_backup.moc"
