#include "domain/residents/duplicates.h"

#include "domain/residents/household_record.h"
#include "domain/residents/resident_record.h"
#include "domain/residents/resident_writer.h"

#include <QCoreApplication>

#include <map>

using namespace Qt::StringLiterals;

namespace xaso::domain {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Duplicates", text);
}

// Groups of IDs sharing a key, from a query returning (id) ordered by the key, key columns after.
Status collectGroups(storage::Database& db, const QString& sql, DuplicatePair::Reason reason,
                     std::map<std::pair<QString, QString>, QList<DuplicatePair::Reason>>& pairs)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    QStringList group;
    QString groupKey;
    auto flush = [&] {
        for (qsizetype i = 0; i < group.size(); ++i) {
            for (qsizetype j = i + 1; j < group.size(); ++j) {
                auto key = std::minmax(group.at(i), group.at(j));
                auto& reasons = pairs[{key.first, key.second}];
                if (!reasons.contains(reason))
                    reasons.append(reason);
            }
        }
        group.clear();
    };
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString key = st->text(1) + QChar(0x1F) + st->text(2);
        if (key != groupKey) {
            flush();
            groupKey = key;
        }
        group.append(st->text(0));
    }
    flush();
    return {};
}

QDate earlier(QDate a, QDate b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

} // namespace

Duplicates::Duplicates(storage::Vault& vault, const RoleCatalog& roles)
    : m_vault(vault), m_access(vault, roles)
{
}

Result<QList<DuplicatePair>> Duplicates::probable(int limit)
{
    XASO_TRY(m_access.require(RecordKind::Residents, Access::Read));
    storage::Database& db = m_vault.db();
    std::map<std::pair<QString, QString>, QList<DuplicatePair::Reason>> pairs;
    // Only keys held by more than one record reach C++ (the inner GROUP BY runs on the index).
    XASO_TRY(collectGroups(
        db,
        u"SELECT r.id, r.name_folded, r.birth_date FROM residents r JOIN "
        "(SELECT name_folded, birth_date FROM residents WHERE deleted = 0 AND birth_date IS NOT NULL "
        " GROUP BY name_folded, birth_date HAVING count(*) > 1) d "
        "ON r.name_folded = d.name_folded AND r.birth_date = d.birth_date "
        "WHERE r.deleted = 0 ORDER BY r.name_folded, r.birth_date, r.id"_s,
        DuplicatePair::Reason::SameNameAndBirthDate, pairs));
    XASO_TRY(collectGroups(
        db,
        u"SELECT r.id, r.phone, r.given_name_folded FROM residents r JOIN "
        "(SELECT phone, given_name_folded FROM residents WHERE deleted = 0 AND phone IS NOT NULL "
        " GROUP BY phone, given_name_folded HAVING count(*) > 1) d "
        "ON r.phone = d.phone AND r.given_name_folded = d.given_name_folded "
        "WHERE r.deleted = 0 ORDER BY r.phone, r.given_name_folded, r.id"_s,
        DuplicatePair::Reason::SamePhoneAndGivenName, pairs));
    QList<DuplicatePair> out;
    for (const auto& [ids, reasons] : pairs) {
        if (out.size() >= limit)
            break;
        auto a = residents::load(db, ids.first);
        auto b = residents::load(db, ids.second);
        if (!a)
            return a.error();
        if (!b)
            return b.error();
        if (!*a || !*b)
            continue;
        DuplicatePair pair{**a, **b, reasons};
        for (Resident* r : {&pair.first, &pair.second}) {
            r->ethnicity.clear();
            r->religion.clear();
            r->sensitiveIncluded = false;
        }
        out.append(pair);
    }
    return out;
}

Status Duplicates::merge(const QString& keepId, const QString& dropId)
{
    XASO_TRY(m_access.require(RecordKind::Residents, Access::Write));
    if (keepId == dropId)
        return makeError(ErrorCode::InvalidArgument,
                         tr("A record cannot be merged into itself (%1).").arg(keepId));
    storage::Database& db = m_vault.db();
    auto scope = WriteScope::begin(db);
    if (!scope)
        return scope.error();
    auto keep = residents::load(db, keepId);
    if (!keep)
        return keep.error();
    auto drop = residents::load(db, dropId);
    if (!drop)
        return drop.error();
    for (const auto& [r, id] : {std::pair{&*keep, keepId}, std::pair{&*drop, dropId}}) {
        if (!*r)
            return makeError(ErrorCode::NotFound, tr("There is no resident with the ID %1.").arg(id));
    }
    const Resident& d = **drop;
    Resident merged = **keep;
    for (auto [field, from] :
         {std::pair{&merged.oldCmnd, &d.oldCmnd}, std::pair{&merged.phone, &d.phone},
          std::pair{&merged.permanentAddress, &d.permanentAddress},
          std::pair{&merged.currentAddress, &d.currentAddress},
          std::pair{&merged.permanentUnitCode, &d.permanentUnitCode},
          std::pair{&merged.currentUnitCode, &d.currentUnitCode},
          std::pair{&merged.hamletCode, &d.hamletCode}, std::pair{&merged.ethnicity, &d.ethnicity},
          std::pair{&merged.religion, &d.religion}}) {
        if (field->isEmpty())
            *field = *from;
    }
    if (merged.birthYear == 0 && d.birthYear != 0) {
        merged.birthDate = d.birthDate;
        merged.birthYear = d.birthYear;
    }
    if (!merged.sex)
        merged.sex = d.sex;
    if (merged.householdId.isEmpty()) {
        merged.householdId = d.householdId;
        merged.relationToHead = d.relationToHead;
    }

    ResidentWriter writer(m_vault, ResidentWriter::Mode::PerRecord);
    XASO_TRY(writer.updateResident(**keep, merged));

    // Households the dropped record heads now have the kept one as head.
    auto headed = db.prepare(u"SELECT id FROM households WHERE head_resident_id = ? AND deleted = 0"_s);
    if (!headed)
        return headed.error();
    headed->bind(1, dropId);
    QStringList householdIds;
    for (;;) {
        auto row = headed->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        householdIds.append(headed->text(0));
    }
    if (!householdIds.isEmpty())
        XASO_TRY(m_access.require(RecordKind::Households, Access::Write));
    for (const QString& hid : std::as_const(householdIds)) {
        auto h = households::load(db, hid);
        if (!h)
            return h.error();
        Household after = **h;
        after.headResidentId = keepId;
        XASO_TRY(writer.updateHousehold(**h, after));
    }

    // The checklist: each step done on the earlier of the two dates.
    auto keepList = checklists::load(db, keepId);
    auto dropList = checklists::load(db, dropId);
    if (!keepList)
        return keepList.error();
    if (!dropList)
        return dropList.error();
    if (*dropList) {
        DigitalChecklist combined = keepList->value_or(DigitalChecklist{keepId, {}});
        combined.residentId = keepId;
        for (int s = 0; s < kDigitalStepCount; ++s)
            combined.doneOn[size_t(s)] = earlier(combined.doneOn[size_t(s)], (*dropList)->doneOn[size_t(s)]);
        XASO_TRY(writer.setChecklist(combined));
    }
    XASO_TRY(writer.removeResident(d));
    if (*dropList)
        XASO_TRY(writer.records().remove(u"digital_citizen"_s, dropId));
    XASO_TRY(m_vault.audit().append({u"residents"_s, dropId, u"merge"_s, u"into %1"_s.arg(keepId)}));
    return scope->commit();
}

} // namespace xaso::domain
