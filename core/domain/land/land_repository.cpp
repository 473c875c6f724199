#include "domain/land/land_repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace xaso::domain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LandRepository", text);
}

} // namespace

TableSpec LandRepository::tableSpec()
{
    TableSpec spec;
    spec.kind = QString(RecordKind::Land);
    spec.table = land::kTable;
    spec.columns = land::columns();
    spec.sortColumn = QStringLiteral("certificate_serial");
    spec.searchColumn = QStringLiteral("certificate_serial");
    spec.categoryColumn = QStringLiteral("purpose");
    return spec;
}

TableSpec LandRepository::coOwnerSpec()
{
    TableSpec spec;
    spec.kind = QString(RecordKind::Land);
    spec.table = land::kCoOwnerTable;
    spec.columns = land::coOwnerColumns();
    spec.sortColumn = QStringLiteral("name_key");
    spec.hamletColumn.clear();
    spec.verified = false;
    spec.countRecords = false;
    return spec;
}

LandRepository::LandRepository(storage::Vault& vault, const RoleCatalog& roles)
    : m_vault(vault), m_access(vault, roles, QString(RecordKind::Land)),
      m_records(vault, m_access, tableSpec(),
                RecordCodec<LandRecord>{land::toFields,
                                        land::fromRow,
                                        [this](LandRecord& r) { return prepare(r); },
                                        {},
                                        {},
                                        land::serialSearchKey}),
      m_coOwners(vault.db(), coOwnerSpec())
{
}

Status LandRepository::serialIsFree(const LandRecord& r, Validation& v)
{
    auto st = m_vault.db().cached(
        "SELECT 1 FROM land_records WHERE certificate_serial = ? AND deleted = 0 AND id <> ?");
    if (!st)
        return st.error();
    (*st)->bind(1, r.certificateSerial).bind(2, r.meta.id.isNull() ? QStringLiteral("") : r.meta.id);
    auto found = (*st)->step();
    if (!found)
        return found.error();
    (*st)->reset();
    if (*found)
        v.addError(QStringLiteral("certificate_serial"),
                   tr("A certificate with serial %1 is recorded already.").arg(r.certificateSerial));
    return {};
}

Validation LandRepository::prepare(LandRecord& r)
{
    land::normalise(r);
    Validation v = land::validate(r, vietnamToday(m_vault.clock()));
    if (v.hasError(QStringLiteral("certificate_serial")))
        return v;
    if (auto s = serialIsFree(r, v); !s)
        v.addError(QStringLiteral("certificate_serial"), s.message());
    return v;
}

Status LandRepository::insertPrepared(RecordWriter& writer, LandRecord& r)
{
    XASO_TRY(m_records.insertPrepared(writer, r));
    for (LandCoOwner& c : r.coOwners) {
        c.id = newRecordId();
        XASO_TRY(m_coOwners.insert(writer, c.id, land::coOwnerFields(c, r.meta.id), r.meta.createdAtMs));
    }
    return {};
}

Result<SaveOutcome> LandRepository::insert(LandRecord r)
{
    XASO_TRY(m_access.checkWrite());
    r.meta = {};
    auto tx = storage::Transaction::begin(m_vault.db());
    if (!tx)
        return tx.error();
    const Validation v = prepare(r);
    if (!v.ok())
        return v.toError();
    RecordWriter writer(m_vault);
    XASO_TRY(insertPrepared(writer, r));
    XASO_TRY(tx->commit());
    return SaveOutcome{r.meta.id, v.warnings()};
}

Result<QList<LandCoOwner>> LandRepository::coOwnersOf(const QString& landId)
{
    auto rows = m_coOwners.loadWhere(QStringLiteral("land_id"), landId);
    if (!rows)
        return rows.error();
    QList<LandCoOwner> out;
    for (const StoredRow& row : std::as_const(*rows))
        out.append(land::coOwnerFromRow(row));
    return out;
}

