#include "domain/changes/record_writer.h"

#include <QCoreApplication>

namespace xaso::domain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RecordWriter", text);
}

Error badIdentifier(const QString& name)
{
    return makeError(ErrorCode::Internal, tr("'%1' is not a valid table or column name.").arg(name));
}

} // namespace

bool isSqlIdentifier(const QString& name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        const bool ok = (c >= u'a' && c <= u'z') || c == u'_' || (i > 0 && c >= u'0' && c <= u'9');
        if (!ok)
            return false;
    }
    return true;
}

RecordWriter::RecordWriter(storage::Vault& vault) : m_vault(vault), m_db(vault.db()), m_hlc(vault.db(), vault.clock())
{
}

Result<qint64> RecordWriter::transactionId()
{
    if (m_txn)
        return m_txn;
    auto v = m_db.scalar(QStringLiteral("SELECT value FROM vault_meta WHERE key = 'txn'"));
    if (!v)
        return v.error();
    m_txn = v->toLongLong() + 1;
    auto st = m_db.cached("INSERT OR REPLACE INTO vault_meta (key, value) VALUES ('txn', ?)");
    if (!st)
        return st.error();
    XASO_TRY((*st)->bind(1, m_txn).exec());
    return m_txn;
}

Status RecordWriter::appendChange(const QString& table, const QString& id, const char* op, const QByteArray& fields,
                                  qint64 hlc)
{
    auto txn = transactionId();
    if (!txn)
        return txn.error();
    auto st = m_db.cached("INSERT INTO change_log (hlc, tbl, record_key, op, fields, txn) VALUES (?,?,?,?,?,?)");
    if (!st)
        return st.error();
    // A delete carries no fields: an empty, non-NULL blob.
    (*st)->bind(1, hlc).bind(2, table).bind(3, id).bind(4, QString::fromLatin1(op));
    (*st)->bind(5, fields.isNull() ? QByteArray("") : fields).bind(6, *txn);
    XASO_TRY((*st)->exec());
    ++m_changes;
    return {};
}

Status RecordWriter::audit(const QString& table, const QString& id, const char* op)
{
    if (!m_auditEach)
        return {};
    return m_vault.audit().append({table, id, QString::fromLatin1(op), {}});
}

Result<storage::Statement*> RecordWriter::insertStatement(const QString& table, const QList<FieldValue>& fields)
{
    InsertSql& built = m_inserts[table];
    bool same = !built.sql.isEmpty() && fields.size() == built.columns.size();
    for (qsizetype i = 0; same && i < fields.size(); ++i)
        same = fields.at(i).name == built.columns.at(i);
    if (!same) {
        if (!isSqlIdentifier(table))
            return badIdentifier(table);
        QStringList names;
        for (const FieldValue& f : fields) {
            if (!isSqlIdentifier(f.name))
                return badIdentifier(f.name);
            names << f.name;
        }
        const QStringList columns =
            QStringList{QStringLiteral("id"), QStringLiteral("row_version"), QStringLiteral("updated_hlc")} + names;
        const QString placeholders = QStringLiteral("?,").repeated(columns.size()).chopped(1);
        built.sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(table, columns.join(QLatin1Char(',')), placeholders)
                        .toUtf8();
        built.columns = names;
    }
    auto st = m_db.cached(built.sql.constData());
    if (!st)
        return st.error();
    return *st;
}

Status RecordWriter::insert(const QString& table, const QString& id, const QList<FieldValue>& fields)
{
    if (!m_db.inTransaction())
        return makeError(ErrorCode::Internal, tr("Records are written inside a transaction."));
    auto st = insertStatement(table, fields);
    if (!st)
        return st.error();
    auto hlc = m_hlc.tick();
    if (!hlc)
        return hlc.error();
    (*st)->bind(1, id).bind(2, qint64(1)).bind(3, *hlc);
    int i = 4;
    for (const FieldValue& f : fields)
        (*st)->bind(i++, f.value);
    auto s = (*st)->exec();
    if (!s && s.code() == ErrorCode::Conflict)
        return makeError(ErrorCode::Conflict, tr("A %1 record with key %2 already exists, or a linked record is missing.")
                                                  .arg(table, id));
    XASO_TRY(s);
    XASO_TRY(appendChange(table, id, "insert", encodeFields(fields), *hlc));
    return audit(table, id, "insert");
}

