#include "domain/changes/field_codec.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <vector>

namespace xaso::domain {

namespace {

template <typename T>
void put(QByteArray& out, T v)
{
    char buf[sizeof(T)];
    qToBigEndian(v, buf);
    out.append(buf, sizeof(T));
}

void putBytes(QByteArray& out, const QByteArray& b)
{
    put<quint32>(out, quint32(b.size()));
    out.append(b);
}

class Reader
{
public:
    explicit Reader(const QByteArray& b) : m_b(b) {}
    bool atEnd() const { return m_pos >= m_b.size(); }
    qsizetype pos() const { return m_pos; }
    template <typename T>
    bool get(T& v)
    {
        if (m_b.size() - m_pos < qsizetype(sizeof(T)))
            return false;
        v = qFromBigEndian<T>(m_b.constData() + m_pos);
        m_pos += qsizetype(sizeof(T));
        return true;
    }
    bool bytes(qsizetype n, QByteArray& out)
    {
        if (n < 0 || m_b.size() - m_pos < n)
            return false;
        out = m_b.mid(m_pos, n);
        m_pos += n;
        return true;
    }

private:
    const QByteArray& m_b;
    qsizetype m_pos = 0;
};

} // namespace

QByteArray encodeFields(const QList<FieldValue>& fields)
{
    // Sorted through an index (every record written passes here: no copies of the values).
    std::vector<qsizetype> order(size_t(fields.size()));
    for (qsizetype i = 0; i < fields.size(); ++i)
        order[size_t(i)] = i;
    std::sort(order.begin(), order.end(),
              [&fields](qsizetype a, qsizetype b) { return fields.at(a).name < fields.at(b).name; });
    QByteArray out;
    out.reserve(fields.size() * 32);
    for (const qsizetype i : order) {
        const FieldValue& f = fields.at(i);
        const QByteArray name = f.name.toUtf8();
        put<quint16>(out, quint16(name.size()));
        out.append(name);
        const QVariant& v = f.value;
        const int type = v.typeId();
        // Statement::bind stores a null QString or QByteArray as SQL NULL; log it the same way, so
        // the outbox says exactly what the row holds (Qt 6's QVariant::isNull() does not look inside).
        const bool null = v.isNull() || (type == QMetaType::QString && v.toString().isNull()) ||
                          (type == QMetaType::QByteArray && v.toByteArray().isNull());
        if (null) {
            out.append(char(0));
        } else if (type == QMetaType::Double) {
            out.append(char(2));
            const double d = v.toDouble();
            quint64 bits = 0;
            std::memcpy(&bits, &d, sizeof bits);
            put<quint64>(out, bits);
        } else if (type == QMetaType::QByteArray) {
            out.append(char(4));
            putBytes(out, v.toByteArray());
        } else if (type == QMetaType::QString) {
            out.append(char(3));
            putBytes(out, v.toString().toUtf8());
        } else {
            out.append(char(1));
            put<qint64>(out, v.toLongLong());
        }
        put<quint32>(out, f.baseVersion);
    }
    return out;
}

Result<QList<FieldValue>> decodeFields(const QByteArray& bytes)
{
    QList<FieldValue> fields;
    Reader r(bytes);
    auto bad = [&r](const char* what) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("FieldCodec", "Malformed change at byte %1: %2")
                             .arg(r.pos())
                             .arg(QCoreApplication::translate("FieldCodec", what)));
    };
    while (!r.atEnd()) {
        FieldValue f;
        quint16 nameLen = 0;
        QByteArray name;
        quint8 type = 0;
        if (!r.get(nameLen) || !r.bytes(nameLen, name) || nameLen == 0)
            return bad("field name truncated or empty");
        f.name = QString::fromUtf8(name);
        if (!r.get(type))
            return bad("value type missing");
        switch (type) {
        case 0: break;
        case 1: {
            qint64 v = 0;
            if (!r.get(v))
                return bad("integer truncated");
            f.value = v;
            break;
        }
        case 2: {
            quint64 bits = 0;
            if (!r.get(bits))
                return bad("number truncated");
            double d = 0;
            std::memcpy(&d, &bits, sizeof d);
            f.value = d;
            break;
        }
        case 3:
        case 4: {
            quint32 len = 0;
            QByteArray data;
            if (!r.get(len) || !r.bytes(qsizetype(len), data))
                return bad("text or bytes truncated");
            f.value = type == 3 ? QVariant(QString::fromUtf8(data)) : QVariant(data);
            break;
        }
        default: return bad("unknown value type");
        }
        if (!r.get(f.baseVersion))
            return bad("base version truncated");
        fields.append(f);
    }
    return fields;
}

} // namespace xaso::domain
