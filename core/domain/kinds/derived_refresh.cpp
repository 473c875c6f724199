#include "domain/kinds/derived_refresh.h"

#include "domain/copies/certified_copy_repository.h"
#include "domain/labour/labour_repository.h"
#include "domain/land/land_repository.h"
#include "domain/residents/resident_aggregates.h"
#include "domain/residents/resident_record.h"
#include "domain/welfare/welfare_repository.h"

using namespace Qt::StringLiterals;

namespace xaso::domain {

Status refreshAfterRemoteChange(storage::Database& db, const QString& table, const QString& recordKey)
{
    if (table != u"residents")
        return {};
    // The name as last indexed is in its tokens' rows: its name index entries follow from it
    // (deleteTokens() folds it again, which leaves a folded name as it is).
    auto old = db.cached("SELECT name_folded FROM resident_tokens WHERE resident_id = ? LIMIT 1");
    if (!old)
        return old.error();
    (*old)->bind(1, recordKey);
    auto found = (*old)->step();
    if (!found)
        return found.error();
    const QString oldFolded = *found ? (*old)->text(0) : QString();
    (*old)->reset();
    if (!oldFolded.isEmpty())
        XASO_TRY(residents::deleteTokens(db, recordKey, oldFolded));
    auto st = db.cached("DELETE FROM resident_tokens WHERE resident_id = ?"); // any left by another name
    if (!st)
        return st.error();
    XASO_TRY((*st)->bind(1, recordKey).exec());
    auto stored = residents::load(db, recordKey);
    if (!stored)
        return stored.error();
    if (*stored) // a tombstone has no tokens
        XASO_TRY(residents::insertTokens(db, recordKey, (*stored)->fullName));
    return {};
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

} // namespace xaso::domain
