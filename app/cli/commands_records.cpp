// xaso-cli import KIND | export KIND | search | verify-against | duplicates — the records
// (core/domain/residents and, by kind, core/domain/kinds).

#include "cli_context.h"

#include "domain/import/import_issue_report.h"
#include "domain/kinds/record_kind_io.h"
#include "domain/residents/cleaning.h"
#include "domain/residents/duplicates.h"
#include "domain/residents/resident_export.h"
#include "domain/residents/resident_import.h"
#include "domain/residents/resident_search.h"
#include "io/csv_writer.h"
#include "reference/roles.h"
#include "text/dates.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace xaso::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

// Parses, opens the vault and loads the roles; returns false with *exit set when it should stop.
struct Session
{
    std::unique_ptr<storage::Vault> vault;
    std::optional<RoleCatalog> roles;
};

bool open(CliContext& ctx, QCommandLineParser& p, const QString& description, int minPositional, Session& s,
          int* exit)
{
    if (!ctx.parse(p, description, exit))
        return false;
    if (p.positionalArguments().size() < minPositional) {
        *exit = ctx.usage(tr("missing argument; see --help"));
        return false;
    }
    auto catalog = RoleCatalog::load();
    if (!catalog) {
        *exit = ctx.fail(catalog.error());
        return false;
    }
    s.roles = std::move(*catalog);
    auto vault = ctx.openVault(p);
    if (!vault) {
        *exit = ctx.fail(vault.error());
        return false;
    }
    s.vault = std::move(*vault);
    return true;
}

QString kindList()
{
    return u"residents, "_s + domain::RecordKindIo::names().join(u", "_s);
}

int importResidents(CliContext& ctx, const QCommandLineParser& p, Session& s, const QString& file)
{
    domain::ResidentImport import(*s.vault, *s.roles);
    domain::ResidentImport::Options options;
    options.dryRun = p.isSet(u"dry-run"_s);
    // A dry run checks every row and reports; it never writes, so "all or nothing" has no say.
    options.skipInvalid = p.isSet(u"skip-invalid"_s) || options.dryRun;
    options.progress = [&](qint64, qint64, qint64 rows) {
        ctx.err << '\r' << tr("%1 rows").arg(rows) << Qt::flush; // '\r' outside tr(): lupdate drops it
        return true;
    };
    auto summary = import.run(file, options);
    ctx.err << Qt::endl;
    for (const domain::ImportIssue& e : import.summary().errors)
        ctx.err << e.reason << Qt::endl;
    for (const domain::ImportIssue& w : import.summary().warnings)
        ctx.err << tr("warning: %1").arg(w.reason) << Qt::endl;
    if (p.isSet(u"errors"_s) && !import.summary().errors.isEmpty()) {
        if (auto written = import.writeErrorReport(p.value(u"errors"_s)); !written)
            return ctx.fail(written.error());
    }
    if (!summary)
        return ctx.fail(summary.error());
    if (options.dryRun) {
        ctx.out << tr("Dry run: %1 of %2 rows are valid; nothing was written.")
                       .arg(summary->validRows)
                       .arg(summary->rowsRead)
                << Qt::endl;
    } else if (!summary->committed) {
        ctx.out << tr("Nothing was imported: %1 of %2 rows have errors. Fix them, or use --skip-invalid.")
                       .arg(summary->invalidRows)
                       .arg(summary->rowsRead)
                << Qt::endl;
        return ExitRefused;
    } else {
        ctx.out << tr("Imported %1 residents (%2 households); %3 rows skipped.")
                       .arg(summary->inserted)
                       .arg(summary->householdsCreated)
                       .arg(summary->invalidRows)
                << Qt::endl;
    }
    return ExitOk;
}

