#include "domain/plan/record_counts.h"

using namespace Qt::StringLiterals;

namespace xaso::plan {

const QList<RecordKindInfo>& digitisedKinds()
{
    static const QList<RecordKindInfo> kinds{
        {u"residents"_s, u"Nhân khẩu"_s},
        {u"households"_s, u"Hộ gia đình"_s},
        {u"welfare"_s, u"Đối tượng an sinh xã hội"_s},
        {u"labour"_s, u"Người lao động"_s},
        {u"land"_s, u"Người sử dụng đất, chủ sở hữu nhà ở"_s},
        {u"certified_copies"_s, u"Bản sao điện tử được chứng thực"_s},
    };
    return kinds;
}

Result<qint64> AggregateReader::value(const QString& name, const QString& k1, const QString& k2)
{
    return domain::Aggregates(m_db).value(name, k1, k2);
}

Result<QList<domain::AggregateRow>> AggregateReader::rows(const QString& name)
{
    return domain::Aggregates(m_db).rows(name);
}

Result<QList<domain::AggregateRow>> AggregateReader::rows(const QString& name, const QString& k1)
{
    // A prefix of the aggregates primary key (name, k1, k2): an index range, no scan.
    auto st = m_db.cached("SELECT k2, value FROM aggregates WHERE name = ? AND k1 = ? ORDER BY k2");
    if (!st)
        return st.error();
    (*st)->bind(1, name).bind(2, k1.isNull() ? u""_s : k1);
    QList<domain::AggregateRow> out;
    for (;;) {
        auto row = (*st)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append({k1, (*st)->text(0), (*st)->int64(1)});
    }
    (*st)->reset();
    return out;
}

Result<qint64> AggregateReader::sum(const QString& name)
{
    auto all = rows(name);
    if (!all)
        return all.error();
    qint64 total = 0;
    for (const domain::AggregateRow& r : *all)
        total += r.value;
    return total;
}

Result<qint64> AggregateReader::sum(const QString& name, const QString& k1)
{
    auto all = rows(name, k1);
    if (!all)
        return all.error();
    qint64 total = 0;
    for (const domain::AggregateRow& r : *all)
        total += r.value;
    return total;
}

Result<QMap<QString, qint64>> AggregateReader::sumByK2(const QString& name)
{
    auto all = rows(name);
    if (!all)
        return all.error();
    QMap<QString, qint64> out;
    for (const domain::AggregateRow& r : *all)
        out[r.k2] += r.value;
    return out;
}

Result<qint64> RecordCounts::total(const QString& kind)
{
    auto verification = m_reader.rows(u"records.verification"_s, kind);
    if (!verification)
        return verification.error();
    if (!verification->isEmpty()) {
        qint64 total = 0;
        for (const domain::AggregateRow& r : *verification)
            total += r.value;
        return total;
    }
    return m_reader.sum(u"records.added_week"_s, kind);
}

Result<qint64> RecordCounts::inState(const QString& kind, const QString& state)
{
    return m_reader.value(u"records.verification"_s, kind, state);
}

Result<QMap<QString, qint64>> RecordCounts::states(const QString& kind)
{
    auto all = m_reader.rows(u"records.verification"_s, kind);
    if (!all)
        return all.error();
    QMap<QString, qint64> out;
    for (const domain::AggregateRow& r : *all)
        out.insert(r.k2, r.value);
    return out;
}

Result<qint64> RecordCounts::addedInWeek(const QString& kind, const QString& weekKey)
{
    return m_reader.value(u"records.added_week"_s, kind, weekKey);
}

Result<qint64> RecordCounts::verifiedInWeek(const QString& kind, const QString& weekKey)
{
    return m_reader.value(u"records.verified_week"_s, kind, weekKey);
}

Result<qint64> RecordCounts::mismatchedInWeek(const QString& kind, const QString& weekKey)
{
    return m_reader.value(u"records.mismatch_week"_s, kind, weekKey);
}

} // namespace xaso::plan
