#pragma once
// Everything Tổng quan draws, read in one go through the core's dashboard queries
// (domain/plan/dashboard_queries.h), which read counters kept in the write transactions and the
// plan's few thousand rows: a full load is a handful of indexed reads, cheap enough to run on the
// GUI thread even on a 1,000,000-resident vault. A query that fails (e.g. a profile without read
// access to the models) leaves its part empty with the error, and the rest still shows.

#include "domain/plan/dashboard_queries.h"

#include <optional>

namespace xaso::desktop {

template <typename T> struct Part
{
    std::optional<T> value;
    QString error; // for a person; empty when value is set
};

struct Headline
{
    int models = 0;
    int done = 0;
    int inProgress = 0; // in progress, blocked and recurring: started and not finished
    int overdue = 0;
    qint64 residents = 0;
    qint64 residentsVerified = 0;
    std::optional<double> verifiedShare; // percent; empty without residents
    std::optional<double> vneidShare;    // model 19: VNeID level 2 among eligible residents, percent
    qint64 welfareBeneficiaries = 0;
    qint64 welfareMonthlyTotal = 0; // VND
};

struct OverviewData
{
    QDate today;
    plan::IsoWeek week;
    Headline headline;
    Part<QList<plan::GroupProgress>> groups;
    Part<QList<plan::OverdueModel>> overdue;
    Part<QList<plan::WeeklySeries>> weekly;
    Part<QList<plan::VerificationStates>> verification;
    Part<QList<plan::HamletCoverage>> coverage;
    Part<QList<plan::PyramidBand>> pyramid;
    Part<QList<plan::LabourStatusRow>> labour;
    Part<plan::WelfareSummary> welfare;
    qint64 loadMs = 0; // how long the load took, for the log
};

// Reads every part at `today` (the plan's status date and the last ISO week shown).
OverviewData loadOverviewData(storage::Vault& vault, const ModelCatalog& catalog, const RoleCatalog& roles,
                              QDate today, int weeks = 12);

} // namespace xaso::desktop
