#include "domain/labour/labour_import.h"

#include "domain/import/row_fields.h"

#include <QCoreApplication>

namespace xaso::domain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LabourImport", text);
}

io::FieldSpec spec(const char* id, std::initializer_list<const char*> aliases, bool required = false)
{
    io::FieldSpec s;
    s.fieldId = QString::fromLatin1(id);
    for (const char* a : aliases)
        s.aliases.append(QString::fromUtf8(a));
    s.required = required;
    return s;
}

Choice choice(const char* code, std::initializer_list<const char*> labels)
{
    Choice c{QString::fromLatin1(code), {}};
    for (const char* l : labels)
        c.labels.append(QString::fromUtf8(l));
    return c;
}

const QList<Choice>& sexChoices()
{
    static const QList<Choice> c{choice("male", {"Nam", "M"}), choice("female", {"Nữ", "F"})};
    return c;
}

const QList<Choice>& areaChoices()
{
    static const QList<Choice> c{choice("urban", {"Thành thị", "Đô thị"}), choice("rural", {"Nông thôn"})};
    return c;
}

const QList<Choice>& statusChoices()
{
    static const QList<Choice> c{
        choice("employed", {"Có việc làm", "Đang làm việc", "Đang có việc làm", "Có việc"}),
        choice("unemployed", {"Thất nghiệp", "Không có việc làm"}),
        choice("outside", {"Không tham gia hoạt động kinh tế", "Ngoài lực lượng lao động",
                           "Không tham gia lực lượng lao động", "Không hoạt động kinh tế"}),
    };
    return c;
}

const QList<Choice>& technicalChoices()
{
    static const QList<Choice> c{
        choice("none", {"Chưa qua đào tạo", "Không có", "Không", "Chưa đào tạo"}),
        choice("elementary", {"Sơ cấp", "Sơ cấp nghề"}),
        choice("intermediate", {"Trung cấp", "Trung cấp nghề", "Trung cấp chuyên nghiệp"}),
        choice("college", {"Cao đẳng", "Cao đẳng nghề"}),
        choice("university", {"Đại học"}),
        choice("postgraduate", {"Trên đại học", "Thạc sĩ", "Tiến sĩ", "Sau đại học"}),
    };
    return c;
}

const QList<Choice>& employmentChoices()
{
    static const QList<Choice> c{
        choice("employer", {"Chủ cơ sở", "Chủ cơ sở sản xuất kinh doanh", "Người sử dụng lao động"}),
        choice("own_account", {"Tự làm", "Lao động tự làm", "Tự làm cho bản thân"}),
        choice("family_worker", {"Lao động gia đình", "Lao động gia đình không hưởng lương"}),
        choice("coop_member", {"Xã viên hợp tác xã", "Xã viên HTX", "Thành viên hợp tác xã"}),
        choice("employee", {"Làm công ăn lương", "Người làm công", "Làm công"}),
    };
    return c;
}

const QList<Choice>& unemployedChoices()
{
    static const QList<Choice> c{choice("never_worked", {"Chưa bao giờ làm việc", "Chưa từng làm việc"}),
                                 choice("worked_before", {"Đã từng làm việc", "Đã làm việc"})};
    return c;
}

const QList<Choice>& insuranceChoices()
{
    static const QList<Choice> c{choice("compulsory", {"Bắt buộc", "BHXH bắt buộc"}),
                                 choice("voluntary", {"Tự nguyện", "BHXH tự nguyện"}),
                                 choice("none", {"Không", "Không tham gia"})};
    return c;
}

} // namespace

