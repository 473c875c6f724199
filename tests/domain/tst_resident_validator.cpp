// ResidentValidator and the insert path: the personal ID's structure (messages name the position
// or code), the ID against birth year and sex (warnings), impossible and future dates, the name,
// the phone, and a duplicate ID refused with the ID named.

#include "domain/residents/resident_repository.h"
#include "domain/residents/resident_validator.h"
#include "tst_resident_support.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::domain;

namespace {

ResidentInput input(const QString& id, const QString& name = u"Nguyễn Văn Dũng"_s,
                    const QString& birth = u"12/05/1985"_s, const QString& sex = u"Nam"_s)
{
    ResidentInput in;
    in.personalId = id;
    in.fullName = name;
    in.birthDate = birth;
    in.sex = sex;
    return in;
}

QStringList messages(const QList<FieldIssue>& issues)
{
    QStringList out;
    for (const FieldIssue& i : issues)
        out.append(i.field + u" → "_s + i.message);
    return out;
}

} // namespace

class TestResidentValidator final : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC)};

private slots:
    void personalId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("errorField");    // empty: valid
        QTest::addColumn<QString>("errorMentions"); // a fragment of the message
        QTest::newRow("valid") << u"001085012345"_s << QString() << QString();
        QTest::newRow("valid with spaces around") << u"  001085012345 "_s << QString() << QString();
        QTest::newRow("letter at position 5") << u"0010a5012345"_s << u"personalId"_s << u"Character 5"_s;
        QTest::newRow("11 digits") << u"00108501234"_s << u"personalId"_s << u"this one has 11"_s;
        QTest::newRow("9 digits like a CMND") << u"123456789"_s << u"personalId"_s << u"CMND"_s;
        QTest::newRow("unknown place code") << u"100085012345"_s << u"personalId"_s << u"100"_s;
        QTest::newRow("province code 003 unused") << u"003085012345"_s << u"personalId"_s << u"003"_s;
        QTest::newRow("empty") << QString() << u"personalId"_s << u"empty"_s;
    }

    void personalId()
    {
        QFETCH(QString, id);
        QFETCH(QString, errorField);
        QFETCH(QString, errorMentions);
        Resident r;
        const ValidationReport report = ResidentValidator(m_clock).parse(input(id), r);
        if (errorField.isEmpty()) {
            QVERIFY2(report.ok(), qPrintable(report.errorText()));
            QCOMPARE(r.id, id.trimmed());
            QVERIFY(report.warnings.isEmpty());
            return;
        }
        QCOMPARE(report.errors.size(), 1);
        QCOMPARE(report.errors.first().field, errorField);
        QVERIFY2(report.errors.first().message.startsWith(u"Personal ID: "_s),
                 qPrintable(report.errorText()));
        QVERIFY2(report.errors.first().message.contains(errorMentions), qPrintable(report.errorText()));
    }

    void idAgainstRecord_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("birth");
        QTest::addColumn<QString>("sex");
        QTest::addColumn<QStringList>("warningFragments");
        QTest::newRow("agrees") << u"001085012345"_s << u"1985"_s << u"Nam"_s << QStringList();
        QTest::newRow("birth year differs")
            << u"001085012345"_s << u"12/05/1986"_s << u"Nam"_s << QStringList{u"birth year 1985"_s};
        QTest::newRow("sex differs") << u"001085012345"_s << u"1985"_s << u"Nữ"_s
                                     << QStringList{u"belongs to a man"_s};
        QTest::newRow("woman recorded as man")
            << u"001190012345"_s << u"1990"_s << u"nam"_s << QStringList{u"belongs to a woman"_s};
        QTest::newRow("both differ, 2000s") << u"001205012345"_s << u"1985"_s << u"Nữ"_s
                                            << QStringList{u"birth year 2005"_s, u"belongs to a man"_s};
        QTest::newRow("ID in the future")
            << u"001230012345"_s << u""_s << u""_s << QStringList{u"has not come yet"_s};
    }

    void idAgainstRecord()
    {
        QFETCH(QString, id);
        QFETCH(QString, birth);
        QFETCH(QString, sex);
        QFETCH(QStringList, warningFragments);
        Resident r;
        const ValidationReport report =
            ResidentValidator(m_clock).parse(input(id, u"Lê Thị Hoa"_s, birth, sex), r);
        QVERIFY2(report.ok(), qPrintable(report.errorText())); // warnings never block
        QCOMPARE(report.warnings.size(), warningFragments.size());
        for (qsizetype i = 0; i < warningFragments.size(); ++i) {
            QCOMPARE(report.warnings.at(i).field, u"personalId"_s);
            QVERIFY2(report.warnings.at(i).message.contains(warningFragments.at(i)),
                     qPrintable(messages(report.warnings).join(u'\n')));
        }
    }

    void fields_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("birth");
        QTest::addColumn<QString>("sex");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("no day 31 in February")
            << u"Lê Hoa"_s << u"31/02/1990"_s << u"Nữ"_s << u"birthDate"_s << u"Date of birth: "_s;
        QTest::newRow("month 13") << u"Lê Hoa"_s << u"12/13/1990"_s << u"Nữ"_s << u"birthDate"_s << u"13"_s;
        QTest::newRow("born tomorrow") << u"Lê Hoa"_s << u"24/11/2026"_s << u"Nữ"_s << u"birthDate"_s
                                       << u"24/11/2026 is in the future"_s;
        QTest::newRow("born next year")
            << u"Lê Hoa"_s << u"2027"_s << u"Nữ"_s << u"birthDate"_s << u"2027 has not come yet"_s;
        QTest::newRow("name missing")
            << u"   "_s << u"1990"_s << u"Nữ"_s << u"fullName"_s << u"Full name: required"_s;
        QTest::newRow("digits in name")
            << u"Lê Hoa 2"_s << u"1990"_s << u"Nữ"_s << u"fullName"_s << u"digits"_s;
        QTest::newRow("sex unknown") << u"Lê Hoa"_s << u"1990"_s << u"khác"_s << u"sex"_s << u"Sex: “khác”"_s;
    }

    void fields()
    {
        QFETCH(QString, name);
        QFETCH(QString, birth);
        QFETCH(QString, sex);
        QFETCH(QString, field);
        QFETCH(QString, fragment);
        Resident r;
        const ValidationReport report =
            ResidentValidator(m_clock).parse(input(u"001190012345"_s, name, birth, sex), r);
        QCOMPARE(report.errors.size(), 1);
        QCOMPARE(report.errors.first().field, field);
        QVERIFY2(report.errors.first().message.contains(fragment), qPrintable(report.errorText()));
    }

    void normalises()
    {
        ResidentInput in =
            input(u"001190012345"_s, u"  Đặng   Thị  Hoa "_s.normalized(QString::NormalizationForm_D),
                  u"1990"_s, u"NỮ"_s);
        in.phone = u"+84 91 234 5678"_s;
        Resident r;
        const ValidationReport report = ResidentValidator(m_clock).parse(in, r);
        QVERIFY2(report.ok(), qPrintable(report.errorText()));
        QCOMPARE(r.fullName, u"Đặng Thị Hoa"_s);
        QCOMPARE(r.fullName, r.fullName.normalized(QString::NormalizationForm_C));
        QCOMPARE(r.phone, u"0912345678"_s);
        QCOMPARE(r.birthYear, 1990);
        QVERIFY(!r.birthDate.isValid()); // only the year is known
        QCOMPARE(r.sex, std::optional<Sex>(Sex::Female));

        in.phone = u"0123 456 789"_s;
        const ValidationReport bad = ResidentValidator(m_clock).parse(in, r);
        QCOMPARE(bad.errors.size(), 1);
        QCOMPARE(bad.errors.first().field, u"phone"_s);
        QVERIFY(bad.errors.first().message.startsWith(u"Phone number: "_s));
    }

    void insertRefusesDuplicateId()
    {
        test::TempVault tv(test::policeRole());
        ResidentRepository repo(*tv.vault, test::roleCatalog());
        auto first =
            repo.insert(test::person(u"001085012345"_s, u"Nguyễn Văn Dũng"_s, QDate(1985, 5, 12), Sex::Male));
        QVERIFY2(first.ok(), qPrintable(first.message()));
        QVERIFY(first->isEmpty());
        auto again =
            repo.insert(test::person(u"001085012345"_s, u"Nguyễn Văn Dũng"_s, QDate(1985, 5, 12), Sex::Male));
        QVERIFY(!again.ok());
        QCOMPARE(again.code(), ErrorCode::Conflict);
        QVERIFY2(again.message().contains(u"001085012345"_s), qPrintable(again.message()));
        QCOMPARE(test::scalar(*tv.vault, u"SELECT count(*) FROM residents"_s), 1);

        Resident checked = test::person(u"001085012345"_s, u"Trần Văn Nam"_s, QDate(1985, 1, 1), Sex::Male);
        const ValidationReport report = repo.validate(checked);
        QCOMPARE(report.errors.size(), 1);
        QVERIFY(report.errors.first().message.contains(u"already recorded"_s));
    }

    void insertReturnsWarningsAndRefusesErrors()
    {
        test::TempVault tv(test::policeRole());
        ResidentRepository repo(*tv.vault, test::roleCatalog());
        auto warned =
            repo.insert(test::person(u"001085012345"_s, u"Nguyễn Văn Dũng"_s, QDate(1986, 5, 12), Sex::Male));
        QVERIFY2(warned.ok(), qPrintable(warned.message()));
        QCOMPARE(warned->size(), 1);
        QVERIFY(warned->first().message.contains(u"1985"_s));

        auto future = repo.insert(
            test::person(u"001226012345"_s, u"Lê Văn Tương Lai"_s, QDate(2026, 12, 1), Sex::Male));
        QCOMPARE(future.code(), ErrorCode::InvalidArgument);
        QVERIFY2(future.message().contains(u"Date of birth"_s), qPrintable(future.message()));
        QCOMPARE(test::scalar(*tv.vault, u"SELECT count(*) FROM residents"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestResidentValidator)
#include "tst_resident_validator.moc"
