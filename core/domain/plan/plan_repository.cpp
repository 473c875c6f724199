#include "domain/plan/plan_repository.h"

#include "crypto/crypto.h"
#include "domain/changes/record_writer.h"
#include "domain/copies/sealed_file_store.h"
#include "domain/plan/model_status.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace xaso::plan {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PlanRepository", text);
}

QString newId()
{
    return QString::fromLatin1(crypto::randomBytes(16).toHex());
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QString nonNull(const QString& value)
{
    return value.isNull() ? u""_s : value;
}

} // namespace

PlanRepository::PlanRepository(storage::Vault& vault, const ModelCatalog& catalog, const RoleCatalog& roles)
    : m_vault(vault), m_catalog(catalog), m_roles(roles)
{
}

Status PlanRepository::checkRead() const
{
    if (m_roles.access(m_vault.profile().roles, RecordKind::Models) >= Access::Read)
        return {};
    return makeError(
        ErrorCode::PermissionDenied,
        tr("Your roles (%1) may not read the plan's models.").arg(m_vault.profile().roles.join(u", "_s)));
}

Status PlanRepository::checkWrite() const
{
    if (m_roles.access(m_vault.profile().roles, RecordKind::Models) >= Access::Write)
        return {};
    return makeError(ErrorCode::PermissionDenied, tr("Your roles (%1) may not change the plan's models "
                                                     "(assignments and progress).")
                                                      .arg(m_vault.profile().roles.join(u", "_s)));
}

Status PlanRepository::registerCatalogVersion()
{
    auto st = m_vault.db().cached(
        "INSERT OR IGNORE INTO plan_catalog_versions (version, loaded_at_ms) VALUES (?, ?)");
    if (!st)
        return st.error();
    return (*st)->bind(1, qint64(m_catalog.version())).bind(2, m_vault.clock().nowMs()).exec();
}

Result<Assignment> PlanRepository::assign(int modelNumber, const QString& leadRole,
                                          const QString& leadOfficerName, const QStringList& cooperating,
                                          QDate assignedOn)
{
    XASO_TRY(checkWrite());
    if (!m_catalog.model(modelNumber))
        return makeError(ErrorCode::NotFound, tr("There is no model %1 in the plan (models 1 to %2).")
                                                  .arg(modelNumber)
                                                  .arg(m_catalog.models().size()));
    if (!m_roles.role(leadRole))
        return makeError(ErrorCode::InvalidArgument,
                         tr("Lead role: '%1' is not a known role; known roles: %2.")
                             .arg(leadRole, m_roles.knownRoleIds().join(u", "_s)));
    Assignment a;
    a.id = newId();
    a.modelNumber = modelNumber;
    a.leadRole = leadRole;
    a.leadOfficerName = leadOfficerName.trimmed();
    for (const QString& raw : cooperating) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        if (entry.contains(u','))
            return makeError(
                ErrorCode::InvalidArgument,
                tr("Cooperating: '%1' contains a comma; give each unit or officer separately.").arg(entry));
        a.cooperating << entry;
    }
    a.assignedOn = assignedOn.isValid() ? assignedOn : todayFrom(m_vault.clock());
    a.createdAtMs = m_vault.clock().nowMs();

    auto tx = storage::Transaction::begin(m_vault.db());
    if (!tx)
        return tx.error();
    XASO_TRY(registerCatalogVersion());
    domain::RecordWriter writer(m_vault);
    XASO_TRY(writer.insert(kAssignmentsTable, a.id,
                           {{u"created_at_ms"_s, a.createdAtMs},
                            {u"model_number"_s, qint64(a.modelNumber)},
                            {u"lead_role"_s, a.leadRole},
                            {u"lead_officer_name"_s, nonNull(a.leadOfficerName)},
                            {u"cooperating"_s, nonNull(a.cooperating.join(u','))},
                            {u"assigned_on"_s, isoDate(a.assignedOn)}}));
    XASO_TRY(tx->commit());
    return a;
}

