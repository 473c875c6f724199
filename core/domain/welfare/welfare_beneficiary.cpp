#include "domain/welfare/welfare_beneficiary.h"

#include "text/folding.h"

#include <QCoreApplication>

namespace xaso::domain::welfare {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("WelfareBeneficiary", text);
}

} // namespace

const QStringList& columns()
{
    static const QStringList c{
        QStringLiteral("resident_id"),
        QStringLiteral("full_name"),
        QStringLiteral("name_key"),
        QStringLiteral("birth_date"),
        QStringLiteral("clause"),
        QStringLiteral("point"),
        QStringLiteral("child_count"),
        QStringLiteral("coefficient"),
        QStringLiteral("base_level"),
        QStringLiteral("monthly_amount"),
        QStringLiteral("decision_number"),
        QStringLiteral("decision_date"),
        QStringLiteral("start_date"),
        QStringLiteral("end_date"),
        QStringLiteral("payment_kind"),
        QStringLiteral("account_ref"),
        QStringLiteral("hamlet_code"),
        QStringLiteral("disability_level"),
        QStringLiteral("note"),
    };
    return c;
}

const QStringList& derivedColumns()
{
    static const QStringList c{QStringLiteral("name_key"), QStringLiteral("coefficient"),
                               QStringLiteral("base_level"), QStringLiteral("monthly_amount")};
    return c;
}

const QStringList& sensitiveColumns()
{
    static const QStringList c{QStringLiteral("disability_level")};
    return c;
}

const QStringList& paymentKinds()
{
    static const QStringList c{QStringLiteral("bank"), QStringLiteral("ewallet"),
                               QStringLiteral("mobile_money"), QStringLiteral("cash")};
    return c;
}

FieldMap toFields(const WelfareBeneficiary& b)
{
    FieldMap f;
    f.insert(QStringLiteral("resident_id"), textOrNull(b.residentId));
    f.insert(QStringLiteral("full_name"), b.fullName);
    f.insert(QStringLiteral("name_key"), text::foldForSearch(b.fullName));
    f.insert(QStringLiteral("birth_date"), dateOrNull(b.birthDate));
    f.insert(QStringLiteral("clause"), b.clause);
    f.insert(QStringLiteral("point"), textOrNull(b.point));
    f.insert(QStringLiteral("child_count"), b.childCount > 0 ? QVariant(qint64(b.childCount)) : QVariant());
    f.insert(QStringLiteral("coefficient"), b.coefficient);
    f.insert(QStringLiteral("base_level"), b.baseLevel);
    f.insert(QStringLiteral("monthly_amount"), b.monthlyAmount);
    f.insert(QStringLiteral("decision_number"), b.decisionNumber);
    f.insert(QStringLiteral("decision_date"), dateOrNull(b.decisionDate));
    f.insert(QStringLiteral("start_date"), dateOrNull(b.startDate));
    f.insert(QStringLiteral("end_date"), dateOrNull(b.endDate));
    f.insert(QStringLiteral("payment_kind"), b.paymentKind);
    f.insert(QStringLiteral("account_ref"), textOrNull(b.accountRef));
    f.insert(QStringLiteral("hamlet_code"), b.hamletCode.isNull() ? QStringLiteral("") : b.hamletCode);
    f.insert(QStringLiteral("disability_level"), textOrNull(b.disabilityLevel));
    f.insert(QStringLiteral("note"), textOrNull(b.note));
    return f;
}

WelfareBeneficiary fromRow(const StoredRow& row)
{
    const FieldMap& f = row.fields;
    auto s = [&f](const char* name) { return f.value(QString::fromLatin1(name)).toString(); };
    WelfareBeneficiary b;
    b.meta = row.meta;
    b.residentId = s("resident_id");
    b.fullName = s("full_name");
    b.birthDate = fromIsoDate(s("birth_date"));
    b.clause = s("clause");
    b.point = s("point");
    b.childCount = f.value(QStringLiteral("child_count")).toInt();
    b.coefficient = f.value(QStringLiteral("coefficient")).toDouble();
    b.baseLevel = f.value(QStringLiteral("base_level")).toLongLong();
    b.monthlyAmount = f.value(QStringLiteral("monthly_amount")).toLongLong();
    b.decisionNumber = s("decision_number");
    b.decisionDate = fromIsoDate(s("decision_date"));
    b.startDate = fromIsoDate(s("start_date"));
    b.endDate = fromIsoDate(s("end_date"));
    b.paymentKind = s("payment_kind");
    b.accountRef = s("account_ref");
    b.hamletCode = s("hamlet_code");
    b.disabilityLevel = s("disability_level");
    b.note = s("note");
    return b;
}

