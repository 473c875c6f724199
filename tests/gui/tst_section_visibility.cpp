// The navigation shows only the sections the profile's roles may read (roles.json), in order.

#include "gui_fixture.h"

#include "main/workspace.h"

#include <QListWidget>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::desktop;

class TestSectionVisibility : public QObject
{
    Q_OBJECT
private slots:
    void registryFollowsRoles_data();
    void registryFollowsRoles();
    void navigationShowsOnlyAllowedSections();
    void registryAddsAndReplacesPages();
};

void TestSectionVisibility::registryFollowsRoles_data()
{
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("commune police") << QStringList{u"cong_an"_s}
                                    << QStringList{u"overview"_s, u"residents"_s, u"households"_s, u"welfare"_s,
                                                   u"labour"_s, u"land"_s, u"models"_s, u"reports"_s, u"sync"_s,
                                                   u"settings"_s};
    QTest::newRow("justice") << QStringList{u"tu_phap_ho_tich"_s}
                             << QStringList{u"residents"_s, u"households"_s, u"certified_copies"_s, u"models"_s,
                                            u"sync"_s, u"settings"_s};
    QTest::newRow("accounting") << QStringList{u"ke_toan"_s}
                                << QStringList{u"welfare"_s, u"models"_s, u"sync"_s, u"settings"_s};
    QTest::newRow("administrator") << QStringList{u"quan_tri"_s}
                                   << QStringList{u"models"_s, u"sync"_s, u"settings"_s};
    QTest::newRow("leadership sees all")
        << QStringList{u"lanh_dao"_s}
        << QStringList{u"overview"_s, u"residents"_s, u"households"_s, u"welfare"_s, u"labour"_s, u"land"_s,
                       u"certified_copies"_s, u"models"_s, u"reports"_s, u"sync"_s, u"settings"_s};
    QTest::newRow("two roles combine") << QStringList{u"dia_chinh"_s, u"ke_toan"_s}
                                       << QStringList{u"residents"_s, u"households"_s, u"welfare"_s, u"land"_s,
                                                      u"models"_s, u"sync"_s, u"settings"_s};
    QTest::newRow("unknown role grants nothing") << QStringList{u"khong_co"_s}
                                                 << QStringList{u"sync"_s, u"settings"_s};
}

void TestSectionVisibility::registryFollowsRoles()
{
    QFETCH(QStringList, roles);
    QFETCH(QStringList, expected);
    const RoleCatalog catalog = test::loadRoles();
    QCOMPARE(SectionRegistry::standard().visibleIds(catalog, roles), expected);
}

void TestSectionVisibility::navigationShowsOnlyAllowedSections()
{
    test::GuiEnv env;
    AppWindow window(env.services, SectionRegistry::standard());
    window.openVault(env.makeProfile(u"Trịnh Văn Hải"_s, {u"tu_phap_ho_tich"_s}));
    window.show();
    test::typePasswordAndEnter(window, test::kGuiPassword);
    QTRY_VERIFY_WITH_TIMEOUT(window.workspace() != nullptr, 20'000);

    QListWidget* nav = window.workspace()->navigation();
    QStringList titles;
    for (int i = 0; i < nav->count(); ++i)
        titles << nav->item(i)->text();
    QCOMPARE(titles, (QStringList{u"Nhân khẩu"_s, u"Hộ gia đình"_s, u"Chứng thực"_s, u"Mô hình Đề án 06"_s,
                                  u"Đồng bộ"_s, u"Cài đặt"_s}));
    QCOMPARE(window.workspace()->currentSectionId(), u"residents"_s);
    QVERIFY(!window.workspace()->showSection(u"welfare"_s)); // not for this role

    QTest::keyClick(nav, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.workspace()->currentSectionId(), u"certified_copies"_s);
    QTest::keyClick(nav, Qt::Key_Down);
    QCOMPARE(window.workspace()->currentSectionId(), u"models"_s);
    QCOMPARE(window.workspace()->currentPage()->objectName(), u"modelsPage"_s); // the real page
}

void TestSectionVisibility::registryAddsAndReplacesPages()
{
    SectionRegistry registry = SectionRegistry::standard();
    const qsizetype count = registry.sections().size();
    QVERIFY(registry.setFactory(u"residents"_s, [](const SectionContext&, const SectionInfo&) {
        auto* page = new QWidget;
        page->setObjectName(u"realResidents"_s);
        return page;
    }));
    QCOMPARE(registry.sections().size(), count);
    QVERIFY(!registry.setFactory(u"nope"_s, {}));
    QCOMPARE(registry.find(u"residents"_s)->recordKind, u"residents"_s);

    test::GuiEnv env;
    AppWindow window(env.services, registry);
    window.openVault(env.makeProfile(u"Tạ Thu"_s, {u"cong_an"_s}));
    window.show();
    test::typePasswordAndEnter(window, test::kGuiPassword);
    QTRY_VERIFY_WITH_TIMEOUT(window.workspace() != nullptr, 20'000);
    QVERIFY(window.workspace()->showSection(u"residents"_s));
    QCOMPARE(window.workspace()->currentPage()->objectName(), u"realResidents"_s);
}

QTEST_MAIN(TestSectionVisibility)
#include "tst_section_visibility.moc"
