#pragma once
// Which weekly reports were saved, so the desktop can remind the officer on Monday. The plan
// ("Chế độ thông tin, báo cáo") asks for the written report to the city "trước ngày thứ 3 hàng
// tuần": the report of an ISO week is due before the Tuesday after it, i.e. by that Monday (the
// same rule WeeklyReportBuilder::defaultReportDate uses for the date line). So from each Monday
// on, the report due is the one for the week just ended, until it is saved.
//
// Kept in the vault's settings table, one row per week, key "weekly_report.saved.<2026-W48>",
// value a small JSON object {saved_at, format, number}; saving again replaces the row. Recording
// needs Access::Write on "reports" (whoever may make the report); reading needs Access::Read.

#include "domain/plan/iso_week.h"
#include "reference/roles.h"
#include "storage/vault.h"

#include <QDateTime>

#include <optional>

namespace xaso::plan {

struct SavedWeeklyReport
{
    IsoWeek week;
    QDateTime savedAt; // UTC, from the vault's clock
    QString format;    // "pdf" or "odt"
    QString documentNumber;
};

class WeeklyReportLog
{
public:
    WeeklyReportLog(storage::Vault& vault, const RoleCatalog& roles) : m_vault(vault), m_roles(roles) {}

    // The week whose report is due before the Tuesday of the week containing `today`.
    static IsoWeek dueWeek(QDate today);
    // The last day to hand in the report of `week`: the Monday after it.
    static QDate dueBy(const IsoWeek& week) { return week.sunday().addDays(1); }

    // Records that the report of `week` was saved now, with an audit row.
    Status recordSaved(const IsoWeek& week, const QString& format, const QString& documentNumber);
    // The latest save of that week's report, or nothing.
    Result<std::optional<SavedWeeklyReport>> saved(const IsoWeek& week);
    // True when the report due on `today` (see dueWeek) has not been saved.
    Result<bool> reminderDue(QDate today);

private:
    storage::Vault& m_vault;
    const RoleCatalog& m_roles;
};

} // namespace xaso::plan
