// Scans sealed inside the vault: a round trip, content addressing, and a changed byte refused.
#include "crypto/crypto.h"
#include "domain/copies/certified_copy_repository.h"
#include "vault_fixture.h"

#include <QTest>

using namespace xaso;
using namespace xaso::domain;

namespace {

QByteArray fakeScan(int size)
{
    QByteArray b("%PDF-1.4\n");
    while (b.size() < size)
        b.append(char('A' + b.size() % 26));
    return b;
}

CertifiedCopy draft()
{
    CertifiedCopy c;
    c.bookNumber = QStringLiteral("01");
    c.certifierName = QStringLiteral("Nguyễn Văn Hùng");
    c.certifierTitle = QStringLiteral("Chủ tịch");
    c.agency = QStringLiteral("UBND xã Hưng Đông");
    c.originalDocType = QStringLiteral("Bằng tốt nghiệp");
    c.pageCount = 2;
    return c;
}

} // namespace

class TestSealedFiles final : public QObject
{
    Q_OBJECT
private:
    std::optional<RoleCatalog> m_roles;

private slots:
    void initTestCase()
    {
        QVERIFY(crypto::initializeCrypto().ok());
        m_roles = *RoleCatalog::load();
    }

    void scanRoundTrips()
    {
        test::TempVault tv({QStringLiteral("tu_phap_ho_tich")});
        CertifiedCopyRepository repo(*tv.vault, *m_roles);
        const QByteArray scan = fakeScan(200 * 1024);
        auto copy = repo.certify(
            draft(), ScanFile{QStringLiteral("bang.pdf"), QStringLiteral("application/pdf"), scan});
        QVERIFY2(copy.ok(), qPrintable(copy.message()));
        QCOMPARE(copy->fileHash, QString::fromLatin1(crypto::hash(scan).toHex()));
        QCOMPARE(copy->fileId, copy->fileHash);
        auto back = repo.openScan(copy->meta.id);
        QVERIFY2(back.ok(), qPrintable(back.message()));
        QCOMPARE(*back, scan);
        // Sealed, not stored in clear inside the vault.
        auto blob = tv.vault->db().scalar(QStringLiteral("SELECT sealed FROM sealed_files"));
        QVERIFY(!blob->toByteArray().contains(scan.left(64)));
        QCOMPARE(blob->toByteArray().size(), scan.size() + crypto::kNonceBytes + crypto::kTagBytes);

        SealedFileStore store(*tv.vault);
        auto info = store.info(copy->fileId);
        QCOMPARE(info->name, QStringLiteral("bang.pdf"));
        QCOMPARE(info->size, qint64(scan.size()));

        // The same scan certified again is stored once.
        QVERIFY(repo.certify(draft(), ScanFile{QStringLiteral("lan2.pdf"), {}, scan}).ok());
        QCOMPARE(tv.vault->db().scalar(QStringLiteral("SELECT count(*) FROM sealed_files"))->toInt(), 1);

        // Another connection to the vault (another officer) opens it with the same derived key.
        auto other = storage::Vault::open(tv.path, test::kPassword, tv.clock);
        QVERIFY(other.ok());
        CertifiedCopyRepository otherRepo(**other, *m_roles);
        QCOMPARE(*otherRepo.openScan(copy->meta.id), scan);
    }

    void flippedByteIsRefused_data()
    {
        QTest::addColumn<int>("offset"); // from the start of the sealed blob; -1 = the last byte (tag)
        QTest::newRow("nonce") << 3;
        QTest::newRow("ciphertext") << 100;
        QTest::newRow("tag") << -1;
    }
    void flippedByteIsRefused()
    {
        QFETCH(int, offset);
        test::TempVault tv({QStringLiteral("tu_phap_ho_tich")});
        CertifiedCopyRepository repo(*tv.vault, *m_roles);
        auto copy = repo.certify(
            draft(), ScanFile{QStringLiteral("scan.pdf"), QStringLiteral("application/pdf"), fakeScan(4096)});
        QVERIFY(copy.ok());
        QByteArray sealed =
            tv.vault->db().scalar(QStringLiteral("SELECT sealed FROM sealed_files"))->toByteArray();
        const qsizetype at = offset < 0 ? sealed.size() - 1 : offset;
        sealed[at] = char(sealed.at(at) ^ 0x01);
        auto st = tv.vault->db().prepare(QStringLiteral("UPDATE sealed_files SET sealed = ?"));
        QVERIFY(st->bind(1, sealed).exec().ok());
        auto back = repo.openScan(copy->meta.id);
        QCOMPARE(back.code(), ErrorCode::Tampered);
        QVERIFY2(back.message().contains(QStringLiteral("“scan.pdf” has been altered")),
                 qPrintable(back.message()));
    }

    void recordedHashMustMatch()
    {
        test::TempVault tv({QStringLiteral("tu_phap_ho_tich")});
        SealedFileStore store(*tv.vault);
        auto tx = storage::Transaction::begin(tv.vault->db());
        QVERIFY(tx.ok());
        auto info = store.store(QStringLiteral("a.png"), QStringLiteral("image/png"), fakeScan(1000));
        QVERIFY(info.ok());
        QVERIFY(tx->commit().ok());
        QVERIFY(store.read(info->id).ok());
        auto st = tv.vault->db().prepare(QStringLiteral("UPDATE sealed_files SET hash = ?"));
        QVERIFY(st->bind(1, crypto::hash(QByteArrayLiteral("other"))).exec().ok());
        QCOMPARE(store.read(info->id).code(), ErrorCode::Tampered);
        QCOMPARE(store.read(QString(64, QLatin1Char('0'))).code(), ErrorCode::NotFound);
    }

    void storeNeedsTheRecordsTransaction()
    {
        test::TempVault tv({QStringLiteral("tu_phap_ho_tich")});
        SealedFileStore store(*tv.vault);
        QCOMPARE(store.store(QStringLiteral("a"), {}, QByteArrayLiteral("x")).code(), ErrorCode::Internal);
        auto tx = storage::Transaction::begin(tv.vault->db());
        QCOMPARE(store.store(QStringLiteral("empty.pdf"), {}, QByteArray()).code(),
                 ErrorCode::InvalidArgument);
    }

    void subKeysDependOnTheContext()
    {
        test::TempVault tv;
        const crypto::SecureBytes a = tv.vault->deriveSubKey(QByteArrayLiteral("a"));
        const crypto::SecureBytes b = tv.vault->deriveSubKey(QByteArrayLiteral("b"));
        QCOMPARE(a.size(), std::size_t(32));
        QVERIFY(!a.equals(b));
        QVERIFY(a.equals(tv.vault->deriveSubKey(QByteArrayLiteral("a"))));
        tv.vault->lock();
        QVERIFY(tv.vault->deriveSubKey(QByteArrayLiteral("a")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSealedFiles)
#include "tst_sealed_files.moc"
