// The household form: a household is created with its head chosen from the residents (searched
// as the officer types), edited (indicators ticked), and a wrong year is refused under its field
// with nothing written — all through HouseholdRepository on a real vault.

#include "records_fixture.h"

#include "domain/residents/household_repository.h"
#include "domain/residents/resident_repository.h"
#include "residents/household_form_dialog.h"
#include "residents/household_list_model.h"
#include "residents/households_page.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::desktop;

namespace {

domain::Resident person(const QString& id, const QString& name, int year, Sex sex)
{
    domain::Resident r;
    r.id = id;
    r.fullName = name;
    r.setBirthDate(QDate(year, 3, 4));
    r.sex = sex;
    r.hamletCode = u"Xóm 2"_s;
    return r;
}

} // namespace

class TestHouseholdForm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void createsAHouseholdWithAHeadChosenFromTheResidents();
    void editTicksIndicators();
    void badYearIsShownInlineAndNothingIsSaved();
    void headIsRequired();

private:
    qint64 householdCount();
    QString householdIdOf(const QString& headId);

    test::RecordsEnv m_env;
    HouseholdsPage* m_page = nullptr;
};

void TestHouseholdForm::initTestCase()
{
    m_env.open({u"cong_an"_s}, 0, [this](storage::Vault& vault) {
        domain::ResidentRepository residents(vault, m_env.env.roles);
        for (const domain::Resident& r :
             {person(u"040085012345"_s, u"Hồ Văn Thắng"_s, 1985, Sex::Male),
              person(u"040190000001"_s, u"Đặng Thị Hoa"_s, 1990, Sex::Female),
              person(u"040078000002"_s, u"Trần Quốc Bảo"_s, 1978, Sex::Male)}) {
            auto saved = residents.insert(r);
            QVERIFY2(saved.ok(), qPrintable(saved.message()));
        }
    });
    QVERIFY(!QTest::currentTestFailed());
    m_page = m_env.page<HouseholdsPage>(u"households"_s);
    QVERIFY(m_page);
}

qint64 TestHouseholdForm::householdCount()
{
    return m_env.vault().db().scalar(u"SELECT count(*) FROM households WHERE deleted = 0"_s)->toLongLong();
}

QString TestHouseholdForm::householdIdOf(const QString& headId)
{
    domain::ResidentRepository residents(m_env.vault(), m_env.env.roles);
    auto r = residents.get(headId);
    return r ? r->householdId : QString();
}

void TestHouseholdForm::createsAHouseholdWithAHeadChosenFromTheResidents()
{
    QCOMPARE(householdCount(), 0);
    QVERIFY(m_page->findChild<QPushButton*>(u"newHousehold"_s)->isVisible());
    HouseholdFormDialog* form = m_page->openNewHousehold();
    QVERIFY(form);
    QTRY_VERIFY(form->isVisible());
    QCOMPARE(form->focusWidget(), form->headSearch()); // the form starts at the head
    test::typeText(form->headSearch(), u"ho van thang"_s); // diacritics folded
    QCOMPARE(form->headMatches()->count(), 1);
    QTest::keyClick(form->headSearch(), Qt::Key_Return); // chooses the match, does not save
    QVERIFY(form->isVisible());
    QVERIFY(form->findChild<QLabel*>(u"headChosen"_s)->text().contains(u"040085012345"_s));

    form->findChild<QLineEdit*>(u"address"_s)->setText(u"Xóm 2, xã Hưng Đông"_s);
    form->findChild<QComboBox*>(u"hamlet"_s)->setCurrentText(u"Xóm 2"_s);
    auto* status = form->findChild<QComboBox*>(u"povertyStatus"_s);
    status->setCurrentIndex(status->findData(int(domain::PovertyStatus::NearPoor)));
    form->findChild<QLineEdit*>(u"assessmentYear"_s)->setText(u"2025"_s);
    auto* area = form->findChild<QComboBox*>(u"areaType"_s);
    area->setCurrentIndex(area->findData(int(domain::AreaType::Rural)));
    form->indicator(domain::Deprivation::HealthInsurance)->setChecked(true);
    QVERIFY(form->validateAll());
    form->findChild<QPushButton*>(u"saveButton"_s)->click();
    QVERIFY(!form->isVisible());

    QCOMPARE(householdCount(), 1);
    const QString id = householdIdOf(u"040085012345"_s);
    QVERIFY(!id.isEmpty());
    domain::HouseholdRepository repo(m_env.vault(), m_env.env.roles);
    auto stored = repo.get(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->headResidentId, u"040085012345"_s);
    QCOMPARE(stored->povertyStatus, domain::PovertyStatus::NearPoor);
    QCOMPARE(stored->assessmentYear, 2025);
    QCOMPARE(stored->areaType, domain::AreaType::Rural);
    QCOMPARE(stored->deprivationCount(), 1);
    // The page lists it, selected, with the head as its member.
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(m_page->members()->rowCount(), 1);
    // Audited in core: the insert is in the audit log.
    QVERIFY(m_env.vault()
                .db()
                 .scalar(u"SELECT count(*) FROM audit_log WHERE tbl = 'households'"_s)
                 ->toLongLong() >= 1);
}

