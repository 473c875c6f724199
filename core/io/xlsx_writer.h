#pragma once
// Streaming XLSX writer over libxlsxwriter in constant_memory mode: each row goes to a temporary
// file as soon as the next one starts, so exporting 1,000,000 residents stays small in memory.
// Rows must therefore be written in order. Text is written as text (IDs keep their leading
// zeros), dates get a dd/mm/yyyy format, and the header row is bold and frozen.
// The file appears under its name only when finish() succeeds.

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace xaso::io {

class XlsxWriter
{
public:
    struct Options
    {
        QString sheetName;          // empty: "Sheet1"; at most 31 characters, none of []:*?/\ .
        QString tempDir;            // where libxlsxwriter spills rows; empty: the system temp folder
        QList<double> columnWidths; // in characters, per column from A; 0 keeps the default
    };

    XlsxWriter() = default;
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;

    Status open(const QString& path, const Options& options = {});
    // Bold header cells; freezes the rows up to and including this one.
    Status writeHeader(const QStringList& headers);
    // QString → text; integer and floating types → number; QDate → date (dd/mm/yyyy);
    // QDateTime → date and time; bool → TRUE/FALSE; a null QVariant → empty cell.
    // Pass IDs and anything with leading zeros as QString. Other types are written as text.
    Status writeRow(const QVariantList& cells);
    Status writeTextRow(const QStringList& cells);
    // Assembles the .xlsx and moves it to `path`.
    Status finish();
    // Drops the unfinished file (also done by the destructor when finish() was not called).
    void cancel();

    qint64 rowsWritten() const { return m_row; }

    static constexpr int kMaxRows = 1048576;
    static constexpr int kMaxTextLength = 32767;

private:
    Status writeCell(int column, const QVariant& value, lxw_format* textFormat);
    Error cellError(int column, const QString& what) const;
    Error libraryError(int code) const;
    void closeAndDiscard();

    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_format* m_wrap = nullptr;
    lxw_format* m_date = nullptr;
    lxw_format* m_dateTime = nullptr;
    QByteArray m_tempDir;
    QString m_path;
    QString m_tempPath;
    int m_row = 0;
};

} // namespace xaso::io
