#include "domain/import/row_fields.h"

#include "text/folding.h"

#include <QCoreApplication>

namespace xaso::domain {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("RowFields", text);
}
} // namespace

QString RowFields::text(const QString& field) const
{
    return text::normalizeInput(m_row.value(field));
}

void RowFields::missing(const QString& field, const QString& label)
{
    m_v.addError(field, tr("%1 is missing.").arg(label));
}

QDate RowFields::date(const QString& field, const QString& label, bool required)
{
    const QString t = text(field);
    if (t.isEmpty()) {
        if (required)
            missing(field, label);
        return {};
    }
    auto d = parseDateCell(t);
    if (!d) {
        m_v.addError(field, tr("%1: %2").arg(label, d.message()));
        return {};
    }
    return *d;
}

std::optional<double> RowFields::decimal(const QString& field, const QString& label, bool required)
{
    const QString t = text(field);
    if (t.isEmpty()) {
        if (required)
            missing(field, label);
        return std::nullopt;
    }
    auto d = parseDecimal(t);
    if (!d)
        m_v.addError(field, tr("%1: “%2” is not a number.").arg(label, t));
    return d;
}

std::optional<qint64> RowFields::integer(const QString& field, const QString& label, bool required)
{
    const QString t = text(field);
    if (t.isEmpty()) {
        if (required)
            missing(field, label);
        return std::nullopt;
    }
    auto n = parseInteger(t);
    if (!n)
        m_v.addError(field, tr("%1: “%2” is not a whole number.").arg(label, t));
    return n;
}

std::optional<bool> RowFields::yesNo(const QString& field, const QString& label)
{
    const QString t = text(field);
    if (t.isEmpty())
        return std::nullopt;
    auto b = parseYesNo(t);
    if (!b)
        m_v.addError(field, tr("%1: “%2” is neither yes (x, có) nor no (không).").arg(label, t));
    return b;
}

QString RowFields::choice(const QString& field, const QString& label, const QList<Choice>& choices,
                          bool required)
{
    const QString t = text(field);
    if (t.isEmpty()) {
        if (required)
            missing(field, label);
        return {};
    }
    auto c = matchChoice(t, choices);
    if (!c) {
        m_v.addError(field, tr("%1: “%2” is not one of %3.").arg(label, t, choiceList(choices)));
        return {};
    }
    return *c;
}

} // namespace xaso::domain
