#include "domain/import/record_export.h"

#include "io/csv_writer.h"
#include "io/xlsx_writer.h"
#include "text/dates.h"
#include "text/folding.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace xaso::domain {
namespace {

// Dates are stored as ISO text; a spreadsheet wants a date, a CSV the dd/mm/yyyy officers type.
QVariant cellValue(const QVariant& stored)
{
    if (stored.typeId() == QMetaType::QString) {
        static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        const QString s = stored.toString();
        if (iso.match(s).hasMatch()) {
            const QDate d = QDate::fromString(s, Qt::ISODate);
            if (d.isValid())
                return d;
        }
    }
    return stored;
}

QString csvText(const QVariant& v)
{
    if (v.typeId() == QMetaType::QDate)
        return text::formatVietnameseDate(v.toDate());
    return v.isNull() ? QString() : v.toString();
}

} // namespace

Result<qint64> RecordExport::exportTo(const QString& path, const RecordExportOptions& options)
{
    XASO_TRY(m_access.checkRead());
    QStringList columns;
    QStringList headers;
    for (const io::FieldSpec& f : std::as_const(m_fields)) {
        if (m_spec.sensitive.contains(f.fieldId) || columns.contains(f.fieldId))
            continue;
        columns.append(f.fieldId);
        headers.append(f.displayName());
    }

    const bool xlsx = path.endsWith(u".xlsx"_s, Qt::CaseInsensitive);
    io::XlsxWriter xlsxOut;
    io::CsvWriter csvOut;
    if (xlsx) {
        io::XlsxWriter::Options o;
        o.sheetName = options.sheetName.isEmpty() ? m_spec.table.left(31) : options.sheetName.left(31);
        XASO_TRY(xlsxOut.open(path, o));
        XASO_TRY(xlsxOut.writeHeader(headers));
    } else {
        XASO_TRY(csvOut.open(path));
        XASO_TRY(csvOut.writeRow(headers));
    }

    RecordTable table(m_vault.db(), m_spec);
    ListQuery query = options.filter;
    query.afterSortKey.clear();
    query.afterId.clear();
    query.limit = 1000;
    if (!query.search.trimmed().isEmpty())
        query.search = options.searchKey ? options.searchKey(query.search.trimmed())
                                         : text::foldForSearch(query.search.trimmed());
    else
        query.search.clear();
    qint64 count = 0;
    for (;;) {
        auto page = table.list(query);
        if (!page)
            return page.error();
        for (const StoredRow& row : std::as_const(page->items)) {
            QVariantList cells;
            QStringList text;
            for (const QString& c : std::as_const(columns)) {
                const QVariant v = cellValue(row.fields.value(c));
                if (xlsx)
                    cells.append(v);
                else
                    text.append(csvText(v));
            }
            XASO_TRY(xlsx ? xlsxOut.writeRow(cells) : csvOut.writeRow(text));
            ++count;
            if (options.progress && count % 1000 == 0 && !options.progress(count))
                return makeError(ErrorCode::Cancelled,
                                 QCoreApplication::translate(
                                     "RecordExport", "The export was cancelled; no file was written."));
        }
        if (!page->hasMore)
            break;
        query.afterSortKey = page->nextSortKey;
        query.afterId = page->nextId;
    }
    XASO_TRY(xlsx ? xlsxOut.finish() : csvOut.finish());
    return count;
}

} // namespace xaso::domain
