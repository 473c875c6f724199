#include "domain/plan/model_status.h"

#include "text/dates.h"

namespace xaso::plan {

ModelStatus deriveStatus(const PlanModel& model, std::optional<ReportedStatus> latest, QDate today)
{
    const ReportedStatus reported = latest.value_or(ReportedStatus::NotStarted);
    if (reported == ReportedStatus::Done)
        return ModelStatus::Done;
    const ModelDeadline& deadline = model.deadline;
    if (deadline.kind == ModelDeadline::Date && deadline.date.isValid() && today.isValid() &&
        today > deadline.date)
        return ModelStatus::Overdue;
    if (deadline.kind == ModelDeadline::Recurring)
        return ModelStatus::Recurring;
    switch (reported) {
    case ReportedStatus::InProgress:
        return ModelStatus::InProgress;
    case ReportedStatus::Blocked:
        return ModelStatus::Blocked;
    case ReportedStatus::NotStarted:
    case ReportedStatus::Done:
        break;
    }
    return ModelStatus::NotStarted;
}

QDate todayFrom(const Clock& clock)
{
    return clock.now().toLocalTime().date();
}

QString deadlineText(const ModelDeadline& deadline)
{
    if (deadline.kind == ModelDeadline::Date && deadline.date.isValid())
        return text::formatVietnameseDate(deadline.date);
    return deadline.text;
}

} // namespace xaso::plan
