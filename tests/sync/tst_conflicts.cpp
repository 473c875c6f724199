// Conflicts through the real server: three devices editing one field in every sync order end with
// the same winner and one conflict of three candidates everywhere; delete against edit; a
// reviewer's resolution is a new change that settles the conflict on every replica.

#include "sync_fixture.h"

#include <algorithm>

using namespace xaso;
using namespace xaso::test;

namespace {

void syncAll(const QList<Device*>& devices)
{
    for (Device* d : devices) {
        auto r = d->sync();
        QVERIFY2(r.ok(), qPrintable(r.message()));
    }
}

void expectConverged(TestServer& server, const QList<Device*>& devices)
{
    for (Device* d : devices) {
        auto r = d->sync();
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(r->digestsCompared);
        QVERIFY2(r->divergent.isEmpty(), qPrintable(r->divergent.join(u',')));
    }
    Q_UNUSED(server);
}

} // namespace

class TestSyncConflicts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(crypto::initializeCrypto().ok()); }

    void threeDevicesSameFieldEverySyncOrder()
    {
        QList<int> order{0, 1, 2};
        do {
            TestServer server;
            Device a, b, c;
            QList<Device*> all{&a, &b, &c};
            for (Device* d : all)
                QVERIFY(d->enrol(server).ok());
            QVERIFY(a.insert(QStringLiteral("r1"), QStringLiteral("Nguyễn Văn An")).ok());
            syncAll(all);
            // Offline, each corrects the same field; B's laptop has the latest clock.
            const int minutes[] = {1, 3, 2};
            const char* values[] = {"Nguyễn Văn Ân", "Nguyễn Văn Án", "Nguyễn Văn Àn"};
            for (int i = 0; i < 3; ++i) {
                all[i]->tv.clock.set(kStart.addSecs(60 * minutes[i]));
                QVERIFY(
                    all[i]
                        ->edit(QStringLiteral("r1"), QStringLiteral("title"), QString::fromUtf8(values[i]))
                        .ok());
            }
            // Meanwhile two of them also edit different fields of the same record: those merge.
            QVERIFY(a.edit(QStringLiteral("r1"), QStringLiteral("amount"), qint64(7)).ok());
            QVERIFY(c.edit(QStringLiteral("r1"), QStringLiteral("body"), QStringLiteral("hộ nghèo")).ok());
            for (int i : order)
                QVERIFY(all[i]->sync().ok());
            syncAll(all);
            for (Device* d : all) {
                QCOMPARE(d->field(QStringLiteral("r1"), QStringLiteral("title")).toString(),
                         QString::fromUtf8(values[1]));
                QCOMPARE(d->field(QStringLiteral("r1"), QStringLiteral("amount")).toLongLong(), 7);
                QCOMPARE(d->field(QStringLiteral("r1"), QStringLiteral("body")).toString(),
                         QStringLiteral("hộ nghèo"));
                const auto conflicts = d->conflicts();
                QCOMPARE(conflicts.size(), 1);
                QCOMPARE(conflicts.first().field, QStringLiteral("title"));
                QCOMPARE(conflicts.first().candidates.size(), 3);
                QCOMPARE(std::count_if(conflicts.first().candidates.cbegin(),
                                       conflicts.first().candidates.cend(),
                                       [](const sync::ConflictCandidate& k) { return k.winner; }),
                         1);
            }
            QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM sync_conflict_candidates")), 3);
            expectConverged(server, all);
        } while (std::next_permutation(order.begin(), order.end()));
    }

    void differentFieldsMergeWithoutConflict()
    {
        TestServer server;
        Device a, b;
        QVERIFY(a.enrol(server).ok());
        QVERIFY(b.enrol(server).ok());
        QVERIFY(a.insert(QStringLiteral("r1"), QStringLiteral("t")).ok());
        syncAll({&a, &b});
        QVERIFY(a.edit(QStringLiteral("r1"), QStringLiteral("title"), QStringLiteral("tên mới")).ok());
        QVERIFY(b.edit(QStringLiteral("r1"), QStringLiteral("amount"), qint64(540000)).ok());
        syncAll({&a, &b, &a});
        for (Device* d : {&a, &b}) {
            QCOMPARE(d->field(QStringLiteral("r1"), QStringLiteral("title")).toString(),
                     QStringLiteral("tên mới"));
            QCOMPARE(d->field(QStringLiteral("r1"), QStringLiteral("amount")).toLongLong(), 540000);
            QVERIFY(d->conflicts().isEmpty());
        }
        expectConverged(server, {&a, &b});
    }

    void deleteAgainstEditThenRestore()
    {
        TestServer server;
        Device a, b;
        QVERIFY(a.enrol(server).ok());
        QVERIFY(b.enrol(server).ok());
        QVERIFY(a.insert(QStringLiteral("r1"), QStringLiteral("t")).ok());
        syncAll({&a, &b});
        a.tv.clock.set(kStart.addSecs(300)); // the delete is later: provisionally deleted
        QVERIFY(a.remove(QStringLiteral("r1")).ok());
        b.tv.clock.set(kStart.addSecs(120));
        QVERIFY(b.edit(QStringLiteral("r1"), QStringLiteral("body"), QStringLiteral("vẫn cư trú")).ok());
        syncAll({&a, &b, &a});
        for (Device* d : {&a, &b}) {
            QCOMPARE(d->field(QStringLiteral("r1"), QStringLiteral("deleted")).toLongLong(), 1);
            QCOMPARE(d->field(QStringLiteral("r1"), QStringLiteral("body")).toString(),
                     QStringLiteral("vẫn cư trú"));
            const auto conflicts = d->conflicts();
            QCOMPARE(conflicts.size(), 1);
            QCOMPARE(conflicts.first().field, QStringLiteral("deleted"));
        }
        // B's reviewer keeps the record (their side of the conflict).
        sync::ConflictService reviewer(b.vault());
        QVERIFY(reviewer.resolve(b.conflicts().first().id, sync::ConflictService::Keep::Mine).ok());
        QCOMPARE(b.field(QStringLiteral("r1"), QStringLiteral("deleted")).toLongLong(), 0);
        syncAll({&b, &a});
        for (Device* d : {&a, &b}) {
            QCOMPARE(d->field(QStringLiteral("r1"), QStringLiteral("deleted")).toLongLong(), 0);
            QVERIFY(d->conflicts().isEmpty());
        }
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE status = 'superseded'")),
                 1);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE status = 'resolved'")), 1);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE status = 'open'")),
                 0);
        expectConverged(server, {&a, &b});
    }

    void deleteOnTwoDevicesIsNoConflict()
    {
        TestServer server;
        Device a, b;
        QVERIFY(a.enrol(server).ok());
        QVERIFY(b.enrol(server).ok());
        QVERIFY(a.insert(QStringLiteral("r1"), QStringLiteral("t")).ok());
        syncAll({&a, &b});
        QVERIFY(a.remove(QStringLiteral("r1")).ok());
        QVERIFY(b.remove(QStringLiteral("r1")).ok());
        syncAll({&a, &b, &a});
        for (Device* d : {&a, &b}) {
            QCOMPARE(d->field(QStringLiteral("r1"), QStringLiteral("deleted")).toLongLong(), 1);
            QVERIFY(d->conflicts().isEmpty());
        }
        expectConverged(server, {&a, &b});
    }

    void deleteThenRecreate()
    {
        TestServer server;
        Device a, b;
        QVERIFY(a.enrol(server).ok());
        QVERIFY(b.enrol(server).ok());
        QVERIFY(a.insert(QStringLiteral("r1"), QStringLiteral("chuyển đi")).ok());
        syncAll({&a, &b});
        QVERIFY(a.remove(QStringLiteral("r1")).ok());
        syncAll({&a, &b});
        QCOMPARE(b.field(QStringLiteral("r1"), QStringLiteral("deleted")).toLongLong(), 1);
        // The person moves back: B, having seen the delete, brings the record back (the key is the
        // same; the tombstone is revived, as the repositories do).
        QVERIFY(b.write([](domain::RecordWriter& w) {
                     return w.update(QStringLiteral("notes"), QStringLiteral("r1"),
                                     {{QStringLiteral("deleted"), qint64(0), 0},
                                      {QStringLiteral("title"), QStringLiteral("chuyển về"), 0}});
                 }).ok());
        syncAll({&b, &a});
        for (Device* d : {&a, &b}) {
            QCOMPARE(d->field(QStringLiteral("r1"), QStringLiteral("deleted")).toLongLong(), 0);
            QCOMPARE(d->field(QStringLiteral("r1"), QStringLiteral("title")).toString(),
                     QStringLiteral("chuyển về"));
            QVERIFY(d->conflicts().isEmpty()); // it had seen the delete: no conflict
        }
        // Deleted again on A, after seeing the re-creation: deleted everywhere, still no conflict.
        QVERIFY(a.remove(QStringLiteral("r1")).ok());
        syncAll({&a, &b});
        QCOMPARE(b.field(QStringLiteral("r1"), QStringLiteral("deleted")).toLongLong(), 1);
        QVERIFY(b.conflicts().isEmpty());
        expectConverged(server, {&a, &b});
    }

    void divergenceIsReported()
    {
        TestServer server;
        Device a, b;
        QVERIFY(a.enrol(server).ok());
        QVERIFY(b.enrol(server).ok());
        QVERIFY(a.insert(QStringLiteral("r1"), QStringLiteral("đúng")).ok());
        syncAll({&a, &b});
        // A row changed behind sync's back (no change logged): the digests show it.
        QVERIFY(b.db().exec(QStringLiteral("UPDATE notes SET title = 'sai' WHERE id = 'r1'")).ok());
        auto r = b.sync();
        QVERIFY(r.ok());
        QVERIFY(r->digestsCompared);
        QCOMPARE(r->divergent, QStringList{QStringLiteral("notes")});
        QVERIFY(b.progress.last().contains(QStringLiteral("notes")));
        auto ra = a.sync();
        QVERIFY(ra.ok());
        QVERIFY(ra->divergent.isEmpty());
    }

    void reviewerResolutionSettlesEveryReplica()
    {
        TestServer server;
        Device a, b, c;
        QList<Device*> all{&a, &b, &c};
        for (Device* d : all)
            QVERIFY(d->enrol(server).ok());
        QVERIFY(a.insert(QStringLiteral("r1"), QStringLiteral("gốc")).ok());
        syncAll(all);
        for (int i = 0; i < 3; ++i) {
            all[i]->tv.clock.set(kStart.addSecs(60 * (i + 1)));
            QVERIFY(all[i]->edit(QStringLiteral("r1"), QStringLiteral("amount"), qint64(100 * (i + 1))).ok());
        }
        syncAll(all);
        syncAll(all);
        QCOMPARE(a.field(QStringLiteral("r1"), QStringLiteral("amount")).toLongLong(),
                 300); // C: latest clock
        sync::ConflictService reviewer(a.vault());
        const qint64 id = a.conflicts().first().id;
        QVERIFY(reviewer.resolve(id, sync::ConflictService::Keep::Value, QStringLiteral("250")).ok());
        QCOMPARE(a.field(QStringLiteral("r1"), QStringLiteral("amount")),
                 QVariant(qint64(250)));                                        // typed as a number
        QVERIFY(!reviewer.resolve(id, sync::ConflictService::Keep::Mine).ok()); // already resolved
        const qint64 before = server.count(QStringLiteral("SELECT count(*) FROM srv_changes"));
        syncAll({&a, &b, &c});
        // The resolution travelled as one more signed change of A's chain.
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")), before + 1);
        QCOMPARE(server.count(QStringLiteral(
                                  "SELECT device_id = '%1' FROM srv_changes ORDER BY server_seq DESC LIMIT 1")
                                  .arg(a.id())),
                 1);
        for (Device* d : all) {
            QCOMPARE(d->field(QStringLiteral("r1"), QStringLiteral("amount")).toLongLong(), 250);
            QVERIFY(d->conflicts().isEmpty());
        }
        expectConverged(server, all);
    }
};

QTEST_GUILESS_MAIN(TestSyncConflicts)
#include "tst_conflicts.moc"
