#pragma once
// The officer's side of sync (docs/sync-protocol.md): enrol with a one-time code and pin the
// server's certificate; then each sync asks the server where it stands, pushes the outbox in signed
// batches of whole transactions, pulls and applies other devices' changes one page per transaction,
// and compares per-table digests. Every step stores its progress in the transaction that makes it,
// so a sync killed at any byte resumes without losing or repeating a change. Network failures, 5xx
// and 429 are retried with exponential backoff and jitter (429 waits Retry-After).

#include "client/http_transport.h"
#include "client/remote_applier.h"
#include "protocol/digest.h"
#include "protocol/table_kinds.h"
#include "storage/vault.h"

#include <QRandomGenerator>

#include <functional>

namespace xaso::sync {

struct SyncOptions
{
    qsizetype batchBytes = 0; // 0: kTargetBatchBytes
    int maxAttempts = 6;      // per request
    qint64 backoffBaseMs = 500;
    qint64 backoffMaxMs = 60000;
    std::function<void(qint64 ms)> sleep;              // default: block the thread
    std::function<void(const QString& line)> progress; // one line per step, for a person
    quint32 jitterSeed = 0;                            // 0: random
    RecordChangedHook recordChanging; // before a pulled change is written
    RecordChangedHook recordChanged;  // after
    // Comparing digests reads every row of every synced table on both sides, so it costs what the
    // whole register costs, not what the sync moved. The app and xaso-cli compare on the first sync
    // of each day (Daily; `xaso-cli sync --verify` forces it); tests compare on every sync.
    enum class DigestCheck { EverySync, Daily };
    DigestCheck digests = DigestCheck::EverySync;
};

struct TableComparison
{
    QString table;
    TableDigest local;
    TableDigest server;
    bool matches() const { return local.digest == server.digest; }
};

struct SyncReport
{
    qint64 pushed = 0; // changes the server acknowledged in this sync
    int batches = 0;
    qint64 pulled = 0; // remote changes received
    ApplyStats applied;
    bool digestsCompared = false;
    QList<TableComparison> tables;
    QStringList divergent; // tables whose digests differ
};

struct EnrolmentResult
{
    QString serverName;
    QStringList roles;
    quint64 epoch = 0;
};

class SyncClient
{
public:
    SyncClient(storage::Vault& vault, HttpTransport& transport, SyncOptions options = {});

    // Registers this vault's device with the server and pins its certificate fingerprint.
    static Result<EnrolmentResult> enroll(storage::Vault& vault, HttpTransport& transport, const QString& url,
                                          const QString& code, const QString& fingerprint);

    Result<SyncReport> sync();

    // The steps of sync(), for tests and progress displays.
    Status refreshStatus();
    Status push(SyncReport& report);
    Status pull(SyncReport& report);
    Status compareDigests(SyncReport& report);
    Result<bool> digestsDue();

    // Sleeps asked for by backoff and Retry-After, in order (tests check them instead of waiting).
    const QList<qint64>& waits() const { return m_waits; }

private:
    Result<HttpResponse> call(HttpRequest request, bool sign);
    Status reload();
    Status storeAck(const QJsonObject& ack, qint64 lastSeq, const QByteArray& lastChain);
    Error refusal(const HttpResponse& response);
    void say(const QString& line);

    storage::Vault& m_vault;
    HttpTransport& m_transport;
    SyncOptions m_options;
    SyncState m_state;
    QRandomGenerator m_random;
    QList<qint64> m_waits;
    int m_schema = 0;
    bool m_revoked = false;
};

} // namespace xaso::sync
