#pragma once
// A welfare beneficiary (đối tượng bảo trợ xã hội hưởng trợ cấp hằng tháng, model 32) and its
// validation. The coefficient, base level and monthly amount are derived: computed from the rule
// table for the period and stored, so the payment list and the dashboard read them directly.

#include "domain/import/record_table.h"
#include "domain/welfare/welfare_rules.h"

namespace xaso::domain {

struct WelfareBeneficiary
{
    RecordMeta meta;
    QString residentId; // 12-digit personal ID
    QString fullName;
    QDate birthDate;
    QString clause;           // k1 … k8, k5a … k5d
    QString point;            // a … l where the clause has points
    int childCount = 0;       // k4 only: children raised
    double coefficient = 0;   // derived: per person, or per child × children for k4
    qint64 baseLevel = 0;     // derived, VND
    qint64 monthlyAmount = 0; // derived, VND
    QString decisionNumber;
    QDate decisionDate;
    QDate startDate;
    QDate endDate;
    QString paymentKind; // bank, ewallet, mobile_money, cash
    QString accountRef;
    QString hamletCode;
    QString disabilityLevel;      // SENSITIVE: severe, especially_severe
    bool sensitiveHidden = false; // disabilityLevel was withheld (no right to read it)
    QString note;
};

namespace welfare {

inline const QString kTable = QStringLiteral("welfare_beneficiaries");
const QStringList& columns();
const QStringList& derivedColumns();   // name_key, coefficient, base_level, monthly_amount
const QStringList& sensitiveColumns(); // disability_level
const QStringList& paymentKinds();

FieldMap toFields(const WelfareBeneficiary& b);
WelfareBeneficiary fromRow(const StoredRow& row);

// The date the amount is computed for: today, kept within the start and end dates.
QDate periodDate(const WelfareBeneficiary& b, const QDate& today);

// Checks the fields an officer types (not the derived ones). Errors name the field; a personal ID
// that disagrees with the birth year is a warning.
Validation validate(const WelfareBeneficiary& b, const WelfareRules& rules, const QDate& today);

// Fills coefficient and monthly amount from the rules at `period` with the given base level.
// An age outside the clause or a missing severity is added to `v` as an error.
void computeAmounts(WelfareBeneficiary& b, const WelfareRules& rules, const QDate& period, qint64 baseLevel,
                    Validation& v);

} // namespace welfare
} // namespace xaso::domain
