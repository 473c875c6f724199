// The stored spellings of the enums in resident.h and household.h (schema v4 CHECK constraints).

#include "domain/residents/household.h"
#include "domain/residents/resident.h"

using namespace Qt::StringLiterals;

namespace xaso::domain {

QString verificationKey(Verification v)
{
    switch (v) {
    case Verification::Unverified:
        return u"unverified"_s;
    case Verification::Verified:
        return u"verified"_s;
    case Verification::Mismatch:
        return u"mismatch"_s;
    case Verification::NotFound:
        return u"not_found"_s;
    }
    return u"unverified"_s;
}

std::optional<Verification> verificationFromKey(const QString& key)
{
    for (auto v :
         {Verification::Unverified, Verification::Verified, Verification::Mismatch, Verification::NotFound}) {
        if (verificationKey(v) == key)
            return v;
    }
    return std::nullopt;
}

QString sexKey(std::optional<Sex> sex)
{
    if (!sex)
        return {};
    return *sex == Sex::Male ? u"M"_s : u"F"_s;
}

std::optional<Sex> sexFromKey(const QString& key)
{
    if (key == u"M")
        return Sex::Male;
    if (key == u"F")
        return Sex::Female;
    return std::nullopt;
}

QString povertyStatusKey(PovertyStatus s)
{
    switch (s) {
    case PovertyStatus::None:
        return u"none"_s;
    case PovertyStatus::Poor:
        return u"poor"_s;
    case PovertyStatus::NearPoor:
        return u"near_poor"_s;
    case PovertyStatus::Average:
        return u"average"_s;
    }
    return u"none"_s;
}

std::optional<PovertyStatus> povertyStatusFromKey(const QString& key)
{
    for (auto s :
         {PovertyStatus::None, PovertyStatus::Poor, PovertyStatus::NearPoor, PovertyStatus::Average}) {
        if (povertyStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString areaTypeKey(AreaType a)
{
    switch (a) {
    case AreaType::Urban:
        return u"urban"_s;
    case AreaType::Rural:
        return u"rural"_s;
    case AreaType::Unknown:
        break;
    }
    return {};
}

AreaType areaTypeFromKey(const QString& key)
{
    if (key == u"urban")
        return AreaType::Urban;
    if (key == u"rural")
        return AreaType::Rural;
    return AreaType::Unknown;
}

QString deprivationColumn(Deprivation d)
{
    static const char* const names[kDeprivationCount] = {
        "ind_employment",      "ind_dependents",      "ind_nutrition",       "ind_health_insurance",
        "ind_adult_education", "ind_child_schooling", "ind_housing_quality", "ind_housing_area",
        "ind_drinking_water",  "ind_latrine",         "ind_telecom",         "ind_information_access",
    };
    return QString::fromLatin1(names[int(d)]);
}

int Household::deprivationCount() const
{
    int n = 0;
    for (bool b : deprivations)
        n += b ? 1 : 0;
    return n;
}

QString digitalStepColumn(DigitalStep s)
{
    static const char* const names[kDigitalStepCount] = {"vneid_level2_date", "epayment_date",
                                                         "digital_address_date", "digital_signature_date"};
    return QString::fromLatin1(names[int(s)]);
}

QString digitalStepKey(DigitalStep s)
{
    static const char* const names[kDigitalStepCount] = {"vneid", "epayment", "address", "signature"};
    return QString::fromLatin1(names[int(s)]);
}

} // namespace xaso::domain
