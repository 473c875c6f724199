#include "domain/residents/household_validation.h"

#include "domain/residents/household_record.h"
#include "domain/residents/resident_record.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace xaso::domain {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("HouseholdValidation", text);
}

void checkHead(storage::Database& db, const Household& h, Validation& v)
{
    if (h.headResidentId.trimmed().isEmpty()) {
        v.addError(u"head_id"_s, tr("Choose the head of the household from the residents."));
        return;
    }
    auto head = residents::load(db, h.headResidentId);
    if (!head) {
        v.addError(u"head_id"_s, head.error().message);
        return;
    }
    if (!*head) {
        v.addError(u"head_id"_s, tr("There is no resident with the ID %1.").arg(h.headResidentId));
        return;
    }
    const QString current = (*head)->householdId;
    if (current.isEmpty() || current == h.id)
        return;
    auto other = households::load(db, current);
    if (!other) {
        v.addError(u"head_id"_s, other.error().message);
        return;
    }
    if (*other) // linking would take the person out of a household that still exists
        v.addError(
            u"head_id"_s,
            tr("%1 already belongs to another household; take them out of it first.").arg((*head)->fullName));
}

} // namespace

Validation validateHousehold(storage::Database& db, const Household& h, const QDate& today)
{
    Validation v;
    checkHead(db, h, v);
    const bool classified = h.povertyStatus != PovertyStatus::None;
    if (h.assessmentYear != 0 && (h.assessmentYear < 2021 || h.assessmentYear > today.year()))
        v.addError(u"assessment_year"_s,
                   tr("The year of the review must be between 2021 and %1.").arg(today.year()));
    else if (classified && h.assessmentYear == 0)
        v.addWarning(u"assessment_year"_s, tr("A classification without the year of the review."));
    if (classified && h.areaType == AreaType::Unknown)
        v.addWarning(u"area_type"_s,
                     tr("Say whether the household is urban or rural: the poverty line differs."));
    const int count = h.deprivationCount();
    if (h.povertyStatus == PovertyStatus::Poor && count < 3)
        v.addWarning(
            u"deprivations"_s,
            tr("A poor household lacks at least 3 basic social services; %1 are ticked.").arg(count));
    else if (h.povertyStatus == PovertyStatus::NearPoor && count >= 3)
        v.addWarning(u"deprivations"_s,
                     tr("With %1 deprivations the household is poor, not near-poor.").arg(count));
    return v;
}

} // namespace xaso::domain
