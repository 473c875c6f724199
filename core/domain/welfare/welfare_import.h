#pragma once
// Welfare lists (danh sách đối tượng bảo trợ xã hội) into welfare_beneficiaries, through
// RecordImporter. Headers with or without diacritics: "Họ và tên", "Số định danh cá nhân",
// "Ngày sinh", "Diện hưởng"/"Đối tượng", "Số quyết định", "Ngày quyết định", "Hình thức chi trả" …

#include "domain/import/cell_parsers.h"
#include "domain/import/record_importer.h"
#include "domain/welfare/welfare_repository.h"

namespace xaso::domain {

class WelfareRowMapper final : public RowMapper
{
public:
    explicit WelfareRowMapper(WelfareRepository& repository) : m_repo(repository) {}

    QString kind() const override { return QString(RecordKind::Welfare); }
    QString table() const override { return welfare::kTable; }
    QList<io::FieldSpec> fieldSpecs() const override;
    Validation prepare(const ImportRow& row) override;
    Status write(RecordWriter& writer) override { return m_repo.insertPrepared(writer, m_pending); }

    // "k1", "K5a", "Khoản 1 điểm b", "Điều 5 khoản 5 điểm a", "5a" → {clause, point}.
    static std::optional<std::pair<QString, QString>> parseClause(const QString& text);
    static const QList<Choice>& paymentChoices();

private:
    WelfareRepository& m_repo;
    WelfareBeneficiary m_pending;
};

} // namespace xaso::domain
