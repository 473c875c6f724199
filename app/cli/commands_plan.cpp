// xaso-cli models list|show N|assign N|update N, report weekly, settings get|set

#include "cli_context.h"

#include "domain/copies/sealed_file_store.h"
#include "domain/plan/kpi_calculator.h"
#include "domain/plan/plan_overview.h"
#include "domain/plan/report_settings.h"
#include "report/weekly_report_builder.h"
#include "report/weekly_report_renderer.h"
#include "text/dates.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace xaso::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

// The reference data every plan command needs, loaded once per command.
struct PlanReference
{
    std::optional<ModelCatalog> catalog;
    std::optional<RoleCatalog> roles;
};

Result<PlanReference> loadReference()
{
    auto catalog = ModelCatalog::load();
    if (!catalog)
        return catalog.error();
    auto roles = RoleCatalog::load();
    if (!roles)
        return roles.error();
    return PlanReference{std::move(*catalog), std::move(*roles)};
}

Result<int> modelNumber(const QStringList& positional)
{
    bool ok = false;
    const int n = positional.value(1).toInt(&ok);
    if (!ok || n <= 0)
        return makeError(ErrorCode::InvalidArgument, tr("give the model number, e.g. 'models show 19'."));
    return n;
}

Result<QDate> dateOption(const QCommandLineParser& p)
{
    if (!p.isSet(u"date"_s))
        return QDate();
    return text::parseVietnameseDate(p.value(u"date"_s));
}

QString roleName(const RoleCatalog& roles, const QString& id)
{
    const Role* r = roles.role(id);
    return r ? r->nameVi : id;
}

void printList(CliContext& ctx, const QList<plan::ModelOverview>& overview, const PlanReference& ref)
{
    const RoleCatalog& roles = *ref.roles;
    QTextStream& o = ctx.out;
    o << u"%1 %2 %3 %4 %5"_s.arg(tr("No."), -4)
             .arg(tr("Status"), -18)
             .arg(tr("Deadline"), -12)
             .arg(tr("Lead"), -28)
             .arg(tr("Model"))
      << Qt::endl;
    int group = 0;
    for (const plan::ModelOverview& m : overview) {
        if (m.model->group != group) {
            group = m.model->group;
            o << Qt::endl
              << u"%1. %2"_s.arg(group).arg(ref.catalog->groups().value(group - 1).title) << Qt::endl;
        }
        const QString deadline =
            m.model->deadline.kind == ModelDeadline::Date
                ? plan::deadlineText(m.model->deadline)
                : (m.model->deadline.kind == ModelDeadline::Recurring ? tr("ongoing") : u"—"_s);
        // Padded pieces joined, not chained arg(): a name with "%1" in it must not swallow the next.
        o << QString::number(m.model->number).leftJustified(4) << u" "_s
          << plan::modelStatusLabelVi(m.status).leftJustified(18) << u" "_s << deadline.leftJustified(12)
          << u" "_s << plan::leadLabel(m, roles).left(28).leftJustified(28) << u" "_s << m.model->title
          << Qt::endl;
    }
}

