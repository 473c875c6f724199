#pragma once
// Words the record screens share: the làm sạch states and the sexes, in the interface language.
// The state is passed as its number (Unverified 0, Verified 1, Mismatch 2, NotFound 3), the same in
// the resident and the record-kind enums, so this header includes neither.

#include <QColor>
#include <QString>

namespace xaso::desktop {

inline constexpr int kVerificationStateCount = 4;
QString verificationLabel(int state);
// A soft colour for the state's cell (no colour for unverified).
QColor verificationColour(int state);
QString sexLabel(bool male);

} // namespace xaso::desktop
