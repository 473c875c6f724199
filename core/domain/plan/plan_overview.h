#pragma once
// One line per model of the catalog joined with what the vault records: current assignment, the
// latest progress update, the entered KPI values and the derived status at a given date. The base
// of `models list`, the dashboard's progress by group and the weekly report.

#include "domain/plan/model_status.h"
#include "domain/plan/plan_repository.h"

namespace xaso::plan {

struct ModelOverview
{
    const PlanModel* model = nullptr;
    std::optional<Assignment> assignment;
    std::optional<ProgressEntry> latest;
    QList<ProgressEntry> history; // oldest first
    ModelStatus status = ModelStatus::NotStarted;
};

// In catalog order; status derived at `today` from the updates reported on or before it (so a
// report reprinted for an earlier week shows that week's picture).
Result<QList<ModelOverview>> loadPlanOverview(PlanRepository& repository, const ModelCatalog& catalog,
                                              QDate today);

// Who leads a model, for a person: "Nguyễn Văn An (Công an xã)" when assigned to an officer, the
// assigned role's name, or the catalog's lead roles joined with ", ".
QString leadLabel(const ModelOverview& overview, const RoleCatalog& roles);

} // namespace xaso::plan
