#pragma once
// Pieces every record kind shares: the verification state (làm sạch), the common columns, field
// validation messages, keyset pages, dates in Vietnam time and ISO week keys for the dashboard.
// (Kept in domain/import/ because that is the shared folder of the record kinds for now.)

#include "reference/personal_id.h"
#include "util/clock.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace xaso::domain {

// Làm sạch: the record compared with the national population data.
enum class Verification { Unverified, Verified, Mismatch, NotFound };
QString verificationCode(Verification v); // 'unverified', 'verified', 'mismatch', 'not_found'
std::optional<Verification> parseVerification(const QString& code);

// The common columns of a synced, verified record.
struct RecordMeta
{
    QString id; // 32 hex, empty for a record not saved yet
    qint64 rowVersion = 0;
    qint64 createdAtMs = 0;
    Verification verification = Verification::Unverified;
    QStringList verificationDiff; // the fields that differ from the population data
    qint64 verifiedAtMs = 0;
};

// One problem with one field; `field` is the column name (e.g. "decision_number"), `message` a
// sentence for a person that names the field.
struct FieldIssue
{
    QString field;
    QString message;
};

// Errors block a save; warnings (e.g. the personal ID disagrees with the birth year) do not.
class Validation
{
public:
    void addError(const QString& field, const QString& message) { m_errors.append({field, message}); }
    void addWarning(const QString& field, const QString& message) { m_warnings.append({field, message}); }
    bool ok() const { return m_errors.isEmpty(); }
    bool hasError(const QString& field) const;
    const QList<FieldIssue>& errors() const { return m_errors; }
    const QList<FieldIssue>& warnings() const { return m_warnings; }
    // InvalidArgument with every error message, one per line.
    Error toError() const;

private:
    QList<FieldIssue> m_errors;
    QList<FieldIssue> m_warnings;
};

// What a save returns besides success: the new record's id and any warnings to show.
struct SaveOutcome
{
    QString id;
    QList<FieldIssue> warnings;
};

// Keyset paging: a page ends with the sort key and id of its last row; pass them back as
// afterSortKey/afterId for the next page (no OFFSET, so a deep page costs what the first does).
struct ListQuery
{
    QString hamlet; // hamlet code; empty = all
    std::optional<Verification> verification;
    QString category; // welfare clause, labour status, land purpose, copy book
    QString search;   // prefix of the folded name (or serial for land)
    QString afterSortKey;
    QString afterId;
    int limit = 50;
};

template <typename T> struct Page
{
    QList<T> items;
    bool hasMore = false;
    QString nextSortKey;
    QString nextId;
};

QString newRecordId(); // 32 random hex characters

// Vietnam has one time zone, UTC+7, with no daylight saving.
QDateTime vietnamTime(qint64 msSinceEpoch);
QDate vietnamToday(const Clock& clock);
QString isoWeekKey(qint64 msSinceEpoch); // "2026-W48", in Vietnam time
int ageInYears(const QDate& birth, const QDate& at);

QString isoDate(const QDate& date); // yyyy-MM-dd, null for an invalid date
QDate fromIsoDate(const QString& text);
// Empty text → a null QVariant, so "no value" is stored as NULL.
QVariant textOrNull(const QString& text);
QVariant dateOrNull(const QDate& date);

// Checks a 12-digit personal ID in `field`: an error when malformed (or missing and required), and
// a warning when its birth year or sex disagrees with the record.
void checkPersonalId(Validation& v, const QString& field, const QString& id, bool required,
                     const QDate& birth, std::optional<Sex> sex, const QDate& today);
// Checks that a required name is present.
void checkFullName(Validation& v, const QString& field, const QString& name);

// Loose equality for stored values: numbers by value, null equals null, otherwise by text.
bool sameValue(const QVariant& a, const QVariant& b);

} // namespace xaso::domain
