#pragma once
// The demo plan's progress (domain/demo/demo_plan.h) and a few records of every kind for the tour, written through the real repositories, so each record
// screen has something to show: residents and households (only when the vault has none, e.g. the
// tour's fresh demo profile), welfare, labour, land and certified copies with a drawn scan (each
// only when that kind is empty). A kind the profile may not write is left as it is. Nobody in it
// is real.

#include <QString>

namespace xaso {
class RoleCatalog;
namespace storage {
class Vault;
}
} // namespace xaso

namespace xaso::desktop {

// Returns the first problem met (the tour goes on without that kind), or an empty string.
QString seedTourRecords(storage::Vault& vault, const RoleCatalog& roles);
// Certifies one copy with a drawn scan (for the scan viewer when the register has none).
QString certifySampleCopy(storage::Vault& vault, const RoleCatalog& roles);

} // namespace xaso::desktop
