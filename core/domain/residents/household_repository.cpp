#include "domain/residents/household_repository.h"

#include "domain/residents/hamlet_codes.h"
#include "domain/residents/household_record.h"
#include "domain/residents/resident_record.h"
#include "domain/residents/resident_writer.h"
#include "text/folding.h"
#include "text/name_collator.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xaso::domain {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("HouseholdRepository", text);
}

Error noHousehold(const QString& id)
{
    return makeError(ErrorCode::NotFound, tr("There is no household with the key %1.").arg(id));
}

Error noResident(const QString& id)
{
    return makeError(ErrorCode::NotFound, tr("There is no resident with the ID %1.").arg(id));
}

Status link(storage::Database& db, ResidentWriter& writer, const QString& residentId,
            const QString& householdId, const QString& relation)
{
    auto stored = residents::load(db, residentId);
    if (!stored)
        return stored.error();
    if (!*stored)
        return noResident(residentId);
    Resident after = **stored;
    after.householdId = householdId;
    after.relationToHead = text::normalizeInput(relation);
    return writer.updateResident(**stored, after);
}

} // namespace

HouseholdRepository::HouseholdRepository(storage::Vault& vault, const RoleCatalog& roles)
    : m_vault(vault), m_access(vault, roles)
{
}

Result<Validation> HouseholdRepository::check(const Household& h)
{
    XASO_TRY(m_access.require(RecordKind::Households, Access::Read));
    return validateHousehold(m_vault.db(), h, vietnamToday(m_vault.clock()));
}

Result<QString> HouseholdRepository::insert(const Household& input)
{
    XASO_TRY(m_access.require(RecordKind::Households, Access::Write));
    if (!input.headResidentId.isEmpty())
        XASO_TRY(m_access.require(RecordKind::Residents, Access::Write));
    if (const Validation v = validateHousehold(m_vault.db(), input, vietnamToday(m_vault.clock())); !v.ok())
        return v.toError();
    Household h = input;
    h.address = text::normalizeInput(h.address);
    HamletCodes hamlets(m_vault.db());
    XASO_TRY(hamlets.load());
    h.hamletCode = hamlets.resolve(h.hamletCode);
    auto scope = WriteScope::begin(m_vault.db());
    if (!scope)
        return scope.error();
    ResidentWriter writer(m_vault, ResidentWriter::Mode::PerRecord);
    auto id = writer.addHousehold(h);
    if (!id)
        return id.error();
    if (!h.headResidentId.isEmpty())
        XASO_TRY(link(m_vault.db(), writer, h.headResidentId, *id, u"Chủ hộ"_s));
    XASO_TRY(scope->commit());
    return *id;
}

Status HouseholdRepository::update(const Household& input)
{
    XASO_TRY(m_access.require(RecordKind::Households, Access::Write));
    auto scope = WriteScope::begin(m_vault.db());
    if (!scope)
        return scope.error();
    auto stored = households::load(m_vault.db(), input.id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return noHousehold(input.id);
    if (const Validation v = validateHousehold(m_vault.db(), input, vietnamToday(m_vault.clock())); !v.ok())
        return v.toError();
    Household h = input;
    h.address = text::normalizeInput(h.address);
    HamletCodes hamlets(m_vault.db());
    XASO_TRY(hamlets.load());
    h.hamletCode = hamlets.resolve(h.hamletCode);
    ResidentWriter writer(m_vault, ResidentWriter::Mode::PerRecord);
    XASO_TRY(writer.updateHousehold(**stored, h));
    if (h.headResidentId != (*stored)->headResidentId && !h.headResidentId.isEmpty()) {
        XASO_TRY(m_access.require(RecordKind::Residents, Access::Write));
        XASO_TRY(link(m_vault.db(), writer, h.headResidentId, h.id, u"Chủ hộ"_s));
    }
    return scope->commit();
}

Status HouseholdRepository::remove(const QString& id)
{
    XASO_TRY(m_access.require(RecordKind::Households, Access::Write));
    auto scope = WriteScope::begin(m_vault.db());
    if (!scope)
        return scope.error();
    auto stored = households::load(m_vault.db(), id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return noHousehold(id);
    auto people = members(id);
    if (!people)
        return people.error();
    ResidentWriter writer(m_vault, ResidentWriter::Mode::PerRecord);
    if (!people->isEmpty())
        XASO_TRY(m_access.require(RecordKind::Residents, Access::Write));
    for (const Resident& r : std::as_const(*people))
        XASO_TRY(link(m_vault.db(), writer, r.id, {}, {}));
    XASO_TRY(writer.removeHousehold(**stored));
    return scope->commit();
}

Result<Household> HouseholdRepository::get(const QString& id)
{
    XASO_TRY(m_access.require(RecordKind::Households, Access::Read));
    auto stored = households::load(m_vault.db(), id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return noHousehold(id);
    return **stored;
}

Status HouseholdRepository::setMember(const QString& residentId, const QString& householdId,
                                      const QString& relationToHead)
{
    XASO_TRY(m_access.require(RecordKind::Households, Access::Write));
    XASO_TRY(m_access.require(RecordKind::Residents, Access::Write));
    auto scope = WriteScope::begin(m_vault.db());
    if (!scope)
        return scope.error();
    if (!householdId.isEmpty()) {
        auto h = households::load(m_vault.db(), householdId);
        if (!h)
            return h.error();
        if (!*h)
            return noHousehold(householdId);
    }
    ResidentWriter writer(m_vault, ResidentWriter::Mode::PerRecord);
    XASO_TRY(link(m_vault.db(), writer, residentId, householdId,
                  householdId.isEmpty() ? QString() : relationToHead));
    return scope->commit();
}

Result<QList<Resident>> HouseholdRepository::members(const QString& householdId)
{
    XASO_TRY(m_access.require(RecordKind::Households, Access::Read));
    XASO_TRY(m_access.require(RecordKind::Residents, Access::Read));
    auto st = m_vault.db().prepare(u"SELECT %1 FROM residents WHERE household_id = ? AND deleted = 0"_s.arg(
        residents::selectColumns(false)));
    if (!st)
        return st.error();
    st->bind(1, householdId);
    QList<Resident> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(residents::fromRow(*st, false));
    }
    const text::VietnameseNameCollator collator;
    std::stable_sort(out.begin(), out.end(), [&](const Resident& a, const Resident& b) {
        return collator.compare(a.fullName, b.fullName) < 0;
    });
    return out;
}

PovertyStatus HouseholdRepository::classify(qint64 income, int deprivationCount, AreaType area,
                                            const PovertyStandard& standard)
{
    const bool urban = area == AreaType::Urban;
    const qint64 line = urban ? standard.urbanPovertyLine : standard.ruralPovertyLine;
    const qint64 ceiling = urban ? standard.urbanAverageCeiling : standard.ruralAverageCeiling;
    if (income <= line)
        return deprivationCount >= 3 ? PovertyStatus::Poor : PovertyStatus::NearPoor;
    if (income <= ceiling)
        return PovertyStatus::Average;
    return PovertyStatus::None;
}

} // namespace xaso::domain
