#include "overview/overview_data.h"

#include "domain/plan/kpi_calculator.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

namespace {

template <typename T> Part<T> part(Result<T> result)
{
    Part<T> p;
    if (result)
        p.value = std::move(*result);
    else
        p.error = result.message();
    return p;
}

void fillHeadline(OverviewData& d, storage::Vault& vault, const ModelCatalog& catalog)
{
    Headline& h = d.headline;
    if (d.groups.value) {
        for (const plan::GroupProgress& g : *d.groups.value) {
            h.models += g.models;
            h.done += g.count(plan::ModelStatus::Done);
            h.inProgress += g.count(plan::ModelStatus::InProgress) + g.count(plan::ModelStatus::Blocked) +
                            g.count(plan::ModelStatus::Recurring);
            h.overdue += g.count(plan::ModelStatus::Overdue);
        }
    } else {
        h.models = static_cast<int>(catalog.models().size());
    }
    plan::KpiCalculator kpis(vault.db());
    if (auto total = kpis.residentsTotal())
        h.residents = *total;
    if (d.verification.value) {
        for (const plan::VerificationStates& s : *d.verification.value) {
            if (s.kind != u"residents")
                continue;
            h.residentsVerified = s.verified;
            if (s.total() > 0)
                h.verifiedShare = 100.0 * double(s.verified) / double(s.total());
        }
    }
    if (const PlanModel* m19 = catalog.model(19)) {
        if (const KpiDefinition* def = m19->kpi(u"vneid_level2_share"_s)) {
            if (auto v = kpis.compute(*def, d.today))
                h.vneidShare = v->value;
        }
    }
    if (d.welfare.value) {
        h.welfareBeneficiaries = d.welfare.value->beneficiaries;
        h.welfareMonthlyTotal = d.welfare.value->monthlyTotal;
    }
}

} // namespace

OverviewData loadOverviewData(storage::Vault& vault, const ModelCatalog& catalog, const RoleCatalog& roles,
                              QDate today, int weeks)
{
    QElapsedTimer timer;
    timer.start();
    OverviewData d;
    d.today = today;
    d.week = plan::IsoWeek::containing(today);
    plan::DashboardQueries q(vault, catalog, roles);
    d.groups = part(q.progressByGroup(today));
    d.overdue = part(q.overdue(today));
    d.weekly = part(q.digitisationByWeek(d.week, weeks));
    d.verification = part(q.verificationStates());
    d.coverage = part(q.digitalCoverageByHamlet());
    d.pyramid = part(q.populationPyramid(today));
    d.labour = part(q.labourStatusBySex());
    d.welfare = part(q.welfareByCategory());
    fillHeadline(d, vault, catalog);
    d.loadMs = timer.elapsed();
    return d;
}

} // namespace xaso::desktop
