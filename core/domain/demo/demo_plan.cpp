#include "domain/demo/demo_plan.h"

#include "domain/plan/plan_repository.h"
#include "storage/database.h"

#include <array>

using namespace Qt::StringLiterals;

namespace xaso::domain::demo {
namespace {

// Made-up officers of the demo commune (no real person).
constexpr std::array kOfficers{u"Nguyễn Thị Lan", u"Trần Văn Hải", u"Lê Minh Tuấn", u"Phạm Thị Hương",
                               u"Hoàng Văn Nam", u"Võ Thị Mai", u"Đặng Quốc Bảo"};

enum class Plot { Done, Late, Ongoing, Waiting };

// What happened to a model by today, from its deadline and number (a fixed pattern, no randomness).
Plot plotFor(const PlanModel& model, QDate today)
{
    switch (model.deadline.kind) {
    case ModelDeadline::Date:
        if (model.deadline.date.isValid() && model.deadline.date >= today)
            return Plot::Ongoing;
        return model.number % 4 == 1 ? Plot::Late : Plot::Done; // about a quarter late
    case ModelDeadline::Recurring:
        return Plot::Ongoing;
    case ModelDeadline::Roadmap:
        return model.number % 2 == 0 ? Plot::Ongoing : Plot::Waiting;
    case ModelDeadline::AfterGuidance:
        break;
    }
    return model.number % 3 == 0 ? Plot::Ongoing : Plot::Waiting;
}

// Entered KPI values at `share` of the way to their target (a plain count without a target).
plan::KpiValues kpiValues(const PlanModel& model, double share)
{
    plan::KpiValues values;
    for (const KpiDefinition& k : model.kpis) {
        if (k.source != KpiDefinition::Source::Entered)
            continue;
        double v = k.target ? *k.target * share : 10.0 * share + model.number % 7;
        if (k.unit == KpiDefinition::Unit::Percent)
            v = std::min(100.0, std::round(v * 10.0) / 10.0);
        else
            v = std::round(v);
        values.insert(k.id, v);
    }
    return values;
}

struct Step
{
    int weeksAgo;
    plan::ReportedStatus status;
    double share;
    const char16_t* narrative;
    const char16_t* problems;
};

QList<Step> stepsFor(Plot plot)
{
    using S = plan::ReportedStatus;
    switch (plot) {
    case Plot::Done:
        return {{6, S::InProgress, 0.6, u"Đã triển khai, đang hoàn thiện hồ sơ và hướng dẫn người dân.", u""},
                {3, S::Done, 1.0, u"Đã hoàn thành theo kế hoạch; kết quả được lưu tại bộ phận Một cửa.", u""}};
    case Plot::Late:
        return {{5, S::InProgress, 0.4, u"Đang triển khai, đã hoàn thành khoảng 40% khối lượng.", u""},
                {1, S::InProgress, 0.7, u"Tiếp tục triển khai; chậm so với thời hạn của kế hoạch.",
                 u"Thiếu thiết bị và nhân lực tại thôn; đề nghị bổ sung kinh phí."}};
    case Plot::Ongoing:
        return {{4, S::InProgress, 0.5, u"Đang triển khai thường xuyên theo kế hoạch.", u""},
                {1, S::InProgress, 0.8, u"Duy trì thực hiện; cập nhật số liệu hằng tuần.", u""}};
    case Plot::Waiting:
        break;
    }
    return {{2, S::NotStarted, 0.0, u"Chưa triển khai, chờ hướng dẫn của thành phố.", u""}};
}

} // namespace

Result<DemoPlanSummary> seedDemoPlan(storage::Vault& vault, const ModelCatalog& catalog, const RoleCatalog& roles,
                                     QDate today)
{
    DemoPlanSummary summary;
    plan::PlanRepository repo(vault, catalog, roles);
    XASO_TRY(repo.checkWrite());
    auto existing = repo.currentAssignments();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return summary;
    for (const PlanModel& model : catalog.models()) {
        const QString officer = QString::fromUtf16(kOfficers[size_t(model.number) % kOfficers.size()]);
        const QStringList cooperating = model.leadRoles.mid(1);
        auto assigned = repo.assign(model.number, model.leadRoles.first(), officer, cooperating, today.addDays(-49));
        if (!assigned)
            return assigned.error();
        ++summary.assigned;
        for (const Step& step : stepsFor(plotFor(model, today))) {
            plan::ProgressUpdate update;
            update.modelNumber = model.number;
            update.reportedOn = today.addDays(-7 * step.weeksAgo);
            update.status = step.status;
            update.kpiValues = kpiValues(model, step.share);
            update.narrative = QString::fromUtf16(step.narrative);
            update.problems = QString::fromUtf16(step.problems);
            auto added = repo.addProgress(update);
            if (!added)
                return added.error();
            ++summary.updates;
        }
    }
    return summary;
}

} // namespace xaso::domain::demo