int showModel(CliContext& ctx, storage::Vault& vault, const PlanReference& ref, int number)
{
    const PlanModel* model = ref.catalog->model(number);
    if (!model)
        return ctx.fail(makeError(ErrorCode::NotFound, tr("There is no model %1 in the plan.").arg(number)));
    plan::PlanRepository repository(vault, *ref.catalog, *ref.roles);
    const QDate today = plan::todayFrom(ctx.clock);
    auto overview = plan::loadPlanOverview(repository, *ref.catalog, today);
    if (!overview)
        return ctx.fail(overview.error());
    const plan::ModelOverview& m = overview->at(number - 1);
    auto kpis = plan::KpiCalculator(vault.db()).kpisOf(*model, m.history, today);
    if (!kpis)
        return ctx.fail(kpis.error());
    QTextStream& o = ctx.out;
    QStringList catalogLeads;
    for (const QString& id : model->leadRoles)
        catalogLeads << roleName(*ref.roles, id);
    o << tr("Model %1: %2").arg(model->number).arg(model->title) << Qt::endl;
    o << tr("Group:        %1. %2").arg(model->group).arg(ref.catalog->groups().value(model->group - 1).title)
      << Qt::endl;
    o << tr("Objective:    %1").arg(model->objective) << Qt::endl;
    o << tr("Lead:         %1 (plan: %2)").arg(plan::leadLabel(m, *ref.roles), catalogLeads.join(u", "_s))
      << Qt::endl;
    if (m.assignment && !m.assignment->cooperating.isEmpty()) {
        QStringList names;
        for (const QString& who : m.assignment->cooperating)
            names << roleName(*ref.roles, who); // a name that is not a role id stays as typed
        o << tr("Cooperating:  %1").arg(names.join(u", "_s)) << Qt::endl;
    } else if (!model->cooperating.isEmpty())
        o << tr("Cooperating:  %1 (plan)").arg(model->cooperating.join(u"; "_s)) << Qt::endl;
    o << tr("Deadline:     %1").arg(plan::deadlineText(model->deadline)) << Qt::endl;
    o << tr("Status:       %1 (%2)").arg(plan::modelStatusLabelVi(m.status), plan::modelStatusKey(m.status))
      << Qt::endl;
    if (!kpis->isEmpty()) {
        o << tr("KPIs:") << Qt::endl;
        for (const plan::KpiValue& v : *kpis) {
            const bool computed = v.definition->source == KpiDefinition::Source::Computed;
            QString detail = computed ? tr("computed") : tr("entered");
            if (computed && v.denominator > 0)
                detail += u", %1/%2"_s.arg(v.numerator).arg(v.denominator);
            if (!computed && v.enteredOn.isValid())
                detail += u", %1"_s.arg(v.enteredOn.toString(Qt::ISODate));
            o << u"  %1 %2 (%3) — %4"_s.arg(v.definition->id, -26)
                     .arg(plan::formatKpiValue(v), detail, v.definition->label)
              << Qt::endl;
        }
    }
    o << QCoreApplication::translate("Cli", "History (%n update(s)):", nullptr, int(m.history.size()))
      << Qt::endl;
    domain::SealedFileStore evidence(vault);
    for (const plan::ProgressEntry& e : m.history) {
        o << u"  %1  %2  %3"_s.arg(e.reportedOn.toString(Qt::ISODate), plan::reportedStatusKey(e.status),
                                   e.reportedBy)
          << Qt::endl;
        if (!e.kpiValues.isEmpty())
            o << u"      KPI: %1"_s.arg(plan::encodeKpiValues(e.kpiValues)) << Qt::endl;
        if (!e.narrative.isEmpty())
            o << u"      %1"_s.arg(e.narrative) << Qt::endl;
        if (!e.problems.isEmpty())
            o << tr("      Problems: %1").arg(e.problems) << Qt::endl;
        if (!e.evidenceFileId.isEmpty()) {
            auto info = evidence.info(e.evidenceFileId);
            o << tr("      Evidence: %1")
                     .arg(info ? u"%1 (%2 bytes)"_s.arg(info->name).arg(info->size)
                               : tr("%1, not in this vault").arg(e.evidenceFileId))
              << Qt::endl;
        }
    }
    return ExitOk;
}

