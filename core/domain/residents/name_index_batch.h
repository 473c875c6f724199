#pragma once
// The name index entries of many new residents, written in key order (bulk import, the demo
// generator). One at a time, each resident's six or so entries land on random pages of a B-tree
// that outgrows the page cache at a few hundred thousand residents, so nearly every entry costs a
// page read, decryption, encryption and write. Sorted, a batch walks the tree once, in order.
//
// Only for residents new in the caller's transaction: the entries are not in the vault until
// flush(), so whoever reads or rewrites the name index in between must flush first
// (ResidentWriter does before any update or removal).

#include "storage/database.h"

#include <vector>

namespace xaso::domain::residents {

class NameIndexBatch
{
public:
    void add(const QString& id, const QString& fullName);
    qsizetype residents() const { return qsizetype(m_fullNames.size()) + m_oneByOne.size(); }
    // Writes the entries in key order (INSERT OR IGNORE, as insertNameEntries) and empties the batch.
    Status flush(storage::Database& db);

private:
    struct Entry
    {
        // The table's key in UTF-8, its five columns each ended by a NUL byte (word, partner,
        // given, name_folded, resident_id): bytewise order is SQLite's BINARY order of the key.
        QByteArray key;
        quint64 head; // the key's first 8 bytes, big-endian: most comparisons end here
        quint32 name; // index into m_fullNames
        quint16 ends[5]; // where each column's NUL byte is
    };
    std::vector<QByteArray> m_fullNames; // UTF-8
    std::vector<Entry> m_entries;
    QList<std::pair<QString, QString>> m_oneByOne; // (id, full name) of a name too odd to key here
};

} // namespace xaso::domain::residents
