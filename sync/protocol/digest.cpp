#include "protocol/digest.h"

#include "protocol/byte_io.h"
#include "protocol/value_codec.h"

#include <sodium.h>

namespace xaso::sync {

struct DigestBuilder::State
{
    crypto_generichash_state hash;
};

DigestBuilder::DigestBuilder() : m_state(std::make_unique<State>())
{
    crypto_generichash_init(&m_state->hash, nullptr, 0, 32);
}

DigestBuilder::~DigestBuilder() = default;

void DigestBuilder::add(const QString& recordKey, const QString& field, const QVariant& value)
{
    ByteWriter w;
    w.bytes32(recordKey.toUtf8());
    w.bytes32(field.toUtf8());
    w.bytes32(digestForm(value));
    const QByteArray& b = w.data();
    crypto_generichash_update(&m_state->hash, reinterpret_cast<const unsigned char*>(b.constData()),
                              quint64(b.size()));
    ++m_entries;
}

QString DigestBuilder::finish()
{
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash_final(&m_state->hash, reinterpret_cast<unsigned char*>(out.data()), 32);
    return QString::fromLatin1(out.toHex());
}

Result<TableDigest> fieldStateDigest(storage::Database& db, const QString& table)
{
    auto st = db.cached("SELECT record_key, field, device_id, hlc, value FROM sync_field_state WHERE tbl = ? "
                        "ORDER BY record_key, field");
    if (!st)
        return st.error();
    (*st)->bind(1, table);
    DigestBuilder builder;
    QString key, field, bestDevice;
    qint64 bestHlc = -1;
    QByteArray bestValue;
    auto flush = [&]() -> Status {
        if (bestHlc < 0)
            return {};
        auto v = decodeValue(bestValue);
        if (!v)
            return v.error();
        builder.add(key, field, *v);
        bestHlc = -1;
        return {};
    };
    while (true) {
        auto row = (*st)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString k = (*st)->text(0), f = (*st)->text(1), device = (*st)->text(2);
        const qint64 hlc = (*st)->int64(3);
        if (k != key || f != field) {
            XASO_TRY(flush());
            key = k;
            field = f;
        }
        if (hlc > bestHlc || (hlc == bestHlc && device > bestDevice)) {
            bestHlc = hlc;
            bestDevice = device;
            bestValue = (*st)->blob(4);
        }
    }
    XASO_TRY(flush());
    TableDigest d;
    d.table = table;
    d.entries = builder.entries();
    d.digest = builder.finish();
    return d;
}

} // namespace xaso::sync
