#pragma once
// KPI values of the plan's models: entered ones come from the latest progress update that carries
// them; computed ones are read live from the dashboard aggregates (record_counts.h):
//   model 19  vneid_level2_share, epayment_share, digital_signature_share, digital_address_share
//             = Σ "digital.by_hamlet" (k2 = vneid / epayment / signature / address)
//               ÷ eligible residents × 100.
//             Eligible = residents aged 14 or more in the reference year, counted from the
//             birth-year buckets of "residents.pyramid" (birth year ≤ year − 14: the age at which a
//             citizen gets a chip ID card and a level-2 VNeID account of their own). When the vault
//             has no pyramid counters, all residents ("residents.total", else Σ
//             "residents.by_hamlet"). The share is not capped: a value over 100 means the
//             numerator counts younger residents too, which an officer should see.
//   model 4   certified_copies        = total certified copies
//   model 30  land_records, land_verified_share       (verified ÷ total × 100)
//   model 31  labour_records, labour_verified_share
//   model 32  welfare_digitised, welfare_verified_share
// A share whose denominator is 0 has no value.

#include "domain/plan/plan_types.h"
#include "domain/plan/record_counts.h"
#include "reference/model_catalog.h"

#include <optional>

namespace xaso::plan {

struct KpiValue
{
    const KpiDefinition* definition = nullptr;
    std::optional<double> value; // empty: not entered yet / no data
    qint64 numerator = 0;        // for computed shares and counts
    qint64 denominator = 0;      // 0 for counts
    QDate enteredOn;             // for entered values: the report date that carried it
};

// The latest value of each KPI over a model's history (oldest first): an update that does not
// repeat a KPI leaves its earlier value standing.
KpiValues latestEnteredKpis(const QList<ProgressEntry>& historyOldestFirst,
                            QMap<QString, QDate>* enteredOn = nullptr);

class KpiCalculator
{
public:
    explicit KpiCalculator(storage::Database& db) : m_counts(db) {}

    static bool isComputable(const QString& kpiId);

    // A computed KPI at the reference date; an empty value when there is no data.
    Result<KpiValue> compute(const KpiDefinition& definition, QDate referenceDate);
    // Every KPI of a model, entered and computed, in catalog order.
    Result<QList<KpiValue>> kpisOf(const PlanModel& model, const QList<ProgressEntry>& history,
                                   QDate referenceDate);

    Result<qint64> eligibleResidents(QDate referenceDate); // aged ≥ 14, see above
    Result<qint64> residentsTotal();

private:
    Result<KpiValue> share(const KpiDefinition& def, qint64 numerator, qint64 denominator);

    RecordCounts m_counts;
};

// "96,3%", "12/20", "412" — the short form for tables.
QString formatKpiValue(const KpiValue& value);

} // namespace xaso::plan
