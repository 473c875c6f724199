#include "domain/residents/resident_aggregates.h"

#include "text/folding.h"

using namespace Qt::StringLiterals;

namespace xaso::domain {
namespace {

constexpr qint64 kDayMs = 86400000;
constexpr qint64 kVietnamOffsetMs = 7 * 3600 * 1000;

using Key = ResidentAggregates::Key;

QList<Key> residentKeys(const Resident& r)
{
    QList<Key> keys{
        {u"residents.total"_s, {}, {}},
        {u"residents.by_hamlet"_s, r.hamletCode, {}},
        {u"residents.pyramid"_s, r.birthYear > 0 ? QString::number(r.birthYear) : QString(), sexKey(r.sex)},
        {u"records.added_week"_s, u"residents"_s, ResidentAggregates::isoWeek(r.createdAtMs)},
        {u"records.verification"_s, u"residents"_s, verificationKey(r.verification)},
    };
    // How many names hold each search token: ResidentSearch picks its rarest typed word by these.
    for (const QString& token : text::searchTokens(r.fullName))
        keys.append({u"residents.token_count"_s, token, {}});
    // The week of the làm sạch result the record is in now (plan/record_counts.h reads these).
    if (r.verifiedAtMs > 0 && r.verification == Verification::Verified)
        keys.append(
            {u"records.verified_week"_s, u"residents"_s, ResidentAggregates::isoWeek(r.verifiedAtMs)});
    if (r.verifiedAtMs > 0 && r.verification == Verification::Mismatch)
        keys.append(
            {u"records.mismatch_week"_s, u"residents"_s, ResidentAggregates::isoWeek(r.verifiedAtMs)});
    return keys;
}

QList<Key> householdKeys(const Household& h)
{
    return {
        {u"households.poverty"_s, povertyStatusKey(h.povertyStatus), {}},
        {u"records.added_week"_s, u"households"_s, ResidentAggregates::isoWeek(h.createdAtMs)},
    };
}

QList<Key> checklistKeys(const QString& hamlet, const DigitalChecklist* c)
{
    QList<Key> out;
    if (!c)
        return out;
    for (int s = 0; s < kDigitalStepCount; ++s) {
        if (c->done(DigitalStep(s)))
            out.append({u"digital.by_hamlet"_s, hamlet, digitalStepKey(DigitalStep(s))});
    }
    return out;
}

} // namespace

QList<ResidentAggregates::Key> ResidentAggregates::keysOf(const Resident& r, const DigitalChecklist* checklist)
{
    return residentKeys(r) + checklistKeys(r.hamletCode, checklist);
}

QList<ResidentAggregates::Key> ResidentAggregates::keysOf(const Household& h)
{
    return householdKeys(h);
}

QString ResidentAggregates::isoWeek(QDate date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return u"%1-W%2"_s.arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

QString ResidentAggregates::isoWeek(qint64 ms)
{
    const qint64 local = ms + kVietnamOffsetMs;
    const qint64 day = local >= 0 ? local / kDayMs : -((-local + kDayMs - 1) / kDayMs);
    return isoWeek(QDate(1970, 1, 1).addDays(day));
}

Status ResidentAggregates::bump(const QString& name, const QString& k1, const QString& k2, qint64 delta)
{
    if (delta == 0)
        return {};
    if (m_deferred) {
        m_pending[Key{name, k1.isNull() ? u""_s : k1, k2.isNull() ? u""_s : k2}] += delta;
        return {};
    }
    XASO_TRY(m_aggregates.bump(name, k1, k2, delta));
    if (delta > 0)
        return {};
    auto st = m_db.cached("DELETE FROM aggregates WHERE name = ? AND k1 = ? AND k2 = ? AND value = 0");
    if (!st)
        return st.error();
    return (*st)->bind(1, name).bind(2, k1.isNull() ? u""_s : k1).bind(3, k2.isNull() ? u""_s : k2).exec();
}

Status ResidentAggregates::flush()
{
    const QHash<Key, qint64> pending = std::exchange(m_pending, {});
    const bool deferred = std::exchange(m_deferred, false);
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        auto s = bump(it.key().name, it.key().k1, it.key().k2, it.value());
        if (!s) {
            m_deferred = deferred;
            return s;
        }
    }
    m_deferred = deferred;
    return {};
}

Status ResidentAggregates::apply(const QList<Key>& before, const QList<Key>& after)
{
    for (const Key& b : before) {
        if (!after.contains(b))
            XASO_TRY(bump(b.name, b.k1, b.k2, -1));
    }
    for (const Key& a : after) {
        if (!before.contains(a))
            XASO_TRY(bump(a.name, a.k1, a.k2, +1));
    }
    return {};
}

Status ResidentAggregates::residentAdded(const Resident& r)
{
    return apply({}, residentKeys(r));
}

Status ResidentAggregates::residentRemoved(const Resident& r)
{
    return apply(residentKeys(r), {});
}

Status ResidentAggregates::residentChanged(const Resident& before, const Resident& after)
{
    return apply(residentKeys(before), residentKeys(after));
}

Status ResidentAggregates::checklistChanged(const QString& hamletBefore, const DigitalChecklist* before,
                                            const QString& hamletAfter, const DigitalChecklist* after)
{
    return apply(checklistKeys(hamletBefore, before), checklistKeys(hamletAfter, after));
}

Status ResidentAggregates::householdAdded(const Household& h)
{
    return apply({}, householdKeys(h));
}

Status ResidentAggregates::householdRemoved(const Household& h)
{
    return apply(householdKeys(h), {});
}

Status ResidentAggregates::householdChanged(const Household& before, const Household& after)
{
    return apply(householdKeys(before), householdKeys(after));
}

Status ResidentAggregates::rebuild(storage::Database& db)
{
    XASO_TRY(db.exec(uR"SQL(
DELETE FROM aggregates WHERE name IN ('residents.total', 'residents.by_hamlet', 'residents.pyramid',
                                      'residents.token_count', 'digital.by_hamlet', 'households.poverty')
   OR (name IN ('records.added_week', 'records.verification', 'records.verified_week', 'records.mismatch_week')
       AND k1 IN ('residents', 'households'));
INSERT INTO aggregates (name, k1, k2, value)
    SELECT 'residents.total', '', '', count(*) FROM residents WHERE deleted = 0 GROUP BY deleted;
INSERT INTO aggregates (name, k1, k2, value)
    SELECT 'residents.by_hamlet', hamlet_code, '', count(*) FROM residents WHERE deleted = 0 GROUP BY hamlet_code;
INSERT INTO aggregates (name, k1, k2, value)
    SELECT 'residents.pyramid', ifnull(CAST(birth_year AS TEXT), ''), ifnull(sex, ''), count(*)
    FROM residents WHERE deleted = 0 GROUP BY 2, 3;
INSERT INTO aggregates (name, k1, k2, value)
    SELECT 'residents.token_count', word, '', count(*) FROM resident_name_index WHERE partner = '' GROUP BY word;
INSERT INTO aggregates (name, k1, k2, value)
    SELECT 'records.verification', 'residents', verification, count(*)
    FROM residents WHERE deleted = 0 GROUP BY verification;
INSERT INTO aggregates (name, k1, k2, value)
    SELECT 'households.poverty', poverty_status, '', count(*) FROM households WHERE deleted = 0
    GROUP BY poverty_status;
)SQL"_s));
    // Digital steps per hamlet: one counter per step with a date.
    static const char* const steps[][2] = {{"vneid", "vneid_level2_date"},
                                           {"epayment", "epayment_date"},
                                           {"address", "digital_address_date"},
                                           {"signature", "digital_signature_date"}};
    for (const auto& step : steps) {
        XASO_TRY(db.exec(QStringLiteral("INSERT INTO aggregates (name, k1, k2, value) "
                                        "SELECT 'digital.by_hamlet', r.hamlet_code, '%1', count(*) "
                                        "FROM digital_citizen d JOIN residents r ON r.id = d.id "
                                        "WHERE d.deleted = 0 AND r.deleted = 0 AND d.%2 IS NOT NULL "
                                        "GROUP BY r.hamlet_code")
                             .arg(QLatin1StringView(step[0]), QLatin1StringView(step[1]))));
    }
    // ISO weeks: count per Vietnam-time day in SQL, fold the days into weeks here.
    struct WeekCounter
    {
        const char* name;
        const char* kind;
        const char* sql; // %1 offset, %2 day length
    };
    static const WeekCounter weekCounters[] = {
        {"records.added_week", "residents",
         "SELECT (created_at_ms + %1) / %2, count(*) FROM residents WHERE deleted = 0 GROUP BY 1"},
        {"records.added_week", "households",
         "SELECT (created_at_ms + %1) / %2, count(*) FROM households WHERE deleted = 0 GROUP BY 1"},
        {"records.verified_week", "residents",
         "SELECT (verified_at_ms + %1) / %2, count(*) FROM residents WHERE deleted = 0 AND verification = "
         "'verified' AND verified_at_ms > 0 GROUP BY 1"},
        {"records.mismatch_week", "residents",
         "SELECT (verified_at_ms + %1) / %2, count(*) FROM residents WHERE deleted = 0 AND verification = "
         "'mismatch' AND verified_at_ms > 0 GROUP BY 1"},
    };
    Aggregates aggregates(db);
    for (const WeekCounter& counter : weekCounters) {
        auto st = db.prepare(QString::fromLatin1(counter.sql).arg(kVietnamOffsetMs).arg(kDayMs));
        if (!st)
            return st.error();
        QHash<QString, qint64> weeks;
        for (;;) {
            auto row = st->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            weeks[isoWeek(QDate(1970, 1, 1).addDays(st->int64(0)))] += st->int64(1);
        }
        for (auto it = weeks.cbegin(); it != weeks.cend(); ++it)
            XASO_TRY(aggregates.bump(QString::fromLatin1(counter.name), QString::fromLatin1(counter.kind),
                                     it.key(), it.value()));
    }
    return {};
}

} // namespace xaso::domain