int importRecords(CliContext& ctx, const QCommandLineParser& p, Session& s, const QString& kind,
                  const QString& file)
{
    auto io = domain::RecordKindIo::make(kind, *s.vault, *s.roles, p.value(u"book"_s));
    if (!io)
        return ctx.usage(io.error().message);
    domain::ImportOptions options;
    options.dryRun = p.isSet(u"dry-run"_s);
    options.skipInvalid = p.isSet(u"skip-invalid"_s);
    auto report = (*io)->import(file, options);
    if (!report)
        return ctx.fail(report.error());
    const QString lines = report->summary();
    if (!lines.isEmpty())
        ctx.err << lines << Qt::endl;
    if (p.isSet(u"errors"_s) && !report->errors.isEmpty()) {
        if (auto written = domain::writeImportIssues(p.value(u"errors"_s), report->errors); !written)
            return ctx.fail(written.error());
    }
    const int valid = report->rowsRead - report->refused;
    if (options.dryRun) {
        ctx.out << tr("Dry run: %1 of %2 rows are valid; nothing was written.").arg(valid).arg(report->rowsRead)
                << Qt::endl;
    } else if (!report->committed) {
        ctx.out << tr("Nothing was imported: %1 of %2 rows have errors. Fix them, or use --skip-invalid.")
                       .arg(report->refused)
                       .arg(report->rowsRead)
                << Qt::endl;
        return ExitRefused;
    } else {
        ctx.out << tr("Imported %1 records; %2 rows skipped.").arg(report->imported).arg(report->refused)
                << Qt::endl;
    }
    return ExitOk;
}

int runImport(CliContext& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"kind"_s, tr("What the list holds: %1.").arg(kindList()));
    p.addPositionalArgument(u"file"_s, tr("The list (CSV, TSV, UTF-16 text or XLSX)."));
    p.addOption({u"dry-run"_s, tr("Check every row and write nothing.")});
    p.addOption(
        {u"skip-invalid"_s, tr("Import the valid rows and report the others (default: all or nothing).")});
    p.addOption({u"errors"_s, tr("Write the row errors to this CSV or XLSX file."), tr("file")});
    p.addOption({u"book"_s, tr("Certified copies: the book for rows that name none."), tr("book")});
    Session s;
    int exit = 0;
    if (!open(ctx, p, tr("Import records from a list."), 2, s, &exit))
        return exit;
    const QString kind = p.positionalArguments().at(0);
    const QString file = p.positionalArguments().at(1);
    if (kind == u"residents")
        return importResidents(ctx, p, s, file);
    return importRecords(ctx, p, s, kind, file);
}

int runExport(CliContext& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"kind"_s, tr("What to export: %1.").arg(kindList()));
    p.addOption({u"out"_s, tr("Where to write: .xlsx for a workbook, anything else for CSV."), tr("file")});
    p.addOption({u"hamlet"_s, tr("Residents: only this hamlet."), tr("hamlet")});
    p.addOption({u"sensitive"_s,
                 tr("Residents: include ethnicity and religion (when your role may read them; audited).")});
    Session s;
    int exit = 0;
    if (!open(ctx, p, tr("Export records to CSV or XLSX."), 1, s, &exit))
        return exit;
    const QString kind = p.positionalArguments().at(0);
    const QString out = p.value(u"out"_s);
    if (out.isEmpty())
        return ctx.usage(tr("--out FILE is required."));
    Result<qint64> written = qint64(0);
    if (kind == u"residents") {
        domain::ResidentExport::Options options;
        options.filter.hamletCode = p.value(u"hamlet"_s);
        options.includeSensitive = p.isSet(u"sensitive"_s);
        written = domain::ResidentExport(*s.vault, *s.roles).exportTo(out, options);
    } else {
        auto io = domain::RecordKindIo::make(kind, *s.vault, *s.roles);
        if (!io)
            return ctx.usage(io.error().message);
        written = (*io)->exportTo(out);
    }
    if (!written)
        return ctx.fail(written.error());
    ctx.out << tr("Exported %1 records to %2.").arg(*written).arg(out) << Qt::endl;
    return ExitOk;
}

int runSearch(CliContext& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"text"_s,
                            tr("A name (any words, without diacritics is fine), an ID or a phone number."));
    p.addOption({u"limit"_s, tr("At most this many results (default 50)."), tr("n"), u"50"_s});
    Session s;
    int exit = 0;
    if (!open(ctx, p, tr("Search residents."), 1, s, &exit))
        return exit;
    auto found = domain::ResidentSearch(*s.vault, *s.roles)
                     .search(p.positionalArguments().join(u' '), p.value(u"limit"_s).toInt());
    if (!found)
        return ctx.fail(found.error());
    for (const domain::Resident& r : std::as_const(found->hits)) {
        const QString birth = r.birthDate.isValid()
                                  ? text::formatVietnameseDate(r.birthDate)
                                  : (r.birthYear ? QString::number(r.birthYear) : QString());
        ctx.out << r.id << u"  "_s << r.fullName << u"  "_s << birth << u"  "_s << r.hamletCode << Qt::endl;
    }
    if (found->more)
        ctx.out << tr("… more matches: type more to narrow the search.") << Qt::endl;
    return ExitOk;
}

