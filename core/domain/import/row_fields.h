#pragma once
// Typed access to the cells of one import row, adding a message naming the field to the row's
// Validation when a cell cannot be read. Labels are the English field names used in messages.

#include "domain/import/cell_parsers.h"
#include "domain/import/record_importer.h"

namespace xaso::domain {

class RowFields
{
public:
    RowFields(const ImportRow& row, Validation& v) : m_row(row), m_v(v) {}

    QString text(const QString& field) const; // NFC, white space collapsed
    QDate date(const QString& field, const QString& label, bool required = false);
    std::optional<double> decimal(const QString& field, const QString& label, bool required = false);
    std::optional<qint64> integer(const QString& field, const QString& label, bool required = false);
    std::optional<bool> yesNo(const QString& field, const QString& label);
    // The code of the matching choice; empty when the cell is empty (an error when required).
    QString choice(const QString& field, const QString& label, const QList<Choice>& choices,
                   bool required = false);

    Validation& validation() { return m_v; }

private:
    void missing(const QString& field, const QString& label);
    const ImportRow& m_row;
    Validation& m_v;
};

} // namespace xaso::domain
