#include "domain/residents/household_list.h"

#include "domain/residents/household_record.h"

#include <QCollator>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xaso::domain {

HouseholdList::HouseholdList(storage::Vault& vault, const RoleCatalog& roles)
    : m_vault(vault), m_access(vault, roles)
{
}

Result<HouseholdListPage> HouseholdList::page(const QString& hamletCode, const QString& afterId, int limit)
{
    XASO_TRY(m_access.require(RecordKind::Households, Access::Read));
    const bool names = m_access.require(RecordKind::Residents, Access::Read).ok();
    limit = std::clamp(limit, 1, 1000);
    // Keyset on the primary key: a deep page costs what the first does.
    QString sql =
        u"SELECT %1, (SELECT count(*) FROM residents r WHERE r.household_id = households.id AND r.deleted = "
        u"0), "
        u"(SELECT r.full_name FROM residents r WHERE r.id = households.head_resident_id AND r.deleted = 0) "
        u"FROM households WHERE deleted = 0 AND id > ?"_s.arg(households::selectColumns());
    if (!hamletCode.isEmpty())
        sql += u" AND hamlet_code = ?"_s;
    sql += u" ORDER BY id LIMIT ?"_s;
    auto st = m_vault.db().prepare(sql);
    if (!st)
        return st.error();
    int i = 1;
    st->bind(i++, afterId.isNull() ? u""_s : afterId);
    if (!hamletCode.isEmpty())
        st->bind(i++, hamletCode);
    st->bind(i, limit + 1);
    HouseholdListPage out;
    const int columns = st->columnCount();
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (out.rows.size() == limit) {
            out.nextAfterId = out.rows.constLast().household.id;
            break;
        }
        HouseholdListEntry e;
        e.household = households::fromRow(*st);
        e.memberCount = st->int32(columns - 2);
        if (names)
            e.headName = st->text(columns - 1);
        out.rows.append(std::move(e));
    }
    return out;
}

Result<QStringList> HouseholdList::hamlets()
{
    QSet<QString> codes;
    for (const char* sql :
         {"SELECT code FROM hamlets",
          "SELECT DISTINCT k1 FROM aggregates WHERE name = 'residents.by_hamlet' AND k1 != ''"}) {
        auto st = m_vault.db().prepare(QString::fromLatin1(sql));
        if (!st)
            return st.error();
        for (;;) {
            auto row = st->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            codes.insert(st->text(0));
        }
    }
    QStringList out(codes.cbegin(), codes.cend());
    QCollator collator{QLocale(QLocale::Vietnamese)};
    collator.setNumericMode(true); // "Xóm 2" before "Xóm 10"
    std::sort(out.begin(), out.end(),
              [&](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
    return out;
}

} // namespace xaso::domain
