#include "io/csv_reader.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <array>

namespace xaso::io {

namespace {

constexpr qint64 kChunkSize = 64 * 1024;
constexpr int kDetectLines = 20;

} // namespace

QChar CsvReader::detectSeparator(QStringView sample, bool sampleIsWholeFile)
{
    static constexpr std::array<char16_t, 4> candidates = {u'\t', u';', u',', u'|'};
    // counts[line][candidate], for complete lines only (a chunk may cut the last one).
    QList<std::array<int, 4>> counts;
    std::array<int, 4> current{};
    bool quoted = false;
    bool lineHasText = false;
    for (qsizetype i = 0; i < sample.size() && counts.size() < kDetectLines; ++i) {
        const char16_t c = sample[i].unicode();
        if (c == u'"') {
            quoted = !quoted; // a doubled quote toggles twice, which is right
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            if (lineHasText)
                counts.append(current);
            current = {};
            lineHasText = false;
            continue;
        } else if (!quoted) {
            for (size_t k = 0; k < candidates.size(); ++k) {
                if (c == candidates[k])
                    ++current[k];
            }
        }
        lineHasText = true;
    }
    if (lineHasText && (sampleIsWholeFile || counts.isEmpty()))
        counts.append(current);

    // For each candidate: the most frequent non-zero count per line, and on how many lines it
    // occurs. Title lines above the header and commas inside addresses then do not mislead.
    int best = -1;
    int bestLines = 0;
    int bestMode = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        QHash<int, int> frequency;
        for (const auto& line : counts) {
            if (line[k] > 0)
                ++frequency[line[k]];
        }
        int mode = 0;
        int lines = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > lines || (it.value() == lines && it.key() > mode)) {
                mode = it.key();
                lines = it.value();
            }
        }
        if (lines > bestLines || (lines == bestLines && lines > 0 && mode > bestMode)) {
            best = int(k);
            bestLines = lines;
            bestMode = mode;
        }
    }
    return best < 0 ? QLatin1Char(',') : QChar(candidates[size_t(best)]);
}

Result<void> CsvReader::open(const QString& path)
{
    m_file.close();
    m_file.setFileName(path);
    m_fileName = QFileInfo(path).fileName();
    m_buf.clear();
    m_pos = 0;
    m_line = 1;
    m_lastWasCr = false;
    m_eof = false;
    m_finished = false;
    m_opened = false;
    m_error.reset();

    if (!m_file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, QCoreApplication::translate("CsvReader", "Cannot open “%1”: %2")
                                            .arg(m_fileName, m_file.errorString()));
    }
    const QByteArray head = m_file.peek(4096);
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return legacyWorkbookError(path);
    if (head.startsWith("PK\x03\x04")) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("CsvReader", "“%1” is an Excel workbook (.xlsx), not a CSV file.")
                .arg(m_fileName));
    }

    EncodingGuess guess = detectEncoding(head);
    if (m_options.encoding && *m_options.encoding != guess.encoding) {
        guess.encoding = *m_options.encoding;
        guess.bomLength = 0;
    }
    if (guess.bomLength > 0 && !m_file.seek(guess.bomLength))
        return makeError(ErrorCode::Io, QCoreApplication::translate("CsvReader", "Cannot read “%1”: %2")
                                            .arg(m_fileName, m_file.errorString()));
    m_decoder.reset(guess.encoding, guess.bomLength);

    // Decode enough lines to see the layout; the parser then starts from the same buffer.
    while (!m_eof && m_buf.count(QLatin1Char('\n')) < kDetectLines + 1 && m_buf.size() < kChunkSize)
        XASO_TRY(fill());

    // Excel understands a first line "sep=;" naming the separator; honour it and skip it.
    if (m_buf.startsWith(QLatin1StringView("sep=")) && m_buf.size() >= 5 &&
        (m_buf.size() == 5 || m_buf.at(5) == QLatin1Char('\n'))) {
        m_separator = m_buf.at(4);
        m_pos = qMin<qsizetype>(6, m_buf.size());
        m_line = 2;
    } else if (!m_options.separator.isNull()) {
        m_separator = m_options.separator;
    } else {
        m_separator = detectSeparator(m_buf, m_eof);
    }
    if (m_separator == QLatin1Char('"') || m_separator == QLatin1Char('\n')) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("CsvReader", "“%1” names an unusable separator on its first line.")
                .arg(m_fileName));
    }
    qCDebug(lcIo) << "CSV" << encodingName(guess.encoding) << "separator" << int(m_separator.unicode());
    m_opened = true;
    return {};
}

Status CsvReader::fill()
{
    const QByteArray chunk = m_file.read(kChunkSize);
    if (chunk.isEmpty() && m_file.error() != QFileDevice::NoError) {
        return makeError(ErrorCode::Io, QCoreApplication::translate("CsvReader", "Cannot read “%1”: %2")
                                            .arg(m_fileName, m_file.errorString()));
    }
    const bool last = chunk.isEmpty() || m_file.atEnd();
    if (m_pos > 0) {
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype from = m_buf.size();
    XASO_TRY(m_decoder.decode(chunk, m_buf, last));
    normaliseLineEnds(from);
    m_eof = last;
    return {};
}

// CRLF and a lone CR become LF, also inside quoted fields (a cell's line break is LF in Excel).
// A CR at the end of one chunk and an LF at the start of the next are one line end.
void CsvReader::normaliseLineEnds(qsizetype from)
{
    if (!m_lastWasCr && !QStringView(m_buf).sliced(from).contains(QLatin1Char('\r')))
        return;
    QChar* d = m_buf.data();
    qsizetype w = from;
    for (qsizetype r = from; r < m_buf.size(); ++r) {
        const QChar c = d[r];
        if (c == QLatin1Char('\r')) {
            d[w++] = QLatin1Char('\n');
            m_lastWasCr = true;
            continue;
        }
        if (c == QLatin1Char('\n') && m_lastWasCr) {
            m_lastWasCr = false;
            continue;
        }
        m_lastWasCr = false;
        d[w++] = c;
    }
    m_buf.truncate(w);
}

Status CsvReader::endField(TableRow& row, int line)
{
    if (row.cells.size() >= kMaxColumns) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("CsvReader", "Line %1 has more than %2 columns.")
                             .arg(line)
                             .arg(kMaxColumns));
    }
    row.cells.append(normalizeCell(m_field));
    m_field.clear();
    return {};
}

