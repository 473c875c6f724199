#include "report/weekly_report_builder.h"

#include "domain/plan/kpi_calculator.h"
#include "domain/plan/plan_overview.h"
#include "domain/plan/record_counts.h"
#include "domain/plan/report_settings.h"
#include "text/dates.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace xaso {

namespace {

using plan::ModelOverview;
using plan::ModelStatus;

// Short names for models that carry several KPIs, so the progress cell stays narrow.
QString shortKpiLabel(const QString& id)
{
    static const QHash<QString, QString> labels{
        {u"vneid_level2_share"_s, u"VNeID mức 2"_s},
        {u"epayment_share"_s, u"Thanh toán điện tử"_s},
        {u"digital_signature_share"_s, u"Chữ ký số"_s},
        {u"digital_address_share"_s, u"Địa chỉ số"_s},
        {u"land_records"_s, u"Đã số hóa"_s},
        {u"labour_records"_s, u"Đã số hóa"_s},
        {u"welfare_digitised"_s, u"Đã số hóa"_s},
        {u"land_verified_share"_s, u"Đã làm sạch"_s},
        {u"labour_verified_share"_s, u"Đã làm sạch"_s},
        {u"welfare_verified_share"_s, u"Đã làm sạch"_s},
    };
    return labels.value(id);
}

QString count(qint64 value)
{
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(value);
}

QString progressText(const ModelOverview& o, const QList<plan::KpiValue>& kpis)
{
    QStringList parts;
    for (const plan::KpiValue& v : kpis) {
        if (!v.value)
            continue;
        const QString label = shortKpiLabel(v.definition->id);
        const QString value = plan::formatKpiValue(v);
        parts << (kpis.size() > 1 && !label.isEmpty() ? label + u": "_s + value : value);
    }
    if (!parts.isEmpty())
        return parts.join(u'\n');
    return o.status == ModelStatus::Done ? u"100%"_s : u"—"_s;
}

QString statusSummary(const QList<ModelOverview>& overview, QDate asOf, int models, int groups,
                      const QString& commune)
{
    QMap<ModelStatus, int> n;
    for (const ModelOverview& o : overview)
        ++n[o.status];
    const std::pair<ModelStatus, const char16_t*> parts[] = {
        {ModelStatus::Done, u"%1 mô hình đã hoàn thành"},
        {ModelStatus::InProgress, u"%1 mô hình đang triển khai"},
        {ModelStatus::Recurring, u"%1 mô hình thực hiện thường xuyên"},
        {ModelStatus::Blocked, u"%1 mô hình đang gặp vướng mắc"},
        {ModelStatus::NotStarted, u"%1 mô hình chưa triển khai"},
        {ModelStatus::Overdue, u"%1 mô hình chậm tiến độ so với thời hạn của Kế hoạch"},
    };
    QStringList items;
    for (const auto& [status, text] : parts) {
        if (n.value(status) > 0 || status == ModelStatus::Done)
            items << QString::fromUtf16(text).arg(n.value(status));
    }
    return u"Kế hoạch triển khai các nhiệm vụ tại Đề án 06/CP trên địa bàn xã %1 gồm %2 mô hình thuộc %3 "
           u"nhóm "
           u"tiện ích. Tính đến ngày %4: %5."_s.arg(commune, QString::number(models), QString::number(groups),
                                                    text::formatVietnameseDate(asOf), items.join(u"; "_s));
}

// Model 19's computed shares in one sentence, or empty when the vault holds no residents.
QString digitalCitizenParagraph(const QList<plan::KpiValue>& kpis)
{
    static const QHash<QString, QString> phrases{
        {u"vneid_level2_share"_s, u"có tài khoản định danh điện tử mức độ 2"_s},
        {u"epayment_share"_s, u"có tài khoản thanh toán điện tử"_s},
        {u"digital_signature_share"_s, u"có chữ ký số"_s},
        {u"digital_address_share"_s, u"có địa chỉ số"_s},
    };
    QStringList items;
    for (const plan::KpiValue& v : kpis) {
        if (!v.value || !phrases.contains(v.definition->id))
            continue;
        items << u"%1 đạt %2% (%3/%4 người)"_s.arg(phrases.value(v.definition->id),
                                                   plan::formatKpiNumber(*v.value), count(v.numerator),
                                                   count(v.denominator));
    }
    if (items.isEmpty())
        return {};
    return u"Về bảo đảm điều kiện công dân số (Mô hình 19), tỷ lệ người dân từ đủ 14 tuổi trở lên "_s +
           items.join(u"; "_s) + u'.';
}

QString reportedLabel(plan::ReportedStatus status)
{
    switch (status) {
    case plan::ReportedStatus::NotStarted:
        return plan::modelStatusLabelVi(ModelStatus::NotStarted);
    case plan::ReportedStatus::InProgress:
        return plan::modelStatusLabelVi(ModelStatus::InProgress);
    case plan::ReportedStatus::Done:
        return plan::modelStatusLabelVi(ModelStatus::Done);
    case plan::ReportedStatus::Blocked:
        return plan::modelStatusLabelVi(ModelStatus::Blocked);
    }
    return {};
}

QStringList weekUpdates(const QList<ModelOverview>& overview, const plan::IsoWeek& week)
{
    QStringList lines;
    int updates = 0;
    int models = 0;
    for (const ModelOverview& o : overview) {
        bool touched = false;
        for (const plan::ProgressEntry& e : o.history) {
            if (e.reportedOn < week.monday() || e.reportedOn > week.sunday())
                continue;
            ++updates;
            touched = true;
            // What was done, else the status reported; then the difficulties, if any.
            QString text = e.narrative;
            if (text.isEmpty())
                text = u"cập nhật trạng thái \u201c%1\u201d"_s.arg(reportedLabel(e.status));
            if (!e.problems.isEmpty())
                text += u"; khó khăn, vướng mắc: "_s + e.problems;
            if (!text.endsWith(u'.'))
                text += u'.';
            lines << u"- Mô hình %1 (%2): %3"_s.arg(o.model->number).arg(o.model->title, text);
        }
        models += touched ? 1 : 0;
    }
    if (updates == 0)
        return {u"Trong tuần, chưa có bộ phận nào cập nhật tiến độ các mô hình."_s};
    lines.prepend(
        u"Trong tuần, các bộ phận đã cập nhật tiến độ %1 lượt đối với %2 mô hình:"_s.arg(updates).arg(
            models));
    return lines;
}

} // namespace

