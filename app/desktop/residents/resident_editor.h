#pragma once
// The logic behind the resident form, without a window: parse what the officer typed, check it
// as a save would (duplicate ID included) and keep the problems per field; save and delete
// through ResidentRepository (validated, audited, in one transaction each).

#include "domain/residents/resident_repository.h"

#include <QHash>

namespace xaso::desktop {

struct ResidentCheck
{
    domain::Resident resident;            // what would be saved
    QHash<QString, QStringList> errors;   // field id → messages; block the save
    QHash<QString, QStringList> warnings; // field id → messages; shown, do not block
    bool ok() const { return errors.isEmpty(); }
};

class ResidentEditor
{
public:
    ResidentEditor(storage::Vault& vault, const RoleCatalog& roles);

    // The form's text for a stored resident.
    static domain::ResidentInput inputOf(const domain::Resident& r);
    // `original` is null for a new resident; for an edit, the fields the form does not show
    // (household, sensitive fields, unit codes) are kept from it.
    ResidentCheck check(const domain::ResidentInput& input, const domain::Resident* original);
    // Saves a checked resident; returns the warnings. Errors name the field.
    Result<QList<domain::FieldIssue>> save(const ResidentCheck& checked, const domain::Resident* original);
    Status remove(const QString& id) { return m_repository.remove(id); }
    Result<domain::Resident> get(const QString& id) { return m_repository.get(id); }

private:
    domain::ResidentRepository m_repository;
    domain::ResidentValidator m_validator;
};

} // namespace xaso::desktop
