#include "domain/residents/digital_citizen_repository.h"

#include "domain/residents/household_record.h"
#include "domain/residents/resident_writer.h"
#include "text/dates.h"

#include <QCoreApplication>

namespace xaso::domain {

DigitalCitizenRepository::DigitalCitizenRepository(storage::Vault& vault, const RoleCatalog& roles)
    : m_vault(vault), m_access(vault, roles)
{
}

Result<DigitalChecklist> DigitalCitizenRepository::get(const QString& residentId)
{
    XASO_TRY(m_access.require(RecordKind::Residents, Access::Read));
    auto stored = checklists::load(m_vault.db(), residentId);
    if (!stored)
        return stored.error();
    if (*stored)
        return **stored;
    DigitalChecklist empty;
    empty.residentId = residentId;
    return empty;
}

Status DigitalCitizenRepository::set(const DigitalChecklist& checklist)
{
    XASO_TRY(m_access.require(RecordKind::Residents, Access::Write));
    const QDate today = m_vault.clock().now().toOffsetFromUtc(7 * 3600).date();
    for (int i = 0; i < kDigitalStepCount; ++i) {
        const QDate d = checklist.doneOn[size_t(i)];
        if (d.isValid() && d > today) {
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("DigitalCitizenRepository", "%1: %2 is in the future.")
                    .arg(digitalStepColumn(DigitalStep(i)), text::formatVietnameseDate(d)));
        }
    }
    auto scope = WriteScope::begin(m_vault.db());
    if (!scope)
        return scope.error();
    ResidentWriter writer(m_vault, ResidentWriter::Mode::PerRecord);
    XASO_TRY(writer.setChecklist(checklist));
    return scope->commit();
}

Status DigitalCitizenRepository::setStep(const QString& residentId, DigitalStep step, QDate doneOn)
{
    auto current = get(residentId);
    if (!current)
        return current.error();
    current->set(step, doneOn);
    return set(*current);
}

} // namespace xaso::domain
