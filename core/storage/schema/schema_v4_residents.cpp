#include "storage/schema/schema_steps.h"

namespace xaso::storage::schema {

// Placeholder until its owner fills it in; versions stay contiguous because it adds nothing.
std::vector<Migration> residentSteps()
{
    return {};
}

} // namespace xaso::storage::schema
