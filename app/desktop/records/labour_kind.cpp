// Lao động (models 31, 34) on the generic record screen.

#include "records/typed_record_kind.h"

#include "domain/labour/labour_repository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using Type = xaso::desktop::FieldDef::Type;

namespace xaso::desktop::kinds {

namespace {

const QList<FieldDef>& labourFields()
{
    static const QList<FieldDef> f{
        {u"full_name"_s, QT_TRANSLATE_NOOP("RecordFields", "Full name"), Type::Text, {}, true},
        {u"resident_id"_s, QT_TRANSLATE_NOOP("RecordFields", "Personal ID"), Type::Text, {}, true},
        {u"birth_date"_s, QT_TRANSLATE_NOOP("RecordFields", "Date of birth"), Type::Date, {}, true},
        {u"sex"_s,
         QT_TRANSLATE_NOOP("RecordFields", "Sex"),
         Type::Choice,
         {{u"male"_s, QT_TRANSLATE_NOOP("RecordFields", "Male")},
          {u"female"_s, QT_TRANSLATE_NOOP("RecordFields", "Female")}},
         true},
        {u"hamlet_code"_s, QT_TRANSLATE_NOOP("RecordFields", "Hamlet"), Type::Text, {}, true},
        {u"area_type"_s,
         QT_TRANSLATE_NOOP("RecordFields", "Area"),
         Type::Choice,
         {{u"urban"_s, QT_TRANSLATE_NOOP("RecordFields", "Urban")},
          {u"rural"_s, QT_TRANSLATE_NOOP("RecordFields", "Rural")}}},
        {u"status"_s,
         QT_TRANSLATE_NOOP("RecordFields", "Employment"),
         Type::Choice,
         {{u"employed"_s, QT_TRANSLATE_NOOP("RecordFields", "Employed")},
          {u"unemployed"_s, QT_TRANSLATE_NOOP("RecordFields", "Unemployed")},
          {u"outside"_s, QT_TRANSLATE_NOOP("RecordFields", "Outside the labour force")}},
         true},
        {u"education_level"_s, QT_TRANSLATE_NOOP("RecordFields", "General education (e.g. 12/12)")},
        {u"technical_level"_s,
         QT_TRANSLATE_NOOP("RecordFields", "Technical level"),
         Type::Choice,
         {{u"none"_s, QT_TRANSLATE_NOOP("RecordFields", "None")},
          {u"elementary"_s, QT_TRANSLATE_NOOP("RecordFields", "Elementary")},
          {u"intermediate"_s, QT_TRANSLATE_NOOP("RecordFields", "Intermediate")},
          {u"college"_s, QT_TRANSLATE_NOOP("RecordFields", "College")},
          {u"university"_s, QT_TRANSLATE_NOOP("RecordFields", "University")},
          {u"postgraduate"_s, QT_TRANSLATE_NOOP("RecordFields", "Postgraduate")}},
         true},
        {u"training_field"_s, QT_TRANSLATE_NOOP("RecordFields", "Field of training")},
        {u"employment_status"_s,
         QT_TRANSLATE_NOOP("RecordFields", "Position (employed)"),
         Type::Choice,
         {{u"employer"_s, QT_TRANSLATE_NOOP("RecordFields", "Employer")},
          {u"own_account"_s, QT_TRANSLATE_NOOP("RecordFields", "Own-account worker")},
          {u"family_worker"_s, QT_TRANSLATE_NOOP("RecordFields", "Family worker")},
          {u"coop_member"_s, QT_TRANSLATE_NOOP("RecordFields", "Cooperative member")},
          {u"employee"_s, QT_TRANSLATE_NOOP("RecordFields", "Employee")}}},
        {u"occupation_code"_s, QT_TRANSLATE_NOOP("RecordFields", "Occupation (VSCO)")},
        {u"employer"_s, QT_TRANSLATE_NOOP("RecordFields", "Employer name")},
        {u"workplace"_s, QT_TRANSLATE_NOOP("RecordFields", "Workplace")},
        {u"unemployed_kind"_s,
         QT_TRANSLATE_NOOP("RecordFields", "Unemployed"),
         Type::Choice,
         {{u"never_worked"_s, QT_TRANSLATE_NOOP("RecordFields", "Never worked")},
          {u"worked_before"_s, QT_TRANSLATE_NOOP("RecordFields", "Worked before")}}},
        {u"unemployed_months"_s, QT_TRANSLATE_NOOP("RecordFields", "Months without work"), Type::Integer},
        {u"outside_reason"_s, QT_TRANSLATE_NOOP("RecordFields", "Reason outside the labour force")},
        {u"social_insurance_no"_s, QT_TRANSLATE_NOOP("RecordFields", "Social insurance number")},
        {u"health_insurance_no"_s, QT_TRANSLATE_NOOP("RecordFields", "Health insurance number")},
        {u"training_need"_s, QT_TRANSLATE_NOOP("RecordFields", "Training need")},
    };
    return f;
}

class LabourKind final : public TypedScreenKind<domain::LabourRecord>
{
public:
    LabourKind(storage::Vault& vault, const RoleCatalog& roles) : m_repo(vault, roles)
    {
        Codec c;
        c.toFields = domain::labour::toFields;
        c.fromRow = domain::labour::fromRow;
        c.validate = [&vault](domain::LabourRecord& r, bool) {
            domain::labour::normalise(r);
            return domain::labour::validate(r, domain::vietnamToday(vault.clock()));
        };
        c.get = [this](const QString& id) { return m_repo.get(id); };
        c.list = [this](const domain::ListQuery& q) { return m_repo.list(q); };
        c.insert = [this](domain::LabourRecord& r, const domain::FieldMap&) { return m_repo.insert(r); };
        c.update = [this](const domain::LabourRecord& o, const domain::LabourRecord& e) {
            return m_repo.update(o, e);
        };
        c.remove = [this](const QString& id) { return m_repo.remove(id); };
        setCodec(std::move(c));
    }
    QString sectionId() const override { return u"labour"_s; }
    QString ioName() const override { return u"labour"_s; }
    QString title() const override { return QCoreApplication::translate("RecordKinds", "Labour records"); }
    QString searchHint() const override
    {
        return QCoreApplication::translate("RecordKinds", "Search by name, e.g. “nguyen van”…");
    }
    const QList<FieldDef>& fields() const override { return labourFields(); }
    QString categoryColumn() const override { return u"status"_s; }

private:
    domain::LabourRepository m_repo;
};

} // namespace

std::unique_ptr<RecordScreenKind> makeLabour(storage::Vault& vault, const RoleCatalog& roles)
{
    return std::make_unique<LabourKind>(vault, roles);
}

} // namespace xaso::desktop::kinds
