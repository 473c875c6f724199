#include "domain/residents/resident_import.h"

#include "domain/import/import_issue_report.h"

#include "domain/residents/hamlet_codes.h"
#include "domain/residents/resident_columns.h"
#include "domain/residents/resident_validator.h"
#include "domain/residents/resident_writer.h"
#include "io/data_row_reader.h"
#include "text/folding.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace xaso::domain {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ResidentImport", text);
}

bool isHeadOfHousehold(const QString& relation)
{
    const QString f = text::foldForSearch(relation);
    return f == u"chu ho" || f == u"x" || f == u"ch" || f == u"chu";
}

ResidentInput inputFrom(const io::ColumnMapping& map, const io::TableRow& row)
{
    ResidentInput in;
    in.personalId = map.value(row, u"personalId"_s);
    in.oldCmnd = map.value(row, u"oldCmnd"_s);
    in.fullName = map.value(row, u"fullName"_s);
    in.birthDate = map.value(row, u"birthDate"_s);
    in.sex = map.value(row, u"sex"_s);
    in.hamlet = map.value(row, u"hamlet"_s);
    in.phone = map.value(row, u"phone"_s);
    in.ethnicity = map.value(row, u"ethnicity"_s);
    in.religion = map.value(row, u"religion"_s);
    in.permanentAddress = map.value(row, u"permanentAddress"_s);
    in.currentAddress = map.value(row, u"currentAddress"_s);
    in.relationToHead = map.value(row, u"relationToHead"_s);
    return in;
}

} // namespace

ResidentImport::ResidentImport(storage::Vault& vault, const RoleCatalog& roles)
    : m_vault(vault), m_access(vault, roles)
{
}

Result<io::HeaderMatch> ResidentImport::inspect(const QString& path)
{
    auto reader = io::TableReader::forFile(path);
    XASO_TRY(reader->open(path));
    QList<io::TableRow> buffered;
    return io::HeaderLocator(residents::fieldSpecs()).locate(*reader, buffered);
}

Result<ImportSummary> ResidentImport::run(const QString& path, const Options& options)
{
    return runWith(path, options, nullptr);
}

Result<ImportSummary> ResidentImport::run(const QString& path, const Options& options,
                                          const io::ColumnMapping& mapping)
{
    return runWith(path, options, &mapping);
}

Result<ImportSummary> ResidentImport::runWith(const QString& path, const Options& options,
                                              const io::ColumnMapping* mappingOverride)
{
    m_summary = ImportSummary();
    XASO_TRY(m_access.require(RecordKind::Residents, Access::Write));
    const bool households =
        options.groupHouseholds && m_access.require(RecordKind::Households, Access::Write).ok();

    auto reader = io::TableReader::forFile(path);
    XASO_TRY(reader->open(path));
    const QList<io::FieldSpec>& specs = residents::fieldSpecs();
    QList<io::TableRow> buffered;
    auto header = io::HeaderLocator(specs).locate(*reader, buffered);
    if (!header)
        return header.error();
    const io::ColumnMapping map = mappingOverride ? *mappingOverride : header->mapping;
    XASO_TRY(map.checkRequired(specs));
    m_summary.headerRow = header->headerRowNumber;
    auto columnName = [&](const QString& field) {
        const int c = map.column(field);
        return c >= 0 && c < header->headerCells.size() ? header->headerCells.at(c) : QString();
    };

    storage::Database& db = m_vault.db();
    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    ResidentWriter writer(m_vault, ResidentWriter::Mode::Bulk);
    HamletCodes hamlets(db);
    XASO_TRY(hamlets.load());
    const ResidentValidator validator(m_vault.clock());
    const bool hasRelation = map.isMapped(u"relationToHead"_s);
    QString household; // the household of the last head row, while members follow it

    io::DataRowReader rows(*reader, buffered);
    io::TableRow row;
    for (;;) {
        auto more = rows.next(row);
        if (!more)
            return more.error();
        if (!*more)
            break;
        ++m_summary.rowsRead;
        if (options.progress && m_summary.rowsRead % 500 == 0 &&
            !options.progress(reader->bytesRead(), reader->totalBytes(), m_summary.rowsRead))
            return makeError(ErrorCode::Cancelled, tr("The import was cancelled; nothing was written."));

        Resident r;
        const ValidationReport report = validator.parse(inputFrom(map, row), r);
        QList<FieldIssue> errors = report.errors;
        if (!r.id.isEmpty()) {
            auto duplicate = ResidentValidator::checkUnique(db, r.id);
            if (!duplicate)
                return duplicate.error();
            if (*duplicate)
                errors.append(**duplicate);
        }
        for (const FieldIssue& w : report.warnings)
            m_summary.warnings.append({row.rowNumber, columnName(w.field),
                                       tr("Row %1: %2").arg(row.rowNumber).arg(w.message), w.field});
        const bool head = hasRelation && isHeadOfHousehold(r.relationToHead);
        if (!errors.isEmpty()) {
            ++m_summary.invalidRows;
            for (const FieldIssue& e : std::as_const(errors))
                m_summary.errors.append({row.rowNumber, columnName(e.field),
                                         tr("Row %1: %2").arg(row.rowNumber).arg(e.message), e.field});
            if (head)
                household.clear(); // its members must not join the previous household
            continue;
        }
        r.hamletCode = hamlets.resolve(r.hamletCode);
        if (head)
            r.relationToHead = u"Chủ hộ"_s; // also when the column held a mark such as "x"
        if (households && hasRelation) {
            if (head) {
                Household h;
                h.headResidentId = r.id;
                h.address = r.permanentAddress;
                h.hamletCode = r.hamletCode;
                auto id = writer.addHousehold(h);
                if (!id)
                    return id.error();
                household = *id;
                ++m_summary.householdsCreated;
            } else if (r.relationToHead.isEmpty()) {
                household.clear();
            }
            r.householdId = household;
        }
        XASO_TRY(writer.addResident(r));
    }

    if (!m_summary.errors.isEmpty() && !options.skipInvalid) {
        m_summary.householdsCreated = 0;
        const ImportIssue& first = m_summary.errors.constFirst();
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ResidentImport",
                                        "%n row(s) have problems, so nothing was imported. The first: %1",
                                        nullptr, int(m_summary.invalidRows))
                .arg(first.reason));
    }
    m_summary.validRows = m_summary.rowsRead - m_summary.invalidRows;
    if (options.dryRun)
        return m_summary; // the transaction rolls back when tx goes out of scope
    XASO_TRY(writer.finish(
        u"import"_s, u"%1: %2 residents"_s.arg(QFileInfo(path).fileName()).arg(writer.residentsAdded())));
    XASO_TRY(tx->commit());
    m_summary.inserted = writer.residentsAdded();
    m_summary.committed = true;
    return m_summary;
}

Status ResidentImport::writeErrorReport(const QString& path) const
{
    return writeImportIssues(path, m_summary.errors);
}

} // namespace xaso::domain
