#pragma once
// The queries the desktop dashboard draws (models 19, 30–34 and the plan's progress). Record
// figures read the dashboard aggregates kept in the write transactions (record_counts.h), never a
// GROUP BY over the records, so each answers in well under the 50 ms target at 1,000,000 residents
// (tests/bench proves it). Plan figures read the plan tables, which hold a few thousand rows.
// The counts are anonymous; the plan queries need Access::Read on "models".
//
// Counters read here beyond record_counts.h (k1, k2 → value):
//   residents.by_hamlet   hamlet code, ''            residents
//   digital.by_hamlet     hamlet code, vneid|epayment|address|signature   residents with it
//   residents.pyramid     birth year, sex ("male"/"female"; other words count as other)
//   labour.by_status      status, sex                people
//   welfare.by_category   category, ''               beneficiaries
//   welfare.monthly_total category (or ''), ''       VND per month

#include "domain/plan/iso_week.h"
#include "domain/plan/plan_overview.h"
#include "domain/plan/record_counts.h"

namespace xaso::plan {

struct GroupProgress
{
    int group = 0;
    QString title;
    int models = 0;
    QMap<ModelStatus, int> byStatus; // every status present, zeros included
    int count(ModelStatus s) const { return byStatus.value(s); }
};

struct OverdueModel
{
    int modelNumber = 0;
    QString title;
    QString lead;
    QDate deadline;
    qint64 daysLate = 0;
};

struct WeeklySeries
{
    QString kind;
    QString labelVi;
    QList<QPair<QString, qint64>> weeks; // ISO week key → records added, oldest first, zeros filled
};

struct VerificationStates
{
    QString kind;
    QString labelVi;
    qint64 unverified = 0;
    qint64 verified = 0;
    qint64 mismatch = 0;
    qint64 notFound = 0;
    qint64 total() const { return unverified + verified + mismatch + notFound; }
};

struct HamletCoverage
{
    QString hamlet;
    qint64 residents = 0;
    qint64 vneid = 0;
    qint64 epayment = 0;
    qint64 address = 0;
    qint64 signature = 0;
};

struct PyramidBand
{
    int fromAge = 0;
    int toAge = -1; // -1: open-ended ("80+")
    qint64 male = 0;
    qint64 female = 0;
    qint64 other = 0;
    QString label() const; // "0–4", "80+"
};

struct LabourStatusRow
{
    QString status;
    qint64 male = 0;
    qint64 female = 0;
    qint64 other = 0;
};

struct WelfareCategoryRow
{
    QString category;
    qint64 beneficiaries = 0;
    qint64 monthlyAmount = 0; // VND; 0 when the counter is not kept per category
};

struct WelfareSummary
{
    QList<WelfareCategoryRow> categories;
    qint64 beneficiaries = 0;
    qint64 monthlyTotal = 0; // VND
};

enum class Sex { Male, Female, Other };
// "male"/"m"/"nam" and "female"/"f"/"nu"/"nữ" (any case); anything else is Other.
Sex sexFromKey(const QString& key);

class DashboardQueries
{
public:
    DashboardQueries(storage::Vault& vault, const ModelCatalog& catalog, const RoleCatalog& roles);

    Result<QList<GroupProgress>> progressByGroup(QDate today);
    Result<QList<OverdueModel>> overdue(QDate today);
    // The `weeks` ISO weeks ending with `last`, per digitised kind.
    Result<QList<WeeklySeries>> digitisationByWeek(IsoWeek last, int weeks = 12);
    Result<QList<VerificationStates>> verificationStates();
    Result<QList<HamletCoverage>> digitalCoverageByHamlet();
    // Ages at the reference date counted from birth years (age = reference year − birth year, the
    // age reached during that year), in bands of bandYears up to an open band from openAge.
    Result<QList<PyramidBand>> populationPyramid(QDate referenceDate, int bandYears = 5, int openAge = 80);
    Result<QList<LabourStatusRow>> labourStatusBySex();
    Result<WelfareSummary> welfareByCategory();

private:
    storage::Vault& m_vault;
    const ModelCatalog& m_catalog;
    const RoleCatalog& m_roles;
    AggregateReader m_reader;
};

} // namespace xaso::plan
