#include "imports/resident_import_target.h"

#include "domain/residents/resident_columns.h"
#include "domain/residents/resident_import.h"

#include <QCoreApplication>

namespace xaso::desktop {

namespace {

class ResidentImportTarget final : public ImportTarget
{
public:
    ResidentImportTarget(storage::Vault& vault, const RoleCatalog& roles) : m_import(vault, roles) {}

    QString title() const override { return QCoreApplication::translate("ImportTarget", "Residents"); }
    QList<io::FieldSpec> fieldSpecs() const override { return domain::residents::fieldSpecs(); }

    Result<ImportOutcome> run(const QString& path, const io::ColumnMapping& mapping, bool dryRun,
                              bool skipInvalid, const Progress& progress) override
    {
        domain::ResidentImport::Options options;
        options.dryRun = dryRun;
        options.skipInvalid = dryRun || skipInvalid; // a dry run reports every row
        options.groupHouseholds = true;
        if (progress)
            options.progress = [&progress](qint64 done, qint64 total, qint64) {
                return progress(done, total);
            };
        auto result = m_import.run(path, options, mapping);
        // Bad rows without skipInvalid come back as InvalidArgument with every row in the summary.
        if (!result && !(result.code() == ErrorCode::InvalidArgument && !m_import.errors().isEmpty()))
            return result.error();
        const domain::ImportSummary& s = result ? *result : m_import.summary();
        ImportOutcome out;
        out.rowsRead = s.rowsRead;
        out.written = s.committed ? s.inserted : (dryRun ? s.validRows : 0);
        out.refused = s.invalidRows;
        out.committed = s.committed;
        for (const domain::ImportIssue& e : s.errors)
            out.errors.append({e.row, e.column, e.reason});
        for (const domain::ImportIssue& w : s.warnings)
            out.warnings.append({w.row, w.column, w.reason});
        return out;
    }

private:
    domain::ResidentImport m_import;
};

} // namespace

std::unique_ptr<ImportTarget> makeResidentImportTarget(storage::Vault& vault, const RoleCatalog& roles)
{
    return std::make_unique<ResidentImportTarget>(vault, roles);
}

} // namespace xaso::desktop
