#pragma once
// Value types for residents (nhân khẩu) and the states every verified record shares.
// A resident is keyed by the 12-digit personal ID (reference/personal_id.h).

#include "domain/import/record_support.h"
#include "reference/personal_id.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace xaso::domain {

// Làm sạch states (Verification, record_support.h) by the same keys as verificationCode().
QString verificationKey(Verification v); // "unverified", "verified", "mismatch", "not_found"
std::optional<Verification> verificationFromKey(const QString& key);
QString sexKey(std::optional<Sex> sex);            // "M", "F" or empty
std::optional<Sex> sexFromKey(const QString& key); // from "M"/"F"

struct Resident
{
    QString id;      // the 12-digit personal ID
    QString oldCmnd; // old ID card (CMND) number, opaque; may be empty
    QString fullName;
    QDate birthDate;   // invalid when only the year (or nothing) is known
    int birthYear = 0; // 0 when unknown; always set when birthDate is valid
    std::optional<Sex> sex;
    // SENSITIVE (Luật 91/2025): filled on reads only for roles allowed to see them (see
    // sensitiveIncluded); every such read is audited.
    QString ethnicity;
    QString religion;
    bool sensitiveIncluded = false;
    QString hamletCode; // see hamlet_codes.h
    QString permanentAddress;
    QString currentAddress;
    QString permanentUnitCode; // admin_units.code
    QString currentUnitCode;
    QString phone; // national form, digits only
    QString householdId;
    QString relationToHead;

    // Kept by the repository; ignored on insert.
    Verification verification = Verification::Unverified;
    QStringList verificationDiff; // column names that differ from the reference
    qint64 verifiedAtMs = 0;
    qint64 createdAtMs = 0;
    qint64 rowVersion = 0;

    void setBirthDate(QDate date)
    {
        birthDate = date;
        birthYear = date.isValid() ? date.year() : 0;
    }
    void setBirthYearOnly(int year)
    {
        birthDate = {};
        birthYear = year;
    }
};

} // namespace xaso::domain
