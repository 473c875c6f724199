#include "domain/plan/kpi_calculator.h"

using namespace Qt::StringLiterals;

namespace xaso::plan {

namespace {

constexpr int kEligibleAge = 14;

// Computed KPI id → the k2 of "digital.by_hamlet" (model 19).
QString digitalKey(const QString& kpiId)
{
    if (kpiId == u"vneid_level2_share")
        return u"vneid"_s;
    if (kpiId == u"epayment_share")
        return u"epayment"_s;
    if (kpiId == u"digital_signature_share")
        return u"signature"_s;
    if (kpiId == u"digital_address_share")
        return u"address"_s;
    return {};
}

struct KindKpi
{
    const char16_t* countId;
    const char16_t* shareId;
    const char16_t* kind;
};

constexpr KindKpi kKindKpis[] = {
    {u"certified_copies", nullptr, u"certified_copies"},
    {u"land_records", u"land_verified_share", u"land"},
    {u"labour_records", u"labour_verified_share", u"labour"},
    {u"welfare_digitised", u"welfare_verified_share", u"welfare"},
};

} // namespace

KpiValues latestEnteredKpis(const QList<ProgressEntry>& historyOldestFirst, QMap<QString, QDate>* enteredOn)
{
    KpiValues out;
    for (const ProgressEntry& e : historyOldestFirst) {
        for (auto it = e.kpiValues.cbegin(); it != e.kpiValues.cend(); ++it) {
            out.insert(it.key(), it.value());
            if (enteredOn)
                enteredOn->insert(it.key(), e.reportedOn);
        }
    }
    return out;
}

bool KpiCalculator::isComputable(const QString& kpiId)
{
    if (!digitalKey(kpiId).isEmpty())
        return true;
    for (const KindKpi& k : kKindKpis) {
        if (kpiId == QStringView(k.countId) || (k.shareId && kpiId == QStringView(k.shareId)))
            return true;
    }
    return false;
}

Result<qint64> KpiCalculator::residentsTotal()
{
    auto total = m_counts.reader().value(u"residents.total"_s);
    if (!total)
        return total;
    if (*total > 0)
        return total;
    return m_counts.reader().sum(u"residents.by_hamlet"_s);
}

Result<qint64> KpiCalculator::eligibleResidents(QDate referenceDate)
{
    auto pyramid = m_counts.reader().rows(u"residents.pyramid"_s);
    if (!pyramid)
        return pyramid.error();
    if (pyramid->isEmpty())
        return residentsTotal();
    const int lastEligibleBirthYear = referenceDate.year() - kEligibleAge;
    qint64 eligible = 0;
    for (const domain::AggregateRow& r : *pyramid) {
        bool ok = false;
        const int birthYear = r.k1.toInt(&ok);
        if (ok && birthYear <= lastEligibleBirthYear)
            eligible += r.value;
    }
    return eligible;
}

Result<KpiValue> KpiCalculator::share(const KpiDefinition& def, qint64 numerator, qint64 denominator)
{
    KpiValue v{&def, std::nullopt, numerator, denominator, {}};
    if (denominator > 0)
        v.value = 100.0 * double(numerator) / double(denominator);
    return v;
}

Result<KpiValue> KpiCalculator::compute(const KpiDefinition& def, QDate referenceDate)
{
    const QString digital = digitalKey(def.id);
    if (!digital.isEmpty()) {
        auto eligible = eligibleResidents(referenceDate);
        if (!eligible)
            return eligible.error();
        auto byKey = m_counts.reader().sumByK2(u"digital.by_hamlet"_s);
        if (!byKey)
            return byKey.error();
        return share(def, byKey->value(digital), *eligible);
    }
    for (const KindKpi& k : kKindKpis) {
        const QString kind = QString::fromUtf16(k.kind);
        auto total = m_counts.total(kind);
        if (!total)
            return total.error();
        if (def.id == QStringView(k.countId))
            return KpiValue{&def, double(*total), *total, 0, {}};
        if (k.shareId && def.id == QStringView(k.shareId)) {
            auto verified = m_counts.inState(kind, u"verified"_s);
            if (!verified)
                return verified.error();
            return share(def, *verified, *total);
        }
    }
    // A computed KPI of a newer catalog that this build cannot compute yet.
    return KpiValue{&def, std::nullopt, 0, 0, {}};
}

Result<QList<KpiValue>> KpiCalculator::kpisOf(const PlanModel& model, const QList<ProgressEntry>& history,
                                              QDate referenceDate)
{
    QMap<QString, QDate> enteredOn;
    const KpiValues entered = latestEnteredKpis(history, &enteredOn);
    QList<KpiValue> out;
    for (const KpiDefinition& def : model.kpis) {
        if (def.source == KpiDefinition::Source::Computed) {
            auto v = compute(def, referenceDate);
            if (!v)
                return v.error();
            out.append(*v);
            continue;
        }
        KpiValue v{&def, std::nullopt, 0, 0, {}};
        if (entered.contains(def.id)) {
            v.value = entered.value(def.id);
            v.enteredOn = enteredOn.value(def.id);
        }
        out.append(v);
    }
    return out;
}

QString formatKpiValue(const KpiValue& v)
{
    if (!v.value)
        return u"—"_s;
    const KpiDefinition* def = v.definition;
    if (def && def->unit == KpiDefinition::Unit::Percent)
        return formatKpiNumber(*v.value) + u'%';
    if (def && def->target)
        return formatKpiNumber(*v.value) + u'/' + formatKpiNumber(*def->target);
    return formatKpiNumber(*v.value);
}

} // namespace xaso::plan
