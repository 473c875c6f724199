#pragma once
// Checks a resident before it is saved: the personal ID's structure (PersonalId::parse names the
// position or code at fault), the ID against the recorded birth year and sex (warnings, never a
// refusal), impossible or future birth dates (via the Clock), the name (required, NFC), the phone
// number, and a duplicate ID. Every message starts with the field it is about.

#include "domain/residents/resident.h"
#include "storage/database.h"
#include "util/clock.h"

namespace xaso::domain {

// FieldIssue (record_support.h): field id, e.g. "personalId" (see ResidentValidator::fieldLabel),
// and the message for a person, naming the field.

struct ValidationReport
{
    QList<FieldIssue> errors;   // block the save
    QList<FieldIssue> warnings; // shown to the officer; do not block
    bool ok() const { return errors.isEmpty(); }
    // All error messages, one per line (for an Error when the caller wants one).
    QString errorText() const;
};

// A resident as typed in a form or read from a file: text, not yet parsed.
struct ResidentInput
{
    QString personalId;
    QString oldCmnd;
    QString fullName;
    QString birthDate; // dd/mm/yyyy, yyyy-mm-dd or a bare year
    QString sex;       // "Nam"/"Nữ" (also M/F, male/female)
    QString hamlet;
    QString phone;
    QString ethnicity;
    QString religion;
    QString permanentAddress;
    QString currentAddress;
    QString relationToHead;
};

class ResidentValidator
{
public:
    explicit ResidentValidator(const Clock& clock) : m_clock(clock) {}

    // Parses every field of `in` into `out` (hamlet text goes to out.hamletCode as typed; the
    // caller resolves it). Fields that fail stay empty in `out`.
    ValidationReport parse(const ResidentInput& in, Resident& out) const;
    // Normalises a resident built in code (NFC name and text, phone to its national form) and
    // checks it the same way.
    ValidationReport check(Resident& r) const;

    // The error for an ID that a record already holds (a deleted one too: IDs are never reused),
    // or nothing.
    static Result<std::optional<FieldIssue>> checkUnique(storage::Database& db, const QString& id);

    // "Full name", "Personal ID", … (translatable) for a field id.
    static QString fieldLabel(const QString& fieldId);
    // "Nam", "nữ", "M", "female", … → the sex; nullopt when not recognised.
    static std::optional<Sex> parseSex(const QString& text);

private:
    void checkIdAgainstRecord(const Resident& r, ValidationReport& report) const;
    void checkBirth(const Resident& r, ValidationReport& report) const;
    int currentYear() const;

    const Clock& m_clock;
};

} // namespace xaso::domain