Result<quint32> RecordWriter::fieldVersion(const QString& table, const QString& id, const QString& field)
{
    auto st = m_db.cached("SELECT version FROM field_versions WHERE tbl = ? AND record_key = ? AND field = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, table).bind(2, id).bind(3, field);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    if (*row)
        return quint32((*st)->int64(0));
    if (!isSqlIdentifier(table))
        return badIdentifier(table);
    auto exists = m_db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE id = '%2'")
                                  .arg(table, QString(id).replace(QLatin1Char('\''), QStringLiteral("''"))));
    if (!exists)
        return exists.error();
    return exists->toInt() > 0 ? 1u : 0u;
}

Status RecordWriter::update(const QString& table, const QString& id, const QList<FieldValue>& changed)
{
    if (!m_db.inTransaction())
        return makeError(ErrorCode::Internal, tr("Records are written inside a transaction."));
    if (!isSqlIdentifier(table))
        return badIdentifier(table);
    if (changed.isEmpty())
        return {};
    // Check every field before writing anything, so a refused edit leaves no trace.
    QList<FieldValue> logged;
    QStringList sets;
    for (const FieldValue& f : changed) {
        if (!isSqlIdentifier(f.name))
            return badIdentifier(f.name);
        auto current = fieldVersion(table, id, f.name);
        if (!current)
            return current.error();
        if (*current == 0)
            return makeError(ErrorCode::NotFound, tr("There is no %1 record with key %2.").arg(table, id));
        if (f.baseVersion != 0 && f.baseVersion != *current)
            return makeError(ErrorCode::Conflict, tr("The field '%1' was changed by someone else after you opened the "
                                                     "record. Reload it and apply your change again.")
                                                      .arg(f.name));
        logged.append({f.name, f.value, *current});
        sets << f.name + QStringLiteral(" = ?");
    }
    for (const FieldValue& f : logged) {
        auto up = m_db.cached("INSERT OR REPLACE INTO field_versions (tbl, record_key, field, version) VALUES (?,?,?,?)");
        if (!up)
            return up.error();
        XASO_TRY((*up)->bind(1, table).bind(2, id).bind(3, f.name).bind(4, qint64(f.baseVersion + 1)).exec());
    }
    auto hlc = m_hlc.tick();
    if (!hlc)
        return hlc.error();
    const QByteArray sql = QStringLiteral("UPDATE %1 SET %2, row_version = row_version + 1, updated_hlc = ? WHERE id = ?")
                               .arg(table, sets.join(QStringLiteral(", ")))
                               .toUtf8();
    auto st = m_db.cached(sql.constData());
    if (!st)
        return st.error();
    int i = 1;
    for (const FieldValue& f : changed)
        (*st)->bind(i++, f.value);
    (*st)->bind(i, *hlc);
    (*st)->bind(i + 1, id);
    XASO_TRY((*st)->exec());
    XASO_TRY(appendChange(table, id, "update", encodeFields(logged), *hlc));
    return audit(table, id, "update");
}

Status RecordWriter::remove(const QString& table, const QString& id)
{
    if (!m_db.inTransaction())
        return makeError(ErrorCode::Internal, tr("Records are written inside a transaction."));
    if (!isSqlIdentifier(table))
        return badIdentifier(table);
    auto hlc = m_hlc.tick();
    if (!hlc)
        return hlc.error();
    const QByteArray sql =
        QStringLiteral("UPDATE %1 SET deleted = 1, row_version = row_version + 1, updated_hlc = ? WHERE id = ? AND "
                       "deleted = 0")
            .arg(table)
            .toUtf8();
    auto st = m_db.cached(sql.constData());
    if (!st)
        return st.error();
    XASO_TRY((*st)->bind(1, *hlc).bind(2, id).exec());
    if (m_db.changes() == 0)
        return makeError(ErrorCode::NotFound, tr("There is no %1 record with key %2 to delete.").arg(table, id));
    XASO_TRY(appendChange(table, id, "delete", {}, *hlc));
    return audit(table, id, "delete");
}

} // namespace xaso::domain
