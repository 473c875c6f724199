#include "domain/labour/labour_record.h"

#include "text/folding.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace xaso::domain::labour {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LabourRecord", text);
}

QString s(const FieldMap& f, const char* name)
{
    return f.value(QString::fromLatin1(name)).toString();
}

QStringList list(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* i : items)
        out.append(QString::fromLatin1(i));
    return out;
}

} // namespace

const QStringList& columns()
{
    static const QStringList c = list({"resident_id",
                                       "full_name",
                                       "name_key",
                                       "birth_date",
                                       "sex",
                                       "hamlet_code",
                                       "area_type",
                                       "education_level",
                                       "technical_level",
                                       "training_field",
                                       "status",
                                       "employment_status",
                                       "occupation_code",
                                       "industry_code",
                                       "contract_type",
                                       "employer",
                                       "workplace",
                                       "abroad",
                                       "unemployed_kind",
                                       "unemployed_months",
                                       "previous_job",
                                       "outside_reason",
                                       "social_insurance_type",
                                       "social_insurance_no",
                                       "unemployment_insurance",
                                       "health_insurance_no",
                                       "income_band",
                                       "training_need"});
    return c;
}

const QStringList& statuses()
{
    static const QStringList c = list({"employed", "unemployed", "outside"});
    return c;
}

const QStringList& technicalLevels()
{
    static const QStringList c =
        list({"none", "elementary", "intermediate", "college", "university", "postgraduate"});
    return c;
}

const QStringList& employmentStatuses()
{
    static const QStringList c =
        list({"employer", "own_account", "family_worker", "coop_member", "employee"});
    return c;
}

const QStringList& branchColumns(const QString& status)
{
    static const QStringList employed = list({"employment_status", "occupation_code", "industry_code",
                                              "contract_type", "employer", "workplace", "abroad"});
    static const QStringList unemployed = list({"unemployed_kind", "unemployed_months", "previous_job"});
    static const QStringList outside = list({"outside_reason"});
    static const QStringList none;
    if (status == QLatin1String("employed"))
        return employed;
    if (status == QLatin1String("unemployed"))
        return unemployed;
    if (status == QLatin1String("outside"))
        return outside;
    return none;
}

FieldMap toFields(const LabourRecord& r)
{
    FieldMap f;
    auto put = [&f](const char* name, const QString& v) {
        f.insert(QString::fromLatin1(name), textOrNull(v));
    };
    put("resident_id", r.residentId);
    f.insert(QStringLiteral("full_name"), r.fullName);
    f.insert(QStringLiteral("name_key"), text::foldForSearch(r.fullName));
    f.insert(QStringLiteral("birth_date"), dateOrNull(r.birthDate));
    f.insert(QStringLiteral("sex"), r.sex);
    f.insert(QStringLiteral("hamlet_code"), r.hamletCode.isNull() ? QStringLiteral("") : r.hamletCode);
    f.insert(QStringLiteral("area_type"), r.areaType);
    put("education_level", r.educationLevel);
    f.insert(QStringLiteral("technical_level"), r.technicalLevel);
    put("training_field", r.trainingField);
    f.insert(QStringLiteral("status"), r.status);
    put("employment_status", r.employmentStatus);
    put("occupation_code", r.occupationCode);
    put("industry_code", r.industryCode);
    put("contract_type", r.contractType);
    put("employer", r.employer);
    put("workplace", r.workplace);
    f.insert(QStringLiteral("abroad"), r.abroad ? QVariant(qint64(*r.abroad ? 1 : 0)) : QVariant());
    put("unemployed_kind", r.unemployedKind);
    f.insert(QStringLiteral("unemployed_months"),
             r.unemployedMonths ? QVariant(qint64(*r.unemployedMonths)) : QVariant());
    put("previous_job", r.previousJob);
    put("outside_reason", r.outsideReason);
    put("social_insurance_type", r.socialInsuranceType);
    put("social_insurance_no", r.socialInsuranceNo);
    f.insert(QStringLiteral("unemployment_insurance"), qint64(r.unemploymentInsurance ? 1 : 0));
    put("health_insurance_no", r.healthInsuranceNo);
    put("income_band", r.incomeBand);
    put("training_need", r.trainingNeed);
    return f;
}

LabourRecord fromRow(const StoredRow& row)
{
    const FieldMap& f = row.fields;
    LabourRecord r;
    r.meta = row.meta;
    r.residentId = s(f, "resident_id");
    r.fullName = s(f, "full_name");
    r.birthDate = fromIsoDate(s(f, "birth_date"));
    r.sex = s(f, "sex");
    r.hamletCode = s(f, "hamlet_code");
    r.areaType = s(f, "area_type");
    r.educationLevel = s(f, "education_level");
    r.technicalLevel = s(f, "technical_level");
    r.trainingField = s(f, "training_field");
    r.status = s(f, "status");
    r.employmentStatus = s(f, "employment_status");
    r.occupationCode = s(f, "occupation_code");
    r.industryCode = s(f, "industry_code");
    r.contractType = s(f, "contract_type");
    r.employer = s(f, "employer");
    r.workplace = s(f, "workplace");
    if (const QVariant a = f.value(QStringLiteral("abroad")); !a.isNull())
        r.abroad = a.toLongLong() != 0;
    r.unemployedKind = s(f, "unemployed_kind");
    if (const QVariant m = f.value(QStringLiteral("unemployed_months")); !m.isNull())
        r.unemployedMonths = m.toInt();
    r.previousJob = s(f, "previous_job");
    r.outsideReason = s(f, "outside_reason");
    r.socialInsuranceType = s(f, "social_insurance_type");
    r.socialInsuranceNo = s(f, "social_insurance_no");
    r.unemploymentInsurance = f.value(QStringLiteral("unemployment_insurance")).toLongLong() != 0;
    r.healthInsuranceNo = s(f, "health_insurance_no");
    r.incomeBand = s(f, "income_band");
    r.trainingNeed = s(f, "training_need");
    return r;
}

