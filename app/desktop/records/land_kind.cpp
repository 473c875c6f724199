// Đất đai và nhà ở (model 30) on the generic record screen. The land users and house owners of
// a certificate are edited as a table on the form (CoOwnersEditor); the core checks each row and
// that the shares sum to 100 %, and its messages are shown under the table with the row.

#include "records/typed_record_kind.h"

#include "domain/land/land_repository.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using Type = xaso::desktop::FieldDef::Type;

namespace xaso::desktop::kinds {

namespace {

const QList<FieldDef>& landFields()
{
    static const QList<FieldDef> f{
        {u"certificate_serial"_s,
         QT_TRANSLATE_NOOP("RecordFields", "Certificate serial (e.g. CS 123456)"),
         Type::Text,
         {},
         true},
        {u"register_number"_s, QT_TRANSLATE_NOOP("RecordFields", "Register number"), Type::Text, {}, true},
        {u"map_sheet"_s, QT_TRANSLATE_NOOP("RecordFields", "Map sheet"), Type::Text, {}, true},
        {u"parcel_number"_s, QT_TRANSLATE_NOOP("RecordFields", "Parcel"), Type::Text, {}, true},
        {u"area_m2"_s, QT_TRANSLATE_NOOP("RecordFields", "Area (m²)"), Type::Decimal, {}, true},
        {u"purpose"_s, QT_TRANSLATE_NOOP("RecordFields", "Land use (e.g. ONT, CLN)"), Type::Text, {}, true},
        {u"term"_s, QT_TRANSLATE_NOOP("RecordFields", "Term of use")},
        {u"origin"_s, QT_TRANSLATE_NOOP("RecordFields", "Origin of use")},
        {u"address"_s, QT_TRANSLATE_NOOP("RecordFields", "Address of the parcel")},
        {u"hamlet_code"_s, QT_TRANSLATE_NOOP("RecordFields", "Hamlet"), Type::Text, {}, true},
        {u"house_area_m2"_s, QT_TRANSLATE_NOOP("RecordFields", "House floor area (m²)"), Type::Decimal},
        {u"_co_owners"_s, QT_TRANSLATE_NOOP("RecordFields", "Land users and house owners"), Type::CoOwners},
    };
    return f;
}

class LandKind final : public TypedScreenKind<domain::LandRecord>
{
public:
    LandKind(storage::Vault& vault, const RoleCatalog& roles) : m_repo(vault, roles)
    {
        Codec c;
        c.toFields = domain::land::toFields;
        c.fromRow = domain::land::fromRow;
        c.validate = [&vault](domain::LandRecord& r, bool) {
            domain::land::normalise(r);
            return domain::land::validate(r, domain::vietnamToday(vault.clock()));
        };
        c.get = [this](const QString& id) { return m_repo.get(id); };
        c.list = [this](const domain::ListQuery& q) { return m_repo.list(q); };
        c.insert = [this](domain::LandRecord& r, const domain::FieldMap&) { return m_repo.insert(r); };
        c.update = [this](const domain::LandRecord& o, const domain::LandRecord& e) {
            return m_repo.update(o, e);
        };
        c.remove = [this](const QString& id) { return m_repo.remove(id); };
        setCodec(std::move(c));
    }
    QString sectionId() const override { return u"land"_s; }
    QString ioName() const override { return u"land"_s; }
    QString title() const override { return QCoreApplication::translate("RecordKinds", "Land certificates"); }
    QString searchHint() const override
    {
        return QCoreApplication::translate("RecordKinds", "Search by certificate serial, e.g. “CS 12”…");
    }
    const QList<FieldDef>& fields() const override { return landFields(); }
    QString categoryColumn() const override { return u"purpose"_s; }

protected:
    void carryOver(const domain::LandRecord& from, domain::LandRecord& to) const override
    {
        to.coOwners = from.coOwners;
    }
    void addExtras(const domain::LandRecord& r, domain::FieldMap& fields) const override
    {
        QVariantList owners;
        for (const domain::LandCoOwner& c : r.coOwners)
            owners.append(QVariantMap{{u"id"_s, c.id},
                                      {u"full_name"_s, c.fullName},
                                      {u"resident_id"_s, c.residentId},
                                      {u"share_percent"_s, c.sharePercent},
                                      {u"role"_s, c.role}});
        fields.insert(u"_co_owners"_s, owners);
    }
    // The form's rows replace the co-owners; a row keeps its id, so the repository updates that
    // co-owner, adds a row without one and removes one left out.
    void applyExtras(const domain::FieldMap& values, domain::LandRecord& r) const override
    {
        if (!values.contains(u"_co_owners"_s))
            return;
        r.coOwners.clear();
        for (const QVariant& v : values.value(u"_co_owners"_s).toList()) {
            const QVariantMap m = v.toMap();
            domain::LandCoOwner c;
            c.id = m.value(u"id"_s).toString();
            c.fullName = m.value(u"full_name"_s).toString().trimmed();
            c.residentId = m.value(u"resident_id"_s).toString().trimmed();
            c.sharePercent = m.value(u"share_percent"_s).toDouble();
            c.role = m.value(u"role"_s).toString().isEmpty() ? u"user"_s : m.value(u"role"_s).toString();
            r.coOwners.append(c);
        }
    }
    QString formField(const QString& field) const override
    {
        if (field.startsWith(u"co_owners"_s) || field == u"share_percent"_s)
            return u"_co_owners"_s;
        return field;
    }
    QString formMessage(const QString& field, const QString& message) const override
    {
        static const QRegularExpression row(u"^co_owners\\[(\\d+)\\]"_s);
        const QRegularExpressionMatch m = row.match(field);
        if (!m.hasMatch())
            return message;
        return QCoreApplication::translate("RecordFields", "Row %1: %2").arg(m.captured(1), message);
    }

private:
    domain::LandRepository m_repo;
};

} // namespace

std::unique_ptr<RecordScreenKind> makeLand(storage::Vault& vault, const RoleCatalog& roles)
{
    return std::make_unique<LandKind>(vault, roles);
}

} // namespace xaso::desktop::kinds
