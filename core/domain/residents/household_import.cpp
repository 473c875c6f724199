#include "domain/residents/household_import.h"

#include "domain/import/row_fields.h"
#include "domain/residents/household_record.h"
#include "domain/residents/resident_record.h"
#include "text/folding.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace xaso::domain {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("HouseholdImport", text);
}

io::FieldSpec spec(const QString& id, std::initializer_list<const char*> aliases, bool required = false)
{
    io::FieldSpec s;
    s.fieldId = id;
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

const QList<Choice>& areaChoices()
{
    static const QList<Choice> c{choice("urban", {"Thành thị", "Đô thị"}), choice("rural", {"Nông thôn"})};
    return c;
}

struct Indicator
{
    Deprivation which;
    std::initializer_list<const char*> headers;
    const char* label; // English, for messages
};

// Nghị định 07/2021 Điều 3: the 12 indicators as the review forms head them.
const std::array<Indicator, kDeprivationCount>& indicators()
{
    static const std::array<Indicator, kDeprivationCount> list{{
        {Deprivation::Employment, {"Việc làm", "Thiếu hụt việc làm"}, "Employment"},
        {Deprivation::Dependents, {"Người phụ thuộc trong hộ gia đình", "Người phụ thuộc"}, "Dependents"},
        {Deprivation::Nutrition, {"Dinh dưỡng"}, "Nutrition"},
        {Deprivation::HealthInsurance, {"Bảo hiểm y tế", "BHYT"}, "Health insurance"},
        {Deprivation::AdultEducation,
         {"Trình độ giáo dục của người lớn", "Giáo dục người lớn"},
         "Adult education"},
        {Deprivation::ChildSchooling,
         {"Tình trạng đi học của trẻ em", "Trẻ em đi học"},
         "Children's schooling"},
        {Deprivation::HousingQuality, {"Chất lượng nhà ở"}, "Housing quality"},
        {Deprivation::HousingArea,
         {"Diện tích nhà ở bình quân đầu người", "Diện tích nhà ở"},
         "Housing area per person"},
        {Deprivation::DrinkingWater, {"Nguồn nước sinh hoạt", "Nước sinh hoạt"}, "Drinking water"},
        {Deprivation::Latrine, {"Nhà tiêu hợp vệ sinh", "Nhà tiêu"}, "Sanitary latrine"},
        {Deprivation::Telecom, {"Sử dụng dịch vụ viễn thông", "Dịch vụ viễn thông"}, "Telecommunications"},
        {Deprivation::InformationAccess,
         {"Phương tiện phục vụ tiếp cận thông tin", "Tiếp cận thông tin"},
         "Access to information"},
    }};
    return list;
}

} // namespace

const QList<Choice>& HouseholdRowMapper::povertyChoices()
{
    static const QList<Choice> c{
        choice("poor", {"Hộ nghèo", "Nghèo"}),
        choice("near_poor", {"Hộ cận nghèo", "Cận nghèo"}),
        choice("average", {"Hộ có mức sống trung bình", "Mức sống trung bình", "Trung bình"}),
        choice("none", {"Không thuộc diện", "Không", "Thoát nghèo", "Hộ thoát nghèo", "Thoát cận nghèo"}),
    };
    return c;
}

QList<io::FieldSpec> HouseholdRowMapper::fieldSpecs() const
{
    QList<io::FieldSpec> specs{
        spec(u"head_id"_s,
             {"Số định danh chủ hộ", "Số định danh cá nhân chủ hộ", "Số CCCD chủ hộ", "CCCD chủ hộ",
              "Số định danh cá nhân", "Số CCCD"},
             true),
        spec(u"head_name"_s, {"Họ và tên chủ hộ", "Chủ hộ", "Tên chủ hộ", "Họ và tên"}),
        spec(u"address"_s, {"Địa chỉ", "Địa chỉ hộ", "Nơi ở hiện tại", "Nơi cư trú"}),
        spec(u"hamlet_code"_s, {"Thôn", "Xóm", "Thôn/xóm", "Mã thôn", "Tổ dân phố"}),
        spec(u"poverty_status"_s,
             {"Phân loại hộ", "Kết quả rà soát", "Kết quả phân loại", "Phân loại", "Hộ nghèo/cận nghèo"}),
        spec(u"assessment_year"_s, {"Năm rà soát", "Năm đánh giá", "Năm"}),
        spec(u"area_type"_s, {"Khu vực", "Thành thị/Nông thôn"}),
    };
    for (const Indicator& i : indicators())
        specs.append(spec(deprivationColumn(i.which), i.headers));
    return specs;
}

