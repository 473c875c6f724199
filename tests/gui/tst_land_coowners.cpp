// The land form edits the whole list of land users and house owners: rows are added and removed,
// each with name, personal ID, share and role; shares that do not sum to 100 % (or a share that
// is not a number) are refused under the table with nothing written; an edit keeps the co-owners
// it did not remove (same ids) and adds the new ones.

#include "records_fixture.h"

#include "domain/land/land_repository.h"
#include "records/co_owners_editor.h"
#include "records/record_form_dialog.h"
#include "records/records_page.h"

#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::desktop;

class TestLandCoOwners : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sharesMustSumToAHundred();
    void unreadableShareIsRefused();
    void editAddsAndRemovesCoOwners();

private:
    RecordFormDialog* fillNew();
    QList<domain::LandCoOwner> storedOwners();

    test::RecordsEnv m_env;
    RecordsPage* m_page = nullptr;
};

void TestLandCoOwners::initTestCase()
{
    m_env.open({u"dia_chinh"_s});
    QVERIFY(!QTest::currentTestFailed());
    m_page = m_env.page<RecordsPage>(u"land"_s);
    QVERIFY(m_page);
    QVERIFY(m_page->canWrite());
}

RecordFormDialog* TestLandCoOwners::fillNew()
{
    RecordFormDialog* form = m_page->openNew();
    form->setText(u"certificate_serial"_s, u"CS 123456"_s);
    form->setText(u"register_number"_s, u"CH01234"_s);
    form->setText(u"map_sheet"_s, u"12"_s);
    form->setText(u"parcel_number"_s, u"345"_s);
    form->setText(u"area_m2"_s, u"215,5"_s);
    form->setText(u"purpose"_s, u"ONT"_s);
    form->setText(u"hamlet_code"_s, u"Xóm 3"_s);
    return form;
}

namespace {
domain::LandCoOwner ownerNamed(const QList<domain::LandCoOwner>& owners, const QString& name)
{
    for (const domain::LandCoOwner& c : owners) {
        if (c.fullName == name)
            return c;
    }
    return {};
}
} // namespace

QList<domain::LandCoOwner> TestLandCoOwners::storedOwners()
{
    domain::LandRepository repo(m_env.vault(), m_env.env.roles);
    auto page = repo.list({});
    if (!page || page->items.size() != 1)
        return {};
    return page->items.first().coOwners;
}

void TestLandCoOwners::sharesMustSumToAHundred()
{
    RecordFormDialog* form = fillNew();
    auto* owners = qobject_cast<CoOwnersEditor*>(form->editor(u"_co_owners"_s));
    QVERIFY(owners);
    QCOMPARE(owners->rowCount(), 0);
    // With no one on the certificate the table says so.
    QVERIFY(!form->validateAll());
    QVERIFY(!form->errorText(u"_co_owners"_s).isEmpty());

    owners->findChild<QPushButton*>(u"addCoOwner"_s)->click();
    QCOMPARE(owners->rowCount(), 1);
    owners->setRow(0, u"Nguyễn Văn Nam"_s, u"040085012345"_s, u"60"_s);
    owners->findChild<QPushButton*>(u"addCoOwner"_s)->click();
    QCOMPARE(owners->rowCount(), 2);
    // A new row offers what is left of 100 %.
    QCOMPARE(owners->table()->item(1, CoOwnersEditor::ShareColumn)->text(), u"40"_s);
    owners->setRow(1, u"Lê Thị Lan"_s, u"040188000123"_s, u"30"_s, u"owner"_s);
    form->findChild<QPushButton*>(u"saveButton"_s)->click();
    QVERIFY(form->isVisible());
    const QString error = form->errorText(u"_co_owners"_s);
    QVERIFY2(error.contains(u"90"_s), qPrintable(error));
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(storedOwners().isEmpty());

    owners->setRow(1, u"Lê Thị Lan"_s, u"040188000123"_s, u"40"_s, u"owner"_s);
    QVERIFY2(form->validateAll(), qPrintable(form->errorText(u"_co_owners"_s)));
    form->findChild<QPushButton*>(u"saveButton"_s)->click();
    QVERIFY(!form->isVisible());
    QCOMPARE(m_page->model()->rowCount(), 1);
    const QList<domain::LandCoOwner> stored = storedOwners();
    QCOMPARE(stored.size(), 2);
    // Stored co-owners come back in storage order, not necessarily the order typed.
    QStringList names{stored.at(0).fullName, stored.at(1).fullName};
    names.sort();
    QCOMPARE(names, (QStringList{u"Lê Thị Lan"_s, u"Nguyễn Văn Nam"_s}));
    QCOMPARE(stored.at(0).sharePercent + stored.at(1).sharePercent, 100.0);
    QCOMPARE(ownerNamed(stored, u"Lê Thị Lan"_s).role, u"owner"_s);
}

