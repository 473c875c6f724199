#pragma once
// The charts of Tổng quan, one builder per card, drawn from the parts of OverviewData. A bar or a
// slice that stands for a list (a group, a hamlet, a verification state, a welfare category)
// calls `navigate(sectionId, filterKey, filterValue)` when clicked. Bar sets and slices carry the
// code they stand for as their objectName ("done", "vneid", "verified"), so tests can find them.

#include "domain/plan/dashboard_queries.h"

#include <functional>

class QChart;

namespace xaso::desktop::overview {

using Navigate =
    std::function<void(const QString& sectionId, const QString& filterKey, const QString& filterValue)>;
using CodeLabel = std::function<QString(const QString& code)>;

// Stacked horizontal bars, one per group, a set per status.
QChart* groupProgressChart(const QList<plan::GroupProgress>& groups, const Navigate& navigate);
// A line per record kind over the ISO weeks (labelled by their Monday).
QChart* weeklyChart(const QList<plan::WeeklySeries>& series);
// A donut of one kind's làm sạch states; clicking a slice opens `sectionId` filtered by the state.
QChart* verificationChart(const plan::VerificationStates& states, const QString& sectionId,
                          const Navigate& navigate);
// Per hamlet, the share of its residents with VNeID level 2, an e-payment account and a digital
// signature; hamlets in natural order ("Xóm 2" before "Xóm 10").
QChart* coverageChart(QList<plan::HamletCoverage> hamlets, const Navigate& navigate);
// Male to the left, female to the right, youngest band at the bottom.
QChart* pyramidChart(const QList<plan::PyramidBand>& bands);
QChart* labourChart(const QList<plan::LabourStatusRow>& rows, const CodeLabel& statusLabel,
                    const Navigate& navigate);
QChart* welfareChart(const plan::WelfareSummary& summary, const CodeLabel& categoryLabel,
                     const Navigate& navigate);

// Natural order of hamlet codes, as the charts sort them.
void sortHamlets(QList<plan::HamletCoverage>& hamlets);

} // namespace xaso::desktop::overview
