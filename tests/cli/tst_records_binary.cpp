// Issue 3's "done when", through the real xaso-cli binary: `demo` then `search "nguyen van"`
// answers from the demo vault; a spreadsheet with title rows, an STT column, Vietnamese headers
// and some invalid IDs is refused whole by default (each bad row named) and imports its valid
// rows with --skip-invalid, writing the error report; every KIND imports and exports.

#include "io/xlsx_writer.h"
#include "vault_fixture.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString kPw = u"Hưng-Đông#2026 an toàn"_s;

class Cli
{
public:
    Cli() : m_vault(m_dir.filePath(u"v.xaso"_s)) {}

    Run operator()(QStringList args) const
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"XASO_PASSWORD"_s, kPw);
        e.insert(u"XASO_STATE_DIR"_s, m_dir.filePath(u"state"_s));
        p.setProcessEnvironment(e);
        args << u"--vault"_s << m_vault;
        p.start(QStringLiteral(XASO_CLI_PATH), args);
        p.waitForStarted();
        p.closeWriteChannel();
        p.waitForFinished(300000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QString m_vault;
};

void writeFile(const QString& path, const QString& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

QString readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// What a commune spreadsheet looks like: a title, a date line, a blank row, then the header.
void writeCommuneSheet(const QString& path)
{
    xaso::io::XlsxWriter x;
    QVERIFY(x.open(path).ok());
    QVERIFY(x.writeTextRow({u"DANH SÁCH NHÂN KHẨU XÓM 3"_s}).ok());
    QVERIFY(x.writeTextRow({u"(Kèm theo Báo cáo số 12/BC-UBND ngày 20/11/2026)"_s}).ok());
    QVERIFY(x.writeTextRow({}).ok());
    QVERIFY(x.writeTextRow({u"STT"_s, u"Họ và tên"_s, u"Số CCCD"_s, u"Ngày sinh"_s, u"Giới tính"_s,
                            u"Thôn/Xóm"_s})
                .ok());
    QVERIFY(x.writeTextRow({u"1"_s, u"Trần Thị Mai"_s, u"040190001234"_s, u"05/03/1990"_s, u"Nữ"_s, u"Xóm 3"_s}).ok());
    QVERIFY(x.writeTextRow({u"2"_s, u"Lê Văn Hùng"_s, u"04009000123"_s, u"12/07/1990"_s, u"Nam"_s, u"Xóm 3"_s}).ok());
    QVERIFY(x.writeTextRow({u"3"_s, u"Phạm Văn Đức"_s, u"040085004321"_s, u"01/01/1985"_s, u"Nam"_s, u"Xóm 3"_s}).ok());
    QVERIFY(x.writeTextRow({u"4"_s, u"Hồ Thị Lan"_s, u"999190004444"_s, u"02/02/1990"_s, u"Nữ"_s, u"Xóm 3"_s}).ok());
    QVERIFY(x.finish().ok());
}

} // namespace

class TestRecordsBinary final : public QObject
{
    Q_OBJECT
private slots:
    void demoThenSearch()
    {
        Cli cli;
        QCOMPARE(cli({u"init"_s, u"--name"_s, u"Nguyễn Văn An"_s, u"--roles"_s, u"cong_an,van_hoa_xa_hoi"_s}).exitCode, 0);
        const Run demo = cli({u"demo"_s, u"--residents"_s, u"1500"_s, u"--seed"_s, u"7"_s});
        QCOMPARE(demo.exitCode, 0);
        QVERIFY2(demo.out.contains(u"welfare beneficiaries"_s), qPrintable(demo.out));

        const Run found = cli({u"search"_s, u"nguyen van"_s});
        QCOMPARE(found.exitCode, 0);
        const QStringList lines = found.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 2);
        for (const QString& line : lines) {
            if (!line.startsWith(u"…"_s))
                QVERIFY2(line.contains(u"Nguyễn Văn"_s), qPrintable(line));
        }
        const Run dang = cli({u"search"_s, u"dang"_s, u"--limit"_s, u"5"_s});
        QCOMPARE(dang.exitCode, 0);
        QVERIFY2(dang.out.contains(u"Đặng"_s), qPrintable(dang.out));

