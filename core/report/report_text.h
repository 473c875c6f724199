#pragma once
// Fixed wording of an administrative document per Nghị định 30/2020/NĐ-CP, Phụ lục I.

#include <QDate>
#include <QString>
#include <QStringList>

namespace xaso {

// "Hưng Đông, ngày 05 tháng 3 năm 2026": days under 10 and the months 1 and 2 are zero-padded, the
// other months are not. An invalid date leaves dotted blanks for a date written by hand; an empty
// place drops the "place, " prefix.
QString reportDateLine(const QString& place, const QDate& date);

// "Số: 15/BC-UBND"; an empty number leaves a blank for the clerk who registers the document.
QString reportNumberLine(const QString& number, const QString& suffix);

// The "Nơi nhận" lines: "- " in front, ";" after each line and "." after the last, unless the
// caller already wrote them.
QStringList reportRecipientLines(const QStringList& recipients);

// A list item as "- text" unless it already starts with a dash, a plus or a number.
QString reportListItem(const QString& text);

} // namespace xaso
