// The resident list over a vault of a few thousand residents: it reads page by page as the view
// scrolls (never everything at once), filters by hamlet and state, and exports what it shows.

#include "records_fixture.h"

#include "common/list_toolbar.h"
#include "domain/residents/resident_repository.h"
#include "io/csv_reader.h"
#include "residents/resident_list_model.h"
#include "residents/resident_list_tab.h"
#include "residents/residents_page.h"

#include <QComboBox>
#include <QScrollBar>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::desktop;

class TestResidentList : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void firstScreenReadsOnePage();
    void scrollingFetchesMorePages();
    void hamletFilterNarrowsTheList();
    void exportWritesTheFilteredList();

private:
    test::RecordsEnv m_env;
    ResidentListTab* m_tab = nullptr;
};

void TestResidentList::initTestCase()
{
    m_env.open({u"cong_an"_s}, 3000);
    QVERIFY(!QTest::currentTestFailed());
    auto* page = m_env.page<ResidentsPage>(u"residents"_s);
    QVERIFY(page);
    m_tab = page->listTab();
}

void TestResidentList::firstScreenReadsOnePage()
{
    ResidentListModel* model = m_tab->model();
    QCOMPARE(model->rowCount(), ResidentListModel::kPageSize);
    QVERIFY(model->canFetchMore({}));
    QCOMPARE(model->pagesLoaded(), 1);
    QVERIFY(!model->residentAt(0)->fullName.isEmpty());
}

void TestResidentList::scrollingFetchesMorePages()
{
    QTableView* view = m_tab->table();
    ResidentListModel* model = m_tab->model();
    // Scrolling to the bottom makes the view ask for the next page, a page at a time.
    for (int i = 0; i < 40 && model->canFetchMore({}); ++i) {
        const int before = model->rowCount();
        view->scrollToBottom();
        QTRY_VERIFY(model->rowCount() > before);
        QVERIFY(model->rowCount() - before <= ResidentListModel::kPageSize);
    }
    QVERIFY(!model->canFetchMore({}));
    domain::ResidentRepository repo(m_env.vault(), m_env.env.roles);
    QCOMPARE(qint64(model->rowCount()), *repo.total());
    QVERIFY(model->pagesLoaded() >= 3000 / ResidentListModel::kPageSize);
    // Given name first, the Vietnamese way: the list never goes backwards in its sort key.
    for (int r = 1; r < model->rowCount(); ++r) {
        QVERIFY(domain::ResidentPageKey::of(*model->residentAt(r - 1)).givenNameFolded <=
                domain::ResidentPageKey::of(*model->residentAt(r)).givenNameFolded);
    }
}

void TestResidentList::hamletFilterNarrowsTheList()
{
    QComboBox* hamlet = m_tab->toolbar()->hamletBox();
    QVERIFY(hamlet->count() > 2); // "All hamlets" and the demo's hamlets
    hamlet->setCurrentIndex(2);
    const QString code = hamlet->currentData().toString();
    ResidentListModel* model = m_tab->model();
    QVERIFY(model->rowCount() > 0);
    while (model->canFetchMore({}))
        model->fetchMore({});
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->residentAt(r)->hamletCode, code);
    hamlet->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), ResidentListModel::kPageSize);
}

void TestResidentList::exportWritesTheFilteredList()
{
    QComboBox* hamlet = m_tab->toolbar()->hamletBox();
    hamlet->setCurrentIndex(1);
    ResidentListModel* model = m_tab->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    const int shown = model->rowCount();
    const QString path = m_env.env.dir.filePath(u"export.csv"_s);
    auto written = m_tab->exportTo(path);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QCOMPARE(*written, qint64(shown));
    io::CsvReader reader;
    QVERIFY(reader.open(path).ok());
    io::TableRow row;
    int lines = 0;
    while (*reader.next(row))
        ++lines;
    QCOMPARE(lines, shown + 1); // the header and one line per resident
    const QString xlsx = m_env.env.dir.filePath(u"export.xlsx"_s);
    QCOMPARE(*m_tab->exportTo(xlsx), qint64(shown));
    QVERIFY(QFileInfo(xlsx).size() > 0);
    hamlet->setCurrentIndex(0);
}

QTEST_MAIN(TestResidentList)
#include "tst_resident_list.moc"
