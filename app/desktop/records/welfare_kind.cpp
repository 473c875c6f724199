// Bảo trợ xã hội (model 32) on the generic record screen.

#include "records/typed_record_kind.h"

#include "domain/welfare/welfare_repository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using Type = xaso::desktop::FieldDef::Type;

namespace xaso::desktop::kinds {

namespace {

const QList<FieldDef>& welfareFields()
{
    static const QList<FieldDef> f{
        {u"full_name"_s, QT_TRANSLATE_NOOP("RecordFields", "Full name"), Type::Text, {}, true},
        {u"resident_id"_s, QT_TRANSLATE_NOOP("RecordFields", "Personal ID"), Type::Text, {}, true},
        {u"birth_date"_s, QT_TRANSLATE_NOOP("RecordFields", "Date of birth"), Type::Date, {}, true},
        {u"clause"_s,
         QT_TRANSLATE_NOOP("RecordFields", "Category (Decree 20/2021, Art. 5)"),
         Type::Choice,
         {{u"k1"_s, QT_TRANSLATE_NOOP("RecordFields", "Cl. 1 – child without support")},
          {u"k2"_s, QT_TRANSLATE_NOOP("RecordFields", "Cl. 2 – aged 16–22, studying")},
          {u"k3"_s, QT_TRANSLATE_NOOP("RecordFields", "Cl. 3 – child with HIV, poor household")},
          {u"k4"_s, QT_TRANSLATE_NOOP("RecordFields", "Cl. 4 – poor single parent")},
          {u"k5a"_s, QT_TRANSLATE_NOOP("RecordFields", "Cl. 5a – poor elderly, no supporter")},
          {u"k5b"_s, QT_TRANSLATE_NOOP("RecordFields", "Cl. 5b – aged 75–80, disadvantaged area")},
          {u"k5c"_s, QT_TRANSLATE_NOOP("RecordFields", "Cl. 5c – aged 80+, no pension")},
          {u"k5d"_s, QT_TRANSLATE_NOOP("RecordFields", "Cl. 5d – elderly with a community carer")},
          {u"k6"_s, QT_TRANSLATE_NOOP("RecordFields", "Cl. 6 – severe disability")},
          {u"k7"_s, QT_TRANSLATE_NOOP("RecordFields", "Cl. 7 – child under 3, disadvantaged area")},
          {u"k8"_s, QT_TRANSLATE_NOOP("RecordFields", "Cl. 8 – HIV, poor, no income")}},
         true},
        {u"point"_s, QT_TRANSLATE_NOOP("RecordFields", "Point (a–l)")},
        {u"child_count"_s, QT_TRANSLATE_NOOP("RecordFields", "Children raised (cl. 4)"), Type::Integer},
        {u"disability_level"_s,
         QT_TRANSLATE_NOOP("RecordFields", "Disability level"),
         Type::Choice,
         {{u"severe"_s, QT_TRANSLATE_NOOP("RecordFields", "Severe")},
          {u"especially_severe"_s, QT_TRANSLATE_NOOP("RecordFields", "Especially severe")}}},
        {u"monthly_amount"_s,
         QT_TRANSLATE_NOOP("RecordFields", "Monthly allowance (VND)"),
         Type::Integer,
         {},
         true,
         false,
         true},
        {u"decision_number"_s, QT_TRANSLATE_NOOP("RecordFields", "Decision number")},
        {u"decision_date"_s, QT_TRANSLATE_NOOP("RecordFields", "Decision date"), Type::Date},
        {u"start_date"_s, QT_TRANSLATE_NOOP("RecordFields", "Paid from"), Type::Date},
        {u"end_date"_s, QT_TRANSLATE_NOOP("RecordFields", "Paid until"), Type::Date},
        {u"payment_kind"_s,
         QT_TRANSLATE_NOOP("RecordFields", "Payment"),
         Type::Choice,
         {{u"bank"_s, QT_TRANSLATE_NOOP("RecordFields", "Bank account")},
          {u"ewallet"_s, QT_TRANSLATE_NOOP("RecordFields", "E-wallet")},
          {u"mobile_money"_s, QT_TRANSLATE_NOOP("RecordFields", "Mobile Money")},
          {u"cash"_s, QT_TRANSLATE_NOOP("RecordFields", "Cash")}}},
        {u"account_ref"_s, QT_TRANSLATE_NOOP("RecordFields", "Account")},
        {u"hamlet_code"_s, QT_TRANSLATE_NOOP("RecordFields", "Hamlet"), Type::Text, {}, true},
        {u"note"_s, QT_TRANSLATE_NOOP("RecordFields", "Note"), Type::LongText},
    };
    return f;
}

const domain::WelfareRules& rules()
{
    static const domain::WelfareRules loaded = [] {
        auto r = domain::WelfareRules::load();
        if (!r)
            qFatal("the welfare rule table does not load: %s", qPrintable(r.message()));
        return std::move(r).value();
    }();
    return loaded;
}

class WelfareKind final : public TypedScreenKind<domain::WelfareBeneficiary>
{
public:
    WelfareKind(storage::Vault& vault, const RoleCatalog& roles) : m_repo(vault, roles, rules())
    {
        Codec c;
        c.toFields = domain::welfare::toFields;
        c.fromRow = domain::welfare::fromRow;
        c.validate = [&vault](domain::WelfareBeneficiary& b, bool) {
            return domain::welfare::validate(b, rules(), domain::vietnamToday(vault.clock()));
        };
        c.get = [this](const QString& id) { return m_repo.get(id); };
        c.list = [this](const domain::ListQuery& q) { return m_repo.list(q); };
        c.insert = [this](domain::WelfareBeneficiary& b, const domain::FieldMap&) {
            return m_repo.insert(b);
        };
        c.update = [this](const domain::WelfareBeneficiary& o, const domain::WelfareBeneficiary& e) {
            return m_repo.update(o, e);
        };
        c.remove = [this](const QString& id) { return m_repo.remove(id); };
        setCodec(std::move(c));
    }
    QString sectionId() const override { return u"welfare"_s; }
    QString ioName() const override { return u"welfare"_s; }
    QString title() const override
    {
        return QCoreApplication::translate("RecordKinds", "Welfare beneficiaries");
    }
    QString searchHint() const override
    {
        return QCoreApplication::translate("RecordKinds", "Search by name, e.g. “nguyen van”…");
    }
    const QList<FieldDef>& fields() const override { return welfareFields(); }
    QString categoryColumn() const override { return u"clause"_s; }

private:
    domain::WelfareRepository m_repo;
};

} // namespace

std::unique_ptr<RecordScreenKind> makeWelfare(storage::Vault& vault, const RoleCatalog& roles)
{
    return std::make_unique<WelfareKind>(vault, roles);
}

} // namespace xaso::desktop::kinds
