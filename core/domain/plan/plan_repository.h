#pragma once
// Assignments and progress of the plan's models in the vault. Writes go through RecordWriter
// (row, outbox change, audit) in one transaction per call; reads skip tombstones. Needs the
// profile's Access::Read on "models" to read and Access::Write to write (roles.json).

#include "domain/plan/plan_types.h"
#include "reference/model_catalog.h"
#include "reference/roles.h"
#include "storage/vault.h"

namespace xaso::plan {

class PlanRepository
{
public:
    PlanRepository(storage::Vault& vault, const ModelCatalog& catalog, const RoleCatalog& roles);

    // leadRole must be a known role id; cooperating entries are role ids or names (no commas).
    // assignedOn defaults to today by the vault's clock.
    Result<Assignment> assign(int modelNumber, const QString& leadRole, const QString& leadOfficerName,
                              const QStringList& cooperating, QDate assignedOn = {});
    // Validates the model, the KPI ids (only the model's entered KPIs) and ranges, the date (not in
    // the future), seals the evidence if any, and records the update. Errors name the field.
    Result<ProgressEntry> addProgress(const ProgressUpdate& update);

    Result<std::optional<Assignment>> currentAssignment(int modelNumber);
    Result<QList<Assignment>> assignmentHistory(int modelNumber); // oldest first
    Result<QMap<int, Assignment>> currentAssignments();           // model number → current

    Result<QList<ProgressEntry>> history(int modelNumber); // oldest first
    Result<QList<ProgressEntry>> allProgress();            // by model, then oldest first

    Status checkRead() const;
    Status checkWrite() const;

private:
    Status registerCatalogVersion();
    Result<QList<Assignment>> queryAssignments(int modelNumber); // 0: all models
    Result<QList<ProgressEntry>> queryProgress(int modelNumber); // 0: all models
    Status validateKpis(const PlanModel& model, const KpiValues& values) const;

    storage::Vault& m_vault;
    const ModelCatalog& m_catalog;
    const RoleCatalog& m_roles;
};

// Table names, for the sync layer and tests.
inline constexpr QLatin1StringView kAssignmentsTable{"plan_assignments"};
inline constexpr QLatin1StringView kProgressTable{"model_progress"};

} // namespace xaso::plan