Result<SaveOutcome> LandRepository::update(const LandRecord& original, const LandRecord& edited)
{
    XASO_TRY(m_access.checkWrite());
    auto tx = storage::Transaction::begin(m_vault.db());
    if (!tx)
        return tx.error();
    auto stored = m_records.loadLive(original.meta.id);
    if (!stored)
        return stored.error();
    auto landChanges =
        RecordTable::officerChanges(land::toFields(original), land::toFields(edited), stored->fields);
    if (!landChanges)
        return landChanges.error();
    StoredRow mergedRow = *stored;
    for (auto it = landChanges->cbegin(); it != landChanges->cend(); ++it)
        mergedRow.fields.insert(it.key(), it.value());
    LandRecord merged = land::fromRow(mergedRow);

    // Co-owners: the officer's additions, edits and removals applied to what is stored now.
    auto storedOwners = m_coOwners.loadWhere(QStringLiteral("land_id"), original.meta.id);
    if (!storedOwners)
        return storedOwners.error();
    QHash<QString, StoredRow> storedById;
    for (const StoredRow& row : std::as_const(*storedOwners))
        storedById.insert(row.meta.id, row);
    QHash<QString, LandCoOwner> originalById;
    for (const LandCoOwner& c : original.coOwners)
        originalById.insert(c.id, c);
    QSet<QString> kept;
    QList<StoredRow> removed;
    for (const LandCoOwner& c : edited.coOwners) {
        if (c.id.isEmpty()) {
            merged.coOwners.append(c);
            continue;
        }
        if (!storedById.contains(c.id))
            return makeError(ErrorCode::Conflict,
                             tr("The co-owner %1 was removed by someone else after you opened "
                                "the certificate. Reload it and apply your change again.")
                                 .arg(c.fullName));
        const StoredRow& row = storedById.value(c.id);
        auto changes = RecordTable::officerChanges(
            land::coOwnerFields(originalById.value(c.id), original.meta.id),
            land::coOwnerFields(c, original.meta.id), row.fields, {QStringLiteral("name_key")});
        if (!changes)
            return changes.error();
        StoredRow m = row;
        for (auto it = changes->cbegin(); it != changes->cend(); ++it)
            m.fields.insert(it.key(), it.value());
        merged.coOwners.append(land::coOwnerFromRow(m));
        kept.insert(c.id);
    }
    for (const StoredRow& row : std::as_const(*storedOwners)) {
        if (kept.contains(row.meta.id))
            continue;
        if (originalById.contains(row.meta.id))
            removed.append(row); // the officer took this co-owner off
        else
            merged.coOwners.append(land::coOwnerFromRow(row)); // added by someone else meanwhile
    }
    const Validation v = prepare(merged);
    if (!v.ok())
        return v.toError();

    RecordWriter writer(m_vault);
    XASO_TRY(m_records.table().update(writer, *stored,
                                      RecordTable::differences(stored->fields, land::toFields(merged))));
    for (const StoredRow& row : std::as_const(removed))
        XASO_TRY(m_coOwners.remove(writer, row));
    for (LandCoOwner& c : merged.coOwners) {
        const FieldMap fields = land::coOwnerFields(c, stored->meta.id);
        if (c.id.isEmpty()) {
            c.id = newRecordId();
            XASO_TRY(m_coOwners.insert(writer, c.id, fields, m_vault.clock().nowMs()));
        } else {
            const StoredRow& row = storedById.value(c.id);
            XASO_TRY(m_coOwners.update(writer, row, RecordTable::differences(row.fields, fields)));
        }
    }
    XASO_TRY(tx->commit());
    return SaveOutcome{stored->meta.id, v.warnings()};
}

Status LandRepository::remove(const QString& id)
{
    XASO_TRY(m_access.checkWrite());
    auto tx = storage::Transaction::begin(m_vault.db());
    if (!tx)
        return tx.error();
    auto stored = m_records.loadLive(id);
    if (!stored)
        return stored.error();
    auto owners = m_coOwners.loadWhere(QStringLiteral("land_id"), id);
    if (!owners)
        return owners.error();
    RecordWriter writer(m_vault);
    for (const StoredRow& row : std::as_const(*owners))
        XASO_TRY(m_coOwners.remove(writer, row));
    XASO_TRY(m_records.table().remove(writer, *stored));
    return tx->commit();
}

Result<LandRecord> LandRepository::get(const QString& id)
{
    auto r = m_records.get(id);
    if (!r)
        return r.error();
    auto owners = coOwnersOf(id);
    if (!owners)
        return owners.error();
    r->coOwners = *owners;
    return r;
}

Result<Page<LandRecord>> LandRepository::list(const ListQuery& query)
{
    auto page = m_records.list(query);
    if (!page)
        return page.error();
    for (LandRecord& r : page->items) {
        auto owners = coOwnersOf(r.meta.id);
        if (!owners)
            return owners.error();
        r.coOwners = *owners;
    }
    return page;
}

} // namespace xaso::domain
