#include "io/csv_writer.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace xaso::io {

namespace {

constexpr qsizetype kFlushSize = 64 * 1024;

bool looksLikeNumber(const QString& s)
{
    bool ok = false;
    s.toDouble(&ok);
    return ok;
}

} // namespace

Status CsvWriter::open(const QString& path)
{
    cancel();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly))
        return ioError();
    m_open = true;
    m_rows = 0;
    m_pending.clear();
    if (m_options.writeBom)
        m_pending.append("\xEF\xBB\xBF");
    return {};
}

QString CsvWriter::encodeField(const QString& cell) const
{
    QString value = cell;
    if (m_options.neutraliseFormulas && !value.isEmpty()) {
        const QChar first = value.at(0);
        if ((first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
             first == QLatin1Char('@')) &&
            !looksLikeNumber(value))
            value.prepend(QLatin1Char('\''));
    }
    const bool needsQuotes = value.contains(m_options.separator) || value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                             (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes)
        return value;
    value.replace(QLatin1Char('"'), QLatin1StringView("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

Status CsvWriter::writeRow(const QStringList& cells)
{
    if (!m_open) {
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("CsvWriter", "The CSV writer is not open."));
    }
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line.append(m_options.separator);
        line.append(encodeField(cells.at(i)));
    }
    line.append(m_options.crlf ? QLatin1StringView("\r\n") : QLatin1StringView("\n"));
    m_pending.append(line.toUtf8());
    ++m_rows;
    if (m_pending.size() >= kFlushSize) {
        if (m_file.write(m_pending) != m_pending.size())
            return ioError();
        m_pending.clear();
    }
    return {};
}

Status CsvWriter::finish()
{
    if (!m_open) {
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("CsvWriter", "The CSV writer is not open."));
    }
    m_open = false;
    if (!m_pending.isEmpty() && m_file.write(m_pending) != m_pending.size()) {
        const Error error = ioError();
        m_file.cancelWriting();
        return error;
    }
    m_pending.clear();
    if (!m_file.commit())
        return ioError();
    return {};
}

void CsvWriter::cancel()
{
    if (m_open) {
        m_file.cancelWriting();
        m_file.commit(); // with writing cancelled this only discards the temporary file
        m_open = false;
    }
    m_pending.clear();
}

Error CsvWriter::ioError() const
{
    return makeError(ErrorCode::Io, QCoreApplication::translate("CsvWriter", "Cannot write “%1”: %2")
                                        .arg(QFileInfo(m_file.fileName()).fileName(), m_file.errorString()));
}

} // namespace xaso::io