QList<io::FieldSpec> LabourRowMapper::fieldSpecs() const
{
    return {
        spec("full_name", {"Họ và tên", "Họ tên"}, true),
        spec("resident_id",
             {"Số định danh cá nhân", "Số ĐDCN", "Số định danh", "Mã định danh", "Số CCCD", "CCCD",
              "Số CCCD/ĐDCN"},
             true),
        spec("birth_date", {"Ngày sinh", "Ngày tháng năm sinh", "Ngày, tháng, năm sinh"}, true),
        spec("sex", {"Giới tính", "Nam/Nữ"}, true),
        spec("hamlet_code", {"Thôn", "Xóm", "Thôn/xóm", "Mã thôn", "Khối", "Tổ dân phố"}),
        spec("area_type", {"Khu vực", "Thành thị/Nông thôn", "Thành thị nông thôn"}, true),
        spec("education_level", {"Trình độ học vấn", "Trình độ giáo dục phổ thông", "Trình độ văn hóa"}),
        spec("technical_level", {"Trình độ chuyên môn", "Trình độ chuyên môn kỹ thuật", "Trình độ CMKT"}),
        spec("training_field", {"Chuyên ngành đào tạo", "Ngành đào tạo", "Lĩnh vực đào tạo"}),
        spec("status",
             {"Tình trạng việc làm", "Tình trạng hoạt động kinh tế", "Tình trạng tham gia hoạt động kinh tế"},
             true),
        spec("employment_status", {"Vị thế việc làm", "Vị thế"}),
        spec("occupation_code", {"Mã nghề", "Mã nghề nghiệp", "Nghề nghiệp"}),
        spec("industry_code", {"Mã ngành", "Mã ngành kinh tế", "Ngành kinh tế"}),
        spec("contract_type", {"Loại hợp đồng", "Hợp đồng lao động", "Loại hợp đồng lao động"}),
        spec("employer", {"Tên đơn vị", "Tên cơ sở", "Đơn vị làm việc", "Người sử dụng lao động"}),
        spec("workplace", {"Nơi làm việc", "Địa điểm làm việc"}),
        spec("abroad", {"Làm việc ở nước ngoài", "Đi làm việc ở nước ngoài", "Nước ngoài"}),
        spec("unemployed_kind", {"Loại thất nghiệp", "Đã từng làm việc chưa"}),
        spec("unemployed_months",
             {"Thời gian thất nghiệp (tháng)", "Số tháng thất nghiệp", "Thời gian thất nghiệp"}),
        spec("previous_job", {"Công việc trước đây", "Công việc trước khi thất nghiệp"}),
        spec("outside_reason", {"Lý do không tham gia hoạt động kinh tế", "Lý do không tham gia", "Lý do"}),
        spec("social_insurance_type", {"Loại BHXH", "Loại hình BHXH", "Tham gia BHXH"}),
        spec("social_insurance_no", {"Số sổ BHXH", "Mã số BHXH", "Số BHXH"}),
        spec("unemployment_insurance", {"Bảo hiểm thất nghiệp", "BHTN", "Tham gia BHTN"}),
        spec("health_insurance_no", {"Số thẻ BHYT", "Mã thẻ BHYT", "BHYT"}),
        spec("income_band", {"Mức thu nhập", "Thu nhập", "Thu nhập bình quân tháng"}),
        spec("training_need", {"Nhu cầu đào tạo", "Nhu cầu học nghề"}),
    };
}

Validation LabourRowMapper::prepare(const ImportRow& row)
{
    Validation v;
    RowFields f(row, v);
    LabourRecord r;
    r.fullName = f.text(QStringLiteral("full_name"));
    r.residentId = f.text(QStringLiteral("resident_id")).remove(QLatin1Char(' '));
    r.birthDate = f.date(QStringLiteral("birth_date"), tr("Date of birth"), true);
    r.sex = f.choice(QStringLiteral("sex"), tr("Sex"), sexChoices(), true);
    r.hamletCode = f.text(QStringLiteral("hamlet_code"));
    r.areaType = f.choice(QStringLiteral("area_type"), tr("Area"), areaChoices(), true);
    r.educationLevel = f.text(QStringLiteral("education_level"));
    r.technicalLevel = f.choice(QStringLiteral("technical_level"), tr("Technical level"), technicalChoices());
    r.trainingField = f.text(QStringLiteral("training_field"));
    r.status = f.choice(QStringLiteral("status"), tr("Employment status"), statusChoices(), true);
    r.employmentStatus =
        f.choice(QStringLiteral("employment_status"), tr("Status in employment"), employmentChoices());
    r.occupationCode = f.text(QStringLiteral("occupation_code"));
    r.industryCode = f.text(QStringLiteral("industry_code"));
    r.contractType = f.text(QStringLiteral("contract_type"));
    r.employer = f.text(QStringLiteral("employer"));
    r.workplace = f.text(QStringLiteral("workplace"));
    r.abroad = f.yesNo(QStringLiteral("abroad"), tr("Working abroad"));
    r.unemployedKind =
        f.choice(QStringLiteral("unemployed_kind"), tr("Kind of unemployment"), unemployedChoices());
    if (auto m = f.integer(QStringLiteral("unemployed_months"), tr("Months of unemployment")))
        r.unemployedMonths = int(*m);
    r.previousJob = f.text(QStringLiteral("previous_job"));
    r.outsideReason = f.text(QStringLiteral("outside_reason"));
    r.socialInsuranceType =
        f.choice(QStringLiteral("social_insurance_type"), tr("Social insurance"), insuranceChoices());
    if (r.socialInsuranceType == QLatin1String("none"))
        r.socialInsuranceType.clear();
    r.socialInsuranceNo = f.text(QStringLiteral("social_insurance_no"));
    r.unemploymentInsurance =
        f.yesNo(QStringLiteral("unemployment_insurance"), tr("Unemployment insurance")).value_or(false);
    r.healthInsuranceNo = f.text(QStringLiteral("health_insurance_no"));
    r.incomeBand = f.text(QStringLiteral("income_band"));
    r.trainingNeed = f.text(QStringLiteral("training_need"));
    // A "no" in the abroad column of a person not employed is an empty cell, not a branch field.
    if (r.status != QLatin1String("employed") && r.abroad == false)
        r.abroad.reset();
    if (!v.ok())
        return v;
    m_pending = r;
    return m_repo.prepare(m_pending);
}

} // namespace xaso::domain
