#include "domain/kinds/derived_refresh.h"

#include "domain/copies/certified_copy_repository.h"
#include "domain/labour/labour_repository.h"
#include "domain/land/land_repository.h"
#include "domain/residents/household_record.h"
#include "domain/residents/resident_aggregates.h"
#include "domain/residents/resident_record.h"
#include "domain/welfare/welfare_repository.h"

#include <QMap>

#include <tuple>

using namespace Qt::StringLiterals;

namespace xaso::domain {

namespace {

QList<AggregateKey> asAggregateKeys(const QList<ResidentAggregates::Key>& keys)
{
    QList<AggregateKey> out;
    out.reserve(keys.size());
    for (const ResidentAggregates::Key& k : keys)
        out.append({k.name, k.k1, k.k2, 1});
    return out;
}

// The counters moved from one reading of a record to the next: each counter changes by its
// weight after minus its weight before, and one that does not change is not touched.
Status moveCounters(storage::Database& db, const QList<AggregateKey>& before, const QList<AggregateKey>& after)
{
    QMap<std::tuple<QString, QString, QString>, qint64> delta; // null and empty keys are one counter
    auto key = [](const AggregateKey& k) {
        return std::tuple{k.name, k.k1.isNull() ? u""_s : k.k1, k.k2.isNull() ? u""_s : k.k2};
    };
    for (const AggregateKey& k : before)
        delta[key(k)] -= k.value;
    for (const AggregateKey& k : after)
        delta[key(k)] += k.value;
    Aggregates counters(db);
    for (auto it = delta.cbegin(); it != delta.cend(); ++it) {
        const auto& [name, k1, k2] = it.key();
        if (it.value() != 0)
            XASO_TRY(counters.bump(name, k1, k2, it.value())); // a counter back at zero is removed
    }
    return {};
}

} // namespace

RemoteChangeFollower::~RemoteChangeFollower() = default;

Result<std::unique_ptr<RemoteChangeFollower>> RemoteChangeFollower::create(storage::Vault& vault,
                                                                           const RoleCatalog& roles)
{
    auto rules = WelfareRules::load();
    if (!rules)
        return rules.error();
    std::unique_ptr<RemoteChangeFollower> f(new RemoteChangeFollower());
    f->m_rules = std::make_unique<WelfareRules>(std::move(*rules));
    f->m_welfare = std::make_unique<WelfareRepository>(vault, roles, *f->m_rules);
    f->m_labour = std::make_unique<LabourRepository>(vault, roles);
    f->m_land = std::make_unique<LandRepository>(vault, roles);
    f->m_copies = std::make_unique<CertifiedCopyRepository>(vault, roles);
    return f;
}

RecordTable* RemoteChangeFollower::kindTable(const QString& table)
{
    for (RecordTable* t : {&m_welfare->table(), &m_labour->table(), &m_land->table(), &m_copies->table()}) {
        if (t->spec().table == table)
            return t;
    }
    return nullptr; // a table without counters (land co-owners, models, settings…)
}

Result<RemoteChangeFollower::Counted> RemoteChangeFollower::countedNow(storage::Database& db, const QString& table,
                                                                       const QString& recordKey)
{
    Counted out;
    if (table == u"residents" || table == u"digital_citizen") {
        // A checklist counts in its resident's hamlet, and only while the resident is live.
        auto resident = residents::load(db, recordKey);
        if (!resident)
            return resident.error();
        if (!*resident)
            return out;
        out.residentName = (*resident)->fullName;
        auto checklist = checklists::load(db, recordKey);
        if (!checklist)
            return checklist.error();
        out.keys = asAggregateKeys(ResidentAggregates::keysOf(**resident, *checklist ? &**checklist : nullptr));
        return out;
    }
    if (table == u"households") {
        auto household = households::load(db, recordKey);
        if (!household)
            return household.error();
        if (*household)
            out.keys = asAggregateKeys(ResidentAggregates::keysOf(**household));
        return out;
    }
    if (RecordTable* t = kindTable(table)) {
        auto keys = t->contributionsNow(recordKey);
        if (!keys)
            return keys.error();
        out.keys = *keys;
    }
    return out;
}

Status RemoteChangeFollower::before(storage::Database& db, const QString& table, const QString& recordKey)
{
    auto counted = countedNow(db, table, recordKey);
    if (!counted)
        return counted.error();
    m_pending = *counted;
    m_pendingTable = table;
    m_pendingKey = recordKey;
    return {};
}

Status RemoteChangeFollower::after(storage::Database& db, const QString& table, const QString& recordKey)
{
    if (table != m_pendingTable || recordKey != m_pendingKey)
        return makeError(ErrorCode::Internal, u"Sync wrote %1 %2 without announcing it first."_s.arg(table, recordKey));
    const Counted before = std::exchange(m_pending, {});
    m_pendingTable.clear();
    m_pendingKey.clear();
    auto now = countedNow(db, table, recordKey);
    if (!now)
        return now.error();
    // The name index entries follow the live name: gone with the old one, there with the new.
    if (table == u"residents" && before.residentName != now->residentName) {
        if (before.residentName)
            XASO_TRY(residents::deleteNameEntries(db, recordKey, *before.residentName));
        if (now->residentName)
            XASO_TRY(residents::insertNameEntries(db, recordKey, *now->residentName));
    }
    if (++m_followed > m_movedMax) {
        // Written with every such change, so a page rolled back and applied again still asks.
        auto ask = db.cached("INSERT OR IGNORE INTO vault_meta (key, value) VALUES ('counters.recount', 'sync')");
        if (!ask)
            return ask.error();
        return (*ask)->exec();
    }
    return moveCounters(db, before.keys, now->keys);
}

Status rebuildRecordCounters(storage::Vault& vault, const RoleCatalog& roles)
{
    auto rules = WelfareRules::load();
    if (!rules)
        return rules.error();
    {
        auto tx = storage::Transaction::begin(vault.db());
        if (!tx)
            return tx.error();
        XASO_TRY(ResidentAggregates::rebuild(vault.db()));
        XASO_TRY(tx->commit());
    }
    // Each kind recounts in a transaction of its own.
    XASO_TRY(WelfareRepository(vault, roles, *rules).rebuildAggregates());
    XASO_TRY(LabourRepository(vault, roles).rebuildAggregates());
    XASO_TRY(LandRepository(vault, roles).rebuildAggregates());
    return CertifiedCopyRepository(vault, roles).rebuildAggregates();
}

Status recountCountersIfDue(storage::Vault& vault, const RoleCatalog& roles)
{
    auto due = vault.db().scalar(u"SELECT count(*) FROM vault_meta WHERE key = 'counters.recount'"_s);
    if (!due)
        return due.error();
    if (due->toLongLong() == 0)
        return {};
    XASO_TRY(rebuildRecordCounters(vault, roles));
    return vault.db().exec(u"DELETE FROM vault_meta WHERE key = 'counters.recount'"_s);
}

} // namespace xaso::domain