Status PlanRepository::validateKpis(const PlanModel& model, const KpiValues& values) const
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const KpiDefinition* def = model.kpi(it.key());
        if (!def) {
            QStringList entered;
            for (const KpiDefinition& k : model.kpis) {
                if (k.source == KpiDefinition::Source::Entered)
                    entered << k.id;
            }
            return makeError(ErrorCode::InvalidArgument,
                             tr("KPI '%1' is not a KPI of model %2; its entered KPIs: %3.")
                                 .arg(it.key())
                                 .arg(model.number)
                                 .arg(entered.isEmpty() ? tr("none") : entered.join(u", "_s)));
        }
        if (def->source == KpiDefinition::Source::Computed)
            return makeError(ErrorCode::InvalidArgument,
                             tr("KPI '%1' of model %2 is computed from the records; it cannot be entered.")
                                 .arg(it.key())
                                 .arg(model.number));
        if (it.value() < 0)
            return makeError(ErrorCode::InvalidArgument,
                             tr("KPI '%1': the value may not be negative.").arg(it.key()));
        if (def->unit == KpiDefinition::Unit::Percent && it.value() > 100)
            return makeError(ErrorCode::InvalidArgument,
                             tr("KPI '%1': a percentage is at most 100.").arg(it.key()));
    }
    return {};
}

Result<ProgressEntry> PlanRepository::addProgress(const ProgressUpdate& update)
{
    XASO_TRY(checkWrite());
    const PlanModel* model = m_catalog.model(update.modelNumber);
    if (!model)
        return makeError(ErrorCode::NotFound, tr("There is no model %1 in the plan (models 1 to %2).")
                                                  .arg(update.modelNumber)
                                                  .arg(m_catalog.models().size()));
    XASO_TRY(validateKpis(*model, update.kpiValues));
    const QDate today = todayFrom(m_vault.clock());
    if (update.reportedOn.isValid() && update.reportedOn > today)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Report date: %1 is in the future.").arg(isoDate(update.reportedOn)));

    auto previous = history(update.modelNumber);
    if (!previous)
        return previous.error();

    ProgressEntry e;
    e.id = newId();
    e.modelNumber = update.modelNumber;
    e.catalogVersion = m_catalog.version();
    e.reportedOn = update.reportedOn.isValid() ? update.reportedOn : today;
    e.reportedBy = m_vault.profile().displayName;
    e.status =
        update.status.value_or(previous->isEmpty() ? ReportedStatus::NotStarted : previous->last().status);
    e.kpiValues = update.kpiValues;
    e.narrative = update.narrative.trimmed();
    e.problems = update.problems.trimmed();
    e.createdAtMs = m_vault.clock().nowMs();

    auto tx = storage::Transaction::begin(m_vault.db());
    if (!tx)
        return tx.error();
    XASO_TRY(registerCatalogVersion());
    if (!update.evidenceName.isEmpty()) {
        const QString name = QFileInfo(update.evidenceName).fileName();
        const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(name, update.evidenceBytes).name();
        auto file = domain::SealedFileStore(m_vault).store(name, mime, update.evidenceBytes);
        if (!file)
            return file.error();
        e.evidenceFileId = file->id;
    }
    domain::RecordWriter writer(m_vault);
    XASO_TRY(writer.insert(
        kProgressTable, e.id,
        {{u"created_at_ms"_s, e.createdAtMs},
         {u"model_number"_s, qint64(e.modelNumber)},
         {u"catalog_version"_s, qint64(e.catalogVersion)},
         {u"reported_on"_s, isoDate(e.reportedOn)},
         {u"reported_by"_s, nonNull(e.reportedBy)},
         {u"status"_s, reportedStatusKey(e.status)},
         {u"kpi_values"_s, nonNull(encodeKpiValues(e.kpiValues))},
         {u"narrative"_s, nonNull(e.narrative)},
         {u"problems"_s, nonNull(e.problems)},
         {u"evidence_file_id"_s, e.evidenceFileId.isEmpty() ? QVariant() : QVariant(e.evidenceFileId)}}));
    XASO_TRY(tx->commit());
    return e;
}

