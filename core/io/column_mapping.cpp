#include "io/column_mapping.h"

#include <QCoreApplication>

namespace xaso::io {

QString ColumnMapping::fieldAt(int column) const
{
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        if (it.value() == column)
            return it.key();
    }
    return {};
}

void ColumnMapping::map(const QString& fieldId, int column)
{
    if (column < 0) {
        unmap(fieldId);
        return;
    }
    const QString previous = fieldAt(column);
    if (!previous.isEmpty() && previous != fieldId)
        m_columns.remove(previous);
    m_columns.insert(fieldId, column);
}

QStringList ColumnMapping::missingRequired(const QList<FieldSpec>& specs) const
{
    QStringList missing;
    for (const FieldSpec& spec : specs) {
        if (spec.required && !isMapped(spec.fieldId))
            missing.append(spec.fieldId);
    }
    return missing;
}

Status ColumnMapping::checkRequired(const QList<FieldSpec>& specs) const
{
    QStringList names;
    for (const FieldSpec& spec : specs) {
        if (spec.required && !isMapped(spec.fieldId))
            names.append(QStringLiteral("“%1”").arg(spec.displayName()));
    }
    if (names.isEmpty())
        return {};
    const QString list = names.join(QLatin1StringView(", "));
    if (m_headerRow > 0) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("ColumnMapping",
                                                     "The header row (row %1) has no column for the required "
                                                     "field(s): %2.")
                             .arg(m_headerRow)
                             .arg(list));
    }
    return makeError(
        ErrorCode::InvalidArgument,
        QCoreApplication::translate("ColumnMapping", "No column is chosen for the required field(s): %1.")
            .arg(list));
}

void ColumnMapping::setHeader(int rowNumber, const QStringList& headers)
{
    m_headerRow = rowNumber;
    m_headers = headers;
}

} // namespace xaso::io
