#pragma once
// Vietnamese personal names: family name (họ) first, given name (tên) last, middle name
// (tên đệm) between: "Nguyễn Thị Minh Khai" = family "Nguyễn", middle "Thị Minh", given "Khai".

#include <QString>

namespace xaso::text {

struct NameParts
{
    QString family; // họ
    QString middle; // tên đệm, possibly several words, possibly empty
    QString given;  // tên

    bool operator==(const NameParts&) const = default;
};

// Splits an NFC-normalised, white-space-collapsed name: the first word is the family name, the
// last the given name, anything between the middle name. One word is taken as the given name.
// Limitation: some ethnic-minority names (Ê Đê, Gia Rai: "H'Hen Niê") put the family name last;
// nothing in the text tells them apart, so they split like Kinh names.
NameParts splitVietnameseName(const QString& fullName);

} // namespace xaso::text
