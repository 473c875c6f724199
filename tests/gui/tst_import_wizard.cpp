// The import wizard on small files: the header is found under a title row and mapped; the dry run
// lists the bad rows (row number, column, reason) and writes nothing; the error report is saved;
// a commit cancelled half-way leaves the vault as it was; a clean file imports. The same wizard
// imports a welfare list through RecordImporter.

#include "records_fixture.h"

#include "domain/kinds/record_kind_io.h"
#include "domain/residents/resident_repository.h"
#include "domain/welfare/welfare_repository.h"
#include "imports/import_wizard.h"
#include "imports/record_import_target.h"
#include "imports/resident_import_target.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::desktop;

namespace {

const QString kHeader = u"Họ và tên,Số định danh cá nhân,Ngày sinh,Giới tính,Thôn/Xóm"_s;

// `count` good rows with IDs of men born in 1990, numbered from `first`.
QStringList goodRows(int first, int count)
{
    const QStringList given{u"An"_s, u"Bình"_s, u"Cường"_s, u"Dũng"_s, u"Giang"_s, u"Hải"_s, u"Khoa"_s};
    QStringList rows;
    for (int i = 0; i < count; ++i)
        rows << u"Nguyễn Văn %1,0400900%2,01/01/1990,Nam,Xóm 2"_s.arg(given.at(i % given.size()))
                    .arg(first + i, 5, 10, QLatin1Char('0'));
    return rows;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dryRunShowsTheBadRows();
    void cancelledCommitLeavesTheVaultUnchanged();
    void cleanFileImports();
    void welfareListDryRun();

private:
    qint64 total();
    ImportWizard* startWizard(const QString& path);

    test::RecordsEnv m_env;
};

void TestImportWizard::initTestCase()
{
    m_env.open({u"cong_an"_s, u"van_hoa_xa_hoi"_s});
    QVERIFY(!QTest::currentTestFailed());
}

qint64 TestImportWizard::total()
{
    domain::ResidentRepository repo(m_env.vault(), m_env.env.roles);
    return *repo.total();
}

ImportWizard* TestImportWizard::startWizard(const QString& path)
{
    auto* wizard =
        new ImportWizard(makeResidentImportTarget(m_env.vault(), m_env.env.roles), m_env.window.get());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    auto* file = wizard->filePage()->pathEdit();
    file->setText(path);
    wizard->next(); // file → preview
    return wizard;
}

void TestImportWizard::dryRunShowsTheBadRows()
{
    const QString path = test::writeCsv(m_env.env.dir, u"bad.csv"_s,
                                        {u"DANH SÁCH NHÂN KHẨU XÓM 2"_s, kHeader,
                                         u"Lê Văn An,040090000101,02/02/1990,Nam,Xóm 2"_s,
                                         u"Lê Thị Bình,04019000010,03/03/1990,Nữ,Xóm 2"_s,    // 11 digits
                                         u"Lê Văn Cường,040090000103,31/02/1990,Nam,Xóm 2"_s, // no such date
                                         u"Lê Thị Dung,040190000104,04/04/1990,Nữ,Xóm 2"_s});
    const qint64 before = total();
    ImportWizard* wizard = startWizard(path);
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
    QCOMPARE(wizard->session().header().headerRowNumber, 2);
    QCOMPARE(wizard->session().previewRows().size(), 4);
    auto* preview = wizard->findChild<QTableWidget*>(u"previewTable"_s);
    QCOMPARE(preview->rowCount(), 4);
    QCOMPARE(preview->item(0, 0)->text(), u"Lê Văn An"_s);

    wizard->next(); // → mapping, matched from the header
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
    QCOMPARE(wizard->findChild<QComboBox*>(u"column_personalId"_s)->currentData().toInt(), 1);
    QVERIFY(wizard->currentPage()->isComplete());

    wizard->next(); // → dry run
    QCOMPARE(wizard->currentId(), int(ImportWizard::DryRunPage));
    QTableWidget* errors = wizard->dryRunPage()->errorTable();
    QStringList rows;
    for (int r = 0; r < errors->rowCount(); ++r) {
        if (!errors->item(r, 2)->text().startsWith(tr("Warning: ")))
            rows << errors->item(r, 0)->text();
    }
    QCOMPARE(rows, (QStringList{u"4"_s, u"5"_s}));
    QCOMPARE(wizard->session().dryRunOutcome().written, 2);
    QCOMPARE(total(), before);                     // a dry run writes nothing
    QVERIFY(!wizard->currentPage()->isComplete()); // bad rows: not without "leave them out"

    const QString report = m_env.env.dir.filePath(u"loi.csv"_s);
    QVERIFY(wizard->session().saveErrorReport(report).ok());
    QFile f(report);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(u"04019000010"_s) || text.contains(u"Số định danh cá nhân"_s));
    wizard->close();
}

