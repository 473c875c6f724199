#pragma once
// Importing welfare, labour, land or certified-copy lists through RecordImporter with the kind's
// RowMapper (from RecordKindIo). The dry run checks and writes every row in the import
// transaction, which is then rolled back.

#include "imports/import_target.h"

#include <memory>

namespace xaso {
class RoleCatalog;
namespace storage {
class Vault;
}
namespace domain {
class RowMapper;
}
} // namespace xaso

namespace xaso::desktop {

// `mapper` stays owned by the caller and must outlive the target.
std::unique_ptr<ImportTarget> makeRecordImportTarget(storage::Vault& vault, const RoleCatalog& roles,
                                                     domain::RowMapper& mapper, const QString& title);

} // namespace xaso::desktop
