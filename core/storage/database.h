#pragma once
// Thin RAII over the SQLCipher C API: Database, Statement (typed binds), Transaction (rolls back
// on scope exit unless committed), and a prepared-statement cache. No QtSql, no Poco::Data: both
// load plain libsqlite3, whose symbols clash with libsqlcipher's.

#include "crypto/secure_bytes.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace xaso::storage {

class Database;

class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    // Parameters are 1-based, as in SQLite. Each returns *this so calls can be chained.
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value); // NULL when value.isNull()
    Statement& bind(int index, const QByteArray& value); // BLOB; NULL when value.isNull()
    Statement& bind(int index, const char* utf8) = delete; // say QString or QByteArray explicitly
    Statement& bindNull(int index);
    Statement& bindText(int index, QByteArrayView utf8); // TEXT from UTF-8 the caller already holds
    Statement& bind(int index, const QVariant& value);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Steps once: true when a row is available, false when done.
    Result<bool> step();
    // Runs to completion (for writes); fails on the first error.
    Status exec();
    void reset(); // also clears the bindings

    int columnCount() const;
    bool isNull(int col) const;
    qint64 int64(int col) const;
    int int32(int col) const { return int(int64(col)); }
    double real(int col) const;
    QString text(int col) const;
    // The column's UTF-8 bytes without a copy: valid until the next step(), reset() or column call
    // on another type. For hot loops that only compare (the name search's candidate filter).
    QByteArrayView textView(int col) const;
    QByteArray blob(int col) const;
    QVariant value(int col) const;

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, Database* db) : m_stmt(stmt), m_db(db) {}
    sqlite3_stmt* m_stmt = nullptr;
    Database* m_db = nullptr;
};

struct OpenOptions
{
    bool create = false;      // create the file if it does not exist
    int cacheSizeKiB = 65536; // page cache (64 MiB)
    int busyTimeoutMs = 10000;
};

class Database
{
public:
    Database() = default;
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (or creates) an SQLCipher file with a raw 256-bit key, sets cipher page size 4096, WAL,
    // foreign keys, a large page cache and in-memory temp storage, and checks cipher_version ≥ 3.4.
    // A wrong key or a file that is not an SQLCipher database → ErrorCode::WrongPassword or Tampered.
    static Result<Database> open(const QString& path, const crypto::SecureBytes& rawKey,
                                 const OpenOptions& options = {});

    bool isOpen() const { return m_db != nullptr; }
    void close();

    Result<Statement> prepare(const QString& sql);
    // A statement kept prepared for the life of the connection. The reference stays valid until
    // close(); it is reset (and its bindings cleared) before it is handed out again.
    Result<Statement*> cached(const char* sql);
    // Runs one or more statements with no parameters and no results.
    Status exec(const QString& sql);
    // The first column of the first row, or a null QVariant when there is no row.
    Result<QVariant> scalar(const QString& sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;
    QString cipherVersion() const { return m_cipherVersion; }
    QString path() const { return m_path; }

    // Turns the connection's current error into an Error with our wording.
    Error lastError(const QString& context) const;
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
    QString m_path;
    QString m_cipherVersion;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

// BEGIN IMMEDIATE on begin(); ROLLBACK in the destructor unless commit() succeeded.
class [[nodiscard]] Transaction
{
public:
    static Result<Transaction> begin(Database& db);
    ~Transaction();
    Transaction(Transaction&& other) noexcept : m_db(other.m_db) { other.m_db = nullptr; }
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    Status commit();
    void rollback();

private:
    explicit Transaction(Database* db) : m_db(db) {}
    Database* m_db = nullptr; // null once committed or rolled back
};

} // namespace xaso::storage
