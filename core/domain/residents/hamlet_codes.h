#pragma once
// Hamlets (thôn, xóm, tổ dân phố) have no official code, so records store a canonical spelling
// that every replica derives the same way: NFC, single spaces, each word capitalised, leading
// zeros dropped from numbers ("XÓM 01" → "Xóm 1"). A spelling that folds to a known hamlet
// ("Xom 1") resolves to that hamlet's code, so one hamlet is one dashboard row.

#include "storage/database.h"

#include <QHash>

namespace xaso::domain {

class HamletCodes
{
public:
    explicit HamletCodes(storage::Database& db) : m_db(db) {}

    static QString canonical(const QString& text);
    // The comparison key: folded canonical spelling ("xom 1").
    static QString foldKey(const QString& text);

    // Loads the hamlets already known to the vault (the hamlets table and the counters).
    Status load();
    // The code for a typed hamlet name: a known one with the same folded key, else canonical(text).
    // Empty text gives an empty code.
    QString resolve(const QString& text);
    // Records a code in the hamlets table (inside the caller's transaction).
    Status remember(const QString& code);

private:
    storage::Database& m_db;
    QHash<QString, QString> m_byKey; // fold key → code
};

} // namespace xaso::domain
