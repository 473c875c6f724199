// MergeEngine on real vaults, no network: the same final state and the same conflict, whatever
// order the changes arrive in (server order, or a device that saw its own change first).

#include "protocol/merge_engine.h"
#include "protocol/value_codec.h"
#include "vault_fixture.h"

#include <QTest>

#include <algorithm>

using namespace xaso;
using namespace xaso::sync;
using domain::FieldValue;

namespace {

const QString kA = QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
const QString kB = QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
const QString kC = QStringLiteral("cccccccccccccccccccccccccccccccc");
const QString kD = QStringLiteral("dddddddddddddddddddddddddddddddd");
const QString kE = QStringLiteral("eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee");

qint64 hlc(int minute)
{
    return (QDateTime(QDate(2026, 11, 23), QTime(8, minute), Qt::UTC).toMSecsSinceEpoch()) << 16;
}

struct Delivery
{
    QString device;
    ChangeRecord change;
    qint64 serverSeq = 0;
};

ChangeRecord edit(qint64 seq, qint64 clock, qint64 seen, const QList<FieldValue>& fields,
                  ChangeOp op = ChangeOp::Update)
{
    return ChangeRecord{seq, seq, clock, seen, op, QStringLiteral("notes"), QStringLiteral("r1"),
                        op == ChangeOp::Delete ? QByteArray() : domain::encodeFields(fields)};
}

struct Replica
{
    test::TempVault tv;
    MergeEngine merge;
    explicit Replica(QString local = {}, MergeEngine::OwnServerSeq own = {})
        : merge(tv.vault->db(), tv.clock, std::move(local), std::move(own))
    {
    }
    void deliver(const Delivery& d, bool known = true)
    {
        auto r = merge.apply(d.device, d.change, known ? std::optional<qint64>(d.serverSeq) : std::nullopt);
        QVERIFY2(r.ok(), qPrintable(r.message()));
    }
    QVariant winner(const QString& field)
    {
        const QList<FieldValue> all = merge.winners(QStringLiteral("notes"), QStringLiteral("r1")).value();
        for (const FieldValue& f : all)
            if (f.name == field)
                return f.value;
        return QStringLiteral("<none>");
    }
    qint64 scalar(const QString& sql) { return tv.vault->db().scalar(sql).value().toLongLong(); }
};

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

private slots:
    void threeDevicesSameFieldEveryOrder()
    {
        const Delivery base{kA, edit(1, hlc(0), 0, {{QStringLiteral("title"), QStringLiteral("gốc"), 0}},
                                      ChangeOp::Insert), 1};
        // Concurrent: none had seen the others. B has the highest clock.
        QList<Delivery> edits{{kA, edit(2, hlc(5), 1, {{QStringLiteral("title"), QStringLiteral("A"), 1}}), 2},
                              {kB, edit(1, hlc(9), 1, {{QStringLiteral("title"), QStringLiteral("B"), 1}}), 3},
                              {kC, edit(1, hlc(7), 1, {{QStringLiteral("title"), QStringLiteral("C"), 1}}), 4}};
        std::sort(edits.begin(), edits.end(), [](const Delivery& x, const Delivery& y) { return x.device < y.device; });
        int orders = 0;
        do {
            Replica r;
            r.deliver(base);
            for (const Delivery& d : edits)
                r.deliver(d);
            QCOMPARE(r.winner(QStringLiteral("title")).toString(), QStringLiteral("B"));
            QCOMPARE(r.scalar(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE status = 'open'")), 1);
            QCOMPARE(r.scalar(QStringLiteral("SELECT count(*) FROM sync_conflict_candidates WHERE active = 1")), 3);
            ++orders;
        } while (std::next_permutation(edits.begin(), edits.end(),
                                       [](const Delivery& x, const Delivery& y) { return x.device < y.device; }));
        QCOMPARE(orders, 6);
    }

    void sameClockTieBreaksOnDeviceId()
    {
        Replica r;
        r.deliver({kA, edit(1, hlc(1), 0, {{QStringLiteral("title"), QStringLiteral("x"), 0}}, ChangeOp::Insert), 1});
        r.deliver({kC, edit(1, hlc(3), 1, {{QStringLiteral("title"), QStringLiteral("C"), 1}}), 3});
        r.deliver({kB, edit(1, hlc(3), 1, {{QStringLiteral("title"), QStringLiteral("B"), 1}}), 2});
        QCOMPARE(r.winner(QStringLiteral("title")).toString(), QStringLiteral("C"));
    }

    void differentFieldsMerge()
    {
        Replica r;
        r.deliver({kA, edit(1, hlc(0), 0, {{QStringLiteral("title"), QStringLiteral("t"), 0},
                                            {QStringLiteral("body"), QStringLiteral("b"), 0}}, ChangeOp::Insert), 1});
        r.deliver({kA, edit(2, hlc(4), 1, {{QStringLiteral("title"), QStringLiteral("t2"), 1}}), 2});
        r.deliver({kB, edit(1, hlc(3), 1, {{QStringLiteral("body"), QStringLiteral("b2"), 1}}), 3});
        QCOMPARE(r.winner(QStringLiteral("title")).toString(), QStringLiteral("t2"));
        QCOMPARE(r.winner(QStringLiteral("body")).toString(), QStringLiteral("b2"));
        QCOMPARE(r.scalar(QStringLiteral("SELECT count(*) FROM sync_conflicts")), 0);
    }

    void deleteAgainstEditIsAConflict_data()
    {
        QTest::addColumn<int>("deleteMinute");
        QTest::addColumn<qint64>("deleted");
        QTest::newRow("edit later wins provisionally") << 2 << qint64(0);
        QTest::newRow("delete later wins provisionally") << 8 << qint64(1);
    }

    void deleteAgainstEditIsAConflict()
    {
        QFETCH(int, deleteMinute);
        QFETCH(qint64, deleted);
        for (bool deleteFirst : {true, false}) {
            Replica r;
            r.deliver({kA, edit(1, hlc(0), 0, {{QStringLiteral("title"), QStringLiteral("t"), 0}}, ChangeOp::Insert), 1});
            const Delivery del{kB, edit(1, hlc(deleteMinute), 1, {}, ChangeOp::Delete), 2};
            const Delivery upd{kC, edit(1, hlc(5), 1, {{QStringLiteral("title"), QStringLiteral("sửa"), 1}}), 3};
            r.deliver(deleteFirst ? del : upd);
            r.deliver(deleteFirst ? upd : del);
            QCOMPARE(r.winner(MergeEngine::kDeletedField).toLongLong(), deleted);
            QCOMPARE(r.winner(QStringLiteral("title")).toString(), QStringLiteral("sửa")); // the edit is kept
            QCOMPARE(r.scalar(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE field = 'deleted' AND "
                                             "status = 'open'")),
                     1);
        }
    }

    void causalEditSupersedesWhatItSaw()
    {
        // B edits; D downloads B's edit and edits again (its clock is behind); E edits without having
        // seen either. D replaces B (it saw it), E stays concurrent: the conflict is {D, E} and E
        // (hlc 7) beats D (hlc 3) — also on E's own laptop, which saw its own edit first.
        const Delivery ins{kA, edit(1, hlc(0), 0, {{QStringLiteral("title"), QStringLiteral("t"), 0}}, ChangeOp::Insert), 1};
        const Delivery b{kB, edit(1, hlc(9), 1, {{QStringLiteral("title"), QStringLiteral("B"), 1}}), 2};
        const Delivery d{kD, edit(1, hlc(3), 2, {{QStringLiteral("title"), QStringLiteral("D"), 2}}), 3};
        const Delivery e{kE, edit(1, hlc(7), 1, {{QStringLiteral("title"), QStringLiteral("E"), 1}}), 4};

        Replica server;
        for (const Delivery& x : {ins, b, d, e})
            server.deliver(x);
        Replica laptop(kE, [](qint64 seq) { return seq == 1 ? std::optional<qint64>(4) : std::nullopt; });
        laptop.deliver(ins);
        laptop.deliver(e, false); // its own change, before the server numbered it
        laptop.deliver(b);
        laptop.deliver(d);
        for (Replica* r : {&server, &laptop}) {
            QCOMPARE(r->winner(QStringLiteral("title")).toString(), QStringLiteral("E"));
            QCOMPARE(r->scalar(QStringLiteral("SELECT count(*) FROM sync_conflict_candidates c JOIN sync_conflicts k "
                                              "ON k.id = c.conflict_id WHERE k.status = 'open' AND c.active = 1")),
                     2);
        }
    }

    void laterEditThatSawEverythingSettlesTheConflict()
    {
        Replica r;
        r.deliver({kA, edit(1, hlc(0), 0, {{QStringLiteral("title"), QStringLiteral("t"), 0}}, ChangeOp::Insert), 1});
        r.deliver({kB, edit(1, hlc(2), 1, {{QStringLiteral("title"), QStringLiteral("B"), 1}}), 2});
        r.deliver({kC, edit(1, hlc(3), 1, {{QStringLiteral("title"), QStringLiteral("C"), 1}}), 3});
        QCOMPARE(r.scalar(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE status = 'open'")), 1);
        // A reviewer on A had both values (cursor 3) and chose B again.
        r.deliver({kA, edit(2, hlc(1), 3, {{QStringLiteral("title"), QStringLiteral("B"), 2}}), 4});
        QCOMPARE(r.winner(QStringLiteral("title")).toString(), QStringLiteral("B"));
        QCOMPARE(r.scalar(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE status = 'open'")), 0);
        QCOMPARE(r.scalar(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE status = 'superseded'")), 1);
        QCOMPARE(r.scalar(QStringLiteral("SELECT count(*) FROM sync_conflict_candidates")), 2); // losers kept
    }

    void duplicateDeliveryChangesNothing()
    {
        Replica r;
        const Delivery ins{kA, edit(1, hlc(0), 0, {{QStringLiteral("title"), QStringLiteral("t"), 0}}, ChangeOp::Insert), 1};
        const Delivery up{kA, edit(2, hlc(1), 1, {{QStringLiteral("title"), QStringLiteral("u"), 1}}), 2};
        r.deliver(ins);
        r.deliver(up);
        auto again = r.merge.apply(kA, ins.change, 1);
        QVERIFY(again.ok());
        QVERIFY(again->duplicate);
        QVERIFY(again->changedWinners.isEmpty());
        QCOMPARE(r.winner(QStringLiteral("title")).toString(), QStringLiteral("u"));
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
