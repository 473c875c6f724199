#pragma once
// Import and export by the kind's name, as officers and xaso-cli say it: "households", "welfare",
// "labour", "land", "certified-copies". Each owns its repository and row mapper, so the import
// wizard and the command line share one path (RecordImporter, RecordExport). Residents have their
// own streamed path (ResidentImport / ResidentExport) and are not here.

#include "domain/import/record_importer.h"
#include "domain/import/record_export.h"

#include <memory>

namespace xaso::domain {

class RecordKindIo
{
public:
    virtual ~RecordKindIo() = default;

    // The names accepted by make(), in menu order.
    static QStringList names();
    // InvalidArgument naming the accepted kinds when the name is unknown. copyBook: the book of
    // certified copies rows without one go into (certified copies only).
    static Result<std::unique_ptr<RecordKindIo>> make(const QString& name, storage::Vault& vault,
                                                      const RoleCatalog& roles, const QString& copyBook = {});

    virtual RowMapper& mapper() = 0;
    virtual Result<qint64> exportTo(const QString& path, const RecordExportOptions& options = {}) = 0;

    Result<ImportReport> import(const QString& path, const ImportOptions& options = {});

protected:
    RecordKindIo(storage::Vault& vault, const RoleCatalog& roles) : m_vault(vault), m_roles(roles) {}
    storage::Vault& m_vault;
    const RoleCatalog& m_roles;
};

} // namespace xaso::domain
