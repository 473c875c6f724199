#pragma once
// Big-endian writer and a bounds-checked reader for the sync protocol's canonical encodings
// (docs/sync-protocol.md). The reader never reads past its end and reports the offset it stopped at,
// so a decoder can name the byte at fault.

#include <QByteArray>
#include <QtEndian>

namespace xaso::sync {

class ByteWriter
{
public:
    template <typename T>
    void put(T v)
    {
        char buf[sizeof(T)];
        qToBigEndian(v, buf);
        m_out.append(buf, sizeof(T));
    }
    void raw(const QByteArray& b) { m_out.append(b); }
    void bytes16(const QByteArray& b) // u16 length + bytes
    {
        put<quint16>(quint16(b.size()));
        m_out.append(b);
    }
    void bytes32(const QByteArray& b) // u32 length + bytes
    {
        put<quint32>(quint32(b.size()));
        m_out.append(b);
    }
    qsizetype size() const { return m_out.size(); }
    QByteArray& data() { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

class ByteReader
{
public:
    explicit ByteReader(const QByteArray& b, qsizetype base = 0) : m_b(b), m_base(base) {}
    bool atEnd() const { return m_pos >= m_b.size(); }
    qsizetype remaining() const { return m_b.size() - m_pos; }
    // The offset of the next byte, counted from the start of the enclosing message.
    qsizetype offset() const { return m_base + m_pos; }
    qsizetype pos() const { return m_pos; }

    template <typename T>
    bool get(T& v)
    {
        if (remaining() < qsizetype(sizeof(T)))
            return false;
        v = qFromBigEndian<T>(m_b.constData() + m_pos);
        m_pos += qsizetype(sizeof(T));
        return true;
    }
    bool raw(qsizetype n, QByteArray& out)
    {
        if (n < 0 || remaining() < n)
            return false;
        out = m_b.mid(m_pos, n);
        m_pos += n;
        return true;
    }

private:
    const QByteArray& m_b;
    qsizetype m_base = 0;
    qsizetype m_pos = 0;
};

} // namespace xaso::sync
