// Cài đặt: the language choice switches the interface live and is kept in the settings file;
// Vietnamese is the default; the auto-lock delay is kept and applied to the idle watcher.

#include "gui_fixture.h"

#include "common/idle_watcher.h"
#include "main/workspace.h"
#include "settings/settings_page.h"

#include <QComboBox>
#include <QListWidget>
#include <QSpinBox>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::desktop;

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void vietnameseIsTheDefault();
    void languageChoiceIsPersistedAndLive();
    void autoLockDelayIsPersistedAndApplied();

private:
    static SettingsPage* openSettings(test::GuiEnv& env, AppWindow& window);
};

SettingsPage* TestSettings::openSettings(test::GuiEnv& env, AppWindow& window)
{
    window.openVault(env.makeProfile(u"Lý Thị Ngọc"_s, {u"lanh_dao"_s}));
    window.show();
    test::typePasswordAndEnter(window, test::kGuiPassword);
    if (!QTest::qWaitFor([&window] { return window.workspace() != nullptr; }, 20'000))
        return nullptr;
    window.workspace()->showSection(u"settings"_s);
    return qobject_cast<SettingsPage*>(window.workspace()->currentPage());
}

void TestSettings::vietnameseIsTheDefault()
{
    test::GuiEnv env;
    QCOMPARE(env.settings.language(), u"vi"_s);
    QCOMPARE(env.language.current(), u"vi"_s);
    QCOMPARE(QLocale().language(), QLocale::Vietnamese);
    QCOMPARE(QCoreApplication::translate("Sections", "Settings"), u"Cài đặt"_s);
    // Core's messages are translated too, under the context their helper uses at run time.
    QCOMPARE(QCoreApplication::translate("Vault", "The password is wrong. Nothing was changed."),
             u"Mật khẩu không đúng. Không có gì bị thay đổi."_s);
    QCOMPARE(QLocale().toString(1234567), u"1.234.567"_s);
}

void TestSettings::languageChoiceIsPersistedAndLive()
{
    test::GuiEnv env;
    AppWindow window(env.services, SectionRegistry::standard());
    SettingsPage* page = openSettings(env, window);
    QVERIFY(page);
    QListWidget* nav = window.workspace()->navigation();
    QCOMPARE(nav->item(nav->count() - 1)->text(), u"Cài đặt"_s);

    QComboBox* combo = page->languageCombo();
    QCOMPARE(combo->currentData().toString(), u"vi"_s);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toString(), u"en"_s);

    QCOMPARE(env.language.current(), u"en"_s);
    // Qt posts LanguageChange to every window; each widget re-reads its texts.
    QTRY_COMPARE(nav->item(nav->count() - 1)->text(), u"Settings"_s);
    QCOMPARE(QSettings(env.settingsFile(), QSettings::IniFormat).value(u"ui/language"_s).toString(), u"en"_s);

    QTest::keyClick(combo, Qt::Key_Up);
    QTRY_COMPARE(nav->item(nav->count() - 1)->text(), u"Cài đặt"_s);
    QCOMPARE(QSettings(env.settingsFile(), QSettings::IniFormat).value(u"ui/language"_s).toString(), u"vi"_s);
}

void TestSettings::autoLockDelayIsPersistedAndApplied()
{
    test::GuiEnv env;
    AppWindow window(env.services, SectionRegistry::standard());
    SettingsPage* page = openSettings(env, window);
    QVERIFY(page);
    QSpinBox* spin = page->autoLockSpin();
    QCOMPARE(spin->value(), 15);
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    test::typeText(spin, u"5"_s);
    QCOMPARE(spin->value(), 5);
    QCOMPARE(env.settings.autoLockMinutes(), 5);
    QCOMPARE(window.idleWatcher().thresholdMs(), 5 * 60'000);
    QCOMPARE(QSettings(env.settingsFile(), QSettings::IniFormat).value(u"security/autoLockMinutes"_s).toInt(), 5);
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
