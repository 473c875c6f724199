#pragma once
// Chunked, strict text decoding for CSV input: UTF-8 (with or without BOM) and UTF-16 LE/BE.
// Unlike QStringDecoder it refuses bad bytes instead of inserting U+FFFD, and says where they are,
// because a silently mangled name is worse than an import that stops with a clear message.

#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace xaso::io {

enum class TextEncoding { Utf8, Utf16Le, Utf16Be };

struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0; // bytes to skip at the start of the file
};

// From the first bytes of a file: a BOM decides; otherwise UTF-16 is recognised by the pattern of
// NUL bytes that ASCII letters, digits and separators leave in it; otherwise UTF-8.
EncodingGuess detectEncoding(QByteArrayView head);

QString encodingName(TextEncoding encoding);

class StreamDecoder
{
public:
    // `startOffset` is the file offset of the first byte that will be passed to decode() (after
    // the BOM), so error messages give offsets a hex editor shows.
    void reset(TextEncoding encoding, qint64 startOffset);

    // Decodes the next chunk and appends it to `out`. A character split across chunks is carried
    // over; `last` marks the end of the file, where an incomplete character is an error.
    Status decode(QByteArrayView bytes, QString& out, bool last);

    TextEncoding encoding() const { return m_encoding; }

private:
    Status decodeUtf8(QByteArrayView bytes, QString& out, bool last);
    Status decodeUtf16(QByteArrayView bytes, QString& out, bool last);
    void countLineBreak(uchar byte);
    Error utf8Error(qint64 offset, uchar byte, bool truncated) const;
    Error utf16Error(qint64 offset, bool truncated) const;

    TextEncoding m_encoding = TextEncoding::Utf8;
    qint64 m_offset = 0;  // file offset of the first byte of m_pending (or of the next chunk)
    QByteArray m_pending; // an incomplete character from the end of the previous chunk
    int m_line = 1;       // physical line of the next byte, for error messages
    bool m_afterCr = false;
};

} // namespace xaso::io
