#pragma once
// Vietnamese telephone numbers, normalised to the national form the records store.

#include "util/result.h"

#include <QString>

namespace xaso::text {

// Strips spaces, dots, dashes and parentheses; turns +84 / 0084 / 84 into 0; then accepts
//  - a mobile number: 10 digits starting 03, 05, 07, 08 or 09 ("0912345678");
//  - a landline: 11 digits starting 02 (area code 02x since the 2017 renumbering).
// Returns the digits only, e.g. "+84 91 234 5678" → "0912345678". The error names the character
// or the prefix at fault, and explains the old 11-digit 01x mobile numbers renumbered in 2018.
Result<QString> normalizeVietnamesePhone(const QString& text);

} // namespace xaso::text
