// Welfare beneficiaries on a real vault: derived amounts by period, validation, rights, the
// sensitive disability level, base levels, conflicts, paging and the dashboard counters.
#include "aggregate_snapshot.h"
#include "domain/changes/aggregates.h"
#include "domain/welfare/welfare_repository.h"
#include "vault_fixture.h"

#include <QTest>

using namespace xaso;
using namespace xaso::domain;

namespace {

using xaso::test::aggregateSnapshot;

qint64 auditCount(storage::Database& db, const QString& action)
{
    auto st = db.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
    st->bind(1, action);
    return *st->step() ? st->int64(0) : -1;
}

WelfareBeneficiary infant()
{
    WelfareBeneficiary b;
    b.residentId = QStringLiteral("040222001234"); // Nghệ An, 2022, male
    b.fullName = QStringLiteral("Nguyễn Văn An");
    b.birthDate = QDate(2022, 5, 10);
    b.clause = QStringLiteral("K1");
    b.point = QStringLiteral("b");
    b.decisionNumber = QStringLiteral("125/QĐ-UBND");
    b.decisionDate = QDate(2023, 1, 5);
    b.startDate = QDate(2023, 2, 1);
    b.paymentKind = QStringLiteral("bank");
    b.accountRef = QStringLiteral("0123456789");
    b.hamletCode = QStringLiteral("T01");
    return b;
}

WelfareBeneficiary disabledAdult()
{
    WelfareBeneficiary b;
    b.residentId = QStringLiteral("040085004321");
    b.fullName = QStringLiteral("Trần Thị Bình");
    b.birthDate = QDate(1985, 3, 2);
    b.clause = QStringLiteral("k6");
    b.disabilityLevel = QStringLiteral("Đặc biệt nặng");
    b.decisionNumber = QStringLiteral("130/QĐ-UBND");
    b.startDate = QDate(2022, 1, 1);
    b.paymentKind = QStringLiteral("cash");
    b.hamletCode = QStringLiteral("T02");
    return b;
}

} // namespace

class TestWelfareRepository final : public QObject
{
    Q_OBJECT
private:
    std::optional<RoleCatalog> m_roles;
    WelfareRules m_rules;

private slots:
    void initTestCase()
    {
        QVERIFY(crypto::initializeCrypto().ok());
        auto roles = RoleCatalog::load();
        QVERIFY(roles.ok());
        m_roles = *roles;
        auto rules = WelfareRules::load();
        QVERIFY(rules.ok());
        m_rules = *rules;
    }

    void amountFollowsTheBaseLevelOfThePeriod()
    {
        test::TempVault tv({QStringLiteral("van_hoa_xa_hoi")});
        WelfareRepository repo(*tv.vault, *m_roles, m_rules);
        tv.clock.set(QDateTime(QDate(2023, 6, 1), QTime(3, 0), Qt::UTC));
        auto saved = repo.insert(infant());
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        auto b = repo.get(saved->id);
        QVERIFY(b.ok());
        QCOMPARE(b->clause, QStringLiteral("k1"));
        QCOMPARE(b->coefficient, 2.5); // aged 1
        QCOMPARE(b->baseLevel, qint64(360000));
        QCOMPARE(b->monthlyAmount, qint64(900000));

        // After the raise (and the child's fourth birthday) a recalculation moves both.
        tv.clock.set(QDateTime(QDate(2026, 6, 1), QTime(3, 0), Qt::UTC));
        auto changed = repo.recalculate();
        QVERIFY2(changed.ok(), qPrintable(changed.message()));
        QCOMPARE(*changed, 1);
        b = repo.get(saved->id);
        QCOMPARE(b->coefficient, 1.5);
        QCOMPARE(b->baseLevel, qint64(500000));
        QCOMPARE(b->monthlyAmount, qint64(750000));
        QCOMPARE(
            *Aggregates(tv.vault->db()).value(QStringLiteral("welfare.monthly_total"), QStringLiteral("k1")),
            qint64(750000));
    }

