#include "domain/residents/household_record.h"

#include <sodium.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xaso::domain::households {
namespace {

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QList<FieldValue> storedFields(const Household& h)
{
    QList<FieldValue> f{
        {u"head_resident_id"_s, textOrNull(h.headResidentId)},
        {u"address"_s, textOrNull(h.address)},
        {u"hamlet_code"_s, h.hamletCode.isEmpty() ? QStringLiteral("") : h.hamletCode},
        {u"poverty_status"_s, povertyStatusKey(h.povertyStatus)},
        {u"assessment_year"_s, h.assessmentYear > 0 ? QVariant(qint64(h.assessmentYear)) : QVariant()},
        {u"area_type"_s, textOrNull(areaTypeKey(h.areaType))},
    };
    for (int i = 0; i < kDeprivationCount; ++i)
        f.append({deprivationColumn(Deprivation(i)), qint64(h.deprivations[size_t(i)] ? 1 : 0)});
    return f;
}

} // namespace

QString newId(qint64 nowMs)
{
    unsigned char bytes[16];
    const auto ms = quint64(std::max<qint64>(nowMs, 0));
    for (int i = 0; i < 6; ++i) // 48 bits of milliseconds, big-endian: until the year 10889
        bytes[i] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    randombytes_buf(bytes + 6, sizeof bytes - 6);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(bytes), sizeof bytes).toHex());
}

QString selectColumns()
{
    QStringList cols{u"id"_s,          u"head_resident_id"_s, u"address"_s,
                     u"hamlet_code"_s, u"poverty_status"_s,   u"assessment_year"_s,
                     u"area_type"_s,   u"created_at_ms"_s,    u"row_version"_s};
    for (int i = 0; i < kDeprivationCount; ++i)
        cols.append(deprivationColumn(Deprivation(i)));
    return cols.join(u", "_s);
}

Household fromRow(const storage::Statement& st)
{
    Household h;
    h.id = st.text(0);
    h.headResidentId = st.text(1);
    h.address = st.text(2);
    h.hamletCode = st.text(3);
    h.povertyStatus = povertyStatusFromKey(st.text(4)).value_or(PovertyStatus::None);
    h.assessmentYear = st.isNull(5) ? 0 : st.int32(5);
    h.areaType = areaTypeFromKey(st.text(6));
    h.createdAtMs = st.int64(7);
    h.rowVersion = st.int64(8);
    for (int i = 0; i < kDeprivationCount; ++i)
        h.deprivations[size_t(i)] = st.int64(9 + i) != 0;
    return h;
}

Result<std::optional<Household>> load(storage::Database& db, const QString& id)
{
    auto st = db.prepare(u"SELECT %1 FROM households WHERE id = ? AND deleted = 0"_s.arg(selectColumns()));
    if (!st)
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Household>();
    return std::optional<Household>(fromRow(*st));
}

Status insert(RecordWriter& writer, ResidentAggregates& counters, Household& h, qint64 nowMs)
{
    if (h.id.isEmpty())
        h.id = newId(nowMs);
    h.createdAtMs = nowMs;
    QList<FieldValue> fields = storedFields(h);
    fields.append({u"created_at_ms"_s, nowMs});
    XASO_TRY(writer.insert(u"households"_s, h.id, fields));
    return counters.householdAdded(h);
}

Status update(RecordWriter& writer, ResidentAggregates& counters, const Household& before,
              const Household& after)
{
    const QList<FieldValue> a = storedFields(before);
    const QList<FieldValue> b = storedFields(after);
    QList<FieldValue> changed;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).value.isNull() != b.at(i).value.isNull() ||
            a.at(i).value.toString() != b.at(i).value.toString())
            changed.append(b.at(i));
    }
    if (changed.isEmpty())
        return {};
    XASO_TRY(writer.update(u"households"_s, before.id, changed));
    Household stored = after;
    stored.createdAtMs = before.createdAtMs;
    return counters.householdChanged(before, stored);
}

Status remove(RecordWriter& writer, ResidentAggregates& counters, const Household& h)
{
    XASO_TRY(writer.remove(u"households"_s, h.id));
    return counters.householdRemoved(h);
}

} // namespace xaso::domain::households

namespace xaso::domain::checklists {

Result<std::optional<DigitalChecklist>> load(storage::Database& db, const QString& residentId)
{
    auto st =
        db.cached("SELECT vneid_level2_date, epayment_date, digital_address_date, digital_signature_date "
                  "FROM digital_citizen WHERE id = ? AND deleted = 0");
    if (!st)
        return st.error();
    (*st)->bind(1, residentId);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<DigitalChecklist>();
    DigitalChecklist c;
    c.residentId = residentId;
    for (int i = 0; i < kDigitalStepCount; ++i)
        c.doneOn[size_t(i)] = QDate::fromString((*st)->text(i), Qt::ISODate);
    (*st)->reset();
    return std::optional<DigitalChecklist>(c);
}

Status write(storage::Database& db, RecordWriter& writer, ResidentAggregates& counters,
             const DigitalChecklist& c, const QString& hamlet, qint64 nowMs)
{
    auto existing = load(db, c.residentId);
    if (!existing)
        return existing.error();
    QList<FieldValue> fields;
    for (int i = 0; i < kDigitalStepCount; ++i) {
        const QDate d = c.doneOn[size_t(i)];
        const QDate old = *existing ? (*existing)->doneOn[size_t(i)] : QDate();
        if (!*existing || d != old)
            fields.append({digitalStepColumn(DigitalStep(i)),
                           d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant()});
    }
    if (!*existing) {
        auto tomb = db.cached("SELECT count(*) FROM digital_citizen WHERE id = ? AND deleted = 1");
        if (!tomb)
            return tomb.error();
        auto row = (*tomb)->bind(1, c.residentId).step();
        if (!row)
            return row.error();
        const bool wasDeleted = (*tomb)->int64(0) > 0;
        (*tomb)->reset();
        if (wasDeleted) {
            // A checklist removed earlier (e.g. by a merge) and set again: revive the row.
            fields.append({u"deleted"_s, qint64(0)});
            XASO_TRY(writer.update(u"digital_citizen"_s, c.residentId, fields));
        } else {
            fields.append({u"created_at_ms"_s, nowMs});
            XASO_TRY(writer.insert(u"digital_citizen"_s, c.residentId, fields));
        }
        return counters.checklistChanged(hamlet, nullptr, hamlet, &c);
    }
    if (fields.isEmpty())
        return {};
    XASO_TRY(writer.update(u"digital_citizen"_s, c.residentId, fields));
    return counters.checklistChanged(hamlet, &**existing, hamlet, &c);
}

Status remove(RecordWriter& writer, ResidentAggregates& counters, const DigitalChecklist& c,
              const QString& hamlet)
{
    XASO_TRY(writer.remove(u"digital_citizen"_s, c.residentId));
    return counters.checklistChanged(hamlet, &c, hamlet, nullptr);
}

} // namespace xaso::domain::checklists
