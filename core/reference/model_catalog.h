#pragma once
// The plan's 38 models (mô hình) in 5 groups, transcribed from the Hưng Đông plan for Đề án 06/CP
// into resources/data/catalog/models-v1.json. The catalog is reference data: officers' assignments
// and progress live in the vault and refer to a model by its number.

#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace xaso {

class RoleCatalog;

// A measurable target the plan names for a model. Computed KPIs are derived from the records
// (e.g. model 19's share of residents with VNeID level 2); entered ones are typed in by the officer.
struct KpiDefinition
{
    enum class Source { Entered, Computed };
    enum class Unit { Count, Percent };

    QString id; // unique over the whole catalog, e.g. "vneid_level2_share"
    QString label;
    Source source = Source::Entered;
    std::optional<double> target; // empty when the plan names the measure but no number
    Unit unit = Unit::Count;
};

struct ModelDeadline
{
    enum Kind {
        Date,          // a completion date ("30/12/2023"; "Quý I/2024" is stored as its last day)
        AfterGuidance, // starts when the city issues guidance or its own plan
        Recurring,     // thường xuyên: ongoing, no end date
        Roadmap,       // follows the national Đề án 06 roadmap
    };

    Kind kind = AfterGuidance;
    QDate date;   // valid only for Date
    QString text; // the plan's own words
};

struct PlanGroup
{
    int number = 0;
    QString title;
    int modelCount = 0;
};

struct PlanModel
{
    int number = 0; // 1..38
    int group = 0;  // 1..5
    QString title;
    QString objective;         // "Mục tiêu", or the model's first descriptive sentence when it has none
    QStringList leadRoles;     // our role ids for the chủ trì unit; never empty
    QString leadText;          // the lead unit in the plan's words; empty when the plan names none
    bool leadInferred = false; // leadRoles chosen by us because the plan names no commune officer
    QStringList cooperating;   // phối hợp units
    QStringList supporting;    // đơn vị hỗ trợ, with what the plan says they support
    ModelDeadline deadline;
    QString tools; // "Công cụ triển khai", items joined with "; "
    QList<KpiDefinition> kpis;
    QStringList tasks; // "Phân công nhiệm vụ" items
    QString notes;     // other remarks of the plan for this model

    const KpiDefinition* kpi(const QString& id) const;
};

struct PlanPeriod
{
    QDate from;
    QDate to;
    QString text;
};

class ModelCatalog
{
public:
    // Reads and checks the catalog; a malformed file is refused with a message naming the model
    // number and field at fault.
    static Result<ModelCatalog>
    load(const QString& path = QStringLiteral(":/xaso/data/catalog/models-v1.json"));

    int version() const { return m_version; }
    const QString& planTitle() const { return m_planTitle; }
    const QString& planIssuer() const { return m_planIssuer; }
    const QString& planBasis() const { return m_planBasis; }
    const PlanPeriod& planPeriod() const { return m_planPeriod; }

    const QList<PlanModel>& models() const { return m_models; }
    const PlanModel* model(int number) const; // nullptr when there is no such model
    QList<PlanGroup> groups() const { return m_groups; }
    QList<const PlanModel*> modelsInGroup(int group) const;
    // Models one of these roles leads (chủ trì), in catalog order.
    QList<const PlanModel*> modelsLedBy(const QStringList& roleIds) const;

    // Checks that every lead role id exists in the role catalog; names the model and id if not.
    Status checkLeadRoles(const RoleCatalog& roles) const;

private:
    ModelCatalog() = default;

    int m_version = 0;
    QString m_planTitle;
    QString m_planIssuer;
    QString m_planBasis;
    PlanPeriod m_planPeriod;
    QList<PlanGroup> m_groups;
    QList<PlanModel> m_models; // sorted by number, numbers 1..N without gaps
};

} // namespace xaso
