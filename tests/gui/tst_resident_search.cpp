// Search as you type in the resident list: "nguyen van" typed without diacritics finds every
// Nguyễn Văn and only them; typing on narrows; a personal ID finds its one resident; clearing the
// box returns to the paged list.

#include "records_fixture.h"

#include "common/list_toolbar.h"
#include "domain/residents/resident_repository.h"
#include "residents/resident_list_model.h"
#include "residents/resident_list_tab.h"
#include "residents/residents_page.h"
#include "text/folding.h"

#include <QLineEdit>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::desktop;

namespace {

domain::Resident person(const QString& id, const QString& name, QDate birth, Sex sex)
{
    domain::Resident r;
    r.id = id;
    r.fullName = name;
    r.setBirthDate(birth);
    r.sex = sex;
    r.hamletCode = u"Xóm 1"_s;
    return r;
}

// Every typed word starts some word of the folded name.
bool matches(const QString& name, const QStringList& words)
{
    const QStringList parts = text::foldForSearch(name).split(u' ', Qt::SkipEmptyParts);
    for (const QString& w : words) {
        if (std::none_of(parts.cbegin(), parts.cend(), [&w](const QString& p) { return p.startsWith(w); }))
            return false;
    }
    return true;
}

} // namespace

class TestResidentSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void typingSearchesWithoutDiacritics();
    void typingMoreNarrows();
    void personalIdFindsOne();
    void clearingReturnsToTheList();

private:
    void typeAndWait(const QString& text);

    test::RecordsEnv m_env;
    ResidentListTab* m_tab = nullptr;
};

void TestResidentSearch::initTestCase()
{
    m_env.open({u"cong_an"_s}, 2000, [](storage::Vault& vault) {
        const RoleCatalog roles = test::loadRoles();
        domain::ResidentRepository repo(vault, roles);
        QVERIFY(
            repo.insert(person(u"040090001234"_s, u"Nguyễn Văn Dũng"_s, QDate(1990, 3, 4), Sex::Male)).ok());
        QVERIFY(
            repo.insert(person(u"040190001235"_s, u"Nguyễn Thị Vân"_s, QDate(1990, 5, 6), Sex::Female)).ok());
        QVERIFY(
            repo.insert(person(u"040085001236"_s, u"Đặng Văn Nguyên"_s, QDate(1985, 7, 8), Sex::Male)).ok());
    });
    QVERIFY(!QTest::currentTestFailed());
    auto* page = m_env.page<ResidentsPage>(u"residents"_s);
    QVERIFY(page);
    m_tab = page->listTab();
}

void TestResidentSearch::typeAndWait(const QString& text)
{
    QLineEdit* box = m_tab->toolbar()->searchBox();
    box->setFocus();
    box->clear();
    QSignalSpy reloaded(m_tab->model(), &ResidentListModel::reloaded);
    test::typeText(box, text);
    // The search waits for a pause in typing: one query for the whole word, not one per key.
    QTRY_COMPARE(m_tab->model()->searchText(), text);
    QCOMPARE(reloaded.count(), 1);
}

void TestResidentSearch::typingSearchesWithoutDiacritics()
{
    typeAndWait(u"nguyen van"_s);
    ResidentListModel* model = m_tab->model();
    QVERIFY(model->searching());
    QVERIFY(model->rowCount() > 0);
    const QStringList words{u"nguyen"_s, u"van"_s};
    QStringList names;
    for (int r = 0; r < model->rowCount(); ++r) {
        names << model->residentAt(r)->fullName;
        QVERIFY2(matches(names.constLast(), words), qPrintable(names.constLast()));
    }
    QVERIFY(names.contains(u"Nguyễn Văn Dũng"_s));
    QVERIFY(names.contains(u"Nguyễn Thị Vân"_s));  // "van" starts "Vân"
    QVERIFY(names.contains(u"Đặng Văn Nguyên"_s)); // any word order
    QVERIFY(!model->canFetchMore({}));
}

void TestResidentSearch::typingMoreNarrows()
{
    typeAndWait(u"nguyen van dung"_s);
    ResidentListModel* model = m_tab->model();
    QVERIFY(model->rowCount() >= 1);
    QVERIFY(model->rowOf(u"040090001234"_s) >= 0);
    QCOMPARE(model->rowOf(u"040190001235"_s), -1);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(matches(model->residentAt(r)->fullName, {u"nguyen"_s, u"van"_s, u"dung"_s}));
    // Typed with the diacritics, the same people.
    const int count = model->rowCount();
    typeAndWait(u"Nguyễn Văn Dũng"_s);
    QCOMPARE(model->rowCount(), count);
}

void TestResidentSearch::personalIdFindsOne()
{
    typeAndWait(u"040085001236"_s);
    QCOMPARE(m_tab->model()->rowCount(), 1);
    QCOMPARE(m_tab->model()->residentAt(0)->fullName, u"Đặng Văn Nguyên"_s);
}

void TestResidentSearch::clearingReturnsToTheList()
{
    QLineEdit* box = m_tab->toolbar()->searchBox();
    box->clear();
    m_tab->toolbar()->flushSearch();
    QVERIFY(!m_tab->model()->searching());
    QCOMPARE(m_tab->model()->rowCount(), ResidentListModel::kPageSize);
    QVERIFY(m_tab->model()->canFetchMore({}));
}

QTEST_MAIN(TestResidentSearch)
#include "tst_resident_search.moc"
