#include "domain/plan/dashboard_queries.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace xaso::plan {

namespace {

constexpr ModelStatus kStatuses[] = {ModelStatus::NotStarted, ModelStatus::InProgress, ModelStatus::Done,
                                     ModelStatus::Blocked,    ModelStatus::Recurring,  ModelStatus::Overdue};

void addBySex(qint64& male, qint64& female, qint64& other, const QString& sexKey, qint64 value)
{
    switch (sexFromKey(sexKey)) {
    case Sex::Male:
        male += value;
        break;
    case Sex::Female:
        female += value;
        break;
    case Sex::Other:
        other += value;
        break;
    }
}

} // namespace

QString PyramidBand::label() const
{
    if (toAge < 0)
        return u"%1+"_s.arg(fromAge);
    return u"%1–%2"_s.arg(fromAge).arg(toAge);
}

Sex sexFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"male" || k == u"m" || k == u"nam")
        return Sex::Male;
    if (k == u"female" || k == u"f" || k == u"nu" || k == u"nữ")
        return Sex::Female;
    return Sex::Other;
}

DashboardQueries::DashboardQueries(storage::Vault& vault, const ModelCatalog& catalog,
                                   const RoleCatalog& roles)
    : m_vault(vault), m_catalog(catalog), m_roles(roles), m_reader(vault.db())
{
}

Result<QList<GroupProgress>> DashboardQueries::progressByGroup(QDate today)
{
    PlanRepository repository(m_vault, m_catalog, m_roles);
    auto overview = loadPlanOverview(repository, m_catalog, today);
    if (!overview)
        return overview.error();
    QList<GroupProgress> out;
    for (const PlanGroup& g : m_catalog.groups()) {
        GroupProgress p;
        p.group = g.number;
        p.title = g.title;
        for (ModelStatus s : kStatuses)
            p.byStatus.insert(s, 0);
        for (const ModelOverview& o : *overview) {
            if (o.model->group != g.number)
                continue;
            ++p.models;
            ++p.byStatus[o.status];
        }
        out.append(p);
    }
    return out;
}

Result<QList<OverdueModel>> DashboardQueries::overdue(QDate today)
{
    PlanRepository repository(m_vault, m_catalog, m_roles);
    auto overview = loadPlanOverview(repository, m_catalog, today);
    if (!overview)
        return overview.error();
    QList<OverdueModel> out;
    for (const ModelOverview& o : *overview) {
        if (o.status != ModelStatus::Overdue)
            continue;
        out.append({o.model->number, o.model->title, leadLabel(o, m_roles), o.model->deadline.date,
                    o.model->deadline.date.daysTo(today)});
    }
    return out;
}

Result<QList<WeeklySeries>> DashboardQueries::digitisationByWeek(IsoWeek last, int weeks)
{
    QStringList keys;
    IsoWeek w = last;
    for (int i = 0; i < weeks; ++i, w = w.previous())
        keys.prepend(w.key());
    QList<WeeklySeries> out;
    for (const RecordKindInfo& kind : digitisedKinds()) {
        auto rows = m_reader.rows(u"records.added_week"_s, kind.kind);
        if (!rows)
            return rows.error();
        QHash<QString, qint64> byWeek;
        for (const domain::AggregateRow& r : *rows)
            byWeek.insert(r.k2, r.value);
        WeeklySeries series{kind.kind, kind.labelVi, {}};
        for (const QString& key : keys)
            series.weeks.append({key, byWeek.value(key)});
        out.append(series);
    }
    return out;
}

Result<QList<VerificationStates>> DashboardQueries::verificationStates()
{
    RecordCounts counts(m_vault.db());
    QList<VerificationStates> out;
    for (const RecordKindInfo& kind : digitisedKinds()) {
        if (kind.kind == u"households")
            continue; // làm sạch compares people with the police extract; a household is not checked
        auto states = counts.states(kind.kind);
        if (!states)
            return states.error();
        out.append({kind.kind, kind.labelVi, states->value(u"unverified"_s), states->value(u"verified"_s),
                    states->value(u"mismatch"_s), states->value(u"not_found"_s)});
    }
    return out;
}

