#pragma once
// A realistic weekly report of the commune of Hưng Đông: the plan's 38 models in its 5 groups.

#include "report/weekly_report_data.h"

#include <QDate>

namespace xaso::test {

inline WeeklyReportData weeklyReportFixture(QDate date)
{
    using namespace Qt::StringLiterals;
    WeeklyReportData d;
    d.issuingBodySuperior = u"UBND THÀNH PHỐ VINH"_s;
    d.issuingBody = u"UBND XÃ HƯNG ĐÔNG"_s;
    d.documentNumber = u"15"_s;
    d.numberSuffix = u"BC-UBND"_s;
    d.place = u"Hưng Đông"_s;
    d.date = date;
    d.subject = u"Kết quả triển khai Đề án 06/CP tuần 48 năm 2026"_s;
    d.weekLabel = u"(Từ ngày 23/11/2026 đến ngày 29/11/2026)"_s;
    d.overallParagraphs = {
        u"Thực hiện Kế hoạch triển khai các nhiệm vụ tại Đề án 06/CP trên địa bàn xã Hưng Đông, trong tuần "
        u"Tổ công tác triển khai Đề án 06/CP xã đã tập trung rà soát, làm sạch dữ liệu dân cư, hướng dẫn "
        u"người "
        u"dân kích hoạt tài khoản định danh điện tử mức độ 2 và sử dụng dịch vụ công trực tuyến."_s,
        u"Đến nay, toàn xã đã thu nhận 9.412 hồ sơ định danh điện tử mức độ 2, đạt 96,3% số công dân đủ điều "
        u"kiện; 100% hồ sơ thủ tục hành chính được tiếp nhận và trả kết quả qua Bộ phận Một cửa có đối chiếu "
        u"với Cơ sở dữ liệu quốc gia về dân cư."_s,
        u"Công tác số hóa dữ liệu an sinh xã hội, lao động và đất đai tiếp tục được các bộ phận chuyên môn "
        u"thực "
        u"hiện theo đúng tiến độ; các trường hợp sai lệch đã được chuyển Công an xã xác minh, điều chỉnh."_s,
    };

    struct M
    {
        int number;
        const char16_t* title;
        const char16_t* lead;
        const char16_t* status;
        const char16_t* progress;
        const char16_t* problems;
    };
    const QList<QPair<QString, QList<M>>> groups = {
        {u"Nhóm tiện ích phục vụ giải quyết thủ tục hành chính (TTHC) và cung cấp dịch vụ công (DVC) trực "
         u"tuyến"_s,
         {{1, u"Triển khai 53 dịch vụ công thiết yếu", u"Công chức Văn phòng - Thống kê", u"Đang triển khai",
           u"85%", u"Một số người cao tuổi chưa sử dụng được điện thoại thông minh"},
          {2, u"Tự động hóa bộ phận giải quyết TTHC thông qua tương tác Kiosk",
           u"Công chức Văn phòng - Thống kê", u"Đang triển khai", u"60%", u"Chưa có kinh phí mua Kiosk"},
          {3, u"Xây dựng tối thiểu 20 dịch vụ công không sử dụng hồ sơ giấy", u"Công chức Tư pháp - Hộ tịch",
           u"Hoàn thành", u"100%", u""},
          {4, u"Lưu trữ, chứng thực các giấy tờ tài liệu điện tử", u"Công chức Tư pháp - Hộ tịch",
           u"Đang triển khai", u"412/530 bản", u""},
          {5, u"Triển khai ứng dụng DVC trực tuyến trên VNeID", u"Trạm Y tế xã", u"Hoàn thành", u"100%",
           u""}}},
        {u"Nhóm tiện ích phát triển kinh tế - xã hội"_s,
         {{6, u"Khám chữa bệnh sử dụng thẻ CCCD và VNeID", u"Trạm Y tế xã", u"Hoàn thành", u"100%", u""},
          {7, u"Khám chữa bệnh sử dụng sinh trắc học, Kiosk tự phục vụ", u"Trạm Y tế xã", u"Chưa triển khai",
           u"0%", u"Chờ hướng dẫn của Sở Y tế"},
          {8, u"Triển khai tại các cơ quan thực hiện công chứng, chứng thực", u"Công chức Tư pháp - Hộ tịch",
           u"Đang triển khai", u"70%", u""},
          {9, u"Triển khai nền tảng quản lý lưu trú tại nhà trọ, nhà nghỉ, khách sạn", u"Công an xã",
           u"Đang triển khai", u"42/45 cơ sở", u"Ba cơ sở chưa có đường truyền Internet ổn định"},
          {10, u"Triển khai nền tảng quản lý lưu trú tại cơ sở khám chữa bệnh", u"Công an xã", u"Hoàn thành",
           u"100%", u""},
          {11, u"Triển khai giải pháp kiểm soát ra/vào tại điểm du lịch, khu du lịch",
           u"Công chức Văn hóa - Xã hội", u"Chưa triển khai", u"0%", u"Trên địa bàn chưa có khu du lịch"},
          {12, u"Triển khai Camera AI kiểm soát ra/vào tại Nhà ga đường sắt", u"Công an xã", u"Không áp dụng",
           u"—", u"Trên địa bàn không có nhà ga"},
          {13, u"Triển khai tại các cơ sở kinh doanh có điều kiện về an ninh trật tự", u"Công an xã",
           u"Đang triển khai", u"18/21 cơ sở", u""},
          {14, u"Triển khai thiết bị giám sát thi cử, sát hạch lái xe", u"Công an xã", u"Không áp dụng", u"—",
           u""},
          {15, u"Triển khai giải pháp xử phạt vi phạm trật tự, an toàn giao thông và trật tự, an toàn xã hội",
           u"Công an xã, công chức Địa chính - Xây dựng", u"Đang triển khai", u"75%", u""},
          {16, u"Triển khai cho vay tín chấp công dân: hộ nghèo, người có công",
           u"Công chức Văn hóa - Xã hội", u"Đang triển khai", u"31/40 hộ",
           u"Ngân hàng chính sách chưa kết nối dữ liệu"},
          {17, u"Thi online tập trung qua nền tảng xác thực thẻ CCCD gắn chíp", u"Công chức Văn hóa - Xã hội",
           u"Hoàn thành", u"100%", u""},
          {18, u"Phát triển du lịch, gắn với phát triển đặc sản vùng miền", u"Công chức Văn hóa - Xã hội",
           u"Đang triển khai", u"30%", u""}}},
        {u"Nhóm tiện ích phục vụ công dân số"_s,
         {{19, u"Đảm bảo điều kiện công dân số", u"Công an xã", u"Đang triển khai", u"96,3%",
           u"Còn 361 công dân đi làm ăn xa chưa về kích hoạt tài khoản"},
          {20, u"Chuẩn hóa xác thực tập trung (SSO)", u"Công chức Văn hóa - Xã hội", u"Thường xuyên", u"—",
           u""},
          {21, u"Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)", u"Công chức Văn hóa - Xã hội",
           u"Thường xuyên", u"—", u""},
          {22, u"Truyền thông nội bộ cho toàn bộ cán bộ, công chức, viên chức", u"Công chức Văn hóa - Xã hội",
           u"Thường xuyên", u"—", u""},
          {23, u"Truyền thông chính sách qua hệ thống LED, pano, áp phích, truyền thanh cơ sở",
           u"Công chức Văn hóa - Xã hội", u"Thường xuyên", u"—", u""},
          {24, u"Triển khai nền tảng đào tạo, giáo dục trực tuyến đại chúng mở (MOOC)",
           u"Công chức Văn hóa - Xã hội", u"Đang triển khai", u"55%", u""},
          {25, u"Triển khai tố giác tội phạm qua ứng dụng VNeID", u"Công an xã", u"Thường xuyên", u"—", u""},
          {26, u"Tuyên truyền chính sách, hỗ trợ pháp lý qua ứng dụng VNeID", u"Công chức Tư pháp - Hộ tịch",
           u"Thường xuyên", u"—", u""},
          {27, u"Triển khai hệ thống quản lý trường học", u"Các trường học", u"Hoàn thành", u"100%", u""},
          {28, u"Thông tin lý lịch tư pháp trên VNeID", u"Công an xã", u"Đang triển khai", u"40%", u""},
          {29, u"Tích hợp Sổ sức khỏe điện tử, Sổ lao động điện tử trên VNeID", u"Trạm Y tế xã",
           u"Đang triển khai", u"62%", u""}}},
        {u"Nhóm số hóa, tạo lập dữ liệu dùng chung trên Hệ thống Cơ sở Dữ liệu quốc gia về dân cư phục vụ "
         u"cải "
         u"cách TTHC"_s,
         {{30, u"Quản lý thông tin người sử dụng đất, chủ sở hữu nhà ở, tài sản gắn liền với đất",
           u"Công chức Địa chính - Xây dựng", u"Đang triển khai", u"2.140/3.050 thửa",
           u"Nhiều giấy chứng nhận cấp trước năm 2000 thiếu số định danh cá nhân"},
          {31, u"Số hóa tạo lập dữ liệu lao động xã hội, các tổ chức hội, đoàn thể",
           u"Công chức Văn hóa - Xã hội", u"Đang triển khai", u"78%", u""},
          {32, u"Quản lý chương trình an sinh xã hội thông qua VNeID", u"Công chức Văn hóa - Xã hội",
           u"Đang triển khai", u"88%", u"12 hồ sơ sai lệch năm sinh với dữ liệu dân cư"}}},
        {u"Nhóm phục vụ chỉ đạo điều hành của lãnh đạo các cấp"_s,
         {{33, u"Phân tích tình hình dân cư", u"Công chức Văn hóa - Xã hội", u"Đang triển khai", u"50%", u""},
          {34, u"Phân tích tình hình lao động", u"Công chức Văn hóa - Xã hội", u"Đang triển khai", u"45%",
           u""},
          {35, u"Phân tích tình hình du lịch thông qua lưu trú", u"Công chức Văn hóa - Xã hội",
           u"Chưa triển khai", u"0%", u""},
          {36, u"Phân tích tình hình trật tự, an toàn xã hội trên địa bàn", u"Công an xã", u"Đang triển khai",
           u"35%", u""},
          {37, u"Cuộc thi sáng kiến phát triển ứng dụng khai thác dữ liệu", u"Công an xã", u"Hoàn thành",
           u"100%", u""},
          {38, u"Trung tâm Giám sát an ninh mạng SOC", u"Công chức Văn phòng - Thống kê", u"Đang triển khai",
           u"20%", u"Chưa bố trí được kinh phí"}}},
    };
    int number = 1;
    for (const auto& [title, models] : groups) {
        WeeklyReportGroup group;
        group.number = number++;
        group.title = title;
        for (const M& m : models) {
            group.rows.append({m.number, QString::fromUtf16(m.title), QString::fromUtf16(m.lead),
                               QString::fromUtf16(m.status), QString::fromUtf16(m.progress),
                               QString::fromUtf16(m.problems)});
        }
        d.groups.append(group);
    }

    d.digitisation = {
        {u"Đối tượng bảo trợ xã hội"_s, 37, 35, 2, 612},
        {u"Người lao động"_s, 1204, 1150, 18, 6318},
        {u"Người sử dụng đất, chủ sở hữu nhà ở"_s, 96, 80, 9, 2140},
        {u"Bản sao điện tử được chứng thực"_s, 58, 58, 0, 1875},
    };
    d.overdue = {
        {2, u"Tự động hóa bộ phận giải quyết TTHC thông qua tương tác Kiosk"_s,
         u"Công chức Văn phòng - Thống kê"_s, u"30/12/2023"_s},
        {30, u"Quản lý thông tin người sử dụng đất, chủ sở hữu nhà ở, tài sản gắn liền với đất"_s,
         u"Công chức Địa chính - Xây dựng"_s, u"30/12/2023"_s},
        {38, u"Trung tâm Giám sát an ninh mạng SOC"_s, u"Công chức Văn phòng - Thống kê"_s, u"30/12/2024"_s},
    };
    d.proposals = {
        u"Đề nghị UBND Thành phố hỗ trợ kinh phí mua sắm 02 Kiosk tự phục vụ cho Bộ phận Một cửa xã."_s,
        u"Đề nghị Công an Thành phố hướng dẫn quy trình điều chỉnh thông tin sai lệch giữa hồ sơ địa chính "
        u"và "
        u"Cơ sở dữ liệu quốc gia về dân cư."_s,
    };
    d.closing =
        u"Trên đây là báo cáo kết quả triển khai Đề án 06/CP tuần 48 năm 2026 của UBND xã Hưng Đông./."_s;
    d.recipients = {u"UBND Thành phố (để b/c)"_s, u"Công an Thành phố Vinh"_s, u"Đảng ủy, TT HĐND xã"_s,
                    u"Chủ tịch, các PCT UBND xã"_s, u"Lưu: VT, CA"_s};
    d.signer = {u"TM. ỦY BAN NHÂN DÂN"_s, u"KT. CHỦ TỊCH"_s, u"PHÓ CHỦ TỊCH"_s, u"Lê Trương Phi"_s};
    return d;
}

} // namespace xaso::test
