#include "io/text_decoder.h"

#include <QCoreApplication>

namespace xaso::io {

EncodingGuess detectEncoding(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return {TextEncoding::Utf8, 3};
    if (head.startsWith("\xFF\xFE"))
        return {TextEncoding::Utf16Le, 2};
    if (head.startsWith("\xFE\xFF"))
        return {TextEncoding::Utf16Be, 2};

    // No BOM: in UTF-16 text that is mostly ASCII (digits, separators, Latin letters of Vietnamese
    // names) every other byte is NUL, on the odd side for LE and the even side for BE. UTF-8 text
    // never contains NUL, so a modest share is already conclusive.
    const qsizetype pairs = qMin<qsizetype>(head.size(), 4096) / 2;
    if (pairs == 0)
        return {};
    qsizetype evenNul = 0;
    qsizetype oddNul = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenNul += head[2 * i] == '\0';
        oddNul += head[2 * i + 1] == '\0';
    }
    if (oddNul * 10 >= pairs * 3 && evenNul * 4 < oddNul)
        return {TextEncoding::Utf16Le, 0};
    if (evenNul * 10 >= pairs * 3 && oddNul * 4 < evenNul)
        return {TextEncoding::Utf16Be, 0};
    return {};
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16Le:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16Be:
        return QStringLiteral("UTF-16BE");
    }
    return {};
}

void StreamDecoder::reset(TextEncoding encoding, qint64 startOffset)
{
    m_encoding = encoding;
    m_offset = startOffset;
    m_pending.clear();
    m_line = 1;
    m_afterCr = false;
}

Status StreamDecoder::decode(QByteArrayView bytes, QString& out, bool last)
{
    if (m_encoding == TextEncoding::Utf8)
        return decodeUtf8(bytes, out, last);
    return decodeUtf16(bytes, out, last);
}

// Lines end at LF, CRLF or a lone CR (old Mac exports), matching how CsvReader counts them.
void StreamDecoder::countLineBreak(uchar byte)
{
    if (byte == '\n') {
        if (!m_afterCr)
            ++m_line;
        m_afterCr = false;
    } else if (byte == '\r') {
        ++m_line;
        m_afterCr = true;
    } else {
        m_afterCr = false;
    }
}

Status StreamDecoder::decodeUtf8(QByteArrayView bytes, QString& out, bool last)
{
    QByteArray joined;
    if (!m_pending.isEmpty()) {
        joined = m_pending + bytes.toByteArray();
        bytes = joined;
    }
    m_pending.clear();

    const auto* p = reinterpret_cast<const uchar*>(bytes.data());
    const qsizetype n = bytes.size();
    const qsizetype start = out.size();
    out.resize(start + n); // UTF-16 never needs more code units than UTF-8 has bytes
    QChar* dst = out.data() + start;
    qsizetype i = 0;
    while (i < n) {
        const uchar b = p[i];
        if (b < 0x80) {
            if (b == '\n' || b == '\r')
                countLineBreak(b);
            else
                m_afterCr = false;
            *dst++ = QChar(char16_t(b));
            ++i;
            continue;
        }
        m_afterCr = false;
        int len = 0;
        char32_t cp = 0;
        if (b >= 0xC2 && b <= 0xDF) {
            len = 2;
            cp = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            len = 3;
            cp = b & 0x0F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            len = 4;
            cp = b & 0x07;
        } else {
            return utf8Error(m_offset + i, b, false);
        }
        const qsizetype avail = qMin<qsizetype>(len, n - i);
        for (qsizetype k = 1; k < avail; ++k) {
            const uchar c = p[i + k];
            if ((c & 0xC0) != 0x80)
                return utf8Error(m_offset + i, b, false);
            cp = (cp << 6) | (c & 0x3F);
        }
        if (avail < len) {
            if (last)
                return utf8Error(m_offset + i, b, true);
            m_pending = QByteArray(reinterpret_cast<const char*>(p + i), n - i);
            break;
        }
        const bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return utf8Error(m_offset + i, b, false);
        if (cp >= 0x10000) {
            *dst++ = QChar(QChar::highSurrogate(cp));
            *dst++ = QChar(QChar::lowSurrogate(cp));
        } else {
            *dst++ = QChar(char16_t(cp));
        }
        i += len;
    }
    out.truncate(dst - out.constData());
    m_offset += i;
    return {};
}

Status StreamDecoder::decodeUtf16(QByteArrayView bytes, QString& out, bool last)
{
    QByteArray joined;
    if (!m_pending.isEmpty()) {
        joined = m_pending + bytes.toByteArray();
        bytes = joined;
    }
    m_pending.clear();

    const auto* p = reinterpret_cast<const uchar*>(bytes.data());
    const qsizetype n = bytes.size();
    const bool le = m_encoding == TextEncoding::Utf16Le;
    auto unitAt = [&](qsizetype i) -> char16_t {
        return le ? char16_t(p[i] | (p[i + 1] << 8)) : char16_t((p[i] << 8) | p[i + 1]);
    };
    out.reserve(out.size() + n / 2);
    qsizetype i = 0;
    while (i + 1 < n) {
        const char16_t u = unitAt(i);
        if (QChar::isHighSurrogate(u)) {
            if (i + 3 >= n) {
                if (last)
                    return utf16Error(m_offset + i, true);
                break; // the low half is in the next chunk
            }
            const char16_t low = unitAt(i + 2);
            if (!QChar::isLowSurrogate(low))
                return utf16Error(m_offset + i, false);
            out.append(QChar(u));
            out.append(QChar(low));
            m_afterCr = false;
            i += 4;
            continue;
        }
        if (QChar::isLowSurrogate(u))
            return utf16Error(m_offset + i, false);
        if (u < 0x80)
            countLineBreak(uchar(u));
        else
            m_afterCr = false;
        out.append(QChar(u));
        i += 2;
    }
    if (i < n) {
        if (last)
            return utf16Error(m_offset + i, true);
        m_pending = QByteArray(reinterpret_cast<const char*>(p + i), n - i);
    }
    m_offset += i;
    return {};
}

Error StreamDecoder::utf8Error(qint64 offset, uchar byte, bool truncated) const
{
    const QString hint = QCoreApplication::translate(
        "CsvReader",
        "Save the file from Excel as “CSV UTF-8 (Comma delimited)” or “Unicode Text” and try again.");
    if (truncated) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("CsvReader", "The file is not valid UTF-8: it ends in "
                                                                  "the middle of a character at byte %1 on "
                                                                  "line %2. %3")
                             .arg(offset)
                             .arg(m_line)
                             .arg(hint));
    }
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("CsvReader",
                                                 "The file is not valid UTF-8: invalid byte "
                                                 "sequence starting with 0x%1 at byte %2 on line "
                                                 "%3. %4")
                         .arg(QString::number(byte, 16).toUpper())
                         .arg(offset)
                         .arg(m_line)
                         .arg(hint));
}

Error StreamDecoder::utf16Error(qint64 offset, bool truncated) const
{
    if (truncated) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("CsvReader", "The UTF-16 file ends in the middle of a "
                                                                  "character at byte %1 on line %2.")
                             .arg(offset)
                             .arg(m_line));
    }
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("CsvReader", "The file is not valid UTF-16: broken "
                                                              "surrogate pair at byte %1 on line %2.")
                         .arg(offset)
                         .arg(m_line));
}

} // namespace xaso::io
