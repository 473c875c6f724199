#pragma once
// The demo commune's progress on the plan's 38 models, so the dashboards, the Mô hình screen and
// the weekly report show what a real commune half-way through its plan looks like: each model
// assigned to its lead role with a made-up officer, and a few weekly progress updates over the last
// six weeks — most models with a past deadline done, some late (overdue), recurring ones ongoing,
// those waiting for the city's guidance not started. Deterministic: the same catalog and the same
// day give the same plan. Written through PlanRepository (rows, outbox, audit), so the profile
// needs Write on "models". Nobody in it is real.

#include "reference/model_catalog.h"
#include "reference/roles.h"
#include "storage/vault.h"

namespace xaso::domain::demo {

struct DemoPlanSummary
{
    int assigned = 0;
    int updates = 0;
};

// Seeds only a vault with no assignment yet (else returns zeros); `today` dates the updates.
Result<DemoPlanSummary> seedDemoPlan(storage::Vault& vault, const ModelCatalog& catalog, const RoleCatalog& roles,
                                     QDate today);

} // namespace xaso::domain::demo