int runModels(CliContext& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_s, tr("list | show N | assign N | update N"));
    p.addOption(
        {u"lead"_s, tr("assign: the lead (chủ trì), a role id or an officer's name."), tr("role-or-name")});
    p.addOption(
        {u"role"_s, tr("assign: the lead officer's role id (default: the plan's lead role)."), tr("role")});
    p.addOption({u"coop"_s, tr("assign: a cooperating unit or officer (repeat, or separate with commas)."),
                 tr("who")});
    p.addOption({u"status"_s, tr("update: not_started, in_progress, done or blocked."), tr("status")});
    p.addOption({u"kpi"_s, tr("update: an entered KPI value, id=value (repeat)."), tr("id=value")});
    p.addOption({u"note"_s, tr("update: what was done (narrative)."), tr("text")});
    p.addOption({u"problems"_s, tr("update: difficulties and obstacles."), tr("text")});
    p.addOption({u"evidence"_s, tr("update: a file to seal in the vault as evidence."), tr("file")});
    p.addOption({u"date"_s, tr("assign/update: the date (default today)."), tr("date")});
    int exit = 0;
    if (!ctx.parse(p, tr("The plan's 38 models: list them, show one, assign a lead, record progress."),
                   &exit))
        return exit;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (!QStringList{u"list"_s, u"show"_s, u"assign"_s, u"update"_s}.contains(action))
        return ctx.usage(
            tr("say 'models list', 'models show N', 'models assign N --lead …' or 'models update N …'."));
    auto date = dateOption(p);
    if (!date)
        return ctx.usage(tr("--date: %1").arg(date.message()));
    auto ref = loadReference();
    if (!ref)
        return ctx.fail(ref.error());
    auto vault = ctx.openVault(p);
    if (!vault)
        return ctx.fail(vault.error());
    plan::PlanRepository repository(**vault, *ref->catalog, *ref->roles);

    if (action == u"list") {
        auto overview = plan::loadPlanOverview(repository, *ref->catalog, plan::todayFrom(ctx.clock));
        if (!overview)
            return ctx.fail(overview.error());
        printList(ctx, *overview, *ref);
        return ExitOk;
    }
    auto number = modelNumber(pos);
    if (!number)
        return ctx.usage(number.message());
    if (action == u"show")
        return showModel(ctx, **vault, *ref, *number);

    if (action == u"assign") {
        const QString lead = p.value(u"lead"_s).trimmed();
        if (lead.isEmpty())
            return ctx.usage(tr("assign needs --lead ROLE_OR_NAME."));
        const PlanModel* model = ref->catalog->model(*number);
        QString role = p.value(u"role"_s).trimmed();
        QString officer;
        if (ref->roles->role(lead))
            role = lead;
        else
            officer = lead;
        if (role.isEmpty() && model)
            role = model->leadRoles.value(0);
        QStringList coop;
        for (const QString& v : p.values(u"coop"_s))
            coop << v.split(u',', Qt::SkipEmptyParts);
        auto a = repository.assign(*number, role, officer, coop, *date);
        if (!a)
            return ctx.fail(a.error());
        ctx.out << tr("Model %1 is now led by %2.")
                       .arg(*number)
                       .arg(officer.isEmpty() ? roleName(*ref->roles, role)
                                              : u"%1 (%2)"_s.arg(officer, roleName(*ref->roles, role)))
                << Qt::endl;
        return ExitOk;
    }

    plan::ProgressUpdate update;
    update.modelNumber = *number;
    update.reportedOn = *date;
    if (p.isSet(u"status"_s)) {
        auto status = plan::parseReportedStatus(p.value(u"status"_s));
        if (!status)
            return ctx.usage(status.message());
        update.status = *status;
    }
    auto kpis = plan::decodeKpiValues(p.values(u"kpi"_s).join(u';'));
    if (!kpis)
        return ctx.usage(tr("--kpi: %1").arg(kpis.message()));
    update.kpiValues = *kpis;
    update.narrative = p.value(u"note"_s);
    update.problems = p.value(u"problems"_s);
    if (p.isSet(u"evidence"_s)) {
        QFile file(p.value(u"evidence"_s));
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(makeError(
                ErrorCode::Io,
                tr("Cannot read the evidence file %1: %2").arg(file.fileName(), file.errorString())));
        if (file.size() > domain::SealedFileStore::kMaxBytes)
            return ctx.fail(
                makeError(ErrorCode::InvalidArgument, tr("The evidence file %1 is larger than %2 MiB.")
                                                          .arg(file.fileName())
                                                          .arg(domain::SealedFileStore::kMaxBytes >> 20)));
        update.evidenceName = QFileInfo(file.fileName()).fileName();
        update.evidenceBytes = file.readAll();
    }
    if (!update.status && update.kpiValues.isEmpty() && update.narrative.isEmpty() &&
        update.problems.isEmpty() && update.evidenceName.isEmpty())
        return ctx.usage(tr("update needs at least one of --status, --kpi, --note, --problems, --evidence."));
    auto entry = repository.addProgress(update);
    if (!entry)
        return ctx.fail(entry.error());
    const PlanModel* model = ref->catalog->model(*number);
    const plan::ModelStatus derived = plan::deriveStatus(*model, entry->status, plan::todayFrom(ctx.clock));
    ctx.out << tr("Recorded progress of model %1 on %2: %3.")
                   .arg(*number)
                   .arg(entry->reportedOn.toString(Qt::ISODate), plan::modelStatusLabelVi(derived))
            << Qt::endl;
    return ExitOk;
}