WeeklyReportBuilder::WeeklyReportBuilder(storage::Vault& vault, const ModelCatalog& catalog,
                                         const RoleCatalog& roles)
    : m_vault(vault), m_catalog(catalog), m_roles(roles)
{
}

QDate WeeklyReportBuilder::defaultReportDate(const plan::IsoWeek& week, QDate today)
{
    const QDate dueMonday = week.sunday().addDays(1);
    return std::min(today, dueMonday);
}

Result<WeeklyReportData> WeeklyReportBuilder::build(const WeeklyReportOptions& options)
{
    if (m_roles.access(m_vault.profile().roles, RecordKind::Reports) < Access::Read)
        return makeError(
            ErrorCode::PermissionDenied,
            QCoreApplication::translate("WeeklyReportBuilder", "Your roles (%1) may not make reports.")
                .arg(m_vault.profile().roles.join(u", "_s)));
    const QDate today = plan::todayFrom(m_vault.clock());
    const plan::IsoWeek week = options.week.isValid() ? options.week : plan::IsoWeek::containing(today);
    if (week.monday() > today)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("WeeklyReportBuilder", "Week %1 has not begun yet (today is %2).")
                .arg(week.key(), today.toString(Qt::ISODate)));
    const QDate asOf = std::min(today, week.sunday());

    auto settings = plan::ReportSettings(m_vault, m_roles).load();
    if (!settings)
        return settings.error();
    plan::PlanRepository repository(m_vault, m_catalog, m_roles);
    auto overview = plan::loadPlanOverview(repository, m_catalog, asOf);
    if (!overview)
        return overview.error();
    plan::KpiCalculator calculator(m_vault.db());

    WeeklyReportData d;
    d.issuingBodySuperior = settings->superiorBody;
    d.issuingBody = settings->issuingBody;
    d.documentNumber = options.documentNumber.trimmed();
    d.numberSuffix = settings->numberPrefix;
    d.place = settings->communeName;
    d.date = options.date.isValid() ? options.date : defaultReportDate(week, today);
    d.subject = u"Kết quả triển khai Đề án 06/CP tuần %1 năm %2"_s.arg(week.week).arg(week.year);
    d.weekLabel = u"(Từ ngày %1 đến ngày %2)"_s.arg(text::formatVietnameseDate(week.monday()),
                                                    text::formatVietnameseDate(week.sunday()));

    d.overallParagraphs << statusSummary(*overview, asOf, int(m_catalog.models().size()),
                                         int(m_catalog.groups().size()), settings->communeName);

    // Section II: every model, group by group, with its KPIs computed once.
    QHash<int, QList<plan::KpiValue>> kpisByModel;
    for (const ModelOverview& o : *overview) {
        auto kpis = calculator.kpisOf(*o.model, o.history, asOf);
        if (!kpis)
            return kpis.error();
        kpisByModel.insert(o.model->number, *kpis);
    }
    const QString digital = digitalCitizenParagraph(kpisByModel.value(19));
    if (!digital.isEmpty())
        d.overallParagraphs << digital;
    d.overallParagraphs << weekUpdates(*overview, week);

    for (const PlanGroup& g : m_catalog.groups()) {
        WeeklyReportGroup group;
        group.number = g.number;
        group.title = g.title;
        for (const ModelOverview& o : *overview) {
            if (o.model->group != g.number)
                continue;
            group.rows.append({o.model->number, o.model->title, plan::leadLabel(o, m_roles),
                               plan::modelStatusLabelVi(o.status),
                               progressText(o, kpisByModel.value(o.model->number)),
                               o.latest ? o.latest->problems : QString()});
        }
        d.groups.append(group);
    }

    // Section III: kinds with nothing at all are left out rather than shown as a row of zeros.
    plan::RecordCounts counts(m_vault.db());
    for (const plan::RecordKindInfo& kind : plan::digitisedKinds()) {
        WeeklyReportDigitisation row{kind.labelVi, 0, 0, 0, 0};
        for (const auto& [figure, target] :
             {std::pair{counts.addedInWeek(kind.kind, week.key()), &row.added},
              std::pair{counts.verifiedInWeek(kind.kind, week.key()), &row.verified},
              std::pair{counts.mismatchedInWeek(kind.kind, week.key()), &row.mismatched},
              std::pair{counts.total(kind.kind), &row.total}}) {
            if (!figure)
                return figure.error();
            *target = *figure;
        }
        if (row.added == 0 && row.verified == 0 && row.mismatched == 0 && row.total == 0)
            continue;
        d.digitisation.append(row);
    }

    for (const ModelOverview& o : *overview) {
        if (o.status == ModelStatus::Overdue)
            d.overdue.append({o.model->number, o.model->title, plan::leadLabel(o, m_roles),
                              plan::deadlineText(o.model->deadline)});
    }

    for (const QString& p : options.proposals) {
        if (!p.trimmed().isEmpty())
            d.proposals << p.trimmed();
    }
    for (const ModelOverview& o : *overview) {
        if (!o.latest || o.latest->status != plan::ReportedStatus::Blocked || o.latest->problems.isEmpty())
            continue;
        QString problems = o.latest->problems;
        while (problems.endsWith(u'.') || problems.endsWith(u';'))
            problems.chop(1);
        d.proposals
            << u"Mô hình %1 (%2) đang gặp vướng mắc: %3. Đề nghị cấp trên hướng dẫn, hỗ trợ tháo gỡ."_s
                   .arg(o.model->number)
                   .arg(o.model->title, problems);
    }

    d.closing =
        u"Trên đây là báo cáo kết quả triển khai Đề án 06/CP tuần %1 năm %2 của %3./."_s.arg(week.week)
            .arg(week.year)
            .arg(settings->issuingBody);
    d.recipients = settings->recipients;
    d.signer = {settings->signerAuthority, settings->signerDeputy, settings->signerTitle,
                settings->signerName};
    return d;
}

} // namespace xaso
