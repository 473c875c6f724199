#include "domain/residents/name_index_batch.h"

#include "domain/residents/resident_record.h"
#include "text/folding.h"

#include <algorithm>

namespace xaso::domain::residents {

void NameIndexBatch::add(const QString& id, const QString& fullName)
{
    const QString folded = text::foldForSearch(fullName);
    const NameIndexEntries entries = nameIndexEntries(folded);
    // The key's last three columns are the same in each entry of this name.
    QByteArray tail = entries.given.toUtf8();
    tail += '\0';
    tail += folded.toUtf8();
    tail += '\0';
    tail += id.toUtf8();
    tail += '\0';
    if (tail.size() > 20000 || tail.count('\0') != 3) {
        m_oneByOne.append({id, fullName}); // no name the validator passes; written as it is at flush
        return;
    }
    const auto name = quint32(m_fullNames.size());
    m_fullNames.push_back(fullName.toUtf8());
    for (const auto& [word, partner] : entries.keys) {
        Entry e{word.toUtf8(), 0, name, {}};
        e.key += '\0';
        e.key += partner.toUtf8();
        e.key += '\0';
        e.key += tail;
        for (int i = 0; i < 8; ++i)
            e.head = (e.head << 8) | (i < e.key.size() ? quint8(e.key.at(i)) : 0u);
        int column = 0;
        for (qsizetype i = 0; i < e.key.size(); ++i) {
            if (e.key.at(i) == '\0' && column < 5)
                e.ends[column++] = quint16(i);
        }
        m_entries.push_back(std::move(e));
    }
}

Status NameIndexBatch::flush(storage::Database& db)
{
    for (const auto& [id, fullName] : std::as_const(m_oneByOne))
        XASO_TRY(insertNameEntries(db, id, fullName));
    m_oneByOne.clear();
    if (m_entries.empty()) {
        m_fullNames.clear();
        return {};
    }
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) {
        return a.head != b.head ? a.head < b.head : a.key < b.key;
    });
    auto ix = db.cached("INSERT OR IGNORE INTO resident_name_index (word, partner, given, name_folded, "
                        "resident_id, full_name) VALUES (?, ?, ?, ?, ?, ?)");
    if (!ix)
        return ix.error();
    for (const Entry& e : m_entries) {
        const QByteArrayView key(e.key);
        qsizetype from = 0;
        for (int column = 0; column < 5; ++column) {
            (*ix)->bindText(column + 1, key.sliced(from, e.ends[column] - from));
            from = e.ends[column] + 1;
        }
        XASO_TRY((*ix)->bindText(6, m_fullNames[e.name]).exec());
    }
    m_entries.clear();
    m_fullNames.clear();
    return {};
}

} // namespace xaso::domain::residents
