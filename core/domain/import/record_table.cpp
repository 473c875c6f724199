#include "domain/import/record_table.h"

#include "domain/changes/aggregates.h"

#include <QCoreApplication>
#include <QHash>

namespace xaso::domain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RecordTable", text);
}

const QString kAddedWeek = QStringLiteral("records.added_week");
const QString kVerification = QStringLiteral("records.verification");

// Column names come from our own specs; refuse anything else before it reaches SQL.
bool identifiersOk(const TableSpec& spec)
{
    if (!isSqlIdentifier(spec.table) || !isSqlIdentifier(spec.sortColumn))
        return false;
    for (const QString& c : spec.columns) {
        if (!isSqlIdentifier(c))
            return false;
    }
    for (const QString& c : {spec.searchColumn, spec.categoryColumn, spec.hamletColumn}) {
        if (!c.isEmpty() && !isSqlIdentifier(c))
            return false;
    }
    return true;
}

Error badSpec(const TableSpec& spec)
{
    return makeError(ErrorCode::Internal, tr("The table description of %1 is not valid.").arg(spec.table));
}

} // namespace

QString RecordTable::selectColumns() const
{
    QStringList cols{QStringLiteral("id"), QStringLiteral("row_version"), QStringLiteral("created_at_ms")};
    if (m_spec.verified)
        cols << QStringLiteral("verification") << QStringLiteral("verification_diff")
             << QStringLiteral("verified_at_ms");
    cols << m_spec.columns;
    return cols.join(QLatin1Char(','));
}

StoredRow RecordTable::readRow(const storage::Statement& st) const
{
    StoredRow row;
    row.meta.id = st.text(0);
    row.meta.rowVersion = st.int64(1);
    row.meta.createdAtMs = st.int64(2);
    int col = 3;
    if (m_spec.verified) {
        row.meta.verification = parseVerification(st.text(3)).value_or(Verification::Unverified);
        row.meta.verificationDiff = st.text(4).split(QLatin1Char(','), Qt::SkipEmptyParts);
        row.meta.verifiedAtMs = st.isNull(5) ? 0 : st.int64(5);
        col = 6;
    }
    for (const QString& c : m_spec.columns)
        row.fields.insert(c, st.value(col++));
    return row;
}

Result<std::optional<StoredRow>> RecordTable::load(const QString& id)
{
    if (!identifiersOk(m_spec))
        return badSpec(m_spec);
    const QByteArray sql = QStringLiteral("SELECT %1 FROM %2 WHERE id = ? AND deleted = 0")
                               .arg(selectColumns(), m_spec.table)
                               .toUtf8();
    auto st = m_db.cached(sql.constData());
    if (!st)
        return st.error();
    (*st)->bind(1, id);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<StoredRow>();
    StoredRow out = readRow(**st);
    (*st)->reset();
    return std::optional<StoredRow>(std::move(out));
}

Result<QList<StoredRow>> RecordTable::loadWhere(const QString& column, const QString& value)
{
    if (!identifiersOk(m_spec) || !isSqlIdentifier(column))
        return badSpec(m_spec);
    const QByteArray sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? AND deleted = 0 ORDER BY %4, id")
                               .arg(selectColumns(), m_spec.table, column, m_spec.sortColumn)
                               .toUtf8();
    auto st = m_db.cached(sql.constData());
    if (!st)
        return st.error();
    (*st)->bind(1, value);
    QList<StoredRow> rows;
    for (;;) {
        auto more = (*st)->step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        rows.append(readRow(**st));
    }
    return rows;
}

