#include "domain/residents/resident_writer.h"

#include "domain/residents/household_record.h"
#include "domain/residents/resident_record.h"
#include "domain/residents/resident_validator.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace xaso::domain {

namespace {

// Residents whose name index entries a bulk writer holds before it writes them in key order:
// ~6 entries each, ~30 MB for the batch; larger batches touch each page of the index more rarely.
constexpr qsizetype kNameBatchResidents = 50000;

} // namespace

ResidentWriter::ResidentWriter(storage::Vault& vault, Mode mode)
    : m_vault(vault), m_mode(mode), m_writer(vault), m_counters(vault.db()), m_hamlets(vault.db())
{
    m_writer.setAuditEachRecord(mode == Mode::PerRecord);
    m_writer.setClockBuffered(mode == Mode::Bulk);
    m_counters.setDeferred(mode == Mode::Bulk);
}

Status ResidentWriter::flushNames()
{
    return m_names.flush(m_vault.db());
}

Status ResidentWriter::rememberHamlet(const QString& code)
{
    if (code.isEmpty() || m_hamletsSeen.contains(code))
        return {};
    m_hamletsSeen.insert(code);
    return m_hamlets.remember(code);
}

Status ResidentWriter::addResident(Resident r)
{
    if (m_mode == Mode::PerRecord) { // bulk callers checked; the table's key refuses a taken ID
        auto duplicate = ResidentValidator::checkUnique(m_vault.db(), r.id);
        if (!duplicate)
            return duplicate.error();
        if (*duplicate)
            return makeError(ErrorCode::Conflict, (*duplicate)->message);
    }
    r.createdAtMs = m_vault.clock().nowMs();
    XASO_TRY(m_writer.insert(u"residents"_s, r.id, residents::insertFields(r)));
    if (m_mode == Mode::Bulk) {
        m_names.add(r.id, r.fullName);
        if (m_names.residents() >= kNameBatchResidents)
            XASO_TRY(flushNames());
    } else {
        XASO_TRY(residents::insertNameEntries(m_vault.db(), r.id, r.fullName));
    }
    XASO_TRY(rememberHamlet(r.hamletCode));
    XASO_TRY(m_counters.residentAdded(r));
    ++m_added;
    return {};
}

Status ResidentWriter::updateResident(const Resident& before, const Resident& after,
                                      const QHash<QString, quint32>& seenVersions)
{
    QList<FieldValue> changed = residents::changedFields(before, after);
    if (changed.isEmpty())
        return {};
    XASO_TRY(flushNames()); // `before` may be a resident added in this batch
    for (FieldValue& f : changed)
        f.baseVersion = seenVersions.value(f.name, 0);
    XASO_TRY(m_writer.update(u"residents"_s, before.id, changed));
    if (before.fullName != after.fullName)
        XASO_TRY(residents::replaceNameEntries(m_vault.db(), before.id, before.fullName, after.fullName));
    XASO_TRY(rememberHamlet(after.hamletCode));
    Resident stored = after;
    stored.createdAtMs = before.createdAtMs;
    XASO_TRY(m_counters.residentChanged(before, stored));
    if (before.hamletCode != after.hamletCode) {
        auto checklist = checklists::load(m_vault.db(), before.id);
        if (!checklist)
            return checklist.error();
        if (*checklist)
            XASO_TRY(
                m_counters.checklistChanged(before.hamletCode, &**checklist, after.hamletCode, &**checklist));
    }
    return {};
}

Status ResidentWriter::removeResident(const Resident& stored)
{
    XASO_TRY(flushNames());
    XASO_TRY(m_writer.remove(u"residents"_s, stored.id));
    XASO_TRY(residents::deleteNameEntries(m_vault.db(), stored.id, stored.fullName));
    XASO_TRY(m_counters.residentRemoved(stored));
    auto checklist = checklists::load(m_vault.db(), stored.id);
    if (!checklist)
        return checklist.error();
    if (*checklist) // the checklist stays (it may be merged elsewhere) but no longer counts
        XASO_TRY(m_counters.checklistChanged(stored.hamletCode, &**checklist, {}, nullptr));
    return {};
}

Result<QString> ResidentWriter::addHousehold(Household h)
{
    XASO_TRY(households::insert(m_writer, m_counters, h, m_vault.clock().nowMs()));
    XASO_TRY(rememberHamlet(h.hamletCode));
    return h.id;
}

Status ResidentWriter::updateHousehold(const Household& before, const Household& after)
{
    XASO_TRY(households::update(m_writer, m_counters, before, after));
    return rememberHamlet(after.hamletCode);
}

Status ResidentWriter::removeHousehold(const Household& stored)
{
    return households::remove(m_writer, m_counters, stored);
}

Status ResidentWriter::setChecklist(const DigitalChecklist& c)
{
    auto st = m_vault.db().cached("SELECT hamlet_code FROM residents WHERE id = ? AND deleted = 0");
    if (!st)
        return st.error();
    auto row = (*st)->bind(1, c.residentId).step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("ResidentWriter", "There is no resident with the ID %1.")
                             .arg(c.residentId));
    const QString hamlet = (*st)->text(0);
    (*st)->reset();
    return checklists::write(m_vault.db(), m_writer, m_counters, c, hamlet, m_vault.clock().nowMs());
}

Status ResidentWriter::finish(const QString& action, const QString& detail)
{
    XASO_TRY(flushNames());
    XASO_TRY(m_writer.flushClock());
    XASO_TRY(m_counters.flush());
    return m_vault.audit().append({u"residents"_s, u"*"_s, action, detail});
}

} // namespace xaso::domain
