#pragma once
// Value types of the plan's models as officers record them: assignments (who leads, chủ trì) and
// progress updates (status, KPI values, narrative, problems, evidence). The catalog side
// (PlanModel, KpiDefinition) is reference data in reference/model_catalog.h.

#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace xaso::plan {

// The status an officer reports with a progress update (stored as text in model_progress.status).
enum class ReportedStatus { NotStarted, InProgress, Done, Blocked };

// The status a person sees: the reported one, overlaid with what the catalog deadline and the
// clock say (model_status.h).
enum class ModelStatus { NotStarted, InProgress, Done, Blocked, Recurring, Overdue };

QString reportedStatusKey(ReportedStatus status); // "not_started", "in_progress", "done", "blocked"
// Accepts the keys above (and '-' for '_'); the error lists the accepted words.
Result<ReportedStatus> parseReportedStatus(const QString& key);

QString modelStatusKey(ModelStatus status);     // the keys above plus "recurring", "overdue"
QString modelStatusLabelVi(ModelStatus status); // "Chưa triển khai", "Đang triển khai", …

struct Assignment
{
    QString id;
    int modelNumber = 0;
    QString leadRole;        // role id
    QString leadOfficerName; // may be empty: the role leads
    QStringList cooperating; // role ids or officer names
    QDate assignedOn;
    qint64 createdAtMs = 0;
};

// KPI values as entered: id → value. Stored canonically ("id=value;…", ids sorted) so that equal
// sets are equal bytes in the change log.
using KpiValues = QMap<QString, double>;
QString encodeKpiValues(const KpiValues& values);
// Names the item at fault ("'x=abc': the value is not a number").
Result<KpiValues> decodeKpiValues(const QString& text);
// A number as Vietnamese officers write it: a decimal comma, no trailing zeros ("96,3").
QString formatKpiNumber(double value);

struct ProgressEntry
{
    QString id;
    int modelNumber = 0;
    int catalogVersion = 0;
    QDate reportedOn;
    QString reportedBy;
    ReportedStatus status = ReportedStatus::NotStarted;
    KpiValues kpiValues;
    QString narrative;
    QString problems;
    QString evidenceFileId; // a sealed_files id (domain/copies/sealed_file_store.h); empty when none
    qint64 createdAtMs = 0;
};

// What an officer submits; the repository fills id, catalog version, reporter and timestamps.
struct ProgressUpdate
{
    int modelNumber = 0;
    QDate reportedOn;                     // invalid: today by the vault's clock
    std::optional<ReportedStatus> status; // empty: keep the latest reported status
    KpiValues kpiValues;
    QString narrative;
    QString problems;
    // An evidence file to seal in the vault (SealedFileStore) in the same transaction; empty name: none.
    QString evidenceName;
    QByteArray evidenceBytes;
};

} // namespace xaso::plan