Result<Page<StoredRow>> RecordTable::list(const ListQuery& query)
{
    if (!identifiersOk(m_spec))
        return badSpec(m_spec);
    QStringList where{QStringLiteral("deleted = 0")};
    QList<QVariant> binds;
    if (!query.hamlet.isEmpty() && !m_spec.hamletColumn.isEmpty()) {
        where << m_spec.hamletColumn + QStringLiteral(" = ?");
        binds << query.hamlet;
    }
    if (query.verification && m_spec.verified) {
        where << QStringLiteral("verification = ?");
        binds << verificationCode(*query.verification);
    }
    if (!query.category.isEmpty() && !m_spec.categoryColumn.isEmpty()) {
        where << m_spec.categoryColumn + QStringLiteral(" = ?");
        binds << query.category;
    }
    if (!query.search.isEmpty() && !m_spec.searchColumn.isEmpty()) {
        where << QStringLiteral("%1 >= ? AND %1 < ? || char(1114111)").arg(m_spec.searchColumn);
        binds << query.search << query.search;
    }
    const QString cmp = m_spec.descending ? QStringLiteral("<") : QStringLiteral(">");
    if (!query.afterId.isEmpty()) {
        where << QStringLiteral("(%1 %2 ? OR (%1 = ? AND id %2 ?))").arg(m_spec.sortColumn, cmp);
        binds << query.afterSortKey << query.afterSortKey << query.afterId;
    }
    const QString dir = m_spec.descending ? QStringLiteral(" DESC") : QString();
    const int limit = qBound(1, query.limit, 1000);
    const QByteArray sql =
        QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 ORDER BY %2%5, id%5 LIMIT ?")
            .arg(selectColumns(), m_spec.sortColumn, m_spec.table, where.join(QStringLiteral(" AND ")), dir)
            .toUtf8();
    auto st = m_db.cached(sql.constData());
    if (!st)
        return st.error();
    int i = 1;
    for (const QVariant& b : std::as_const(binds))
        (*st)->bind(i++, b);
    (*st)->bind(i, qint64(limit + 1));
    Page<StoredRow> page;
    QString lastSort;
    for (;;) {
        auto more = (*st)->step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        if (page.items.size() == limit) {
            page.hasMore = true;
            (*st)->reset();
            break;
        }
        StoredRow row = readRow(**st);
        lastSort = (*st)->text((*st)->columnCount() - 1);
        for (const QString& c : m_spec.sensitive)
            row.fields.insert(c, QVariant());
        page.items.append(std::move(row));
    }
    if (page.hasMore) {
        page.nextSortKey = lastSort;
        page.nextId = page.items.constLast().meta.id;
    }
    return page;
}

QList<AggregateKey> RecordTable::contributionsOf(const StoredRow& row) const
{
    QList<AggregateKey> keys;
    if (m_spec.countRecords) {
        keys.append({kAddedWeek, m_spec.kind, isoWeekKey(row.meta.createdAtMs), 1});
        if (m_spec.verified)
            keys.append({kVerification, m_spec.kind, verificationCode(row.meta.verification), 1});
    }
    if (m_spec.contributions)
        keys.append(m_spec.contributions(row));
    return keys;
}

Status RecordTable::bump(const QList<AggregateKey>& keys, qint64 sign)
{
    Aggregates aggregates(m_db);
    for (const AggregateKey& k : keys) {
        if (k.value == 0)
            continue;
        XASO_TRY(aggregates.bump(k.name, k.k1, k.k2, sign * k.value));
        if (sign < 0) {
            // A counter back at zero is dropped, so the table equals a rebuild from the records.
            auto del =
                m_db.cached("DELETE FROM aggregates WHERE name = ? AND k1 = ? AND k2 = ? AND value = 0");
            if (!del)
                return del.error();
            XASO_TRY((*del)->bind(1, k.name).bind(2, k.k1).bind(3, k.k2).exec());
        }
    }
    return {};
}

Result<QList<AggregateKey>> RecordTable::contributionsNow(const QString& id)
{
    auto row = load(id);
    if (!row)
        return row.error();
    return *row ? contributionsOf(**row) : QList<AggregateKey>();
}

Status RecordTable::insert(RecordWriter& writer, const QString& id, const FieldMap& fields,
                           qint64 createdAtMs)
{
    QList<FieldValue> values;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        values.append({it.key(), it.value(), 0});
    values.append({QStringLiteral("created_at_ms"), createdAtMs, 0});
    if (m_spec.verified)
        values.append({QStringLiteral("verification"), verificationCode(Verification::Unverified), 0});
    XASO_TRY(writer.insert(m_spec.table, id, values));
    StoredRow row;
    row.meta.id = id;
    row.meta.rowVersion = 1;
    row.meta.createdAtMs = createdAtMs;
    row.fields = fields;
    return bump(contributionsOf(row), +1);
}

