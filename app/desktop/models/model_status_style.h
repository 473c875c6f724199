#pragma once
// How a model's status looks on screen: its words in the interface language and its colour. One
// place so the list, the detail panel and the dialogs agree (and the dashboard may reuse it).

#include "domain/plan/plan_types.h"

#include <QColor>
#include <QIcon>

namespace xaso::desktop {

QString modelStatusLabel(plan::ModelStatus status);
QString reportedStatusLabel(plan::ReportedStatus status);
QColor modelStatusColor(plan::ModelStatus status);
// A light tint of the status colour for row backgrounds (used for overdue rows only).
QColor modelStatusTint(plan::ModelStatus status);
// A filled circle in the status colour, for the list's status column (callers cache it).
QIcon modelStatusIcon(plan::ModelStatus status);
// Every derived status, in the order the status filter lists them.
QList<plan::ModelStatus> allModelStatuses();

} // namespace xaso::desktop
