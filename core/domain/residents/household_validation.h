#pragma once
// Field-level check of a household before it is saved (the form shows the messages under its
// fields; HouseholdRepository refuses a household with an error). Fields: "head_id",
// "hamlet_code", "poverty_status", "assessment_year", "area_type", "deprivations".

#include "domain/import/record_support.h"
#include "domain/residents/household.h"

namespace xaso::storage {
class Database;
}

namespace xaso::domain {

// Errors: no head, a head who is not a resident or who belongs to another household, a review
// year outside 2021 … this year. Warnings: a classification without its year or area, a "poor"
// household with fewer than 3 deprivations or a "near-poor" one with 3 or more (Nghị định
// 07/2021 Điều 3 tells them apart by that count). A database error is reported on "head_id".
Validation validateHousehold(storage::Database& db, const Household& h, const QDate& today);

} // namespace xaso::domain
