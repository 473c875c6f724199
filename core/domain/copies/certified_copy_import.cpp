#include "domain/copies/certified_copy_import.h"

#include "domain/import/row_fields.h"

#include <QCoreApplication>

namespace xaso::domain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CertifiedCopyImport", text);
}

io::FieldSpec spec(const char* id, std::initializer_list<const char*> aliases, bool required = false)
{
    io::FieldSpec s;
    s.fieldId = QString::fromLatin1(id);
    for (const char* a : aliases)
        s.aliases.append(QString::fromUtf8(a));
    s.required = required;
    return s;
}

} // namespace

QList<io::FieldSpec> CertifiedCopyRowMapper::fieldSpecs() const
{
    return {
        spec("number_text", {"Số chứng thực", "Số CT", "Số thứ tự chứng thực"}, true),
        spec("book_number", {"Quyển số", "Số quyển", "Quyển"}),
        spec("certified_on", {"Ngày chứng thực", "Ngày, tháng, năm chứng thực", "Ngày CT"}, true),
        spec("certifier_name", {"Người chứng thực", "Người ký chứng thực", "Người ký"}, true),
        spec("certifier_title", {"Chức vụ", "Chức vụ người chứng thực", "Chức danh"}),
        spec("agency", {"Cơ quan chứng thực", "Cơ quan thực hiện", "Cơ quan"}),
        spec("original_doc_type", {"Loại giấy tờ", "Tên giấy tờ", "Tên loại giấy tờ", "Giấy tờ chứng thực"},
             true),
        spec("page_count", {"Số trang", "Số tờ"}, true),
        spec("requester_name", {"Người yêu cầu", "Họ tên người yêu cầu", "Người yêu cầu chứng thực"}),
        spec("statement", {"Lời chứng"}),
        spec("hamlet_code", {"Thôn", "Xóm", "Thôn/xóm", "Mã thôn"}),
    };
}

Validation CertifiedCopyRowMapper::prepare(const ImportRow& row)
{
    Validation v;
    RowFields f(row, v);
    CertifiedCopy c;
    const QString number = f.text(QStringLiteral("number_text"));
    const auto parsed = copies::parseNumber(number);
    if (number.isEmpty())
        v.addError(QStringLiteral("number_text"), tr("The certification number is missing."));
    else if (!parsed)
        v.addError(QStringLiteral("number_text"),
                   tr("“%1” is not a certification number such as 15/2026/SCT/BS.").arg(number));
    c.certifiedOn = f.date(QStringLiteral("certified_on"), tr("Date of certification"), true);
    if (parsed) {
        c.sequence = parsed->sequence;
        c.year = parsed->year > 0 ? parsed->year : c.certifiedOn.year();
        c.typeSymbol = parsed->typeSymbol.isEmpty() ? copies::kDefaultTypeSymbol : parsed->typeSymbol;
    }
    c.bookNumber = f.text(QStringLiteral("book_number"));
    if (c.bookNumber.isEmpty())
        c.bookNumber = m_defaultBook;
    c.certifierName = f.text(QStringLiteral("certifier_name"));
    c.certifierTitle = f.text(QStringLiteral("certifier_title"));
    c.agency = f.text(QStringLiteral("agency"));
    c.originalDocType = f.text(QStringLiteral("original_doc_type"));
    c.pageCount = int(f.integer(QStringLiteral("page_count"), tr("Number of pages"), true).value_or(0));
    c.requesterName = f.text(QStringLiteral("requester_name"));
    c.statement = row.value(QStringLiteral("statement")).trimmed(); // keeps its line breaks
    c.hamletCode = f.text(QStringLiteral("hamlet_code"));
    if (!v.ok())
        return v;
    m_pending = c;
    return m_repo.prepare(m_pending);
}

} // namespace xaso::domain
