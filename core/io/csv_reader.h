#pragma once
// Streaming CSV/TSV reader for the lists officers export from Excel and other tools.
// Handles UTF-8 with or without BOM and UTF-16 LE/BE (Excel "Unicode text"), detects the
// separator (comma, semicolon, tab, pipe; or Excel's "sep=;" first line), RFC 4180 quoting with
// embedded separators, doubled quotes and line breaks, and CRLF, LF or CR line ends. Memory stays
// constant: the file is decoded in 64 KiB chunks and a runaway quoted field is stopped.

#include "io/table_reader.h"
#include "io/text_decoder.h"

#include <QFile>

#include <optional>

namespace xaso::io {

class CsvReader final : public TableReader
{
public:
    struct Options
    {
        QChar separator;                      // null: detect from the first lines
        std::optional<TextEncoding> encoding; // unset: detect from the BOM or the bytes
    };

    CsvReader() = default;
    explicit CsvReader(const Options& options) : m_options(options) {}

    Result<void> open(const QString& path) override;
    Result<bool> next(TableRow& row) override;
    qint64 bytesRead() const override;
    qint64 totalBytes() const override;

    // Known after open().
    QChar separator() const { return m_separator; }
    TextEncoding encoding() const { return m_decoder.encoding(); }

    // The separator whose count per line is the most consistent over the sample's lines, ignoring
    // quoted text; a comma when none occurs (a one-column file).
    static QChar detectSeparator(QStringView sample, bool sampleIsWholeFile);

    // Limits that keep memory constant on a broken file (an unclosed quote would otherwise swallow
    // the rest of it). Excel itself stops at 32,767 characters per cell and 16,384 columns.
    static constexpr qsizetype kMaxFieldLength = 1 << 20;
    static constexpr int kMaxColumns = 16384;

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    Status fill();
    void normaliseLineEnds(qsizetype from);
    Status endField(TableRow& row, int line);
    Error fail(Error error);

    Options m_options;
    QFile m_file;
    QString m_fileName;
    StreamDecoder m_decoder;
    QString m_buf; // decoded text not yet parsed (from m_pos on)
    qsizetype m_pos = 0;
    QString m_field; // the field being assembled, reused between rows
    QChar m_separator = QLatin1Char(',');
    int m_line = 1; // physical line of m_buf[m_pos]
    bool m_lastWasCr = false;
    bool m_eof = false;
    bool m_finished = false;
    bool m_opened = false;
    std::optional<Error> m_error;
};

} // namespace xaso::io
