#pragma once
// Streaming CSV writer. UTF-8 with a BOM by default, because Excel on Windows opens a BOM-less
// file in the ANSI code page and mangles Vietnamese. Fields are quoted only when they need it.
// The file appears only when finish() succeeds (written through QSaveFile), so an interrupted
// export never leaves a half file behind a real name.

#include "util/result.h"

#include <QSaveFile>
#include <QStringList>

namespace xaso::io {

class CsvWriter
{
public:
    struct Options
    {
        QChar separator = QLatin1Char(',');
        bool writeBom = true;
        bool crlf = true; // RFC 4180 and Excel on Windows
        // Prefix a cell starting with = + - @ (and not a plain number) with an apostrophe, so a
        // spreadsheet does not run it as a formula ("CSV injection"). Off: it changes the data.
        bool neutraliseFormulas = false;
    };

    CsvWriter() = default;
    explicit CsvWriter(const Options& options) : m_options(options) {}

    Status open(const QString& path);
    Status writeRow(const QStringList& cells);
    // Flushes and commits the file; nothing is visible under `path` before this succeeds.
    Status finish();
    // Drops the unfinished file (also done by the destructor when finish() was not called).
    void cancel();

    qint64 rowsWritten() const { return m_rows; }

    // One field as it would be written (quoted and escaped when needed); exposed for tests.
    QString encodeField(const QString& cell) const;

private:
    Error ioError() const;

    Options m_options;
    QSaveFile m_file;
    QByteArray m_pending;
    qint64 m_rows = 0;
    bool m_open = false;
};

} // namespace xaso::io
