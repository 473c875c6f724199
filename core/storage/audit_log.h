#pragma once
// The audit chain: every change appends a row in the same transaction as the change. Each row
// carries the hash of the previous one and an Ed25519 signature by the profile key, so verify()
// finds an edited, inserted or deleted row. See docs/vault-format.md, "Audit chain".

#include "crypto/secure_bytes.h"
#include "storage/database.h"
#include "util/clock.h"

namespace xaso::storage {

struct AuditEntry
{
    QString table;     // e.g. "residents"
    QString recordKey; // the record's key as text
    QString action;    // insert, update, delete, read-sensitive, import, unlock, …
    QString detail;    // short, no secrets
};

struct AuditReport
{
    bool intact = true;
    qint64 rowsChecked = 0;
    qint64 firstBadSeq = 0; // 0 when intact
    QString problem;        // what is wrong at firstBadSeq, for a person
};

class AuditLog
{
public:
    AuditLog(Database& db, QString actor, const crypto::SecureBytes& signingSecret, const Clock& clock)
        : m_db(db), m_actor(std::move(actor)), m_secret(signingSecret), m_clock(clock)
    {
    }

    // Appends one row. Must be called inside the transaction that makes the change.
    Status append(const AuditEntry& entry);

    // Walks the whole chain against the profile's public key.
    static Result<AuditReport> verify(Database& db, const QByteArray& publicKey);

    static QByteArray rowHash(qint64 seq, qint64 atMs, const QString& actor, const AuditEntry& e,
                              const QByteArray& prevHash);

private:
    Database& m_db;
    QString m_actor;
    const crypto::SecureBytes& m_secret;
    const Clock& m_clock;
};

} // namespace xaso::storage
