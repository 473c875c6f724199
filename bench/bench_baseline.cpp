// The physical limit for the import figures: plain prepared INSERTs of the same resident rows,
// in the same order as the import wrote them.

#include "bench_context.h"

#include "crypto/secure_bytes.h"

#include <sqlcipher/sqlite3.h>

#include <QDir>
#include <QFile>

#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace xaso::bench {

namespace {

struct Cell
{
    int type = SQLITE_NULL;
    sqlite3_int64 i = 0;
    double d = 0;
    std::string bytes;
};

Error sqlError(sqlite3* db, const QString& what)
{
    return makeError(ErrorCode::Storage, u"%1: %2"_s.arg(what, QString::fromUtf8(sqlite3_errmsg(db))));
}

Status execRaw(sqlite3* db, const QByteArray& sql)
{
    char* msg = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &msg) != SQLITE_OK) {
        const QString text = QString::fromUtf8(msg ? msg : "?");
        sqlite3_free(msg);
        return makeError(ErrorCode::Storage, u"%1: %2"_s.arg(QString::fromUtf8(sql), text));
    }
    return {};
}

// The residents table and its indexes as the vault's schema declares them.
Result<QList<QByteArray>> residentSchema(storage::Database& db)
{
    auto st = db.prepare(u"SELECT sql FROM sqlite_master WHERE tbl_name = 'residents' AND sql IS NOT NULL "
                         "ORDER BY type = 'index', name"_s);
    if (!st)
        return st.error();
    QList<QByteArray> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(st->text(0).toUtf8());
    }
    return out;
}

Result<std::vector<std::vector<Cell>>> residentRows(storage::Database& db, int* columns)
{
    sqlite3_stmt* st = nullptr;
    // In the table's order: the order the import wrote them (see measureInsertBaselines).
    if (sqlite3_prepare_v2(db.handle(), "SELECT * FROM residents ORDER BY rowid", -1, &st, nullptr) != SQLITE_OK)
        return sqlError(db.handle(), u"Reading the residents"_s);
    *columns = sqlite3_column_count(st);
    std::vector<std::vector<Cell>> rows;
    while (sqlite3_step(st) == SQLITE_ROW) {
        std::vector<Cell> row(static_cast<size_t>(*columns));
        for (int c = 0; c < *columns; ++c) {
            Cell& cell = row[size_t(c)];
            cell.type = sqlite3_column_type(st, c);
            if (cell.type == SQLITE_INTEGER)
                cell.i = sqlite3_column_int64(st, c);
            else if (cell.type == SQLITE_FLOAT)
                cell.d = sqlite3_column_double(st, c);
            else if (cell.type != SQLITE_NULL)
                cell.bytes.assign(static_cast<const char*>(sqlite3_column_blob(st, c)),
                                  size_t(sqlite3_column_bytes(st, c)));
        }
        rows.push_back(std::move(row));
    }
    sqlite3_finalize(st);
    return rows;
}

// Opens a fresh database with the vault's settings (keyed when key is not empty), creates the
// schema, and times the inserts of every row in one transaction. Rows per second.
Result<double> insertAll(const QString& path, const QByteArray& keyLiteral, const QList<QByteArray>& schema,
                         const std::vector<std::vector<Cell>>& rows, int columns)
{
    QFile::remove(path);
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    sqlite3* db = nullptr;
    const QByteArray native = QFile::encodeName(path);
    if (sqlite3_open_v2(native.constData(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return makeError(ErrorCode::Io, u"Cannot create %1"_s.arg(path));
    }
    auto closer = qScopeGuard([db] { sqlite3_close(db); });
    if (!keyLiteral.isEmpty()) {
        if (sqlite3_key(db, keyLiteral.constData(), int(keyLiteral.size())) != SQLITE_OK)
            return sqlError(db, u"Keying the baseline database"_s);
        XASO_TRY(execRaw(db, "PRAGMA cipher_page_size = 4096;"));
    }
    XASO_TRY(execRaw(db,
                     "PRAGMA page_size = 4096; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; "
                     "PRAGMA cache_size = -65536; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"));
    for (const QByteArray& sql : schema)
        XASO_TRY(execRaw(db, sql));

    QByteArray insert = "INSERT INTO residents VALUES (?";
    for (int c = 1; c < columns; ++c)
        insert += ",?";
    insert += ')';
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, insert.constData(), -1, &st, nullptr) != SQLITE_OK)
        return sqlError(db, u"Preparing the baseline insert"_s);
    auto finalizer = qScopeGuard([st] { sqlite3_finalize(st); });

    Stopwatch sw;
    XASO_TRY(execRaw(db, "BEGIN IMMEDIATE"));
    for (const auto& row : rows) {
        for (int c = 0; c < columns; ++c) {
            const Cell& cell = row[size_t(c)];
            switch (cell.type) {
            case SQLITE_INTEGER:
                sqlite3_bind_int64(st, c + 1, cell.i);
                break;
            case SQLITE_FLOAT:
                sqlite3_bind_double(st, c + 1, cell.d);
                break;
            case SQLITE_TEXT:
                sqlite3_bind_text(st, c + 1, cell.bytes.data(), int(cell.bytes.size()), SQLITE_STATIC);
                break;
            case SQLITE_BLOB:
                sqlite3_bind_blob(st, c + 1, cell.bytes.data(), int(cell.bytes.size()), SQLITE_STATIC);
                break;
            default:
                sqlite3_bind_null(st, c + 1);
            }
        }
        if (sqlite3_step(st) != SQLITE_DONE)
            return sqlError(db, u"Baseline insert"_s);
        sqlite3_reset(st);
    }
    XASO_TRY(execRaw(db, "COMMIT"));
    const double seconds = sw.seconds();
    return double(rows.size()) / seconds;
}

} // namespace

Result<InsertBaselines> measureInsertBaselines(Bench& b, storage::Database& source)
{
    // The rows as the CSV import wrote them, in its order (the file's list order), with the keys it
    // made (new households' keys). Read from the demo vault instead, in generation order with the
    // generator's keys, the baseline wrote its list-order indexes at random where the import
    // appends to them: at 1,000,000 residents it ran at 5,941 rows/s instead of 29,015, and made
    // the import look twice as fast as a third of it (session 6).
    auto schema = residentSchema(source);
    if (!schema)
        return schema.error();
    int columns = 0;
    auto rows = residentRows(source, &columns);
    if (!rows)
        return rows.error();
    InsertBaselines out;
    out.rows = qint64(rows->size());

    // A random raw key, passed as SQLCipher's x'…' literal like the vault's.
    const crypto::SecureBytes key = crypto::SecureBytes::random(32);
    QByteArray literal =
        "x'" + QByteArray(reinterpret_cast<const char*>(key.data()), int(key.size())).toHex() + "'";

    const QString keyedPath = QDir(b.dir).filePath(u"baseline-sqlcipher.db"_s);
    const QString plainPath = QDir(b.dir).filePath(u"baseline-plain.db"_s);
    resetPeak();
    auto keyed = insertAll(keyedPath, literal, *schema, *rows, columns);
    out.sqlcipherPeakMiB = peakRssMiB();
    if (!keyed)
        return keyed.error();
    resetPeak();
    auto plain = insertAll(plainPath, {}, *schema, *rows, columns);
    out.plainPeakMiB = peakRssMiB();
    if (!plain)
        return plain.error();
    out.sqlcipherRowsPerSec = *keyed;
    out.plainRowsPerSec = *plain;
    for (const QString& p : {keyedPath, plainPath})
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(p + suffix);
    return out;
}

} // namespace xaso::bench
