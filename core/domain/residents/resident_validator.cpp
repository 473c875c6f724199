#include "domain/residents/resident_validator.h"

#include "text/dates.h"
#include "text/folding.h"
#include "text/phone.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xaso::domain {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ResidentValidator", text);
}

void add(QList<FieldIssue>& list, const QString& field, const QString& message)
{
    list.append({field, tr("%1: %2").arg(ResidentValidator::fieldLabel(field), message)});
}

bool isExcelSerial(const QString& s)
{
    if (s.size() != 5)
        return false;
    for (const QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

} // namespace

QString ValidationReport::errorText() const
{
    QStringList lines;
    for (const FieldIssue& e : errors)
        lines.append(e.message);
    return lines.join(QLatin1Char('\n'));
}

QString ResidentValidator::fieldLabel(const QString& fieldId)
{
    static const QHash<QString, const char*> labels{
        {u"personalId"_s, QT_TRANSLATE_NOOP("ResidentValidator", "Personal ID")},
        {u"oldCmnd"_s, QT_TRANSLATE_NOOP("ResidentValidator", "Old ID card number")},
        {u"fullName"_s, QT_TRANSLATE_NOOP("ResidentValidator", "Full name")},
        {u"birthDate"_s, QT_TRANSLATE_NOOP("ResidentValidator", "Date of birth")},
        {u"sex"_s, QT_TRANSLATE_NOOP("ResidentValidator", "Sex")},
        {u"hamlet"_s, QT_TRANSLATE_NOOP("ResidentValidator", "Hamlet")},
        {u"phone"_s, QT_TRANSLATE_NOOP("ResidentValidator", "Phone number")},
        {u"ethnicity"_s, QT_TRANSLATE_NOOP("ResidentValidator", "Ethnicity")},
        {u"religion"_s, QT_TRANSLATE_NOOP("ResidentValidator", "Religion")},
        {u"permanentAddress"_s, QT_TRANSLATE_NOOP("ResidentValidator", "Permanent address")},
        {u"currentAddress"_s, QT_TRANSLATE_NOOP("ResidentValidator", "Current address")},
        {u"relationToHead"_s, QT_TRANSLATE_NOOP("ResidentValidator", "Relation to the head of household")},
    };
    const char* label = labels.value(fieldId, nullptr);
    return label ? tr(label) : fieldId;
}

std::optional<Sex> ResidentValidator::parseSex(const QString& text)
{
    const QString f = text::foldForSearch(text);
    if (f == u"nam" || f == u"m" || f == u"male")
        return Sex::Male;
    if (f == u"nu" || f == u"f" || f == u"female")
        return Sex::Female;
    return std::nullopt;
}

int ResidentValidator::currentYear() const
{
    return m_clock.now().toOffsetFromUtc(7 * 3600).date().year();
}

ValidationReport ResidentValidator::parse(const ResidentInput& in, Resident& out) const
{
    ValidationReport report;
    out = Resident();
    auto id = PersonalId::parse(in.personalId);
    if (id)
        out.id = id->digits();
    else
        add(report.errors, u"personalId"_s, id.message());

    if (!in.oldCmnd.trimmed().isEmpty()) {
        auto cmnd = PersonalId::parseOldCmnd(in.oldCmnd);
        if (cmnd)
            out.oldCmnd = *cmnd;
        else
            add(report.errors, u"oldCmnd"_s, cmnd.message());
    }
    out.fullName = text::normalizeInput(in.fullName);

    const QString birth = in.birthDate.trimmed();
    if (isExcelSerial(birth)) {
        const QDate d = text::fromExcelSerial(birth.toDouble());
        if (d.isValid())
            out.setBirthDate(d);
        else
            add(report.errors, u"birthDate"_s, tr("“%1” is not a date.").arg(birth));
    } else if (!birth.isEmpty()) {
        auto parsed = text::parseVietnameseDate(birth, text::DateInput::AllowYearOnly);
        if (!parsed)
            add(report.errors, u"birthDate"_s, parsed.message());
        else if (parsed->precision == text::DatePrecision::Year)
            out.setBirthYearOnly(parsed->date.year());
        else
            out.setBirthDate(parsed->date);
    }
    if (!in.sex.trimmed().isEmpty()) {
        out.sex = parseSex(in.sex);
        if (!out.sex)
            add(report.errors, u"sex"_s,
                tr("“%1” is neither Nam (male) nor Nữ (female).").arg(in.sex.trimmed()));
    }
    if (!in.phone.trimmed().isEmpty()) {
        auto phone = text::normalizeVietnamesePhone(in.phone);
        if (phone)
            out.phone = *phone;
        else
            add(report.errors, u"phone"_s, phone.message());
    }
    out.hamletCode = text::normalizeInput(in.hamlet);
    out.ethnicity = text::normalizeInput(in.ethnicity);
    out.religion = text::normalizeInput(in.religion);
    out.permanentAddress = text::normalizeInput(in.permanentAddress);
    out.currentAddress = text::normalizeInput(in.currentAddress);
    out.relationToHead = text::normalizeInput(in.relationToHead);

    // The name and birth rules are shared with check(); ID and phone were parsed above.
    if (out.fullName.isEmpty())
        add(report.errors, u"fullName"_s, tr("required."));
    else if (std::any_of(out.fullName.cbegin(), out.fullName.cend(), [](QChar c) { return c.isDigit(); }))
        add(report.errors, u"fullName"_s, tr("“%1” contains digits.").arg(out.fullName));
    checkBirth(out, report);
    if (id)
        checkIdAgainstRecord(out, report);
    return report;
}

ValidationReport ResidentValidator::check(Resident& r) const
{
    ValidationReport report;
    auto id = PersonalId::parse(r.id);
    if (id)
        r.id = id->digits();
    else
        add(report.errors, u"personalId"_s, id.message());
    if (!r.oldCmnd.isEmpty()) {
        auto cmnd = PersonalId::parseOldCmnd(r.oldCmnd);
        if (cmnd)
            r.oldCmnd = *cmnd;
        else
            add(report.errors, u"oldCmnd"_s, cmnd.message());
    }
    r.fullName = text::normalizeInput(r.fullName);
    if (r.fullName.isEmpty())
        add(report.errors, u"fullName"_s, tr("required."));
    else if (std::any_of(r.fullName.cbegin(), r.fullName.cend(), [](QChar c) { return c.isDigit(); }))
        add(report.errors, u"fullName"_s, tr("“%1” contains digits.").arg(r.fullName));
    if (!r.phone.isEmpty()) {
        auto phone = text::normalizeVietnamesePhone(r.phone);
        if (phone)
            r.phone = *phone;
        else
            add(report.errors, u"phone"_s, phone.message());
    }
    if (r.birthDate.isValid())
        r.birthYear = r.birthDate.year();
    for (QString* s : {&r.ethnicity, &r.religion, &r.permanentAddress, &r.currentAddress, &r.relationToHead})
        *s = text::normalizeInput(*s);
    checkBirth(r, report);
    if (id)
        checkIdAgainstRecord(r, report);
    return report;
}

void ResidentValidator::checkBirth(const Resident& r, ValidationReport& report) const
{
    const QDate today = m_clock.now().toOffsetFromUtc(7 * 3600).date();
    if (r.birthDate.isValid() && r.birthDate > today) {
        add(report.errors, u"birthDate"_s,
            tr("%1 is in the future.").arg(text::formatVietnameseDate(r.birthDate)));
    } else if (!r.birthDate.isValid() && r.birthYear > today.year()) {
        add(report.errors, u"birthDate"_s, tr("the year %1 has not come yet.").arg(r.birthYear));
    } else if (r.birthYear != 0 && r.birthYear < 1900) {
        add(report.errors, u"birthDate"_s, tr("the year %1 is before 1900.").arg(r.birthYear));
    }
}

void ResidentValidator::checkIdAgainstRecord(const Resident& r, ValidationReport& report) const
{
    auto id = PersonalId::parse(r.id);
    if (!id)
        return;
    const std::optional<int> year = r.birthYear > 0 ? std::optional<int>(r.birthYear) : std::nullopt;
    for (const IdWarning& w : id->checkAgainst(year, r.sex, currentYear()))
        add(report.warnings, u"personalId"_s, w.message);
}

Result<std::optional<FieldIssue>> ResidentValidator::checkUnique(storage::Database& db, const QString& id)
{
    auto st = db.cached("SELECT deleted FROM residents WHERE id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, id);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<FieldIssue>();
    const bool deleted = (*st)->int64(0) != 0;
    (*st)->reset();
    QList<FieldIssue> issues;
    add(issues, u"personalId"_s,
        deleted
            ? tr("the ID %1 belonged to a record that was deleted or merged; an ID is never reused.").arg(id)
            : tr("a resident with the ID %1 is already recorded.").arg(id));
    return std::optional<FieldIssue>(issues.constFirst());
}

} // namespace xaso::domain
