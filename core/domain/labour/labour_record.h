#pragma once
// A person in the labour supply survey (cung lao động; models 31 and 34; Thông tư 01/2022 and
// 11/2022): education and technical level, insurance, and one employment branch — employed,
// unemployed or outside the labour force — whose fields alone may be filled. Ages 15 and over.

#include "domain/import/record_table.h"

namespace xaso::domain {

struct LabourRecord
{
    RecordMeta meta;
    QString residentId; // 12-digit personal ID
    QString fullName;
    QDate birthDate;
    QString sex; // male, female
    QString hamletCode;
    QString areaType;       // urban, rural
    QString educationLevel; // general education, e.g. "12/12"
    QString technicalLevel =
        QStringLiteral("none"); // none, elementary, intermediate, college, university, postgraduate
    QString trainingField;
    QString status; // employed, unemployed, outside
    // employed
    QString employmentStatus; // employer, own_account, family_worker, coop_member, employee
    QString occupationCode;   // VSCO
    QString industryCode;     // VSIC 2018
    QString contractType;
    QString employer;
    QString workplace;
    std::optional<bool> abroad;
    // unemployed
    QString unemployedKind; // never_worked, worked_before
    std::optional<int> unemployedMonths;
    QString previousJob;
    // outside the labour force
    QString outsideReason;
    // insurance and needs
    QString socialInsuranceType; // '', compulsory, voluntary
    QString socialInsuranceNo;
    bool unemploymentInsurance = false;
    QString healthInsuranceNo;
    QString incomeBand;
    QString trainingNeed;
};

namespace labour {

inline const QString kTable = QStringLiteral("labour_records");
inline constexpr int kMinimumAge = 15;
const QStringList& columns();
const QStringList& statuses();
const QStringList& technicalLevels();
const QStringList& employmentStatuses();
// The columns that belong to one status's branch.
const QStringList& branchColumns(const QString& status);

FieldMap toFields(const LabourRecord& r);
LabourRecord fromRow(const StoredRow& row);
void normalise(LabourRecord& r);
// Errors name the field; filled fields of another branch are one error naming them all.
Validation validate(const LabourRecord& r, const QDate& today);

} // namespace labour
} // namespace xaso::domain
