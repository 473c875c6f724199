// The canonical encodings: round trips, and a strict decoder that names the byte at fault and lets
// no altered batch through (structure, chain or signature).

#include "crypto/crypto.h"
#include "domain/changes/field_codec.h"
#include "protocol/batch.h"
#include "protocol/pull_page.h"

#include <QTest>

using namespace xaso;
using namespace xaso::sync;

class TestProtocol : public QObject
{
    Q_OBJECT

private:
    crypto::SigningKeyPair m_keys;
    QString m_device = QStringLiteral("0123456789abcdef0123456789abcdef");

    QList<ChangeRecord> changes() const
    {
        const QByteArray fields = domain::encodeFields(
            {{QStringLiteral("title"), QStringLiteral("Hộ ông Nguyễn Văn Dũng"), 0}, {QStringLiteral("amount"), qint64(540000), 1}});
        return {ChangeRecord{5, 2, (qint64(1764000000000) << 16), 17, ChangeOp::Insert, QStringLiteral("notes"),
                             QStringLiteral("a1"), fields},
                ChangeRecord{6, 2, (qint64(1764000000000) << 16) + 1, 17, ChangeOp::Delete, QStringLiteral("notes"),
                             QStringLiteral("a0"), {}}};
    }
    QByteArray batch(quint16 flags = 0) const
    {
        BatchHeader h;
        h.flags = flags;
        h.deviceId = m_device;
        h.schemaVersion = 8;
        h.epoch = 42;
        h.prevChainHash = genesisChainHash(m_device);
        return encodeBatch(h, changes(), m_keys.secretKey);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(crypto::initializeCrypto().ok());
        m_keys = crypto::SigningKeyPair::generate();
    }

    void roundTrip()
    {
        auto b = decodeBatch(batch(kFlagTransactionContinues));
        QVERIFY2(b.ok(), qPrintable(b.message()));
        QCOMPARE(b->header.deviceId, m_device);
        QCOMPARE(b->header.firstSeq, 5);
        QCOMPARE(b->header.lastSeq, 6);
        QCOMPARE(b->header.epoch, quint64(42));
        QCOMPARE(b->header.flags, kFlagTransactionContinues);
        QCOMPARE(b->changes, changes());
        QVERIFY(verifyBatchSignature(*b, m_keys.publicKey).ok());
        // The chain: h1 = H(prev ‖ change 1), h2 = H(h1 ‖ change 2).
        const QByteArray h1 = chainStep(genesisChainHash(m_device), encodeChange(changes().at(0)));
        QCOMPARE(b->chainHashes.at(0), h1);
        QCOMPARE(b->chainHashes.at(1), chainStep(h1, encodeChange(changes().at(1))));
    }

    void encodingIsCanonical()
    {
        // Same content → same bytes (up to the signature, which libsodium makes deterministic too).
        QCOMPARE(batch(), batch());
    }

    void tamperedIsRefused_data()
    {
        QTest::addColumn<int>("offset"); // negative: from the end
        QTest::addColumn<bool>("structural"); // refused by the decoder (else by the signature check)
        QTest::newRow("magic") << 0 << true;
        QTest::newRow("version") << 5 << true;
        QTest::newRow("device id") << 8 << false;
        QTest::newRow("first seq") << 31 << true;
        QTest::newRow("schema") << 43 << false;
        QTest::newRow("epoch") << 51 << false;
        QTest::newRow("prev chain") << 60 << true;
        QTest::newRow("change count") << 87 << true;
        QTest::newRow("change length") << 91 << true;
        QTest::newRow("change seq") << 99 << true;
        QTest::newRow("change hlc") << 115 << true;
        QTest::newRow("field value") << 200 << true;
        QTest::newRow("last chain hash") << -70 << true;
        QTest::newRow("signature") << -1 << false;
    }

    void tamperedIsRefused()
    {
        QFETCH(int, offset);
        QFETCH(bool, structural);
        QByteArray bytes = batch();
        const int at = offset < 0 ? int(bytes.size()) + offset : offset;
        QVERIFY(at < bytes.size());
        bytes[at] = char(bytes.at(at) ^ 0x01);
        auto b = decodeBatch(bytes);
        if (structural) {
            // Either the decoder or the chain refuses; never accepted.
            if (b.ok()) {
                QVERIFY(!verifyBatchSignature(*b, m_keys.publicKey).ok());
            } else {
                QVERIFY2(b.message().contains(QStringLiteral("byte")) || b.code() != ErrorCode::InvalidArgument,
                         qPrintable(b.message()));
            }
        } else {
            QVERIFY2(b.ok(), qPrintable(b.message()));
            auto s = verifyBatchSignature(*b, m_keys.publicKey);
            QVERIFY(!s.ok());
            QCOMPARE(s.code(), ErrorCode::Tampered);
        }
    }

