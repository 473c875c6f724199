#include "domain/plan/plan_overview.h"

using namespace Qt::StringLiterals;

namespace xaso::plan {

namespace {

QString roleName(const RoleCatalog& roles, const QString& id)
{
    const Role* role = roles.role(id);
    return role ? role->nameVi : id;
}

} // namespace

Result<QList<ModelOverview>> loadPlanOverview(PlanRepository& repository, const ModelCatalog& catalog,
                                              QDate today)
{
    auto assignments = repository.currentAssignments();
    if (!assignments)
        return assignments.error();
    auto progress = repository.allProgress();
    if (!progress)
        return progress.error();
    QMap<int, QList<ProgressEntry>> byModel;
    for (const ProgressEntry& e : *progress) {
        if (!today.isValid() || e.reportedOn <= today)
            byModel[e.modelNumber].append(e);
    }

    QList<ModelOverview> out;
    for (const PlanModel& model : catalog.models()) {
        ModelOverview o;
        o.model = &model;
        if (assignments->contains(model.number))
            o.assignment = assignments->value(model.number);
        o.history = byModel.value(model.number);
        if (!o.history.isEmpty())
            o.latest = o.history.last();
        o.status = deriveStatus(model, o.latest ? std::optional(o.latest->status) : std::nullopt, today);
        out.append(o);
    }
    return out;
}

QString leadLabel(const ModelOverview& overview, const RoleCatalog& roles)
{
    if (overview.assignment) {
        const QString role = roleName(roles, overview.assignment->leadRole);
        if (overview.assignment->leadOfficerName.isEmpty())
            return role;
        return u"%1 (%2)"_s.arg(overview.assignment->leadOfficerName, role);
    }
    QStringList names;
    for (const QString& id : overview.model->leadRoles)
        names << roleName(roles, id);
    return names.join(u", "_s);
}

} // namespace xaso::plan
