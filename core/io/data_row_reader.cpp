#include "io/data_row_reader.h"

namespace xaso::io {

DataRowReader::DataRowReader(TableReader& reader, QList<TableRow> bufferedRows, bool skipNumberingRow)
    : m_reader(reader), m_buffered(std::move(bufferedRows)), m_checkNumbering(skipNumberingRow)
{
}

bool DataRowReader::isColumnNumberingRow(const TableRow& row)
{
    int expected = 1;
    for (const QString& cell : row.cells) {
        if (cell.isEmpty())
            continue;
        QStringView number(cell);
        if (number.startsWith(QLatin1Char('(')) && number.endsWith(QLatin1Char(')')))
            number = number.sliced(1, number.size() - 2).trimmed();
        bool ok = false;
        if (number.toInt(&ok) != expected || !ok)
            return false;
        ++expected;
    }
    return expected > 3;
}

Result<bool> DataRowReader::next(TableRow& row)
{
    for (;;) {
        if (m_bufferedPos < m_buffered.size()) {
            row = std::move(m_buffered[m_bufferedPos++]);
            if (m_bufferedPos == m_buffered.size())
                m_buffered.clear();
        } else {
            auto more = m_reader.next(row);
            if (!more || !*more)
                return more;
        }
        if (isBlankRow(row)) {
            ++m_skipped;
            continue;
        }
        // Only the first non-blank row under the header can be the numbering row.
        const bool numbering = m_checkNumbering && isColumnNumberingRow(row);
        m_checkNumbering = false;
        if (numbering) {
            ++m_skipped;
            continue;
        }
        return true;
    }
}

} // namespace xaso::io
