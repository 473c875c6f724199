// A pulled change this vault cannot apply is set aside (sync_quarantine) and the rest of its page
// still lands. The client applies a page without a savepoint per change (they made SQLCipher
// encrypt every touched page into the statement journal); when one change fails, the page is
// rolled back and applied again change by change, so exactly the bad ones are quarantined, the
// good ones applied once, and the next sync does not bring them back.

#include "sync_fixture.h"

using namespace xaso;
using namespace xaso::test;

class TestQuarantine : public QObject
{
    Q_OBJECT
private slots:
    void badChangesAreSetAsideAndTheRestOfThePageLands();
};

void TestQuarantine::badChangesAreSetAsideAndTheRestOfThePageLands()
{
    TestServer server;
    Device a, b;
    QVERIFY(a.enrol(server).ok());
    QVERIFY(b.enrol(server).ok());
    // b is an older build: its notes refuse a negative amount and have no body column.
    QVERIFY(
        b.db()
            .exec(QStringLiteral(
                "DROP TABLE notes; "
                "CREATE TABLE notes (id TEXT PRIMARY KEY NOT NULL, row_version INTEGER NOT NULL DEFAULT 1, "
                "updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, "
                "created_at_ms INTEGER NOT NULL DEFAULT 0, title TEXT, "
                "amount INTEGER CHECK (amount IS NULL OR amount >= 0));"))
            .ok());

    auto note = [&](const QString& id, qint64 amount) {
        return a.write([&](domain::RecordWriter& w) {
            return w.insert(QStringLiteral("notes"), id,
                            {{QStringLiteral("title"), QStringLiteral("Biên bản %1").arg(id), 0},
                             {QStringLiteral("amount"), amount, 0}});
        });
    };
    QVERIFY(note(QStringLiteral("n1"), 10).ok());
    QVERIFY(note(QStringLiteral("n2"), -5).ok()); // b's CHECK refuses it
    QVERIFY(note(QStringLiteral("n3"), 30).ok());
    QVERIFY(a.insert(QStringLiteral("w1"), QStringLiteral("Có nội dung")).ok()); // names the body column
    QVERIFY(note(QStringLiteral("n4"), 40).ok());
    QVERIFY(a.edit(QStringLiteral("n1"), QStringLiteral("amount"), qint64(11)).ok());
    auto pushed = a.sync();
    QVERIFY2(pushed.ok(), qPrintable(pushed.message()));

    auto pulled = b.sync();
    QVERIFY2(pulled.ok(), qPrintable(pulled.message()));
    QCOMPARE(pulled->applied.quarantined, 2);
    QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM sync_quarantine")), 2);
    QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM notes")), 3);
    QCOMPARE(b.field(QStringLiteral("n1"), QStringLiteral("amount")).toLongLong(),
             11); // insert then edit, once
    QCOMPARE(b.field(QStringLiteral("n3"), QStringLiteral("amount")).toLongLong(), 30);
    QCOMPARE(b.field(QStringLiteral("n4"), QStringLiteral("amount")).toLongLong(), 40);
    QCOMPARE(b.field(QStringLiteral("n2"), QStringLiteral("amount")).toString(), QStringLiteral("<missing>"));
    const QString n1State = QStringLiteral("SELECT count(*) FROM sync_field_state WHERE record_key = 'n1'");
    QCOMPARE(b.count(n1State), a.count(n1State)); // one sibling per field: nothing merged twice
    QVERIFY(b.vault().checkIntegrity().ok());

    // The quarantined changes are not pulled again, and nothing is applied twice.
    auto again = b.sync();
    QVERIFY2(again.ok(), qPrintable(again.message()));
    QCOMPARE(again->applied.quarantined, 0);
    QCOMPARE(again->applied.applied, 0);
    QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM sync_quarantine")), 2);
    QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM notes")), 3);
}

QTEST_GUILESS_MAIN(TestQuarantine)
#include "tst_quarantine.moc"