void TestHouseholdForm::editTicksIndicators()
{
    m_page->selectRow(0);
    // Enter on the list opens the selected household.
    m_page->table()->setFocus();
    m_page->table()->setCurrentIndex(m_page->model()->index(0, 0));
    QTest::keyClick(m_page->table(), Qt::Key_Return);
    auto* form = test::visibleChild<HouseholdFormDialog>(m_page, u"householdForm"_s);
    QVERIFY2(form, "Enter on the list opened no form");
    QVERIFY(form->indicator(domain::Deprivation::HealthInsurance)->isChecked());
    QVERIFY(form->findChild<QLabel*>(u"headChosen"_s)->text().contains(u"Hồ Văn Thắng"_s));
    form->indicator(domain::Deprivation::Latrine)->setChecked(true);
    form->indicator(domain::Deprivation::Telecom)->setChecked(true);
    // Three deprivations with "near-poor": a warning under the indicators, not an error.
    QVERIFY(!form->warningText(u"deprivations"_s).isEmpty());
    auto* status = form->findChild<QComboBox*>(u"povertyStatus"_s);
    status->setCurrentIndex(status->findData(int(domain::PovertyStatus::Poor)));
    QVERIFY(form->warningText(u"deprivations"_s).isEmpty());
    form->findChild<QPushButton*>(u"saveButton"_s)->click();
    QVERIFY(!form->isVisible());

    domain::HouseholdRepository repo(m_env.vault(), m_env.env.roles);
    auto stored = repo.get(householdIdOf(u"040085012345"_s));
    QVERIFY(stored.ok());
    QCOMPARE(stored->deprivationCount(), 3);
    QVERIFY(stored->deprived(domain::Deprivation::Latrine));
    QVERIFY(stored->deprived(domain::Deprivation::Telecom));
    QCOMPARE(stored->povertyStatus, domain::PovertyStatus::Poor);
    QCOMPARE(householdCount(), 1);
}

void TestHouseholdForm::badYearIsShownInlineAndNothingIsSaved()
{
    const qint64 rowsBefore = householdCount();
    HouseholdFormDialog* form = m_page->openNewHousehold();
    QVERIFY(form);
    form->activateWindow(); // leaving a field (focus out) checks it, as in an active window
    QVERIFY(QTest::qWaitForWindowActive(form));
    test::typeText(form->headSearch(), u"Đặng Thị"_s);
    QCOMPARE(form->headMatches()->count(), 1);
    QTest::keyClick(form->headSearch(), Qt::Key_Return);
    auto* year = form->findChild<QLineEdit*>(u"assessmentYear"_s);
    year->setFocus();
    test::typeText(year, u"2019"_s);
    form->findChild<QComboBox*>(u"hamlet"_s)->setFocus();
    // Save checks every field and shows the messages inline (focus-out checks are not reliable
    // offscreen, where the dialog may never become the active window).
    form->findChild<QPushButton*>(u"saveButton"_s)->click();
    QVERIFY(form->isVisible());
    QVERIFY2(form->errorText(u"assessment_year"_s).contains(u"2021"_s),
             qPrintable(form->errorText(u"assessment_year"_s)));
    QVERIFY(form->errorText(u"head_id"_s).isEmpty());
    QCOMPARE(form->focusWidget(), year); // the cursor goes to the field at fault (in the dialog)
    QCOMPARE(year->accessibleDescription(), form->errorText(u"assessment_year"_s));
    QCOMPARE(householdCount(), rowsBefore);
    QVERIFY(householdIdOf(u"040190000001"_s).isEmpty());
    form->reject();
}

void TestHouseholdForm::headIsRequired()
{
    const qint64 rowsBefore = householdCount();
    HouseholdFormDialog* form = m_page->openNewHousehold();
    form->findChild<QLineEdit*>(u"address"_s)->setText(u"Xóm 4"_s);
    form->findChild<QPushButton*>(u"saveButton"_s)->click();
    QVERIFY(form->isVisible());
    QVERIFY(!form->errorText(u"head_id"_s).isEmpty());
    // A member of another household cannot head a new one.
    test::typeText(form->headSearch(), u"040085"_s);
    QCOMPARE(form->headMatches()->count(), 1);
    QTest::keyClick(form->headSearch(), Qt::Key_Return);
    QVERIFY(!form->errorText(u"head_id"_s).isEmpty());
    QVERIFY(!form->validateAll());
    QCOMPARE(householdCount(), rowsBefore);
    form->reject();
}

QTEST_MAIN(TestHouseholdForm)
#include "tst_household_form.moc"
