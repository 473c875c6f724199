#include "domain/import/record_support.h"

#include "crypto/crypto.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace xaso::domain {

QString verificationCode(Verification v)
{
    switch (v) {
    case Verification::Unverified:
        return QStringLiteral("unverified");
    case Verification::Verified:
        return QStringLiteral("verified");
    case Verification::Mismatch:
        return QStringLiteral("mismatch");
    case Verification::NotFound:
        return QStringLiteral("not_found");
    }
    return QStringLiteral("unverified");
}

std::optional<Verification> parseVerification(const QString& code)
{
    for (Verification v :
         {Verification::Unverified, Verification::Verified, Verification::Mismatch, Verification::NotFound}) {
        if (verificationCode(v) == code)
            return v;
    }
    return std::nullopt;
}

bool Validation::hasError(const QString& field) const
{
    for (const FieldIssue& e : m_errors) {
        if (e.field == field)
            return true;
    }
    return false;
}

Error Validation::toError() const
{
    QStringList lines;
    for (const FieldIssue& e : m_errors)
        lines.append(e.message);
    return makeError(ErrorCode::InvalidArgument, lines.join(QLatin1Char('\n')));
}

QString newRecordId()
{
    return QString::fromLatin1(crypto::randomBytes(16).toHex());
}

QDateTime vietnamTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone(7 * 3600));
}

QDate vietnamToday(const Clock& clock)
{
    return vietnamTime(clock.nowMs()).date();
}

QString isoWeekKey(qint64 msSinceEpoch)
{
    int year = 0;
    const int week = vietnamTime(msSinceEpoch).date().weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
}

int ageInYears(const QDate& birth, const QDate& at)
{
    if (!birth.isValid() || !at.isValid())
        return -1;
    int age = at.year() - birth.year();
    if (at.month() < birth.month() || (at.month() == birth.month() && at.day() < birth.day()))
        --age;
    return age;
}

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate fromIsoDate(const QString& text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(isoDate(date)) : QVariant();
}

void checkPersonalId(Validation& v, const QString& field, const QString& id, bool required,
                     const QDate& birth, std::optional<Sex> sex, const QDate& today)
{
    if (id.isEmpty()) {
        if (required)
            v.addError(field, QCoreApplication::translate("RecordSupport", "The personal ID is missing."));
        return;
    }
    auto parsed = PersonalId::parse(id);
    if (!parsed) {
        v.addError(field,
                   QCoreApplication::translate("RecordSupport", "Personal ID: %1").arg(parsed.message()));
        return;
    }
    const std::optional<int> year = birth.isValid() ? std::optional<int>(birth.year()) : std::nullopt;
    for (const IdWarning& w :
         parsed->checkAgainst(year, sex, today.isValid() ? today.year() : std::optional<int>()))
        v.addWarning(field, w.message);
}

void checkFullName(Validation& v, const QString& field, const QString& name)
{
    if (name.trimmed().isEmpty())
        v.addError(field, QCoreApplication::translate("RecordSupport", "The full name is missing."));
}

bool sameValue(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    auto numeric = [](const QVariant& v) {
        const int t = v.typeId();
        return t == QMetaType::Int || t == QMetaType::LongLong || t == QMetaType::Double ||
               t == QMetaType::UInt || t == QMetaType::ULongLong || t == QMetaType::Bool;
    };
    if (numeric(a) && numeric(b))
        return a.toDouble() == b.toDouble();
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    return a.toString() == b.toString();
}

} // namespace xaso::domain
