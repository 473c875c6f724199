#pragma once
// Labour supply lists (thu thập thông tin cung lao động) into labour_records, through
// RecordImporter. Headers with or without diacritics: "Họ và tên", "Số định danh cá nhân",
// "Ngày sinh", "Giới tính", "Tình trạng việc làm", "Trình độ chuyên môn", "Vị thế việc làm" …
// Coded columns accept the Vietnamese labels ("Có việc làm", "Thất nghiệp", "Cao đẳng", "Nữ").

#include "domain/import/record_importer.h"
#include "domain/labour/labour_repository.h"

namespace xaso::domain {

class LabourRowMapper final : public RowMapper
{
public:
    explicit LabourRowMapper(LabourRepository& repository) : m_repo(repository) {}

    QString kind() const override { return QString(RecordKind::Labour); }
    QString table() const override { return labour::kTable; }
    QList<io::FieldSpec> fieldSpecs() const override;
    Validation prepare(const ImportRow& row) override;
    Status write(RecordWriter& writer) override { return m_repo.insertPrepared(writer, m_pending); }

private:
    LabourRepository& m_repo;
    LabourRecord m_pending;
};

} // namespace xaso::domain