int runVerify(CliContext& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(
        u"file"_s, tr("The police extract (Số định danh cá nhân, Họ và tên, Ngày sinh, Giới tính)."));
    p.addOption(
        {u"partial"_s, tr("The extract covers part of the commune: leave residents it lacks as they are.")});
    p.addOption({u"mismatches"_s, tr("Write the mismatches to this CSV file."), tr("file")});
    Session s;
    int exit = 0;
    if (!open(ctx, p, tr("Làm sạch: compare the residents with the police extract."), 1, s, &exit))
        return exit;
    domain::Cleaning::Options options;
    options.markMissingAsNotFound = !p.isSet(u"partial"_s);
    auto summary =
        domain::Cleaning(*s.vault, *s.roles).verifyAgainst(p.positionalArguments().first(), options);
    if (!summary)
        return ctx.fail(summary.error());
    for (const domain::CleaningRowError& e : std::as_const(summary->rowErrors))
        ctx.err << e.message << Qt::endl;
    if (p.isSet(u"mismatches"_s)) {
        io::CsvWriter out;
        Status st = out.open(p.value(u"mismatches"_s));
        if (st)
            st = out.writeRow({tr("Personal ID"), tr("Name"), tr("Extract row"), tr("Field"), tr("Recorded"),
                               tr("Extract")});
        for (const domain::CleaningMismatch& m : std::as_const(summary->mismatches)) {
            for (qsizetype i = 0; st && i < m.fields.size(); ++i)
                st = out.writeRow({m.residentId, m.fullName, QString::number(m.referenceRow), m.fields.at(i),
                                   m.vaultValues.at(i), m.referenceValues.at(i)});
        }
        if (st)
            st = out.finish();
        if (!st)
            return ctx.fail(st.error());
    }
    ctx.out
        << tr("%1 verified, %2 mismatched, %3 not found in the extract, %4 extract rows without a resident.")
               .arg(summary->verified)
               .arg(summary->mismatched)
               .arg(summary->notFound)
               .arg(summary->referenceOnly)
        << Qt::endl;
    return ExitOk;
}

int runDuplicates(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption({u"merge"_s, tr("Merge two records: keep the first ID, drop the second."), tr("keep,drop")});
    Session s;
    int exit = 0;
    if (!open(ctx, p, tr("List probable duplicate residents, or merge two."), 0, s, &exit))
        return exit;
    domain::Duplicates duplicates(*s.vault, *s.roles);
    if (p.isSet(u"merge"_s)) {
        const QStringList ids = p.value(u"merge"_s).split(u',');
        if (ids.size() != 2)
            return ctx.usage(tr("--merge takes two IDs: keep,drop"));
        if (auto merged = duplicates.merge(ids.at(0).trimmed(), ids.at(1).trimmed()); !merged)
            return ctx.fail(merged.error());
        ctx.out << tr("Merged %1 into %2.").arg(ids.at(1).trimmed(), ids.at(0).trimmed()) << Qt::endl;
        return ExitOk;
    }
    auto pairs = duplicates.probable();
    if (!pairs)
        return ctx.fail(pairs.error());
    for (const domain::DuplicatePair& d : std::as_const(*pairs)) {
        const bool byName = d.reasons.contains(domain::DuplicatePair::Reason::SameNameAndBirthDate);
        ctx.out << d.first.id << u"  "_s << d.second.id << u"  "_s << d.first.fullName << u"  "_s
                << (byName ? tr("same name and birth date") : tr("same phone and given name")) << Qt::endl;
    }
    ctx.out << tr("%1 probable duplicate pairs.").arg(pairs->size()) << Qt::endl;
    return ExitOk;
}

} // namespace

void addRecordCommands(CommandRegistry& r)
{
    r.append({u"import"_s, tr("import records of one kind from a CSV or XLSX list"), runImport});
    r.append({u"export"_s, tr("export records of one kind to CSV or XLSX"), runExport});
    r.append({u"search"_s, tr("search residents by name, ID or phone"), runSearch});
    r.append({u"verify-against"_s, tr("làm sạch: compare residents with the police extract"), runVerify});
    r.append({u"duplicates"_s, tr("list probable duplicate residents or merge two"), runDuplicates});
}

} // namespace xaso::cli
