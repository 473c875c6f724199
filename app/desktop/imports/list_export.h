#pragma once
// Export from a list to CSV or XLSX (by the file's extension), through the core exporters, which
// stream page by page and are audited. Every list exports what it shows: residents keep the
// list's hamlet and state filter, the record kinds their search, hamlet, state and category.
// The headers are the import's: an export imports back.

#include "domain/residents/resident_repository.h"

namespace xaso::desktop {

Result<qint64> exportResidents(storage::Vault& vault, const RoleCatalog& roles, const QString& path,
                               const domain::ResidentFilter& filter);
// `ioName`: the RecordKindIo name ("welfare", "labour", "land", "certified-copies", "households").
// `filter`: the list's filters with the search as typed (households use the hamlet only).
Result<qint64> exportRecords(storage::Vault& vault, const RoleCatalog& roles, const QString& ioName,
                             const QString& path, const domain::ListQuery& filter = {});

// Asks where to save (CSV or Excel), with a file name from `baseName` and today's date; empty
// when the officer cancels.
QString askExportPath(QWidget* parent, const QString& baseName);

} // namespace xaso::desktop
