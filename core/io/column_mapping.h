#pragma once
// Which column of a table holds which field. Built by HeaderLocator from the header row, and
// editable by hand (the import dialog lets the officer fix a column the matcher missed).

#include "io/table_row.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace xaso::io {

// One field an importer expects. Domain code supplies these (resident, welfare, …); io only
// matches them.
struct FieldSpec
{
    QString fieldId;     // stable id the importer uses, e.g. "fullName"
    QStringList aliases; // header texts that mean this field; the first is shown to people
    bool required = false;

    QString displayName() const { return aliases.isEmpty() ? fieldId : aliases.constFirst(); }
};

class ColumnMapping
{
public:
    // 0-based column of a field, or -1 when the field has no column.
    int column(const QString& fieldId) const { return m_columns.value(fieldId, -1); }
    bool isMapped(const QString& fieldId) const { return m_columns.contains(fieldId); }
    // The field on a column, or an empty string.
    QString fieldAt(int column) const;
    QStringList mappedFields() const { return m_columns.keys(); }

    // Puts a field on a column. A column holds one field: another field already there is unmapped.
    void map(const QString& fieldId, int column);
    void unmap(const QString& fieldId) { m_columns.remove(fieldId); }

    // A field's cell in a data row (empty when unmapped or the row is short).
    QString value(const TableRow& row, const QString& fieldId) const { return cellAt(row, column(fieldId)); }

    // Required fields of `specs` that have no column, in the order of `specs`.
    QStringList missingRequired(const QList<FieldSpec>& specs) const;
    // An error naming every missing required column by its display name, or success.
    Status checkRequired(const QList<FieldSpec>& specs) const;

    // Where the header was found (1-based row number, 0 when unknown) and its texts, for messages
    // and for showing the mapping to the officer.
    int headerRowNumber() const { return m_headerRow; }
    const QStringList& headers() const { return m_headers; }
    void setHeader(int rowNumber, const QStringList& headers);

private:
    QHash<QString, int> m_columns;
    QStringList m_headers;
    int m_headerRow = 0;
};

} // namespace xaso::io
