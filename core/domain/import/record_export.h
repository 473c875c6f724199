#pragma once
// Export of one record kind (welfare, labour, land, certified copies) to CSV or XLSX, streamed
// page by page through RecordTable's keyset list. The header row uses the import's own column
// names (each FieldSpec's first alias), so an exported file imports back unchanged. Columns the
// kind marks sensitive are never exported (list() never reads them). Needs Read on the kind.

#include "domain/import/kind_access.h"
#include "domain/import/record_table.h"
#include "io/column_mapping.h"

#include <functional>

namespace xaso::domain {

struct RecordExportOptions
{
    QString sheetName;                         // XLSX sheet; empty: the table name
    std::function<bool(qint64 rows)> progress; // every 1000 rows; false cancels (no file is left)
    // The rows a filtered list shows: hamlet, verification state, category and search as the
    // officer typed it (the paging fields are ignored). Empty: the whole register.
    ListQuery filter;
    // Turns the typed search into the stored key of the search column (the repository's own
    // searchKey); empty: diacritic folding, as the name columns store it.
    std::function<QString(const QString&)> searchKey;
};

class RecordExport
{
public:
    RecordExport(storage::Vault& vault, KindAccess& access, TableSpec spec, QList<io::FieldSpec> fields)
        : m_vault(vault), m_access(access), m_spec(std::move(spec)), m_fields(std::move(fields))
    {
    }

    // Writes an .xlsx workbook when the path ends in .xlsx, else CSV (UTF-8). Returns the row count.
    Result<qint64> exportTo(const QString& path, const RecordExportOptions& options = {});

private:
    storage::Vault& m_vault;
    KindAccess& m_access;
    TableSpec m_spec;
    QList<io::FieldSpec> m_fields;
};

} // namespace xaso::domain
