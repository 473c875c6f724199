// The social-assistance rule table (Nghị định 20/2021 Điều 5–6) loaded from resources/data/welfare/.
#include "domain/welfare/welfare_rules.h"

#include <QTest>

using namespace xaso;
using namespace xaso::domain;

Q_DECLARE_METATYPE(xaso::domain::DisabilitySeverity)

class TestWelfareRules final : public QObject
{
    Q_OBJECT
private:
    WelfareRules m_rules;

private slots:
    void initTestCase()
    {
        auto rules = WelfareRules::load();
        QVERIFY2(rules.ok(), qPrintable(rules.message()));
        m_rules = *rules;
    }

    void tableIsComplete()
    {
        const QStringList clauses = m_rules.clauses();
        for (const char* c : {"k1", "k2", "k3", "k4", "k5a", "k5b", "k5c", "k5d", "k6", "k7", "k8"})
            QVERIFY2(clauses.contains(QString::fromLatin1(c)), c);
        for (const WelfareCategory& c : m_rules.categories()) {
            QVERIFY(!c.legalBasis.isEmpty());
            QCOMPARE(c.validFrom, QDate(2021, 7, 1));
        }
        QCOMPARE(m_rules.points().size(), 11); // a b c d đ e g h i k l
        QVERIFY(m_rules.baseLevels().constLast().note.contains(QLatin1String("to confirm")));
    }

    void coefficient_data()
    {
        QTest::addColumn<QString>("clause");
        QTest::addColumn<QString>("point");
        QTest::addColumn<int>("age");
        QTest::addColumn<DisabilitySeverity>("severity");
        QTest::addColumn<double>("expected"); // -1: refused
        const auto none = DisabilitySeverity::None;
        const auto severe = DisabilitySeverity::Severe;
        const auto esp = DisabilitySeverity::EspeciallySevere;
        auto row = [](const char* name, const char* clause, const char* point, int age, DisabilitySeverity s,
                      double expected) {
            QTest::newRow(name) << QString::fromLatin1(clause) << QString::fromUtf8(point) << age << s
                                << expected;
        };
        row("k1 newborn", "k1", "a", 0, none, 2.5);
        row("k1 age 3", "k1", "b", 3, none, 2.5);
        row("k1 age 4 boundary", "k1", "b", 4, none, 1.5);
        row("k1 age 15", "k1", "đ", 15, none, 1.5);
        row("k1 age 16 refused", "k1", "a", 16, none, -1);
        row("k2 age 16 boundary", "k2", "c", 16, none, 1.5);
        row("k2 age 22", "k2", "", 22, none, 1.5);
        row("k2 age 15 refused", "k2", "", 15, none, -1);
        row("k3 age 3", "k3", "", 3, none, 2.5);
        row("k3 age 4 boundary", "k3", "", 4, none, 2.0);
        row("k3 age 15", "k3", "", 15, none, 2.0);
        row("k3 age 16 refused", "k3", "", 16, none, -1);
        row("k4 per child", "k4", "", 35, none, 1.0);
        row("k5a age 59 refused", "k5a", "", 59, none, -1);
        row("k5a age 60 boundary", "k5a", "", 60, none, 1.5);
        row("k5a age 79", "k5a", "", 79, none, 1.5);
        row("k5a age 80 boundary", "k5a", "", 80, none, 2.0);
        row("k5b age 75", "k5b", "", 75, none, 1.0);
        row("k5b age 80 refused", "k5b", "", 80, none, -1);
        row("k5c age 80", "k5c", "", 80, none, 1.0);
        row("k5c age 79 refused", "k5c", "", 79, none, -1);
        row("k5d", "k5d", "", 70, none, 3.0);
        row("k6 severe adult", "k6", "", 30, severe, 1.5);
        row("k6 severe child", "k6", "", 10, severe, 2.0);
        row("k6 severe age 16 boundary", "k6", "", 16, severe, 1.5);
        row("k6 severe elderly 60 boundary", "k6", "", 60, severe, 2.0);
        row("k6 especially severe adult", "k6", "", 59, esp, 2.0);
        row("k6 especially severe child", "k6", "", 15, esp, 2.5);
        row("k6 especially severe elderly", "k6", "", 80, esp, 2.5);
        row("k6 without severity refused", "k6", "", 30, none, -1);
        row("k7 age 2", "k7", "", 2, none, 1.5);
        row("k7 age 3 refused", "k7", "", 3, none, -1);
        row("k8", "k8", "", 40, none, 1.5);
        row("unknown clause", "k9", "", 40, none, -1);
        row("point on a clause without points", "k4", "a", 35, none, -1);
        row("unknown point", "k1", "f", 5, none, -1);
    }
    void coefficient()
    {
        QFETCH(QString, clause);
        QFETCH(QString, point);
        QFETCH(int, age);
        QFETCH(DisabilitySeverity, severity);
        QFETCH(double, expected);
        auto c = m_rules.coefficient(clause, point, age, severity, QDate(2025, 1, 1));
        if (expected < 0) {
            QVERIFY(!c.ok());
            QCOMPARE(c.code(), ErrorCode::InvalidArgument);
            QVERIFY(!c.message().isEmpty());
        } else {
            QVERIFY2(c.ok(), qPrintable(c.message()));
            QCOMPARE(*c, expected);
        }
    }