QDate periodDate(const WelfareBeneficiary& b, const QDate& today)
{
    QDate d = today;
    if (b.startDate.isValid() && d < b.startDate)
        d = b.startDate;
    if (b.endDate.isValid() && d > b.endDate)
        d = b.endDate;
    return d;
}

Validation validate(const WelfareBeneficiary& b, const WelfareRules& rules, const QDate& today)
{
    Validation v;
    checkPersonalId(v, QStringLiteral("resident_id"), b.residentId, true, b.birthDate, std::nullopt, today);
    checkFullName(v, QStringLiteral("full_name"), b.fullName);
    if (!b.birthDate.isValid())
        v.addError(QStringLiteral("birth_date"), tr("The date of birth is missing."));
    else if (b.birthDate > today)
        v.addError(QStringLiteral("birth_date"), tr("The date of birth lies in the future."));

    const WelfareCategory* category = rules.category(b.clause, periodDate(b, today));
    if (!category) {
        v.addError(QStringLiteral("clause"),
                   tr("The category “%1” is not a welfare category in force (expected "
                      "one of %2).")
                       .arg(b.clause, rules.clauses().join(QStringLiteral(", "))));
    } else {
        const QString p = WelfareRules::normalizePoint(b.point);
        if (!p.isEmpty() && !category->hasPoints)
            v.addError(QStringLiteral("point"),
                       tr("Category %1 has no points; remove the point “%2”.").arg(b.clause, b.point));
        else if (!p.isEmpty() && !rules.points().contains(p))
            v.addError(QStringLiteral("point"), tr("“%1” is not a point (expected one of %2).")
                                                    .arg(b.point, rules.points().join(QStringLiteral(", "))));
        if (category->perChild && b.childCount < 1)
            v.addError(QStringLiteral("child_count"),
                       tr("Category %1 needs the number of children raised.").arg(b.clause));
        if (!category->perChild && b.childCount > 0)
            v.addError(QStringLiteral("child_count"), tr("The number of children applies only to a single "
                                                         "parent (category k4)."));
    }
    const auto severity = parseSeverity(b.disabilityLevel);
    if (!severity)
        v.addError(QStringLiteral("disability_level"), tr("The disability level must be severe or especially "
                                                          "severe."));
    if (b.decisionNumber.trimmed().isEmpty())
        v.addError(QStringLiteral("decision_number"), tr("The decision number is missing."));
    if (b.decisionDate.isValid() && b.decisionDate > today)
        v.addError(QStringLiteral("decision_date"), tr("The decision date lies in the future."));
    if (!b.startDate.isValid())
        v.addError(QStringLiteral("start_date"), tr("The start date is missing."));
    if (b.startDate.isValid() && b.endDate.isValid() && b.endDate < b.startDate)
        v.addError(
            QStringLiteral("end_date"),
            tr("The end date %1 is before the start date %2.").arg(isoDate(b.endDate), isoDate(b.startDate)));
    if (!paymentKinds().contains(b.paymentKind))
        v.addError(QStringLiteral("payment_kind"),
                   tr("The payment kind must be bank, e-wallet, mobile money or "
                      "cash."));
    else if (b.paymentKind != QLatin1String("cash") && b.accountRef.trimmed().isEmpty())
        v.addError(QStringLiteral("account_ref"), tr("Payment other than cash needs the account number."));
    return v;
}

void computeAmounts(WelfareBeneficiary& b, const WelfareRules& rules, const QDate& period, qint64 baseLevel,
                    Validation& v)
{
    const auto severity = parseSeverity(b.disabilityLevel).value_or(DisabilitySeverity::None);
    auto coef = rules.coefficient(b.clause, b.point, ageInYears(b.birthDate, period), severity, period);
    if (!coef) {
        if (!v.hasError(QStringLiteral("clause")) && !v.hasError(QStringLiteral("point")))
            v.addError(QStringLiteral("clause"), coef.message());
        return;
    }
    const WelfareCategory* category = rules.category(b.clause, period);
    b.coefficient = *coef * (category && category->perChild ? qMax(1, b.childCount) : 1);
    b.baseLevel = baseLevel;
    b.monthlyAmount = WelfareRules::monthlyAmount(baseLevel, b.coefficient);
}

} // namespace xaso::domain::welfare
