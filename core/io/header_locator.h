#pragma once
// Finds the header row of an officer's list and maps its columns to fields. Real lists have
// title lines above the header ("UBND XÃ HƯNG ĐÔNG", "DANH SÁCH HỘ NGHÈO NĂM 2024"), an "STT"
// (running number) column, and headers typed with or without diacritics and punctuation, so the
// match is on folded keys: "Họ và tên", "HO VA TEN" and "ho va ten" are one header, and
// "Số CCCD/ĐDCN" equals "so cccd ddcn". Text in parentheses is also ignored on a second try, so
// "Ngày sinh (dd/mm/yyyy)" matches "Ngày sinh".

#include "io/column_mapping.h"
#include "io/table_reader.h"

namespace xaso::io {

struct HeaderMatch
{
    ColumnMapping mapping;       // fieldId → column; editable by the caller
    int headerRowNumber = 0;     // 1-based row/line number of the header in the file
    int headerIndex = -1;        // index of the header within the scanned rows
    QStringList headerCells;     // the header texts as in the file
    QStringList missingRequired; // fieldIds of required fields without a column
    QList<int> ignoredColumns;   // running-number (STT) columns
    QList<int> unknownColumns;   // non-empty headers that match no field
};

class HeaderLocator
{
public:
    explicit HeaderLocator(QList<FieldSpec> specs, int scanRows = 20);

    const QList<FieldSpec>& specs() const { return m_specs; }
    int scanRows() const { return m_scanRows; }

    // Picks the header among the first scanRows() rows: the row matching the most fields (the
    // earliest on a tie). Fails only when no row matches any field; missing required fields are
    // reported in the match (and by mapping.checkRequired()) so a person can map them by hand.
    Result<HeaderMatch> locate(const QList<TableRow>& rows) const;

    // Reads up to scanRows() rows from an opened reader and locates the header in them. The rows
    // already read after the header are returned in `rowsAfterHeader` for DataRowReader.
    Result<HeaderMatch> locate(TableReader& reader, QList<TableRow>& rowsAfterHeader) const;

    // Maps one known header row.
    HeaderMatch matchHeader(const TableRow& header) const;

    // The comparison key: folded (no diacritics, đ → d, lower case) with everything but letters
    // and digits removed.
    static QString headerKey(const QString& text);
    // True for a running-number column header: STT, TT, Số TT, Số thứ tự.
    static bool isSequenceHeader(const QString& text);

private:
    int fieldForKey(const QString& key, const QList<bool>& taken) const;

    QList<FieldSpec> m_specs;
    QList<QStringList> m_aliasKeys; // per spec, the keys of its aliases
    int m_scanRows;
};

} // namespace xaso::io
