#pragma once
// The status a person sees for a model, derived from the latest reported status, the catalog
// deadline and today's date (from an injected Clock, so tests can move the date):
//   done                       → Done (whatever the deadline)
//   a Date deadline has passed → Overdue (the deadline day itself is not late)
//   Recurring (thường xuyên)   → Recurring
//   otherwise the reported status: NotStarted (also with no report), InProgress, Blocked.
// AfterGuidance and Roadmap deadlines have no date, so they are never overdue.

#include "domain/plan/plan_types.h"
#include "reference/model_catalog.h"
#include "util/clock.h"

namespace xaso::plan {

ModelStatus deriveStatus(const PlanModel& model, std::optional<ReportedStatus> latest, QDate today);

// Today as the officer's calendar says (the clock's time in the machine's time zone).
QDate todayFrom(const Clock& clock);

// The deadline as the plan writes it: "30/12/2023" for a date, else the plan's own words.
QString deadlineText(const ModelDeadline& deadline);

} // namespace xaso::plan
