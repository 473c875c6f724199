#pragma once
// Exporting residents to CSV (UTF-8 with BOM) or XLSX (by the file's extension), streamed row by
// row in list order, so a million residents stay small in memory. The headers are the import's
// (resident_columns.h): an export imports back. The sensitive columns are written only when asked
// for and allowed; the export is audited ("export", and "read-sensitive" when they are included).

#include "domain/residents/resident_repository.h"

#include <functional>

namespace xaso::domain {

class ResidentExport
{
public:
    struct Options
    {
        ResidentFilter filter;
        bool includeSensitive = false;             // honoured only for roles granted sensitive reads
        std::function<bool(qint64 rows)> progress; // every 1000 rows; false cancels (no file)
    };

    ResidentExport(storage::Vault& vault, const RoleCatalog& roles);

    // Returns the number of residents written.
    Result<qint64> exportTo(const QString& path, const Options& options);
    Result<qint64> exportTo(const QString& path) { return exportTo(path, Options()); }

private:
    storage::Vault& m_vault;
    RecordAccess m_access;
};

} // namespace xaso::domain
