#pragma once
// Household lists (danh sách hộ, kết quả rà soát hộ nghèo, hộ cận nghèo) through RecordImporter.
// A row names the head by personal ID; the head must already be a resident (import residents
// first). When the head already heads a household, that household's assessment is updated;
// otherwise a household is created and the head linked as "Chủ hộ". The 12 deprivation
// indicators of Nghị định 07/2021 are one column each, marked "x" (or có/không).

#include "domain/import/cell_parsers.h"
#include "domain/import/record_importer.h"
#include "domain/residents/household_repository.h"

#include <QSet>

namespace xaso::domain {

class HouseholdRowMapper final : public RowMapper
{
public:
    HouseholdRowMapper(storage::Vault& vault, const RoleCatalog& roles) : m_vault(vault), m_repo(vault, roles) {}

    QString kind() const override { return QString(RecordKind::Households); }
    QString table() const override { return QStringLiteral("households"); }
    QList<io::FieldSpec> fieldSpecs() const override;
    void begin() override { m_seenHeads.clear(); }
    Validation prepare(const ImportRow& row) override;
    Status write(RecordWriter& writer) override;
    QString writeErrorField() const override { return QStringLiteral("head_id"); }

    static const QList<Choice>& povertyChoices();

private:
    storage::Vault& m_vault;
    HouseholdRepository m_repo;
    Household m_pending;
    bool m_pendingIsUpdate = false;
    QSet<QString> m_seenHeads;
};

} // namespace xaso::domain