int runReport(CliContext& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"weekly"_s, tr("The weekly report to the city (before each Tuesday)."));
    p.addOption({u"week"_s, tr("The ISO week, e.g. 2026-W48 (default: this week)."), tr("week")});
    p.addOption({u"number"_s, tr("The document number (default: a blank for the clerk)."), tr("n")});
    p.addOption({u"date"_s, tr("The date line's date (default: today, at most the Monday after the week)."),
                 tr("date")});
    p.addOption({u"proposal"_s, tr("A proposal (đề xuất, kiến nghị) to add (repeat)."), tr("text")});
    p.addOption({u"out"_s, tr("The file to write: .pdf or .odt."), tr("file")});
    int exit = 0;
    if (!ctx.parse(p, tr("Write the weekly report on Đề án 06/CP as PDF or ODT."), &exit))
        return exit;
    if (p.positionalArguments() != QStringList{u"weekly"_s})
        return ctx.usage(tr("say 'report weekly --out FILE.pdf'."));
    const QString out = p.value(u"out"_s);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty() || (suffix != u"pdf" && suffix != u"odt"))
        return ctx.usage(tr("--out needs a file name ending in .pdf or .odt."));
    WeeklyReportOptions options;
    if (p.isSet(u"week"_s)) {
        auto week = plan::IsoWeek::parse(p.value(u"week"_s));
        if (!week)
            return ctx.usage(week.message());
        options.week = *week;
    }
    auto date = dateOption(p);
    if (!date)
        return ctx.usage(tr("--date: %1").arg(date.message()));
    options.date = *date;
    options.documentNumber = p.value(u"number"_s);
    options.proposals = p.values(u"proposal"_s);
    auto ref = loadReference();
    if (!ref)
        return ctx.fail(ref.error());
    auto vault = ctx.openVault(p);
    if (!vault)
        return ctx.fail(vault.error());
    plan::ReportSettings settings(**vault, *ref->roles);
    auto signer = settings.isSet(u"signer_name"_s);
    if (signer && !*signer)
        ctx.err << tr("Note: the signer's name is not set; use 'xaso-cli settings set signer_name \"…\"'.")
                << Qt::endl;
    auto data = WeeklyReportBuilder(**vault, *ref->catalog, *ref->roles).build(options);
    if (!data)
        return ctx.fail(data.error());
    const WeeklyReportRenderer renderer;
    const Status written = suffix == u"pdf" ? renderer.renderPdf(*data, out) : renderer.renderOdt(*data, out);
    if (!written)
        return ctx.fail(written.error());
    ctx.out << tr("Wrote the weekly report (%1) to %2.").arg(data->subject, out) << Qt::endl;
    return ExitOk;
}

int runSettings(CliContext& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_s, tr("get [KEY] | set KEY VALUE"));
    int exit = 0;
    if (!ctx.parse(p, tr("Report settings: commune name, issuing body, signer, number symbol, recipients."),
                   &exit))
        return exit;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    const bool get = action == u"get" && pos.size() <= 2;
    const bool set = action == u"set" && pos.size() == 3;
    if (!get && !set)
        return ctx.usage(tr("say 'settings get [KEY]' or 'settings set KEY VALUE'; keys: %1.")
                             .arg(plan::ReportSettings::keys().join(u", "_s)));
    auto roles = RoleCatalog::load();
    if (!roles)
        return ctx.fail(roles.error());
    auto vault = ctx.openVault(p);
    if (!vault)
        return ctx.fail(vault.error());
    plan::ReportSettings settings(**vault, *roles);
    if (set) {
        if (auto s = settings.set(pos.at(1), pos.at(2)); !s)
            return ctx.fail(s.error());
        ctx.out << tr("Set %1.").arg(pos.at(1)) << Qt::endl;
        return ExitOk;
    }
    const QStringList keys = pos.size() == 2 ? QStringList{pos.at(1)} : plan::ReportSettings::keys();
    for (const QString& key : keys) {
        auto value = settings.get(key);
        if (!value)
            return ctx.fail(value.error());
        auto isSet = settings.isSet(key);
        if (!isSet)
            return ctx.fail(isSet.error());
        const QString shown = QString(*value).replace(u'\n', u"; "_s);
        if (pos.size() == 2)
            ctx.out << shown << Qt::endl;
        else
            ctx.out << u"%1 = %2%3"_s.arg(key, -17).arg(shown, *isSet ? QString() : tr("   (default)"))
                    << Qt::endl;
    }
    return ExitOk;
}

} // namespace

void addPlanCommands(CommandRegistry& r)
{
    r.append({u"models"_s, tr("the plan's models: list, show N, assign N, update N"), runModels});
    r.append({u"report"_s, tr("report weekly --out FILE.pdf|FILE.odt"), runReport});
    r.append({u"settings"_s, tr("report settings: get [KEY], set KEY VALUE"), runSettings});
}

} // namespace xaso::cli
