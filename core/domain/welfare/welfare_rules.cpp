#include "domain/welfare/welfare_rules.h"

#include "text/folding.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace xaso::domain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("WelfareRules", text);
}

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

std::optional<int> optionalInt(const QJsonObject& o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}

Result<QDate> dateField(const QJsonObject& o, QLatin1StringView key, const QString& where, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isNull() || v.isUndefined()) {
        if (required)
            return invalid(tr("Welfare rules, %1: “%2” is missing.").arg(where, key));
        return QDate();
    }
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    if (!d.isValid())
        return invalid(tr("Welfare rules, %1: “%2” is not a yyyy-mm-dd date.").arg(where, key));
    return d;
}

Result<WelfareBaseLevel> readLevel(const QJsonObject& o, int index)
{
    const QString where = tr("base level %1").arg(index + 1);
    WelfareBaseLevel level;
    level.id = o.value("id"_L1).toString();
    level.amount = qint64(o.value("amount"_L1).toDouble());
    if (level.id.isEmpty() || level.amount <= 0)
        return invalid(tr("Welfare rules, %1: an id and a positive amount are required.").arg(where));
    auto from = dateField(o, "validFrom"_L1, where, true);
    if (!from)
        return from.error();
    auto to = dateField(o, "validTo"_L1, where, false);
    if (!to)
        return to.error();
    level.validFrom = *from;
    level.validTo = *to;
    level.legalBasis = o.value("legalBasis"_L1).toString();
    level.note = o.value("note"_L1).toString();
    return level;
}

Result<WelfareCategory> readCategory(const QJsonObject& o, int index)
{
    WelfareCategory c;
    c.clause = o.value("clause"_L1).toString();
    const QString where = c.clause.isEmpty() ? tr("category %1").arg(index + 1) : c.clause;
    if (c.clause.isEmpty())
        return invalid(tr("Welfare rules, %1: “clause” is missing.").arg(where));
    c.hasPoints = o.value("hasPoints"_L1).toBool();
    c.perChild = o.value("perChild"_L1).toBool();
    c.needsSeverity = o.value("needsSeverity"_L1).toBool();
    c.titleVi = o.value("titleVi"_L1).toString();
    c.titleEn = o.value("titleEn"_L1).toString();
    c.ageFrom = optionalInt(o, "ageFrom"_L1);
    c.ageBelow = optionalInt(o, "ageBelow"_L1);
    c.legalBasis = o.value("legalBasis"_L1).toString();
    auto from = dateField(o, "validFrom"_L1, where, true);
    if (!from)
        return from.error();
    auto to = dateField(o, "validTo"_L1, where, false);
    if (!to)
        return to.error();
    c.validFrom = *from;
    c.validTo = *to;
    const QJsonArray bands = o.value("coefficients"_L1).toArray();
    if (bands.isEmpty())
        return invalid(tr("Welfare rules, %1: “coefficients” is empty.").arg(where));
    for (const QJsonValue& bv : bands) {
        const QJsonObject b = bv.toObject();
        CoefficientBand band;
        band.ageFrom = optionalInt(b, "ageFrom"_L1);
        band.ageBelow = optionalInt(b, "ageBelow"_L1);
        band.value = b.value("value"_L1).toDouble();
        const QString sev = b.value("severity"_L1).toString();
        if (!sev.isEmpty()) {
            auto s = parseSeverity(sev);
            if (!s)
                return invalid(tr("Welfare rules, %1: unknown severity “%2”.").arg(where, sev));
            band.severity = *s;
        }
        if (band.value <= 0)
            return invalid(tr("Welfare rules, %1: a coefficient must be positive.").arg(where));
        c.bands.append(band);
    }
    return c;
}

} // namespace

QString severityCode(DisabilitySeverity s)
{
    switch (s) {
    case DisabilitySeverity::None:
        return {};
    case DisabilitySeverity::Severe:
        return QStringLiteral("severe");
    case DisabilitySeverity::EspeciallySevere:
        return QStringLiteral("especially_severe");
    }
    return {};
}

std::optional<DisabilitySeverity> parseSeverity(const QString& code)
{
    const QString key = text::foldForSearch(code).remove(QLatin1Char(' ')).remove(QLatin1Char('_'));
    if (key.isEmpty() || key == "none"_L1 || key == "khong"_L1)
        return DisabilitySeverity::None;
    if (key == "severe"_L1 || key == "nang"_L1)
        return DisabilitySeverity::Severe;
    if (key == "especiallysevere"_L1 || key == "dacbietnang"_L1)
        return DisabilitySeverity::EspeciallySevere;
    return std::nullopt;
}

QString WelfareCategory::ageRangeText() const
{
    if (ageFrom && ageBelow && *ageFrom > 0)
        return tr("%1 to %2").arg(*ageFrom).arg(*ageBelow - 1);
    if (ageBelow)
        return tr("under %1").arg(*ageBelow);
    if (ageFrom)
        return tr("%1 and over").arg(*ageFrom);
    return tr("any age");
}

Result<WelfareRules> WelfareRules::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("The welfare rule table %1 cannot be read.").arg(path));
    return fromJson(f.readAll());
}

