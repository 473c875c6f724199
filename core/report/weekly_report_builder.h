#pragma once
// Assembles the weekly report (WeeklyReportData) from the vault: overall status, a table per group
// of models, this week's digitisation figures per record kind, overdue models and proposals, with
// the commune name, issuing body, signer, number symbol and recipients from ReportSettings.
//
// The week defaults to the ISO week containing today (by the vault's clock). The date line is
// today, but never later than the Monday after the reported week — the last day before the
// Tuesday deadline of the plan ("trước ngày thứ 3 hàng tuần") — so a report reprinted later for
// an old week carries the date it was due. A week that has not begun is refused. Model statuses
// are derived at the earlier of today and the week's Sunday from the updates reported by then;
// KPIs computed from the records and the totals are as of now.
// Needs Access::Read on "reports" and on "models".

#include "domain/plan/iso_week.h"
#include "reference/model_catalog.h"
#include "reference/roles.h"
#include "report/weekly_report_data.h"
#include "storage/vault.h"

namespace xaso {

struct WeeklyReportOptions
{
    plan::IsoWeek week;     // invalid: the current week
    QString documentNumber; // empty: a blank for the clerk (văn thư)
    QDate date;             // invalid: the rule above
    QStringList proposals;  // added before the proposals derived from blocked models
};

class WeeklyReportBuilder
{
public:
    WeeklyReportBuilder(storage::Vault& vault, const ModelCatalog& catalog, const RoleCatalog& roles);

    Result<WeeklyReportData> build(const WeeklyReportOptions& options = {});

    // The date line's date for a week reported on `today` (see above).
    static QDate defaultReportDate(const plan::IsoWeek& week, QDate today);

private:
    storage::Vault& m_vault;
    const ModelCatalog& m_catalog;
    const RoleCatalog& m_roles;
};

} // namespace xaso
