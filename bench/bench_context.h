#pragma once
// What every benchmark phase shares: the options, the work directory, the catalogs and the demo
// vault (opened with the production settings), and the results being collected.

#include "bench_harness.h"

#include "crypto/crypto.h"
#include "reference/model_catalog.h"
#include "reference/roles.h"
#include "storage/vault.h"
#include "util/clock.h"

#include <functional>
#include <memory>
#include <optional>

namespace xaso::bench {

struct Options
{
    int residents = 12000;
    bool quick = false;     // tiny sizes and the interactive KDF limits: the ctest smoke run
    bool otherKinds = true; // the demo vault also holds welfare, labour, land and copies
    int searchQueries = 1000;
    int repeats = 30; // repetitions of the dashboard and paging queries
    QString jsonPath;
    QString keepDir; // reuse (or create and keep) the demo vault here
};

struct Bench
{
    Options options;
    QString dir; // work directory (a temporary one unless --keep)
    std::optional<ModelCatalog> catalog;
    std::optional<RoleCatalog> roles;
    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)};
    QDate today{2026, 11, 23};
    std::unique_ptr<storage::Vault> vault; // the demo commune
    QString vaultPath;
    Results results;

    static QString password() { return QStringLiteral("bench-mật-khẩu-2026"); }
    static QStringList roleIds();
    crypto::KdfLimits kdfLimits() const
    {
        return options.quick ? crypto::KdfLimits::interactive() : crypto::KdfLimits::moderate();
    }
    // A new empty vault with the bench roles at `path` (the KDF is not part of any figure).
    Result<std::unique_ptr<storage::Vault>> createVault(const QString& path);
    static void removeVault(const QString& path); // the file, its WAL and its key header

    // Runs fn with the peak-memory reading reset before; returns fn's status and sets *peakMiB.
    Status measured(double* peakMiB, const std::function<Status()>& fn);
    void log(const QString& line) const;
};

Status prepareDemoVault(Bench& b);    // bench_vault.cpp: generate (timed) or reuse the demo vault
Status benchGeneratorKinds(Bench& b); // bench_vault.cpp: demo generation with and without other kinds
Status benchExportImport(Bench& b);   // bench_import.cpp
// bench_baseline.cpp: the demo vault's resident rows inserted with plain prepared statements, in
// one transaction, into the same table and indexes: keyed SQLCipher with the vault's settings, and
// the same library unkeyed (plain SQLite, the physical limit). Rows per second.
struct InsertBaselines
{
    qint64 rows = 0;
    double sqlcipherRowsPerSec = 0;
    double plainRowsPerSec = 0;
    double sqlcipherPeakMiB = 0;
    double plainPeakMiB = 0;
};
// `source` holds the rows: the vault the CSV import just wrote, read in its order (the file's), so
// the baseline inserts exactly the rows the import wrote, in the order it wrote them.
Result<InsertBaselines> measureInsertBaselines(Bench& b, storage::Database& source);
Status benchSearch(Bench& b);       // bench_queries.cpp
Status benchDashboard(Bench& b);    // bench_queries.cpp
Status benchPaging(Bench& b);       // bench_queries.cpp
Status benchWeeklyReport(Bench& b); // bench_report.cpp
Status benchUnlock(Bench& b);       // bench_report.cpp
Status benchSyncDerived(Bench& b);  // bench_sync_derived.cpp

// bench_unlock_probe.cpp: Vault::open in a fresh process of this program (QtCore only).
struct UnlockProbe
{
    double startMiB = 0; // resident before the unlock
    double peakMiB = 0;  // peak during it
    double openMs = 0;
};
int runUnlockProbe(int argc, char** argv); // main() when argv[1] is --unlock-probe
Result<UnlockProbe> probeUnlockInFreshProcess(const QString& vaultPath);

} // namespace xaso::bench