Result<QList<HamletCoverage>> DashboardQueries::digitalCoverageByHamlet()
{
    auto residents = m_reader.rows(u"residents.by_hamlet"_s);
    if (!residents)
        return residents.error();
    auto digital = m_reader.rows(u"digital.by_hamlet"_s);
    if (!digital)
        return digital.error();
    QMap<QString, HamletCoverage> byHamlet;
    for (const domain::AggregateRow& r : *residents) {
        byHamlet[r.k1].hamlet = r.k1;
        byHamlet[r.k1].residents += r.value;
    }
    for (const domain::AggregateRow& r : *digital) {
        HamletCoverage& c = byHamlet[r.k1];
        c.hamlet = r.k1;
        if (r.k2 == u"vneid")
            c.vneid += r.value;
        else if (r.k2 == u"epayment")
            c.epayment += r.value;
        else if (r.k2 == u"address")
            c.address += r.value;
        else if (r.k2 == u"signature")
            c.signature += r.value;
    }
    return byHamlet.values();
}

Result<QList<PyramidBand>> DashboardQueries::populationPyramid(QDate referenceDate, int bandYears,
                                                               int openAge)
{
    if (bandYears <= 0 || openAge <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("DashboardQueries",
                                                     "The pyramid's band width and open age must "
                                                     "be positive."));
    QList<PyramidBand> bands;
    for (int from = 0; from < openAge; from += bandYears)
        bands.append({from, std::min(from + bandYears, openAge) - 1});
    bands.append({openAge, -1});
    auto rows = m_reader.rows(u"residents.pyramid"_s);
    if (!rows)
        return rows.error();
    for (const domain::AggregateRow& r : *rows) {
        bool ok = false;
        const int birthYear = r.k1.toInt(&ok);
        if (!ok)
            continue;
        const int age = referenceDate.year() - birthYear;
        if (age < 0)
            continue; // born after the reference date
        const qsizetype index = std::min<qsizetype>(age / bandYears, bands.size() - 1);
        PyramidBand& band = age >= openAge ? bands.last() : bands[index];
        addBySex(band.male, band.female, band.other, r.k2, r.value);
    }
    return bands;
}

Result<QList<LabourStatusRow>> DashboardQueries::labourStatusBySex()
{
    auto rows = m_reader.rows(u"labour.by_status"_s);
    if (!rows)
        return rows.error();
    QMap<QString, LabourStatusRow> byStatus;
    for (const domain::AggregateRow& r : *rows) {
        LabourStatusRow& row = byStatus[r.k1];
        row.status = r.k1;
        addBySex(row.male, row.female, row.other, r.k2, r.value);
    }
    return byStatus.values();
}

Result<WelfareSummary> DashboardQueries::welfareByCategory()
{
    auto counts = m_reader.rows(u"welfare.by_category"_s);
    if (!counts)
        return counts.error();
    auto amounts = m_reader.rows(u"welfare.monthly_total"_s);
    if (!amounts)
        return amounts.error();
    QMap<QString, WelfareCategoryRow> byCategory;
    WelfareSummary summary;
    for (const domain::AggregateRow& r : *counts) {
        WelfareCategoryRow& row = byCategory[r.k1];
        row.category = r.k1;
        row.beneficiaries += r.value;
        summary.beneficiaries += r.value;
    }
    for (const domain::AggregateRow& r : *amounts) {
        summary.monthlyTotal += r.value;
        if (!r.k1.isEmpty() && byCategory.contains(r.k1))
            byCategory[r.k1].monthlyAmount += r.value;
    }
    summary.categories = byCategory.values();
    return summary;
}

} // namespace xaso::plan
