// "Export" from a filtered record list writes what the list shows: the rows of the chosen hamlet,
// category and search, not the whole register. Also: long column headers fit (two lines, the
// full label as tooltip) instead of being cut.

#include "records_fixture.h"

#include "common/list_toolbar.h"
#include "domain/land/land_repository.h"
#include "domain/residents/hamlet_codes.h"
#include "records/record_list_model.h"
#include "records/records_page.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::desktop;

namespace {

domain::LandRecord parcel(const QString& serial, const QString& hamlet, const QString& purpose)
{
    domain::LandRecord r;
    r.certificateSerial = serial;
    r.mapSheet = u"12"_s;
    r.parcelNumber = u"345"_s;
    r.areaM2 = 120;
    r.purpose = purpose;
    r.hamletCode = hamlet;
    r.coOwners.append({QString(), QString(), u"Nguyễn Văn Nam"_s, 100, u"user"_s});
    return r;
}

QStringList exportedSerials(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {u"<missing>"_s};
    QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    lines.removeFirst(); // the header
    QStringList serials;
    for (const QString& line : std::as_const(lines))
        serials.append(line.section(u',', 0, 0).remove(u'"'));
    serials.sort();
    return serials;
}

} // namespace

class TestFilteredExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exportsOnlyTheFilteredRows();
    void searchAsTypedIsExported();
    void longHeadersFit();

private:
    test::RecordsEnv m_env;
    RecordsPage* m_page = nullptr;
};

void TestFilteredExport::initTestCase()
{
    m_env.open({u"dia_chinh"_s, u"van_hoa_xa_hoi"_s}, 0, [this](storage::Vault& vault) {
        domain::HamletCodes hamlets(vault.db()); // offered in the hamlet filter
        QVERIFY(hamlets.remember(u"Xóm 1"_s).ok());
        QVERIFY(hamlets.remember(u"Xóm 2"_s).ok());
        domain::LandRepository repo(vault, m_env.env.roles);
        for (const domain::LandRecord& r :
             {parcel(u"CS 100001"_s, u"Xóm 1"_s, u"ONT"_s), parcel(u"CS 100002"_s, u"Xóm 2"_s, u"ONT"_s),
              parcel(u"CS 200003"_s, u"Xóm 2"_s, u"CLN"_s), parcel(u"BA 100004"_s, u"Xóm 2"_s, u"ONT"_s)}) {
            auto saved = repo.insert(r);
            QVERIFY2(saved.ok(), qPrintable(saved.message()));
        }
    });
    QVERIFY(!QTest::currentTestFailed());
    m_page = m_env.page<RecordsPage>(u"land"_s);
    QVERIFY(m_page);
    QCOMPARE(m_page->model()->rowCount(), 4);
}

void TestFilteredExport::exportsOnlyTheFilteredRows()
{
    QVERIFY(m_page->toolbar()->applyFilter(u"hamlet"_s, u"Xóm 2"_s));
    QTRY_COMPARE(m_page->model()->rowCount(), 3);
    const QString path = m_env.env.dir.filePath(u"land-xom2.csv"_s);
    auto written = m_page->exportTo(path);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QCOMPARE(*written, qint64(3));
    QCOMPARE(exportedSerials(path), (QStringList{u"BA 100004"_s, u"CS 100002"_s, u"CS 200003"_s}));
    QVERIFY(m_page->toolbar()->applyFilter(u"hamlet"_s, QString()));
    QTRY_COMPARE(m_page->model()->rowCount(), 4);
}

void TestFilteredExport::searchAsTypedIsExported()
{
    QLineEdit* search = m_page->toolbar()->searchBox();
    search->setFocus();
    test::typeText(search, u"cs1"_s);
    m_page->toolbar()->flushSearch();
    QTRY_COMPARE(m_page->model()->rowCount(), 2);
    const QString path = m_env.env.dir.filePath(u"land-cs1.csv"_s);
    auto written = m_page->exportTo(path);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QCOMPARE(exportedSerials(path), (QStringList{u"CS 100001"_s, u"CS 100002"_s}));
    search->clear();
    m_page->toolbar()->flushSearch();
}

void TestFilteredExport::longHeadersFit()
{
    auto* welfare = m_env.page<RecordsPage>(u"welfare"_s);
    QVERIFY(welfare);
    QHeaderView* header = welfare->table()->horizontalHeader();
    const QFontMetrics metrics(header->font());
    bool sawTwoLines = false;
    for (int c = 0; c + 1 < welfare->model()->columnCount(); ++c) {
        const QString shown = welfare->model()->headerData(c, Qt::Horizontal).toString();
        const QString full = welfare->model()->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
        QCOMPARE(QString(shown).replace(u'\n', u' '), full);
        sawTwoLines = sawTwoLines || shown.contains(u'\n');
        int widest = 0;
        for (const QString& line : shown.split(u'\n'))
            widest = std::max(widest, metrics.horizontalAdvance(line));
        QVERIFY2(header->sectionSize(c) >= widest, qPrintable(full));
        // The header is tall enough for every line of the label.
        QVERIFY2(header->height() >= metrics.height() * int(shown.count(u'\n') + 1), qPrintable(full));
    }
    QVERIFY(sawTwoLines); // "Category (Decree 20/2021, Art. 5)" and "Monthly allowance (VND)" wrap
}

QTEST_MAIN(TestFilteredExport)
#include "tst_filtered_export.moc"
