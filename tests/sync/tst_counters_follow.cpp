// The dashboard counters of a vault follow the changes sync pulls into it, change by change
// (RemoteChangeFollower, the hooks the app and xaso-cli give the sync client), instead of a recount
// of the whole register after each sync. A demo commune with every record kind is written on one
// device, then edited there (renames, a move to another hamlet, deletions of every kind); after
// each pull the other device's counters must equal a recount from its rows, and the counters the
// first device kept while writing.

#include "domain/demo/demo_generator.h"
#include "domain/kinds/derived_refresh.h"
#include "domain/copies/certified_copy_repository.h"
#include "domain/labour/labour_repository.h"
#include "domain/land/land_repository.h"
#include "domain/residents/resident_repository.h"
#include "domain/welfare/welfare_repository.h"
#include "sync_fixture.h"

#include <functional>

using namespace xaso;
using namespace xaso::test;

namespace {

const QStringList kRoles{QStringLiteral("cong_an"),         QStringLiteral("van_phong_thong_ke"),
                         QStringLiteral("tu_phap_ho_tich"), QStringLiteral("van_hoa_xa_hoi"),
                         QStringLiteral("dia_chinh"),       QStringLiteral("to_cong_tac_06"),
                         QStringLiteral("lanh_dao")};

// Every counter row, as "name|k1|k2=value" (a counter at zero is removed, as a recount leaves it).
QStringList counters(storage::Database& db)
{
    auto st = db.prepare(QStringLiteral("SELECT name, k1, k2, value FROM aggregates ORDER BY name, k1, k2"));
    QStringList out;
    while (st->step().value())
        out << QStringLiteral("%1|%2|%3=%4").arg(st->text(0), st->text(1), st->text(2)).arg(st->int64(3));
    return out;
}

// The first live rows in the order they were written (record ids are random: rowid keeps the
// choice the same from run to run).
QStringList firstIds(storage::Database& db, const QString& table, int n)
{
    auto st =
        db.prepare(QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 ORDER BY rowid LIMIT %2").arg(table).arg(n));
    QStringList out;
    while (st->step().value())
        out << st->text(0);
    return out;
}

QStringList nameIndex(storage::Database& db)
{
    auto st = db.prepare(QStringLiteral("SELECT word, partner, given, name_folded, resident_id, full_name "
                                        "FROM resident_name_index ORDER BY 1, 2, 3, 4, 5"));
    QStringList out;
    while (st->step().value())
        out << QStringLiteral("%1|%2|%3|%4|%5|%6")
                   .arg(st->text(0), st->text(1), st->text(2), st->text(3), st->text(4), st->text(5));
    return out;
}

} // namespace

class TestCountersFollow : public QObject
{
    Q_OBJECT
private slots:
    void countersFollowEveryPulledChange();

private:
    // Pulls into `device` with the follower's hooks, as the app does; the counters kept must equal
    // a recount of the device's rows.
    void pullAndCheck(Device& device, const RoleCatalog& roles, const QString& round, int movedMax = -1);
};

void TestCountersFollow::pullAndCheck(Device& device, const RoleCatalog& roles, const QString& round, int movedMax)
{
    auto follower = domain::RemoteChangeFollower::create(device.vault(), roles);
    QVERIFY2(follower.ok(), qPrintable(follower.message()));
    if (movedMax >= 0)
        (*follower)->setMovedCountersMax(movedMax);
    sync::SyncOptions options;
    options.recordChanging = (*follower)->beforeHook();
    options.recordChanged = (*follower)->afterHook();
    auto pulled = device.sync(options);
    QVERIFY2(pulled.ok(), qPrintable(pulled.message()));
    QVERIFY2(pulled->applied.applied > 0, qPrintable(round));
    QCOMPARE(pulled->applied.quarantined, 0);

    if (movedMax >= 0) { // past the limit the counters are recounted once, after the sync
        QCOMPARE(device.count(QStringLiteral("SELECT count(*) FROM vault_meta WHERE key = 'counters.recount'")), 1);
        QVERIFY(domain::recountCountersIfDue(device.vault(), roles).ok());
    }
    const QStringList kept = counters(device.db());
    QVERIFY(domain::rebuildRecordCounters(device.vault(), roles).ok());
    const QStringList recounted = counters(device.db());
    for (const QString& row : recounted)
        QVERIFY2(kept.contains(row), qPrintable(round + QStringLiteral(": missing or wrong: ") + row));
    for (const QString& row : kept)
        QVERIFY2(recounted.contains(row), qPrintable(round + QStringLiteral(": should not be there: ") + row));
    QCOMPARE(kept, recounted);
}

void TestCountersFollow::countersFollowEveryPulledChange()
{
    const RoleCatalog roles = RoleCatalog::load().value();
    auto rules = domain::WelfareRules::load();
    QVERIFY(rules.ok());
    TestServer server;
    Device a(kRoles), b(kRoles);
    QVERIFY(a.enrol(server, kRoles).ok());
    QVERIFY(b.enrol(server, kRoles).ok());
    // Schema v11 asks for one recount (counters before it could have drifted); done once.
    const QString due = QStringLiteral("SELECT count(*) FROM vault_meta WHERE key = 'counters.recount'");
    QCOMPARE(b.count(due), 1);
    QVERIFY(domain::recountCountersIfDue(b.vault(), roles).ok());
    QCOMPARE(b.count(due), 0);
    QVERIFY(domain::recountCountersIfDue(a.vault(), roles).ok());

    // Round 1: a commune with every record kind appears on a.
    domain::demo::DemoOptions o;
    o.residents = 120;
    o.seed = 48;
    o.hamlets = 4;
    o.endDate = kStart.date();
    auto made = domain::demo::DemoGenerator(a.vault(), a.tv.clock).generate(o);
    QVERIFY2(made.ok(), qPrintable(made.message()));
    QVERIFY(made->welfare > 0 && made->labour > 0 && made->land > 0 && made->copies > 0);
    QVERIFY(made->checklists > 0);
    {
        auto pushed = a.sync();
        QVERIFY2(pushed.ok(), qPrintable(pushed.message()));
    }
    pullAndCheck(b, roles, QStringLiteral("after the first pull"));
    QCOMPARE(counters(b.db()), counters(a.db()));
    QCOMPARE(nameIndex(b.db()), nameIndex(a.db()));

    // Round 2: edits on a — a rename (tokens and the pyramid stay, the name counters move), a move
    // to another hamlet (its checklist's counters move with it), deletions of every kind.
    a.tv.clock.set(kStart.addDays(9)); // another ISO week
    domain::ResidentRepository residents(a.vault(), roles);
    const QStringList ids = firstIds(a.db(), QStringLiteral("residents"), 3);
    QCOMPARE(ids.size(), 3);
    auto renamed = residents.get(ids.at(0));
    QVERIFY(renamed.ok());
    renamed->fullName = QStringLiteral("Đinh Thị Xuân Yến");
    QVERIFY2(residents.update(*renamed).ok(), "rename");
    const QString withChecklist =
        a.db().scalar(QStringLiteral("SELECT d.id FROM digital_citizen d JOIN residents r ON r.id = d.id "
                                     "WHERE d.deleted = 0 AND r.deleted = 0 AND d.vneid_level2_date IS NOT NULL "
                                     "ORDER BY d.id LIMIT 1"))
            .value()
            .toString();
    QVERIFY(!withChecklist.isEmpty());
    auto moved = residents.get(withChecklist);
    QVERIFY(moved.ok());
    const QString otherHamlet =
        a.db().scalar(QStringLiteral("SELECT hamlet_code FROM residents WHERE hamlet_code <> '%1' LIMIT 1")
                          .arg(moved->hamletCode))
            .value()
            .toString();
    QVERIFY(!otherHamlet.isEmpty());
    moved->hamletCode = otherHamlet;
    QVERIFY2(residents.update(*moved).ok(), "move");
    QVERIFY(residents.remove(ids.at(2)).ok());
    QVERIFY(domain::WelfareRepository(a.vault(), roles, *rules)
                .remove(firstIds(a.db(), QStringLiteral("welfare_beneficiaries"), 1).value(0))
                .ok());
    QVERIFY(domain::LabourRepository(a.vault(), roles)
                .remove(firstIds(a.db(), QStringLiteral("labour_records"), 1).value(0))
                .ok());
    QVERIFY(domain::LandRepository(a.vault(), roles).remove(firstIds(a.db(), QStringLiteral("land_records"), 1).value(0)).ok());
    QVERIFY(domain::CertifiedCopyRepository(a.vault(), roles)
                .remove(firstIds(a.db(), QStringLiteral("certified_copies"), 1).value(0))
                .ok());
    // And more residents, households and checklists, in the new week (the generator numbers land
    // certificates from a fixed start, so the other kinds only once).
    o.residents = 30;
    o.seed = 49;
    o.otherKinds = false;
    o.endDate = a.tv.clock.now().date();
    auto more = domain::demo::DemoGenerator(a.vault(), a.tv.clock).generate(o);
    QVERIFY2(more.ok(), qPrintable(more.message()));
    {
        auto pushed = a.sync();
        QVERIFY2(pushed.ok(), qPrintable(pushed.message()));
    }
    pullAndCheck(b, roles, QStringLiteral("after the edits"));
    QCOMPARE(counters(b.db()), counters(a.db()));
    QCOMPARE(nameIndex(b.db()), nameIndex(a.db()));

    // A third device pulls everything at once, past the follower's limit (set low): it moves the
    // first counters, asks for one recount for the rest, and ends with the same counters.
    Device c(kRoles);
    QVERIFY(c.enrol(server, kRoles).ok());
    QVERIFY(domain::recountCountersIfDue(c.vault(), roles).ok());
    pullAndCheck(c, roles, QStringLiteral("a whole register at once"), 50);
    QCOMPARE(counters(c.db()), counters(a.db()));
    QCOMPARE(nameIndex(c.db()), nameIndex(a.db()));
    QVERIFY(nameIndex(b.db()).contains(
        QStringLiteral("yen||yen|dinh thi xuan yen|%1|Đinh Thị Xuân Yến").arg(ids.at(0))));
}

QTEST_GUILESS_MAIN(TestCountersFollow)
#include "tst_counters_follow.moc"
