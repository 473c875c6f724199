#include "domain/land/land_record.h"

#include "text/folding.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace xaso::domain::land {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LandRecord", text);
}

QString s(const FieldMap& f, const char* name)
{
    return f.value(QString::fromLatin1(name)).toString();
}

} // namespace

const QStringList& columns()
{
    static const QStringList c{QStringLiteral("certificate_serial"),
                               QStringLiteral("register_number"),
                               QStringLiteral("map_sheet"),
                               QStringLiteral("parcel_number"),
                               QStringLiteral("area_m2"),
                               QStringLiteral("purpose"),
                               QStringLiteral("term"),
                               QStringLiteral("origin"),
                               QStringLiteral("address"),
                               QStringLiteral("hamlet_code"),
                               QStringLiteral("house_area_m2")};
    return c;
}

const QStringList& coOwnerColumns()
{
    static const QStringList c{QStringLiteral("land_id"),       QStringLiteral("resident_id"),
                               QStringLiteral("full_name"),     QStringLiteral("name_key"),
                               QStringLiteral("share_percent"), QStringLiteral("role")};
    return c;
}

std::optional<QString> normaliseSerial(const QString& text)
{
    QString t = text::foldForSearch(text).toUpper();
    static const QRegularExpression separators(QStringLiteral(R"([\s.\-_/]+)"));
    t.remove(separators);
    static const QRegularExpression serial(QStringLiteral(R"(^([A-Z]{2})(\d{6})$)"));
    const auto m = serial.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1) + QLatin1Char(' ') + m.captured(2);
}

QString serialSearchKey(const QString& text)
{
    QString t = text::foldForSearch(text).toUpper();
    static const QRegularExpression separators(QStringLiteral(R"([\s.\-_/]+)"));
    t.remove(separators);
    if (t.size() > 2 && t.at(0).isLetter() && t.at(1).isLetter())
        t.insert(2, QLatin1Char(' '));
    return t;
}

FieldMap toFields(const LandRecord& r)
{
    FieldMap f;
    f.insert(QStringLiteral("certificate_serial"), r.certificateSerial);
    f.insert(QStringLiteral("register_number"), textOrNull(r.registerNumber));
    f.insert(QStringLiteral("map_sheet"), textOrNull(r.mapSheet));
    f.insert(QStringLiteral("parcel_number"), textOrNull(r.parcelNumber));
    f.insert(QStringLiteral("area_m2"), r.areaM2);
    f.insert(QStringLiteral("purpose"), r.purpose);
    f.insert(QStringLiteral("term"), textOrNull(r.term));
    f.insert(QStringLiteral("origin"), textOrNull(r.origin));
    f.insert(QStringLiteral("address"), textOrNull(r.address));
    f.insert(QStringLiteral("hamlet_code"), r.hamletCode.isNull() ? QStringLiteral("") : r.hamletCode);
    f.insert(QStringLiteral("house_area_m2"), r.houseAreaM2 ? QVariant(*r.houseAreaM2) : QVariant());
    return f;
}

LandRecord fromRow(const StoredRow& row)
{
    const FieldMap& f = row.fields;
    LandRecord r;
    r.meta = row.meta;
    r.certificateSerial = s(f, "certificate_serial");
    r.registerNumber = s(f, "register_number");
    r.mapSheet = s(f, "map_sheet");
    r.parcelNumber = s(f, "parcel_number");
    r.areaM2 = f.value(QStringLiteral("area_m2")).toDouble();
    r.purpose = s(f, "purpose");
    r.term = s(f, "term");
    r.origin = s(f, "origin");
    r.address = s(f, "address");
    r.hamletCode = s(f, "hamlet_code");
    if (const QVariant h = f.value(QStringLiteral("house_area_m2")); !h.isNull())
        r.houseAreaM2 = h.toDouble();
    return r;
}

FieldMap coOwnerFields(const LandCoOwner& c, const QString& landId)
{
    FieldMap f;
    f.insert(QStringLiteral("land_id"), landId);
    f.insert(QStringLiteral("resident_id"), textOrNull(c.residentId));
    f.insert(QStringLiteral("full_name"), c.fullName);
    f.insert(QStringLiteral("name_key"), text::foldForSearch(c.fullName));
    f.insert(QStringLiteral("share_percent"), c.sharePercent);
    f.insert(QStringLiteral("role"), c.role);
    return f;
}