    void singleParentIsPaidPerChild()
    {
        test::TempVault tv({QStringLiteral("van_hoa_xa_hoi")});
        WelfareRepository repo(*tv.vault, *m_roles, m_rules);
        WelfareBeneficiary b = disabledAdult();
        b.clause = QStringLiteral("k4");
        b.disabilityLevel.clear();
        b.childCount = 3;
        auto saved = repo.insert(b);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        QCOMPARE(repo.get(saved->id)->monthlyAmount, qint64(1500000));
        b.childCount = 0;
        QVERIFY(repo.insert(b).message().contains(QLatin1String("number of children")));
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("age does not fit")
            << QStringLiteral("clause") << QStringLiteral("does not fit category k5a");
        QTest::newRow("decision number")
            << QStringLiteral("decision_number") << QStringLiteral("decision number is missing");
        QTest::newRow("end before start")
            << QStringLiteral("end_date") << QStringLiteral("before the start date");
        QTest::newRow("bad personal ID") << QStringLiteral("resident_id") << QStringLiteral("12 digits");
        QTest::newRow("account for bank")
            << QStringLiteral("account_ref") << QStringLiteral("account number");
        QTest::newRow("k6 severity") << QStringLiteral("disability_level")
                                     << QStringLiteral("disability level");
    }
    void validationNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, fragment);
        test::TempVault tv({QStringLiteral("van_hoa_xa_hoi")});
        WelfareRepository repo(*tv.vault, *m_roles, m_rules);
        WelfareBeneficiary b = infant();
        if (field == QLatin1String("clause"))
            b.clause = QStringLiteral("k5a"), b.point.clear();
        else if (field == QLatin1String("decision_number"))
            b.decisionNumber = QStringLiteral("  ");
        else if (field == QLatin1String("end_date"))
            b.endDate = QDate(2023, 1, 1);
        else if (field == QLatin1String("resident_id"))
            b.residentId = QStringLiteral("04022200123");
        else if (field == QLatin1String("account_ref"))
            b.accountRef.clear();
        else
            b = disabledAdult(), b.disabilityLevel = QStringLiteral("nhẹ");
        auto r = repo.insert(b);
        QCOMPARE(r.code(), ErrorCode::InvalidArgument);
        QVERIFY2(r.message().contains(fragment), qPrintable(r.message()));
        QCOMPARE(tv.vault->db().scalar(QStringLiteral("SELECT count(*) FROM welfare_beneficiaries"))->toInt(),
                 0);
    }

    void idWarningDoesNotBlock()
    {
        test::TempVault tv({QStringLiteral("van_hoa_xa_hoi")});
        WelfareRepository repo(*tv.vault, *m_roles, m_rules);
        WelfareBeneficiary b = infant();
        b.residentId = QStringLiteral("040221001234"); // says 2021
        auto saved = repo.insert(b);
        QVERIFY(saved.ok());
        QCOMPARE(saved->warnings.size(), 1);
        QCOMPARE(saved->warnings.constFirst().field, QStringLiteral("resident_id"));
    }

    void roleWithoutTheRightIsRefused()
    {
        test::TempVault tv({QStringLiteral("dia_chinh")});
        WelfareRepository repo(*tv.vault, *m_roles, m_rules);
        auto w = repo.insert(infant());
        QCOMPARE(w.code(), ErrorCode::PermissionDenied);
        QVERIFY(w.message().contains(QLatin1String("welfare")));
        QCOMPARE(repo.list({}).code(), ErrorCode::PermissionDenied);
        QCOMPARE(
            repo.addBaseLevel({QString(), 600000, QDate(2027, 1, 1), {}, QStringLiteral("NĐ x"), {}}).code(),
            ErrorCode::PermissionDenied);
    }

    void disabilityLevelIsSensitive()
    {
        test::TempVault tv({QStringLiteral("van_hoa_xa_hoi")});
        QString id;
        {
            WelfareRepository repo(*tv.vault, *m_roles, m_rules);
            auto saved = repo.insert(disabledAdult());
            QVERIFY2(saved.ok(), qPrintable(saved.message()));
            id = saved->id;
            const qint64 before = auditCount(tv.vault->db(), QStringLiteral("read-sensitive"));
            auto b = repo.get(id);
            QCOMPARE(b->disabilityLevel, QStringLiteral("especially_severe"));
            QCOMPARE(b->coefficient, 2.0);
            QCOMPARE(auditCount(tv.vault->db(), QStringLiteral("read-sensitive")), before + 1);
            auto page = repo.list({});
            QVERIFY(page->items.constFirst().disabilityLevel.isEmpty()); // lists never carry it
        }
        // The accountant reads welfare but not its sensitive fields: hidden, and no audit row.
        QVERIFY(tv.vault->db().exec(QStringLiteral("UPDATE profile SET roles = 'ke_toan'")).ok());
        tv.vault->lock();
        auto reopened = storage::Vault::open(tv.path, test::kPassword, tv.clock);
        QVERIFY(reopened.ok());
        WelfareRepository repo(**reopened, *m_roles, m_rules);
        const qint64 before = auditCount((*reopened)->db(), QStringLiteral("read-sensitive"));
        auto b = repo.get(id);
        QVERIFY(b.ok());
        QVERIFY(b->sensitiveHidden);
        QVERIFY(b->disabilityLevel.isEmpty());
        QCOMPARE(auditCount((*reopened)->db(), QStringLiteral("read-sensitive")), before);
        QCOMPARE(repo.insert(infant()).code(), ErrorCode::PermissionDenied);
    }

    void editsAndConflicts()
    {
        test::TempVault tv({QStringLiteral("van_hoa_xa_hoi")});
        WelfareRepository repo(*tv.vault, *m_roles, m_rules);
        auto saved = repo.insert(infant());
        QVERIFY(saved.ok());
        const WelfareBeneficiary opened = *repo.get(saved->id);
        WelfareBeneficiary mine = opened;
        mine.accountRef = QStringLiteral("999");
        WelfareBeneficiary theirs = opened;
        theirs.accountRef = QStringLiteral("888");
        theirs.hamletCode = QStringLiteral("T05");
        QVERIFY(repo.update(opened, theirs).ok());
        auto conflict = repo.update(opened, mine);
        QCOMPARE(conflict.code(), ErrorCode::Conflict);
        QVERIFY(conflict.message().contains(QLatin1String("account_ref")));
        // A different field merges with theirs instead of undoing it.
        WelfareBeneficiary other = opened;
        other.note = QStringLiteral("đã xác minh tại nhà");
        QVERIFY(repo.update(opened, other).ok());
        auto now = repo.get(saved->id);
        QCOMPARE(now->hamletCode, QStringLiteral("T05"));
        QCOMPARE(now->accountRef, QStringLiteral("888"));
        QCOMPARE(now->note, QStringLiteral("đã xác minh tại nhà"));
        QCOMPARE(repo.update(opened, mine).code(), ErrorCode::Conflict);
        QVERIFY(repo.remove(saved->id).ok());
        QCOMPARE(repo.get(saved->id).code(), ErrorCode::NotFound);
    }

    void baseLevelsAreSeededAndExtendable()
    {
        test::TempVault tv({QStringLiteral("van_hoa_xa_hoi")});
        WelfareRepository repo(*tv.vault, *m_roles, m_rules);
        auto levels = repo.baseLevels();
        QVERIFY(levels.ok());
        QCOMPARE(levels->size(), 2);
        QCOMPARE(*repo.baseLevelAt(QDate(2024, 6, 30)), qint64(360000));
        auto added = repo.addBaseLevel(
            {QString(), 600000, QDate(2027, 1, 1), {}, QStringLiteral("Nghị định mới"), {}});
        QVERIFY2(added.ok(), qPrintable(added.message()));
        QCOMPARE(*repo.baseLevelAt(QDate(2026, 12, 31)), qint64(500000));
        QCOMPARE(*repo.baseLevelAt(QDate(2027, 1, 1)), qint64(600000));
        QCOMPARE(
            repo.addBaseLevel({QString(), 700000, QDate(2027, 1, 1), {}, QStringLiteral("x"), {}}).code(),
            ErrorCode::Conflict);
        QCOMPARE(tv.vault->db()
                     .scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE tbl = "
                                            "'welfare_base_levels'"))
                     ->toInt(),
                 1); // the officer's level syncs; the seeded ones are the program's own data
    }

    void pagingAndFilters()
    {
        test::TempVault tv({QStringLiteral("van_hoa_xa_hoi")});
        WelfareRepository repo(*tv.vault, *m_roles, m_rules);
        const QStringList names{QStringLiteral("Lê Văn Chín"), QStringLiteral("Đặng Thị Dung"),
                                QStringLiteral("Nguyễn Văn Em"), QStringLiteral("Phạm Thị Gấm"),
                                QStringLiteral("Hồ Văn Hải")};
        for (qsizetype i = 0; i < names.size(); ++i) {
            WelfareBeneficiary b = infant();
            b.fullName = names.at(i);
            b.hamletCode = i % 2 ? QStringLiteral("T02") : QStringLiteral("T01");
            QVERIFY(repo.insert(b).ok());
        }
        ListQuery q;
        q.limit = 2;
        QStringList seen;
        for (;;) {
            auto page = repo.list(q);
            QVERIFY(page.ok());
            for (const WelfareBeneficiary& b : page->items)
                seen << b.fullName;
            if (!page->hasMore)
                break;
            q.afterSortKey = page->nextSortKey;
            q.afterId = page->nextId;
        }
        QCOMPARE(seen.size(), 5);
        QCOMPARE(seen.constFirst(), QStringLiteral("Đặng Thị Dung")); // folded: "dang thi dung"
        ListQuery byHamlet;
        byHamlet.hamlet = QStringLiteral("T02");
        QCOMPARE(repo.list(byHamlet)->items.size(), 2);
        ListQuery search;
        search.search = QStringLiteral("nguyen v");
        QCOMPARE(repo.list(search)->items.size(), 1);
        ListQuery byClause;
        byClause.category = QStringLiteral("k6");
        QCOMPARE(repo.list(byClause)->items.size(), 0);
    }

    void aggregatesEqualARebuild()
    {
        test::TempVault tv({QStringLiteral("van_hoa_xa_hoi")});
        WelfareRepository repo(*tv.vault, *m_roles, m_rules);
        auto a = repo.insert(infant());
        auto b = repo.insert(disabledAdult());
        tv.clock.advanceMs(8LL * 24 * 3600 * 1000); // the next ISO week
        auto c = repo.insert(disabledAdult());
        QVERIFY(a.ok() && b.ok() && c.ok());
        QVERIFY(repo.setVerification(a->id, Verification::Mismatch, {QStringLiteral("birth_date")}).ok());
        QVERIFY(repo.setVerification(b->id, Verification::Verified).ok());
        QVERIFY(repo.remove(c->id).ok());
        Aggregates agg(tv.vault->db());
        QCOMPARE(*agg.value(QStringLiteral("welfare.by_category"), QStringLiteral("k6")), qint64(1));
        QCOMPARE(*agg.value(QStringLiteral("welfare.monthly_total"), QStringLiteral("k6")), qint64(1000000));
        QCOMPARE(*agg.value(QStringLiteral("records.verification"), QStringLiteral("welfare"),
                            QStringLiteral("mismatch")),
                 qint64(1));
        QCOMPARE(*agg.value(QStringLiteral("records.added_week"), QStringLiteral("welfare"),
                            QStringLiteral("2026-W48")),
                 qint64(2));
        const QString incremental = aggregateSnapshot(tv.vault->db());
        QVERIFY(repo.rebuildAggregates().ok());
        QCOMPARE(aggregateSnapshot(tv.vault->db()), incremental);
        QVERIFY(!incremental.contains(QLatin1String("2026-W49"))); // the deleted record's week is gone
    }
};

QTEST_GUILESS_MAIN(TestWelfareRepository)
#include "tst_welfare_repository.moc"
