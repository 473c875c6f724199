// Export of every resident to CSV and XLSX, and the import of those files into fresh vaults,
// each beside the plain prepared inserts of the same rows (bench_baseline.cpp).

#include "bench_context.h"

#include "domain/residents/resident_export.h"
#include "domain/residents/resident_import.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace xaso::bench {

namespace {

// The physical limit of an export: reading every column of every resident row once.
Result<double> scanSeconds(storage::Database& db)
{
    Stopwatch sw;
    auto st = db.prepare(u"SELECT * FROM residents WHERE deleted = 0"_s);
    if (!st)
        return st.error();
    qint64 bytes = 0;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        for (int c = 0; c < st->columnCount(); ++c)
            bytes += st->text(c).size();
    }
    Q_UNUSED(bytes);
    return sw.seconds();
}

Status exportFigure(Bench& b, const QString& path, const QString& format, qint64 residents, double scan)
{
    QFile::remove(path);
    Figure f{u"export"_s, u"all residents to %1"_s.arg(format)};
    f.unit = u"s"_s;
    if (format == u"XLSX") {
        f.target = u"< 60 s at 1M"_s;
    }
    double seconds = 0;
    qint64 written = 0;
    XASO_TRY(b.measured(&f.peakMiB, [&]() -> Status {
        Stopwatch sw;
        auto n = domain::ResidentExport(*b.vault, *b.roles).exportTo(path);
        seconds = sw.seconds();
        if (!n)
            return n.error();
        written = *n;
        return {};
    }));
    if (written != residents)
        return makeError(
            ErrorCode::Internal,
            u"The %1 export wrote %2 of %3 residents."_s.arg(format).arg(written).arg(residents));
    f.value = seconds;
    // Scaled to a million residents for the target (export is linear: it streams in list order).
    const double atMillion = seconds * 1e6 / double(std::max<qint64>(residents, 1));
    if (format == u"XLSX")
        f.met = atMillion < 60 ? 1 : 0;
    f.baseline = scan;
    f.baselineName = u"reading every row and column"_s;
    b.results.add(f);
    b.log(u"  export %1: %2 rows in %3 s (%4 rows/s)"_s.arg(format)
              .arg(written)
              .arg(seconds, 0, 'f', 2)
              .arg(written / seconds, 0, 'f', 0));
    return {};
}

// Imports `file` into a new vault, closed afterwards and removed unless keep is set.
Result<double> importFile(Bench& b, const QString& file, const QString& vaultName, double* peakMiB,
                          qint64 expected, bool keep = false)
{
    const QString path = QDir(b.dir).filePath(vaultName);
    auto vault = b.createVault(path);
    if (!vault)
        return vault.error();
    double seconds = 0;
    qint64 inserted = 0;
    Status s = b.measured(peakMiB, [&]() -> Status {
        Stopwatch sw;
        domain::ResidentImport import(**vault, *b.roles);
        auto summary = import.run(file);
        seconds = sw.seconds();
        if (!summary) {
            const auto& errors = import.errors();
            return makeError(
                summary.error().code,
                summary.message() +
                    (errors.isEmpty()
                         ? QString()
                         : u" (first: row %1: %2)"_s.arg(errors.first().row).arg(errors.first().reason)));
        }
        inserted = summary->inserted;
        return {};
    });
    vault->reset();
    if (!s || !keep)
        Bench::removeVault(path);
    if (!s)
        return s.error();
    if (inserted != expected)
        return makeError(ErrorCode::Internal,
                         u"Imported %1 of %2 residents from %3."_s.arg(inserted).arg(expected).arg(file));
    return double(inserted) / seconds;
}

} // namespace

Status benchExportImport(Bench& b)
{
    auto count = b.vault->db().scalar(u"SELECT count(*) FROM residents WHERE deleted = 0"_s);
    if (!count)
        return count.error();
    const qint64 residents = count->toLongLong();
    const QString csv = QDir(b.dir).filePath(u"residents.csv"_s);
    const QString xlsx = QDir(b.dir).filePath(u"residents.xlsx"_s);
    b.log(u"export…"_s);
    auto scan = scanSeconds(b.vault->db());
    if (!scan)
        return scan.error();
    XASO_TRY(exportFigure(b, csv, u"CSV"_s, residents, *scan));
    XASO_TRY(exportFigure(b, xlsx, u"XLSX"_s, residents, *scan));

    // The imports first, then the baselines (which hold every row in memory), so neither's
    // memory is counted in the other's peak.
    QList<Figure> imports;
    const QString csvVault = QDir(b.dir).filePath(u"import-csv.xaso"_s); // kept for the baselines
    const auto removeCsvVault = qScopeGuard([&csvVault] { Bench::removeVault(csvVault); });
    for (const auto& [file, format] : {std::pair{csv, u"CSV"_s}, std::pair{xlsx, u"XLSX"_s}}) {
        b.log(u"import %1…"_s.arg(format));
        Figure f{u"import"_s,
                 u"%1 end to end (parse, validate, fold, insert, change log, audit)"_s.arg(format)};
        f.unit = u"rows/s"_s;
        auto rate = importFile(b, file, u"import-%1.xaso"_s.arg(format.toLower()), &f.peakMiB, residents,
                               format == u"CSV");
        if (!rate)
            return rate.error();
        f.value = *rate;
        imports.append(f);
    }

    b.log(u"baselines: plain prepared inserts…"_s);
    auto imported = storage::Vault::open(csvVault, Bench::password(), b.clock);
    if (!imported)
        return imported.error();
    auto base = measureInsertBaselines(b, (*imported)->db());
    imported->reset();
    if (!base)
        return base.error();
    Figure raw{u"import"_s, u"raw prepared INSERTs, SQLCipher (vault settings)"_s};
    raw.unit = u"rows/s"_s;
    raw.value = base->sqlcipherRowsPerSec;
    raw.baseline = base->plainRowsPerSec;
    raw.baselineName = u"plain SQLite, same library unkeyed"_s;
    raw.peakMiB = base->sqlcipherPeakMiB;
    b.results.add(raw);

    for (Figure f : std::as_const(imports)) {
        const bool isCsv = f.name.startsWith(u"CSV");
        f.baseline = base->sqlcipherRowsPerSec;
        f.baselineName = u"raw SQLCipher inserts"_s;
        f.target = u"≥ 1/3 of raw SQLCipher; peak < 300 MB"_s;
        f.met = f.ratio() >= 1.0 / 3.0 && underMemoryTarget(f.peakMiB) ? 1 : 0;
        if (!isCsv) {
            f.target = u"peak < 300 MB"_s;
            f.met = underMemoryTarget(f.peakMiB) ? 1 : 0;
        }
        b.results.add(f);
        Figure vsPlain = f;
        vsPlain.name = u"%1 import vs plain SQLite"_s.arg(isCsv ? u"CSV"_s : u"XLSX"_s);
        vsPlain.baseline = base->plainRowsPerSec;
        vsPlain.baselineName = u"plain SQLite inserts"_s;
        vsPlain.target.clear();
        vsPlain.met = -1;
        b.results.add(vsPlain);
    }
    return {};
}

} // namespace xaso::bench
