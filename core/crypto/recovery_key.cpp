#include "crypto/recovery_key.h"

#include <QCoreApplication>

namespace xaso::crypto {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U

int valueOf(QChar c)
{
    const char u = char(c.toUpper().unicode() < 128 ? c.toUpper().unicode() : 0);
    switch (u) {
    case 'O': return 0;
    case 'I':
    case 'L': return 1;
    default: break;
    }
    for (int i = 0; i < 32; ++i)
        if (kAlphabet[i] == u)
            return i;
    return -1;
}
} // namespace

RecoveryKey RecoveryKey::generate()
{
    RecoveryKey k;
    k.m_bytes = SecureBytes::random(kBytes);
    return k;
}

Result<RecoveryKey> RecoveryKey::parse(const QString& typed)
{
    SecureBytes raw(kBytes);
    int chars = 0;
    quint32 buffer = 0;
    int bits = 0;
    int out = 0;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const QChar c = typed.at(i);
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const int v = valueOf(c);
        if (v < 0)
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("RecoveryKey",
                                                         "Character %1 ('%2') cannot be part of a recovery key.")
                                 .arg(i + 1)
                                 .arg(c));
        if (++chars > kChars)
            break;
        buffer = (buffer << 5) | quint32(v);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            raw.data()[out++] = static_cast<unsigned char>((buffer >> bits) & 0xFF);
        }
    }
    if (chars != kChars)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("RecoveryKey",
                                                     "A recovery key has %1 characters; %2 were entered.")
                             .arg(kChars)
                             .arg(chars));
    RecoveryKey k;
    k.m_bytes = std::move(raw);
    return k;
}

QString RecoveryKey::formatted() const
{
    QString s;
    quint32 buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < m_bytes.size(); ++i) {
        buffer = (buffer << 8) | m_bytes.data()[i];
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (!s.isEmpty() && (s.size() + 1) % 5 == 0)
                s.append(QLatin1Char('-'));
            s.append(QLatin1Char(kAlphabet[(buffer >> bits) & 31]));
        }
    }
    return s;
}

} // namespace xaso::crypto