void TestLandCoOwners::unreadableShareIsRefused()
{
    m_page->table()->selectRow(0);
    RecordFormDialog* form = m_page->openSelected();
    QVERIFY(form);
    auto* owners = qobject_cast<CoOwnersEditor*>(form->editor(u"_co_owners"_s));
    QCOMPARE(owners->rowCount(), 2);
    owners->setRow(1, u"Lê Thị Lan"_s, u"040188000123"_s, u"bốn mươi"_s, u"owner"_s);
    form->findChild<QPushButton*>(u"saveButton"_s)->click();
    QVERIFY(form->isVisible());
    QVERIFY2(form->errorText(u"_co_owners"_s).contains(u"bốn mươi"_s),
             qPrintable(form->errorText(u"_co_owners"_s)));
    // A bad personal ID names its row.
    owners->setRow(1, u"Lê Thị Lan"_s, u"04018800012"_s, u"40"_s, u"owner"_s);
    QVERIFY(!form->validateAll());
    QVERIFY2(form->errorText(u"_co_owners"_s).contains(u"2"_s), qPrintable(form->errorText(u"_co_owners"_s)));
    form->reject();
    QCOMPARE(ownerNamed(storedOwners(), u"Lê Thị Lan"_s).residentId, u"040188000123"_s);
}

void TestLandCoOwners::editAddsAndRemovesCoOwners()
{
    const QList<domain::LandCoOwner> before = storedOwners();
    QCOMPARE(before.size(), 2);
    m_page->table()->selectRow(0);
    RecordFormDialog* form = m_page->openSelected();
    auto* owners = qobject_cast<CoOwnersEditor*>(form->editor(u"_co_owners"_s));
    // Remove the second co-owner, give the first half, add a third person with the other half.
    owners->table()->setCurrentCell(1, CoOwnersEditor::NameColumn);
    owners->findChild<QPushButton*>(u"removeCoOwner"_s)->click();
    QCOMPARE(owners->rowCount(), 1);
    owners->setRow(0, before.at(0).fullName, before.at(0).residentId, u"50"_s);
    owners->findChild<QPushButton*>(u"addCoOwner"_s)->click();
    owners->setRow(1, u"Nguyễn Văn Bắc"_s, QString(), u"50"_s);
    QVERIFY2(form->validateAll(), qPrintable(form->errorText(u"_co_owners"_s)));
    form->findChild<QPushButton*>(u"saveButton"_s)->click();
    QVERIFY(!form->isVisible());

    const QList<domain::LandCoOwner> after = storedOwners();
    QCOMPARE(after.size(), 2);
    QStringList names;
    for (const domain::LandCoOwner& c : after)
        names.append(c.fullName);
    names.sort();
    QStringList expected{u"Nguyễn Văn Bắc"_s, before.at(0).fullName};
    expected.sort();
    QCOMPARE(names, expected);
    for (const domain::LandCoOwner& c : after) {
        QCOMPARE(c.sharePercent, 50.0);
        if (c.fullName == before.at(0).fullName)
            QCOMPARE(c.id, before.at(0).id); // the kept co-owner was updated, not replaced
    }
}

QTEST_MAIN(TestLandCoOwners)
#include "tst_land_coowners.moc"
