#include "storage/database.h"

#include "storage/wal_check.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlcipher/sqlite3.h>

namespace xaso::storage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Database", text);
}

ErrorCode codeFor(int rc)
{
    switch (rc & 0xFF) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT: return ErrorCode::Tampered;
    case SQLITE_CONSTRAINT:
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return ErrorCode::Conflict;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_PERM: return ErrorCode::Io;
    default: return ErrorCode::Storage;
    }
}

} // namespace

// ---- Statement ------------------------------------------------------------------------------

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept : m_stmt(other.m_stmt), m_db(other.m_db)
{
    other.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = other.m_stmt;
        m_db = other.m_db;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& value)
{
    if (value.isNull())
        return bindNull(index);
    sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindText(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bind(int index, const QVariant& value)
{
    if (value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool: return bind(index, value.toLongLong());
    case QMetaType::Double: return bind(index, value.toDouble());
    case QMetaType::QByteArray: return bind(index, value.toByteArray());
    default: return bind(index, value.toString());
    }
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error e = m_db->lastError(tr("Reading or writing the vault"));
    sqlite3_reset(m_stmt);
    return e;
}

Status Statement::exec()
{
    for (;;) {
        auto r = step();
        if (!r)
            return r.error();
        if (!*r)
            break;
    }
    sqlite3_reset(m_stmt);
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

qint64 Statement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Statement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

QString Statement::text(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

QByteArrayView Statement::textView(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, col)) : QByteArrayView();
}

QByteArray Statement::blob(int col) const
{
    const void* p = sqlite3_column_blob(m_stmt, col);
    const int n = sqlite3_column_bytes(m_stmt, col);
    if (!p)
        return sqlite3_column_type(m_stmt, col) == SQLITE_NULL ? QByteArray() : QByteArray("");
    return QByteArray(static_cast<const char*>(p), n);
}

QVariant Statement::value(int col) const
{
    switch (sqlite3_column_type(m_stmt, col)) {
    case SQLITE_INTEGER: return QVariant(int64(col));
    case SQLITE_FLOAT: return QVariant(real(col));
    case SQLITE_BLOB: return QVariant(blob(col));
    case SQLITE_NULL: return QVariant();
    default: return QVariant(text(col));
    }
}

// ---- Database -------------------------------------------------------------------------------

Database::~Database()
{
    close();
}

Database::Database(Database&& other) noexcept
    : m_db(other.m_db), m_path(std::move(other.m_path)), m_cipherVersion(std::move(other.m_cipherVersion)),
      m_cache(std::move(other.m_cache))
{
    other.m_db = nullptr;
    for (auto& [sql, stmt] : m_cache)
        stmt->m_db = this;
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        m_cipherVersion = std::move(other.m_cipherVersion);
        m_cache = std::move(other.m_cache);
        other.m_db = nullptr;
        for (auto& [sql, stmt] : m_cache)
            stmt->m_db = this;
    }
    return *this;
}

void Database::close()
{
    m_cache.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Error Database::lastError(const QString& context) const
{
    const int rc = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE;
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
    const ErrorCode code = codeFor(rc);
    if (code == ErrorCode::Tampered)
        return makeError(code, tr("%1: the vault file is damaged or has been altered (%2).").arg(context, detail));
    return makeError(code, tr("%1: %2").arg(context, detail));
}

Result<Database> Database::open(const QString& path, const crypto::SecureBytes& rawKey, const OpenOptions& options)
{
    if (rawKey.size() != 32)
        return makeError(ErrorCode::InvalidArgument, tr("The vault key must be 256 bits."));
    if (!options.create && !QFile::exists(path))
        return makeError(ErrorCode::NotFound, tr("There is no vault at %1.").arg(path));

    // A WAL left beside the vault is proven to be this vault's before a connection that could
    // checkpoint it into the file is opened (storage/wal_check.h). No cost when there is none.
    if (QFile::exists(path))
        XASO_TRY(wal::verifyLeftover(path, rawKey, options.busyTimeoutMs));

    Database db;
    db.m_path = path;
    const int flags = SQLITE_OPEN_READWRITE | (options.create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    const QByteArray nativePath = QFile::encodeName(path);
    if (sqlite3_open_v2(nativePath.constData(), &db.m_db, flags, nullptr) != SQLITE_OK)
        return db.lastError(tr("Opening the vault"));
#ifdef SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE
    // SQLite 3.16+ (SQLCipher 4 on Windows): a connection this open refuses closes without a
    // checkpoint as well. Disarmed on success; destroyed before db, so it runs before the close.
    struct NoCheckpointIfRefused
    {
        sqlite3* handle;
        bool armed = true;
        ~NoCheckpointIfRefused()
        {
            if (armed)
                sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        }
    } noCheckpoint{db.m_db};
#endif

    {
        const crypto::SecureBytes literal = wal::keyLiteral(rawKey);
        if (sqlite3_key(db.m_db, literal.data(), int(literal.size())) != SQLITE_OK)
            return db.lastError(tr("Setting the vault key"));
    }
    XASO_TRY(db.exec(QStringLiteral("PRAGMA cipher_page_size = 4096;")));

    // The first real read decrypts page 1: a wrong key or a foreign file fails here.
    auto probe = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master;"));
    if (!probe) {
        if (probe.code() == ErrorCode::Tampered)
            return makeError(ErrorCode::WrongPassword,
                             tr("The vault could not be decrypted: the key is wrong, or the file is not an "
                                "Xã Số vault or is damaged."));
        return probe.error();
    }

    auto version = db.scalar(QStringLiteral("PRAGMA cipher_version;"));
    db.m_cipherVersion = version ? version->toString() : QString();
    const QStringList parts = db.m_cipherVersion.split(QLatin1Char('.'));
    const int major = parts.value(0).toInt();
    const int minor = parts.value(1).toInt();
    if (db.m_cipherVersion.isEmpty() || major < 3 || (major == 3 && minor < 4))
        return makeError(ErrorCode::Unsupported,
                         tr("This build uses SQLCipher %1; Xã Số needs 3.4 or newer.")
                             .arg(db.m_cipherVersion.isEmpty() ? tr("(none)") : db.m_cipherVersion));

    sqlite3_busy_timeout(db.m_db, options.busyTimeoutMs);
    XASO_TRY(db.exec(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; "
                                    "PRAGMA cache_size = -%1;")
                         .arg(options.cacheSizeKiB)));
    auto mode = db.scalar(QStringLiteral("PRAGMA journal_mode = WAL;"));
    if (!mode)
        return mode.error();
    // WAL with synchronous=NORMAL survives a killed process without losing a committed transaction.
    XASO_TRY(db.exec(QStringLiteral("PRAGMA synchronous = NORMAL;")));
#ifdef SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE
    noCheckpoint.armed = false;
#endif
    return db;
}

Result<Statement> Database::prepare(const QString& sql)
{
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        return lastError(tr("Preparing a query"));
    return Statement(stmt, this);
}

Result<Statement*> Database::cached(const char* sql)
{
    auto it = m_cache.find(sql);
    if (it != m_cache.end()) {
        it->second->reset();
        return it->second.get();
    }
    auto prepared = prepare(QString::fromUtf8(sql));
    if (!prepared)
        return prepared.error();
    auto owned = std::make_unique<Statement>(std::move(prepared).value());
    Statement* raw = owned.get();
    m_cache.emplace(sql, std::move(owned));
    return raw;
}

Status Database::exec(const QString& sql)
{
    char* err = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        sqlite3_free(err);
        return lastError(tr("Running a statement"));
    }
    return {};
}

Result<QVariant> Database::scalar(const QString& sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->value(0) : QVariant();
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

// ---- Transaction ----------------------------------------------------------------------------

Result<Transaction> Transaction::begin(Database& db)
{
    XASO_TRY(db.exec(QStringLiteral("BEGIN IMMEDIATE;")));
    return Transaction(&db);
}

Transaction::~Transaction()
{
    rollback();
}

void Transaction::rollback()
{
    if (m_db && m_db->inTransaction()) {
        if (!m_db->exec(QStringLiteral("ROLLBACK;")))
            qCWarning(lcStorage) << "rollback failed";
    }
    m_db = nullptr;
}

Status Transaction::commit()
{
    if (!m_db)
        return makeError(ErrorCode::Internal, tr("The transaction was already finished."));
    auto s = m_db->exec(QStringLiteral("COMMIT;"));
    if (!s)
        return s; // the destructor rolls back
    m_db = nullptr;
    return {};
}

} // namespace xaso::storage