Result<QList<Assignment>> PlanRepository::queryAssignments(int modelNumber)
{
    XASO_TRY(checkRead());
    auto st = m_vault.db().prepare(
        u"SELECT id, model_number, lead_role, lead_officer_name, cooperating, assigned_on, "
        "created_at_ms FROM plan_assignments WHERE deleted = 0 AND (? = 0 OR "
        "model_number = ?) ORDER BY model_number, assigned_on, created_at_ms, id"_s);
    if (!st)
        return st.error();
    st->bind(1, modelNumber).bind(2, modelNumber);
    QList<Assignment> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        Assignment a;
        a.id = st->text(0);
        a.modelNumber = st->int32(1);
        a.leadRole = st->text(2);
        a.leadOfficerName = st->text(3);
        a.cooperating = st->text(4).split(u',', Qt::SkipEmptyParts);
        a.assignedOn = QDate::fromString(st->text(5), Qt::ISODate);
        a.createdAtMs = st->int64(6);
        out.append(a);
    }
    return out;
}

Result<QList<ProgressEntry>> PlanRepository::queryProgress(int modelNumber)
{
    XASO_TRY(checkRead());
    auto st =
        m_vault.db().prepare(u"SELECT id, model_number, catalog_version, reported_on, reported_by, status, "
                             "kpi_values, narrative, problems, evidence_file_id, created_at_ms "
                             "FROM model_progress WHERE deleted = 0 AND (? = 0 OR model_number = ?) "
                             "ORDER BY model_number, reported_on, created_at_ms, id"_s);
    if (!st)
        return st.error();
    st->bind(1, modelNumber).bind(2, modelNumber);
    QList<ProgressEntry> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ProgressEntry e;
        e.id = st->text(0);
        e.modelNumber = st->int32(1);
        e.catalogVersion = st->int32(2);
        e.reportedOn = QDate::fromString(st->text(3), Qt::ISODate);
        e.reportedBy = st->text(4);
        // A row that arrived by sync from a newer build may carry words this one does not know:
        // show it as in progress rather than refuse the whole history.
        const Result<ReportedStatus> status = parseReportedStatus(st->text(5));
        e.status = status ? *status : ReportedStatus::InProgress;
        auto kpis = decodeKpiValues(st->text(6));
        if (kpis)
            e.kpiValues = *kpis;
        e.narrative = st->text(7);
        e.problems = st->text(8);
        e.evidenceFileId = st->text(9);
        e.createdAtMs = st->int64(10);
        out.append(e);
    }
    return out;
}

Result<std::optional<Assignment>> PlanRepository::currentAssignment(int modelNumber)
{
    auto all = queryAssignments(modelNumber);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<Assignment>();
    return std::optional<Assignment>(all->last());
}

Result<QList<Assignment>> PlanRepository::assignmentHistory(int modelNumber)
{
    if (modelNumber <= 0)
        return makeError(ErrorCode::InvalidArgument, tr("Model number %1 is not valid.").arg(modelNumber));
    return queryAssignments(modelNumber);
}

Result<QMap<int, Assignment>> PlanRepository::currentAssignments()
{
    auto all = queryAssignments(0);
    if (!all)
        return all.error();
    QMap<int, Assignment> out;
    for (const Assignment& a : *all)
        out.insert(a.modelNumber, a); // ordered oldest first: the last one stays
    return out;
}

Result<QList<ProgressEntry>> PlanRepository::history(int modelNumber)
{
    if (modelNumber <= 0)
        return makeError(ErrorCode::InvalidArgument, tr("Model number %1 is not valid.").arg(modelNumber));
    return queryProgress(modelNumber);
}

Result<QList<ProgressEntry>> PlanRepository::allProgress()
{
    return queryProgress(0);
}

} // namespace xaso::plan
