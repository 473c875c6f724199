// The generic record screen on two kinds: welfare (the form refuses a malformed personal ID at the
// field, saves a good record, search finds it, export writes it) and certified copies (certified
// with a scan, which opens sealed through the repository in the viewer).

#include "records_fixture.h"

#include "common/list_toolbar.h"
#include "records/record_form_dialog.h"
#include "records/records_page.h"
#include "records/scan_viewer.h"

#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::desktop;

class TestRecordScreens : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void welfareFormRefusesABadIdAtTheField();
    void welfareRecordIsSavedFoundAndExported();
    void certifiedCopyScanOpensInTheViewer();

private:
    test::RecordsEnv m_env;
};

void TestRecordScreens::initTestCase()
{
    m_env.open({u"van_hoa_xa_hoi"_s, u"tu_phap_ho_tich"_s});
    QVERIFY(!QTest::currentTestFailed());
}

void TestRecordScreens::welfareFormRefusesABadIdAtTheField()
{
    auto* page = m_env.page<RecordsPage>(u"welfare"_s);
    QVERIFY(page);
    QVERIFY(page->canWrite());
    RecordFormDialog* form = page->openNew();
    form->setText(u"full_name"_s, u"Phan Văn Lộc"_s);
    test::typeText(qobject_cast<QLineEdit*>(form->editor(u"resident_id"_s)), u"04003600020"_s);
    form->setText(u"birth_date"_s, u"01/01/1936"_s);
    form->setText(u"clause"_s, u"k5c"_s);
    form->findChild<QPushButton*>(u"saveButton"_s)->click();
    QVERIFY(form->isVisible());
    QVERIFY(!form->errorText(u"resident_id"_s).isEmpty());
    QVERIFY(form->errorText(u"full_name"_s).isEmpty());
    QCOMPARE(page->model()->rowCount(), 0);
    form->setText(u"birth_date"_s, u"31/02/1936"_s);
    QVERIFY(!form->validateAll());
    QVERIFY(!form->errorText(u"birth_date"_s).isEmpty());
    form->reject();
}

void TestRecordScreens::welfareRecordIsSavedFoundAndExported()
{
    auto* page = m_env.page<RecordsPage>(u"welfare"_s);
    RecordFormDialog* form = page->openNew();
    form->setText(u"full_name"_s, u"Phan Văn Lộc"_s);
    form->setText(u"resident_id"_s, u"040036000201"_s);
    form->setText(u"birth_date"_s, u"01/01/1936"_s);
    form->setText(u"clause"_s, u"k5c"_s);
    form->setText(u"decision_number"_s, u"12/QĐ-UBND"_s);
    form->setText(u"decision_date"_s, u"01/02/2025"_s);
    form->setText(u"start_date"_s, u"01/03/2025"_s);
    form->setText(u"payment_kind"_s, u"cash"_s);
    form->setText(u"hamlet_code"_s, u"Xóm 1"_s);
    const bool valid = form->validateAll();
    QVERIFY2(valid, qPrintable(form->findChild<QWidget*>(u"saveError"_s)->property("text").toString()));
    form->findChild<QPushButton*>(u"saveButton"_s)->click();
    QVERIFY(!form->isVisible());
    QCOMPARE(page->model()->rowCount(), 1);

    QLineEdit* search = page->toolbar()->searchBox();
    test::typeText(search, u"phan van"_s);
    QTRY_COMPARE(page->model()->query().search, u"phan van"_s);
    QCOMPARE(page->model()->rowCount(), 1);
    search->clear();
    test::typeText(search, u"tran"_s);
    QTRY_COMPARE(page->model()->query().search, u"tran"_s);
    QCOMPARE(page->model()->rowCount(), 0);
    search->clear();
    page->toolbar()->flushSearch();

    const QString path = m_env.env.dir.filePath(u"bao-tro.csv"_s);
    auto written = page->exportTo(path);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QCOMPARE(*written, 1);
}

void TestRecordScreens::certifiedCopyScanOpensInTheViewer()
{
    auto* page = m_env.page<RecordsPage>(u"certified_copies"_s);
    QVERIFY(page);
    QImage scan(200, 280, QImage::Format_RGB32);
    scan.fill(Qt::white);
    const QString scanPath = m_env.env.dir.filePath(u"scan.png"_s);
    QVERIFY(scan.save(scanPath));

    RecordFormDialog* form = page->openNew();
    form->setText(u"book_number"_s, u"01"_s);
    form->setText(u"requester_name"_s, u"Lê Thị Hoa"_s);
    form->setText(u"original_doc_type"_s, u"Giấy khai sinh"_s);
    form->setText(u"page_count"_s, u"1"_s);
    form->setText(u"certifier_name"_s, u"Nguyễn Văn Tâm"_s);
    form->setText(u"certifier_title"_s, u"Phó Chủ tịch"_s);
    form->setText(u"agency"_s, u"UBND xã Hưng Đông"_s);
    // The file dialog is the officer's; the test hands the path over as the dialog would.
    form->setScanPath(scanPath);
    QVERIFY2(form->validateAll(),
             qPrintable(form->findChild<QWidget*>(u"saveError"_s)->property("text").toString()));
    form->findChild<QPushButton*>(u"saveButton"_s)->click();
    QVERIFY(!form->isVisible());
    QCOMPARE(page->model()->rowCount(), 1);
    const RecordRow* row = page->model()->rowAt(0);
    QVERIFY(row->fields.value(u"number_text"_s).toString().startsWith(u"1/"_s) ||
            row->fields.value(u"number_text"_s).toString().startsWith(u"01/"_s));

    page->table()->selectRow(0);
    QWidget* viewer = page->showScan();
    QVERIFY(viewer);
    QVERIFY(qobject_cast<ScanViewer*>(viewer)->showsImage());
    viewer->close();
}

QTEST_MAIN(TestRecordScreens)
#include "tst_record_screens.moc"
