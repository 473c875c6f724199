#include "domain/residents/resident_record.h"

#include "text/folding.h"
#include "text/names.h"

using namespace Qt::StringLiterals;

namespace xaso::domain::residents {
namespace {

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

// The stored columns of a record in one place: name and value, derived keys included.
QList<FieldValue> storedFields(const Resident& r)
{
    return {
        {u"old_cmnd"_s, textOrNull(r.oldCmnd)},
        {u"full_name"_s, r.fullName},
        {u"name_folded"_s, text::foldForSearch(r.fullName)},
        {u"given_name_folded"_s, givenNameFolded(r.fullName)},
        {u"birth_date"_s, dateOrNull(r.birthDate)},
        {u"birth_year"_s, r.birthYear > 0 ? QVariant(qint64(r.birthYear)) : QVariant()},
        {u"sex"_s, textOrNull(sexKey(r.sex))},
        {u"ethnicity"_s, textOrNull(r.ethnicity)},
        {u"religion"_s, textOrNull(r.religion)},
        {u"hamlet_code"_s, r.hamletCode.isEmpty() ? QStringLiteral("") : r.hamletCode},
        {u"permanent_address"_s, textOrNull(r.permanentAddress)},
        {u"current_address"_s, textOrNull(r.currentAddress)},
        {u"permanent_unit_code"_s, textOrNull(r.permanentUnitCode)},
        {u"current_unit_code"_s, textOrNull(r.currentUnitCode)},
        {u"phone"_s, textOrNull(r.phone)},
        {u"household_id"_s, textOrNull(r.householdId)},
        {u"relation_to_head"_s, textOrNull(r.relationToHead)},
        {u"verification"_s, verificationKey(r.verification)},
        {u"verification_diff"_s, textOrNull(r.verificationDiff.join(QLatin1Char(',')))},
        {u"verified_at_ms"_s, r.verifiedAtMs > 0 ? QVariant(r.verifiedAtMs) : QVariant()},
    };
}

} // namespace

const QStringList& sensitiveColumns()
{
    static const QStringList columns{u"ethnicity"_s, u"religion"_s};
    return columns;
}

QString givenNameFolded(const QString& fullName)
{
    return text::foldForSearch(text::splitVietnameseName(text::normalizeInput(fullName)).given);
}

QList<FieldValue> insertFields(const Resident& r)
{
    QList<FieldValue> fields = storedFields(r);
    fields.append({u"created_at_ms"_s, r.createdAtMs});
    return fields;
}

QList<FieldValue> changedFields(const Resident& before, const Resident& after)
{
    const QList<FieldValue> a = storedFields(before);
    const QList<FieldValue> b = storedFields(after);
    QList<FieldValue> changed;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QVariant& x = a.at(i).value;
        const QVariant& y = b.at(i).value;
        if (x.isNull() != y.isNull() || x.toString() != y.toString())
            changed.append(b.at(i));
    }
    return changed;
}

QString selectColumns(bool sensitive, const QString& alias)
{
    const QString p = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QStringList cols{u"id"_s,
                     u"old_cmnd"_s,
                     u"full_name"_s,
                     u"birth_date"_s,
                     u"birth_year"_s,
                     u"sex"_s,
                     u"ethnicity"_s,
                     u"religion"_s,
                     u"hamlet_code"_s,
                     u"permanent_address"_s,
                     u"current_address"_s,
                     u"permanent_unit_code"_s,
                     u"current_unit_code"_s,
                     u"phone"_s,
                     u"household_id"_s,
                     u"relation_to_head"_s,
                     u"verification"_s,
                     u"verification_diff"_s,
                     u"verified_at_ms"_s,
                     u"created_at_ms"_s,
                     u"row_version"_s};
    for (QString& c : cols) {
        if (!sensitive && sensitiveColumns().contains(c))
            c = u"NULL"_s;
        else
            c = p + c;
    }
    return cols.join(u", "_s);
}

