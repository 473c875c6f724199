// Làm sạch from the Nhân khẩu screen: the police extract verifies the matching residents, lists
// a mismatch field by field, and the reviewer marks it verified; a probable duplicate pair is
// found and merged.

#include "records_fixture.h"

#include "cleaning/cleaning_page.h"
#include "cleaning/duplicates_page.h"
#include "domain/residents/resident_repository.h"
#include "residents/residents_page.h"

#include <QLabel>
#include <QTableWidget>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::desktop;

namespace {
domain::Resident person(const QString& id, const QString& name, QDate birth, Sex sex,
                        const QString& phone = {})
{
    domain::Resident r;
    r.id = id;
    r.fullName = name;
    r.setBirthDate(birth);
    r.sex = sex;
    r.phone = phone;
    r.hamletCode = u"Xóm 3"_s;
    return r;
}
} // namespace

class TestCleaning : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void extractVerifiesAndListsMismatches();
    void reviewerMarksVerified();
    void duplicatesAreMerged();

private:
    domain::Verification stateOf(const QString& id);

    test::RecordsEnv m_env;
    ResidentsPage* m_page = nullptr;
};

void TestCleaning::initTestCase()
{
    m_env.open({u"cong_an"_s}, 0, [](storage::Vault& vault) {
        const RoleCatalog roles = test::loadRoles();
        domain::ResidentRepository repo(vault, roles);
        QVERIFY(
            repo.insert(person(u"040090000301"_s, u"Hoàng Văn Minh"_s, QDate(1990, 1, 2), Sex::Male)).ok());
        QVERIFY(
            repo.insert(person(u"040190000302"_s, u"Hoàng Thị Nga"_s, QDate(1990, 3, 4), Sex::Female)).ok());
        QVERIFY(repo.insert(person(u"040085000303"_s, u"Vũ Văn Phúc"_s, QDate(1985, 5, 6), Sex::Male)).ok());
        // The same woman twice, one ID mistyped.
        QVERIFY(
            repo.insert(person(u"040192000304"_s, u"Trần Thị Quế"_s, QDate(1992, 7, 8), Sex::Female)).ok());
        QVERIFY(
            repo.insert(person(u"040192000340"_s, u"Trần Thị Quế"_s, QDate(1992, 7, 8), Sex::Female)).ok());
    });
    QVERIFY(!QTest::currentTestFailed());
    m_page = m_env.page<ResidentsPage>(u"residents"_s);
    QVERIFY(m_page);
}

domain::Verification TestCleaning::stateOf(const QString& id)
{
    domain::ResidentRepository repo(m_env.vault(), m_env.env.roles);
    return repo.get(id)->verification;
}

void TestCleaning::extractVerifiesAndListsMismatches()
{
    const QString extract = test::writeCsv(m_env.env.dir, u"trich-xuat.csv"_s,
                                           {u"TRÍCH XUẤT CƠ SỞ DỮ LIỆU QUỐC GIA VỀ DÂN CƯ"_s,
                                            u"STT,Số định danh cá nhân,Họ và tên,Ngày sinh,Giới tính"_s,
                                            u"1,040090000301,HOÀNG VĂN MINH,02/01/1990,Nam"_s,
                                            u"2,040190000302,Hoàng Thị Nga,04/03/1991,Nữ"_s,
                                            u"3,040085000303,Vũ Văn Phúc,06/05/1985,Nam"_s});
    CleaningPage* cleaning = m_page->cleaningTab();
    m_page->tabs()->setCurrentWidget(cleaning);
    auto summary = cleaning->runComparison(extract);
    QVERIFY2(summary.ok(), qPrintable(summary.message()));
    QCOMPARE(summary->verified, 2);
    QCOMPARE(summary->mismatched, 1);
    QCOMPARE(stateOf(u"040090000301"_s), domain::Verification::Verified);
    QCOMPARE(stateOf(u"040190000302"_s), domain::Verification::Mismatch);
    QCOMPARE(stateOf(u"040192000304"_s), domain::Verification::NotFound);

    QTreeWidget* tree = cleaning->mismatchTree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem* item = tree->topLevelItem(0);
    QCOMPARE(item->text(1), u"040190000302"_s);
    QCOMPARE(item->childCount(), 1); // only the birth date differs
    QVERIFY(item->child(0)->text(2).contains(u"1990"_s));
    QVERIFY(item->child(0)->text(3).contains(u"1991"_s));
    QVERIFY(!cleaning->summaryLabel()->text().isEmpty());
}

void TestCleaning::reviewerMarksVerified()
{
    CleaningPage* cleaning = m_page->cleaningTab();
    QVERIFY(!cleaning->markSelectedVerified().ok()); // nothing selected
    QVERIFY(cleaning->selectResident(u"040190000302"_s));
    QVERIFY(cleaning->markSelectedVerified().ok());
    QCOMPARE(stateOf(u"040190000302"_s), domain::Verification::Verified);
}

void TestCleaning::duplicatesAreMerged()
{
    DuplicatesPage* page = m_page->duplicatesTab();
    m_page->tabs()->setCurrentWidget(page);
    QVERIFY(page->findDuplicates().ok());
    QCOMPARE(page->pairCount(), 1);
    QVERIFY(page->table()->item(0, 0)->text().contains(u"040192000304"_s));
    domain::ResidentRepository repo(m_env.vault(), m_env.env.roles);
    const qint64 before = *repo.total();
    QVERIFY(page->merge(0, true).ok());
    QCOMPARE(*repo.total(), before - 1);
    QVERIFY(!repo.get(u"040192000340"_s).ok());
    QCOMPARE(page->pairCount(), 0);
}

QTEST_MAIN(TestCleaning)
#include "tst_cleaning.moc"
