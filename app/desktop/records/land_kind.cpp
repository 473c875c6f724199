// Đất đai và nhà ở (model 30) on the generic record screen. The co-owners of a certificate are
// kept across an edit of its other fields.

#include "records/typed_record_kind.h"

#include "domain/land/land_repository.h"

#include <QCoreApplication>

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
        {u"_owner_name"_s, QT_TRANSLATE_NOOP("RecordFields", "Land user (full name)")},
        {u"_owner_id"_s, QT_TRANSLATE_NOOP("RecordFields", "Land user's personal ID")},
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
    // The first land user is edited on the form; further co-owners come from an import.
    void addExtras(const domain::LandRecord& r, domain::FieldMap& fields) const override
    {
        if (!r.coOwners.isEmpty()) {
            fields.insert(u"_owner_name"_s, r.coOwners.first().fullName);
            fields.insert(u"_owner_id"_s, r.coOwners.first().residentId);
        }
    }
    void applyExtras(const domain::FieldMap& values, domain::LandRecord& r) const override
    {
        const QString name = values.value(u"_owner_name"_s).toString().trimmed();
        const QString id = values.value(u"_owner_id"_s).toString().trimmed();
        if (r.coOwners.isEmpty()) {
            if (name.isEmpty() && id.isEmpty())
                return;
            domain::LandCoOwner owner;
            owner.sharePercent = 100;
            r.coOwners.append(owner);
        }
        r.coOwners.first().fullName = name;
        r.coOwners.first().residentId = id;
    }
    QString formField(const QString& field) const override
    {
        if (field == u"co_owners"_s || field == u"co_owners[1].full_name"_s)
            return u"_owner_name"_s;
        if (field == u"co_owners[1].resident_id"_s)
            return u"_owner_id"_s;
        return field;
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