Resident fromRow(const storage::Statement& st, bool sensitive)
{
    Resident r;
    r.id = st.text(0);
    r.oldCmnd = st.text(1);
    r.fullName = st.text(2);
    const QDate date = QDate::fromString(st.text(3), Qt::ISODate);
    if (date.isValid())
        r.setBirthDate(date);
    else
        r.setBirthYearOnly(st.isNull(4) ? 0 : st.int32(4));
    r.sex = sexFromKey(st.text(5));
    if (sensitive) {
        r.ethnicity = st.text(6);
        r.religion = st.text(7);
        r.sensitiveIncluded = true;
    }
    r.hamletCode = st.text(8);
    r.permanentAddress = st.text(9);
    r.currentAddress = st.text(10);
    r.permanentUnitCode = st.text(11);
    r.currentUnitCode = st.text(12);
    r.phone = st.text(13);
    r.householdId = st.text(14);
    r.relationToHead = st.text(15);
    r.verification = verificationFromKey(st.text(16)).value_or(Verification::Unverified);
    const QString diff = st.text(17);
    r.verificationDiff = diff.isEmpty() ? QStringList() : diff.split(QLatin1Char(','));
    r.verifiedAtMs = st.isNull(18) ? 0 : st.int64(18);
    r.createdAtMs = st.int64(19);
    r.rowVersion = st.int64(20);
    return r;
}

Result<std::optional<Resident>> load(storage::Database& db, const QString& id, bool includeDeleted)
{
    // Cached: làm sạch and merges load one record per row of a file.
    static const QByteArray live =
        u"SELECT %1 FROM residents WHERE id = ? AND deleted = 0"_s.arg(selectColumns(true)).toUtf8();
    static const QByteArray any = u"SELECT %1 FROM residents WHERE id = ?"_s.arg(selectColumns(true)).toUtf8();
    auto st = db.cached(includeDeleted ? any.constData() : live.constData());
    if (!st)
        return st.error();
    (*st)->bind(1, id);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    std::optional<Resident> out;
    if (*row)
        out = fromRow(**st, true);
    (*st)->reset();
    return out;
}

// The name search index (schema v10, resident_search.h). The entries with partner '' are the
// name's search tokens (schema v11 dropped the separate resident_tokens table).
NameIndexEntries nameIndexEntries(const QString& folded)
{
    NameIndexEntries out;
    const QStringList words = text::distinctWords(folded);
    if (words.isEmpty())
        return out;
    out.given = folded.mid(folded.lastIndexOf(QLatin1Char(' ')) + 1);
    QList<QByteArray> utf8;
    for (const QString& w : words) {
        out.keys.append({w, QStringLiteral("")}); // empty, not null: partner is NOT NULL
        utf8.append(w.toUtf8());
    }
    for (qsizetype i = 0; i < words.size(); ++i) {
        for (qsizetype j = i + 1; j < words.size(); ++j) {
            if (utf8.at(i) < utf8.at(j))
                out.keys.append({words.at(i), words.at(j)});
            else
                out.keys.append({words.at(j), words.at(i)});
        }
    }
    return out;
}

Status insertNameEntries(storage::Database& db, const QString& id, const QString& fullName)
{
    auto ix = db.cached("INSERT OR IGNORE INTO resident_name_index (word, partner, given, name_folded, "
                        "resident_id, full_name) "
                        "VALUES (?, ?, ?, ?, ?, ?)");
    if (!ix)
        return ix.error();
    const QString folded = text::foldForSearch(fullName);
    const NameIndexEntries entries = nameIndexEntries(folded);
    (*ix)->bind(3, entries.given).bind(4, folded).bind(5, id).bind(6, fullName);
    for (const auto& [word, partner] : entries.keys)
        XASO_TRY((*ix)->bind(1, word).bind(2, partner).exec()); // exec() keeps the other bindings
    return {};
}

Status deleteNameEntries(storage::Database& db, const QString& id, const QString& fullName)
{
    // By the whole key, entry by entry: never a scan of the index.
    auto ix = db.cached("DELETE FROM resident_name_index WHERE word = ? AND partner = ? AND given = ? AND "
                        "name_folded = ? AND resident_id = ?");
    if (!ix)
        return ix.error();
    const QString folded = text::foldForSearch(fullName);
    const NameIndexEntries entries = nameIndexEntries(folded);
    (*ix)->bind(3, entries.given).bind(4, folded).bind(5, id);
    for (const auto& [word, partner] : entries.keys)
        XASO_TRY((*ix)->bind(1, word).bind(2, partner).exec());
    return {};
}

Status replaceNameEntries(storage::Database& db, const QString& id, const QString& oldFullName,
                          const QString& newFullName)
{
    XASO_TRY(deleteNameEntries(db, id, oldFullName));
    return insertNameEntries(db, id, newFullName);
}

} // namespace xaso::domain::residents