void normalise(LabourRecord& r)
{
    r.residentId = r.residentId.trimmed();
    r.fullName = text::normalizeInput(r.fullName);
    for (QString* code : {&r.sex, &r.areaType, &r.technicalLevel, &r.status, &r.employmentStatus,
                          &r.unemployedKind, &r.socialInsuranceType})
        *code = code->trimmed().toLower();
    if (r.technicalLevel.isEmpty())
        r.technicalLevel = QStringLiteral("none");
    r.industryCode = r.industryCode.trimmed().toUpper();
    r.occupationCode = r.occupationCode.trimmed();
    r.hamletCode = r.hamletCode.trimmed();
    if (r.status == QLatin1String("employed") && !r.abroad)
        r.abroad = false;
}

Validation validate(const LabourRecord& r, const QDate& today)
{
    Validation v;
    const std::optional<Sex> sex = r.sex == QLatin1String("male")     ? std::optional<Sex>(Sex::Male)
                                   : r.sex == QLatin1String("female") ? std::optional<Sex>(Sex::Female)
                                                                      : std::nullopt;
    checkPersonalId(v, QStringLiteral("resident_id"), r.residentId, true, r.birthDate, sex, today);
    checkFullName(v, QStringLiteral("full_name"), r.fullName);
    if (!r.birthDate.isValid()) {
        v.addError(QStringLiteral("birth_date"), tr("The date of birth is missing."));
    } else if (const int age = ageInYears(r.birthDate, today); age < kMinimumAge) {
        v.addError(QStringLiteral("birth_date"),
                   tr("Age %1: labour records are for people aged %2 and over.").arg(age).arg(kMinimumAge));
    }
    if (!sex)
        v.addError(QStringLiteral("sex"), tr("The sex must be male or female."));
    if (r.areaType != QLatin1String("urban") && r.areaType != QLatin1String("rural"))
        v.addError(QStringLiteral("area_type"), tr("The area must be urban or rural."));
    if (!technicalLevels().contains(r.technicalLevel))
        v.addError(QStringLiteral("technical_level"),
                   tr("The technical level “%1” is not one of %2.")
                       .arg(r.technicalLevel, technicalLevels().join(QStringLiteral(", "))));
    if (!statuses().contains(r.status)) {
        v.addError(QStringLiteral("status"),
                   tr("The employment status must be employed, unemployed or outside "
                      "the labour force."));
        return v;
    }
    // Only the fields of the person's own branch may be filled.
    const FieldMap f = toFields(r);
    QStringList foreign;
    for (const QString& other : statuses()) {
        if (other == r.status)
            continue;
        for (const QString& c : branchColumns(other)) {
            if (!f.value(c).isNull())
                foreign.append(c);
        }
    }
    if (!foreign.isEmpty())
        v.addError(foreign.constFirst(), tr("For status “%1” these fields must be empty: %2.")
                                             .arg(r.status, foreign.join(QStringLiteral(", "))));
    if (r.status == QLatin1String("employed")) {
        if (!employmentStatuses().contains(r.employmentStatus))
            v.addError(QStringLiteral("employment_status"),
                       tr("An employed person needs an employment status: %1.")
                           .arg(employmentStatuses().join(QStringLiteral(", "))));
        static const QRegularExpression vsco(QStringLiteral(R"(^\d{1,4}$)"));
        if (!r.occupationCode.isEmpty() && !vsco.match(r.occupationCode).hasMatch())
            v.addError(
                QStringLiteral("occupation_code"),
                tr("The occupation code “%1” is not a VSCO code (1 to 4 digits).").arg(r.occupationCode));
        static const QRegularExpression vsic(QStringLiteral(R"(^([A-U]|\d{2,5})$)"));
        if (!r.industryCode.isEmpty() && !vsic.match(r.industryCode).hasMatch())
            v.addError(QStringLiteral("industry_code"),
                       tr("The industry code “%1” is not a VSIC 2018 code (a section letter A–U or 2 to 5 "
                          "digits).")
                           .arg(r.industryCode));
    } else if (r.status == QLatin1String("unemployed")) {
        if (r.unemployedKind != QLatin1String("never_worked") &&
            r.unemployedKind != QLatin1String("worked_before"))
            v.addError(QStringLiteral("unemployed_kind"),
                       tr("An unemployed person either never worked or worked before; say which."));
        if (r.unemployedMonths && *r.unemployedMonths < 0)
            v.addError(QStringLiteral("unemployed_months"),
                       tr("The months of unemployment cannot be negative."));
    } else if (r.outsideReason.trimmed().isEmpty()) {
        v.addError(
            QStringLiteral("outside_reason"),
            tr("A person outside the labour force needs the reason (studying, retired, housework …)."));
    }
    if (!r.socialInsuranceType.isEmpty() && r.socialInsuranceType != QLatin1String("compulsory") &&
        r.socialInsuranceType != QLatin1String("voluntary"))
        v.addError(QStringLiteral("social_insurance_type"),
                   tr("The social insurance type must be compulsory or voluntary (or empty)."));
    return v;
}

} // namespace xaso::domain::labour
