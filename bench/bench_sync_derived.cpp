// What a sync costs this vault beyond the protocol (whose figures are xaso-sync-bench's): keeping
// the derived data of the pulled records. Before session 5 the app and xaso-cli recounted every
// dashboard counter after a sync that applied anything (rebuildRecordCounters: O(register)); now
// RemoteChangeFollower moves the counters and search entries of each pulled record.

#include "bench_context.h"

#include "domain/kinds/derived_refresh.h"
#include "text/folding.h"
#include "text/names.h"

using namespace Qt::StringLiterals;

namespace xaso::bench {

Status benchSyncDerived(Bench& b)
{
    storage::Database& db = b.vault->db();
    // 100 residents spread over the register, as 100 pulled changes would be.
    auto total = db.scalar(u"SELECT count(*) FROM residents WHERE deleted = 0"_s);
    if (!total)
        return total.error();
    const qint64 step = std::max<qint64>(1, total->toLongLong() / 100);
    auto pick = db.prepare(u"SELECT id, hamlet_code FROM residents WHERE deleted = 0 AND rowid % ? = 0 LIMIT 100"_s);
    if (!pick)
        return pick.error();
    pick->bind(1, step);
    QList<std::pair<QString, QString>> picked;
    for (;;) {
        auto row = pick->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        picked.append({pick->text(0), pick->text(1)});
    }
    auto hamlets = db.scalar(u"SELECT hamlet_code FROM residents WHERE deleted = 0 LIMIT 1"_s);
    if (!hamlets)
        return hamlets.error();

    // 100 changes as the sync applier writes them (a new name and another hamlet), each between
    // the follower's two hooks, whose time is the figure; rolled back, so the kept vault stays as
    // it was.
    auto follower = domain::RemoteChangeFollower::create(*b.vault, *b.roles);
    if (!follower)
        return follower.error();
    auto write = db.prepare(u"UPDATE residents SET full_name = ?, name_folded = ?, given_name_folded = ?, "
                            "hamlet_code = ?, row_version = row_version + 1 WHERE id = ?"_s);
    if (!write)
        return write.error();
    double followMs = 0;
    double followPeak = 0;
    XASO_TRY(b.measured(&followPeak, [&]() -> Status {
        auto tx = storage::Transaction::begin(db);
        if (!tx)
            return tx.error();
        int i = 0;
        for (const auto& [id, hamlet] : std::as_const(picked)) {
            const QString name = u"Đinh Thị Xuân Yến %1"_s.arg(QChar(u'A' + i++ % 26));
            Stopwatch before;
            XASO_TRY((*follower)->before(db, u"residents"_s, id));
            followMs += before.ms();
            write->bind(1, name).bind(2, text::foldForSearch(name));
            write->bind(3, text::foldForSearch(text::splitVietnameseName(name).given));
            write->bind(4, hamlet == hamlets->toString() ? u"ZZ"_s : hamlets->toString()).bind(5, id);
            XASO_TRY(write->exec()); // the applier's write: not counted
            Stopwatch after;
            XASO_TRY((*follower)->after(db, u"residents"_s, id));
            followMs += after.ms();
        }
        tx->rollback();
        return {};
    }));

    double rebuildMs = 0;
    double rebuildPeak = 0;
    XASO_TRY(b.measured(&rebuildPeak, [&]() -> Status {
        Stopwatch sw;
        XASO_TRY(domain::rebuildRecordCounters(*b.vault, *b.roles));
        rebuildMs = sw.ms();
        return {};
    }));

    Figure f{u"sync, this vault's side"_s, u"derived data of %1 pulled residents (counters, search entries)"_s.arg(picked.size())};
    f.unit = u"ms"_s;
    f.value = followMs;
    f.baseline = rebuildMs;
    f.baselineName = u"recounting every counter (what followed each sync before)"_s;
    f.target = u"part of < 200 ms for 100 changes"_s;
    f.met = followMs < 200 ? 1 : 0;
    f.peakMiB = std::max(followPeak, rebuildPeak);
    b.results.add(f);
    return {};
}

} // namespace xaso::bench
