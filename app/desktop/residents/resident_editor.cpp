#include "residents/resident_editor.h"

#include "common/formatting.h"

using namespace Qt::StringLiterals;

namespace xaso::desktop {

ResidentEditor::ResidentEditor(storage::Vault& vault, const RoleCatalog& roles)
    : m_repository(vault, roles), m_validator(vault.clock())
{
}

domain::ResidentInput ResidentEditor::inputOf(const domain::Resident& r)
{
    domain::ResidentInput in;
    in.personalId = r.id;
    in.oldCmnd = r.oldCmnd;
    in.fullName = r.fullName;
    in.birthDate = r.birthDate.isValid() ? formatDate(r.birthDate)
                                         : (r.birthYear > 0 ? QString::number(r.birthYear) : QString());
    in.sex = r.sex ? (*r.sex == Sex::Male ? u"Nam"_s : u"Nữ"_s) : QString();
    in.hamlet = r.hamletCode;
    in.phone = r.phone;
    in.permanentAddress = r.permanentAddress;
    in.currentAddress = r.currentAddress;
    in.relationToHead = r.relationToHead;
    return in;
}

ResidentCheck ResidentEditor::check(const domain::ResidentInput& input, const domain::Resident* original)
{
    ResidentCheck out;
    domain::Resident parsed;
    domain::ValidationReport report = m_validator.parse(input, parsed);
    if (original) {
        // Keep what the form does not show; take what it does.
        domain::Resident merged = *original;
        merged.oldCmnd = parsed.oldCmnd;
        merged.fullName = parsed.fullName;
        merged.birthDate = parsed.birthDate;
        merged.birthYear = parsed.birthYear;
        merged.sex = parsed.sex;
        merged.hamletCode = parsed.hamletCode;
        merged.phone = parsed.phone;
        merged.permanentAddress = parsed.permanentAddress;
        merged.currentAddress = parsed.currentAddress;
        merged.relationToHead = parsed.relationToHead;
        merged.sensitiveIncluded = false; // the stored sensitive fields are kept by update()
        out.resident = merged;
    } else {
        out.resident = parsed;
        // A well-formed new ID may still be taken: ask the repository as insert() would.
        if (report.ok()) {
            const domain::ValidationReport unique = m_repository.validate(out.resident);
            report.errors += unique.errors;
        }
    }
    for (const domain::FieldIssue& e : std::as_const(report.errors)) {
        if (!out.errors.value(e.field).contains(e.message))
            out.errors[e.field].append(e.message);
    }
    for (const domain::FieldIssue& w : std::as_const(report.warnings)) {
        if (!out.warnings.value(w.field).contains(w.message))
            out.warnings[w.field].append(w.message);
    }
    return out;
}

Result<QList<domain::FieldIssue>> ResidentEditor::save(const ResidentCheck& checked,
                                                       const domain::Resident* original)
{
    if (original)
        return m_repository.update(checked.resident);
    return m_repository.insert(checked.resident);
}

} // namespace xaso::desktop
