#pragma once
// The social-assistance rule table (Nghị định 20/2021/NĐ-CP Điều 5–6, amended by Nghị định
// 76/2024/NĐ-CP) as data: categories (clauses) with their age range, coefficient bands, validity
// dates and legal basis, and the base level (mức chuẩn trợ giúp xã hội) by period. Loaded from
// resources/data/welfare/ so a new decree is a data change, not a code change.
//   monthly allowance = base level × coefficient, rounded to the đồng.

#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace xaso::domain {

enum class DisabilitySeverity { None, Severe, EspeciallySevere };
QString severityCode(DisabilitySeverity s);                           // '', 'severe', 'especially_severe'
std::optional<DisabilitySeverity> parseSeverity(const QString& code); // also "nặng", "đặc biệt nặng"

struct WelfareBaseLevel
{
    QString id;
    qint64 amount = 0; // VND per month
    QDate validFrom;
    QDate validTo; // last day, inclusive; invalid = open-ended
    QString legalBasis;
    QString note; // e.g. "to confirm: …"
    bool covers(const QDate& date) const
    {
        return date >= validFrom && (!validTo.isValid() || date <= validTo);
    }
};

struct CoefficientBand
{
    std::optional<int> ageFrom;                             // inclusive
    std::optional<int> ageBelow;                            // exclusive
    DisabilitySeverity severity = DisabilitySeverity::None; // None: any
    double value = 0;
};

struct WelfareCategory
{
    QString clause;             // k1 … k8, k5a … k5d
    bool hasPoints = false;     // the clause lists cases a, b, c … (điểm)
    bool perChild = false;      // k4: the coefficient applies per child raised
    bool needsSeverity = false; // k6: depends on the disability severity
    QString titleVi;
    QString titleEn;
    std::optional<int> ageFrom;  // who the clause covers, inclusive
    std::optional<int> ageBelow; // exclusive
    QDate validFrom;
    QDate validTo; // inclusive; invalid = open-ended
    QString legalBasis;
    QList<CoefficientBand> bands; // tried in order; the first match applies

    bool validOn(const QDate& date) const
    {
        return !date.isValid() || (date >= validFrom && (!validTo.isValid() || date <= validTo));
    }
    bool ageFits(int age) const { return (!ageFrom || age >= *ageFrom) && (!ageBelow || age < *ageBelow); }
    QString ageRangeText() const; // "under 16", "60 and over", "16 to 22"
};

class WelfareRules
{
public:
    static QString defaultPath() { return QStringLiteral(":/xaso/data/welfare/social-assistance-v1.json"); }
    // Reads and checks the table; the error names the entry and field at fault.
    static Result<WelfareRules> load(const QString& path = defaultPath());
    static Result<WelfareRules> fromJson(const QByteArray& json);

    const QList<WelfareCategory>& categories() const { return m_categories; }
    const QList<WelfareBaseLevel>& baseLevels() const { return m_baseLevels; }
    const QStringList& points() const { return m_points; }
    QStringList clauses() const;

    // The category version in force on `at` (any valid date; invalid = the latest version).
    const WelfareCategory* category(const QString& clause, const QDate& at = {}) const;

    // The coefficient for one person (per child for k4). Errors name what does not fit: an unknown
    // clause or point, an age outside the clause, a missing disability severity for k6.
    Result<double> coefficient(const QString& clause, const QString& point, int ageYears,
                               DisabilitySeverity severity, const QDate& at = {}) const;
    // The base level in force on a date (the latest period starting on or before it).
    Result<qint64> baseLevelAt(const QDate& date) const;
    static std::optional<WelfareBaseLevel> levelAt(const QList<WelfareBaseLevel>& levels, const QDate& date);

    static qint64 monthlyAmount(qint64 baseLevel, double coefficient); // rounded to the đồng
    Result<qint64> monthlyAmount(const QString& clause, const QString& point, int ageYears,
                                 DisabilitySeverity severity, const QDate& at) const;

    // Normalises a point letter: "A" → "a", "dd"/"Đ" → "đ". Empty stays empty.
    static QString normalizePoint(const QString& point);

private:
    QList<WelfareCategory> m_categories;
    QList<WelfareBaseLevel> m_baseLevels;
    QStringList m_points;
};

} // namespace xaso::domain
