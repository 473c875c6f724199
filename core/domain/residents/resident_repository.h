#pragma once
// Residents (nhân khẩu): validated writes through ResidentWriter with the profile's roles
// enforced (kind "residents"), reads with the sensitive fields only for roles granted them (each
// such read audited), the keyset-paged list for the UI, and the age pyramid.

#include "domain/residents/record_access.h"
#include "domain/residents/resident.h"
#include "domain/residents/resident_validator.h"

namespace xaso::domain {

struct ResidentFilter
{
    QString hamletCode;                       // empty: every hamlet
    std::optional<Verification> verification; // nullopt: every state
    QString householdId;                      // empty: every household
};

// A position in the list order (given name folded, full name folded, id). Opaque to the UI:
// take it from ResidentPage::next and pass it back.
struct ResidentPageKey
{
    QString givenNameFolded;
    QString nameFolded;
    QString id;
    static ResidentPageKey of(const Resident& r);
};

struct ResidentPage
{
    QList<Resident> rows;
    std::optional<ResidentPageKey> next; // nullopt when this page is the last
};

enum class SensitiveFields { Omit, IncludeIfAllowed };

// One band of the age pyramid; toAge is -1 for the open top band (100+).
struct PyramidBand
{
    int fromAge = 0;
    int toAge = 0;
    qint64 male = 0;
    qint64 female = 0;
    qint64 unknownSex = 0;
};

class ResidentRepository
{
public:
    ResidentRepository(storage::Vault& vault, const RoleCatalog& roles);

    // Normalises and checks a resident as insert() would (including a duplicate ID), for forms
    // that show the problems per field before saving.
    ValidationReport validate(Resident& r);

    // Saves a new resident in one transaction (or the caller's). Validation errors →
    // ErrorCode::InvalidArgument naming each field; a duplicate ID → Conflict naming the ID.
    // Returns the warnings (e.g. the ID disagrees with the birth year).
    Result<QList<FieldIssue>> insert(const Resident& r);
    // Saves the edited fields of an existing resident (found by r.id). When r does not carry the
    // sensitive fields (sensitiveIncluded false) the stored ones are kept. Changing the name,
    // birth date or sex of a verified record makes it unverified again.
    Result<QList<FieldIssue>> update(const Resident& r, const QHash<QString, quint32>& seenVersions = {});
    Status remove(const QString& id);

    Result<Resident> get(const QString& id, SensitiveFields sensitive = SensitiveFields::Omit);
    // Keyset pagination in list order: the page after `after` (from the start when nullopt).
    // Stays fast at any depth (an index range, never OFFSET).
    Result<ResidentPage> listPage(const ResidentFilter& filter, const std::optional<ResidentPageKey>& after,
                                  int limit, SensitiveFields sensitive = SensitiveFields::Omit);

    Result<qint64> total();
    // 5-year bands at the reference date (age = reference year − birth year), from the birth-year
    // counters; people with no known birth year are left out.
    Result<QList<PyramidBand>> pyramid(QDate referenceDate);

    // Recomputes every resident, household and checklist counter from the records.
    Status rebuildAggregates();

private:
    Status requireRead() const;
    Status requireWrite() const;
    Status auditIfSensitive(const QList<Resident>& rows);

    storage::Vault& m_vault;
    RecordAccess m_access;
    ResidentValidator m_validator;
};

} // namespace xaso::domain
