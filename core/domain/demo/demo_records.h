#pragma once
// The record kinds beside residents in the demo commune, drawn from the generated people in
// plausible proportions: welfare beneficiaries (80+ without a pension, elderly poor, severe
// disability, orphans), labour records for most people of working age, one land record per
// household, and certified copies at the commune's daily rate. Written inside the generator's
// batch transaction through the kinds' own repositories (validated like any other record).

#include "domain/copies/certified_copy_repository.h"
#include "domain/labour/labour_repository.h"
#include "domain/land/land_repository.h"
#include "domain/residents/household.h"
#include "domain/residents/resident.h"
#include "domain/welfare/welfare_repository.h"

#include <QHash>
#include <QRandomGenerator>

namespace xaso::domain::demo {

struct DemoRecordCounts
{
    qint64 welfare = 0;
    qint64 labour = 0;
    qint64 land = 0;
    qint64 copies = 0;
};

class DemoRecords
{
public:
    static Result<std::unique_ptr<DemoRecords>> make(storage::Vault& vault, quint32 seed);

    // For one resident of `household` (age in whole years at `today`).
    Status addPerson(RecordWriter& writer, const Resident& r, int age, const Household& household,
                     const QDate& today);
    Status addHousehold(RecordWriter& writer, const Household& household, const Resident& head,
                        const QDate& today);
    Status addCopies(RecordWriter& writer, int count, const Resident& requester, const QDate& today);

    const DemoRecordCounts& counts() const { return m_counts; }

private:
    DemoRecords(storage::Vault& vault, RoleCatalog roles, WelfareRules rules, quint32 seed);
    Status addWelfare(RecordWriter& writer, const Resident& r, const QString& clause, const QString& severity,
                      const QDate& today);
    Status addLabour(RecordWriter& writer, const Resident& r, int age);
    bool chance(double p) { return m_rng.generateDouble() < p; }
    int below(int n) { return int(m_rng.bounded(quint32(n))); }

    RoleCatalog m_roles;
    WelfareRules m_rules;
    WelfareRepository m_welfare;
    LabourRepository m_labour;
    LandRepository m_land;
    CertifiedCopyRepository m_copies;
    QRandomGenerator m_rng;
    DemoRecordCounts m_counts;
    int m_decisionNo = 0;
    int m_parcelNo = 0;
    QHash<int, int> m_copySequence; // year → last sequence of book 01
};

} // namespace xaso::domain::demo