    void ageMessageNamesTheRange()
    {
        auto c = m_rules.coefficient(QStringLiteral("k5a"), {}, 59, DisabilitySeverity::None);
        QVERIFY(c.message().contains(QLatin1String("59")));
        QVERIFY(c.message().contains(QLatin1String("60 and over")));
    }

    void baseLevelByDate_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<qint64>("expected"); // 0: none
        QTest::newRow("before the decree") << QDate(2021, 6, 30) << qint64(0);
        QTest::newRow("first day") << QDate(2021, 7, 1) << qint64(360000);
        QTest::newRow("last day of 360k") << QDate(2024, 6, 30) << qint64(360000);
        QTest::newRow("first day of 500k") << QDate(2024, 7, 1) << qint64(500000);
        QTest::newRow("2026") << QDate(2026, 11, 23) << qint64(500000);
    }
    void baseLevelByDate()
    {
        QFETCH(QDate, date);
        QFETCH(qint64, expected);
        auto b = m_rules.baseLevelAt(date);
        if (expected == 0) {
            QCOMPARE(b.code(), ErrorCode::NotFound);
        } else {
            QVERIFY(b.ok());
            QCOMPARE(*b, expected);
        }
    }

    void monthlyAmountAtBothLevels_data()
    {
        QTest::addColumn<QString>("clause");
        QTest::addColumn<int>("age");
        QTest::addColumn<QDate>("at");
        QTest::addColumn<qint64>("amount");
        QTest::newRow("k1 infant 2023") << QStringLiteral("k1") << 2 << QDate(2023, 3, 1) << qint64(900000);
        QTest::newRow("k1 infant 2025") << QStringLiteral("k1") << 2 << QDate(2025, 3, 1) << qint64(1250000);
        QTest::newRow("k5a 85 2024-06-30")
            << QStringLiteral("k5a") << 85 << QDate(2024, 6, 30) << qint64(720000);
        QTest::newRow("k5a 85 2024-07-01")
            << QStringLiteral("k5a") << 85 << QDate(2024, 7, 1) << qint64(1000000);
        QTest::newRow("k5d 2023") << QStringLiteral("k5d") << 70 << QDate(2023, 1, 1) << qint64(1080000);
        QTest::newRow("k8 2025") << QStringLiteral("k8") << 40 << QDate(2025, 1, 1) << qint64(750000);
    }
    void monthlyAmountAtBothLevels()
    {
        QFETCH(QString, clause);
        QFETCH(int, age);
        QFETCH(QDate, at);
        QFETCH(qint64, amount);
        auto a = m_rules.monthlyAmount(clause, {}, age, DisabilitySeverity::None, at);
        QVERIFY2(a.ok(), qPrintable(a.message()));
        QCOMPARE(*a, amount);
    }

    void roundsToTheDong()
    {
        QCOMPARE(WelfareRules::monthlyAmount(333333, 1.5), qint64(500000)); // 499999.5 → 500000
        QCOMPARE(WelfareRules::monthlyAmount(360000, 2.5), qint64(900000));
    }

    void brokenTableNamesTheFault()
    {
        auto bad = WelfareRules::fromJson(QByteArrayLiteral("{\"rulesVersion\": 1, \"categories\": ["));
        QCOMPARE(bad.code(), ErrorCode::InvalidArgument);
        QVERIFY(bad.message().contains(QLatin1String("byte")));
        auto noClause = WelfareRules::fromJson(QByteArrayLiteral(
            R"({"rulesVersion": 1, "baseLevels": [{"id": "x", "amount": 1, "validFrom": "2021-07-01"}],
                "categories": [{"validFrom": "2021-07-01", "coefficients": [{"value": 1}]}]})"));
        QVERIFY(noClause.message().contains(QLatin1String("clause")));
    }

    void severityLabels()
    {
        QCOMPARE(parseSeverity(QStringLiteral("Đặc biệt nặng")), DisabilitySeverity::EspeciallySevere);
        QCOMPARE(parseSeverity(QStringLiteral("nang")), DisabilitySeverity::Severe);
        QCOMPARE(parseSeverity(QString()), DisabilitySeverity::None);
        QVERIFY(!parseSeverity(QStringLiteral("nhẹ")));
    }
};

QTEST_GUILESS_MAIN(TestWelfareRules)
#include "tst_welfare_rules.moc"
