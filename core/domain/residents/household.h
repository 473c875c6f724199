#pragma once
// Households (hộ) with their poverty assessment under Nghị định 07/2021/NĐ-CP, and the
// digital-citizen checklist per resident (model 19).

#include <QDate>
#include <QString>

#include <array>
#include <optional>

namespace xaso::domain {

enum class PovertyStatus { None, Poor, NearPoor, Average };
enum class AreaType { Unknown, Urban, Rural };

QString povertyStatusKey(PovertyStatus s); // "none", "poor", "near_poor", "average"
std::optional<PovertyStatus> povertyStatusFromKey(const QString& key);
QString areaTypeKey(AreaType a); // "urban", "rural" or empty
AreaType areaTypeFromKey(const QString& key);

// The 12 deprivation indicators in 6 dimensions (employment, health, education, housing, water
// and sanitation, information), in the order of Nghị định 07/2021 Điều 3.
enum class Deprivation {
    Employment,
    Dependents,
    Nutrition,
    HealthInsurance,
    AdultEducation,
    ChildSchooling,
    HousingQuality,
    HousingArea,
    DrinkingWater,
    Latrine,
    Telecom,
    InformationAccess,
};
inline constexpr int kDeprivationCount = 12;
QString deprivationColumn(Deprivation d); // e.g. "ind_health_insurance"

struct Household
{
    QString id; // random 32 hex characters; empty on insert to have one made
    QString headResidentId;
    QString address;
    QString hamletCode;
    PovertyStatus povertyStatus = PovertyStatus::None;
    int assessmentYear = 0; // 0 when never assessed
    AreaType areaType = AreaType::Unknown;
    std::array<bool, kDeprivationCount> deprivations{};
    qint64 createdAtMs = 0; // kept by the repository
    qint64 rowVersion = 0;

    bool deprived(Deprivation d) const { return deprivations[size_t(d)]; }
    void setDeprived(Deprivation d, bool on) { deprivations[size_t(d)] = on; }
    int deprivationCount() const;
};

enum class DigitalStep { VneidLevel2, EPayment, DigitalAddress, DigitalSignature };
inline constexpr int kDigitalStepCount = 4;
QString digitalStepColumn(DigitalStep s); // "vneid_level2_date", …
QString digitalStepKey(DigitalStep s);    // aggregate key: "vneid", "epayment", "address", "signature"

struct DigitalChecklist
{
    QString residentId;
    std::array<QDate, kDigitalStepCount> doneOn{}; // invalid while not done

    QDate date(DigitalStep s) const { return doneOn[size_t(s)]; }
    void set(DigitalStep s, QDate d) { doneOn[size_t(s)] = d; }
    bool done(DigitalStep s) const { return doneOn[size_t(s)].isValid(); }
};

} // namespace xaso::domain