void TestImportWizard::cancelledCommitLeavesTheVaultUnchanged()
{
    // Progress comes every few hundred rows: a file long enough to be cancelled in the middle.
    const QString path =
        test::writeCsv(m_env.env.dir, u"long.csv"_s, QStringList{kHeader} + goodRows(1000, 1200));
    const qint64 before = total();
    ImportWizard* wizard = startWizard(path);
    wizard->next();
    wizard->next();
    QVERIFY(wizard->currentPage()->isComplete());
    QCOMPARE(wizard->session().dryRunOutcome().written, 1200);
    // Press Cancel as soon as the progress bar first moves.
    connect(&wizard->session(), &ImportSession::progress, wizard->commitPage()->cancelButton(),
            &QPushButton::click, Qt::SingleShotConnection);
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->commitPage()->finished(), 20'000);
    QCOMPARE(wizard->session().state(), ImportSession::State::Cancelled);
    QVERIFY(!wizard->commitPage()->result()->text().isEmpty());
    QCOMPARE(total(), before);
    wizard->close();
}

void TestImportWizard::cleanFileImports()
{
    const QString path =
        test::writeCsv(m_env.env.dir, u"good.csv"_s, QStringList{kHeader} + goodRows(5000, 30));
    const qint64 before = total();
    ImportWizard* wizard = startWizard(path);
    QSignalSpy imported(wizard, &ImportWizard::imported);
    wizard->next();
    wizard->next();
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->commitPage()->finished(), 20'000);
    QCOMPARE(wizard->session().state(), ImportSession::State::Committed);
    QCOMPARE(wizard->commitPage()->progressBar()->value(), 100);
    QCOMPARE(imported.count(), 1);
    QCOMPARE(total(), before + 30);
    wizard->close();
}

void TestImportWizard::welfareListDryRun()
{
    auto rules = domain::WelfareRules::load();
    QVERIFY(rules.ok());
    domain::WelfareRepository repo(m_env.vault(), m_env.env.roles, *rules);
    auto io = domain::RecordKindIo::make(u"welfare"_s, m_env.vault(), m_env.env.roles);
    QVERIFY(io.ok());
    const QString path = test::writeCsv(
        m_env.env.dir, u"welfare.csv"_s,
        {u"Họ và tên,Số định danh cá nhân,Ngày sinh,Diện hưởng,Số quyết định,Ngày quyết định,Hình thức chi trả"_s,
         u"Phan Văn Lộc,040036000201,01/01/1936,k5c,12/QĐ-UBND,01/02/2025,Tiền mặt"_s,
         u"Phan Thị Mận,ABC,01/01/1940,k5c,13/QĐ-UBND,01/02/2025,Tiền mặt"_s});
    ImportWizard wizard(
        makeRecordImportTarget(m_env.vault(), m_env.env.roles, (*io)->mapper(), u"Bảo trợ"_s));
    wizard.show();
    wizard.filePage()->pathEdit()->setText(path);
    wizard.next();
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::DryRunPage));
    const ImportOutcome& o = wizard.session().dryRunOutcome();
    QCOMPARE(o.rowsRead, 2);
    QCOMPARE(o.refused, 1);
    QVERIFY(!o.errors.isEmpty());
    QCOMPARE(o.errors.first().row, 3);
    domain::ListQuery all;
    QCOMPARE(repo.list(all)->items.size(), 0); // rolled back
}

QTEST_MAIN(TestImportWizard)
#include "tst_import_wizard.moc"
