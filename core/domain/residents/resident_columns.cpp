#include "domain/residents/resident_columns.h"

using namespace Qt::StringLiterals;

namespace xaso::domain::residents {

const QList<io::FieldSpec>& fieldSpecs()
{
    // Header texts are matched folded, without punctuation (HeaderLocator::headerKey), so "Họ và
    // tên", "HO VA TEN" and "Ho va ten" are one alias.
    static const QList<io::FieldSpec> specs{
        {u"personalId"_s,
         {u"Số định danh cá nhân"_s, u"Số CCCD"_s, u"CCCD"_s, u"Số ĐDCN"_s, u"Số CCCD/ĐDCN"_s,
          u"Số định danh"_s, u"Mã định danh"_s, u"Số căn cước"_s, u"Số căn cước công dân"_s},
         true},
        {u"fullName"_s, {u"Họ và tên"_s, u"Họ tên"_s, u"Ho va ten"_s, u"Họ và tên khai sinh"_s}, true},
        {u"birthDate"_s,
         {u"Ngày sinh"_s, u"Ngày, tháng, năm sinh"_s, u"Ngày tháng năm sinh"_s, u"Năm sinh"_s},
         false},
        {u"sex"_s, {u"Giới tính"_s, u"Giới"_s}, false},
        {u"hamlet"_s, {u"Thôn/Xóm"_s, u"Thôn"_s, u"Xóm"_s, u"Tổ dân phố"_s, u"Thôn/Tổ dân phố"_s}, false},
        {u"phone"_s, {u"Số điện thoại"_s, u"Điện thoại"_s, u"SĐT"_s, u"Số ĐT"_s}, false},
        {u"ethnicity"_s, {u"Dân tộc"_s}, false},
        {u"religion"_s, {u"Tôn giáo"_s}, false},
        {u"permanentAddress"_s, {u"Địa chỉ thường trú"_s, u"Nơi thường trú"_s, u"Thường trú"_s}, false},
        {u"currentAddress"_s,
         {u"Nơi ở hiện tại"_s, u"Địa chỉ hiện tại"_s, u"Nơi ở hiện nay"_s, u"Chỗ ở hiện tại"_s},
         false},
        {u"relationToHead"_s, {u"Quan hệ với chủ hộ"_s, u"Chủ hộ"_s, u"QH với chủ hộ"_s}, false},
        {u"oldCmnd"_s, {u"Số CMND"_s, u"CMND"_s, u"Số chứng minh nhân dân"_s}, false},
    };
    return specs;
}

QList<io::FieldSpec> fieldSpecs(const QStringList& fieldIds)
{
    QList<io::FieldSpec> out;
    for (const QString& id : fieldIds) {
        for (const io::FieldSpec& s : fieldSpecs()) {
            if (s.fieldId == id)
                out.append(s);
        }
    }
    return out;
}

} // namespace xaso::domain::residents
