// The resident form refuses a bad personal ID with the message under the ID field and writes
// nothing; an ID that says another birth year is a warning that does not block; a good form saves
// and the new resident appears in the list; delete asks first.

#include "records_fixture.h"

#include "domain/residents/resident_repository.h"
#include "residents/resident_form_dialog.h"
#include "residents/resident_list_model.h"
#include "residents/resident_list_tab.h"
#include "residents/residents_page.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::desktop;

class TestResidentForm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void badIdIsRefusedAtTheField_data();
    void badIdIsRefusedAtTheField();
    void birthYearMismatchWarnsAndSaves();
    void duplicateIdIsRefused();
    void editKeepsTheIdAndSaves();
    void deleteAsksFirst();

private:
    qint64 total();
    ResidentFormDialog* fillNew(const QString& id, const QString& name, const QString& birth);

    test::RecordsEnv m_env;
    ResidentListTab* m_tab = nullptr;
};

void TestResidentForm::initTestCase()
{
    m_env.open({u"cong_an"_s}, 50);
    QVERIFY(!QTest::currentTestFailed());
    m_tab = m_env.page<ResidentsPage>(u"residents"_s)->listTab();
}

qint64 TestResidentForm::total()
{
    domain::ResidentRepository repo(m_env.vault(), m_env.env.roles);
    return *repo.total();
}

ResidentFormDialog* TestResidentForm::fillNew(const QString& id, const QString& name, const QString& birth)
{
    ResidentFormDialog* form = m_tab->openNew();
    test::typeText(form->lineEdit(u"personalId"_s), id);
    test::typeText(form->lineEdit(u"fullName"_s), name);
    test::typeText(form->lineEdit(u"birthDate"_s), birth);
    return form;
}

void TestResidentForm::badIdIsRefusedAtTheField_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("too short") << u"04009000123"_s;
    QTest::newRow("a letter") << u"04009000123A"_s;
    QTest::newRow("unknown province") << u"003090001234"_s;
}

void TestResidentForm::badIdIsRefusedAtTheField()
{
    QFETCH(QString, id);
    const qint64 before = total();
    ResidentFormDialog* form = fillNew(id, u"Hồ Thị Lan"_s, u"12/03/1990"_s);
    QTest::mouseClick(form->findChild<QPushButton*>(u"saveButton"_s), Qt::LeftButton);
    QVERIFY(form->isVisible()); // still open: nothing saved
    const QString message = form->errorText(u"personalId"_s);
    QVERIFY2(!message.isEmpty(), "no message under the personal ID field");
    QVERIFY(form->errorText(u"fullName"_s).isEmpty()); // the other fields are fine
    QCOMPARE(form->lineEdit(u"personalId"_s)->accessibleDescription(), message);
    QCOMPARE(total(), before);
    form->reject();
}

void TestResidentForm::birthYearMismatchWarnsAndSaves()
{
    const qint64 before = total();
    // G = 0, YY = 90: a man born in 1990; the form says 1985.
    ResidentFormDialog* form = fillNew(u"040090007777"_s, u"Trương Văn Hùng"_s, u"05/06/1985"_s);
    QVERIFY(form->validateAll());
    QVERIFY(!form->warningText(u"personalId"_s).isEmpty());
    QVERIFY(form->errorText(u"personalId"_s).isEmpty());
    QSignalSpy accepted(form, &QDialog::accepted);
    form->findChild<QPushButton*>(u"saveButton"_s)->click();
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(total(), before + 1);
    QVERIFY(m_tab->model()->rowCount() > 0);
}

void TestResidentForm::duplicateIdIsRefused()
{
    const qint64 before = total();
    ResidentFormDialog* form = fillNew(u"040090007777"_s, u"Người Khác"_s, u"1990"_s);
    form->findChild<QPushButton*>(u"saveButton"_s)->click();
    QVERIFY(form->isVisible());
    QVERIFY(form->errorText(u"personalId"_s).contains(u"040090007777"_s));
    QCOMPARE(total(), before);
    form->reject();
}

void TestResidentForm::editKeepsTheIdAndSaves()
{
    ResidentFormDialog* form = m_tab->openResident(u"040090007777"_s);
    QVERIFY(form);
    QVERIFY(form->lineEdit(u"personalId"_s)->isReadOnly());
    QLineEdit* birth = form->lineEdit(u"birthDate"_s);
    birth->clear();
    test::typeText(birth, u"05/06/1990"_s);
    QVERIFY(form->validateAll());
    QVERIFY(form->warningText(u"personalId"_s).isEmpty()); // the ID and the year now agree
    form->findChild<QPushButton*>(u"saveButton"_s)->click();
    domain::ResidentRepository repo(m_env.vault(), m_env.env.roles);
    QCOMPARE(repo.get(u"040090007777"_s)->birthDate, QDate(1990, 6, 5));
}

void TestResidentForm::deleteAsksFirst()
{
    const int row = m_tab->model()->rowOf(u"040090007777"_s);
    QVERIFY(row >= 0);
    m_tab->table()->selectRow(row);
    const qint64 before = total();
    m_tab->askDelete();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = test::visibleChild<QMessageBox>(m_tab, u"confirmDelete"_s)) != nullptr);
    box->button(QMessageBox::No)->click();
    QCOMPARE(total(), before);
    m_tab->askDelete();
    QTRY_VERIFY((box = test::visibleChild<QMessageBox>(m_tab, u"confirmDelete"_s)) != nullptr);
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(total(), before - 1);
    QCOMPARE(m_tab->model()->rowOf(u"040090007777"_s), -1);
}

QTEST_MAIN(TestResidentForm)
#include "tst_resident_form.moc"
