#pragma once
// Entries of an existing register of certified copies (sổ chứng thực bản sao) into
// certified_copies, through RecordImporter, keeping their numbers. Headers with or without
// diacritics: "Số chứng thực", "Quyển số", "Ngày chứng thực", "Người chứng thực", "Chức vụ",
// "Loại giấy tờ", "Số trang", "Người yêu cầu" … A number already in the register refuses the row.
// Files without a "Quyển số" column use the book given to the mapper.

#include "domain/copies/certified_copy_repository.h"
#include "domain/import/record_importer.h"

namespace xaso::domain {

class CertifiedCopyRowMapper final : public RowMapper
{
public:
    CertifiedCopyRowMapper(CertifiedCopyRepository& repository, QString defaultBook = {})
        : m_repo(repository), m_defaultBook(std::move(defaultBook))
    {
    }

    QString kind() const override { return QString(RecordKind::CertifiedCopies); }
    QString table() const override { return copies::kTable; }
    QList<io::FieldSpec> fieldSpecs() const override;
    Validation prepare(const ImportRow& row) override;
    Status write(RecordWriter& writer) override { return m_repo.insertPrepared(writer, m_pending); }
    QString writeErrorField() const override { return QStringLiteral("number_text"); }

private:
    CertifiedCopyRepository& m_repo;
    QString m_defaultBook;
    CertifiedCopy m_pending;
};

} // namespace xaso::domain
