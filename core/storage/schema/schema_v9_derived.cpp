#include "storage/schema/schema_steps.h"

namespace xaso::storage::schema {

// Derived data kept after sync: a resident pulled from another device gets its search tokens
// rebuilt from the name now stored, without knowing the name it had before.
std::vector<Migration> derivedSteps()
{
    return {
        {9, "index search tokens by resident, for refreshing a pulled resident",
         R"SQL(
CREATE INDEX resident_tokens_resident ON resident_tokens (resident_id);
)SQL"},
    };
}

} // namespace xaso::storage::schema
