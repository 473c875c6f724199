#pragma once
// Importing a resident list through ResidentImport (households grouped under their "Chủ hộ" rows).

#include "imports/import_target.h"

#include <memory>

namespace xaso {
class RoleCatalog;
namespace storage {
class Vault;
}
} // namespace xaso

namespace xaso::desktop {

std::unique_ptr<ImportTarget> makeResidentImportTarget(storage::Vault& vault, const RoleCatalog& roles);

} // namespace xaso::desktop
