#include "domain/copies/certified_copy_repository.h"

#include <QCoreApplication>

namespace xaso::domain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CertifiedCopyRepository", text);
}

} // namespace

TableSpec CertifiedCopyRepository::tableSpec()
{
    TableSpec spec;
    spec.kind = QString(RecordKind::CertifiedCopies);
    spec.table = copies::kTable;
    spec.columns = copies::columns();
    spec.sortColumn = QStringLiteral("register_key");
    spec.descending = true;
    spec.searchColumn = QStringLiteral("name_key");
    spec.categoryColumn = QStringLiteral("book_number");
    return spec;
}

CertifiedCopyRepository::CertifiedCopyRepository(storage::Vault& vault, const RoleCatalog& roles)
    : m_vault(vault), m_access(vault, roles, QString(RecordKind::CertifiedCopies)),
      m_records(vault, m_access, tableSpec(),
                RecordCodec<CertifiedCopy>{copies::toFields,
                                           copies::fromRow,
                                           [this](CertifiedCopy& c) { return prepare(c); },
                                           copies::fixedColumns(),
                                           {}}),
      m_files(vault)
{
}

Validation CertifiedCopyRepository::prepare(CertifiedCopy& c)
{
    copies::normalise(c);
    return copies::validate(c, vietnamToday(m_vault.clock()), false);
}

Result<int> CertifiedCopyRepository::allocate(int year, const QString& book)
{
    // Tombstones count: a deleted entry's number stays used.
    auto st = m_vault.db().cached(
        "SELECT COALESCE(MAX(sequence), 0) + 1 FROM certified_copies WHERE year = ? AND book_number = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, qint64(year)).bind(2, book);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    const int next = int((*st)->int64(0));
    (*st)->reset();
    return next;
}

Result<int> CertifiedCopyRepository::nextSequence(int year, const QString& book)
{
    XASO_TRY(m_access.checkRead());
    return allocate(year, book.trimmed());
}

Result<CertifiedCopy> CertifiedCopyRepository::certify(CertifiedCopy c, const std::optional<ScanFile>& scan)
{
    XASO_TRY(m_access.checkWrite());
    c.meta = {};
    c.fileId.clear();
    c.fileHash.clear();
    const QDate today = vietnamToday(m_vault.clock());
    c.certifiedOn = today;
    c.year = today.year();
    copies::normalise(c);
    c.sequence = 1; // checked below with the real number; lets validation run before the lock
    Validation v = copies::validate(c, today, true);
    if (!v.ok())
        return v.toError();

    // BEGIN IMMEDIATE: from here to the commit no other connection can write, so max + 1 is ours.
    auto tx = storage::Transaction::begin(m_vault.db());
    if (!tx)
        return tx.error();
    auto next = allocate(c.year, c.bookNumber);
    if (!next)
        return next.error();
    c.sequence = *next;
    c.numberText = copies::numberText(c.sequence, c.year, c.typeSymbol);
    if (scan) {
        auto sealed = m_files.store(scan->name, scan->mime, scan->bytes);
        if (!sealed)
            return sealed.error();
        c.fileId = sealed->id;
        c.fileHash = sealed->id; // the id is the hex of the plaintext's BLAKE2b-256
    }
    RecordWriter writer(m_vault);
    XASO_TRY(m_records.insertPrepared(writer, c));
    XASO_TRY(tx->commit());
    return c;
}

Status CertifiedCopyRepository::insertPrepared(RecordWriter& writer, CertifiedCopy& c)
{
    auto st = m_vault.db().cached(
        "SELECT 1 FROM certified_copies WHERE year = ? AND book_number = ? AND sequence = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, qint64(c.year)).bind(2, c.bookNumber).bind(3, qint64(c.sequence));
    auto found = (*st)->step();
    if (!found)
        return found.error();
    (*st)->reset();
    if (*found)
        return makeError(
            ErrorCode::Conflict,
            tr("Number %1 of book %2 is in the register already.").arg(c.numberText, c.bookNumber));
    return m_records.insertPrepared(writer, c);
}

Result<QByteArray> CertifiedCopyRepository::openScan(const QString& copyId)
{
    auto copy = m_records.get(copyId);
    if (!copy)
        return copy.error();
    if (copy->fileId.isEmpty())
        return makeError(ErrorCode::NotFound, tr("Certified copy %1 has no scan.").arg(copy->numberText));
    auto plain = m_files.read(copy->fileId);
    if (!plain)
        return plain.error();
    if (QString::fromLatin1(crypto::hash(*plain).toHex()) != copy->fileHash)
        return makeError(ErrorCode::Tampered,
                         tr("The scan of certified copy %1 does not match the hash in the "
                            "register.")
                             .arg(copy->numberText));
    return plain;
}

} // namespace xaso::domain
