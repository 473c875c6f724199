#include "storage/audit_log.h"
#include "vault_fixture.h"

#include <QTest>

using namespace xaso;
using namespace xaso::storage;

namespace {

void appendRows(Vault& v, int n)
{
    for (int i = 0; i < n; ++i) {
        auto s = v.writeAudited({QStringLiteral("settings"), QString::number(i), QStringLiteral("update"),
                                 QStringLiteral("row %1").arg(i)},
                                [](Database&) { return Status(); });
        QVERIFY2(s.ok(), qPrintable(s.message()));
    }
}

AuditReport verify(Vault& v)
{
    auto r = AuditLog::verify(v.db(), v.profile().signingPublicKey);
    if (!r)
        qFatal("verify failed: %s", qPrintable(r.message()));
    return *r;
}

} // namespace

class TestAudit final : public QObject
{
    Q_OBJECT
private slots:
    void intactChainVerifies()
    {
        test::TempVault t;
        appendRows(*t.vault, 10);
        const AuditReport r = verify(*t.vault);
        QVERIFY(r.intact);
        QCOMPARE(r.rowsChecked, 11); // profile creation + 10
    }

    void appendOutsideTransactionIsRefused()
    {
        test::TempVault t;
        QCOMPARE(t.vault->audit().append({QStringLiteral("x"), QStringLiteral("1"), QStringLiteral("insert"), {}}).code(),
                 ErrorCode::Internal);
    }

    void failedChangeLeavesNoAuditRow()
    {
        test::TempVault t;
        auto s = t.vault->writeAudited({QStringLiteral("settings"), QStringLiteral("k"), QStringLiteral("insert"), {}},
                                       [](Database&) { return Status(makeError(ErrorCode::InvalidArgument, {})); });
        QVERIFY(!s.ok());
        QCOMPARE(verify(*t.vault).rowsChecked, 1);
    }

    void editedRowIsFound_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::newRow("detail") << QStringLiteral("detail") << QStringLiteral("'changed'");
        QTest::newRow("action") << QStringLiteral("action") << QStringLiteral("'delete'");
        QTest::newRow("time") << QStringLiteral("at_ms") << QStringLiteral("at_ms + 1");
        QTest::newRow("signature") << QStringLiteral("signature") << QStringLiteral("zeroblob(64)");
    }
    void editedRowIsFound()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        test::TempVault t;
        appendRows(*t.vault, 8);
        QVERIFY(t.vault->db().exec(QStringLiteral("UPDATE audit_log SET %1 = %2 WHERE seq = 5").arg(column, value)).ok());
        const AuditReport r = verify(*t.vault);
        QVERIFY(!r.intact);
        QCOMPARE(r.firstBadSeq, 5);
        QVERIFY(r.problem.contains(QLatin1String("5")));
    }

    void deletedRowIsFound()
    {
        test::TempVault t;
        appendRows(*t.vault, 8);
        QVERIFY(t.vault->db().exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 4")).ok());
        const AuditReport r = verify(*t.vault);
        QVERIFY(!r.intact);
        QCOMPARE(r.firstBadSeq, 4);
        QVERIFY(r.problem.contains(QLatin1String("missing")));
    }

    void deletedTailIsFound()
    {
        test::TempVault t;
        appendRows(*t.vault, 8);
        QVERIFY(t.vault->db().exec(QStringLiteral("DELETE FROM audit_log WHERE seq >= 8")).ok());
        const AuditReport r = verify(*t.vault);
        QVERIFY(!r.intact);
        QVERIFY(r.problem.contains(QLatin1String("removed")));
    }

    void rewrittenRowWithRecomputedHashFailsSignature()
    {
        test::TempVault t;
        appendRows(*t.vault, 3);
        // An insider recomputes the hash of an edited row but cannot sign without the profile key…
        // and then every later row's link breaks too. Either way row 3 is reported.
        AuditEntry e{QStringLiteral("settings"), QStringLiteral("1"), QStringLiteral("update"), QStringLiteral("forged")};
        auto q = t.vault->db().prepare(QStringLiteral("SELECT at_ms, actor, prev_hash FROM audit_log WHERE seq = 3"));
        QVERIFY(q.ok() && *q->step());
        const QByteArray h = AuditLog::rowHash(3, q->int64(0), q->text(1), e, q->blob(2));
        auto up = t.vault->db().prepare(QStringLiteral("UPDATE audit_log SET detail = 'forged', hash = ? WHERE seq = 3"));
        QVERIFY(up.ok());
        q->reset();
        QVERIFY(up->bind(1, h).exec().ok());
        const AuditReport r = verify(*t.vault);
        QVERIFY(!r.intact);
        QCOMPARE(r.firstBadSeq, 3);
        QVERIFY(r.problem.contains(QLatin1String("signature")));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
