#include "domain/import/record_importer.h"

#include "domain/import/kind_access.h"
#include "io/data_row_reader.h"
#include "io/header_locator.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QSet>

namespace xaso::domain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RecordImporter", text);
}

// How a field is named to the officer: the header as typed in their file, else our name for it.
QString columnName(const QString& fieldId, const io::ColumnMapping& mapping,
                   const QList<io::FieldSpec>& specs)
{
    if (fieldId.isEmpty())
        return {};
    const int col = mapping.column(fieldId);
    if (col >= 0 && col < mapping.headers().size() && !mapping.headers().at(col).isEmpty())
        return mapping.headers().at(col);
    for (const io::FieldSpec& spec : specs) {
        if (spec.fieldId == fieldId)
            return spec.displayName();
    }
    return fieldId;
}

class IssueSink
{
public:
    IssueSink(ImportReport& report, int max) : m_report(report), m_max(max) {}
    void add(QList<ImportIssue>& list, ImportIssue issue)
    {
        if (m_report.errors.size() + m_report.warnings.size() >= m_max) {
            ++m_report.issuesDropped;
            return;
        }
        list.append(std::move(issue));
    }

private:
    ImportReport& m_report;
    int m_max;
};

} // namespace

QString ImportReport::summary() const
{
    QStringList lines;
    for (const ImportIssue& e : errors) {
        if (e.row > 0 && !e.column.isEmpty())
            lines << tr("Row %1, column “%2”: %3").arg(e.row).arg(e.column, e.reason);
        else if (e.row > 0)
            lines << tr("Row %1: %2").arg(e.row).arg(e.reason);
        else
            lines << e.reason;
    }
    if (issuesDropped > 0)
        lines << tr("… and %1 more problems.").arg(issuesDropped);
    return lines.join(QLatin1Char('\n'));
}

Result<ImportReport> RecordImporter::run(const QString& path, RowMapper& mapper, const ImportOptions& options)
{
    KindAccess access(m_vault, m_roles, mapper.kind());
    XASO_TRY(access.checkWrite());
    auto reader = io::TableReader::forFile(path);
    XASO_TRY(reader->open(path));
    return run(*reader, mapper, options);
}

Result<ImportReport> RecordImporter::run(io::TableReader& reader, RowMapper& mapper,
                                         const ImportOptions& options)
{
    KindAccess access(m_vault, m_roles, mapper.kind());
    XASO_TRY(access.checkWrite());
    const QList<io::FieldSpec> specs = mapper.fieldSpecs();
    io::HeaderLocator locator(specs);
    QList<io::TableRow> buffered;
    auto match = locator.locate(reader, buffered);
    if (!match)
        return match.error();
    const io::ColumnMapping mapping = options.mapping ? *options.mapping : match->mapping;
    XASO_TRY(mapping.checkRequired(specs));

    mapper.begin();
    ImportReport report;
    report.headerRow = match->headerRowNumber;
    IssueSink sink(report, qMax(1, options.maxIssues));
    io::DataRowReader rows(reader, buffered);
    storage::Database& db = m_vault.db();
    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    // RecordWriter numbers the import's transaction on its first write and keeps that number. If
    // the first write is rolled back to its savepoint, the number's reservation goes with it, so a
    // fresh writer takes over; after one released write the number is safely in the transaction.
    std::optional<RecordWriter> writer;
    auto freshWriter = [&writer, this] {
        writer.emplace(m_vault);
        writer->setAuditEachRecord(false); // one summary audit row below
    };
    freshWriter();
    bool anyWritten = false;
    bool writing = true;
    io::TableRow row;
    for (;;) {
        if (options.cancelled && options.cancelled())
            return makeError(ErrorCode::Cancelled, tr("The import was cancelled; nothing was written."));
        auto more = rows.next(row);
        if (!more)
            return more.error();
        if (!*more)
            break;
        ++report.rowsRead;
        const ImportRow importRow(row, mapping);
        const Validation v = mapper.prepare(importRow);
        for (const FieldIssue& w : v.warnings())
            sink.add(report.warnings, {row.rowNumber, columnName(w.field, mapping, specs), w.message});
        if (!v.ok()) {
            for (const FieldIssue& e : v.errors())
                sink.add(report.errors, {row.rowNumber, columnName(e.field, mapping, specs), e.message});
            ++report.refused;
            writing = writing && options.skipInvalid;
        } else if (writing) {
            // A savepoint per row, so a row refused while writing (a duplicate number) leaves no
            // partial change behind when the others are kept.
            XASO_TRY(db.exec(QStringLiteral("SAVEPOINT import_row;")));
            Status s = mapper.write(*writer);
            if (!s && s.code() != ErrorCode::InvalidArgument && s.code() != ErrorCode::Conflict)
                return s.error();
            if (!s) {
                XASO_TRY(db.exec(QStringLiteral("ROLLBACK TO import_row;")));
                if (!anyWritten)
                    freshWriter();
                sink.add(report.errors,
                         {row.rowNumber, columnName(mapper.writeErrorField(), mapping, specs), s.message()});
                ++report.refused;
                writing = options.skipInvalid;
            } else {
                anyWritten = true;
                if (!mapper.buffersRows())
                    ++report.imported;
            }
            XASO_TRY(db.exec(QStringLiteral("RELEASE import_row;")));
        }
        if (options.progress && report.rowsRead % 64 == 0)
            options.progress(reader.bytesRead(), reader.totalBytes());
    }

    QList<ImportIssue> late;
    auto atFinish = mapper.finish(*writer, writing, late);
    if (!atFinish)
        return atFinish.error();
    QSet<int> lateRows;
    for (ImportIssue& issue : late) {
        if (issue.row > 0)
            lateRows.insert(issue.row);
        sink.add(report.errors, std::move(issue));
    }
    report.refused += int(lateRows.size());
    report.imported += *atFinish;
    if (options.progress)
        options.progress(reader.bytesRead(), reader.totalBytes());

    if (report.refused > 0 && !options.skipInvalid) {
        tx->rollback();
        report.imported = 0;
        qCInfo(lcDomain) << "import refused:" << report.refused << "bad rows of" << report.rowsRead;
        return report;
    }
    if (options.dryRun) {
        // Everything was written and checked (a number already in the register is caught too);
        // a dry run then rolls it all back. `imported` says what a real run would write.
        tx->rollback();
        return report;
    }
    XASO_TRY(m_vault.audit().append(
        {mapper.table(), QStringLiteral(""), QStringLiteral("import"),
         QStringLiteral("%1 records, %2 rows refused").arg(report.imported).arg(report.refused)}));
    XASO_TRY(tx->commit());
    report.committed = true;
    return report;
}

} // namespace xaso::domain
