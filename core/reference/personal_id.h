#pragma once
// The 12-digit personal ID (số định danh cá nhân, printed on the CCCD card): PPP G YY RRRRRR.
//  PPP  where the birth was registered: a province code (provinces.h) or a country code 101–295;
//  G    sex and century: even male, odd female; century = 1900 + ⌊G/2⌋·100;
//  YY   the last two digits of the birth year;  RRRRRR  random.
// There is no check digit, so a mistyped random part cannot be caught. Sources: Nghị định
// 137/2015 Điều 13; Thông tư 07/2016/TT-BCA Điều 7; Luật Căn cước 2023 Điều 12.

#include "util/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace xaso {

enum class Sex { Male, Female };

// A disagreement between the ID and what the record says: shown to the officer, never a
// silent accept and never a refusal (the record may be the one that is wrong).
struct IdWarning
{
    enum class Kind {
        BirthYearMismatch,
        SexMismatch,
        BirthYearInFuture, // G or YY mistyped: the ID would mean a birth after the current year
    };
    Kind kind;
    QString message;
};

class PersonalId
{
public:
    // Leading and trailing white space is ignored; the rest must be exactly 12 ASCII digits with
    // a known place code. The error names the character position, the digit count or the code.
    static Result<PersonalId> parse(const QString& text);

    // The old ID card number (CMND): 9 digits (some 12), kept as an opaque string — its first
    // two digits name the issuing province, but nothing else can be checked.
    static Result<QString> parseOldCmnd(const QString& text);

    QString digits() const { return m_digits; }
    QString placeCode() const { return m_digits.left(3); }
    bool bornAbroad() const;
    QString provinceName() const; // empty for a country code
    Sex sex() const;
    int century() const;   // 1900, 2000, …
    int birthYear() const; // century + YY

    // Compares the ID with the birth year and sex a record holds (either may be unknown).
    // currentYear (from the Clock) enables the check that the ID's birth year is not in the future.
    QList<IdWarning> checkAgainst(std::optional<int> birthYear, std::optional<Sex> sex,
                                  std::optional<int> currentYear = std::nullopt) const;

    bool operator==(const PersonalId&) const = default;

private:
    explicit PersonalId(QString digits) : m_digits(std::move(digits)) {}
    int genderCenturyDigit() const { return m_digits.at(3).digitValue(); }

    QString m_digits;
};

} // namespace xaso