LandCoOwner coOwnerFromRow(const StoredRow& row)
{
    LandCoOwner c;
    c.id = row.meta.id;
    c.residentId = s(row.fields, "resident_id");
    c.fullName = s(row.fields, "full_name");
    c.sharePercent = row.fields.value(QStringLiteral("share_percent")).toDouble();
    c.role = s(row.fields, "role");
    return c;
}

void normalise(LandRecord& r)
{
    if (auto serial = normaliseSerial(r.certificateSerial))
        r.certificateSerial = *serial;
    else
        r.certificateSerial = r.certificateSerial.trimmed();
    QString purpose = r.purpose.toUpper();
    purpose.remove(QRegularExpression(QStringLiteral(R"(\s)")));
    purpose.replace(QLatin1Char(','), QLatin1Char('+'));
    purpose.replace(QLatin1Char(';'), QLatin1Char('+'));
    r.purpose = purpose;
    for (QString* t : {&r.registerNumber, &r.mapSheet, &r.parcelNumber, &r.hamletCode})
        *t = t->trimmed();
    for (QString* t : {&r.term, &r.origin, &r.address})
        *t = text::normalizeInput(*t);
    for (LandCoOwner& c : r.coOwners) {
        c.fullName = text::normalizeInput(c.fullName);
        c.residentId = c.residentId.trimmed();
        c.role = c.role.trimmed().toLower();
        if (c.role.isEmpty())
            c.role = QStringLiteral("user");
    }
}

Validation validate(const LandRecord& r, const QDate& today)
{
    Validation v;
    if (r.certificateSerial.isEmpty())
        v.addError(QStringLiteral("certificate_serial"), tr("The certificate serial is missing."));
    else if (!normaliseSerial(r.certificateSerial))
        v.addError(QStringLiteral("certificate_serial"),
                   tr("The certificate serial “%1” is not 2 letters and 6 digits (for example CS 123456).")
                       .arg(r.certificateSerial));
    if (!(r.areaM2 > 0))
        v.addError(QStringLiteral("area_m2"), tr("The area must be more than 0 m²."));
    static const QRegularExpression purpose(QStringLiteral(R"(^[A-Z]{2,3}(\+[A-Z]{2,3})*$)"));
    if (r.purpose.isEmpty())
        v.addError(QStringLiteral("purpose"), tr("The land-use purpose is missing."));
    else if (!purpose.match(r.purpose).hasMatch())
        v.addError(
            QStringLiteral("purpose"),
            tr("The land-use purpose “%1” is not a land-use code such as ONT, LUC or CLN.").arg(r.purpose));
    if (r.houseAreaM2 && *r.houseAreaM2 < 0)
        v.addError(QStringLiteral("house_area_m2"), tr("The house area cannot be negative."));
    if (r.coOwners.isEmpty()) {
        v.addError(QStringLiteral("co_owners"),
                   tr("A certificate needs at least one land user or house owner."));
        return v;
    }
    double sum = 0;
    for (qsizetype i = 0; i < r.coOwners.size(); ++i) {
        const LandCoOwner& c = r.coOwners.at(i);
        const QString prefix = QStringLiteral("co_owners[%1].").arg(i + 1);
        checkFullName(v, prefix + QStringLiteral("full_name"), c.fullName);
        checkPersonalId(v, prefix + QStringLiteral("resident_id"), c.residentId, false, {}, std::nullopt,
                        today);
        if (!(c.sharePercent > 0) || c.sharePercent > 100)
            v.addError(prefix + QStringLiteral("share_percent"),
                       tr("The share of %1 must be more than 0 and at most 100 %.").arg(c.fullName));
        if (c.role != QLatin1String("user") && c.role != QLatin1String("owner"))
            v.addError(prefix + QStringLiteral("role"),
                       tr("The role of %1 must be land user or house owner.").arg(c.fullName));
        sum += c.sharePercent;
    }
    if (std::abs(sum - 100.0) > kShareTolerance)
        v.addError(QStringLiteral("share_percent"),
                   tr("The shares of the co-owners sum to %1 %, not 100 %.").arg(sum, 0, 'f', 2));
    return v;
}

} // namespace xaso::domain::land
