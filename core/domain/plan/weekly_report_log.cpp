#include "domain/plan/weekly_report_log.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace xaso::plan {

namespace {

QString storageKey(const IsoWeek& week)
{
    return u"weekly_report.saved."_s + week.key();
}

Status checkAccess(storage::Vault& vault, const RoleCatalog& roles, Access needed)
{
    if (roles.access(vault.profile().roles, RecordKind::Reports) >= needed)
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     QCoreApplication::translate("WeeklyReportLog", "Your roles (%1) may not make reports.")
                         .arg(vault.profile().roles.join(u", "_s)));
}

} // namespace

IsoWeek WeeklyReportLog::dueWeek(QDate today)
{
    return IsoWeek::containing(today).previous();
}

Status WeeklyReportLog::recordSaved(const IsoWeek& week, const QString& format, const QString& documentNumber)
{
    XASO_TRY(checkAccess(m_vault, m_roles, Access::Write));
    if (!week.isValid())
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("WeeklyReportLog", "No week was given for the saved report."));
    const QJsonObject value{
        {u"saved_at"_s, m_vault.clock().now().toUTC().toString(Qt::ISODate)},
        {u"format"_s, format},
        {u"number"_s, documentNumber.trimmed()},
    };
    const QString text = QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
    return m_vault.writeAudited(
        {u"settings"_s, storageKey(week), u"update"_s, u"weekly report saved"_s}, [&](storage::Database& db) {
            auto st = db.prepare(u"INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"_s);
            if (!st)
                return Status(st.error());
            return st->bind(1, storageKey(week)).bind(2, text).exec();
        });
}

Result<std::optional<SavedWeeklyReport>> WeeklyReportLog::saved(const IsoWeek& week)
{
    XASO_TRY(checkAccess(m_vault, m_roles, Access::Read));
    auto st = m_vault.db().cached("SELECT value FROM settings WHERE key = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, storageKey(week));
    auto row = (*st)->step();
    if (!row)
        return row.error();
    const bool found = *row;
    const QString text = found ? (*st)->text(0) : QString();
    (*st)->reset();
    if (!found)
        return std::optional<SavedWeeklyReport>();
    // A row this code did not write still means "saved"; its fields are then left empty.
    const QJsonObject value = QJsonDocument::fromJson(text.toUtf8()).object();
    SavedWeeklyReport saved;
    saved.week = week;
    saved.savedAt = QDateTime::fromString(value.value(u"saved_at"_s).toString(), Qt::ISODate);
    saved.format = value.value(u"format"_s).toString();
    saved.documentNumber = value.value(u"number"_s).toString();
    return std::optional<SavedWeeklyReport>(saved);
}

Result<bool> WeeklyReportLog::reminderDue(QDate today)
{
    auto last = saved(dueWeek(today));
    if (!last)
        return last.error();
    return !last->has_value();
}

} // namespace xaso::plan
