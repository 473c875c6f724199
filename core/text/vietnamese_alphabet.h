#pragma once
// Vietnamese dictionary order without ICU: the fallback VietnameseNameCollator uses when the
// system collator has no Vietnamese tailoring (see name_collator.h).

#include <QStringView>

namespace xaso::text {

// Compares like ICU's vi collator, in three levels:
//  1. letters in the Vietnamese alphabet a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y
//     (f j w z at their Latin places); white space < punctuation and symbols < digits < letters;
//  2. tones, per letter: ngang < huyền < hỏi < ngã < sắc < nặng ("Dung" < "Dùng" < "Dủng" < "Dũng"
//     < "Dúng" < "Dụng");
//  3. lower case before upper case.
// Strings equal on all three are compared by code point, so the order is total.
// Returns < 0, 0 or > 0.
int compareVietnameseAlphabet(QStringView a, QStringView b);

} // namespace xaso::text