Status RecordTable::update(RecordWriter& writer, const StoredRow& current, const FieldMap& changes)
{
    if (changes.isEmpty())
        return {};
    QList<FieldValue> values;
    StoredRow after = current;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        values.append({it.key(), it.value(), 0});
        after.fields.insert(it.key(), it.value());
    }
    XASO_TRY(writer.update(m_spec.table, current.meta.id, values));
    XASO_TRY(bump(contributionsOf(current), -1));
    return bump(contributionsOf(after), +1);
}

Status RecordTable::remove(RecordWriter& writer, const StoredRow& current)
{
    XASO_TRY(writer.remove(m_spec.table, current.meta.id));
    return bump(contributionsOf(current), -1);
}

Status RecordTable::setVerification(RecordWriter& writer, const StoredRow& current, Verification state,
                                    const QStringList& diff, qint64 atMs)
{
    if (!m_spec.verified)
        return makeError(ErrorCode::Internal, tr("%1 records are not verified.").arg(m_spec.table));
    const QList<FieldValue> values{
        {QStringLiteral("verification"), verificationCode(state), 0},
        {QStringLiteral("verification_diff"), textOrNull(diff.join(QLatin1Char(','))), 0},
        {QStringLiteral("verified_at_ms"), atMs, 0},
    };
    XASO_TRY(writer.update(m_spec.table, current.meta.id, values));
    StoredRow after = current;
    after.meta.verification = state;
    XASO_TRY(bump(contributionsOf(current), -1));
    return bump(contributionsOf(after), +1);
}

Status RecordTable::rebuildAggregates()
{
    if (!identifiersOk(m_spec))
        return badSpec(m_spec);
    Aggregates aggregates(m_db);
    for (const QString& prefix : m_spec.ownAggregatePrefixes)
        XASO_TRY(aggregates.clear(prefix));
    if (m_spec.countRecords) {
        auto del = m_db.prepare(QStringLiteral("DELETE FROM aggregates WHERE name IN (?, ?) AND k1 = ?"));
        if (!del)
            return del.error();
        XASO_TRY(del->bind(1, kAddedWeek).bind(2, kVerification).bind(3, m_spec.kind).exec());
    }
    auto st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM %2 WHERE deleted = 0").arg(selectColumns(), m_spec.table));
    if (!st)
        return st.error();
    QHash<QString, AggregateKey> totals; // keyed by name, k1, k2 joined with a separator
    for (;;) {
        auto more = st->step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        for (const AggregateKey& k : contributionsOf(readRow(*st))) {
            const QString key = k.name + QChar(0x1F) + k.k1 + QChar(0x1F) + k.k2;
            auto it = totals.find(key);
            if (it == totals.end())
                totals.insert(key, k);
            else
                it->value += k.value;
        }
    }
    for (const AggregateKey& k : std::as_const(totals)) {
        if (k.value != 0)
            XASO_TRY(aggregates.bump(k.name, k.k1, k.k2, k.value));
    }
    return {};
}

Result<FieldMap> RecordTable::officerChanges(const FieldMap& original, const FieldMap& edited,
                                             const FieldMap& stored, const QStringList& derived)
{
    FieldMap changes;
    for (auto it = edited.cbegin(); it != edited.cend(); ++it) {
        if (derived.contains(it.key()) || sameValue(original.value(it.key()), it.value()))
            continue;
        const QVariant now = stored.value(it.key());
        if (!sameValue(original.value(it.key()), now) && !sameValue(now, it.value()))
            return makeError(ErrorCode::Conflict,
                             tr("The field '%1' was changed by someone else after you opened "
                                "the record. Reload it and apply your change again.")
                                 .arg(it.key()));
        changes.insert(it.key(), it.value());
    }
    return changes;
}

FieldMap RecordTable::differences(const FieldMap& from, const FieldMap& to)
{
    FieldMap out;
    for (auto it = to.cbegin(); it != to.cend(); ++it) {
        if (!sameValue(from.value(it.key()), it.value()))
            out.insert(it.key(), it.value());
    }
    return out;
}

} // namespace xaso::domain
