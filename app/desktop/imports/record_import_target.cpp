#include "imports/record_import_target.h"

#include "domain/import/record_importer.h"

namespace xaso::desktop {

namespace {

ImportOutcome outcomeOf(const domain::ImportReport& r)
{
    ImportOutcome out;
    out.rowsRead = r.rowsRead;
    out.written = r.imported;
    out.refused = r.refused;
    out.committed = r.committed;
    for (const domain::ImportIssue& e : r.errors)
        out.errors.append({e.row, e.column, e.reason});
    for (const domain::ImportIssue& w : r.warnings)
        out.warnings.append({w.row, w.column, w.reason});
    return out;
}

class RecordImportTarget final : public ImportTarget
{
public:
    RecordImportTarget(storage::Vault& vault, const RoleCatalog& roles, domain::RowMapper& mapper,
                       QString title)
        : m_importer(vault, roles), m_mapper(mapper), m_title(std::move(title))
    {
    }

    QString title() const override { return m_title; }
    QList<io::FieldSpec> fieldSpecs() const override { return m_mapper.fieldSpecs(); }

    Result<ImportOutcome> run(const QString& path, const io::ColumnMapping& mapping, bool dryRun,
                              bool skipInvalid, const Progress& progress) override
    {
        bool cancelled = false;
        domain::ImportOptions options;
        options.mapping = mapping;
        options.skipInvalid = dryRun || skipInvalid; // a dry run tries every row
        options.dryRun = dryRun;
        options.progress = [&](qint64 done, qint64 total) {
            if (progress && !progress(done, total))
                cancelled = true;
        };
        options.cancelled = [&cancelled] { return cancelled; };
        auto result = m_importer.run(path, m_mapper, options);
        if (!result)
            return result.error();
        return outcomeOf(*result);
    }

private:
    domain::RecordImporter m_importer;
    domain::RowMapper& m_mapper;
    QString m_title;
};

} // namespace

std::unique_ptr<ImportTarget> makeRecordImportTarget(storage::Vault& vault, const RoleCatalog& roles,
                                                     domain::RowMapper& mapper, const QString& title)
{
    return std::make_unique<RecordImportTarget>(vault, roles, mapper, title);
}

} // namespace xaso::desktop
