#pragma once
// The common operations of a record repository over one struct type: insert, update with the
// field-level conflict check, delete, get (sensitive columns only with the right, audited), keyset
// list, verification state, counter rebuild. A kind supplies its RecordCodec; welfare, labour,
// land and certified copies wrap one of these and add what is particular to them.

#include "domain/import/kind_access.h"
#include "domain/import/record_table.h"
#include "text/folding.h"

#include <QCoreApplication>

namespace xaso::domain {

template <typename Record> struct RecordCodec
{
    std::function<FieldMap(const Record&)> toFields;
    std::function<Record(const StoredRow&)> fromRow;
    // Normalises, validates and fills the derived columns. Called inside the write transaction.
    std::function<Validation(Record&)> prepare;
    QStringList derived;                        // columns computed by prepare
    std::function<void(Record&)> hideSensitive; // clears the sensitive fields, marks them withheld
    std::function<QString(const QString&)> searchKey = [](const QString& s) {
        return text::foldForSearch(s);
    };
};

template <typename Record> class TypedRepository
{
public:
    TypedRepository(storage::Vault& vault, KindAccess& access, TableSpec spec, RecordCodec<Record> codec)
        : m_vault(vault), m_access(access), m_table(vault.db(), std::move(spec)), m_codec(std::move(codec))
    {
    }

    RecordTable& table() { return m_table; }
    const RecordCodec<Record>& codec() const { return m_codec; }

    Result<SaveOutcome> insert(Record r)
    {
        XASO_TRY(m_access.checkWrite());
        r.meta = {};
        auto tx = storage::Transaction::begin(m_vault.db());
        if (!tx)
            return tx.error();
        const Validation v = m_codec.prepare(r);
        if (!v.ok())
            return v.toError();
        RecordWriter writer(m_vault);
        XASO_TRY(insertPrepared(writer, r));
        XASO_TRY(tx->commit());
        return SaveOutcome{r.meta.id, v.warnings()};
    }

    // Writes a record prepare() accepted, inside the caller's transaction.
    Status insertPrepared(RecordWriter& writer, Record& r)
    {
        if (r.meta.id.isEmpty())
            r.meta.id = newRecordId();
        r.meta.createdAtMs = m_vault.clock().nowMs();
        return m_table.insert(writer, r.meta.id, m_codec.toFields(r), r.meta.createdAtMs);
    }

    // original: the record as get() returned it; edited: the officer's version of it.
    Result<SaveOutcome> update(const Record& original, const Record& edited, bool sensitiveWithheld)
    {
        XASO_TRY(m_access.checkWrite());
        auto tx = storage::Transaction::begin(m_vault.db());
        if (!tx)
            return tx.error();
        auto stored = loadLive(original.meta.id);
        if (!stored)
            return stored.error();
        const FieldMap before = m_codec.toFields(original);
        FieldMap after = m_codec.toFields(edited);
        if (sensitiveWithheld || !m_access.canReadSensitive()) {
            for (const QString& c : m_table.spec().sensitive)
                after.insert(c, before.value(c)); // what one may not read, one may not change
        }
        auto changes = RecordTable::officerChanges(before, after, stored->fields, m_codec.derived);
        if (!changes)
            return changes.error();
        StoredRow merged = *stored;
        for (auto it = changes->cbegin(); it != changes->cend(); ++it)
            merged.fields.insert(it.key(), it.value());
        Record r = m_codec.fromRow(merged);
        const Validation v = m_codec.prepare(r);
        if (!v.ok())
            return v.toError();
        RecordWriter writer(m_vault);
        XASO_TRY(
            m_table.update(writer, *stored, RecordTable::differences(stored->fields, m_codec.toFields(r))));
        XASO_TRY(tx->commit());
        return SaveOutcome{stored->meta.id, v.warnings()};
    }

    Status remove(const QString& id)
    {
        XASO_TRY(m_access.checkWrite());
        auto tx = storage::Transaction::begin(m_vault.db());
        if (!tx)
            return tx.error();
        auto stored = loadLive(id);
        if (!stored)
            return stored.error();
        RecordWriter writer(m_vault);
        XASO_TRY(m_table.remove(writer, *stored));
        return tx->commit();
    }

    Result<Record> get(const QString& id)
    {
        XASO_TRY(m_access.checkRead());
        auto stored = loadLive(id);
        if (!stored)
            return stored.error();
        Record r = m_codec.fromRow(*stored);
        if (!m_table.spec().sensitive.isEmpty()) {
            if (m_access.canReadSensitive())
                XASO_TRY(m_access.auditSensitiveRead(m_table.spec().table, id, m_table.spec().sensitive));
            else if (m_codec.hideSensitive)
                m_codec.hideSensitive(r);
        }
        return r;
    }

    Result<Page<Record>> list(const ListQuery& query)
    {
        XASO_TRY(m_access.checkRead());
        ListQuery q = query;
        q.search = m_codec.searchKey ? m_codec.searchKey(query.search) : query.search;
        auto rows = m_table.list(q);
        if (!rows)
            return rows.error();
        Page<Record> page{{}, rows->hasMore, rows->nextSortKey, rows->nextId};
        for (const StoredRow& row : std::as_const(rows->items)) {
            Record r = m_codec.fromRow(row);
            if (m_codec.hideSensitive)
                m_codec.hideSensitive(r); // list() never carries sensitive columns
            page.items.append(std::move(r));
        }
        return page;
    }

    Status setVerification(const QString& id, Verification state, const QStringList& differingFields)
    {
        XASO_TRY(m_access.checkWrite());
        auto tx = storage::Transaction::begin(m_vault.db());
        if (!tx)
            return tx.error();
        auto stored = loadLive(id);
        if (!stored)
            return stored.error();
        RecordWriter writer(m_vault);
        XASO_TRY(m_table.setVerification(writer, *stored, state, differingFields, m_vault.clock().nowMs()));
        return tx->commit();
    }

    // Recomputes the counters from the records (no right needed: it reveals nothing).
    Status rebuildAggregates()
    {
        auto tx = storage::Transaction::begin(m_vault.db());
        if (!tx)
            return tx.error();
        XASO_TRY(m_table.rebuildAggregates());
        return tx->commit();
    }

    // The live row, or NotFound naming the kind and key.
    Result<StoredRow> loadLive(const QString& id)
    {
        auto stored = m_table.load(id);
        if (!stored)
            return stored.error();
        if (!*stored)
            return makeError(ErrorCode::NotFound, QCoreApplication::translate(
                                                      "TypedRepository", "There is no %1 record with key %2.")
                                                      .arg(m_table.spec().kind, id));
        return **stored;
    }

private:
    storage::Vault& m_vault;
    KindAccess& m_access;
    RecordTable m_table;
    RecordCodec<Record> m_codec;
};

} // namespace xaso::domain
