#include "domain/residents/resident_export.h"

#include "domain/residents/resident_columns.h"
#include "domain/residents/resident_record.h"
#include "io/csv_writer.h"
#include "io/xlsx_writer.h"
#include "text/dates.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace xaso::domain {
namespace {

QString verificationText(Verification v)
{
    switch (v) {
    case Verification::Verified:
        return u"Đã xác thực"_s;
    case Verification::Mismatch:
        return u"Sai lệch"_s;
    case Verification::NotFound:
        return u"Không tìm thấy"_s;
    case Verification::Unverified:
        break;
    }
    return u"Chưa xác thực"_s;
}

QVariantList cellsOf(const Resident& r, const QStringList& fields)
{
    QVariantList out;
    for (const QString& f : fields) {
        if (f == u"personalId")
            out.append(r.id);
        else if (f == u"fullName")
            out.append(r.fullName);
        else if (f == u"birthDate")
            out.append(r.birthDate.isValid()
                           ? QVariant(r.birthDate)
                           : QVariant(r.birthYear > 0 ? QString::number(r.birthYear) : QString()));
        else if (f == u"sex")
            out.append(!r.sex ? QString() : (*r.sex == Sex::Male ? u"Nam"_s : u"Nữ"_s));
        else if (f == u"hamlet")
            out.append(r.hamletCode);
        else if (f == u"phone")
            out.append(r.phone);
        else if (f == u"ethnicity")
            out.append(r.ethnicity);
        else if (f == u"religion")
            out.append(r.religion);
        else if (f == u"permanentAddress")
            out.append(r.permanentAddress);
        else if (f == u"currentAddress")
            out.append(r.currentAddress);
        else if (f == u"relationToHead")
            out.append(r.relationToHead);
        else if (f == u"oldCmnd")
            out.append(r.oldCmnd);
        else if (f == u"verification")
            out.append(verificationText(r.verification));
    }
    return out;
}

} // namespace

ResidentExport::ResidentExport(storage::Vault& vault, const RoleCatalog& roles)
    : m_vault(vault), m_access(vault, roles)
{
}

Result<qint64> ResidentExport::exportTo(const QString& path, const Options& options)
{
    XASO_TRY(m_access.require(RecordKind::Residents, Access::Read));
    const bool sensitive = options.includeSensitive && m_access.canReadSensitive(RecordKind::Residents);
    QStringList fields;
    QStringList headers;
    for (const io::FieldSpec& spec : residents::fieldSpecs()) {
        if (!sensitive && (spec.fieldId == u"ethnicity" || spec.fieldId == u"religion"))
            continue;
        fields.append(spec.fieldId);
        headers.append(spec.displayName());
    }
    fields.append(u"verification"_s);
    headers.append(u"Làm sạch"_s);

    const bool xlsx = path.endsWith(u".xlsx"_s, Qt::CaseInsensitive);
    io::XlsxWriter xlsxOut;
    io::CsvWriter csvOut;
    if (xlsx) {
        io::XlsxWriter::Options o;
        o.sheetName = u"Nhân khẩu"_s;
        o.columnWidths = {16, 28, 12, 8, 14, 13};
        XASO_TRY(xlsxOut.open(path, o));
        XASO_TRY(xlsxOut.writeHeader(headers));
    } else {
        XASO_TRY(csvOut.open(path));
        XASO_TRY(csvOut.writeRow(headers));
    }

    const ResidentFilter& f = options.filter;
    QString where = u"deleted = 0"_s;
    if (!f.hamletCode.isEmpty())
        where += u" AND hamlet_code = ?"_s;
    if (f.verification)
        where += u" AND verification = ?"_s;
    if (!f.householdId.isEmpty())
        where += u" AND household_id = ?"_s;
    auto st = m_vault.db().prepare(
        u"SELECT %1 FROM residents WHERE %2 ORDER BY given_name_folded, name_folded, id"_s.arg(
            residents::selectColumns(sensitive), where));
    if (!st)
        return st.error();
    int i = 1;
    if (!f.hamletCode.isEmpty())
        st->bind(i++, f.hamletCode);
    if (f.verification)
        st->bind(i++, verificationKey(*f.verification));
    if (!f.householdId.isEmpty())
        st->bind(i++, f.householdId);

    qint64 count = 0;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QVariantList cells = cellsOf(residents::fromRow(*st, sensitive), fields);
        if (xlsx) {
            XASO_TRY(xlsxOut.writeRow(cells));
        } else {
            QStringList text;
            for (const QVariant& c : cells)
                text.append(c.typeId() == QMetaType::QDate ? text::formatVietnameseDate(c.toDate())
                                                           : c.toString());
            XASO_TRY(csvOut.writeRow(text));
        }
        ++count;
        if (options.progress && count % 1000 == 0 && !options.progress(count))
            return makeError(ErrorCode::Cancelled,
                             QCoreApplication::translate("ResidentExport",
                                                         "The export was cancelled; no file was written."));
    }
    st->reset();
    XASO_TRY(xlsx ? xlsxOut.finish() : csvOut.finish());

    // Personal data left the vault: say so in the audit chain.
    const QString detail = u"%1: %2 residents"_s.arg(QFileInfo(path).fileName()).arg(count);
    XASO_TRY(m_vault.writeAudited(
        {u"residents"_s, u"*"_s, u"export"_s, detail}, [&](storage::Database&) -> Status {
            if (sensitive)
                return m_vault.audit().append({u"residents"_s, u"*"_s, u"read-sensitive"_s, detail});
            return {};
        }));
    return count;
}

} // namespace xaso::domain
