#include "io/header_locator.h"

#include "text/folding.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace xaso::io {

namespace {

QString withoutParentheses(const QString& text)
{
    static const QRegularExpression bracketed(QStringLiteral(R"(\([^)]*\)|\[[^\]]*\])"));
    QString copy = text;
    return copy.remove(bracketed);
}

} // namespace

HeaderLocator::HeaderLocator(QList<FieldSpec> specs, int scanRows)
    : m_specs(std::move(specs)), m_scanRows(qMax(1, scanRows))
{
    for (const FieldSpec& spec : m_specs) {
        QStringList keys;
        for (const QString& alias : spec.aliases) {
            const QString key = headerKey(alias);
            if (!key.isEmpty())
                keys.append(key);
        }
        m_aliasKeys.append(keys);
    }
}

QString HeaderLocator::headerKey(const QString& text)
{
    const QString folded = text::foldForSearch(text);
    QString key;
    key.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    return key;
}

bool HeaderLocator::isSequenceHeader(const QString& text)
{
    const QString key = headerKey(text);
    return key == QLatin1StringView("stt") || key == QLatin1StringView("tt") ||
           key == QLatin1StringView("sott") || key == QLatin1StringView("sothutu") ||
           key == QLatin1StringView("thutu");
}

int HeaderLocator::fieldForKey(const QString& key, const QList<bool>& taken) const
{
    if (key.isEmpty())
        return -1;
    for (qsizetype f = 0; f < m_specs.size(); ++f) {
        if (!taken.at(f) && m_aliasKeys.at(f).contains(key))
            return int(f);
    }
    return -1;
}

HeaderMatch HeaderLocator::matchHeader(const TableRow& header) const
{
    HeaderMatch match;
    match.headerRowNumber = header.rowNumber;
    match.headerCells = header.cells;
    match.mapping.setHeader(header.rowNumber, header.cells);

    QList<bool> taken(m_specs.size(), false);
    QList<bool> used(header.cells.size(), false);
    // Pass 1 matches whole headers, pass 2 headers without their "(…)" notes, so an exact header
    // elsewhere in the row is never stolen by a looser one.
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype c = 0; c < header.cells.size(); ++c) {
            if (used.at(c))
                continue;
            const QString& text = header.cells.at(c);
            const QString key = headerKey(pass == 0 ? text : withoutParentheses(text));
            const int field = fieldForKey(key, taken);
            if (field < 0)
                continue;
            taken[field] = true;
            used[c] = true;
            match.mapping.map(m_specs.at(field).fieldId, int(c));
        }
    }
    for (qsizetype c = 0; c < header.cells.size(); ++c) {
        if (used.at(c) || header.cells.at(c).isEmpty())
            continue;
        if (isSequenceHeader(header.cells.at(c)))
            match.ignoredColumns.append(int(c));
        else
            match.unknownColumns.append(int(c));
    }
    match.missingRequired = match.mapping.missingRequired(m_specs);
    return match;
}

Result<HeaderMatch> HeaderLocator::locate(const QList<TableRow>& rows) const
{
    int bestIndex = -1;
    int bestMatched = 0;
    int bestRequired = 0;
    HeaderMatch best;
    const qsizetype limit = qMin<qsizetype>(rows.size(), m_scanRows);
    for (qsizetype i = 0; i < limit; ++i) {
        if (isBlankRow(rows.at(i)))
            continue;
        HeaderMatch candidate = matchHeader(rows.at(i));
        const int matched = int(candidate.mapping.mappedFields().size());
        int required = 0;
        for (const FieldSpec& spec : m_specs)
            required += spec.required && candidate.mapping.isMapped(spec.fieldId);
        if (matched > bestMatched || (matched == bestMatched && matched > 0 && required > bestRequired)) {
            bestIndex = int(i);
            bestMatched = matched;
            bestRequired = required;
            best = std::move(candidate);
        }
    }
    if (bestIndex < 0) {
        QStringList expected;
        for (const FieldSpec& spec : m_specs) {
            if (spec.required || expected.size() < 3)
                expected.append(QStringLiteral("“%1”").arg(spec.displayName()));
        }
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("HeaderLocator",
                                                     "No header row was found in the first %1 rows: none of "
                                                     "the expected column names appear (for example %2).")
                             .arg(limit)
                             .arg(expected.join(QLatin1StringView(", "))));
    }
    best.headerIndex = bestIndex;
    return best;
}

Result<HeaderMatch> HeaderLocator::locate(TableReader& reader, QList<TableRow>& rowsAfterHeader) const
{
    QList<TableRow> rows;
    rowsAfterHeader.clear();
    while (rows.size() < m_scanRows) {
        TableRow row;
        auto more = reader.next(row);
        if (!more)
            return more.error();
        if (!*more)
            break;
        rows.append(std::move(row));
    }
    auto match = locate(rows);
    if (!match)
        return match.error();
    rowsAfterHeader = rows.mid(match->headerIndex + 1);
    return match;
}

} // namespace xaso::io