Validation HouseholdRowMapper::prepare(const ImportRow& row)
{
    Validation v;
    RowFields f(row, v);
    const QString headId = f.text(u"head_id"_s).remove(u' ');
    if (headId.isEmpty()) {
        v.addError(u"head_id"_s, tr("The head's personal ID is missing."));
        return v;
    }
    if (m_seenHeads.contains(headId)) {
        v.addError(u"head_id"_s, tr("The head %1 is already on an earlier row of this file.").arg(headId));
        return v;
    }
    auto head = residents::load(m_vault.db(), headId);
    if (!head) {
        v.addError(u"head_id"_s, head.error().message);
        return v;
    }
    if (!*head) {
        v.addError(u"head_id"_s,
                   tr("There is no resident with the ID %1: import the residents first.").arg(headId));
        return v;
    }
    const QString name = f.text(u"head_name"_s);
    if (!name.isEmpty() && text::foldForSearch(name) != text::foldForSearch((*head)->fullName))
        v.addError(u"head_name"_s, tr("The name does not match the resident with the ID %1.").arg(headId));

    Household h;
    m_pendingIsUpdate = false;
    if (!(*head)->householdId.isEmpty()) {
        auto stored = households::load(m_vault.db(), (*head)->householdId);
        if (!stored) {
            v.addError(u"head_id"_s, stored.error().message);
            return v;
        }
        if (*stored) {
            if (!(*stored)->headResidentId.isEmpty() && (*stored)->headResidentId != headId) {
                // A member of someone else's household: a list of heads must not move the head.
                v.addError(u"head_id"_s, tr("The resident %1 belongs to a household headed by %2; change the "
                                            "head on the Hộ gia đình screen.")
                                             .arg(headId, (*stored)->headResidentId));
                return v;
            }
            h = **stored;
            m_pendingIsUpdate = true;
        }
    }
    h.headResidentId = headId;
    if (const QString address = f.text(u"address"_s); !address.isEmpty())
        h.address = address;
    if (const QString hamlet = f.text(u"hamlet_code"_s); !hamlet.isEmpty())
        h.hamletCode = hamlet;
    else if (h.hamletCode.isEmpty())
        h.hamletCode = (*head)->hamletCode;
    if (const QString status = f.choice(u"poverty_status"_s, tr("Household classification"), povertyChoices());
        !status.isEmpty())
        h.povertyStatus = povertyStatusFromKey(status).value_or(PovertyStatus::None);
    if (auto year = f.integer(u"assessment_year"_s, tr("Year of the review"))) {
        const int thisYear = vietnamToday(m_vault.clock()).year();
        if (*year < 2021 || *year > thisYear)
            v.addError(u"assessment_year"_s,
                       tr("The year of the review must be between 2021 and %1.").arg(thisYear));
        else
            h.assessmentYear = int(*year);
    }
    if (const QString area = f.choice(u"area_type"_s, tr("Area"), areaChoices()); !area.isEmpty())
        h.areaType = areaTypeFromKey(area);
    for (const Indicator& i : indicators()) {
        const QString column = deprivationColumn(i.which);
        if (row.has(column) && !row.value(column).trimmed().isEmpty()) {
            if (auto mark = f.yesNo(column, QString::fromUtf8(i.label)))
                h.setDeprived(i.which, *mark);
        }
    }
    if (h.povertyStatus != PovertyStatus::None && h.assessmentYear == 0)
        v.addWarning(u"assessment_year"_s, tr("A classification without the year of the review."));
    if (v.ok()) {
        m_pending = h;
        m_seenHeads.insert(headId);
    }
    return v;
}

Status HouseholdRowMapper::write(RecordWriter& writer)
{
    Q_UNUSED(writer); // the repository writes through its own writer inside the import transaction
    if (m_pendingIsUpdate)
        return m_repo.update(m_pending);
    auto id = m_repo.insert(m_pending);
    if (!id)
        return id.error();
    return {};
}

} // namespace xaso::domain