Error CsvReader::fail(Error error)
{
    m_error = error;
    return error;
}

Result<bool> CsvReader::next(TableRow& row)
{
    if (m_error)
        return *m_error;
    if (!m_opened)
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("CsvReader", "The CSV reader was used before open()."));
    if (m_finished)
        return false;

    row.cells.clear();
    row.rowNumber = m_line;
    m_field.clear();
    State state = State::FieldStart;
    int quoteLine = 0;
    const char16_t sep = m_separator.unicode();

    for (;;) {
        if (m_pos >= m_buf.size()) {
            if (m_eof)
                break;
            if (Status st = fill(); !st)
                return fail(st.error());
            continue;
        }
        const QChar* data = m_buf.constData();
        const qsizetype n = m_buf.size();
        qsizetype i = m_pos;
        while (i < n) {
            bool recordEnds = false;
            switch (state) {
            case State::FieldStart:
                if (data[i] == QLatin1Char('"')) {
                    state = State::Quoted;
                    quoteLine = m_line;
                    ++i;
                    break;
                }
                state = State::Unquoted;
                [[fallthrough]];
            case State::Unquoted: {
                qsizetype j = i;
                while (j < n && data[j].unicode() != sep && data[j].unicode() != u'\n' &&
                       data[j].unicode() != u'"')
                    ++j;
                m_field.append(data + i, j - i);
                i = j;
                if (j == n)
                    break;
                const char16_t c = data[j].unicode();
                ++i;
                if (c == u'"') {
                    // ` "quoted"` after a separator and spaces is still a quoted field; a quote
                    // inside unquoted text is taken literally, as Excel does.
                    if (m_field.trimmed().isEmpty()) {
                        m_field.clear();
                        state = State::Quoted;
                        quoteLine = m_line;
                    } else {
                        m_field.append(QLatin1Char('"'));
                    }
                    break;
                }
                if (Status st = endField(row, row.rowNumber); !st)
                    return fail(st.error());
                state = State::FieldStart;
                recordEnds = c == u'\n';
                break;
            }
            case State::Quoted: {
                qsizetype j = i;
                while (j < n && data[j].unicode() != u'"' && data[j].unicode() != u'\n')
                    ++j;
                m_field.append(data + i, j - i);
                i = j;
                if (j == n)
                    break;
                ++i;
                if (data[j] == QLatin1Char('\n')) {
                    m_field.append(QLatin1Char('\n'));
                    ++m_line;
                } else {
                    state = State::QuoteInQuoted;
                }
                break;
            }
            case State::QuoteInQuoted: {
                const char16_t c = data[i].unicode();
                if (c == u'"') {
                    m_field.append(QLatin1Char('"')); // "" inside quotes is one quote
                    state = State::Quoted;
                    ++i;
                } else if (c == sep || c == u'\n') {
                    ++i;
                    if (Status st = endField(row, row.rowNumber); !st)
                        return fail(st.error());
                    state = State::FieldStart;
                    recordEnds = c == u'\n';
                } else {
                    state = State::Unquoted; // text after the closing quote is kept, as Excel does
                }
                break;
            }
            }
            if (m_field.size() > kMaxFieldLength) {
                const int line = state == State::Quoted ? quoteLine : m_line;
                return fail(makeError(
                    ErrorCode::InvalidArgument,
                    QCoreApplication::translate("CsvReader",
                                                "The field starting on line %1 (column %2) is longer than %3 "
                                                "characters; a quote is probably never closed.")
                        .arg(line)
                        .arg(row.cells.size() + 1)
                        .arg(kMaxFieldLength)));
            }
            if (recordEnds) {
                ++m_line;
                m_pos = i;
                return true;
            }
        }
        m_pos = i;
    }

    m_finished = true;
    if (state == State::Quoted) {
        return fail(makeError(ErrorCode::InvalidArgument,
                              QCoreApplication::translate(
                                  "CsvReader",
                                  "Unterminated quote: the quoted field starting on line %1 (column %2) is "
                                  "never closed. Check that line for a stray \" character.")
                                  .arg(quoteLine)
                                  .arg(row.cells.size() + 1)));
    }
    if (state == State::FieldStart && row.cells.isEmpty())
        return false; // the file ended with a line break
    if (Status st = endField(row, row.rowNumber); !st)
        return fail(st.error());
    return true;
}

qint64 CsvReader::bytesRead() const
{
    return m_file.isOpen() ? m_file.pos() : 0;
}

qint64 CsvReader::totalBytes() const
{
    return m_file.isOpen() ? m_file.size() : 0;
}

} // namespace xaso::io
