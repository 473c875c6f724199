#include "storage/schema/schema_steps.h"

namespace xaso::storage::schema {

std::vector<Migration> allSteps()
{
    std::vector<Migration> steps;
    for (auto&& group : {vaultSteps(), changeLogSteps(), residentSteps(), welfareLabourSteps(), landCopySteps(),
                        planSteps(), syncSteps(), derivedSteps()})
        steps.insert(steps.end(), group.begin(), group.end());
    return steps;
}

} // namespace xaso::storage::schema