Result<WelfareRules> WelfareRules::fromJson(const QByteArray& json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (!doc.isObject())
        return invalid(tr("The welfare rule table is not valid JSON at byte %1: %2")
                           .arg(err.offset)
                           .arg(err.errorString()));
    const QJsonObject root = doc.object();
    if (root.value("rulesVersion"_L1).toInt() != 1)
        return makeError(ErrorCode::Unsupported, tr("The welfare rule table has an unknown version."));
    WelfareRules rules;
    for (const QJsonValue& p : root.value("points"_L1).toArray())
        rules.m_points.append(p.toString());
    const QJsonArray levels = root.value("baseLevels"_L1).toArray();
    for (qsizetype i = 0; i < levels.size(); ++i) {
        auto level = readLevel(levels.at(i).toObject(), int(i));
        if (!level)
            return level.error();
        rules.m_baseLevels.append(*level);
    }
    const QJsonArray categories = root.value("categories"_L1).toArray();
    for (qsizetype i = 0; i < categories.size(); ++i) {
        auto c = readCategory(categories.at(i).toObject(), int(i));
        if (!c)
            return c.error();
        rules.m_categories.append(*c);
    }
    if (rules.m_categories.isEmpty() || rules.m_baseLevels.isEmpty())
        return invalid(tr("The welfare rule table has no categories or no base levels."));
    return rules;
}

QStringList WelfareRules::clauses() const
{
    QStringList out;
    for (const WelfareCategory& c : m_categories) {
        if (!out.contains(c.clause))
            out.append(c.clause);
    }
    return out;
}

const WelfareCategory* WelfareRules::category(const QString& clause, const QDate& at) const
{
    const WelfareCategory* found = nullptr;
    for (const WelfareCategory& c : m_categories) {
        if (c.clause != clause || !c.validOn(at))
            continue;
        if (!found || c.validFrom > found->validFrom)
            found = &c;
    }
    return found;
}

QString WelfareRules::normalizePoint(const QString& point)
{
    QString p = point.trimmed().toLower();
    if (p == "dd"_L1)
        return QStringLiteral("đ");
    return p;
}

Result<double> WelfareRules::coefficient(const QString& clause, const QString& point, int ageYears,
                                         DisabilitySeverity severity, const QDate& at) const
{
    const WelfareCategory* c = category(clause, at);
    if (!c)
        return invalid(tr("“%1” is not a welfare category in force (expected one of %2).")
                           .arg(clause, clauses().join(QStringLiteral(", "))));
    const QString p = normalizePoint(point);
    if (!p.isEmpty() && !c->hasPoints)
        return invalid(tr("Category %1 has no points; “%2” cannot be given.").arg(clause, point));
    if (!p.isEmpty() && !m_points.contains(p))
        return invalid(tr("“%1” is not a point of category %2 (expected one of %3).")
                           .arg(point, clause, m_points.join(QStringLiteral(", "))));
    if (ageYears < 0)
        return invalid(tr("The age is unknown, so the coefficient cannot be computed."));
    if (!c->ageFits(ageYears))
        return invalid(tr("Age %1 does not fit category %2, which covers ages %3.")
                           .arg(ageYears)
                           .arg(clause, c->ageRangeText()));
    if (c->needsSeverity && severity == DisabilitySeverity::None)
        return invalid(
            tr("Category %1 needs the disability level (severe or especially severe).").arg(clause));
    for (const CoefficientBand& b : c->bands) {
        if (b.severity != DisabilitySeverity::None && b.severity != severity)
            continue;
        if ((b.ageFrom && ageYears < *b.ageFrom) || (b.ageBelow && ageYears >= *b.ageBelow))
            continue;
        return b.value;
    }
    return invalid(tr("No coefficient of category %1 applies at age %2.").arg(clause).arg(ageYears));
}

std::optional<WelfareBaseLevel> WelfareRules::levelAt(const QList<WelfareBaseLevel>& levels,
                                                      const QDate& date)
{
    std::optional<WelfareBaseLevel> found;
    for (const WelfareBaseLevel& l : levels) {
        if (l.covers(date) && (!found || l.validFrom > found->validFrom))
            found = l;
    }
    return found;
}

Result<qint64> WelfareRules::baseLevelAt(const QDate& date) const
{
    auto l = levelAt(m_baseLevels, date);
    if (!l)
        return makeError(ErrorCode::NotFound,
                         tr("No base level is known for %1.").arg(date.toString(Qt::ISODate)));
    return l->amount;
}

qint64 WelfareRules::monthlyAmount(qint64 baseLevel, double coefficient)
{
    return qint64(std::llround(double(baseLevel) * coefficient));
}

Result<qint64> WelfareRules::monthlyAmount(const QString& clause, const QString& point, int ageYears,
                                           DisabilitySeverity severity, const QDate& at) const
{
    auto coef = coefficient(clause, point, ageYears, severity, at);
    if (!coef)
        return coef.error();
    auto base = baseLevelAt(at);
    if (!base)
        return base.error();
    return monthlyAmount(*base, *coef);
}

} // namespace xaso::domain
