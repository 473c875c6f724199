#pragma once
// The register of certified copies (model 4). Needs the "certified_copies" grant of roles.json.
//
// Numbering: certify() allocates the sequence as max + 1 over every entry of the (year, book) —
// deleted ones included, so a number is never given twice — inside a BEGIN IMMEDIATE transaction
// (storage::Transaction), which holds the vault's write lock from the read of the maximum to the
// commit: two officers certifying at the same moment on two connections to one vault get
// consecutive numbers. UNIQUE (year, book_number, sequence) is the backstop.
// Across devices: each device keeps its own book (book_number set per device), so sequences that
// two laptops allocate offline never collide when they sync later; the register is one book per
// device and year.
//
// The scan is sealed by SealedFileStore in the same transaction as the entry. Counters:
// records.added_week and records.verification with k1 = 'certified_copies'.

#include "domain/copies/certified_copy.h"
#include "domain/copies/sealed_file_store.h"
#include "domain/import/typed_repository.h"

namespace xaso::domain {

struct ScanFile
{
    QString name;
    QString mime;
    QByteArray bytes;
};

class CertifiedCopyRepository
{
public:
    CertifiedCopyRepository(storage::Vault& vault, const RoleCatalog& roles);

    static TableSpec tableSpec();
    KindAccess& access() { return m_access; }

    // Certifies today (Vietnam time, from the vault's clock): allocates the next number in
    // draft.bookNumber for this year, seals the scan, and saves. Returns the saved entry.
    Result<CertifiedCopy> certify(CertifiedCopy draft, const std::optional<ScanFile>& scan = std::nullopt);
    // The number the next certification in that book and year would get (for display only).
    Result<int> nextSequence(int year, const QString& book);

    // The number, date and scan of an entry are fixed; other fields may be corrected.
    Result<SaveOutcome> update(const CertifiedCopy& original, const CertifiedCopy& edited)
    {
        return m_records.update(original, edited, false);
    }
    Status remove(const QString& id) { return m_records.remove(id); }
    Result<CertifiedCopy> get(const QString& id) { return m_records.get(id); }
    // Newest first; ListQuery::category filters on the book number, search on the requester's name.
    Result<Page<CertifiedCopy>> list(const ListQuery& query) { return m_records.list(query); }
    Status setVerification(const QString& id, Verification state, const QStringList& differingFields = {})
    {
        return m_records.setVerification(id, state, differingFields);
    }
    Status rebuildAggregates() { return m_records.rebuildAggregates(); }
    RecordTable& table() { return m_records.table(); } // counters of rows written by sync

    // The scan of an entry, after checking its seal and hash (Tampered when altered).
    Result<QByteArray> openScan(const QString& copyId);

    // For the importer (entries of an existing register, with their numbers), inside its transaction.
    Validation prepare(CertifiedCopy& c);
    // Conflict when the number is in the register already.
    Status insertPrepared(RecordWriter& writer, CertifiedCopy& c);

private:
    Result<int> allocate(int year, const QString& book);

    storage::Vault& m_vault;
    KindAccess m_access;
    TypedRepository<CertifiedCopy> m_records;
    SealedFileStore m_files;
};

} // namespace xaso::domain
