#include "domain/changes/aggregates.h"
#include "domain/changes/field_codec.h"
#include "domain/changes/hlc.h"
#include "domain/changes/record_writer.h"
#include "vault_fixture.h"

#include <QTest>

using namespace xaso;
using namespace xaso::domain;
using namespace xaso::storage;

namespace {

const char* kNotes = "CREATE TABLE notes (id TEXT PRIMARY KEY NOT NULL, row_version INTEGER NOT NULL DEFAULT 1, "
                     "updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_at_ms INTEGER NOT "
                     "NULL DEFAULT 0, title TEXT, body TEXT, amount INTEGER)";

qint64 count(Database& db, const QString& sql)
{
    return db.scalar(sql)->toLongLong();
}

} // namespace

class TestRecordWriter final : public QObject
{
    Q_OBJECT
private slots:
    void fieldCodecRoundTrip()
    {
        QList<FieldValue> in{{QStringLiteral("title"), QStringLiteral("Hộ nghèo"), 0},
                             {QStringLiteral("amount"), qint64(-540000), 3},
                             {QStringLiteral("ratio"), 1.5, 1},
                             {QStringLiteral("blob"), QByteArray("\x00\x01", 2), 0},
                             {QStringLiteral("gone"), QVariant(), 2}};
        const QByteArray bytes = encodeFields(in);
        auto out = decodeFields(bytes);
        QVERIFY(out.ok());
        QCOMPARE(out->size(), 5);
        QCOMPARE(out->at(0).name, QStringLiteral("amount")); // sorted by name: canonical
        QCOMPARE(out->at(0).value.toLongLong(), -540000);
        QCOMPARE(out->at(0).baseVersion, 3u);
        // Same fields in another order encode to the same bytes.
        std::reverse(in.begin(), in.end());
        QCOMPARE(encodeFields(in), bytes);
        // Every truncation is refused with the byte offset.
        for (int cut = 1; cut < bytes.size(); ++cut) {
            auto r = decodeFields(bytes.left(cut));
            if (r.ok())
                continue; // a cut on a field boundary is a shorter valid list
            QVERIFY(r.message().contains(QLatin1String("byte")));
        }
        QByteArray badType = encodeFields({{QStringLiteral("x"), qint64(1), 0}});
        badType[3] = 9;
        QVERIFY(decodeFields(badType).message().contains(QLatin1String("unknown value type")));
    }

    void hybridClockNeverGoesBack()
    {
        test::TempVault t;
        HybridClock hlc(t.vault->db(), t.clock);
        auto tx = Transaction::begin(t.vault->db());
        const qint64 a = *hlc.tick();
        const qint64 b = *hlc.tick(); // same wall ms: counter
        QCOMPARE(HybridClock::millis(a), HybridClock::millis(b));
        QCOMPARE(HybridClock::counter(b), HybridClock::counter(a) + 1);
        t.clock.advanceMs(-3'600'000); // laptop clock jumps back an hour
        const qint64 c = *hlc.tick();
        QVERIFY(c > b);
        t.clock.advanceMs(7'200'000);
        const qint64 d = *hlc.tick();
        QVERIFY(d > c);
        QCOMPARE(HybridClock::counter(d), 0);
        // A remote clock a day ahead is not followed.
        const qint64 future = HybridClock::pack(t.clock.nowMs() + 86'400'000, 0);
        QCOMPARE(*hlc.observe(future), false);
        QVERIFY(*hlc.last() < future);
        const qint64 nearFuture = HybridClock::pack(t.clock.nowMs() + 1000, 5);
        QCOMPARE(*hlc.observe(nearFuture), true);
        QVERIFY(*hlc.tick() > nearFuture);
        QVERIFY(tx->commit().ok());
    }

