#include "reference/personal_id.h"

#include "reference/provinces.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace xaso {
namespace {

QString tr(const char* source)
{
    return QCoreApplication::translate("PersonalId", source);
}

Error invalid(QString message)
{
    return makeError(ErrorCode::InvalidArgument, std::move(message));
}

// How to show a character a person cannot see, or can see.
QString describe(char32_t c)
{
    if (c == U' ' || c == 0x00A0)
        return tr("a space");
    if (QChar::isSpace(c) || QChar::category(c) == QChar::Other_Control ||
        QChar::category(c) == QChar::Other_Format)
        return u"U+%1"_s.arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    return u"“"_s + QString::fromUcs4(&c, 1) + u"”"_s;
}

// Trims and checks that only ASCII digits remain; positions count characters as a person sees
// them (code points), from 1, in the trimmed text.
Result<QString> asciiDigits(const QString& text)
{
    const QString trimmed = text.trimmed();
    int position = 0;
    for (const char32_t c : trimmed.toUcs4()) {
        ++position;
        if (c < U'0' || c > U'9')
            return invalid(tr("Character %1 (%2) is not a digit.").arg(position).arg(describe(c)));
    }
    return trimmed;
}

} // namespace

Result<PersonalId> PersonalId::parse(const QString& text)
{
    Result<QString> digits = asciiDigits(text);
    if (!digits)
        return digits.error();
    const QString& d = *digits;
    if (d.isEmpty())
        return invalid(tr("The personal ID is empty."));
    if (d.size() == 9)
        return invalid(tr("A personal ID has 12 digits; this one has 9, like an old ID card (CMND) number."));
    if (d.size() != 12)
        return invalid(tr("A personal ID has 12 digits; this one has %1.").arg(d.size()));

    const QString place = d.left(3);
    if (!ProvinceTable::builtin().contains(place) && !ProvinceTable::isCountryCode(place)) {
        return invalid(tr("The first three digits, %1, are neither a province code (001–096) nor a country "
                          "code (101–295).")
                           .arg(place));
    }
    return PersonalId(d);
}

Result<QString> PersonalId::parseOldCmnd(const QString& text)
{
    Result<QString> digits = asciiDigits(text);
    if (!digits)
        return digits.error();
    if (digits->isEmpty())
        return invalid(tr("The ID card (CMND) number is empty."));
    if (digits->size() != 9 && digits->size() != 12) {
        return invalid(
            tr("An old ID card (CMND) number has 9 or 12 digits; this one has %1.").arg(digits->size()));
    }
    return digits;
}

bool PersonalId::bornAbroad() const
{
    return ProvinceTable::isCountryCode(placeCode());
}

QString PersonalId::provinceName() const
{
    return bornAbroad() ? QString() : ProvinceTable::builtin().name(placeCode());
}

Sex PersonalId::sex() const
{
    return genderCenturyDigit() % 2 == 0 ? Sex::Male : Sex::Female;
}

int PersonalId::century() const
{
    return 1900 + (genderCenturyDigit() / 2) * 100;
}

int PersonalId::birthYear() const
{
    return century() + QStringView(m_digits).mid(4, 2).toInt();
}

QList<IdWarning> PersonalId::checkAgainst(std::optional<int> recordedYear, std::optional<Sex> recordedSex,
                                          std::optional<int> currentYear) const
{
    QList<IdWarning> warnings;
    const int idYear = birthYear();
    if (recordedYear && *recordedYear != idYear) {
        warnings.append({IdWarning::Kind::BirthYearMismatch,
                         tr("The personal ID gives birth year %1 (digits 4–6) but the record says %2.")
                             .arg(idYear)
                             .arg(*recordedYear)});
    }
    if (recordedSex && *recordedSex != sex()) {
        const QString message =
            sex() == Sex::Male
                ? tr("The personal ID belongs to a man (its 4th digit, %1, is even) but the record says "
                     "female.")
                : tr("The personal ID belongs to a woman (its 4th digit, %1, is odd) but the record says "
                     "male.");
        warnings.append({IdWarning::Kind::SexMismatch, message.arg(genderCenturyDigit())});
    }
    if (currentYear && idYear > *currentYear) {
        warnings.append({IdWarning::Kind::BirthYearInFuture,
                         tr("The personal ID gives birth year %1, which has not come yet: check digits 4–6.")
                             .arg(idYear)});
    }
    return warnings;
}

} // namespace xaso
