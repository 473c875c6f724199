#pragma once
// Pure helpers for XLSX cell values: cell references, number formats, serial dates.

#include <QString>
#include <QStringView>

namespace xaso::io::xlsx {

// "AB12" → column 27 (0-based) and row 12 (1-based, 0 when the reference has no digits).
// Returns false for anything that is not a cell reference inside Excel's 16,384 columns.
bool parseCellReference(QStringView ref, int& column, int& row);

// "A", "B", … "AA" for 0, 1, … 26: to name a column in a message.
QString columnName(int column);

enum class NumberFormatKind { Number, Date, DateTime, Time };

// Built-in formats Excel does not store in styles.xml: 14–17, 27–36, 50–58 are dates (the
// latter two ranges are East Asian locale dates), 18–21 and 45–47 times, 22 date and time.
NumberFormatKind classifyBuiltinFormat(int numFmtId);
// A custom format code: a date when it has d or y (or m without h or s), outside quoted text,
// escapes and [colour]/[$-locale] brackets; a time when it has h or s.
NumberFormatKind classifyFormatCode(QStringView code);

// A numeric cell's stored value as text: dates as dd/MM/yyyy (with HH:mm when the format shows a
// non-zero time), times as HH:mm[:ss], integers without exponent or ".0", other numbers with up to
// 15 significant digits (Excel's precision, which also hides binary noise like 0.30000000000000004).
QString formatNumber(QStringView raw, NumberFormatKind kind, bool date1904);

// A cell of type "d" (ISO 8601 text, written by some non-Excel tools) as dd/MM/yyyy[ HH:mm].
QString formatIsoDate(QStringView raw);

} // namespace xaso::io::xlsx