        // The same seed and size give the same commune.
        Cli again;
        QCOMPARE(again({u"init"_s, u"--name"_s, u"Lê Hoa"_s, u"--roles"_s, u"cong_an"_s}).exitCode, 0);
        QCOMPARE(again({u"demo"_s, u"--residents"_s, u"1500"_s, u"--seed"_s, u"7"_s}).exitCode, 0);
        QCOMPARE(again({u"search"_s, u"nguyen van"_s}).out, found.out);
    }

    void communeSpreadsheetWithInvalidIds()
    {
        Cli cli;
        QCOMPARE(cli({u"init"_s, u"--name"_s, u"Nguyễn Văn An"_s, u"--roles"_s, u"cong_an"_s}).exitCode, 0);
        const QString sheet = cli.path(u"xom3.xlsx"_s);
        writeCommuneSheet(sheet);

        // All or nothing by default: refused, each bad row named by its spreadsheet row.
        const Run refused = cli({u"import"_s, u"residents"_s, sheet});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"Row 6"_s) && refused.err.contains(u"Row 8"_s), qPrintable(refused.err));
        QVERIFY(refused.err.contains(u"12 digits"_s));
        QVERIFY(refused.err.contains(u"999"_s));
        QCOMPARE(cli({u"search"_s, u"tran thi mai"_s}).out.trimmed(), QString());

        const Run dry = cli({u"import"_s, u"residents"_s, sheet, u"--dry-run"_s});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(u"2 of 4"_s), qPrintable(dry.out));

        const QString report = cli.path(u"loi.csv"_s);
        const Run skipped =
            cli({u"import"_s, u"residents"_s, sheet, u"--skip-invalid"_s, u"--errors"_s, report});
        QCOMPARE(skipped.exitCode, 0);
        QVERIFY2(skipped.out.contains(u"Imported 2 residents"_s), qPrintable(skipped.out));
        const QString errors = readFile(report);
        QVERIFY2(errors.contains(u"6,Số CCCD,"_s) && errors.contains(u"8,Số CCCD,"_s), qPrintable(errors));
        QVERIFY(cli({u"search"_s, u"tran thi mai"_s}).out.contains(u"040190001234"_s));
        QVERIFY(cli({u"search"_s, u"040085004321"_s}).out.contains(u"Phạm Văn Đức"_s));
    }

    void everyKindImportsAndExports()
    {
        Cli cli;
        QCOMPARE(cli({u"init"_s, u"--name"_s, u"Nguyễn Văn An"_s, u"--roles"_s,
                      u"cong_an,van_hoa_xa_hoi,dia_chinh,tu_phap_ho_tich"_s})
                     .exitCode,
                 0);
        QCOMPARE(cli({u"demo"_s, u"--residents"_s, u"600"_s}).exitCode, 0);
        writeFile(cli.path(u"people.csv"_s),
                  u"Họ và tên;Số định danh cá nhân;Ngày sinh;Giới tính;Thôn\n"
                  "Trần Thị Mai;040190001234;05/03/1990;Nữ;Xóm 3\n"
                  "Phạm Văn Đức;040085004321;01/01/1985;Nam;Xóm 3\n"_s);
        QCOMPARE(cli({u"import"_s, u"residents"_s, cli.path(u"people.csv"_s)}).exitCode, 0);

        writeFile(cli.path(u"ho.csv"_s),
                  u"Số định danh chủ hộ,Họ và tên chủ hộ,Phân loại hộ,Năm rà soát,Việc làm,Bảo hiểm y tế\n"
                  "040190001234,Trần Thị Mai,Hộ nghèo,2025,x,x\n"
                  "040085004321,Phạm Văn Đức,Cận nghèo,2025,,x\n"
                  "040085009999,Không Có,Hộ nghèo,2025,,\n"_s);
        const Run hhRefused = cli({u"import"_s, u"households"_s, cli.path(u"ho.csv"_s)});
        QCOMPARE(hhRefused.exitCode, 2);
        QVERIFY2(hhRefused.err.contains(u"Row 4"_s) && hhRefused.err.contains(u"import the residents first"_s),
                 qPrintable(hhRefused.err));
        const Run hh = cli({u"import"_s, u"households"_s, cli.path(u"ho.csv"_s), u"--skip-invalid"_s});
        QCOMPARE(hh.exitCode, 0);
        QVERIFY2(hh.out.contains(u"Imported 2 records"_s), qPrintable(hh.out));

        writeFile(cli.path(u"btxh.csv"_s),
                  u"STT,Họ và tên,Số định danh cá nhân,Ngày sinh,Diện hưởng,Số quyết định,Ngày quyết định,"
                  "Ngày hưởng,Hình thức chi trả\n"
                  "1,Trần Thị Mai,040190001234,05/03/1990,k1,12/QĐ-UBND,01/02/2026,01/03/2026,Tiền mặt\n"_s);
        const Run welfare = cli({u"import"_s, u"welfare"_s, cli.path(u"btxh.csv"_s)});
        QCOMPARE(welfare.exitCode, 2);
        QVERIFY2(welfare.err.contains(u"Diện hưởng"_s) && welfare.err.contains(u"k1"_s), qPrintable(welfare.err));

        for (const QString& kind : {u"residents"_s, u"households"_s, u"welfare"_s, u"labour"_s, u"land"_s,
                                    u"certified-copies"_s}) {
            for (const QString& ext : {u"csv"_s, u"xlsx"_s}) {
                const QString out = cli.path(kind + u"."_s + ext);
                const Run exported = cli({u"export"_s, kind, u"--out"_s, out});
                QVERIFY2(exported.exitCode == 0, qPrintable(kind + exported.err));
                QVERIFY(QFileInfo(out).size() > 100);
            }
            // The exported CSV has a header row and one line per record.
            const QString csv = readFile(cli.path(kind + u".csv"_s));
            QVERIFY2(csv.count(u'\n') > 1, qPrintable(kind));
        }
        // A member of a demo household (a child) listed as a head is refused, naming the real head.
        QString child;
        for (const QString& line : readFile(cli.path(u"residents.csv"_s)).split(u'\n')) {
            if (line.contains(u",Con,"_s)) {
                child = line.section(u',', 0, 0);
                break;
            }
        }
        QVERIFY(!child.isEmpty());
        writeFile(cli.path(u"ho2.csv"_s), u"Số định danh chủ hộ,Phân loại hộ,Năm rà soát\n%1,Hộ nghèo,2025\n"_s.arg(child));
        const Run member = cli({u"import"_s, u"households"_s, cli.path(u"ho2.csv"_s)});
        QCOMPARE(member.exitCode, 2);
        QVERIFY2(member.err.contains(u"belongs to a household headed by"_s), qPrintable(member.err));

        const QString households = readFile(cli.path(u"households.csv"_s));
        QVERIFY2(households.contains(u"040190001234,Trần Thị Mai,"_s) && households.contains(u",Hộ nghèo,2025,"_s),
                 qPrintable(households.left(2000)));
        // An exported welfare list imports back into a fresh vault's format checks (dry run).
        const Run back = cli({u"import"_s, u"welfare"_s, cli.path(u"welfare.csv"_s), u"--dry-run"_s});
        QVERIFY2(back.exitCode == 0, qPrintable(back.err + back.out));

        const Run bogus = cli({u"import"_s, u"ruong-dat"_s, cli.path(u"ho.csv"_s)});
        QCOMPARE(bogus.exitCode, 1);
        QVERIFY(bogus.err.contains(u"certified-copies"_s));
        QCOMPARE(cli({u"audit"_s, u"verify"_s}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestRecordsBinary)
#include "tst_records_binary.moc"