    // A bulk writer's clock: the same timestamps as one that stores each tick, kept in memory until
    // flush(); after it, a clock reading the vault counts on from them.
    void bufferedClockStoresOnFlush()
    {
        test::TempVault t;
        auto tx = Transaction::begin(t.vault->db());
        HybridClock stored(t.vault->db(), t.clock);
        const qint64 first = *stored.tick();
        HybridClock buffered(t.vault->db(), t.clock);
        buffered.setBuffered(true);
        const qint64 a = *buffered.tick();
        const qint64 b = *buffered.tick();
        QCOMPARE(a, first + 1); // same wall millisecond: the counter goes on from the stored value
        QCOMPARE(b, a + 1);
        QCOMPARE(*stored.last(), first); // nothing stored yet
        QVERIFY(buffered.flush().ok());
        QCOMPARE(*stored.last(), b);
        QCOMPARE(*stored.tick(), b + 1);
        QVERIFY(buffered.flush().ok()); // nothing pending: no write
        QCOMPARE(*buffered.tick(), b + 2); // reads the stored value again after a flush
        QVERIFY(tx->commit().ok());
    }

    // The INSERT a writer builds per table is reused only for the same fields in the same order.
    void insertsWithOtherFieldsGetTheirOwnStatement()
    {
        test::TempVault t;
        Database& db = t.vault->db();
        QVERIFY(db.exec(QString::fromLatin1(kNotes)).ok());
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE tags (id TEXT PRIMARY KEY NOT NULL, row_version INTEGER NOT NULL, "
                                       "updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, label TEXT)"))
                    .ok());
        auto tx = Transaction::begin(db);
        RecordWriter w(*t.vault);
        const QString notes = QStringLiteral("notes");
        QVERIFY(w.insert(notes, QStringLiteral("a"), {{QStringLiteral("title"), QStringLiteral("A"), 0},
                                                      {QStringLiteral("amount"), qint64(1), 0}})
                    .ok());
        QVERIFY(w.insert(QStringLiteral("tags"), QStringLiteral("t"), {{QStringLiteral("label"), QStringLiteral("T"), 0}})
                    .ok());
        QVERIFY(w.insert(notes, QStringLiteral("b"), {{QStringLiteral("amount"), qint64(2), 0},
                                                      {QStringLiteral("title"), QStringLiteral("B"), 0}})
                    .ok());
        QVERIFY(w.insert(notes, QStringLiteral("c"), {{QStringLiteral("body"), QStringLiteral("C"), 0}}).ok());
        QVERIFY(w.insert(notes, QStringLiteral("d"), {{QStringLiteral("Bad-Name"), qint64(1), 0}})
                    .message()
                    .contains(QLatin1String("Bad-Name")));
        QVERIFY(tx->commit().ok());
        QCOMPARE(db.scalar(QStringLiteral("SELECT group_concat(id || ':' || ifnull(title, '-') || ':' || "
                                          "ifnull(amount, '-') || ':' || ifnull(body, '-'), ' ') FROM notes"))
                     ->toString(),
                 QStringLiteral("a:A:1:- b:B:2:- c:-:-:C"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT label FROM tags"))->toString(), QStringLiteral("T"));
    }

    void insertUpdateDeleteWriteOutboxAndAudit()
    {
        test::TempVault t;
        Database& db = t.vault->db();
        QVERIFY(db.exec(QString::fromLatin1(kNotes)).ok());
        {
            auto tx = Transaction::begin(db);
            RecordWriter w(*t.vault);
            QVERIFY(w.insert(QStringLiteral("notes"), QStringLiteral("n1"),
                             {{QStringLiteral("title"), QStringLiteral("Thôn 3"), 0},
                              {QStringLiteral("amount"), qint64(5), 0}})
                        .ok());
            QVERIFY(tx->commit().ok());
        }
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM change_log WHERE op='insert'")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM field_versions")), 0);
        {
            auto tx = Transaction::begin(db);
            RecordWriter w(*t.vault);
            QCOMPARE(*w.fieldVersion(QStringLiteral("notes"), QStringLiteral("n1"), QStringLiteral("title")), 1u);
            QVERIFY(w.update(QStringLiteral("notes"), QStringLiteral("n1"), {{QStringLiteral("title"), QStringLiteral("Thôn 4"), 1}}).ok());
            // A second edit from a stale form (base version 1) is refused, naming the field.
            auto stale = w.update(QStringLiteral("notes"), QStringLiteral("n1"), {{QStringLiteral("title"), QStringLiteral("X"), 1}});
            QCOMPARE(stale.code(), ErrorCode::Conflict);
            QVERIFY(stale.message().contains(QLatin1String("title")));
            auto removed = w.remove(QStringLiteral("notes"), QStringLiteral("n1"));
            QVERIFY2(removed.ok(), qPrintable(removed.message()));
            QCOMPARE(w.remove(QStringLiteral("notes"), QStringLiteral("n1")).code(), ErrorCode::NotFound);
            QCOMPARE(w.update(QStringLiteral("notes"), QStringLiteral("nope"), {{QStringLiteral("title"), QStringLiteral("X"), 0}}).code(),
                     ErrorCode::NotFound);
            QVERIFY(tx->commit().ok());
        }
        QCOMPARE(db.scalar(QStringLiteral("SELECT title || row_version || deleted FROM notes"))->toString(), QStringLiteral("Thôn 431"));
        auto log = db.prepare(QStringLiteral("SELECT op, fields, txn, hlc FROM change_log ORDER BY seq"));
        QStringList ops;
        qint64 lastHlc = 0;
        QSet<qint64> txns;
        while (*log->step()) {
            ops << log->text(0);
            txns << log->int64(2);
            QVERIFY(log->int64(3) > lastHlc);
            lastHlc = log->int64(3);
            if (log->text(0) == QLatin1String("update")) {
                auto fields = decodeFields(log->blob(1));
                QCOMPARE(fields->at(0).baseVersion, 1u);
                QCOMPARE(fields->at(0).value.toString(), QStringLiteral("Thôn 4"));
            }
        }
        QCOMPARE(ops.join(QLatin1Char(',')), QStringLiteral("insert,update,delete"));
        QCOMPARE(txns.size(), 2); // two local transactions
        // Each change audited, and the chain verifies.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE tbl='notes'")), 3);
        QVERIFY(AuditLog::verify(db, t.vault->profile().signingPublicKey)->intact);
    }

    void rolledBackTransactionLeavesNothing()
    {
        test::TempVault t;
        Database& db = t.vault->db();
        QVERIFY(db.exec(QString::fromLatin1(kNotes)).ok());
        const qint64 auditBefore = count(db, QStringLiteral("SELECT count(*) FROM audit_log"));
        {
            auto tx = Transaction::begin(db);
            RecordWriter w(*t.vault);
            QVERIFY(w.insert(QStringLiteral("notes"), QStringLiteral("n1"), {{QStringLiteral("title"), QStringLiteral("a"), 0}}).ok());
            QCOMPARE(w.insert(QStringLiteral("notes"), QStringLiteral("n1"), {{QStringLiteral("title"), QStringLiteral("b"), 0}}).code(),
                     ErrorCode::Conflict);
            // no commit: scope exit rolls back
        }
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM notes")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM change_log")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
        QVERIFY(AuditLog::verify(db, t.vault->profile().signingPublicKey)->intact);
    }

    void identifiersAreChecked()
    {
        QVERIFY(isSqlIdentifier(QStringLiteral("welfare_beneficiaries")));
        QVERIFY(!isSqlIdentifier(QStringLiteral("notes; DROP TABLE x")));
        QVERIFY(!isSqlIdentifier(QStringLiteral("1abc")));
        QVERIFY(!isSqlIdentifier(QStringLiteral("Notes")));
    }

    void aggregatesBumpAndClear()
    {
        test::TempVault t;
        Aggregates agg(t.vault->db());
        auto tx = Transaction::begin(t.vault->db());
        QVERIFY(agg.bump(QStringLiteral("residents.by_hamlet"), QStringLiteral("T01"), {}, 3).ok());
        QVERIFY(agg.bump(QStringLiteral("residents.by_hamlet"), QStringLiteral("T01"), {}, -1).ok());
        QVERIFY(agg.bump(QStringLiteral("residents.by_hamlet"), QStringLiteral("T02"), {}, 5).ok());
        QVERIFY(tx->commit().ok());
        QCOMPARE(*agg.value(QStringLiteral("residents.by_hamlet"), QStringLiteral("T01")), 2);
        QCOMPARE(agg.rows(QStringLiteral("residents.by_hamlet"))->size(), 2);
        QCOMPARE(*agg.value(QStringLiteral("nothing")), 0);
        QVERIFY(agg.clear(QStringLiteral("residents.")).ok());
        QCOMPARE(agg.rows(QStringLiteral("residents.by_hamlet"))->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRecordWriter)
#include "tst_record_writer.moc"