    void everyFlippedByteIsCaught()
    {
        const QByteArray good = batch();
        for (int i = 0; i < good.size(); ++i) {
            QByteArray bytes = good;
            bytes[i] = char(bytes.at(i) ^ 0x80);
            auto b = decodeBatch(bytes);
            QVERIFY2(!b.ok() || !verifyBatchSignature(*b, m_keys.publicKey).ok(), qPrintable(QString::number(i)));
        }
    }

    void truncatedNamesTheByte()
    {
        const QByteArray good = batch();
        for (int n : {0, 10, 87, 100, int(good.size()) - 65, int(good.size()) - 1}) {
            auto b = decodeBatch(good.left(n));
            QVERIFY2(!b.ok() || !verifyBatchSignature(*b, m_keys.publicKey).ok(), qPrintable(QString::number(n)));
        }
        auto b = decodeBatch(good.left(120));
        QVERIFY(!b.ok());
        QVERIFY2(b.message().contains(QStringLiteral("at byte")), qPrintable(b.message()));
        QVERIFY(!decodeBatch(good + QByteArray(1, 'x')).ok()); // trailing garbage breaks the signature slot
    }

    void otherDevicesKeyFails()
    {
        auto b = decodeBatch(batch());
        QVERIFY(b.ok());
        QVERIFY(!verifyBatchSignature(*b, crypto::SigningKeyPair::generate().publicKey).ok());
    }

    void newerProtocolIsUpgradeRequired()
    {
        QByteArray bytes = batch();
        bytes[5] = 2;
        auto b = decodeBatch(bytes);
        QVERIFY(!b.ok());
        QCOMPARE(b.code(), ErrorCode::NewerFormat);
    }

    void changeDecoderIsStrict_data()
    {
        QTest::addColumn<QByteArray>("fields");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("why");
        const QByteArray a = domain::encodeFields({{QStringLiteral("a"), qint64(1), 0}});
        const QByteArray b = domain::encodeFields({{QStringLiteral("b"), qint64(1), 0}});
        QTest::newRow("out of order") << (b + a) << QStringLiteral("notes") << QStringLiteral("out of order");
        QTest::newRow("repeated") << (a + a) << QStringLiteral("notes") << QStringLiteral("repeated");
        QTest::newRow("reserved column")
            << domain::encodeFields({{QStringLiteral("row_version"), qint64(1), 0}}) << QStringLiteral("notes")
            << QStringLiteral("may set");
        QTest::newRow("bad table") << a << QStringLiteral("notes; DROP") << QStringLiteral("table name");
        QTest::newRow("bad field bytes") << QByteArray("\x00\x01" "a\x09", 4) << QStringLiteral("notes")
                                         << QStringLiteral("Malformed");
    }

    void changeDecoderIsStrict()
    {
        QFETCH(QByteArray, fields);
        QFETCH(QString, table);
        QFETCH(QString, why);
        const ChangeRecord c{1, 1, 1 << 16, 0, ChangeOp::Update, table, QStringLiteral("k"), fields};
        auto d = decodeChange(encodeChange(c));
        QVERIFY(!d.ok());
        QVERIFY2(d.message().contains(why), qPrintable(d.message()));
    }

    void pullPageRoundTrip()
    {
        PullPage page;
        page.epoch = 9;
        page.nextAfter = 120;
        page.more = true;
        page.changes = {{100, m_device, changes().at(0)}, {118, m_device, changes().at(1)}};
        const QByteArray bytes = encodePullPage(page);
        auto back = decodePullPage(bytes);
        QVERIFY2(back.ok(), qPrintable(back.message()));
        QCOMPARE(back->epoch, quint64(9));
        QCOMPARE(back->nextAfter, 120);
        QVERIFY(back->more);
        QCOMPARE(back->changes.size(), 2);
        QCOMPARE(back->changes.at(1).serverSeq, 118);
        QCOMPARE(back->changes.at(1).change, changes().at(1));
        for (int n = 0; n < bytes.size(); n += 7)
            QVERIFY(!decodePullPage(bytes.left(n)).ok());
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
