<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
    <context>
        <name>AttemptGuard</name>
        <message>
            <location filename="../core/storage/attempt_guard.cpp" line="71" />
            <source>%1 wrong passwords in a row. For your security, wait %2 seconds before trying again.</source>
            <translation>Đã nhập sai mật khẩu %1 lần liên tiếp. Để bảo đảm an toàn, vui lòng đợi %2 giây rồi thử lại.</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <location filename="../core/storage/audit_log.cpp" line="43" />
            <source>An audit row must be written inside the change's transaction.</source>
            <translation>Dòng nhật ký kiểm tra phải được ghi trong cùng giao dịch với thay đổi.</translation>
        </message>
        <message>
            <location filename="../core/storage/audit_log.cpp" line="97" />
            <source>Row %1 is missing: the chain jumps from %2 to %3.</source>
            <translation>Thiếu dòng %1: chuỗi nhật ký nhảy từ %2 sang %3.</translation>
        </message>
        <message>
            <location filename="../core/storage/audit_log.cpp" line="103" />
            <source>Row %1 does not link to the row before it.</source>
            <translation>Dòng %1 không nối với dòng liền trước.</translation>
        </message>
        <message>
            <location filename="../core/storage/audit_log.cpp" line="106" />
            <source>Row %1 was edited after it was written (its hash does not match).</source>
            <translation>Dòng %1 đã bị sửa sau khi ghi (mã băm không khớp).</translation>
        </message>
        <message>
            <location filename="../core/storage/audit_log.cpp" line="108" />
            <source>Row %1 does not carry a valid signature of this profile.</source>
            <translation>Dòng %1 không có chữ ký hợp lệ của hồ sơ này.</translation>
        </message>
        <message>
            <location filename="../core/storage/audit_log.cpp" line="121" />
            <source>The chain ends at row %1 but its recorded head is row %2: rows were removed from the end.</source>
            <translation>Chuỗi nhật ký kết thúc ở dòng %1 nhưng dòng cuối đã ghi nhận là dòng %2: một số dòng cuối đã bị xoá.</translation>
        </message>
    </context>
    <context>
        <name>CertifiedCopy</name>
        <message>
            <location filename="../core/domain/copies/certified_copy.cpp" line="143" />
            <source>The sequence number in the register must be 1 or more.</source>
            <translation>Số thứ tự trong sổ chứng thực phải từ 1 trở lên.</translation>
        </message>
        <message>
            <location filename="../core/domain/copies/certified_copy.cpp" line="145" />
            <source>The book number (quyển số) is missing.</source>
            <translation>Chưa có quyển số.</translation>
        </message>
        <message>
            <location filename="../core/domain/copies/certified_copy.cpp" line="147" />
            <source>The date of certification is missing.</source>
            <translation>Chưa có ngày chứng thực.</translation>
        </message>
        <message>
            <location filename="../core/domain/copies/certified_copy.cpp" line="149" />
            <source>The date of certification lies in the future.</source>
            <translation>Ngày chứng thực nằm trong tương lai.</translation>
        </message>
        <message>
            <location filename="../core/domain/copies/certified_copy.cpp" line="152" />
            <source>The number gives the year %1 but the copy was certified in %2.</source>
            <translation>Số chứng thực ghi năm %1 nhưng bản sao được chứng thực năm %2.</translation>
        </message>
        <message>
            <location filename="../core/domain/copies/certified_copy.cpp" line="156" />
            <source>The name of the certifier is missing.</source>
            <translation>Chưa có họ tên người ký chứng thực.</translation>
        </message>
        <message>
            <location filename="../core/domain/copies/certified_copy.cpp" line="159" />
            <source>The certifier's title (Chairman or Vice Chairman) is missing.</source>
            <translation>Chưa có chức vụ người ký chứng thực (Chủ tịch hoặc Phó Chủ tịch).</translation>
        </message>
        <message>
            <location filename="../core/domain/copies/certified_copy.cpp" line="161" />
            <source>The certifying agency is missing.</source>
            <translation>Chưa có cơ quan chứng thực.</translation>
        </message>
        <message>
            <location filename="../core/domain/copies/certified_copy.cpp" line="163" />
            <source>The kind of the original document is missing.</source>
            <translation>Chưa có loại giấy tờ bản chính.</translation>
        </message>
        <message>
            <location filename="../core/domain/copies/certified_copy.cpp" line="165" />
            <source>The number of pages must be 1 or more.</source>
            <translation>Số trang phải từ 1 trở lên.</translation>
        </message>
        <message>
            <location filename="../core/domain/copies/certified_copy.cpp" line="168" />
            <source>The file hash must be 64 hexadecimal characters.</source>
            <translation>Mã băm của tệp phải gồm 64 ký tự thập lục phân.</translation>
        </message>
    </context>
    <context>
        <name>CertifiedCopyImport</name>
        <message>
            <location filename="../core/domain/copies/certified_copy_import.cpp" line="54" />
            <source>The certification number is missing.</source>
            <translation>Chưa có số chứng thực.</translation>
        </message>
        <message>
            <location filename="../core/domain/copies/certified_copy_import.cpp" line="57" />
            <source>“%1” is not a certification number such as 15/2026/SCT/BS.</source>
            <translation>“%1” không phải là số chứng thực hợp lệ (ví dụ: 15/2026/SCT/BS).</translation>
        </message>
        <message>
            <location filename="../core/domain/copies/certified_copy_import.cpp" line="58" />
            <source>Date of certification</source>
            <translation>Ngày chứng thực</translation>
        </message>
        <message>
            <location filename="../core/domain/copies/certified_copy_import.cpp" line="71" />
            <source>Number of pages</source>
            <translation>Số trang</translation>
        </message>
    </context>
    <context>
        <name>CertifiedCopyRepository</name>
        <message>
            <location filename="../core/domain/copies/certified_copy_repository.cpp" line="120" />
            <source>Number %1 of book %2 is in the register already.</source>
            <translation>Số %1 của quyển %2 đã có trong sổ chứng thực.</translation>
        </message>
        <message>
            <location filename="../core/domain/copies/certified_copy_repository.cpp" line="130" />
            <source>Certified copy %1 has no scan.</source>
            <translation>Bản sao chứng thực %1 chưa có bản quét.</translation>
        </message>
        <message>
            <location filename="../core/domain/copies/certified_copy_repository.cpp" line="136" />
            <source>The scan of certified copy %1 does not match the hash in the register.</source>
            <translation>Bản quét của bản sao chứng thực %1 không khớp với mã băm trong sổ.</translation>
        </message>
    </context>
    <context>
        <name>Cleaning</name>
        <message>
            <location filename="../core/domain/residents/cleaning.cpp" line="129" />
            <source>The comparison was cancelled; nothing was changed.</source>
            <translation>Đã huỷ việc đối chiếu; không có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/cleaning.cpp" line="132" />
            <source>Row %1: %2</source>
            <translation>Dòng %1: %2</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/cleaning.cpp" line="138" />
            <source>Row %1: the ID %2 appears earlier in the extract; this row was skipped.</source>
            <translation>Dòng %1: số định danh %2 đã xuất hiện ở dòng trước trong tệp trích xuất; dòng này được bỏ qua.</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/cleaning.cpp" line="208" />
            <source>There is no resident with the ID %1.</source>
            <translation>Không có nhân khẩu nào có số định danh %1.</translation>
        </message>
    </context>
    <context>
        <name>CleaningPage</name>
        <message>
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="29" />
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="31" />
            <source>Date of birth</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="33" />
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message numerus="yes">
            <location filename="../app/cli/commands_plan.cpp" line="145" />
            <source>History (%n update(s)):</source>
            <translation>
                <numerusform>Lịch sử (%n lần cập nhật):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/commands_sync.cpp" line="165" />
            <source>%n candidate(s)</source>
            <translation>
                <numerusform>%n phương án</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/cli_context.cpp" line="158" />
            <source>Xã Số command-line tool %1</source>
            <translation>Công cụ dòng lệnh Xã Số %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cli_context.cpp" line="159" />
            <source>Usage: %1 &lt;command&gt; [options]   (every command takes --help)</source>
            <translation>Cách dùng: %1 &lt;lệnh&gt; [tuỳ chọn]   (lệnh nào cũng nhận --help)</translation>
        </message>
        <message>
            <location filename="../app/cli/cli_context.cpp" line="161" />
            <source>Commands:</source>
            <translation>Các lệnh:</translation>
        </message>
        <message>
            <location filename="../app/cli/cli_context.cpp" line="187" />
            <source>Unknown command '%1'.</source>
            <translation>Không có lệnh '%1'.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_demo.cpp" line="24" />
            <source>How many residents (default 12000; up to 1000000).</source>
            <translation>Số nhân khẩu (mặc định 12000; tối đa 1000000).</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_demo.cpp" line="24" />
            <location filename="../app/cli/commands_demo.cpp" line="27" />
            <location filename="../app/cli/commands_plan.cpp" line="294" />
            <location filename="../app/cli/commands_records.cpp" line="206" />
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_demo.cpp" line="26" />
            <source>Random seed: the same seed gives the same commune (default 2026).</source>
            <translation>Hạt giống ngẫu nhiên: cùng hạt giống cho ra cùng một xã (mặc định 2026).</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_demo.cpp" line="29" />
            <source>Fill the vault with a synthetic demo commune (hamlets, households, residents, checklists). Nobody in it is real.</source>
            <translation>Điền vào kho dữ liệu một xã mẫu giả lập (thôn xóm, hộ gia đình, nhân khẩu, danh mục kiểm tra). Không ai trong đó là người thật.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_demo.cpp" line="37" />
            <source>--residents takes a number from 1 to 5000000.</source>
            <translation>--residents nhận một số từ 1 đến 5000000.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_demo.cpp" line="39" />
            <source>--seed takes a non-negative number.</source>
            <translation>--seed nhận một số không âm.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_demo.cpp" line="43" />
            <source>There is no vault at %1.</source>
            <translation>Không có kho dữ liệu tại %1.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_demo.cpp" line="44" />
            <source>Password: </source>
            <translation>Mật khẩu: </translation>
        </message>
        <message>
            <location filename="../app/cli/commands_demo.cpp" line="56" />
            <source>The vault already holds %1 residents; the demo fills only an empty vault.</source>
            <translation>Kho dữ liệu đã có %1 nhân khẩu; dữ liệu mẫu chỉ điền vào kho còn trống.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_demo.cpp" line="67" />
            <source>%1 / %2 residents</source>
            <translation>%1 / %2 nhân khẩu</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_demo.cpp" line="85" />
            <source>Demo commune written in %1 s: %2 residents in %3 households, %4 digital-citizen checklists, %5 welfare beneficiaries, %6 labour records, %7 land records, %8 certified copies.</source>
            <translation>Đã ghi xã mẫu trong %1 giây: %2 nhân khẩu thuộc %3 hộ gia đình, %4 phiếu kiểm tra công dân số, %5 đối tượng bảo trợ xã hội, %6 hồ sơ lao động, %7 hồ sơ đất đai, %8 bản sao chứng thực.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_demo.cpp" line="97" />
            <source>Plan: %1 models assigned, %2 progress updates.</source>
            <translation>Kế hoạch: đã phân công %1 mô hình, %2 lượt cập nhật tiến độ.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_demo.cpp" line="106" />
            <source>fill the vault with the synthetic demo commune</source>
            <translation>điền dữ liệu xã mẫu giả lập vào kho</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="51" />
            <source>give the model number, e.g. 'models show 19'.</source>
            <translation>hãy cho biết số mô hình, ví dụ 'models show 19'.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="72" />
            <source>No.</source>
            <translation>STT</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="73" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="74" />
            <source>Deadline</source>
            <translation>Thời hạn</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="75" />
            <source>Lead</source>
            <translation>Chủ trì</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="76" />
            <source>Model</source>
            <translation>Mô hình</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="88" />
            <source>ongoing</source>
            <translation>thường xuyên</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="101" />
            <source>There is no model %1 in the plan.</source>
            <translation>Kế hoạch không có mô hình %1.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="115" />
            <source>Model %1: %2</source>
            <translation>Mô hình %1: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="116" />
            <source>Group:        %1. %2</source>
            <translation>Nhóm:         %1. %2</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="118" />
            <source>Objective:    %1</source>
            <translation>Mục tiêu:     %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="119" />
            <source>Lead:         %1 (plan: %2)</source>
            <translation>Chủ trì:      %1 (kế hoạch: %2)</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="125" />
            <source>Cooperating:  %1</source>
            <translation>Phối hợp:     %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="127" />
            <source>Cooperating:  %1 (plan)</source>
            <translation>Phối hợp:     %1 (kế hoạch)</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="128" />
            <source>Deadline:     %1</source>
            <translation>Thời hạn:     %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="129" />
            <source>Status:       %1 (%2)</source>
            <translation>Trạng thái:   %1 (%2)</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="132" />
            <source>KPIs:</source>
            <translation>Chỉ tiêu:</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="135" />
            <source>computed</source>
            <translation>tính tự động</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="135" />
            <source>entered</source>
            <translation>nhập tay</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="157" />
            <source>      Problems: %1</source>
            <translation>      Khó khăn: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="160" />
            <source>      Evidence: %1</source>
            <translation>      Minh chứng: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="162" />
            <source>%1, not in this vault</source>
            <translation>%1, không có trong kho này</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="172" />
            <source>list | show N | assign N | update N</source>
            <translation>list | show N | assign N | update N</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="174" />
            <source>assign: the lead (chủ trì), a role id or an officer's name.</source>
            <translation>assign: đơn vị chủ trì, mã vai trò hoặc tên cán bộ.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="174" />
            <source>role-or-name</source>
            <translation>vai-trò-hoặc-tên</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="176" />
            <source>assign: the lead officer's role id (default: the plan's lead role).</source>
            <translation>assign: mã vai trò của cán bộ chủ trì (mặc định: vai trò chủ trì theo kế hoạch).</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="176" />
            <source>role</source>
            <translation>vai-trò</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="177" />
            <source>assign: a cooperating unit or officer (repeat, or separate with commas).</source>
            <translation>assign: đơn vị hoặc cán bộ phối hợp (lặp lại tuỳ chọn, hoặc ngăn cách bằng dấu phẩy).</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="178" />
            <source>who</source>
            <translation>ai</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="179" />
            <source>update: not_started, in_progress, done or blocked.</source>
            <translation>update: not_started (chưa bắt đầu), in_progress (đang thực hiện), done (hoàn thành) hoặc blocked (vướng mắc).</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="179" />
            <source>status</source>
            <translation>trạng-thái</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="180" />
            <source>update: an entered KPI value, id=value (repeat).</source>
            <translation>update: giá trị chỉ tiêu nhập tay, dạng mã=giá-trị (có thể lặp lại).</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="180" />
            <source>id=value</source>
            <translation>mã=giá-trị</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="181" />
            <source>update: what was done (narrative).</source>
            <translation>update: những việc đã làm (tường thuật).</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="181" />
            <location filename="../app/cli/commands_plan.cpp" line="182" />
            <location filename="../app/cli/commands_plan.cpp" line="297" />
            <source>text</source>
            <translation>nội-dung</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="182" />
            <source>update: difficulties and obstacles.</source>
            <translation>update: khó khăn, vướng mắc.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="183" />
            <source>update: a file to seal in the vault as evidence.</source>
            <translation>update: tệp minh chứng để niêm phong trong kho.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="183" />
            <location filename="../app/cli/commands_plan.cpp" line="298" />
            <location filename="../app/cli/commands_records.cpp" line="154" />
            <location filename="../app/cli/commands_records.cpp" line="171" />
            <location filename="../app/cli/commands_records.cpp" line="233" />
            <location filename="../app/cli/commands_vault.cpp" line="123" />
            <location filename="../app/cli/commands_vault.cpp" line="147" />
            <location filename="../app/cli/commands_vault.cpp" line="149" />
            <source>file</source>
            <translation>tệp</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="184" />
            <source>assign/update: the date (default today).</source>
            <translation>assign/update: ngày (mặc định là hôm nay).</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="184" />
            <location filename="../app/cli/commands_plan.cpp" line="296" />
            <source>date</source>
            <translation>ngày</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="186" />
            <source>The plan's 38 models: list them, show one, assign a lead, record progress.</source>
            <translation>38 mô hình của kế hoạch: liệt kê, xem một mô hình, giao chủ trì, ghi nhận tiến độ.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="193" />
            <source>say 'models list', 'models show N', 'models assign N --lead …' or 'models update N …'.</source>
            <translation>hãy gõ 'models list', 'models show N', 'models assign N --lead …' hoặc 'models update N …'.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="196" />
            <location filename="../app/cli/commands_plan.cpp" line="317" />
            <source>--date: %1</source>
            <translation>--date: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="221" />
            <source>assign needs --lead ROLE_OR_NAME.</source>
            <translation>assign cần --lead VAI_TRÒ_HOẶC_TÊN.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="237" />
            <source>Model %1 is now led by %2.</source>
            <translation>Mô hình %1 nay do %2 chủ trì.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="256" />
            <source>--kpi: %1</source>
            <translation>--kpi: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="265" />
            <source>Cannot read the evidence file %1: %2</source>
            <translation>Không đọc được tệp minh chứng %1: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="268" />
            <source>The evidence file %1 is larger than %2 MiB.</source>
            <translation>Tệp minh chứng %1 lớn hơn %2 MiB.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="276" />
            <source>update needs at least one of --status, --kpi, --note, --problems, --evidence.</source>
            <translation>update cần ít nhất một trong các tuỳ chọn --status, --kpi, --note, --problems, --evidence.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="282" />
            <source>Recorded progress of model %1 on %2: %3.</source>
            <translation>Đã ghi nhận tiến độ mô hình %1 ngày %2: %3.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="292" />
            <source>The weekly report to the city (before each Tuesday).</source>
            <translation>Báo cáo tuần gửi thành phố (trước thứ Ba hằng tuần).</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="293" />
            <source>The ISO week, e.g. 2026-W48 (default: this week).</source>
            <translation>Tuần theo ISO, ví dụ 2026-W48 (mặc định: tuần này).</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="293" />
            <source>week</source>
            <translation>tuần</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="294" />
            <source>The document number (default: a blank for the clerk).</source>
            <translation>Số văn bản (mặc định: để trống cho văn thư điền).</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="295" />
            <source>The date line's date (default: today, at most the Monday after the week).</source>
            <translation>Ngày ghi ở dòng địa danh, ngày tháng (mặc định: hôm nay, muộn nhất là thứ Hai sau tuần báo cáo).</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="297" />
            <source>A proposal (đề xuất, kiến nghị) to add (repeat).</source>
            <translation>Một đề xuất, kiến nghị cần thêm (có thể lặp lại).</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="298" />
            <source>The file to write: .pdf or .odt.</source>
            <translation>Tệp cần ghi: .pdf hoặc .odt.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="300" />
            <source>Write the weekly report on Đề án 06/CP as PDF or ODT.</source>
            <translation>Lập báo cáo tuần về Đề án 06/CP dưới dạng PDF hoặc ODT.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="303" />
            <source>say 'report weekly --out FILE.pdf'.</source>
            <translation>hãy gõ 'report weekly --out TỆP.pdf'.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="307" />
            <source>--out needs a file name ending in .pdf or .odt.</source>
            <translation>--out cần tên tệp có đuôi .pdf hoặc .odt.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="330" />
            <source>Note: the signer's name is not set; use 'xaso-cli settings set signer_name "…"'.</source>
            <translation>Lưu ý: chưa đặt họ tên người ký; dùng lệnh 'xaso-cli settings set signer_name "…"'.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="339" />
            <source>Wrote the weekly report (%1) to %2.</source>
            <translation>Đã ghi báo cáo tuần (%1) vào %2.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="346" />
            <source>get [KEY] | set KEY VALUE</source>
            <translation>get [KHOÁ] | set KHOÁ GIÁ_TRỊ</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="348" />
            <source>Report settings: commune name, issuing body, signer, number symbol, recipients.</source>
            <translation>Thiết lập báo cáo: tên xã, cơ quan ban hành, người ký, ký hiệu văn bản, nơi nhận.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="356" />
            <source>say 'settings get [KEY]' or 'settings set KEY VALUE'; keys: %1.</source>
            <translation>hãy gõ 'settings get [KHOÁ]' hoặc 'settings set KHOÁ GIÁ_TRỊ'; các khoá: %1.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="368" />
            <source>Set %1.</source>
            <translation>Đã đặt %1.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="383" />
            <source>   (default)</source>
            <translation>   (mặc định)</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="393" />
            <source>the plan's models: list, show N, assign N, update N</source>
            <translation>các mô hình của kế hoạch: list, show N, assign N, update N</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="394" />
            <source>report weekly --out FILE.pdf|FILE.odt</source>
            <translation>report weekly --out TỆP.pdf|TỆP.odt</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_plan.cpp" line="395" />
            <source>report settings: get [KEY], set KEY VALUE</source>
            <translation>thiết lập báo cáo: get [KHOÁ], set KHOÁ GIÁ_TRỊ</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="43" />
            <source>missing argument; see --help</source>
            <translation>thiếu tham số; xem --help</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="74" />
            <source>%1 rows</source>
            <translation>%1 dòng</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="82" />
            <source>warning: %1</source>
            <translation>cảnh báo: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="90" />
            <location filename="../app/cli/commands_records.cpp" line="131" />
            <source>Dry run: %1 of %2 rows are valid; nothing was written.</source>
            <translation>Chạy thử: %1 trên %2 dòng hợp lệ; chưa ghi dữ liệu nào.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="95" />
            <location filename="../app/cli/commands_records.cpp" line="134" />
            <source>Nothing was imported: %1 of %2 rows have errors. Fix them, or use --skip-invalid.</source>
            <translation>Chưa nhập dữ liệu nào: %1 trên %2 dòng có lỗi. Hãy sửa các lỗi này hoặc dùng --skip-invalid.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="101" />
            <source>Imported %1 residents (%2 households); %3 rows skipped.</source>
            <translation>Đã nhập %1 nhân khẩu (%2 hộ gia đình); bỏ qua %3 dòng.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="140" />
            <source>Imported %1 records; %2 rows skipped.</source>
            <translation>Đã nhập %1 bản ghi; bỏ qua %2 dòng.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="149" />
            <source>What the list holds: %1.</source>
            <translation>Loại dữ liệu trong danh sách: %1.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="150" />
            <source>The list (CSV, TSV, UTF-16 text or XLSX).</source>
            <translation>Danh sách (CSV, TSV, văn bản UTF-16 hoặc XLSX).</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="151" />
            <source>Check every row and write nothing.</source>
            <translation>Kiểm tra mọi dòng và không ghi dữ liệu.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="153" />
            <source>Import the valid rows and report the others (default: all or nothing).</source>
            <translation>Nhập các dòng hợp lệ và báo cáo các dòng còn lại (mặc định: nhập tất cả hoặc không nhập gì).</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="154" />
            <source>Write the row errors to this CSV or XLSX file.</source>
            <translation>Ghi lỗi của các dòng vào tệp CSV hoặc XLSX này.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="155" />
            <source>Certified copies: the book for rows that name none.</source>
            <translation>Bản sao chứng thực: sổ chứng thực dùng cho các dòng không ghi sổ.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="155" />
            <source>book</source>
            <translation>sổ</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="158" />
            <source>Import records from a list.</source>
            <translation>Nhập bản ghi từ danh sách.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="170" />
            <source>What to export: %1.</source>
            <translation>Loại dữ liệu cần xuất: %1.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="171" />
            <source>Where to write: .xlsx for a workbook, anything else for CSV.</source>
            <translation>Nơi ghi: .xlsx để ghi sổ tính, phần mở rộng khác để ghi CSV.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="172" />
            <source>Residents: only this hamlet.</source>
            <translation>Nhân khẩu: chỉ thôn, xóm này.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="172" />
            <source>hamlet</source>
            <translation>thôn, xóm</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="174" />
            <source>Residents: include ethnicity and religion (when your role may read them; audited).</source>
            <translation>Nhân khẩu: kèm dân tộc và tôn giáo (nếu vai trò của bạn được phép xem; có ghi nhật ký).</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="177" />
            <source>Export records to CSV or XLSX.</source>
            <translation>Xuất bản ghi ra CSV hoặc XLSX.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="182" />
            <source>--out FILE is required.</source>
            <translation>Cần có --out FILE.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="197" />
            <source>Exported %1 records to %2.</source>
            <translation>Đã xuất %1 bản ghi ra %2.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="205" />
            <source>A name (any words, without diacritics is fine), an ID or a phone number.</source>
            <translation>Họ tên (từ bất kỳ, không dấu cũng được), số định danh hoặc số điện thoại.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="206" />
            <source>At most this many results (default 50).</source>
            <translation>Số kết quả tối đa (mặc định 50).</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="209" />
            <source>Search residents.</source>
            <translation>Tìm kiếm nhân khẩu.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="222" />
            <source>… more matches: type more to narrow the search.</source>
            <translation>… còn kết quả khác: hãy gõ thêm để thu hẹp tìm kiếm.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="230" />
            <source>The police extract (Số định danh cá nhân, Họ và tên, Ngày sinh, Giới tính).</source>
            <translation>Tệp trích xuất của công an (Số định danh cá nhân, Họ và tên, Ngày sinh, Giới tính).</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="232" />
            <source>The extract covers part of the commune: leave residents it lacks as they are.</source>
            <translation>Tệp trích xuất chỉ gồm một phần của xã: giữ nguyên các nhân khẩu không có trong đó.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="233" />
            <source>Write the mismatches to this CSV file.</source>
            <translation>Ghi các sai lệch vào tệp CSV này.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="236" />
            <source>Làm sạch: compare the residents with the police extract.</source>
            <translation>Làm sạch: đối chiếu nhân khẩu với tệp trích xuất của công an.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="250" />
            <source>Personal ID</source>
            <translation>Số định danh cá nhân</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="250" />
            <source>Name</source>
            <translation>Họ tên</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="250" />
            <source>Extract row</source>
            <translation>Dòng trích xuất</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="250" />
            <source>Field</source>
            <translation>Trường</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="250" />
            <source>Recorded</source>
            <translation>Giá trị đã ghi</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="251" />
            <source>Extract</source>
            <translation>Giá trị trích xuất</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="263" />
            <source>%1 verified, %2 mismatched, %3 not found in the extract, %4 extract rows without a resident.</source>
            <translation>%1 đã xác thực, %2 sai lệch, %3 không tìm thấy trong tệp trích xuất, %4 dòng trích xuất không có nhân khẩu tương ứng.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="275" />
            <source>Merge two records: keep the first ID, drop the second.</source>
            <translation>Gộp hai bản ghi: giữ số định danh thứ nhất, bỏ số định danh thứ hai.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="275" />
            <source>keep,drop</source>
            <translation>giữ,bỏ</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="278" />
            <source>List probable duplicate residents, or merge two.</source>
            <translation>Liệt kê các nhân khẩu có thể bị trùng, hoặc gộp hai nhân khẩu.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="284" />
            <source>--merge takes two IDs: keep,drop</source>
            <translation>--merge cần hai số định danh: giữ,bỏ</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="287" />
            <source>Merged %1 into %2.</source>
            <translation>Đã gộp %1 vào %2.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="296" />
            <source>same name and birth date</source>
            <translation>trùng họ tên và ngày sinh</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="296" />
            <source>same phone and given name</source>
            <translation>trùng số điện thoại và tên</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="298" />
            <source>%1 probable duplicate pairs.</source>
            <translation>%1 cặp có thể bị trùng.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="306" />
            <source>import records of one kind from a CSV or XLSX list</source>
            <translation>nhập bản ghi cùng một loại từ danh sách CSV hoặc XLSX</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="307" />
            <source>export records of one kind to CSV or XLSX</source>
            <translation>xuất bản ghi cùng một loại ra CSV hoặc XLSX</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="308" />
            <source>search residents by name, ID or phone</source>
            <translation>tìm nhân khẩu theo họ tên, số định danh hoặc số điện thoại</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="309" />
            <source>làm sạch: compare residents with the police extract</source>
            <translation>làm sạch: đối chiếu nhân khẩu với tệp trích xuất của công an</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_records.cpp" line="310" />
            <source>list probable duplicate residents or merge two</source>
            <translation>liệt kê các nhân khẩu có thể bị trùng hoặc gộp hai nhân khẩu</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="30" />
            <source>The sync server, e.g. https://10.0.0.5:8443.</source>
            <translation>Máy chủ đồng bộ, ví dụ https://10.0.0.5:8443.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="30" />
            <source>url</source>
            <translation>url</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="32" />
            <source>The one-time enrolment code from the administrator.</source>
            <translation>Mã đăng ký dùng một lần do quản trị viên cấp.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="32" />
            <source>code</source>
            <translation>mã</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="33" />
            <source>The server certificate's SHA-256 fingerprint, to pin.</source>
            <translation>Dấu vân tay SHA-256 của chứng chỉ máy chủ, để ghim.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="34" />
            <source>sha256</source>
            <translation>sha256</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="36" />
            <source>Enrol this vault's device with the commune sync server and pin its certificate.</source>
            <translation>Đăng ký thiết bị của kho này với máy chủ đồng bộ của xã và ghim chứng chỉ của máy chủ.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="41" />
            <source>give the server as https://host:port with --server</source>
            <translation>hãy cho biết máy chủ dạng https://máy:cổng bằng --server</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="43" />
            <source>give the enrolment code with --code</source>
            <translation>hãy cho biết mã đăng ký bằng --code</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="47" />
            <source>give the server's SHA-256 certificate fingerprint with --fingerprint (64 hex digits)</source>
            <translation>hãy cho biết dấu vân tay SHA-256 của chứng chỉ máy chủ bằng --fingerprint (64 chữ số thập lục phân)</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="56" />
            <source>Enrolled with %1 (%2). Roles on the server: %3.</source>
            <translation>Đã đăng ký với %1 (%2). Vai trò trên máy chủ: %3.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="59" />
            <source>Device id: %1</source>
            <translation>Mã thiết bị: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="68" />
            <source>Compare every table with the server now (otherwise done on the first sync of each day) and recount every dashboard counter from the records.</source>
            <translation>Đối chiếu ngay mọi bảng với máy chủ (nếu không, việc này được làm ở lần đồng bộ đầu tiên mỗi ngày) và đếm lại mọi chỉ số bảng điều khiển từ các hồ sơ.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="71" />
            <source>Send this vault's changes to the sync server, receive the others' and compare.</source>
            <translation>Gửi các thay đổi của kho này lên máy chủ đồng bộ, nhận thay đổi của các máy khác và đối chiếu.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="104" />
            <source>Sync finished: %1 changes sent, %2 received, %3 new conflicts, %4 held back.</source>
            <translation>Đồng bộ xong: đã gửi %1 thay đổi, nhận %2, có %3 xung đột mới, %4 thay đổi bị giữ lại.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="112" />
            <source>Warning: these tables differ from the server: %1. Sync again; if it persists, tell the administrator.</source>
            <translation>Cảnh báo: các bảng sau khác với máy chủ: %1. Hãy đồng bộ lại; nếu vẫn còn, hãy báo quản trị viên.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="122" />
            <source>mine  </source>
            <translation>của tôi</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="122" />
            <source>theirs</source>
            <translation>của họ</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="125" />
            <source>  (superseded by its author)</source>
            <translation>  (đã được chính người sửa thay thế)</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="131" />
            <source>list, show ID or resolve ID</source>
            <translation>list, show MÃ hoặc resolve MÃ</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="133" />
            <source>For resolve: mine, theirs, or the value to keep.</source>
            <translation>Cho resolve: mine (của tôi), theirs (của họ) hoặc giá trị cần giữ.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="133" />
            <source>value</source>
            <translation>giá-trị</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="134" />
            <source>For list: include settled conflicts.</source>
            <translation>Cho list: gồm cả các xung đột đã giải quyết.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="136" />
            <source>Review sync conflicts: list, show ID, resolve ID --keep mine|theirs|VALUE.</source>
            <translation>Xem xét xung đột đồng bộ: list, show MÃ, resolve MÃ --keep mine|theirs|GIÁ_TRỊ.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="146" />
            <source>use: conflicts list | conflicts show ID | conflicts resolve ID --keep mine|theirs|VALUE</source>
            <translation>cách dùng: conflicts list | conflicts show MÃ | conflicts resolve MÃ --keep mine|theirs|GIÁ_TRỊ</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="150" />
            <source>'%1' is not a conflict number</source>
            <translation>'%1' không phải là số hiệu xung đột</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="160" />
            <source>No conflicts.</source>
            <translation>Không có xung đột.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="174" />
            <source>Conflict %1 (%2): %3 %4, field %5</source>
            <translation>Xung đột %1 (%2): %3 %4, trường %5</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="180" />
            <source>* = provisional winner (highest clock, then device id) on every device.</source>
            <translation>* = giá trị tạm thắng (đồng hồ lớn nhất, rồi đến mã thiết bị) trên mọi thiết bị.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="185" />
            <source>resolve needs --keep mine|theirs|VALUE</source>
            <translation>resolve cần --keep mine|theirs|GIÁ_TRỊ</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="198" />
            <source>Resolved conflict %1; the choice is sent with the next sync.</source>
            <translation>Đã giải quyết xung đột %1; lựa chọn sẽ được gửi ở lần đồng bộ tới.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="206" />
            <source>enrol this device with the sync server</source>
            <translation>đăng ký thiết bị này với máy chủ đồng bộ</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="207" />
            <source>send and receive changes with the sync server</source>
            <translation>gửi và nhận thay đổi với máy chủ đồng bộ</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_sync.cpp" line="208" />
            <source>list, show and resolve sync conflicts</source>
            <translation>liệt kê, xem và giải quyết xung đột đồng bộ</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="25" />
            <source>The profile's display name (the officer).</source>
            <translation>Tên hiển thị của hồ sơ (tên cán bộ).</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="25" />
            <source>name</source>
            <translation>tên</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="26" />
            <source>Comma-separated role ids, e.g. cong_an,to_cong_tac_06.</source>
            <translation>Các mã vai trò, ngăn cách bằng dấu phẩy, ví dụ cong_an,to_cong_tac_06.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="26" />
            <source>roles</source>
            <translation>vai-trò</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="28" />
            <source>Create a new encrypted vault and its officer profile. Prints the recovery key once.</source>
            <translation>Tạo kho dữ liệu mã hoá mới cùng hồ sơ cán bộ. Khoá khôi phục chỉ được in ra một lần.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="33" />
            <source>A vault already exists at %1; nothing was changed.</source>
            <translation>Đã có kho dữ liệu tại %1; không có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="34" />
            <source>Officer</source>
            <translation>Cán bộ</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="40" />
            <source>give the profile's roles with --roles, from: %1</source>
            <translation>hãy cho biết vai trò của hồ sơ bằng --roles, chọn trong: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="44" />
            <location filename="../app/cli/commands_vault.cpp" line="112" />
            <source>New password: </source>
            <translation>Mật khẩu mới: </translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="50" />
            <source>Created the vault %1 for %2.</source>
            <translation>Đã tạo kho dữ liệu %1 cho %2.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="51" />
            <source>RECOVERY KEY — write it down or print it now and keep it locked away. It is shown only once and opens the vault if the password is lost:</source>
            <translation>KHOÁ KHÔI PHỤC — hãy ghi lại hoặc in ra ngay và cất giữ cẩn thận. Khoá chỉ hiện một lần và dùng để mở kho khi quên mật khẩu:</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="62" />
            <source>Show the vault's format, schema and cipher versions, its profile and record counts.</source>
            <translation>Hiển thị phiên bản định dạng, lược đồ và thư viện mã hoá của kho, hồ sơ và số lượng bản ghi.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="73" />
            <source>Vault:            %1</source>
            <translation>Kho dữ liệu:      %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="74" />
            <source>Size:             %1 KiB</source>
            <translation>Dung lượng:       %1 KiB</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="75" />
            <source>Format version:   %1</source>
            <translation>Phiên bản định dạng: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="76" />
            <source>Schema version:   %1 (this build knows up to %2)</source>
            <translation>Phiên bản lược đồ: %1 (bản này hỗ trợ đến %2)</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="80" />
            <source>SQLCipher:        %1</source>
            <translation>SQLCipher:        %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="81" />
            <source>Key derivation:   Argon2id, %1 passes, %2 MiB</source>
            <translation>Dẫn xuất khoá:    Argon2id, %1 lượt, %2 MiB</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="83" />
            <source>Profile:          %1</source>
            <translation>Hồ sơ:            %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="84" />
            <source>Roles:            %1</source>
            <translation>Vai trò:          %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="85" />
            <source>Device id:        %1</source>
            <translation>Mã thiết bị:      %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="86" />
            <source>Created:          %1</source>
            <translation>Ngày tạo:         %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="87" />
            <source>Records:</source>
            <translation>Bản ghi:</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="123" />
            <location filename="../app/cli/commands_vault.cpp" line="149" />
            <source>Read the new password from this file (or set $XASO_NEW_PASSWORD).</source>
            <translation>Đọc mật khẩu mới từ tệp này (hoặc đặt biến $XASO_NEW_PASSWORD).</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="125" />
            <source>Change the vault password. Only the key header is rewritten; the vault is not re-encrypted.</source>
            <translation>Đổi mật khẩu kho dữ liệu. Chỉ tệp tiêu đề khoá được ghi lại; kho không phải mã hoá lại.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="130" />
            <source>Current password: </source>
            <translation>Mật khẩu hiện tại: </translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="139" />
            <source>The password was changed.</source>
            <translation>Đã đổi mật khẩu.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="147" />
            <source>Read the recovery key from this file (or set $XASO_RECOVERY_KEY).</source>
            <translation>Đọc khoá khôi phục từ tệp này (hoặc đặt biến $XASO_RECOVERY_KEY).</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="151" />
            <source>Set a new password using the recovery key printed when the vault was created.</source>
            <translation>Đặt mật khẩu mới bằng khoá khôi phục đã in khi tạo kho.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="153" />
            <source>Recovery key: </source>
            <translation>Khoá khôi phục: </translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="162" />
            <source>The password was reset with the recovery key.</source>
            <translation>Đã đặt lại mật khẩu bằng khoá khôi phục.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="169" />
            <source>Check the whole audit chain.</source>
            <translation>Kiểm tra toàn bộ chuỗi nhật ký.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="171" />
            <source>Audit chain operations.</source>
            <translation>Các thao tác với chuỗi nhật ký.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="174" />
            <source>say 'xaso-cli audit verify'.</source>
            <translation>hãy gõ 'xaso-cli audit verify'.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="182" />
            <source>Audit chain BROKEN at row %1: %2</source>
            <translation>Chuỗi nhật ký BỊ ĐỨT tại dòng %1: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="185" />
            <source>Audit chain intact: %1 rows, every link and signature verified.</source>
            <translation>Chuỗi nhật ký nguyên vẹn: %1 dòng, mọi liên kết và chữ ký đều hợp lệ.</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="194" />
            <source>create a new vault and profile</source>
            <translation>tạo kho dữ liệu và hồ sơ mới</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="195" />
            <source>show versions, profile and record counts</source>
            <translation>hiển thị phiên bản, hồ sơ và số lượng bản ghi</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="196" />
            <source>change the password (rewraps the key)</source>
            <translation>đổi mật khẩu (bọc lại khoá)</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="197" />
            <source>set a new password with the recovery key</source>
            <translation>đặt mật khẩu mới bằng khoá khôi phục</translation>
        </message>
        <message>
            <location filename="../app/cli/commands_vault.cpp" line="198" />
            <source>audit verify: check the audit chain</source>
            <translation>audit verify: kiểm tra chuỗi nhật ký</translation>
        </message>
        <message>
            <location filename="../app/cli/cli_context.cpp" line="68" />
            <source>The vault file (default: the profile's vault in the app-data folder).</source>
            <translation>Tệp kho dữ liệu (mặc định: kho của hồ sơ trong thư mục dữ liệu ứng dụng).</translation>
        </message>
        <message>
            <location filename="../app/cli/cli_context.cpp" line="69" />
            <source>path</source>
            <translation>đường-dẫn</translation>
        </message>
        <message>
            <location filename="../app/cli/cli_context.cpp" line="71" />
            <source>Read the password from the first line of this file instead of a prompt or $XASO_PASSWORD.</source>
            <translation>Đọc mật khẩu từ dòng đầu của tệp này thay vì hỏi hoặc lấy từ $XASO_PASSWORD.</translation>
        </message>
        <message>
            <location filename="../app/cli/cli_context.cpp" line="96" />
            <source>Cannot read %1: %2</source>
            <translation>Không đọc được %1: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/cli_context.cpp" line="107" />
            <source>Repeat: </source>
            <translation>Nhập lại: </translation>
        </message>
        <message>
            <location filename="../app/cli/cli_context.cpp" line="109" />
            <source>The two entries differ; nothing was changed.</source>
            <translation>Hai lần nhập không giống nhau; không có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../app/cli/cli_context.cpp" line="124" />
            <source>There is no vault at %1. Create one with 'xaso-cli init --vault %1'.</source>
            <translation>Không có kho dữ liệu tại %1. Hãy tạo bằng lệnh 'xaso-cli init --vault %1'.</translation>
        </message>
        <message>
            <location filename="../app/cli/cli_context.cpp" line="134" />
            <source>Error: %1</source>
            <translation>Lỗi: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cli_context.cpp" line="143" />
            <source>Usage error: %1</source>
            <translation>Dùng sai lệnh: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/cli_context.cpp" line="143" />
            <source>Try '--help'.</source>
            <translation>Hãy thử '--help'.</translation>
        </message>
    </context>
    <context>
        <name>ColumnMapping</name>
        <message>
            <location filename="../core/io/column_mapping.cpp" line="50" />
            <source>The header row (row %1) has no column for the required field(s): %2.</source>
            <translation>Dòng tiêu đề (dòng %1) không có cột cho (các) trường bắt buộc: %2.</translation>
        </message>
        <message>
            <location filename="../core/io/column_mapping.cpp" line="58" />
            <source>No column is chosen for the required field(s): %1.</source>
            <translation>Chưa chọn cột cho (các) trường bắt buộc: %1.</translation>
        </message>
    </context>
    <context>
        <name>ConflictService</name>
        <message>
            <location filename="../sync/client/conflict_service.cpp" line="58" />
            <source>There is no conflict %1.</source>
            <translation>Không có xung đột %1.</translation>
        </message>
        <message>
            <location filename="../sync/client/conflict_service.cpp" line="109" />
            <source>For a delete-against-edit conflict keep 'mine', 'theirs', 'delete' or 'restore'.</source>
            <translation>Với xung đột giữa xoá và sửa, hãy chọn 'mine' (của tôi), 'theirs' (của họ), 'delete' (xoá) hoặc 'restore' (khôi phục).</translation>
        </message>
        <message>
            <location filename="../sync/client/conflict_service.cpp" line="138" />
            <source>Conflict %1 has no value from this device; keep 'theirs' or give a value.</source>
            <translation>Xung đột %1 không có giá trị nào từ thiết bị này; hãy chọn 'theirs' (của họ) hoặc nhập một giá trị.</translation>
        </message>
        <message>
            <location filename="../sync/client/conflict_service.cpp" line="140" />
            <source>Conflict %1 has no value from another device.</source>
            <translation>Xung đột %1 không có giá trị nào từ thiết bị khác.</translation>
        </message>
        <message>
            <location filename="../sync/client/conflict_service.cpp" line="150" />
            <source>Conflict %1 is already %2.</source>
            <translation>Xung đột %1 đã ở trạng thái %2.</translation>
        </message>
    </context>
    <context>
        <name>Crypto</name>
        <message>
            <location filename="../core/crypto/crypto.cpp" line="66" />
            <source>The cryptography library failed its self-test; Xã Số will not run.</source>
            <translation>Thư viện mật mã không vượt qua bước tự kiểm tra; Xã Số sẽ không chạy.</translation>
        </message>
        <message>
            <location filename="../core/crypto/crypto.cpp" line="84" />
            <source>The key derivation salt has the wrong size.</source>
            <translation>Giá trị muối (salt) để dẫn xuất khoá có kích thước sai.</translation>
        </message>
        <message>
            <location filename="../core/crypto/crypto.cpp" line="90" />
            <source>Not enough memory to derive the key from the password (Argon2id needs %1 MiB).</source>
            <translation>Không đủ bộ nhớ để dẫn xuất khoá từ mật khẩu (Argon2id cần %1 MiB).</translation>
        </message>
        <message>
            <location filename="../core/crypto/crypto.cpp" line="117" />
            <source>The sealed data is too short to be valid.</source>
            <translation>Dữ liệu niêm phong quá ngắn, không thể hợp lệ.</translation>
        </message>
        <message>
            <location filename="../core/crypto/crypto.cpp" line="124" />
            <source>The key is wrong or the sealed data was changed.</source>
            <translation>Khoá không đúng hoặc dữ liệu niêm phong đã bị thay đổi.</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <location filename="../core/io/csv_reader.cpp" line="91" />
            <source>Cannot open “%1”: %2</source>
            <translation>Không mở được “%1”: %2</translation>
        </message>
        <message>
            <location filename="../core/io/csv_reader.cpp" line="100" />
            <source>“%1” is an Excel workbook (.xlsx), not a CSV file.</source>
            <translation>“%1” là sổ tính Excel (.xlsx), không phải tệp CSV.</translation>
        </message>
        <message>
            <location filename="../core/io/csv_reader.cpp" line="110" />
            <location filename="../core/io/csv_reader.cpp" line="144" />
            <source>Cannot read “%1”: %2</source>
            <translation>Không đọc được “%1”: %2</translation>
        </message>
        <message>
            <location filename="../core/io/csv_reader.cpp" line="132" />
            <source>“%1” names an unusable separator on its first line.</source>
            <translation>Dòng đầu của “%1” khai báo một ký tự phân cách không dùng được.</translation>
        </message>
        <message>
            <location filename="../core/io/csv_reader.cpp" line="188" />
            <source>Line %1 has more than %2 columns.</source>
            <translation>Dòng %1 có quá %2 cột.</translation>
        </message>
        <message>
            <location filename="../core/io/csv_reader.cpp" line="209" />
            <source>The CSV reader was used before open().</source>
            <translation>Bộ đọc CSV được dùng trước khi gọi open().</translation>
        </message>
        <message>
            <location filename="../core/io/csv_reader.cpp" line="311" />
            <source>The field starting on line %1 (column %2) is longer than %3 characters; a quote is probably never closed.</source>
            <translation>Ô bắt đầu ở dòng %1 (cột %2) dài hơn %3 ký tự; có lẽ một dấu ngoặc kép chưa được đóng.</translation>
        </message>
        <message>
            <location filename="../core/io/csv_reader.cpp" line="330" />
            <source>Unterminated quote: the quoted field starting on line %1 (column %2) is never closed. Check that line for a stray " character.</source>
            <translation>Dấu ngoặc kép chưa đóng: ô trong ngoặc kép bắt đầu ở dòng %1 (cột %2) không bao giờ được đóng lại. Hãy kiểm tra dòng đó xem có ký tự " thừa không.</translation>
        </message>
        <message>
            <location filename="../core/io/text_decoder.cpp" line="203" />
            <source>Save the file from Excel as “CSV UTF-8 (Comma delimited)” or “Unicode Text” and try again.</source>
            <translation>Hãy lưu tệp từ Excel dưới dạng “CSV UTF-8 (Comma delimited)” hoặc “Unicode Text” rồi thử lại.</translation>
        </message>
        <message>
            <location filename="../core/io/text_decoder.cpp" line="208" />
            <source>The file is not valid UTF-8: it ends in the middle of a character at byte %1 on line %2. %3</source>
            <translation>Tệp không phải UTF-8 hợp lệ: tệp kết thúc giữa chừng một ký tự ở byte %1, dòng %2. %3</translation>
        </message>
        <message>
            <location filename="../core/io/text_decoder.cpp" line="216" />
            <source>The file is not valid UTF-8: invalid byte sequence starting with 0x%1 at byte %2 on line %3. %4</source>
            <translation>Tệp không phải UTF-8 hợp lệ: chuỗi byte không hợp lệ bắt đầu bằng 0x%1 ở byte %2, dòng %3. %4</translation>
        </message>
        <message>
            <location filename="../core/io/text_decoder.cpp" line="230" />
            <source>The UTF-16 file ends in the middle of a character at byte %1 on line %2.</source>
            <translation>Tệp UTF-16 kết thúc giữa chừng một ký tự ở byte %1, dòng %2.</translation>
        </message>
        <message>
            <location filename="../core/io/text_decoder.cpp" line="236" />
            <source>The file is not valid UTF-16: broken surrogate pair at byte %1 on line %2.</source>
            <translation>Tệp không phải UTF-16 hợp lệ: cặp thay thế (surrogate) bị hỏng ở byte %1, dòng %2.</translation>
        </message>
    </context>
    <context>
        <name>CsvWriter</name>
        <message>
            <location filename="../core/io/csv_writer.cpp" line="58" />
            <location filename="../core/io/csv_writer.cpp" line="81" />
            <source>The CSV writer is not open.</source>
            <translation>Bộ ghi CSV chưa được mở.</translation>
        </message>
        <message>
            <location filename="../core/io/csv_writer.cpp" line="107" />
            <source>Cannot write “%1”: %2</source>
            <translation>Không ghi được “%1”: %2</translation>
        </message>
    </context>
    <context>
        <name>DashboardQueries</name>
        <message>
            <location filename="../core/domain/plan/dashboard_queries.cpp" line="165" />
            <source>The pyramid's band width and open age must be positive.</source>
            <translation>Độ rộng nhóm tuổi và tuổi mở của tháp dân số phải là số dương.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../core/storage/database.cpp" line="411" />
            <source>The transaction was already finished.</source>
            <translation>Giao dịch đã kết thúc trước đó.</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="245" />
            <source>%1: the vault file is damaged or has been altered (%2).</source>
            <translation>%1: tệp kho dữ liệu bị hỏng hoặc đã bị sửa đổi (%2).</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="246" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="252" />
            <source>The vault key must be 256 bits.</source>
            <translation>Khoá của kho dữ liệu phải dài 256 bit.</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="254" />
            <source>There is no vault at %1.</source>
            <translation>Không có kho dữ liệu tại %1.</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="266" />
            <source>Opening the vault</source>
            <translation>Mở kho dữ liệu</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="285" />
            <source>Setting the vault key</source>
            <translation>Đặt khoá cho kho dữ liệu</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="294" />
            <source>The vault could not be decrypted: the key is wrong, or the file is not an Xã Số vault or is damaged.</source>
            <translation>Không giải mã được kho dữ liệu: khoá không đúng, hoặc tệp không phải kho dữ liệu Xã Số, hoặc tệp đã bị hỏng.</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="306" />
            <source>This build uses SQLCipher %1; Xã Số needs 3.4 or newer.</source>
            <translation>Bản này dùng SQLCipher %1; Xã Số cần phiên bản 3.4 trở lên.</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="307" />
            <source>(none)</source>
            <translation>(không có)</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="329" />
            <source>Preparing a query</source>
            <translation>Chuẩn bị truy vấn</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="355" />
            <source>Running a statement</source>
            <translation>Thực thi câu lệnh</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="121" />
            <source>Reading or writing the vault</source>
            <translation>Đọc hoặc ghi kho dữ liệu</translation>
        </message>
        <message>
            <location filename="../core/storage/wal_check.cpp" line="95" />
            <source>The journal file %1 beside the vault does not belong to it: a page it holds does not decrypt with this vault's key or does not fit the vault (the file was copied from another vault, is older than the vault, or is damaged: %2). Nothing was changed: the vault and the journal file were left as they were. To open the vault without it, move that file elsewhere; changes saved after the vault's last checkpoint would then be missing.</source>
            <translation>Tệp nhật ký %1 nằm cạnh kho dữ liệu không thuộc về kho này: có trang trong tệp không giải mã được bằng khóa của kho hoặc không khớp với kho (tệp được chép từ kho khác, cũ hơn kho, hoặc bị hỏng: %2). Không có gì bị thay đổi: kho dữ liệu và tệp nhật ký được giữ nguyên. Để mở kho mà không dùng tệp này, hãy chuyển tệp đó sang chỗ khác; khi đó các thay đổi lưu sau lần ghi chốt (checkpoint) cuối của kho sẽ không còn.</translation>
        </message>
        <message>
            <location filename="../core/storage/wal_check.cpp" line="181" />
            <source>it ends with a vault of %1 bytes, but the vault file already holds %2</source>
            <translation>tệp kết thúc với kho dữ liệu %1 byte, nhưng tệp kho đã có %2 byte</translation>
        </message>
        <message>
            <location filename="../core/storage/wal_check.cpp" line="189" />
            <source>Opening the vault: %1</source>
            <translation>Mở kho dữ liệu: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/wal_check.cpp" line="193" />
            <location filename="../core/storage/wal_check.cpp" line="197" />
            <source>Setting the vault key: %1</source>
            <translation>Đặt khóa kho dữ liệu: %1</translation>
        </message>
    </context>
    <context>
        <name>DigitalCitizenRepository</name>
        <message>
            <location filename="../core/domain/residents/digital_citizen_repository.cpp" line="38" />
            <source>%1: %2 is in the future.</source>
            <translation>%1: %2 nằm trong tương lai.</translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <location filename="../core/domain/residents/duplicates.cpp" line="124" />
            <source>A record cannot be merged into itself (%1).</source>
            <translation>Không thể gộp một bản ghi vào chính nó (%1).</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/duplicates.cpp" line="137" />
            <source>There is no resident with the ID %1.</source>
            <translation>Không có nhân khẩu nào có số định danh %1.</translation>
        </message>
    </context>
    <context>
        <name>FieldCodec</name>
        <message>
            <location filename="../core/domain/changes/field_codec.cpp" line="100" />
            <source>Malformed change at byte %1: %2</source>
            <translation>Thay đổi sai cấu trúc ở byte %1: %2</translation>
        </message>
    </context>
    <context>
        <name>HeaderLocator</name>
        <message>
            <location filename="../core/io/header_locator.cpp" line="132" />
            <source>No header row was found in the first %1 rows: none of the expected column names appear (for example %2).</source>
            <translation>Không tìm thấy dòng tiêu đề trong %1 dòng đầu: không có tên cột nào như mong đợi (ví dụ %2).</translation>
        </message>
    </context>
    <context>
        <name>HouseholdFormDialog</name>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="52" />
            <source>Employment</source>
            <translation>Tình trạng việc làm</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="53" />
            <source>No stable job</source>
            <translation>Không có việc làm ổn định</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="55" />
            <source>Dependents over half the household</source>
            <translation>Người phụ thuộc chiếm trên một nửa số nhân khẩu của hộ</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="57" />
            <source>Health</source>
            <translation>Y tế</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="58" />
            <source>Malnourished child under 16</source>
            <translation>Có trẻ em dưới 16 tuổi suy dinh dưỡng</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="60" />
            <source>Someone aged 6+ without health insurance</source>
            <translation>Có người từ 6 tuổi trở lên không có bảo hiểm y tế</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="62" />
            <source>Education</source>
            <translation>Giáo dục</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="64" />
            <source>Adult 16–30 without the expected schooling</source>
            <translation>Có người từ 16 đến 30 tuổi không đạt trình độ học vấn theo quy định</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="66" />
            <source>Child 3–16 not at the right school level</source>
            <translation>Có trẻ em từ 3 đến 16 tuổi không học đúng cấp học</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="68" />
            <source>Housing</source>
            <translation>Nhà ở</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="69" />
            <source>House not durable</source>
            <translation>Nhà ở không bền vững</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="70" />
            <source>Under 8 m² per person</source>
            <translation>Diện tích nhà ở bình quân dưới 8 m²/người</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="72" />
            <source>Water and sanitation</source>
            <translation>Nước sinh hoạt và vệ sinh</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="73" />
            <source>No clean drinking water</source>
            <translation>Không tiếp cận được nguồn nước sinh hoạt an toàn</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="74" />
            <source>No hygienic latrine</source>
            <translation>Không có nhà tiêu hợp vệ sinh</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="76" />
            <source>Information</source>
            <translation>Thông tin</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="77" />
            <source>No telecommunication service</source>
            <translation>Không sử dụng dịch vụ viễn thông</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="79" />
            <source>No means of access to information</source>
            <translation>Không có phương tiện tiếp cận thông tin</translation>
        </message>
    </context>
    <context>
        <name>HouseholdImport</name>
        <message>
            <location filename="../core/domain/residents/household_import.cpp" line="118" />
            <source>The head's personal ID is missing.</source>
            <translation>Thiếu số định danh cá nhân của chủ hộ.</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/household_import.cpp" line="122" />
            <source>The head %1 is already on an earlier row of this file.</source>
            <translation>Chủ hộ %1 đã có ở một dòng trước đó trong tệp này.</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/household_import.cpp" line="132" />
            <source>There is no resident with the ID %1: import the residents first.</source>
            <translation>Không có nhân khẩu nào có số định danh %1: hãy nhập nhân khẩu trước.</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/household_import.cpp" line="137" />
            <source>The name does not match the resident with the ID %1.</source>
            <translation>Họ tên không khớp với nhân khẩu có số định danh %1.</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/household_import.cpp" line="150" />
            <source>The resident %1 belongs to a household headed by %2; change the head on the Hộ gia đình screen.</source>
            <translation>Nhân khẩu %1 thuộc hộ gia đình do %2 làm chủ hộ; hãy thay đổi chủ hộ tại màn hình Hộ gia đình.</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/household_import.cpp" line="166" />
            <source>Household classification</source>
            <translation>Phân loại hộ gia đình</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/household_import.cpp" line="169" />
            <source>Year of the review</source>
            <translation>Năm rà soát</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/household_import.cpp" line="173" />
            <source>The year of the review must be between 2021 and %1.</source>
            <translation>Năm rà soát phải từ 2021 đến %1.</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/household_import.cpp" line="177" />
            <source>Area</source>
            <translation>Khu vực</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/household_import.cpp" line="187" />
            <source>A classification without the year of the review.</source>
            <translation>Có phân loại nhưng thiếu năm rà soát.</translation>
        </message>
    </context>
    <context>
        <name>HouseholdRepository</name>
        <message>
            <location filename="../core/domain/residents/household_repository.cpp" line="26" />
            <source>There is no household with the key %1.</source>
            <translation>Không có hộ gia đình nào có mã %1.</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/household_repository.cpp" line="31" />
            <location filename="../core/domain/residents/household_validation.cpp" line="30" />
            <source>There is no resident with the ID %1.</source>
            <translation>Không có nhân khẩu nào có số định danh %1.</translation>
        </message>
    </context>
    <context>
        <name>HouseholdValidation</name>
        <message>
            <location filename="../core/domain/residents/household_validation.cpp" line="21" />
            <source>Choose the head of the household from the residents.</source>
            <translation>Hãy chọn chủ hộ trong danh sách nhân khẩu.</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/household_validation.cpp" line="44" />
            <source>%1 already belongs to another household; take them out of it first.</source>
            <translation>%1 đã thuộc một hộ gia đình khác; hãy đưa người này ra khỏi hộ đó trước.</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/household_validation.cpp" line="56" />
            <source>The year of the review must be between 2021 and %1.</source>
            <translation>Năm rà soát phải từ năm 2021 đến năm %1.</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/household_validation.cpp" line="58" />
            <source>A classification without the year of the review.</source>
            <translation>Có phân loại nhưng thiếu năm rà soát.</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/household_validation.cpp" line="61" />
            <source>Say whether the household is urban or rural: the poverty line differs.</source>
            <translation>Hãy cho biết hộ ở thành thị hay nông thôn: chuẩn nghèo của hai khu vực khác nhau.</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/household_validation.cpp" line="66" />
            <source>A poor household lacks at least 3 basic social services; %1 are ticked.</source>
            <translation>Hộ nghèo phải thiếu hụt từ 3 dịch vụ xã hội cơ bản trở lên; hiện mới đánh dấu %1.</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/household_validation.cpp" line="69" />
            <source>With %1 deprivations the household is poor, not near-poor.</source>
            <translation>Với %1 chỉ số thiếu hụt, hộ này là hộ nghèo, không phải hộ cận nghèo.</translation>
        </message>
    </context>
    <context>
        <name>HttpsTransport</name>
        <message>
            <location filename="../sync/client/https_transport.cpp" line="118" />
            <source>The connection to the sync server was cut after %1 of %2 bytes of its answer.</source>
            <translation>Kết nối tới máy chủ đồng bộ bị ngắt sau khi nhận %1 trên %2 byte phản hồi.</translation>
        </message>
        <message>
            <location filename="../sync/client/https_transport.cpp" line="131" />
            <source>The server's certificate does not match the fingerprint pinned at enrolment. Nothing was sent. Ask the administrator whether the server was replaced.</source>
            <translation>Chứng chỉ của máy chủ không khớp với dấu vân tay đã ghim khi đăng ký. Chưa có gì được gửi đi. Hãy hỏi quản trị viên xem máy chủ có bị thay thế không.</translation>
        </message>
        <message>
            <location filename="../sync/client/https_transport.cpp" line="133" />
            <location filename="../sync/client/https_transport.cpp" line="139" />
            <source>Cannot reach the sync server %1: %2</source>
            <translation>Không kết nối được máy chủ đồng bộ %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ImportIssueReport</name>
        <message>
            <location filename="../core/domain/import/import_issue_report.cpp" line="22" />
            <source>Row</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <location filename="../core/domain/import/import_issue_report.cpp" line="22" />
            <source>Column</source>
            <translation>Cột</translation>
        </message>
        <message>
            <location filename="../core/domain/import/import_issue_report.cpp" line="22" />
            <source>Problem</source>
            <translation>Lỗi</translation>
        </message>
        <message>
            <location filename="../core/domain/import/import_issue_report.cpp" line="26" />
            <source>Errors</source>
            <translation>Lỗi</translation>
        </message>
    </context>
    <context>
        <name>ImportSession</name>
        <message numerus="yes">
            <location filename="../app/desktop/imports/import_session.cpp" line="92" />
            <source>Nothing was written: %n row(s) have errors.</source>
            <translation>
                <numerusform>Chưa ghi dữ liệu nào: %n dòng có lỗi.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportTarget</name>
        <message>
            <location filename="../app/desktop/imports/resident_import_target.cpp" line="17" />
            <source>Residents</source>
            <translation>Nhân khẩu</translation>
        </message>
    </context>
    <context>
        <name>IsoWeek</name>
        <message>
            <location filename="../core/domain/plan/iso_week.cpp" line="37" />
            <source>'%1' is not an ISO week; write it like 2026-W48.</source>
            <translation>'%1' không phải là tuần theo ISO; hãy viết như 2026-W48.</translation>
        </message>
        <message>
            <location filename="../core/domain/plan/iso_week.cpp" line="45" />
            <source>Week %1 does not exist in %2 (it has %3 weeks).</source>
            <translation>Năm %2 không có tuần %1 (năm đó có %3 tuần).</translation>
        </message>
    </context>
    <context>
        <name>KeyHeader</name>
        <message>
            <location filename="../core/storage/key_header.cpp" line="63" />
            <source>The key header does not start with the Xã Số signature (bytes 1–8): it is not a vault key header.</source>
            <translation>Tệp tiêu đề khoá không bắt đầu bằng chữ ký của Xã Số (byte 1–8): đây không phải tệp tiêu đề khoá của kho dữ liệu.</translation>
        </message>
        <message>
            <location filename="../core/storage/key_header.cpp" line="72" />
            <source>The vault uses key-header format %1; this version of Xã Số reads up to format %2. Install a newer Xã Số to open it.</source>
            <translation>Kho dữ liệu dùng định dạng tiêu đề khoá %1; phiên bản Xã Số này chỉ đọc được đến định dạng %2. Hãy cài Xã Số mới hơn để mở.</translation>
        </message>
        <message>
            <location filename="../core/storage/key_header.cpp" line="78" />
            <source>The key header declares format %1, older than any Xã Số wrote; refused.</source>
            <translation>Tệp tiêu đề khoá khai báo định dạng %1, cũ hơn mọi định dạng Xã Số từng ghi; bị từ chối.</translation>
        </message>
        <message>
            <location filename="../core/storage/key_header.cpp" line="81" />
            <source>The key header is %1 bytes long; format %2 has exactly %3.</source>
            <translation>Tệp tiêu đề khoá dài %1 byte; định dạng %2 phải dài đúng %3 byte.</translation>
        </message>
        <message>
            <location filename="../core/storage/key_header.cpp" line="101" />
            <source>Byte 27 of the key header names key-derivation algorithm %1; only Argon2id (2) is accepted.</source>
            <translation>Byte 27 của tệp tiêu đề khoá ghi thuật toán dẫn xuất khoá %1; chỉ chấp nhận Argon2id (2).</translation>
        </message>
        <message>
            <location filename="../core/storage/key_header.cpp" line="107" />
            <source>The key header's Argon2id limits (%1 passes, %2 MiB) are outside the accepted range; refused.</source>
            <translation>Tham số Argon2id trong tệp tiêu đề khoá (%1 lượt, %2 MiB) nằm ngoài phạm vi cho phép; bị từ chối.</translation>
        </message>
        <message>
            <location filename="../core/storage/key_header.cpp" line="119" />
            <source>The key header %1 is missing; without it the vault cannot be opened.</source>
            <translation>Thiếu tệp tiêu đề khoá %1; không có tệp này thì không mở được kho dữ liệu.</translation>
        </message>
        <message>
            <location filename="../core/storage/key_header.cpp" line="121" />
            <source>Cannot read %1: %2</source>
            <translation>Không đọc được %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/key_header.cpp" line="129" />
            <location filename="../core/storage/key_header.cpp" line="132" />
            <source>Cannot write %1: %2</source>
            <translation>Không ghi được %1: %2</translation>
        </message>
    </context>
    <context>
        <name>KindAccess</name>
        <message>
            <location filename="../core/domain/import/kind_access.cpp" line="24" />
            <source>Your role does not allow reading %1 records.</source>
            <translation>Vai trò của bạn không được phép xem bản ghi %1.</translation>
        </message>
        <message>
            <location filename="../core/domain/import/kind_access.cpp" line="32" />
            <source>Your role does not allow adding or changing %1 records.</source>
            <translation>Vai trò của bạn không được phép thêm hoặc sửa bản ghi %1.</translation>
        </message>
    </context>
    <context>
        <name>LabourImport</name>
        <message>
            <location filename="../core/domain/labour/labour_import.cpp" line="145" />
            <source>Date of birth</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <location filename="../core/domain/labour/labour_import.cpp" line="146" />
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <location filename="../core/domain/labour/labour_import.cpp" line="148" />
            <source>Area</source>
            <translation>Khu vực</translation>
        </message>
        <message>
            <location filename="../core/domain/labour/labour_import.cpp" line="150" />
            <source>Technical level</source>
            <translation>Trình độ chuyên môn kỹ thuật</translation>
        </message>
        <message>
            <location filename="../core/domain/labour/labour_import.cpp" line="152" />
            <source>Employment status</source>
            <translation>Tình trạng việc làm</translation>
        </message>
        <message>
            <location filename="../core/domain/labour/labour_import.cpp" line="154" />
            <source>Status in employment</source>
            <translation>Vị thế việc làm</translation>
        </message>
        <message>
            <location filename="../core/domain/labour/labour_import.cpp" line="160" />
            <source>Working abroad</source>
            <translation>Làm việc ở nước ngoài</translation>
        </message>
        <message>
            <location filename="../core/domain/labour/labour_import.cpp" line="162" />
            <source>Kind of unemployment</source>
            <translation>Loại thất nghiệp</translation>
        </message>
        <message>
            <location filename="../core/domain/labour/labour_import.cpp" line="163" />
            <source>Months of unemployment</source>
            <translation>Số tháng thất nghiệp</translation>
        </message>
        <message>
            <location filename="../core/domain/labour/labour_import.cpp" line="168" />
            <source>Social insurance</source>
            <translation>Bảo hiểm xã hội</translation>
        </message>
        <message>
            <location filename="../core/domain/labour/labour_import.cpp" line="173" />
            <source>Unemployment insurance</source>
            <translation>Bảo hiểm thất nghiệp</translation>
        </message>
    </context>
    <context>
        <name>LabourRecord</name>
        <message>
            <location filename="../core/domain/labour/labour_record.cpp" line="201" />
            <source>The date of birth is missing.</source>
            <translation>Chưa có ngày sinh.</translation>
        </message>
        <message>
            <location filename="../core/domain/labour/labour_record.cpp" line="204" />
            <source>Age %1: labour records are for people aged %2 and over.</source>
            <translation>Tuổi %1: thông tin lao động chỉ ghi cho người từ %2 tuổi trở lên.</translation>
        </message>
        <message>
            <location filename="../core/domain/labour/labour_record.cpp" line="207" />
            <source>The sex must be male or female.</source>
            <translation>Giới tính phải là nam hoặc nữ.</translation>
        </message>
        <message>
            <location filename="../core/domain/labour/labour_record.cpp" line="209" />
            <source>The area must be urban or rural.</source>
            <translation>Khu vực phải là thành thị hoặc nông thôn.</translation>
        </message>
        <message>
            <location filename="../core/domain/labour/labour_record.cpp" line="212" />
            <source>The technical level “%1” is not one of %2.</source>
            <translation>Trình độ chuyên môn kỹ thuật “%1” không thuộc danh sách %2.</translation>
        </message>
        <message>
            <location filename="../core/domain/labour/labour_record.cpp" line="216" />
            <source>The employment status must be employed, unemployed or outside the labour force.</source>
            <translation>Tình trạng việc làm phải là có việc làm, thất nghiệp hoặc không tham gia lực lượng lao động.</translation>
        </message>
        <message>
            <location filename="../core/domain/labour/labour_record.cpp" line="232" />
            <source>For status “%1” these fields must be empty: %2.</source>
            <translation>Với tình trạng “%1”, các trường sau phải để trống: %2.</translation>
        </message>
        <message>
            <location filename="../core/domain/labour/labour_record.cpp" line="237" />
            <source>An employed person needs an employment status: %1.</source>
            <translation>Người có việc làm cần có vị thế việc làm: %1.</translation>
        </message>
        <message>
            <location filename="../core/domain/labour/labour_record.cpp" line="243" />
            <source>The occupation code “%1” is not a VSCO code (1 to 4 digits).</source>
            <translation>Mã nghề “%1” không phải mã nghề nghiệp Việt Nam (VSCO, từ 1 đến 4 chữ số).</translation>
        </message>
        <message>
            <location filename="../core/domain/labour/labour_record.cpp" line="247" />
            <source>The industry code “%1” is not a VSIC 2018 code (a section letter A–U or 2 to 5 digits).</source>
            <translation>Mã ngành “%1” không phải mã ngành kinh tế VSIC 2018 (một chữ cái A–U hoặc từ 2 đến 5 chữ số).</translation>
        </message>
        <message>
            <location filename="../core/domain/labour/labour_record.cpp" line="254" />
            <source>An unemployed person either never worked or worked before; say which.</source>
            <translation>Người thất nghiệp hoặc chưa từng làm việc, hoặc đã từng làm việc; hãy chọn một.</translation>
        </message>
        <message>
            <location filename="../core/domain/labour/labour_record.cpp" line="257" />
            <source>The months of unemployment cannot be negative.</source>
            <translation>Số tháng thất nghiệp không được là số âm.</translation>
        </message>
        <message>
            <location filename="../core/domain/labour/labour_record.cpp" line="261" />
            <source>A person outside the labour force needs the reason (studying, retired, housework …).</source>
            <translation>Người không tham gia lực lượng lao động cần có lý do (đang đi học, nghỉ hưu, làm nội trợ…).</translation>
        </message>
        <message>
            <location filename="../core/domain/labour/labour_record.cpp" line="266" />
            <source>The social insurance type must be compulsory or voluntary (or empty).</source>
            <translation>Loại bảo hiểm xã hội phải là bắt buộc hoặc tự nguyện (hoặc để trống).</translation>
        </message>
    </context>
    <context>
        <name>LandImport</name>
        <message>
            <location filename="../core/domain/land/land_import.cpp" line="109" />
            <source>The certificate serial is missing.</source>
            <translation>Chưa có số phát hành (số seri) của Giấy chứng nhận.</translation>
        </message>
        <message>
            <location filename="../core/domain/land/land_import.cpp" line="114" />
            <source>The certificate serial “%1” is not 2 letters and 6 digits (for example CS 123456).</source>
            <translation>Số phát hành Giấy chứng nhận “%1” không gồm 2 chữ cái và 6 chữ số (ví dụ CS 123456).</translation>
        </message>
        <message>
            <location filename="../core/domain/land/land_import.cpp" line="120" />
            <source>Area</source>
            <translation>Diện tích</translation>
        </message>
        <message>
            <location filename="../core/domain/land/land_import.cpp" line="126" />
            <source>House area</source>
            <translation>Diện tích nhà ở</translation>
        </message>
        <message>
            <location filename="../core/domain/land/land_import.cpp" line="129" />
            <source>The name of the land user or owner is missing.</source>
            <translation>Chưa có tên người sử dụng đất hoặc chủ sở hữu.</translation>
        </message>
        <message>
            <location filename="../core/domain/land/land_import.cpp" line="138" />
            <source>Share: “%1” is not a number.</source>
            <translation>Tỷ lệ sở hữu: “%1” không phải là số.</translation>
        </message>
        <message>
            <location filename="../core/domain/land/land_import.cpp" line="141" />
            <source>Role</source>
            <translation>Tư cách</translation>
        </message>
        <message>
            <location filename="../core/domain/land/land_import.cpp" line="182" />
            <source>Certificate %1: give the share of every person or of none.</source>
            <translation>Giấy chứng nhận %1: hãy ghi tỷ lệ của tất cả mọi người hoặc không ghi của ai.</translation>
        </message>
    </context>
    <context>
        <name>LandRecord</name>
        <message>
            <location filename="../core/domain/land/land_record.cpp" line="160" />
            <source>The certificate serial is missing.</source>
            <translation>Chưa có số phát hành (số seri) của Giấy chứng nhận.</translation>
        </message>
        <message>
            <location filename="../core/domain/land/land_record.cpp" line="163" />
            <source>The certificate serial “%1” is not 2 letters and 6 digits (for example CS 123456).</source>
            <translation>Số phát hành Giấy chứng nhận “%1” không gồm 2 chữ cái và 6 chữ số (ví dụ CS 123456).</translation>
        </message>
        <message>
            <location filename="../core/domain/land/land_record.cpp" line="166" />
            <source>The area must be more than 0 m².</source>
            <translation>Diện tích phải lớn hơn 0 m².</translation>
        </message>
        <message>
            <location filename="../core/domain/land/land_record.cpp" line="169" />
            <source>The land-use purpose is missing.</source>
            <translation>Chưa có mục đích sử dụng đất.</translation>
        </message>
        <message>
            <location filename="../core/domain/land/land_record.cpp" line="173" />
            <source>The land-use purpose “%1” is not a land-use code such as ONT, LUC or CLN.</source>
            <translation>Mục đích sử dụng đất “%1” không phải là mã loại đất như ONT, LUC hay CLN.</translation>
        </message>
        <message>
            <location filename="../core/domain/land/land_record.cpp" line="175" />
            <source>The house area cannot be negative.</source>
            <translation>Diện tích nhà ở không được là số âm.</translation>
        </message>
        <message>
            <location filename="../core/domain/land/land_record.cpp" line="178" />
            <source>A certificate needs at least one land user or house owner.</source>
            <translation>Giấy chứng nhận cần có ít nhất một người sử dụng đất hoặc chủ sở hữu nhà ở.</translation>
        </message>
        <message>
            <location filename="../core/domain/land/land_record.cpp" line="190" />
            <source>The share of %1 must be more than 0 and at most 100 %.</source>
            <translation>Tỷ lệ của %1 phải lớn hơn 0 và không quá 100 %.</translation>
        </message>
        <message>
            <location filename="../core/domain/land/land_record.cpp" line="193" />
            <source>The role of %1 must be land user or house owner.</source>
            <translation>Tư cách của %1 phải là người sử dụng đất hoặc chủ sở hữu nhà ở.</translation>
        </message>
        <message>
            <location filename="../core/domain/land/land_record.cpp" line="198" />
            <source>The shares of the co-owners sum to %1 %, not 100 %.</source>
            <translation>Tổng tỷ lệ của các đồng sở hữu là %1 %, không phải 100 %.</translation>
        </message>
    </context>
    <context>
        <name>LandRepository</name>
        <message>
            <location filename="../core/domain/land/land_repository.cpp" line="69" />
            <source>A certificate with serial %1 is recorded already.</source>
            <translation>Giấy chứng nhận có số phát hành %1 đã được ghi nhận.</translation>
        </message>
        <message>
            <location filename="../core/domain/land/land_repository.cpp" line="158" />
            <source>The co-owner %1 was removed by someone else after you opened the certificate. Reload it and apply your change again.</source>
            <translation>Đồng sở hữu %1 đã bị người khác xoá sau khi bạn mở Giấy chứng nhận. Hãy tải lại rồi thực hiện lại thay đổi của bạn.</translation>
        </message>
    </context>
    <context>
        <name>ListExport</name>
        <message>
            <location filename="../app/desktop/imports/list_export.cpp" line="41" />
            <source>Export the list</source>
            <translation>Xuất danh sách</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/list_export.cpp" line="42" />
            <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
            <translation>Sổ tính Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>Migrations</name>
        <message>
            <location filename="../core/storage/migrations.cpp" line="46" />
            <source>This vault has schema version %1, written by a newer Xã Số; this version knows up to %2. Update Xã Số to open it. Nothing was changed.</source>
            <translation>Kho dữ liệu này có lược đồ phiên bản %1, do Xã Số mới hơn ghi; phiên bản này chỉ hỗ trợ đến %2. Hãy cập nhật Xã Số để mở. Không có gì bị thay đổi.</translation>
        </message>
    </context>
    <context>
        <name>ModelCatalog</name>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="36" />
            <source>must be text</source>
            <translation>phải là văn bản</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="37" />
            <source>must be non-empty text</source>
            <translation>phải là văn bản không rỗng</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="48" />
            <source>must be a whole number from 1</source>
            <translation>phải là số nguyên từ 1 trở lên</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="60" />
            <source>must be true or false</source>
            <translation>phải là true hoặc false</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="80" />
            <source>must be a list of non-empty texts</source>
            <translation>phải là danh sách các văn bản không rỗng</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="88" />
            <source>must be an object</source>
            <translation>phải là một đối tượng</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="96" />
            <source>%1: field "%2" %3.</source>
            <translation>%1: trường "%2" %3.</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="117" />
            <source>Model %1</source>
            <translation>Mô hình %1</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="136" />
            <source>Model %1 deadline</source>
            <translation>Thời hạn của mô hình %1</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="141" />
            <source>must be "date", "afterGuidance", "recurring" or "roadmap"</source>
            <translation>phải là "date", "afterGuidance", "recurring" hoặc "roadmap"</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="148" />
            <source>must be a date as YYYY-MM-DD</source>
            <translation>phải là ngày dạng YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="158" />
            <source>Model %1 KPI %2</source>
            <translation>Mô hình %1, chỉ tiêu %2</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="163" />
            <source>must be lower-case letters, digits and _</source>
            <translation>chỉ gồm chữ thường, chữ số và _</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="170" />
            <source>must be "entered" or "computed"</source>
            <translation>phải là "entered" hoặc "computed"</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="175" />
            <source>must be "count" or "percent"</source>
            <translation>phải là "count" hoặc "percent"</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="181" />
            <source>is out of range</source>
            <translation>nằm ngoài phạm vi</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="184" />
            <source>must be a number or null</source>
            <translation>phải là số hoặc null</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="187" />
            <location filename="../core/reference/model_catalog.cpp" line="200" />
            <source>must hold objects</source>
            <translation>phải chứa các đối tượng</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="209" />
            <source>must name at least one role</source>
            <translation>phải nêu ít nhất một vai trò</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="225" />
            <source>%1: field "kpis" must be a list.</source>
            <translation>%1: trường "kpis" phải là một danh sách.</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="242" />
            <source>The model catalog lists no groups.</source>
            <translation>Danh mục mô hình không có nhóm nào.</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="246" />
            <source>Group %1</source>
            <translation>Nhóm %1</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="253" />
            <source>must be %1 (groups run 1, 2, … in order)</source>
            <translation>phải là %1 (các nhóm đánh số 1, 2, … theo thứ tự)</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="278" />
            <source>Cannot open the model catalog %1: %2</source>
            <translation>Không mở được danh mục mô hình %1: %2</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="284" />
            <source>The model catalog %1 is not valid JSON at byte %2: %3</source>
            <translation>Danh mục mô hình %1 không phải JSON hợp lệ ở byte %2: %3</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="292" />
            <source>The model catalog</source>
            <translation>Danh mục mô hình</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="299" />
            <source>The model catalog is version %1; this version of Xã Số reads version %2.</source>
            <translation>Danh mục mô hình có phiên bản %1; phiên bản Xã Số này đọc phiên bản %2.</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="308" />
            <source>The plan period</source>
            <translation>Thời gian thực hiện kế hoạch</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="313" />
            <source>and "to" must be dates as YYYY-MM-DD</source>
            <translation>và "to" phải là ngày dạng YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="336" />
            <source>%1: expected model number %2 here; models run 1, 2, … without gaps.</source>
            <translation>%1: ở đây phải là mô hình số %2; các mô hình đánh số 1, 2, … liên tục.</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="343" />
            <source>%1: field "group" names group %2, which is not in the catalog.</source>
            <translation>%1: trường "group" ghi nhóm %2, nhóm này không có trong danh mục.</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="350" />
            <source>%1: KPI id "%2" is used twice in the catalog.</source>
            <translation>%1: mã chỉ tiêu "%2" bị dùng hai lần trong danh mục.</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="360" />
            <source>The model catalog lists no models.</source>
            <translation>Danh mục mô hình không có mô hình nào.</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="364" />
            <source>Group %1 declares %2 models but the catalog has %3.</source>
            <translation>Nhóm %1 khai báo %2 mô hình nhưng danh mục có %3.</translation>
        </message>
        <message>
            <location filename="../core/reference/model_catalog.cpp" line="408" />
            <source>%1: lead role "%2" is not in the role table.</source>
            <translation>%1: vai trò chủ trì "%2" không có trong bảng vai trò.</translation>
        </message>
    </context>
    <context>
        <name>ModelDetailPanel</name>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="83" />
            <source>%1 bytes</source>
            <translation>%1 byte</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="84" />
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
    </context>
    <context>
        <name>ModelStatus</name>
        <message>
            <location filename="../app/desktop/models/model_status_style.cpp" line="22" />
            <location filename="../app/desktop/models/model_status_style.cpp" line="41" />
            <source>Not started</source>
            <translation>Chưa triển khai</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_status_style.cpp" line="24" />
            <location filename="../app/desktop/models/model_status_style.cpp" line="43" />
            <source>In progress</source>
            <translation>Đang triển khai</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_status_style.cpp" line="26" />
            <location filename="../app/desktop/models/model_status_style.cpp" line="45" />
            <source>Done</source>
            <translation>Hoàn thành</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_status_style.cpp" line="28" />
            <location filename="../app/desktop/models/model_status_style.cpp" line="47" />
            <source>Blocked</source>
            <translation>Vướng mắc</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_status_style.cpp" line="30" />
            <source>Recurring</source>
            <translation>Thường xuyên</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_status_style.cpp" line="32" />
            <source>Overdue</source>
            <translation>Quá hạn</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../app/desktop/overview/overview_charts.cpp" line="151" />
            <source>Models</source>
            <translation>Mô hình</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_charts.cpp" line="164" />
            <source>W%1</source>
            <translation>T%1</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_charts.cpp" line="168" />
            <source>Week of the year</source>
            <translation>Tuần trong năm</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_charts.cpp" line="185" />
            <source>Records added</source>
            <translation>Số bản ghi được thêm</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_charts.cpp" line="212" />
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_charts.cpp" line="238" />
            <source>VNeID level 2</source>
            <translation>VNeID mức độ 2</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_charts.cpp" line="239" />
            <source>E-payment account</source>
            <translation>Tài khoản thanh toán điện tử</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_charts.cpp" line="240" />
            <source>Digital signature</source>
            <translation>Chữ ký số</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_charts.cpp" line="244" />
            <source>(no hamlet)</source>
            <translation>(chưa có thôn, xóm)</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_charts.cpp" line="260" />
            <source>Share of the hamlet's residents</source>
            <translation>Tỷ lệ trên số nhân khẩu của thôn, xóm</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_charts.cpp" line="274" />
            <location filename="../app/desktop/overview/overview_charts.cpp" line="316" />
            <source>Male</source>
            <translation>Nam</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_charts.cpp" line="275" />
            <location filename="../app/desktop/overview/overview_charts.cpp" line="317" />
            <source>Female</source>
            <translation>Nữ</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_charts.cpp" line="301" />
            <location filename="../app/desktop/overview/overview_style.cpp" line="85" />
            <source>Residents</source>
            <translation>Nhân khẩu</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_charts.cpp" line="318" />
            <source>Not recorded</source>
            <translation>Chưa ghi nhận</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_charts.cpp" line="342" />
            <source>People</source>
            <translation>Người</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_charts.cpp" line="355" />
            <location filename="../app/desktop/overview/overview_charts.cpp" line="370" />
            <source>Beneficiaries</source>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_style.cpp" line="87" />
            <source>Households</source>
            <translation>Hộ gia đình</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_style.cpp" line="89" />
            <source>Welfare beneficiaries</source>
            <translation>Đối tượng bảo trợ xã hội</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_style.cpp" line="91" />
            <source>Workers</source>
            <translation>Người lao động</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_style.cpp" line="93" />
            <source>Land and housing</source>
            <translation>Đất đai và nhà ở</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_style.cpp" line="95" />
            <source>Certified copies</source>
            <translation>Bản sao chứng thực</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_style.cpp" line="102" />
            <source>Welfare</source>
            <translation>Bảo trợ xã hội</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_style.cpp" line="104" />
            <source>Land</source>
            <translation>Đất đai</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_style.cpp" line="106" />
            <source>Copies</source>
            <translation>Bản sao</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_style.cpp" line="140" />
            <source>%1 đ</source>
            <translation>%1 đ</translation>
        </message>
    </context>
    <context>
        <name>PasswordPolicy</name>
        <message>
            <location filename="../core/crypto/password_policy.cpp" line="112" />
            <source>Use at least 10 characters.</source>
            <translation>Dùng ít nhất 10 ký tự.</translation>
        </message>
        <message>
            <location filename="../core/crypto/password_policy.cpp" line="114" />
            <source>Mix lower-case and capital letters, digits and symbols.</source>
            <translation>Kết hợp chữ thường, chữ hoa, chữ số và ký hiệu.</translation>
        </message>
        <message>
            <location filename="../core/crypto/password_policy.cpp" line="116" />
            <source>Avoid repeated characters and runs such as 'abc' or '111'.</source>
            <translation>Tránh ký tự lặp lại và chuỗi liên tiếp như 'abc' hay '111'.</translation>
        </message>
        <message>
            <location filename="../core/crypto/password_policy.cpp" line="118" />
            <source>Avoid common words such as 'password' or 'matkhau', even with capitals, digits or symbols added.</source>
            <translation>Tránh các từ thông dụng như 'password' hay 'matkhau', kể cả khi thêm chữ hoa, chữ số hoặc ký hiệu.</translation>
        </message>
        <message>
            <location filename="../core/crypto/password_policy.cpp" line="129" />
            <source>The password is too weak. %1</source>
            <translation>Mật khẩu quá yếu. %1</translation>
        </message>
    </context>
    <context>
        <name>PersonalId</name>
        <message>
            <location filename="../core/reference/personal_id.cpp" line="26" />
            <source>a space</source>
            <translation>dấu cách</translation>
        </message>
        <message>
            <location filename="../core/reference/personal_id.cpp" line="42" />
            <source>Character %1 (%2) is not a digit.</source>
            <translation>Ký tự thứ %1 (%2) không phải là chữ số.</translation>
        </message>
        <message>
            <location filename="../core/reference/personal_id.cpp" line="56" />
            <source>The personal ID is empty.</source>
            <translation>Số định danh cá nhân đang để trống.</translation>
        </message>
        <message>
            <location filename="../core/reference/personal_id.cpp" line="58" />
            <source>A personal ID has 12 digits; this one has 9, like an old ID card (CMND) number.</source>
            <translation>Số định danh cá nhân có 12 chữ số; số này chỉ có 9, giống số chứng minh nhân dân (CMND) cũ.</translation>
        </message>
        <message>
            <location filename="../core/reference/personal_id.cpp" line="60" />
            <source>A personal ID has 12 digits; this one has %1.</source>
            <translation>Số định danh cá nhân có 12 chữ số; số này có %1.</translation>
        </message>
        <message>
            <location filename="../core/reference/personal_id.cpp" line="64" />
            <source>The first three digits, %1, are neither a province code (001–096) nor a country code (101–295).</source>
            <translation>Ba chữ số đầu, %1, không phải mã tỉnh (001–096) cũng không phải mã quốc gia (101–295).</translation>
        </message>
        <message>
            <location filename="../core/reference/personal_id.cpp" line="77" />
            <source>The ID card (CMND) number is empty.</source>
            <translation>Số chứng minh nhân dân (CMND) đang để trống.</translation>
        </message>
        <message>
            <location filename="../core/reference/personal_id.cpp" line="80" />
            <source>An old ID card (CMND) number has 9 or 12 digits; this one has %1.</source>
            <translation>Số chứng minh nhân dân (CMND) cũ có 9 hoặc 12 chữ số; số này có %1.</translation>
        </message>
        <message>
            <location filename="../core/reference/personal_id.cpp" line="117" />
            <source>The personal ID gives birth year %1 (digits 4–6) but the record says %2.</source>
            <translation>Số định danh cá nhân cho năm sinh %1 (chữ số 4–6) nhưng hồ sơ ghi %2.</translation>
        </message>
        <message>
            <location filename="../core/reference/personal_id.cpp" line="124" />
            <source>The personal ID belongs to a man (its 4th digit, %1, is even) but the record says female.</source>
            <translation>Số định danh cá nhân là của nam giới (chữ số thứ 4 là %1, số chẵn) nhưng hồ sơ ghi nữ.</translation>
        </message>
        <message>
            <location filename="../core/reference/personal_id.cpp" line="126" />
            <source>The personal ID belongs to a woman (its 4th digit, %1, is odd) but the record says male.</source>
            <translation>Số định danh cá nhân là của nữ giới (chữ số thứ 4 là %1, số lẻ) nhưng hồ sơ ghi nam.</translation>
        </message>
        <message>
            <location filename="../core/reference/personal_id.cpp" line="132" />
            <source>The personal ID gives birth year %1, which has not come yet: check digits 4–6.</source>
            <translation>Số định danh cá nhân cho năm sinh %1, một năm chưa tới: hãy kiểm tra chữ số 4–6.</translation>
        </message>
    </context>
    <context>
        <name>PlanRepository</name>
        <message>
            <location filename="../core/domain/plan/plan_repository.cpp" line="52" />
            <source>Your roles (%1) may not read the plan's models.</source>
            <translation>Vai trò của bạn (%1) không được xem các mô hình của kế hoạch.</translation>
        </message>
        <message>
            <location filename="../core/domain/plan/plan_repository.cpp" line="59" />
            <source>Your roles (%1) may not change the plan's models (assignments and progress).</source>
            <translation>Vai trò của bạn (%1) không được thay đổi các mô hình của kế hoạch (phân công và tiến độ).</translation>
        </message>
        <message>
            <location filename="../core/domain/plan/plan_repository.cpp" line="79" />
            <location filename="../core/domain/plan/plan_repository.cpp" line="156" />
            <source>There is no model %1 in the plan (models 1 to %2).</source>
            <translation>Kế hoạch không có mô hình %1 (chỉ có mô hình 1 đến %2).</translation>
        </message>
        <message>
            <location filename="../core/domain/plan/plan_repository.cpp" line="84" />
            <source>Lead role: '%1' is not a known role; known roles: %2.</source>
            <translation>Vai trò chủ trì: '%1' không phải vai trò đã biết; các vai trò hiện có: %2.</translation>
        </message>
        <message>
            <location filename="../core/domain/plan/plan_repository.cpp" line="98" />
            <source>Cooperating: '%1' contains a comma; give each unit or officer separately.</source>
            <translation>Phối hợp: '%1' có dấu phẩy; hãy nhập riêng từng đơn vị hoặc cán bộ.</translation>
        </message>
        <message>
            <location filename="../core/domain/plan/plan_repository.cpp" line="131" />
            <source>KPI '%1' is not a KPI of model %2; its entered KPIs: %3.</source>
            <translation>'%1' không phải chỉ tiêu của mô hình %2; các chỉ tiêu nhập tay của mô hình: %3.</translation>
        </message>
        <message>
            <location filename="../core/domain/plan/plan_repository.cpp" line="134" />
            <source>none</source>
            <translation>không có</translation>
        </message>
        <message>
            <location filename="../core/domain/plan/plan_repository.cpp" line="138" />
            <source>KPI '%1' of model %2 is computed from the records; it cannot be entered.</source>
            <translation>Chỉ tiêu '%1' của mô hình %2 được tính tự động từ dữ liệu; không nhập tay được.</translation>
        </message>
        <message>
            <location filename="../core/domain/plan/plan_repository.cpp" line="143" />
            <source>KPI '%1': the value may not be negative.</source>
            <translation>Chỉ tiêu '%1': giá trị không được là số âm.</translation>
        </message>
        <message>
            <location filename="../core/domain/plan/plan_repository.cpp" line="146" />
            <source>KPI '%1': a percentage is at most 100.</source>
            <translation>Chỉ tiêu '%1': tỷ lệ phần trăm không quá 100.</translation>
        </message>
        <message>
            <location filename="../core/domain/plan/plan_repository.cpp" line="163" />
            <source>Report date: %1 is in the future.</source>
            <translation>Ngày báo cáo: %1 nằm trong tương lai.</translation>
        </message>
        <message>
            <location filename="../core/domain/plan/plan_repository.cpp" line="294" />
            <location filename="../core/domain/plan/plan_repository.cpp" line="312" />
            <source>Model number %1 is not valid.</source>
            <translation>Số mô hình %1 không hợp lệ.</translation>
        </message>
    </context>
    <context>
        <name>PlanTypes</name>
        <message>
            <location filename="../core/domain/plan/plan_types.cpp" line="45" />
            <source>Unknown status '%1'; use not_started, in_progress, done or blocked.</source>
            <translation>Trạng thái '%1' không hợp lệ; hãy dùng not_started, in_progress, done hoặc blocked.</translation>
        </message>
        <message>
            <location filename="../core/domain/plan/plan_types.cpp" line="105" />
            <source>'%1': a KPI value is written id=value.</source>
            <translation>'%1': giá trị chỉ tiêu phải viết dạng mã=giá-trị.</translation>
        </message>
        <message>
            <location filename="../core/domain/plan/plan_types.cpp" line="112" />
            <source>'%1': the value is not a number.</source>
            <translation>'%1': giá trị không phải là số.</translation>
        </message>
    </context>
    <context>
        <name>ProfileDirectory</name>
        <message>
            <location filename="../app/desktop/common/profile_directory.cpp" line="62" />
            <source>Enter a name for the profile.</source>
            <translation>Hãy nhập tên cho hồ sơ.</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/profile_directory.cpp" line="68" />
            <source>A profile named "%1" already exists on this computer.</source>
            <translation>Máy tính này đã có hồ sơ tên "%1".</translation>
        </message>
    </context>
    <context>
        <name>ProvinceTable</name>
        <message>
            <location filename="../core/reference/provinces.cpp" line="36" />
            <source>Cannot read %1: %2</source>
            <translation>Không đọc được %1: %2</translation>
        </message>
        <message>
            <location filename="../core/reference/provinces.cpp" line="44" />
            <source>%1, line %2: %3</source>
            <translation>%1, dòng %2: %3</translation>
        </message>
        <message>
            <location filename="../core/reference/provinces.cpp" line="60" />
            <source>the header must be “code,name”</source>
            <translation>dòng tiêu đề phải là “code,name”</translation>
        </message>
        <message>
            <location filename="../core/reference/provinces.cpp" line="67" />
            <source>expected “code,name”</source>
            <translation>cần có dạng “code,name”</translation>
        </message>
        <message>
            <location filename="../core/reference/provinces.cpp" line="71" />
            <source>the code “%1” is not a province code 001–096</source>
            <translation>mã “%1” không phải mã tỉnh 001–096</translation>
        </message>
        <message>
            <location filename="../core/reference/provinces.cpp" line="73" />
            <source>the province %1 has no name</source>
            <translation>tỉnh %1 chưa có tên</translation>
        </message>
        <message>
            <location filename="../core/reference/provinces.cpp" line="75" />
            <source>the code %1 appears twice</source>
            <translation>mã %1 xuất hiện hai lần</translation>
        </message>
        <message>
            <location filename="../core/reference/provinces.cpp" line="79" />
            <source>%1 is empty</source>
            <translation>%1 đang trống</translation>
        </message>
    </context>
    <context>
        <name>RecordAccess</name>
        <message>
            <location filename="../core/domain/residents/record_access.cpp" line="14" />
            <source>Your role may not change %1 records.</source>
            <translation>Vai trò của bạn không được sửa bản ghi %1.</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/record_access.cpp" line="15" />
            <source>Your role may not read %1 records.</source>
            <translation>Vai trò của bạn không được xem bản ghi %1.</translation>
        </message>
    </context>
    <context>
        <name>RecordExport</name>
        <message>
            <location filename="../core/domain/import/record_export.cpp" line="94" />
            <source>The export was cancelled; no file was written.</source>
            <translation>Đã hủy xuất dữ liệu; không có tệp nào được ghi.</translation>
        </message>
    </context>
    <context>
        <name>RecordFields</name>
        <message>
            <location filename="../app/desktop/records/copies_kind.cpp" line="24" />
            <source>Certification number</source>
            <translation>Số chứng thực</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/copies_kind.cpp" line="30" />
            <source>Book</source>
            <translation>Sổ chứng thực</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/copies_kind.cpp" line="32" />
            <source>Certified on</source>
            <translation>Ngày chứng thực</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/copies_kind.cpp" line="38" />
            <source>Requested by</source>
            <translation>Người yêu cầu chứng thực</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/copies_kind.cpp" line="40" />
            <source>Original document</source>
            <translation>Giấy tờ, văn bản gốc</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/copies_kind.cpp" line="44" />
            <source>Pages</source>
            <translation>Số trang</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/copies_kind.cpp" line="45" />
            <source>Certified by</source>
            <translation>Người thực hiện chứng thực</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/copies_kind.cpp" line="47" />
            <source>Title of the certifier</source>
            <translation>Chức danh người chứng thực</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/copies_kind.cpp" line="49" />
            <source>Chairman</source>
            <translation>Chủ tịch</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/copies_kind.cpp" line="50" />
            <source>Vice Chairman</source>
            <translation>Phó Chủ tịch</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/copies_kind.cpp" line="51" />
            <source>Agency</source>
            <translation>Cơ quan</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/copies_kind.cpp" line="52" />
            <source>Statement (lời chứng)</source>
            <translation>Lời chứng</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/copies_kind.cpp" line="53" />
            <location filename="../app/desktop/records/labour_kind.cpp" line="28" />
            <location filename="../app/desktop/records/land_kind.cpp" line="35" />
            <location filename="../app/desktop/records/welfare_kind.cpp" line="63" />
            <source>Hamlet</source>
            <translation>Thôn, xóm</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="19" />
            <location filename="../app/desktop/records/welfare_kind.cpp" line="19" />
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="20" />
            <location filename="../app/desktop/records/welfare_kind.cpp" line="20" />
            <source>Personal ID</source>
            <translation>Số định danh cá nhân</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="21" />
            <location filename="../app/desktop/records/welfare_kind.cpp" line="21" />
            <source>Date of birth</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="23" />
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="25" />
            <source>Male</source>
            <translation>Nam</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="26" />
            <source>Female</source>
            <translation>Nữ</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="30" />
            <source>Area</source>
            <translation>Khu vực</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="32" />
            <source>Urban</source>
            <translation>Thành thị</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="33" />
            <source>Rural</source>
            <translation>Nông thôn</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="35" />
            <source>Employment</source>
            <translation>Tình trạng việc làm</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="37" />
            <source>Employed</source>
            <translation>Có việc làm</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="38" />
            <location filename="../app/desktop/records/labour_kind.cpp" line="65" />
            <source>Unemployed</source>
            <translation>Thất nghiệp</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="39" />
            <source>Outside the labour force</source>
            <translation>Không tham gia lực lượng lao động</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="41" />
            <source>General education (e.g. 12/12)</source>
            <translation>Trình độ giáo dục phổ thông (ví dụ 12/12)</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="43" />
            <source>Technical level</source>
            <translation>Trình độ chuyên môn kỹ thuật</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="45" />
            <source>None</source>
            <translation>Không có</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="46" />
            <source>Elementary</source>
            <translation>Sơ cấp</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="47" />
            <source>Intermediate</source>
            <translation>Trung cấp</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="48" />
            <source>College</source>
            <translation>Cao đẳng</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="49" />
            <source>University</source>
            <translation>Đại học</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="50" />
            <source>Postgraduate</source>
            <translation>Trên đại học</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="52" />
            <source>Field of training</source>
            <translation>Chuyên ngành đào tạo</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="54" />
            <source>Position (employed)</source>
            <translation>Vị thế việc làm</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="56" />
            <source>Employer</source>
            <translation>Chủ cơ sở</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="57" />
            <source>Own-account worker</source>
            <translation>Tự làm</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="58" />
            <source>Family worker</source>
            <translation>Lao động gia đình</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="59" />
            <source>Cooperative member</source>
            <translation>Xã viên hợp tác xã</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="60" />
            <source>Employee</source>
            <translation>Làm công ăn lương</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="61" />
            <source>Occupation (VSCO)</source>
            <translation>Nghề nghiệp (VSCO)</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="62" />
            <source>Employer name</source>
            <translation>Tên nơi làm việc</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="63" />
            <source>Workplace</source>
            <translation>Nơi làm việc</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="67" />
            <source>Never worked</source>
            <translation>Chưa từng làm việc</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="68" />
            <source>Worked before</source>
            <translation>Đã từng làm việc</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="69" />
            <source>Months without work</source>
            <translation>Số tháng không có việc làm</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="70" />
            <source>Reason outside the labour force</source>
            <translation>Lý do không tham gia lực lượng lao động</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="71" />
            <source>Social insurance number</source>
            <translation>Số sổ bảo hiểm xã hội</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="72" />
            <source>Health insurance number</source>
            <translation>Số thẻ bảo hiểm y tế</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="73" />
            <source>Training need</source>
            <translation>Nhu cầu đào tạo</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/land_kind.cpp" line="23" />
            <source>Certificate serial (e.g. CS 123456)</source>
            <translation>Số seri giấy chứng nhận (ví dụ CS 123456)</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/land_kind.cpp" line="27" />
            <source>Register number</source>
            <translation>Số vào sổ cấp giấy chứng nhận</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/land_kind.cpp" line="28" />
            <source>Map sheet</source>
            <translation>Tờ bản đồ số</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/land_kind.cpp" line="29" />
            <source>Parcel</source>
            <translation>Thửa đất số</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/land_kind.cpp" line="30" />
            <source>Area (m²)</source>
            <translation>Diện tích (m²)</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/land_kind.cpp" line="31" />
            <source>Land use (e.g. ONT, CLN)</source>
            <translation>Mục đích sử dụng (ví dụ ONT, CLN)</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/land_kind.cpp" line="32" />
            <source>Term of use</source>
            <translation>Thời hạn sử dụng</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/land_kind.cpp" line="33" />
            <source>Origin of use</source>
            <translation>Nguồn gốc sử dụng</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/land_kind.cpp" line="34" />
            <source>Address of the parcel</source>
            <translation>Địa chỉ thửa đất</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/land_kind.cpp" line="36" />
            <source>House floor area (m²)</source>
            <translation>Diện tích sàn nhà ở (m²)</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/land_kind.cpp" line="37" />
            <source>Land users and house owners</source>
            <translation>Người sử dụng đất và chủ sở hữu nhà ở</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/land_kind.cpp" line="119" />
            <source>Row %1: %2</source>
            <translation>Dòng %1: %2</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="23" />
            <source>Category (Decree 20/2021, Art. 5)</source>
            <translation>Nhóm đối tượng (Nghị định 20/2021, Điều 5)</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="25" />
            <source>Cl. 1 – child without support</source>
            <translation>K1 – trẻ em không có nguồn nuôi dưỡng</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="26" />
            <source>Cl. 2 – aged 16–22, studying</source>
            <translation>K2 – từ 16 đến 22 tuổi, đang đi học</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="27" />
            <source>Cl. 3 – child with HIV, poor household</source>
            <translation>K3 – trẻ em nhiễm HIV thuộc hộ nghèo</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="28" />
            <source>Cl. 4 – poor single parent</source>
            <translation>K4 – người đơn thân thuộc hộ nghèo</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="29" />
            <source>Cl. 5a – poor elderly, no supporter</source>
            <translation>K5a – người cao tuổi thuộc hộ nghèo, không có người phụng dưỡng</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="30" />
            <source>Cl. 5b – aged 75–80, disadvantaged area</source>
            <translation>K5b – từ 75 đến 80 tuổi, vùng đặc biệt khó khăn</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="31" />
            <source>Cl. 5c – aged 80+, no pension</source>
            <translation>K5c – từ 80 tuổi trở lên, không có lương hưu</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="32" />
            <source>Cl. 5d – elderly with a community carer</source>
            <translation>K5d – người cao tuổi được nhận chăm sóc tại cộng đồng</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="33" />
            <source>Cl. 6 – severe disability</source>
            <translation>K6 – khuyết tật nặng</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="34" />
            <source>Cl. 7 – child under 3, disadvantaged area</source>
            <translation>K7 – trẻ em dưới 3 tuổi, vùng đặc biệt khó khăn</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="35" />
            <source>Cl. 8 – HIV, poor, no income</source>
            <translation>K8 – nhiễm HIV thuộc hộ nghèo, không có thu nhập</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="37" />
            <source>Point (a–l)</source>
            <translation>Điểm (a–l)</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="38" />
            <source>Children raised (cl. 4)</source>
            <translation>Số con đang nuôi (K4)</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="40" />
            <source>Disability level</source>
            <translation>Mức độ khuyết tật</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="42" />
            <source>Severe</source>
            <translation>Nặng</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="43" />
            <source>Especially severe</source>
            <translation>Đặc biệt nặng</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="45" />
            <source>Monthly allowance (VND)</source>
            <translation>Mức trợ cấp hằng tháng (đồng)</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="51" />
            <source>Decision number</source>
            <translation>Số quyết định</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="52" />
            <source>Decision date</source>
            <translation>Ngày quyết định</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="53" />
            <source>Paid from</source>
            <translation>Hưởng từ</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="54" />
            <source>Paid until</source>
            <translation>Hưởng đến</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="56" />
            <source>Payment</source>
            <translation>Hình thức chi trả</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="58" />
            <source>Bank account</source>
            <translation>Tài khoản ngân hàng</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="59" />
            <source>E-wallet</source>
            <translation>Ví điện tử</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="60" />
            <source>Mobile Money</source>
            <translation>Mobile Money</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="61" />
            <source>Cash</source>
            <translation>Tiền mặt</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="62" />
            <source>Account</source>
            <translation>Tài khoản</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="64" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
    </context>
    <context>
        <name>RecordImporter</name>
        <message>
            <location filename="../core/domain/import/record_importer.cpp" line="61" />
            <source>Row %1, column “%2”: %3</source>
            <translation>Dòng %1, cột “%2”: %3</translation>
        </message>
        <message>
            <location filename="../core/domain/import/record_importer.cpp" line="63" />
            <source>Row %1: %2</source>
            <translation>Dòng %1: %2</translation>
        </message>
        <message>
            <location filename="../core/domain/import/record_importer.cpp" line="68" />
            <source>… and %1 more problems.</source>
            <translation>… và %1 lỗi khác.</translation>
        </message>
        <message>
            <location filename="../core/domain/import/record_importer.cpp" line="118" />
            <source>The import was cancelled; nothing was written.</source>
            <translation>Đã huỷ việc nhập dữ liệu; chưa có gì được ghi.</translation>
        </message>
    </context>
    <context>
        <name>RecordKindIo</name>
        <message>
            <location filename="../core/domain/kinds/record_kind_io.cpp" line="101" />
            <source>The export was cancelled; no file was written.</source>
            <translation>Đã hủy xuất dữ liệu; không có tệp nào được ghi.</translation>
        </message>
        <message>
            <location filename="../core/domain/kinds/record_kind_io.cpp" line="153" />
            <source>Unknown record kind “%1”; use one of: %2.</source>
            <translation>Loại dữ liệu “%1” không xác định; hãy dùng một trong các loại: %2.</translation>
        </message>
    </context>
    <context>
        <name>RecordKinds</name>
        <message>
            <location filename="../app/desktop/records/copies_kind.cpp" line="87" />
            <source>Cannot read %1: %2</source>
            <translation>Không đọc được %1: %2</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/copies_kind.cpp" line="105" />
            <source>Certified copies</source>
            <translation>Bản sao chứng thực</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/copies_kind.cpp" line="108" />
            <source>Search by the requester's name…</source>
            <translation>Tìm theo tên người yêu cầu…</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="101" />
            <source>Labour records</source>
            <translation>Hồ sơ lao động</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/labour_kind.cpp" line="104" />
            <location filename="../app/desktop/records/welfare_kind.cpp" line="110" />
            <source>Search by name, e.g. “nguyen van”…</source>
            <translation>Tìm theo họ tên, ví dụ “nguyen van”…</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/land_kind.cpp" line="65" />
            <source>Land certificates</source>
            <translation>Giấy chứng nhận quyền sử dụng đất</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/land_kind.cpp" line="68" />
            <source>Search by certificate serial, e.g. “CS 12”…</source>
            <translation>Tìm theo số seri giấy chứng nhận, ví dụ “CS 12”…</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/welfare_kind.cpp" line="106" />
            <source>Welfare beneficiaries</source>
            <translation>Đối tượng bảo trợ xã hội</translation>
        </message>
    </context>
    <context>
        <name>RecordLabels</name>
        <message>
            <location filename="../app/desktop/common/record_labels.cpp" line="11" />
            <source>Verified</source>
            <translation>Đã xác thực</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/record_labels.cpp" line="13" />
            <source>Mismatch</source>
            <translation>Sai lệch</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/record_labels.cpp" line="15" />
            <source>Not in the extract</source>
            <translation>Không có trong tệp trích xuất</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/record_labels.cpp" line="17" />
            <source>Unverified</source>
            <translation>Chưa xác thực</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/record_labels.cpp" line="37" />
            <source>Male</source>
            <translation>Nam</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/record_labels.cpp" line="38" />
            <source>Female</source>
            <translation>Nữ</translation>
        </message>
    </context>
    <context>
        <name>RecordSupport</name>
        <message>
            <location filename="../core/domain/import/record_support.cpp" line="109" />
            <source>The personal ID is missing.</source>
            <translation>Chưa có số định danh cá nhân.</translation>
        </message>
        <message>
            <location filename="../core/domain/import/record_support.cpp" line="115" />
            <source>Personal ID: %1</source>
            <translation>Số định danh cá nhân: %1</translation>
        </message>
        <message>
            <location filename="../core/domain/import/record_support.cpp" line="127" />
            <source>The full name is missing.</source>
            <translation>Chưa có họ và tên.</translation>
        </message>
    </context>
    <context>
        <name>RecordTable</name>
        <message>
            <location filename="../core/domain/import/record_table.cpp" line="38" />
            <source>The table description of %1 is not valid.</source>
            <translation>Mô tả bảng của %1 không hợp lệ.</translation>
        </message>
        <message>
            <location filename="../core/domain/import/record_table.cpp" line="270" />
            <source>%1 records are not verified.</source>
            <translation>Bản ghi %1 chưa được xác minh.</translation>
        </message>
        <message>
            <location filename="../core/domain/import/record_table.cpp" line="333" />
            <source>The field '%1' was changed by someone else after you opened the record. Reload it and apply your change again.</source>
            <translation>Trường '%1' đã được người khác sửa sau khi bạn mở bản ghi. Hãy tải lại rồi thực hiện lại thay đổi của bạn.</translation>
        </message>
    </context>
    <context>
        <name>RecordWriter</name>
        <message>
            <location filename="../core/domain/changes/record_writer.cpp" line="16" />
            <source>'%1' is not a valid table or column name.</source>
            <translation>'%1' không phải tên bảng hoặc tên cột hợp lệ.</translation>
        </message>
        <message>
            <location filename="../core/domain/changes/record_writer.cpp" line="80" />
            <location filename="../core/domain/changes/record_writer.cpp" line="135" />
            <location filename="../core/domain/changes/record_writer.cpp" line="186" />
            <source>Records are written inside a transaction.</source>
            <translation>Bản ghi phải được ghi trong một giao dịch.</translation>
        </message>
        <message>
            <location filename="../core/domain/changes/record_writer.cpp" line="105" />
            <source>A %1 record with key %2 already exists, or a linked record is missing.</source>
            <translation>Đã có bản ghi %1 với mã %2, hoặc thiếu một bản ghi liên kết.</translation>
        </message>
        <message>
            <location filename="../core/domain/changes/record_writer.cpp" line="150" />
            <source>There is no %1 record with key %2.</source>
            <translation>Không có bản ghi %1 nào với mã %2.</translation>
        </message>
        <message>
            <location filename="../core/domain/changes/record_writer.cpp" line="152" />
            <source>The field '%1' was changed by someone else after you opened the record. Reload it and apply your change again.</source>
            <translation>Trường '%1' đã được người khác sửa sau khi bạn mở bản ghi. Hãy tải lại rồi thực hiện lại thay đổi của bạn.</translation>
        </message>
        <message>
            <location filename="../core/domain/changes/record_writer.cpp" line="202" />
            <source>There is no %1 record with key %2 to delete.</source>
            <translation>Không có bản ghi %1 nào với mã %2 để xoá.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKey</name>
        <message>
            <location filename="../core/crypto/recovery_key.cpp" line="47" />
            <source>Character %1 ('%2') cannot be part of a recovery key.</source>
            <translation>Ký tự thứ %1 ('%2') không thể có trong khoá khôi phục.</translation>
        </message>
        <message>
            <location filename="../core/crypto/recovery_key.cpp" line="62" />
            <source>A recovery key has %1 characters; %2 were entered.</source>
            <translation>Khoá khôi phục có %1 ký tự; bạn đã nhập %2.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeySheet</name>
        <message>
            <location filename="../app/desktop/common/recovery_key_sheet.cpp" line="15" />
            <source>Xã Số recovery key</source>
            <translation>Khoá khôi phục Xã Số</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/recovery_key_sheet.cpp" line="17" />
            <source>Profile: %1</source>
            <translation>Hồ sơ: %1</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/recovery_key_sheet.cpp" line="18" />
            <source>Created on: %1</source>
            <translation>Ngày tạo: %1</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/recovery_key_sheet.cpp" line="19" />
            <source>This key opens the profile if the password is forgotten. Keep this sheet locked away, apart from the computer. Anyone holding it can read the profile's data.</source>
            <translation>Khoá này dùng để mở hồ sơ khi quên mật khẩu. Hãy cất tờ giấy này ở nơi có khoá, để riêng với máy tính. Ai giữ được nó đều có thể đọc dữ liệu của hồ sơ.</translation>
        </message>
    </context>
    <context>
        <name>RemoteApplier</name>
        <message>
            <location filename="../sync/client/remote_applier.cpp" line="170" />
            <source>this vault has no synced table %1</source>
            <translation>kho dữ liệu này không có bảng đồng bộ %1</translation>
        </message>
        <message>
            <location filename="../sync/client/remote_applier.cpp" line="173" />
            <source>table %1 has no column %2 in this version</source>
            <translation>ở phiên bản này, bảng %1 không có cột %2</translation>
        </message>
    </context>
    <context>
        <name>ReportFonts</name>
        <message>
            <location filename="../core/report/report_fonts.cpp" line="41" />
            <source>The report needs a QGuiApplication to lay out its text.</source>
            <translation>Báo cáo cần QGuiApplication để dàn trang văn bản.</translation>
        </message>
        <message>
            <location filename="../core/report/report_fonts.cpp" line="65" />
            <source>The font Liberation Serif (LiberationSerif-Regular.ttf and its bold and italic files) was not found in: %1. Install the package fonts-liberation2.</source>
            <translation>Không tìm thấy phông chữ Liberation Serif (LiberationSerif-Regular.ttf cùng các tệp đậm và nghiêng) trong: %1. Hãy cài gói fonts-liberation2.</translation>
        </message>
    </context>
    <context>
        <name>ReportSettings</name>
        <message>
            <location filename="../core/domain/plan/report_settings.cpp" line="26" />
            <source>the commune's name, for the date line</source>
            <translation>tên xã, dùng ở dòng địa danh, ngày tháng</translation>
        </message>
        <message>
            <location filename="../core/domain/plan/report_settings.cpp" line="28" />
            <source>the issuing body, top left (printed in capitals)</source>
            <translation>cơ quan ban hành, góc trên bên trái (in hoa)</translation>
        </message>
        <message>
            <location filename="../core/domain/plan/report_settings.cpp" line="30" />
            <source>the body above it, if any (printed above it)</source>
            <translation>cơ quan chủ quản, nếu có (in phía trên)</translation>
        </message>
        <message>
            <location filename="../core/domain/plan/report_settings.cpp" line="32" />
            <source>first line of the signature</source>
            <translation>dòng đầu của khối chữ ký</translation>
        </message>
        <message>
            <location filename="../core/domain/plan/report_settings.cpp" line="34" />
            <source>second line when a deputy signs; empty when the Chairman signs</source>
            <translation>dòng thứ hai khi cấp phó ký; để trống khi Chủ tịch ký</translation>
        </message>
        <message>
            <location filename="../core/domain/plan/report_settings.cpp" line="35" />
            <source>the signer's title</source>
            <translation>chức vụ người ký</translation>
        </message>
        <message>
            <location filename="../core/domain/plan/report_settings.cpp" line="36" />
            <source>the signer's full name</source>
            <translation>họ và tên người ký</translation>
        </message>
        <message>
            <location filename="../core/domain/plan/report_settings.cpp" line="38" />
            <source>the symbol after the number: Số: 15/BC-UBND</source>
            <translation>ký hiệu sau số văn bản: Số: 15/BC-UBND</translation>
        </message>
        <message>
            <location filename="../core/domain/plan/report_settings.cpp" line="40" />
            <source>the Nơi nhận lines, separated by ';'</source>
            <translation>các dòng Nơi nhận, ngăn cách bằng dấu ';'</translation>
        </message>
        <message>
            <location filename="../core/domain/plan/report_settings.cpp" line="84" />
            <source>Unknown report setting '%1'; the settings are: %2.</source>
            <translation>Không có thiết lập báo cáo '%1'; các thiết lập gồm: %2.</translation>
        </message>
        <message>
            <location filename="../core/domain/plan/report_settings.cpp" line="123" />
            <source>Your roles (%1) may not change the settings.</source>
            <translation>Vai trò của bạn (%1) không được thay đổi thiết lập.</translation>
        </message>
    </context>
    <context>
        <name>ReportSettingsPanel</name>
        <message>
            <location filename="../app/desktop/reports/report_settings_panel.cpp" line="33" />
            <source>Number &amp;symbol:</source>
            <translation>&amp;Ký hiệu văn bản:</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/report_settings_panel.cpp" line="34" />
            <source>Symbol after the number, e.g. BC-UBND</source>
            <translation>Ký hiệu sau số văn bản, ví dụ: BC-UBND</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/report_settings_panel.cpp" line="35" />
            <source>Signer's &amp;name:</source>
            <translation>&amp;Họ và tên người ký:</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/report_settings_panel.cpp" line="36" />
            <source>Full name of the person who signs</source>
            <translation>Họ và tên đầy đủ của người ký</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/report_settings_panel.cpp" line="37" />
            <source>Signer's &amp;title:</source>
            <translation>&amp;Chức vụ người ký:</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/report_settings_panel.cpp" line="38" />
            <source>Title of the signer, e.g. PHÓ CHỦ TỊCH</source>
            <translation>Chức vụ của người ký, ví dụ: PHÓ CHỦ TỊCH</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/report_settings_panel.cpp" line="39" />
            <source>Signing &amp;for:</source>
            <translation>Ký th&amp;ay:</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/report_settings_panel.cpp" line="40" />
            <source>KT. line when a deputy signs; empty when the Chairman signs</source>
            <translation>Dòng KT. khi cấp phó ký; để trống khi Chủ tịch ký</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/report_settings_panel.cpp" line="41" />
            <source>&amp;Issuing body:</source>
            <translation>Cơ &amp;quan ban hành:</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/report_settings_panel.cpp" line="42" />
            <source>Issuing body, printed top left in capitals</source>
            <translation>Cơ quan ban hành, in hoa ở góc trên bên trái</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/report_settings_panel.cpp" line="43" />
            <source>&amp;Commune:</source>
            <translation>Tên &amp;xã:</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/report_settings_panel.cpp" line="44" />
            <source>Commune name for the place and date line</source>
            <translation>Tên xã dùng ở dòng địa danh, ngày tháng</translation>
        </message>
    </context>
    <context>
        <name>ResidentExport</name>
        <message>
            <location filename="../core/domain/residents/resident_export.cpp" line="145" />
            <source>The export was cancelled; no file was written.</source>
            <translation>Đã huỷ việc xuất dữ liệu; chưa ghi tệp nào.</translation>
        </message>
    </context>
    <context>
        <name>ResidentImport</name>
        <message numerus="yes">
            <location filename="../core/domain/residents/resident_import.cpp" line="172" />
            <source>%n row(s) have problems, so nothing was imported. The first: %1</source>
            <translation>
                <numerusform>%n dòng có lỗi nên chưa nhập dữ liệu nào. Lỗi đầu tiên: %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/domain/residents/resident_import.cpp" line="120" />
            <source>The import was cancelled; nothing was written.</source>
            <translation>Đã huỷ việc nhập dữ liệu; chưa có gì được ghi.</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/resident_import.cpp" line="134" />
            <location filename="../core/domain/residents/resident_import.cpp" line="140" />
            <source>Row %1: %2</source>
            <translation>Dòng %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ResidentRepository</name>
        <message>
            <location filename="../core/domain/residents/resident_repository.cpp" line="91" />
            <location filename="../core/domain/residents/resident_repository.cpp" line="130" />
            <location filename="../core/domain/residents/resident_repository.cpp" line="164" />
            <source>There is no resident with the ID %1.</source>
            <translation>Không có nhân khẩu nào có số định danh %1.</translation>
        </message>
    </context>
    <context>
        <name>ResidentValidator</name>
        <message>
            <location filename="../core/domain/residents/resident_validator.cpp" line="50" />
            <source>Personal ID</source>
            <translation>Số định danh cá nhân</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/resident_validator.cpp" line="51" />
            <source>Old ID card number</source>
            <translation>Số CMND cũ</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/resident_validator.cpp" line="52" />
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/resident_validator.cpp" line="53" />
            <source>Date of birth</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/resident_validator.cpp" line="54" />
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/resident_validator.cpp" line="55" />
            <source>Hamlet</source>
            <translation>Thôn, xóm</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/resident_validator.cpp" line="56" />
            <source>Phone number</source>
            <translation>Số điện thoại</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/resident_validator.cpp" line="57" />
            <source>Ethnicity</source>
            <translation>Dân tộc</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/resident_validator.cpp" line="58" />
            <source>Religion</source>
            <translation>Tôn giáo</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/resident_validator.cpp" line="59" />
            <source>Permanent address</source>
            <translation>Nơi thường trú</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/resident_validator.cpp" line="60" />
            <source>Current address</source>
            <translation>Nơi ở hiện tại</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/resident_validator.cpp" line="61" />
            <source>Relation to the head of household</source>
            <translation>Quan hệ với chủ hộ</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/resident_validator.cpp" line="23" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/resident_validator.cpp" line="107" />
            <source>“%1” is not a date.</source>
            <translation>“%1” không phải là ngày tháng.</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/resident_validator.cpp" line="121" />
            <source>“%1” is neither Nam (male) nor Nữ (female).</source>
            <translation>“%1” không phải Nam cũng không phải Nữ.</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/resident_validator.cpp" line="139" />
            <location filename="../core/domain/residents/resident_validator.cpp" line="165" />
            <source>required.</source>
            <translation>bắt buộc phải có.</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/resident_validator.cpp" line="141" />
            <location filename="../core/domain/residents/resident_validator.cpp" line="167" />
            <source>“%1” contains digits.</source>
            <translation>“%1” có chứa chữ số.</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/resident_validator.cpp" line="190" />
            <source>%1 is in the future.</source>
            <translation>%1 nằm trong tương lai.</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/resident_validator.cpp" line="192" />
            <source>the year %1 has not come yet.</source>
            <translation>năm %1 chưa tới.</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/resident_validator.cpp" line="194" />
            <source>the year %1 is before 1900.</source>
            <translation>năm %1 trước năm 1900.</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/resident_validator.cpp" line="224" />
            <source>the ID %1 belonged to a record that was deleted or merged; an ID is never reused.</source>
            <translation>số định danh %1 thuộc về một bản ghi đã bị xoá hoặc gộp; số định danh không bao giờ được dùng lại.</translation>
        </message>
        <message>
            <location filename="../core/domain/residents/resident_validator.cpp" line="225" />
            <source>a resident with the ID %1 is already recorded.</source>
            <translation>đã có nhân khẩu với số định danh %1.</translation>
        </message>
    </context>
    <context>
        <name>ResidentWriter</name>
        <message>
            <location filename="../core/domain/residents/resident_writer.cpp" line="111" />
            <source>There is no resident with the ID %1.</source>
            <translation>Không có nhân khẩu nào có số định danh %1.</translation>
        </message>
    </context>
    <context>
        <name>RoleCatalog</name>
        <message>
            <location filename="../core/reference/roles.cpp" line="42" />
            <source>The role table has no "kinds" list.</source>
            <translation>Bảng vai trò không có danh sách "kinds".</translation>
        </message>
        <message>
            <location filename="../core/reference/roles.cpp" line="48" />
            <source>The role table's "kinds" list has an empty or repeated entry "%1".</source>
            <translation>Danh sách "kinds" của bảng vai trò có mục rỗng hoặc lặp lại "%1".</translation>
        </message>
        <message>
            <location filename="../core/reference/roles.cpp" line="63" />
            <source>Role %1 in the role table has no valid "id" (lower-case letters, digits, _).</source>
            <translation>Vai trò %1 trong bảng vai trò không có "id" hợp lệ (chữ thường, chữ số, _).</translation>
        </message>
        <message>
            <location filename="../core/reference/roles.cpp" line="70" />
            <source>Role %1: "nameVi" and "nameEn" must be non-empty text.</source>
            <translation>Vai trò %1: "nameVi" và "nameEn" phải là văn bản không rỗng.</translation>
        </message>
        <message>
            <location filename="../core/reference/roles.cpp" line="78" />
            <source>Role %1: permission for unknown kind "%2".</source>
            <translation>Vai trò %1: có quyền cho loại dữ liệu không xác định "%2".</translation>
        </message>
        <message>
            <location filename="../core/reference/roles.cpp" line="86" />
            <source>Role %1: no permission given for kind "%2".</source>
            <translation>Vai trò %1: chưa khai báo quyền cho loại dữ liệu "%2".</translation>
        </message>
        <message>
            <location filename="../core/reference/roles.cpp" line="91" />
            <source>Role %1: permission for "%2" must be "none", "read" or "write".</source>
            <translation>Vai trò %1: quyền với "%2" phải là "none", "read" hoặc "write".</translation>
        </message>
        <message>
            <location filename="../core/reference/roles.cpp" line="100" />
            <source>Role %1: "sensitiveRead" must be a list of kinds.</source>
            <translation>Vai trò %1: "sensitiveRead" phải là danh sách các loại dữ liệu.</translation>
        </message>
        <message>
            <location filename="../core/reference/roles.cpp" line="105" />
            <source>Role %1: "sensitiveRead" names unknown kind "%2".</source>
            <translation>Vai trò %1: "sensitiveRead" nêu loại dữ liệu không xác định "%2".</translation>
        </message>
        <message>
            <location filename="../core/reference/roles.cpp" line="109" />
            <source>Role %1 may read sensitive fields of "%2" but has no read access to it.</source>
            <translation>Vai trò %1 được đọc trường nhạy cảm của "%2" nhưng lại không có quyền xem loại dữ liệu này.</translation>
        </message>
        <message>
            <location filename="../core/reference/roles.cpp" line="126" />
            <source>Cannot open the role table %1: %2</source>
            <translation>Không mở được bảng vai trò %1: %2</translation>
        </message>
        <message>
            <location filename="../core/reference/roles.cpp" line="132" />
            <source>The role table %1 is not valid JSON at byte %2: %3</source>
            <translation>Bảng vai trò %1 không phải JSON hợp lệ ở byte %2: %3</translation>
        </message>
        <message>
            <location filename="../core/reference/roles.cpp" line="142" />
            <source>The role table %1 has no valid "rolesVersion".</source>
            <translation>Bảng vai trò %1 không có "rolesVersion" hợp lệ.</translation>
        </message>
        <message>
            <location filename="../core/reference/roles.cpp" line="148" />
            <source>The role table is version %1; this version of Xã Số reads version %2.</source>
            <translation>Bảng vai trò có phiên bản %1; phiên bản Xã Số này đọc phiên bản %2.</translation>
        </message>
        <message>
            <location filename="../core/reference/roles.cpp" line="161" />
            <source>The role table %1 lists no roles.</source>
            <translation>Bảng vai trò %1 không có vai trò nào.</translation>
        </message>
        <message>
            <location filename="../core/reference/roles.cpp" line="168" />
            <source>Role %1 is listed twice in the role table.</source>
            <translation>Vai trò %1 xuất hiện hai lần trong bảng vai trò.</translation>
        </message>
        <message>
            <location filename="../core/reference/roles.cpp" line="214" />
            <source>No role is given; an officer needs at least one.</source>
            <translation>Chưa chọn vai trò; mỗi cán bộ cần ít nhất một vai trò.</translation>
        </message>
        <message>
            <location filename="../core/reference/roles.cpp" line="219" />
            <source>Unknown role "%1"; known roles: %2.</source>
            <translation>Không có vai trò "%1"; các vai trò hiện có: %2.</translation>
        </message>
    </context>
    <context>
        <name>RowFields</name>
        <message>
            <location filename="../core/domain/import/row_fields.cpp" line="23" />
            <source>%1 is missing.</source>
            <translation>Thiếu %1.</translation>
        </message>
        <message>
            <location filename="../core/domain/import/row_fields.cpp" line="36" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../core/domain/import/row_fields.cpp" line="52" />
            <source>%1: “%2” is not a number.</source>
            <translation>%1: “%2” không phải là số.</translation>
        </message>
        <message>
            <location filename="../core/domain/import/row_fields.cpp" line="66" />
            <source>%1: “%2” is not a whole number.</source>
            <translation>%1: “%2” không phải là số nguyên.</translation>
        </message>
        <message>
            <location filename="../core/domain/import/row_fields.cpp" line="77" />
            <source>%1: “%2” is neither yes (x, có) nor no (không).</source>
            <translation>%1: “%2” không phải “có” (x, có) cũng không phải “không”.</translation>
        </message>
        <message>
            <location filename="../core/domain/import/row_fields.cpp" line="92" />
            <source>%1: “%2” is not one of %3.</source>
            <translation>%1: “%2” không thuộc danh sách %3.</translation>
        </message>
    </context>
    <context>
        <name>SealedFileStore</name>
        <message>
            <location filename="../core/domain/copies/sealed_file_store.cpp" line="33" />
            <source>A sealed file is stored inside the record's transaction.</source>
            <translation>Tệp niêm phong phải được lưu trong cùng giao dịch với bản ghi.</translation>
        </message>
        <message>
            <location filename="../core/domain/copies/sealed_file_store.cpp" line="35" />
            <source>The file %1 is empty.</source>
            <translation>Tệp %1 rỗng.</translation>
        </message>
        <message>
            <location filename="../core/domain/copies/sealed_file_store.cpp" line="38" />
            <source>The file %1 is larger than %2 MiB.</source>
            <translation>Tệp %1 lớn hơn %2 MiB.</translation>
        </message>
        <message>
            <location filename="../core/domain/copies/sealed_file_store.cpp" line="48" />
            <location filename="../core/domain/copies/sealed_file_store.cpp" line="95" />
            <source>The vault is locked.</source>
            <translation>Kho dữ liệu đang khoá.</translation>
        </message>
        <message>
            <location filename="../core/domain/copies/sealed_file_store.cpp" line="72" />
            <location filename="../core/domain/copies/sealed_file_store.cpp" line="88" />
            <source>There is no sealed file %1.</source>
            <translation>Không có tệp niêm phong %1.</translation>
        </message>
        <message>
            <location filename="../core/domain/copies/sealed_file_store.cpp" line="98" />
            <source>The sealed file “%1” has been altered or damaged (its authentication tag does not match); it was not opened.</source>
            <translation>Tệp niêm phong “%1” đã bị sửa đổi hoặc hư hỏng (mã xác thực không khớp); tệp không được mở.</translation>
        </message>
        <message>
            <location filename="../core/domain/copies/sealed_file_store.cpp" line="105" />
            <source>The sealed file “%1” does not match its recorded hash; it was not opened.</source>
            <translation>Tệp niêm phong “%1” không khớp với mã băm đã ghi; tệp không được mở.</translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <location filename="../app/desktop/main/standard_sections.cpp" line="35" />
            <source>Overview</source>
            <translation>Tổng quan</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/standard_sections.cpp" line="36" />
            <source>Progress of the 38 models and of digitisation, for the weekly meeting.</source>
            <translation>Tiến độ 38 mô hình và việc số hoá dữ liệu, phục vụ giao ban hằng tuần.</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/standard_sections.cpp" line="39" />
            <source>Residents</source>
            <translation>Nhân khẩu</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/standard_sections.cpp" line="40" />
            <source>Residents of the commune, searchable by name or personal ID.</source>
            <translation>Nhân khẩu trên địa bàn xã, tra cứu theo họ tên hoặc số định danh cá nhân.</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/standard_sections.cpp" line="42" />
            <source>Households</source>
            <translation>Hộ gia đình</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/standard_sections.cpp" line="43" />
            <source>Households, their members and poverty status.</source>
            <translation>Hộ gia đình, các thành viên và tình trạng hộ nghèo, cận nghèo.</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/standard_sections.cpp" line="46" />
            <source>Social welfare</source>
            <translation>An sinh xã hội</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/standard_sections.cpp" line="47" />
            <source>Social protection beneficiaries, categories and monthly allowances.</source>
            <translation>Đối tượng bảo trợ xã hội, nhóm đối tượng và mức trợ cấp hằng tháng.</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/standard_sections.cpp" line="49" />
            <source>Labour</source>
            <translation>Lao động</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/standard_sections.cpp" line="50" />
            <source>Labour supply and demand: employment, training and insurance.</source>
            <translation>Cung – cầu lao động: việc làm, đào tạo và bảo hiểm.</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/standard_sections.cpp" line="52" />
            <source>Land and housing</source>
            <translation>Đất đai và nhà ở</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/standard_sections.cpp" line="53" />
            <source>Land users and house owners, certificates and parcels.</source>
            <translation>Người sử dụng đất, chủ sở hữu nhà ở, Giấy chứng nhận và thửa đất.</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/standard_sections.cpp" line="55" />
            <source>Certification</source>
            <translation>Chứng thực</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/standard_sections.cpp" line="56" />
            <source>The register of certified electronic copies.</source>
            <translation>Sổ chứng thực bản sao điện tử từ bản chính.</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/standard_sections.cpp" line="58" />
            <source>Project 06 models</source>
            <translation>Mô hình Đề án 06</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/standard_sections.cpp" line="59" />
            <source>The 38 models of the plan: assignments, deadlines and progress.</source>
            <translation>38 mô hình của kế hoạch: phân công, thời hạn và tiến độ.</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/standard_sections.cpp" line="61" />
            <source>Reports</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/standard_sections.cpp" line="62" />
            <source>The weekly report to the city, previewed and saved as PDF or ODT.</source>
            <translation>Báo cáo tuần gửi thành phố: xem trước và lưu dưới dạng PDF hoặc ODT.</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/standard_sections.cpp" line="64" />
            <source>Synchronisation</source>
            <translation>Đồng bộ</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/standard_sections.cpp" line="65" />
            <source>Exchange changes with the commune server and resolve conflicts.</source>
            <translation>Trao đổi thay đổi với máy chủ của xã và giải quyết xung đột.</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/standard_sections.cpp" line="68" />
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/standard_sections.cpp" line="69" />
            <source>Language, automatic locking, the password, the report settings and backups.</source>
            <translation>Ngôn ngữ, tự động khoá, mật khẩu, thiết lập báo cáo và sao lưu.</translation>
        </message>
    </context>
    <context>
        <name>ServerBackup</name>
        <message>
            <location filename="../sync/server/server_backup.cpp" line="36" />
            <source>Cannot read %1: %2</source>
            <translation>Không đọc được %1: %2</translation>
        </message>
        <message>
            <location filename="../sync/server/server_backup.cpp" line="67" />
            <source>Cannot write the backup %1: %2</source>
            <translation>Không ghi được bản sao lưu %1: %2</translation>
        </message>
        <message>
            <location filename="../sync/server/server_backup.cpp" line="83" />
            <source>%1 is not a xaso-server backup.</source>
            <translation>%1 không phải bản sao lưu của xaso-server.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_backup.cpp" line="86" />
            <source>The backup %1 is damaged (its checksum does not match); nothing was restored.</source>
            <translation>Bản sao lưu %1 bị hỏng (tổng kiểm tra không khớp); chưa khôi phục gì.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_backup.cpp" line="101" />
            <source>The backup %1 is malformed at byte %2.</source>
            <translation>Bản sao lưu %1 sai cấu trúc ở byte %2.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_backup.cpp" line="107" />
            <source>Cannot create the data folder %1.</source>
            <translation>Không tạo được thư mục dữ liệu %1.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_backup.cpp" line="115" />
            <source>Cannot move %1 aside before the restore.</source>
            <translation>Không chuyển được %1 sang chỗ khác trước khi khôi phục.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_backup.cpp" line="121" />
            <source>Cannot write %1: %2</source>
            <translation>Không ghi được %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ServerCli</name>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="94" />
            <source>Create the server's encrypted vault and TLS certificate; print the fingerprint clients pin.</source>
            <translation>Tạo kho dữ liệu mã hoá và chứng chỉ TLS cho máy chủ; in ra dấu vân tay để các máy trạm ghim.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="106" />
            <source>Created the sync server in %1.</source>
            <translation>Đã tạo máy chủ đồng bộ trong %1.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="107" />
            <source>Certificate SHA-256 fingerprint (give it to each officer with their enrolment code):</source>
            <translation>Dấu vân tay SHA-256 của chứng chỉ (gửi cho từng cán bộ kèm mã đăng ký):</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="114" />
            <source>The device's name (e.g. the office PC or laptop).</source>
            <translation>Tên thiết bị (ví dụ máy tính văn phòng hoặc máy xách tay).</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="114" />
            <source>name</source>
            <translation>tên</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="115" />
            <source>Comma-separated role ids the device may act with.</source>
            <translation>Các mã vai trò thiết bị được dùng, ngăn cách bằng dấu phẩy.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="115" />
            <source>roles</source>
            <translation>vai-trò</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="116" />
            <source>How long the code is valid (default 24).</source>
            <translation>Thời hạn hiệu lực của mã, tính bằng giờ (mặc định 24).</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="116" />
            <source>hours</source>
            <translation>giờ</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="119" />
            <source>Create a one-time enrolment code for a device.</source>
            <translation>Tạo mã đăng ký dùng một lần cho một thiết bị.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="125" />
            <source>--valid-hours must be between 1 and 168</source>
            <translation>--valid-hours phải từ 1 đến 168</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="132" />
            <source>Enrolment code (one use, valid %1 hours):</source>
            <translation>Mã đăng ký (dùng một lần, hiệu lực %1 giờ):</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="139" />
            <source>The device id to revoke.</source>
            <translation>Mã thiết bị cần thu hồi.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="141" />
            <source>Accept the device's changes up to this sequence (default: what it already sent).</source>
            <translation>Chấp nhận thay đổi của thiết bị đến số thứ tự này (mặc định: những gì thiết bị đã gửi).</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="142" />
            <source>seq</source>
            <translation>số-thứ-tự</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="144" />
            <source>Revoke a device: later changes from it are quarantined and its downloads refused.</source>
            <translation>Thu hồi một thiết bị: các thay đổi gửi sau đó bị cách ly và thiết bị không được tải dữ liệu về.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="147" />
            <source>give exactly one device id</source>
            <translation>hãy cho biết đúng một mã thiết bị</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="156" />
            <source>Revoked %1.</source>
            <translation>Đã thu hồi %1.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="163" />
            <source>List enrolled devices.</source>
            <translation>Liệt kê các thiết bị đã đăng ký.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="173" />
            <source>  REVOKED</source>
            <translation>  ĐÃ THU HỒI</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="180" />
            <source>Address and port, e.g. 127.0.0.1:8443 (port 0: any free).</source>
            <translation>Địa chỉ và cổng, ví dụ 127.0.0.1:8443 (cổng 0: cổng trống bất kỳ).</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="181" />
            <source>host:port</source>
            <translation>máy:cổng</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="182" />
            <source>Worker threads (default 4).</source>
            <translation>Số luồng xử lý (mặc định 4).</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="182" />
            <location filename="../sync/server/server_cli.cpp" line="184" />
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="183" />
            <source>Requests in progress before answering 429 (default 16).</source>
            <translation>Số yêu cầu đang xử lý tối đa trước khi trả lời 429 (mặc định 16).</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="186" />
            <source>Also sync this table as the given record kind, e.g. notes=residents (repeatable).</source>
            <translation>Đồng bộ thêm bảng này như loại dữ liệu đã cho, ví dụ notes=residents (có thể lặp lại).</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="187" />
            <source>table=kind</source>
            <translation>bảng=loại</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="189" />
            <source>Run the sync server until interrupted.</source>
            <translation>Chạy máy chủ đồng bộ cho đến khi bị dừng.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="196" />
            <source>--listen must be host:port</source>
            <translation>--listen phải có dạng máy:cổng</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="205" />
            <source>--extra-table must be table=kind</source>
            <translation>--extra-table phải có dạng bảng=loại</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="223" />
            <source>Listening on %1:%2</source>
            <translation>Đang lắng nghe tại %1:%2</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="224" />
            <source>Certificate fingerprint: %1</source>
            <translation>Dấu vân tay chứng chỉ: %1</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="228" />
            <source>Stopped.</source>
            <translation>Đã dừng.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="234" />
            <source>The backup file to write.</source>
            <translation>Tệp sao lưu cần ghi.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="234" />
            <location filename="../sync/server/server_cli.cpp" line="251" />
            <source>file</source>
            <translation>tệp</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="236" />
            <source>Write an encrypted backup of the server's data (the server may keep running).</source>
            <translation>Ghi bản sao lưu mã hoá dữ liệu của máy chủ (máy chủ vẫn có thể tiếp tục chạy).</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="239" />
            <source>give the backup file with --out</source>
            <translation>hãy cho biết tệp sao lưu bằng --out</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="245" />
            <source>Backup written to %1.</source>
            <translation>Đã ghi bản sao lưu vào %1.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="251" />
            <source>The backup file to restore.</source>
            <translation>Tệp sao lưu cần khôi phục.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="253" />
            <source>Restore the server from a backup (stop the server first). Starts a new epoch.</source>
            <translation>Khôi phục máy chủ từ bản sao lưu (hãy dừng máy chủ trước). Bắt đầu một epoch mới.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="256" />
            <source>give the backup file with --from</source>
            <translation>hãy cho biết tệp sao lưu bằng --from</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="264" />
            <source>The previous data was moved to %1.</source>
            <translation>Dữ liệu cũ đã được chuyển sang %1.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="265" />
            <source>Restored; new epoch %1. Devices re-send what the backup lacks at their next sync.</source>
            <translation>Đã khôi phục; epoch mới là %1. Các thiết bị sẽ gửi lại phần bản sao lưu còn thiếu ở lần đồng bộ tới.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="276" />
            <source>create the server vault and TLS certificate</source>
            <translation>tạo kho dữ liệu và chứng chỉ TLS cho máy chủ</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="277" />
            <source>create a one-time enrolment code</source>
            <translation>tạo mã đăng ký dùng một lần</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="278" />
            <source>revoke a device</source>
            <translation>thu hồi một thiết bị</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="279" />
            <source>list enrolled devices</source>
            <translation>liệt kê các thiết bị đã đăng ký</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="280" />
            <source>serve sync requests</source>
            <translation>phục vụ các yêu cầu đồng bộ</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="281" />
            <source>write an encrypted backup</source>
            <translation>ghi bản sao lưu mã hoá</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="282" />
            <source>restore from a backup (new epoch)</source>
            <translation>khôi phục từ bản sao lưu (epoch mới)</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="298" />
            <source>Usage: xaso-server &lt;command&gt; --data DIR [options]   (every command takes --help)</source>
            <translation>Cách dùng: xaso-server &lt;lệnh&gt; --data THƯ_MỤC [tuỳ chọn]   (lệnh nào cũng nhận --help)</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="35" />
            <source>Error: %1</source>
            <translation>Lỗi: %1</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="40" />
            <source>Usage error: %1</source>
            <translation>Dùng sai lệnh: %1</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="48" />
            <source>The server's data folder.</source>
            <translation>Thư mục dữ liệu của máy chủ.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="48" />
            <source>dir</source>
            <translation>thư-mục</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="50" />
            <source>Read the server password from this file instead of $XASO_SERVER_PASSWORD.</source>
            <translation>Đọc mật khẩu máy chủ từ tệp này thay vì từ $XASO_SERVER_PASSWORD.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="61" />
            <source>give the data folder with --data</source>
            <translation>hãy cho biết thư mục dữ liệu bằng --data</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="73" />
            <source>Cannot read %1: %2</source>
            <translation>Không đọc được %1: %2</translation>
        </message>
        <message>
            <location filename="../sync/server/server_cli.cpp" line="79" />
            <source>Set the server password in $XASO_SERVER_PASSWORD or give --password-file.</source>
            <translation>Hãy đặt mật khẩu máy chủ trong $XASO_SERVER_PASSWORD hoặc dùng --password-file.</translation>
        </message>
    </context>
    <context>
        <name>ServerStore</name>
        <message>
            <location filename="../sync/server/server_store.cpp" line="66" />
            <source>Cannot create the data folder %1.</source>
            <translation>Không tạo được thư mục dữ liệu %1.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_store.cpp" line="89" />
            <source>Cannot write %1: %2</source>
            <translation>Không ghi được %1: %2</translation>
        </message>
        <message>
            <location filename="../sync/server/server_store.cpp" line="100" />
            <source>There is no server vault in %1. Create one with 'xaso-server init --data %1'.</source>
            <translation>Không có kho dữ liệu máy chủ trong %1. Hãy tạo bằng lệnh 'xaso-server init --data %1'.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_store.cpp" line="134" />
            <source>The server vault has no epoch; it was not made by xaso-server init.</source>
            <translation>Kho dữ liệu máy chủ không có epoch; kho này không được tạo bằng xaso-server init.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_store.cpp" line="165" />
            <source>The server vault holds no TLS certificate.</source>
            <translation>Kho dữ liệu máy chủ không có chứng chỉ TLS.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_store.cpp" line="194" />
            <source>The device needs a name (--name).</source>
            <translation>Thiết bị cần có tên (--name).</translation>
        </message>
        <message>
            <location filename="../sync/server/server_store.cpp" line="224" />
            <source>The enrolment request has no valid device id or key.</source>
            <translation>Yêu cầu đăng ký không có mã thiết bị hoặc khoá hợp lệ.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_store.cpp" line="236" />
            <source>The enrolment code is wrong, was already used or has expired. Ask the server's administrator for a new one.</source>
            <translation>Mã đăng ký không đúng, đã được dùng hoặc đã hết hạn. Hãy xin quản trị viên máy chủ cấp mã mới.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_store.cpp" line="249" />
            <source>Device %1 is already enrolled.</source>
            <translation>Thiết bị %1 đã được đăng ký.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_store.cpp" line="260" />
            <source>The enrolment code was already used.</source>
            <translation>Mã đăng ký đã được sử dụng.</translation>
        </message>
        <message>
            <location filename="../sync/server/server_store.cpp" line="318" />
            <source>There is no enrolled device %1.</source>
            <translation>Không có thiết bị đã đăng ký nào là %1.</translation>
        </message>
    </context>
    <context>
        <name>SyncClient</name>
        <message>
            <location filename="../sync/client/sync_client.cpp" line="35" />
            <source>The server administrator revoked this device; sync is refused. Unsent changes stay in this vault.</source>
            <translation>Quản trị viên máy chủ đã thu hồi thiết bị này; không được đồng bộ. Các thay đổi chưa gửi vẫn nằm trong kho này.</translation>
        </message>
        <message>
            <location filename="../sync/client/sync_client.cpp" line="135" />
            <source>The server acknowledged only up to change %1 of a batch ending at %2.</source>
            <translation>Máy chủ chỉ xác nhận đến thay đổi %1 của lô kết thúc ở %2.</translation>
        </message>
        <message>
            <location filename="../sync/client/sync_client.cpp" line="143" />
            <source>Sent %1 of %2 changes.</source>
            <translation>Đã gửi %1 trên %2 thay đổi.</translation>
        </message>
        <message>
            <location filename="../sync/client/sync_client.cpp" line="173" />
            <source>The server changed epoch during the download; sync again.</source>
            <translation>Máy chủ đã đổi epoch trong lúc tải về; hãy đồng bộ lại.</translation>
        </message>
        <message>
            <location filename="../sync/client/sync_client.cpp" line="187" />
            <source>Received %1 changes (%2 conflicts so far).</source>
            <translation>Đã nhận %1 thay đổi (đến nay có %2 xung đột).</translation>
        </message>
        <message>
            <location filename="../sync/client/sync_client.cpp" line="208" />
            <source>Digests were compared less than a day ago; not compared in this sync.</source>
            <translation>Các bảng đã được đối chiếu mã kiểm tra chưa đầy một ngày trước; lần đồng bộ này không đối chiếu lại.</translation>
        </message>
        <message>
            <location filename="../sync/client/sync_client.cpp" line="221" />
            <source>Digests not compared: %1 changes were written during the sync and are not sent yet.</source>
            <translation>Chưa đối chiếu mã tóm tắt: có %1 thay đổi được ghi trong lúc đồng bộ và chưa được gửi.</translation>
        </message>
        <message>
            <location filename="../sync/client/sync_client.cpp" line="258" />
            <source>Checked %1 tables against the server: identical.</source>
            <translation>Đã đối chiếu %1 bảng với máy chủ: trùng khớp.</translation>
        </message>
        <message>
            <location filename="../sync/client/sync_client.cpp" line="259" />
            <source>Tables that differ from the server: %1.</source>
            <translation>Các bảng khác với máy chủ: %1.</translation>
        </message>
        <message>
            <location filename="../sync/client/sync_client_net.cpp" line="72" />
            <source>The sync server answered %1 %2.</source>
            <translation>Máy chủ đồng bộ trả lời %1 %2.</translation>
        </message>
        <message>
            <location filename="../sync/client/sync_client_net.cpp" line="73" />
            <source>The sync server refused: %1</source>
            <translation>Máy chủ đồng bộ từ chối: %1</translation>
        </message>
        <message>
            <location filename="../sync/client/sync_client_net.cpp" line="108" />
            <source>Server unavailable or busy; retrying in %1 s.</source>
            <translation>Máy chủ không phản hồi hoặc đang bận; thử lại sau %1 giây.</translation>
        </message>
        <message>
            <location filename="../sync/client/sync_client_net.cpp" line="123" />
            <source>'%1' is not a SHA-256 certificate fingerprint (64 hex digits, colons allowed).</source>
            <translation>'%1' không phải dấu vân tay SHA-256 của chứng chỉ (64 chữ số thập lục phân, được có dấu hai chấm).</translation>
        </message>
        <message>
            <location filename="../sync/client/sync_client_net.cpp" line="131" />
            <source>This vault is already enrolled with %1; nothing was changed.</source>
            <translation>Kho dữ liệu này đã được đăng ký với %1; không có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../sync/client/sync_client_net.cpp" line="145" />
            <source>The server refused the enrolment: %1</source>
            <translation>Máy chủ từ chối đăng ký: %1</translation>
        </message>
        <message>
            <location filename="../sync/client/sync_client_net.cpp" line="185" />
            <source>The sync server's status answer was incomplete; try again.</source>
            <translation>Phản hồi trạng thái của máy chủ đồng bộ không đầy đủ; hãy thử lại.</translation>
        </message>
        <message>
            <location filename="../sync/client/sync_client_net.cpp" line="191" />
            <source>Upgrade required: the server needs vault schema %1 and this vault has %2. Update Xã Số; unsent changes stay in this vault.</source>
            <translation>Cần nâng cấp: máy chủ cần lược đồ kho dữ liệu %1 nhưng kho này có %2. Hãy cập nhật Xã Số; các thay đổi chưa gửi vẫn nằm trong kho này.</translation>
        </message>
        <message>
            <location filename="../sync/client/sync_client_net.cpp" line="213" />
            <source>The server was restored from a backup (new epoch): re-sending from change %1 and downloading again.</source>
            <translation>Máy chủ đã được khôi phục từ bản sao lưu (epoch mới): đang gửi lại từ thay đổi %1 và tải về lại.</translation>
        </message>
        <message>
            <location filename="../sync/client/sync_state.cpp" line="58" />
            <source>This vault is not enrolled with a sync server. Enrol it first with 'xaso-cli enroll'.</source>
            <translation>Kho dữ liệu này chưa đăng ký với máy chủ đồng bộ nào. Hãy đăng ký trước bằng lệnh 'xaso-cli enroll'.</translation>
        </message>
    </context>
    <context>
        <name>SyncProtocol</name>
        <message>
            <location filename="../sync/protocol/request_auth.cpp" line="34" />
            <source>The request's signature does not verify.</source>
            <translation>Chữ ký của yêu cầu không hợp lệ.</translation>
        </message>
        <message>
            <location filename="../sync/protocol/value_codec.cpp" line="26" />
            <source>A stored sync value is damaged.</source>
            <translation>Một giá trị đồng bộ đã lưu bị hỏng.</translation>
        </message>
        <message>
            <location filename="../sync/protocol/batch.cpp" line="58" />
            <source>the batch is larger than %1 bytes</source>
            <translation>lô thay đổi lớn hơn %1 byte</translation>
        </message>
        <message>
            <location filename="../sync/protocol/batch.cpp" line="60" />
            <source>the batch is truncated (%1 bytes)</source>
            <translation>lô thay đổi bị cắt cụt (%1 byte)</translation>
        </message>
        <message>
            <location filename="../sync/protocol/batch.cpp" line="69" />
            <source>this is not a Xã Số sync batch</source>
            <translation>đây không phải lô đồng bộ của Xã Số</translation>
        </message>
        <message>
            <location filename="../sync/protocol/batch.cpp" line="73" />
            <source>Sync batch protocol version %1 is not supported (this build speaks version %2).</source>
            <translation>Không hỗ trợ lô đồng bộ theo giao thức phiên bản %1 (bản này dùng phiên bản %2).</translation>
        </message>
        <message>
            <location filename="../sync/protocol/batch.cpp" line="78" />
            <source>unknown header flags</source>
            <translation>cờ tiêu đề không xác định</translation>
        </message>
        <message>
            <location filename="../sync/protocol/batch.cpp" line="88" />
            <source>the sequence range %1–%2 is invalid</source>
            <translation>khoảng số thứ tự %1–%2 không hợp lệ</translation>
        </message>
        <message>
            <location filename="../sync/protocol/batch.cpp" line="92" />
            <source>the schema version is missing</source>
            <translation>thiếu phiên bản lược đồ</translation>
        </message>
        <message>
            <location filename="../sync/protocol/batch.cpp" line="94" />
            <source>%1 changes do not cover the sequence range %2–%3</source>
            <translation>%1 thay đổi không phủ hết khoảng số thứ tự %2–%3</translation>
        </message>
        <message>
            <location filename="../sync/protocol/batch.cpp" line="108" />
            <source>change %1 of %2 is truncated</source>
            <translation>thay đổi %1 trên %2 bị cắt cụt</translation>
        </message>
        <message>
            <location filename="../sync/protocol/batch.cpp" line="113" />
            <source>change %1 has sequence %2, expected %3</source>
            <translation>thay đổi %1 có số thứ tự %2, đáng lẽ phải là %3</translation>
        </message>
        <message>
            <location filename="../sync/protocol/batch.cpp" line="119" />
            <source>unexpected bytes after the last change</source>
            <translation>có byte thừa sau thay đổi cuối cùng</translation>
        </message>
        <message>
            <location filename="../sync/protocol/batch.cpp" line="123" />
            <source>the chain hash does not match the changes (a change was altered)</source>
            <translation>mã băm của chuỗi không khớp với các thay đổi (một thay đổi đã bị sửa)</translation>
        </message>
        <message>
            <location filename="../sync/protocol/batch.cpp" line="133" />
            <source>The batch's signature (bytes %1–%2) does not verify with device %3's key: it was altered or not signed by that device.</source>
            <translation>Chữ ký của lô (byte %1–%2) không hợp lệ với khoá của thiết bị %3: lô đã bị sửa hoặc không do thiết bị đó ký.</translation>
        </message>
        <message>
            <location filename="../sync/protocol/change.cpp" line="32" />
            <source>Malformed sync data at byte %1: %2</source>
            <translation>Dữ liệu đồng bộ sai cấu trúc ở byte %1: %2</translation>
        </message>
        <message>
            <location filename="../sync/protocol/change.cpp" line="56" />
            <source>the change's sequence, transaction or clock is truncated</source>
            <translation>số thứ tự, giao dịch hoặc đồng hồ của thay đổi bị cắt cụt</translation>
        </message>
        <message>
            <location filename="../sync/protocol/change.cpp" line="59" />
            <source>the change's sequence is out of range</source>
            <translation>số thứ tự của thay đổi nằm ngoài phạm vi</translation>
        </message>
        <message>
            <location filename="../sync/protocol/change.cpp" line="61" />
            <source>the change's clock is not positive</source>
            <translation>đồng hồ của thay đổi không phải số dương</translation>
        </message>
        <message>
            <location filename="../sync/protocol/change.cpp" line="67" />
            <source>unknown operation</source>
            <translation>thao tác không xác định</translation>
        </message>
        <message>
            <location filename="../sync/protocol/change.cpp" line="74" />
            <source>the table name is truncated</source>
            <translation>tên bảng bị cắt cụt</translation>
        </message>
        <message>
            <location filename="../sync/protocol/change.cpp" line="77" />
            <source>'%1' is not a table name</source>
            <translation>'%1' không phải là tên bảng</translation>
        </message>
        <message>
            <location filename="../sync/protocol/change.cpp" line="83" />
            <source>the record key is truncated</source>
            <translation>mã bản ghi bị cắt cụt</translation>
        </message>
        <message>
            <location filename="../sync/protocol/change.cpp" line="85" />
            <source>the record key is empty or longer than %1 bytes</source>
            <translation>mã bản ghi rỗng hoặc dài hơn %1 byte</translation>
        </message>
        <message>
            <location filename="../sync/protocol/change.cpp" line="88" />
            <source>the record key is not valid UTF-8</source>
            <translation>mã bản ghi không phải UTF-8 hợp lệ</translation>
        </message>
        <message>
            <location filename="../sync/protocol/change.cpp" line="93" />
            <source>the field list is truncated</source>
            <translation>danh sách trường bị cắt cụt</translation>
        </message>
        <message>
            <location filename="../sync/protocol/change.cpp" line="95" />
            <source>unexpected bytes after the change</source>
            <translation>có byte thừa sau thay đổi</translation>
        </message>
        <message>
            <location filename="../sync/protocol/change.cpp" line="97" />
            <source>a delete carries no fields</source>
            <translation>thao tác xoá không được kèm trường dữ liệu</translation>
        </message>
        <message>
            <location filename="../sync/protocol/change.cpp" line="104" />
            <source>'%1' is not a field a change may set</source>
            <translation>'%1' không phải trường mà một thay đổi được phép ghi</translation>
        </message>
        <message>
            <location filename="../sync/protocol/change.cpp" line="106" />
            <source>the field '%1' is repeated or out of order</source>
            <translation>trường '%1' bị lặp lại hoặc sai thứ tự</translation>
        </message>
        <message>
            <location filename="../sync/protocol/change.cpp" line="110" />
            <source>the field list is not in canonical order</source>
            <translation>danh sách trường không theo thứ tự chuẩn</translation>
        </message>
        <message>
            <location filename="../sync/protocol/pull_page.cpp" line="43" />
            <source>the page is larger than %1 bytes</source>
            <translation>trang dữ liệu lớn hơn %1 byte</translation>
        </message>
        <message>
            <location filename="../sync/protocol/pull_page.cpp" line="52" />
            <source>this is not a Xã Số pull page</source>
            <translation>đây không phải trang dữ liệu tải về của Xã Số</translation>
        </message>
        <message>
            <location filename="../sync/protocol/pull_page.cpp" line="54" />
            <source>The server speaks sync protocol version %1; this build speaks %2.</source>
            <translation>Máy chủ dùng giao thức đồng bộ phiên bản %1; bản này dùng phiên bản %2.</translation>
        </message>
        <message>
            <location filename="../sync/protocol/pull_page.cpp" line="58" />
            <source>the page header is truncated</source>
            <translation>tiêu đề trang bị cắt cụt</translation>
        </message>
        <message>
            <location filename="../sync/protocol/pull_page.cpp" line="60" />
            <source>the page header is invalid</source>
            <translation>tiêu đề trang không hợp lệ</translation>
        </message>
        <message>
            <location filename="../sync/protocol/pull_page.cpp" line="71" />
            <source>entry %1 of %2 is truncated</source>
            <translation>mục %1 trên %2 bị cắt cụt</translation>
        </message>
        <message>
            <location filename="../sync/protocol/pull_page.cpp" line="73" />
            <source>entry %1 has server sequence %2 out of order</source>
            <translation>mục %1 có số thứ tự máy chủ %2 sai thứ tự</translation>
        </message>
        <message>
            <location filename="../sync/protocol/pull_page.cpp" line="84" />
            <source>unexpected bytes after the last entry</source>
            <translation>có byte thừa sau mục cuối cùng</translation>
        </message>
    </context>
    <context>
        <name>SyncRunner</name>
        <message>
            <location filename="../app/desktop/sync/sync_runner.cpp" line="123" />
            <source>Contacting the commune server…</source>
            <translation>Đang kết nối với máy chủ của xã…</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_runner.cpp" line="135" />
            <source>Synchronisation could not start: the program's reference data could not be read.</source>
            <translation>Không thể bắt đầu đồng bộ: không đọc được dữ liệu tham chiếu của chương trình.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_runner.cpp" line="154" />
            <source>Finished.</source>
            <translation>Đã xong.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_runner.cpp" line="43" />
            <source>Cancelled by the officer.</source>
            <translation>Cán bộ đã huỷ.</translation>
        </message>
    </context>
    <context>
        <name>SyncServer</name>
        <message>
            <location filename="../sync/server/sync_server.cpp" line="223" />
            <source>Cannot listen on %1:%2: %3</source>
            <translation>Không lắng nghe được tại %1:%2: %3</translation>
        </message>
    </context>
    <context>
        <name>SyncService</name>
        <message>
            <location filename="../sync/server/push_service.cpp" line="126" />
            <source>Device %1 is not enrolled with this server.</source>
            <translation>Thiết bị %1 chưa đăng ký với máy chủ này.</translation>
        </message>
        <message>
            <location filename="../sync/server/push_service.cpp" line="138" />
            <source>The server was restored (new epoch); send again from change %1.</source>
            <translation>Máy chủ đã được khôi phục (epoch mới); hãy gửi lại từ thay đổi %1.</translation>
        </message>
        <message>
            <location filename="../sync/server/push_service.cpp" line="144" />
            <source>Change %1 writes to %2, but this device's roles may not write %3 records; the whole batch was refused.</source>
            <translation>Thay đổi %1 ghi vào %2, nhưng vai trò của thiết bị này không được ghi bản ghi %3; cả lô bị từ chối.</translation>
        </message>
        <message>
            <location filename="../sync/server/push_service.cpp" line="146" />
            <source>Change %1 writes to %2, which this server does not sync; the whole batch was refused.</source>
            <translation>Thay đổi %1 ghi vào %2, bảng mà máy chủ này không đồng bộ; cả lô bị từ chối.</translation>
        </message>
        <message>
            <location filename="../sync/server/push_service.cpp" line="151" />
            <source>Changes %1–%2 are missing; send from change %1.</source>
            <translation>Thiếu các thay đổi %1–%2; hãy gửi từ thay đổi %1.</translation>
        </message>
        <message>
            <location filename="../sync/server/push_service.cpp" line="167" />
            <source>The batch does not continue this device's change chain at change %1 (edited or re-written history); it was refused.</source>
            <translation>Lô này không nối tiếp chuỗi thay đổi của thiết bị tại thay đổi %1 (lịch sử đã bị sửa hoặc ghi lại); lô bị từ chối.</translation>
        </message>
        <message>
            <location filename="../sync/server/push_service.cpp" line="203" />
            <source>This device was revoked. Its changes up to %1 were accepted; changes %2–%3 are held for review.</source>
            <translation>Thiết bị này đã bị thu hồi. Các thay đổi đến %1 đã được chấp nhận; các thay đổi %2–%3 được giữ lại để xem xét.</translation>
        </message>
        <message>
            <location filename="../sync/server/sync_service.cpp" line="78" />
            <source>There is no such sync endpoint.</source>
            <translation>Không có điểm truy cập đồng bộ này.</translation>
        </message>
        <message>
            <location filename="../sync/server/sync_service.cpp" line="88" />
            <source>This device was revoked; the server sends it nothing.</source>
            <translation>Thiết bị này đã bị thu hồi; máy chủ không gửi gì cho thiết bị.</translation>
        </message>
        <message>
            <location filename="../sync/server/sync_service.cpp" line="99" />
            <source>A pull needs epoch= and after= numbers.</source>
            <translation>Yêu cầu tải về cần các số epoch= và after=.</translation>
        </message>
        <message>
            <location filename="../sync/server/sync_service.cpp" line="108" />
            <source>Upgrade required: this device's vault has schema version %1 and the server needs at least %2. Update Xã Số on this device; its unsent changes are kept.</source>
            <translation>Cần nâng cấp: kho dữ liệu của thiết bị này có lược đồ phiên bản %1 còn máy chủ cần ít nhất %2. Hãy cập nhật Xã Số trên thiết bị này; các thay đổi chưa gửi vẫn được giữ.</translation>
        </message>
        <message>
            <location filename="../sync/server/sync_service.cpp" line="122" />
            <source>This device is not enrolled with this server.</source>
            <translation>Thiết bị này chưa đăng ký với máy chủ này.</translation>
        </message>
        <message>
            <location filename="../sync/server/sync_service.cpp" line="190" />
            <source>The server was restored; download again from the start.</source>
            <translation>Máy chủ đã được khôi phục; hãy tải về lại từ đầu.</translation>
        </message>
    </context>
    <context>
        <name>SyncTexts</name>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="82" />
            <source>Resident</source>
            <translation>Nhân khẩu</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="83" />
            <source>Digital citizen checklist</source>
            <translation>Danh mục công dân số</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="84" />
            <location filename="../app/desktop/sync/sync_texts.cpp" line="109" />
            <source>Household</source>
            <translation>Hộ gia đình</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="85" />
            <source>Welfare beneficiary</source>
            <translation>Đối tượng bảo trợ xã hội</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="86" />
            <source>Labour record</source>
            <translation>Hồ sơ lao động</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="87" />
            <source>Land record</source>
            <translation>Hồ sơ đất đai</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="88" />
            <source>Land co-owner</source>
            <translation>Đồng sở hữu đất</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="89" />
            <source>Certified copy</source>
            <translation>Bản sao chứng thực</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="90" />
            <source>Scanned file</source>
            <translation>Tệp bản quét</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="91" />
            <source>Model assignment</source>
            <translation>Phân công mô hình</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="92" />
            <source>Model progress</source>
            <translation>Tiến độ mô hình</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="101" />
            <source>Deleted or kept</source>
            <translation>Xoá hay giữ lại</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="102" />
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="103" />
            <source>Date of birth</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="104" />
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="105" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="106" />
            <source>Permanent address</source>
            <translation>Nơi thường trú</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="107" />
            <source>Current address</source>
            <translation>Nơi ở hiện tại</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="108" />
            <source>Hamlet</source>
            <translation>Thôn, xóm</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="110" />
            <source>Relation to the head</source>
            <translation>Quan hệ với chủ hộ</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="111" />
            <source>Verification state</source>
            <translation>Trạng thái xác thực</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="112" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="35" />
            <source>The commune server is busy. Nothing was lost; try again in a few minutes.</source>
            <translation>Máy chủ của xã đang bận. Không có dữ liệu nào bị mất; hãy thử lại sau vài phút.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="38" />
            <source>Synchronisation cancelled. Nothing was lost: changes not yet sent stay in this vault.</source>
            <translation>Đã huỷ đồng bộ. Không có dữ liệu nào bị mất: các thay đổi chưa gửi vẫn được giữ trong kho dữ liệu này.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="40" />
            <source>The commune server could not be reached. Check the network cable or Wi-Fi and the server address, then try again. Your changes stay in this vault.</source>
            <translation>Không kết nối được với máy chủ của xã. Hãy kiểm tra cáp mạng hoặc Wi-Fi và địa chỉ máy chủ, rồi thử lại. Các thay đổi của bạn vẫn được giữ trong kho dữ liệu này.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="43" />
            <source>The server's certificate does not match the fingerprint you entered. Nothing was saved. Compare the fingerprint with the administrator again, group by group; if it is right, do not connect and tell the administrator.</source>
            <translation>Chứng chỉ của máy chủ không khớp với dấu vân tay chứng chỉ bạn đã nhập. Chưa có gì được lưu. Hãy đối chiếu lại dấu vân tay chứng chỉ với quản trị viên, từng nhóm một; nếu bạn đã nhập đúng, đừng kết nối và hãy báo cho quản trị viên.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="48" />
            <source>The server's certificate does not match the one this device trusts. Nothing was sent. Do not continue; tell the administrator.</source>
            <translation>Chứng chỉ của máy chủ không khớp với chứng chỉ mà thiết bị này tin cậy. Chưa có gì được gửi đi. Đừng tiếp tục; hãy báo cho quản trị viên.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="52" />
            <source>The server refused the enrolment code: it is wrong, already used or expired. Ask the administrator for a new code.</source>
            <translation>Máy chủ từ chối mã đăng ký: mã không đúng, đã được dùng hoặc đã hết hạn. Hãy xin quản trị viên cấp mã mới.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="55" />
            <source>The server refused this device: it was revoked or its roles do not allow this. Ask the administrator. Changes not yet sent stay in this vault.</source>
            <translation>Máy chủ từ chối thiết bị này: thiết bị đã bị thu hồi hoặc vai trò của thiết bị không cho phép thao tác này. Hãy hỏi quản trị viên. Các thay đổi chưa gửi vẫn được giữ trong kho dữ liệu này.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="59" />
            <source>The server needs a newer version of Xã Số. Update the program, then synchronise again; changes not yet sent stay in this vault.</source>
            <translation>Máy chủ yêu cầu phiên bản Xã Số mới hơn. Hãy cập nhật chương trình rồi đồng bộ lại; các thay đổi chưa gửi vẫn được giữ trong kho dữ liệu này.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="62" />
            <source>This device is not enrolled with the commune server yet. Use "Enrol…" first.</source>
            <translation>Thiết bị này chưa đăng ký với máy chủ của xã. Hãy dùng "Đăng ký thiết bị…" trước.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="65" />
            <source>This vault is already enrolled with a server; nothing was changed.</source>
            <translation>Kho dữ liệu này đã đăng ký với một máy chủ; không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="66" />
            <source>The server changed during the synchronisation (it may have been restored from a backup). Synchronise again.</source>
            <translation>Máy chủ đã thay đổi trong khi đồng bộ (có thể máy chủ vừa được khôi phục từ bản sao lưu). Hãy đồng bộ lại.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="70" />
            <source>The server did not accept the enrolment request. Check the address and the code.</source>
            <translation>Máy chủ không chấp nhận yêu cầu đăng ký thiết bị. Hãy kiểm tra địa chỉ và mã đăng ký.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="71" />
            <source>The server did not accept the data sent. Nothing was lost; tell the administrator.</source>
            <translation>Máy chủ không chấp nhận dữ liệu đã gửi. Không có dữ liệu nào bị mất; hãy báo cho quản trị viên.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="73" />
            <source>The synchronisation stopped because of an unexpected problem. Nothing was lost; try again, and tell the administrator if it happens again.</source>
            <translation>Quá trình đồng bộ bị dừng do một sự cố ngoài dự kiến. Không có dữ liệu nào bị mất; hãy thử lại và báo cho quản trị viên nếu sự cố lặp lại.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="125" />
            <source>Deleted</source>
            <translation>Đã xoá</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="125" />
            <source>Kept (edited)</source>
            <translation>Giữ lại (đã sửa)</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_texts.cpp" line="127" />
            <source>(empty)</source>
            <translation>(trống)</translation>
        </message>
    </context>
    <context>
        <name>TableReader</name>
        <message>
            <location filename="../core/io/table_reader.cpp" line="36" />
            <source>“%1” is an old Excel 97–2003 (.xls) workbook or a password-protected workbook. Open it in Excel, remove any password and save it as “Excel Workbook (.xlsx)” or “CSV UTF-8”.</source>
            <translation>“%1” là sổ tính Excel 97–2003 (.xls) cũ hoặc sổ tính có đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu (nếu có) rồi lưu dưới dạng “Excel Workbook (.xlsx)” hoặc “CSV UTF-8”.</translation>
        </message>
    </context>
    <context>
        <name>TlsIdentity</name>
        <message>
            <location filename="../sync/server/tls_identity.cpp" line="43" />
            <source>Could not create the server's TLS certificate (%1).</source>
            <translation>Không tạo được chứng chỉ TLS của máy chủ (%1).</translation>
        </message>
        <message>
            <location filename="../sync/server/tls_identity.cpp" line="84" />
            <source>The server's certificate cannot be read.</source>
            <translation>Không đọc được chứng chỉ của máy chủ.</translation>
        </message>
    </context>
    <context>
        <name>TypedRepository</name>
        <message>
            <location filename="../core/domain/import/typed_repository.h" line="176" />
            <source>There is no %1 record with key %2.</source>
            <translation>Không có bản ghi %1 nào với mã %2.</translation>
        </message>
    </context>
    <context>
        <name>Vault</name>
        <message>
            <location filename="../core/storage/vault.cpp" line="46" />
            <source>The password is wrong. Nothing was changed.</source>
            <translation>Mật khẩu không đúng. Không có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault.cpp" line="67" />
            <source>The recovery key is wrong. Nothing was changed.</source>
            <translation>Khoá khôi phục không đúng. Không có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault.cpp" line="99" />
            <source>A vault already exists at %1; it was left untouched.</source>
            <translation>Đã có kho dữ liệu tại %1; kho đó được giữ nguyên.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault.cpp" line="101" />
            <source>The profile needs a display name.</source>
            <translation>Hồ sơ cần có tên hiển thị.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault.cpp" line="160" />
            <source>The new vault file could not be read back.</source>
            <translation>Không đọc lại được tệp kho dữ liệu vừa tạo.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault.cpp" line="257" />
            <source>The vault file %1 is missing.</source>
            <translation>Không tìm thấy tệp kho dữ liệu %1.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault.cpp" line="260" />
            <source>The key header does not belong to this vault file (bytes 1–16 of the vault differ from the header's record). Nothing was changed.</source>
            <translation>Tệp tiêu đề khoá không thuộc về tệp kho dữ liệu này (byte 1–16 của kho khác với thông tin trong tiêu đề). Không có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault.cpp" line="267" />
            <source>The key header opens, but the vault file cannot be decrypted with it: the file is damaged or was replaced.</source>
            <translation>Tệp tiêu đề khoá mở được, nhưng không giải mã được tệp kho dữ liệu bằng nó: tệp đã bị hỏng hoặc bị thay thế.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault.cpp" line="278" />
            <source>The vault's identity does not match its key header.</source>
            <translation>Mã nhận dạng của kho dữ liệu không khớp với tệp tiêu đề khoá.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault.cpp" line="294" />
            <source>The vault has no profile record.</source>
            <translation>Kho dữ liệu không có thông tin hồ sơ.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault.cpp" line="310" />
            <source>The vault file is damaged or has been altered: %1</source>
            <translation>Tệp kho dữ liệu bị hỏng hoặc đã bị sửa đổi: %1</translation>
        </message>
    </context>
    <context>
        <name>VaultBackup</name>
        <message>
            <location filename="../core/storage/vault_backup_format.cpp" line="79" />
            <source>%1 is not an Xã Số backup (it does not start with the backup signature).</source>
            <translation>%1 không phải bản sao lưu của Xã Số (tệp không bắt đầu bằng chữ ký của bản sao lưu).</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_backup_format.cpp" line="84" />
            <source>The backup is only %1 bytes long, shorter than its own %2-byte header: it was cut short. Nothing was changed.</source>
            <translation>Bản sao lưu chỉ dài %1 byte, ngắn hơn cả phần tiêu đề %2 byte của nó: tệp đã bị cắt cụt. Không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_backup_format.cpp" line="100" />
            <source>The backup was written in format %1 by a newer Xã Số; this version reads format %2. Install a newer Xã Số to restore it. Nothing was changed.</source>
            <translation>Bản sao lưu được ghi theo định dạng %1 bởi một phiên bản Xã Số mới hơn; phiên bản này đọc định dạng %2. Hãy cài đặt Xã Số mới hơn để khôi phục. Không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_backup_format.cpp" line="107" />
            <source>Bytes 9–10 of the backup name format %1, which no Xã Số wrote.</source>
            <translation>Byte 9–10 của bản sao lưu ghi định dạng %1, là định dạng không phiên bản Xã Số nào tạo ra.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_backup_format.cpp" line="113" />
            <source>The section lengths in bytes 41–60 of the backup are impossible (key header %1, database %2, log %3 bytes): the file is damaged.</source>
            <translation>Độ dài các phần ghi ở byte 41–60 của bản sao lưu không hợp lệ (tiêu đề khoá %1, cơ sở dữ liệu %2, nhật ký %3 byte): tệp đã bị hỏng.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_backup_format.cpp" line="121" />
            <source>The backup is %1 bytes long but its header says %2 bytes: it was cut short (%3 bytes are missing), perhaps while copying. Nothing was changed.</source>
            <translation>Bản sao lưu dài %1 byte nhưng phần tiêu đề ghi %2 byte: tệp đã bị cắt cụt (thiếu %3 byte), có thể trong lúc sao chép. Không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_backup_format.cpp" line="129" />
            <source>The backup is %1 bytes long but its header says %2 bytes: %3 bytes were added after its end. Nothing was changed.</source>
            <translation>Bản sao lưu dài %1 byte nhưng phần tiêu đề ghi %2 byte: có %3 byte bị thêm vào sau phần cuối. Không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_backup_format.cpp" line="135" />
            <source>Cannot read %1: %2</source>
            <translation>Không đọc được %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_backup_format.cpp" line="147" />
            <source>The closing record of the backup (its last %1 bytes, from byte %2) is damaged. Nothing was changed.</source>
            <translation>Bản ghi kết thúc của bản sao lưu (%1 byte cuối, từ byte %2) bị hỏng. Không có gì thay đổi.</translation>
        </message>
    </context>
    <context>
        <name>VietnameseDate</name>
        <message>
            <location filename="../core/text/dates.cpp" line="31" />
            <source>“%1” is not a date: write it as dd/mm/yyyy, for example 05/03/2026.</source>
            <translation>“%1” không phải là ngày tháng: hãy viết theo dạng ngày/tháng/năm, ví dụ 05/03/2026.</translation>
        </message>
        <message>
            <location filename="../core/text/dates.cpp" line="38" />
            <source>The year “%1” must have four digits.</source>
            <translation>Năm “%1” phải có bốn chữ số.</translation>
        </message>
        <message>
            <location filename="../core/text/dates.cpp" line="40" />
            <source>The day “%1” has more than two digits.</source>
            <translation>Ngày “%1” có quá hai chữ số.</translation>
        </message>
        <message>
            <location filename="../core/text/dates.cpp" line="42" />
            <source>The month “%1” has more than two digits.</source>
            <translation>Tháng “%1” có quá hai chữ số.</translation>
        </message>
        <message>
            <location filename="../core/text/dates.cpp" line="47" />
            <location filename="../core/text/dates.cpp" line="74" />
            <source>Year %1 does not exist.</source>
            <translation>Không có năm %1.</translation>
        </message>
        <message>
            <location filename="../core/text/dates.cpp" line="49" />
            <source>Month %1 does not exist: months run from 1 to 12.</source>
            <translation>Không có tháng %1: tháng chỉ từ 1 đến 12.</translation>
        </message>
        <message>
            <location filename="../core/text/dates.cpp" line="52" />
            <source>Day %1 does not exist in %2/%3: that month has %4 days.</source>
            <translation>Tháng %2/%3 không có ngày %1: tháng đó có %4 ngày.</translation>
        </message>
        <message>
            <location filename="../core/text/dates.cpp" line="67" />
            <source>The date is empty.</source>
            <translation>Chưa nhập ngày tháng.</translation>
        </message>
        <message>
            <location filename="../core/text/dates.cpp" line="71" />
            <source>“%1” is only a year; a full date is needed (dd/mm/yyyy).</source>
            <translation>“%1” mới chỉ là năm; cần ghi đủ ngày tháng năm (ngày/tháng/năm).</translation>
        </message>
    </context>
    <context>
        <name>VietnamesePhone</name>
        <message>
            <location filename="../core/text/phone.cpp" line="38" />
            <source>Character %1 (“%2”) is not allowed in a phone number: use digits, spaces, dots or dashes.</source>
            <translation>Ký tự thứ %1 (“%2”) không được có trong số điện thoại: chỉ dùng chữ số, dấu cách, dấu chấm hoặc gạch ngang.</translation>
        </message>
        <message>
            <location filename="../core/text/phone.cpp" line="46" />
            <source>The phone number is empty.</source>
            <translation>Chưa nhập số điện thoại.</translation>
        </message>
        <message>
            <location filename="../core/text/phone.cpp" line="56" />
            <source>Only Vietnamese numbers (+84) are accepted.</source>
            <translation>Chỉ chấp nhận số điện thoại Việt Nam (+84).</translation>
        </message>
        <message>
            <location filename="../core/text/phone.cpp" line="61" />
            <source>A Vietnamese phone number starts with 0 (or +84).</source>
            <translation>Số điện thoại Việt Nam bắt đầu bằng 0 (hoặc +84).</translation>
        </message>
        <message>
            <location filename="../core/text/phone.cpp" line="64" />
            <source>The phone number has only %1 digits; Vietnamese numbers have 10 (mobile) or 11 (landline).</source>
            <translation>Số điện thoại chỉ có %1 chữ số; số Việt Nam có 10 chữ số (di động) hoặc 11 chữ số (cố định).</translation>
        </message>
        <message>
            <location filename="../core/text/phone.cpp" line="70" />
            <source>A landline number (02x) has 11 digits; this one has %1.</source>
            <translation>Số cố định (02x) có 11 chữ số; số này có %1.</translation>
        </message>
        <message>
            <location filename="../core/text/phone.cpp" line="76" />
            <source>A mobile number has 10 digits; this one has %1.</source>
            <translation>Số di động có 10 chữ số; số này có %1.</translation>
        </message>
        <message>
            <location filename="../core/text/phone.cpp" line="80" />
            <source>Mobile numbers starting 01 were renumbered in 2018 (to 03, 05, 07, 08): ask for the current number.</source>
            <translation>Số di động đầu 01 đã được chuyển đổi năm 2018 (sang 03, 05, 07, 08): hãy hỏi lại số hiện tại.</translation>
        </message>
        <message>
            <location filename="../core/text/phone.cpp" line="83" />
            <source>No Vietnamese phone number starts with “%1”: mobiles start 03, 05, 07, 08 or 09, landlines 02.</source>
            <translation>Không có số điện thoại Việt Nam nào bắt đầu bằng “%1”: số di động bắt đầu bằng 03, 05, 07, 08 hoặc 09, số cố định bằng 02.</translation>
        </message>
    </context>
    <context>
        <name>WeeklyReportBuilder</name>
        <message>
            <location filename="../core/report/weekly_report_builder.cpp" line="173" />
            <source>Your roles (%1) may not make reports.</source>
            <translation>Vai trò của bạn (%1) không được lập báo cáo.</translation>
        </message>
        <message>
            <location filename="../core/report/weekly_report_builder.cpp" line="180" />
            <source>Week %1 has not begun yet (today is %2).</source>
            <translation>Tuần %1 chưa bắt đầu (hôm nay là %2).</translation>
        </message>
    </context>
    <context>
        <name>WeeklyReportLog</name>
        <message>
            <location filename="../core/domain/plan/weekly_report_log.cpp" line="23" />
            <source>Your roles (%1) may not make reports.</source>
            <translation>Vai trò của bạn (%1) không được lập báo cáo.</translation>
        </message>
        <message>
            <location filename="../core/domain/plan/weekly_report_log.cpp" line="40" />
            <source>No week was given for the saved report.</source>
            <translation>Chưa cho biết tuần của báo cáo đã lưu.</translation>
        </message>
    </context>
    <context>
        <name>WeeklyReportRenderer</name>
        <message>
            <location filename="../core/report/weekly_report_renderer.cpp" line="41" />
            <source>Cannot write the report to %1: %2</source>
            <translation>Không ghi được báo cáo vào %1: %2</translation>
        </message>
        <message>
            <location filename="../core/report/weekly_report_renderer.cpp" line="198" />
            <source>the PDF writer did not start</source>
            <translation>bộ ghi PDF không khởi động được</translation>
        </message>
        <message>
            <location filename="../core/report/weekly_report_renderer.cpp" line="204" />
            <source>the PDF writer refused page %1</source>
            <translation>bộ ghi PDF từ chối trang %1</translation>
        </message>
        <message>
            <location filename="../core/report/weekly_report_renderer.cpp" line="210" />
            <source>the PDF writer could not finish the file</source>
            <translation>bộ ghi PDF không hoàn tất được tệp</translation>
        </message>
        <message>
            <location filename="../core/report/weekly_report_renderer.cpp" line="240" />
            <source>the ODF writer failed</source>
            <translation>bộ ghi ODF gặp lỗi</translation>
        </message>
    </context>
    <context>
        <name>WelfareBeneficiary</name>
        <message>
            <location filename="../core/domain/welfare/welfare_beneficiary.cpp" line="132" />
            <source>The date of birth is missing.</source>
            <translation>Chưa có ngày sinh.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_beneficiary.cpp" line="134" />
            <source>The date of birth lies in the future.</source>
            <translation>Ngày sinh nằm trong tương lai.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_beneficiary.cpp" line="139" />
            <source>The category “%1” is not a welfare category in force (expected one of %2).</source>
            <translation>Nhóm “%1” không phải nhóm đối tượng bảo trợ xã hội đang có hiệu lực (cần là một trong %2).</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_beneficiary.cpp" line="146" />
            <source>Category %1 has no points; remove the point “%2”.</source>
            <translation>Nhóm %1 không chia điểm; hãy bỏ điểm “%2”.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_beneficiary.cpp" line="148" />
            <source>“%1” is not a point (expected one of %2).</source>
            <translation>“%1” không phải là một điểm (cần là một trong %2).</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_beneficiary.cpp" line="152" />
            <source>Category %1 needs the number of children raised.</source>
            <translation>Nhóm %1 cần ghi số con đang nuôi.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_beneficiary.cpp" line="154" />
            <source>The number of children applies only to a single parent (category k4).</source>
            <translation>Số con chỉ áp dụng cho người đơn thân nuôi con (nhóm k4).</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_beneficiary.cpp" line="159" />
            <source>The disability level must be severe or especially severe.</source>
            <translation>Mức độ khuyết tật phải là nặng hoặc đặc biệt nặng.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_beneficiary.cpp" line="162" />
            <source>The decision number is missing.</source>
            <translation>Chưa có số quyết định.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_beneficiary.cpp" line="164" />
            <source>The decision date lies in the future.</source>
            <translation>Ngày quyết định nằm trong tương lai.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_beneficiary.cpp" line="166" />
            <source>The start date is missing.</source>
            <translation>Chưa có ngày bắt đầu hưởng.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_beneficiary.cpp" line="170" />
            <source>The end date %1 is before the start date %2.</source>
            <translation>Ngày kết thúc %1 trước ngày bắt đầu %2.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_beneficiary.cpp" line="173" />
            <source>The payment kind must be bank, e-wallet, mobile money or cash.</source>
            <translation>Hình thức chi trả phải là tài khoản ngân hàng, ví điện tử, Mobile Money hoặc tiền mặt.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_beneficiary.cpp" line="176" />
            <source>Payment other than cash needs the account number.</source>
            <translation>Chi trả không bằng tiền mặt thì cần có số tài khoản.</translation>
        </message>
    </context>
    <context>
        <name>WelfareImport</name>
        <message>
            <location filename="../core/domain/welfare/welfare_import.cpp" line="99" />
            <source>Date of birth</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_import.cpp" line="105" />
            <source>Category: “%1” is not a clause of Nghị định 20/2021 Điều 5 (write it as k1 … k8, k5a … k5d, or “Khoản 1 điểm a”).</source>
            <translation>Nhóm đối tượng: “%1” không phải là một khoản của Điều 5 Nghị định 20/2021 (hãy ghi k1 … k8, k5a … k5d, hoặc “Khoản 1 điểm a”).</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_import.cpp" line="111" />
            <source>Number of children</source>
            <translation>Số con</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_import.cpp" line="113" />
            <source>Decision date</source>
            <translation>Ngày quyết định</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_import.cpp" line="114" />
            <source>Start date</source>
            <translation>Ngày bắt đầu hưởng</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_import.cpp" line="117" />
            <source>End date</source>
            <translation>Ngày kết thúc</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_import.cpp" line="118" />
            <source>Payment kind</source>
            <translation>Hình thức chi trả</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_import.cpp" line="126" />
            <source>Disability level: “%1” is neither “Nặng” nor “Đặc biệt nặng”.</source>
            <translation>Mức độ khuyết tật: “%1” không phải “Nặng” cũng không phải “Đặc biệt nặng”.</translation>
        </message>
    </context>
    <context>
        <name>WelfareRepository</name>
        <message>
            <location filename="../core/domain/welfare/welfare_repository.cpp" line="143" />
            <source>No welfare base level is known for %1; add one first.</source>
            <translation>Chưa có mức chuẩn trợ giúp xã hội cho %1; hãy thêm trước.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_repository.cpp" line="152" />
            <source>The base level must be a positive amount of đồng.</source>
            <translation>Mức chuẩn phải là một số tiền dương (đồng).</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_repository.cpp" line="154" />
            <source>The date the base level applies from is missing.</source>
            <translation>Chưa có ngày bắt đầu áp dụng mức chuẩn.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_repository.cpp" line="156" />
            <source>The last day of the base level is before its first day.</source>
            <translation>Ngày cuối áp dụng mức chuẩn trước ngày đầu.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_repository.cpp" line="158" />
            <source>The legal basis (the decree) is missing.</source>
            <translation>Chưa có căn cứ pháp lý (nghị định).</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_repository.cpp" line="171" />
            <source>A base level from %1 exists already.</source>
            <translation>Đã có mức chuẩn áp dụng từ %1.</translation>
        </message>
    </context>
    <context>
        <name>WelfareRules</name>
        <message>
            <location filename="../core/domain/welfare/welfare_rules.cpp" line="40" />
            <source>Welfare rules, %1: “%2” is missing.</source>
            <translation>Quy định trợ cấp, %1: thiếu “%2”.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_rules.cpp" line="45" />
            <source>Welfare rules, %1: “%2” is not a yyyy-mm-dd date.</source>
            <translation>Quy định trợ cấp, %1: “%2” không phải ngày dạng yyyy-mm-dd.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_rules.cpp" line="51" />
            <source>base level %1</source>
            <translation>mức chuẩn %1</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_rules.cpp" line="56" />
            <source>Welfare rules, %1: an id and a positive amount are required.</source>
            <translation>Quy định trợ cấp, %1: cần có mã và một số tiền dương.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_rules.cpp" line="74" />
            <source>category %1</source>
            <translation>nhóm %1</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_rules.cpp" line="76" />
            <source>Welfare rules, %1: “clause” is missing.</source>
            <translation>Quy định trợ cấp, %1: thiếu “clause”.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_rules.cpp" line="95" />
            <source>Welfare rules, %1: “coefficients” is empty.</source>
            <translation>Quy định trợ cấp, %1: “coefficients” đang trống.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_rules.cpp" line="106" />
            <source>Welfare rules, %1: unknown severity “%2”.</source>
            <translation>Quy định trợ cấp, %1: mức độ “%2” không xác định.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_rules.cpp" line="110" />
            <source>Welfare rules, %1: a coefficient must be positive.</source>
            <translation>Quy định trợ cấp, %1: hệ số phải là số dương.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_rules.cpp" line="146" />
            <source>%1 to %2</source>
            <translation>từ %1 đến %2</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_rules.cpp" line="148" />
            <source>under %1</source>
            <translation>dưới %1</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_rules.cpp" line="150" />
            <source>%1 and over</source>
            <translation>từ %1 trở lên</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_rules.cpp" line="151" />
            <source>any age</source>
            <translation>mọi độ tuổi</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_rules.cpp" line="158" />
            <source>The welfare rule table %1 cannot be read.</source>
            <translation>Không đọc được bảng quy định trợ cấp %1.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_rules.cpp" line="167" />
            <source>The welfare rule table is not valid JSON at byte %1: %2</source>
            <translation>Bảng quy định trợ cấp không phải JSON hợp lệ ở byte %1: %2</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_rules.cpp" line="172" />
            <source>The welfare rule table has an unknown version.</source>
            <translation>Bảng quy định trợ cấp có phiên bản không xác định.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_rules.cpp" line="191" />
            <source>The welfare rule table has no categories or no base levels.</source>
            <translation>Bảng quy định trợ cấp không có nhóm đối tượng hoặc không có mức chuẩn.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_rules.cpp" line="230" />
            <source>“%1” is not a welfare category in force (expected one of %2).</source>
            <translation>“%1” không phải nhóm đối tượng bảo trợ xã hội đang có hiệu lực (cần là một trong %2).</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_rules.cpp" line="234" />
            <source>Category %1 has no points; “%2” cannot be given.</source>
            <translation>Nhóm %1 không chia điểm; không được ghi “%2”.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_rules.cpp" line="236" />
            <source>“%1” is not a point of category %2 (expected one of %3).</source>
            <translation>“%1” không phải là điểm của nhóm %2 (cần là một trong %3).</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_rules.cpp" line="239" />
            <source>The age is unknown, so the coefficient cannot be computed.</source>
            <translation>Chưa biết tuổi nên không tính được hệ số.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_rules.cpp" line="241" />
            <source>Age %1 does not fit category %2, which covers ages %3.</source>
            <translation>Tuổi %1 không thuộc nhóm %2, nhóm này dành cho độ tuổi %3.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_rules.cpp" line="246" />
            <source>Category %1 needs the disability level (severe or especially severe).</source>
            <translation>Nhóm %1 cần ghi mức độ khuyết tật (nặng hoặc đặc biệt nặng).</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_rules.cpp" line="254" />
            <source>No coefficient of category %1 applies at age %2.</source>
            <translation>Không có hệ số nào của nhóm %1 áp dụng cho tuổi %2.</translation>
        </message>
        <message>
            <location filename="../core/domain/welfare/welfare_rules.cpp" line="273" />
            <source>No base level is known for %1.</source>
            <translation>Chưa có mức chuẩn cho %1.</translation>
        </message>
    </context>
    <context>
        <name>XlsxReader</name>
        <message>
            <location filename="../core/io/xlsx_reader.cpp" line="57" />
            <source>“%1” has no sheet named “%2”. Its sheets are: %3.</source>
            <translation>“%1” không có trang tính nào tên “%2”. Các trang tính hiện có: %3.</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx_reader.cpp" line="94" />
            <source>“%1” is damaged: row %2 has a cell with the invalid reference “%3”.</source>
            <translation>“%1” bị hỏng: dòng %2 có ô mang địa chỉ không hợp lệ “%3”.</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx_reader.cpp" line="104" />
            <source>“%1” is damaged: row %2 has more than %3 columns.</source>
            <translation>“%1” bị hỏng: dòng %2 có quá %3 cột.</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx_reader.cpp" line="130" />
            <source>“%1” is damaged: cell %2 refers to a shared string that does not exist.</source>
            <translation>“%1” bị hỏng: ô %2 tham chiếu tới một chuỗi dùng chung không tồn tại.</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx_reader.cpp" line="161" />
            <source>The XLSX reader was used before open().</source>
            <translation>Bộ đọc XLSX được dùng trước khi gọi open().</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx_reader.cpp" line="233" />
            <source>“%1” is damaged: cell %2 holds more than %3 characters.</source>
            <translation>“%1” bị hỏng: ô %2 chứa quá %3 ký tự.</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx_workbook.cpp" line="161" />
            <source>“%1” is damaged: shared string %2 is longer than %3 characters.</source>
            <translation>“%1” bị hỏng: chuỗi dùng chung %2 dài quá %3 ký tự.</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx_workbook.cpp" line="216" />
            <source>“%1” is not an Excel workbook: it has no workbook part (%2).</source>
            <translation>“%1” không phải sổ tính Excel: không có phần workbook (%2).</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx_workbook.cpp" line="228" />
            <source>“%1” has no worksheet.</source>
            <translation>“%1” không có trang tính nào.</translation>
        </message>
        <message>
            <location filename="../core/io/zip_archive.cpp" line="41" />
            <source>Cannot open “%1”: %2</source>
            <translation>Không mở được “%1”: %2</translation>
        </message>
        <message>
            <location filename="../core/io/zip_archive.cpp" line="45" />
            <source>“%1” is not a valid Excel workbook: the file is damaged or not an .xlsx file (%2).</source>
            <translation>“%1” không phải sổ tính Excel hợp lệ: tệp bị hỏng hoặc không phải tệp .xlsx (%2).</translation>
        </message>
        <message>
            <location filename="../core/io/zip_archive.cpp" line="88" />
            <source>“%1” is not a complete Excel workbook: the part “%2” is missing.</source>
            <translation>“%1” không phải sổ tính Excel đầy đủ: thiếu phần “%2”.</translation>
        </message>
        <message>
            <location filename="../core/io/zip_archive.cpp" line="96" />
            <source>Cannot read the part “%2” of “%1”: %3</source>
            <translation>Không đọc được phần “%2” của “%1”: %3</translation>
        </message>
        <message>
            <location filename="../core/io/zip_archive.cpp" line="123" />
            <source>“%1” is damaged: the part “%2” cannot be decompressed (%3).</source>
            <translation>“%1” bị hỏng: không giải nén được phần “%2” (%3).</translation>
        </message>
        <message>
            <location filename="../core/io/zip_archive.cpp" line="143" />
            <source>An XLSX part was read before it was opened.</source>
            <translation>Một phần của tệp XLSX được đọc trước khi mở.</translation>
        </message>
        <message>
            <location filename="../core/io/zip_archive.cpp" line="168" />
            <source>“%1” is damaged: the part “%2” ends too early.</source>
            <translation>“%1” bị hỏng: phần “%2” kết thúc sớm.</translation>
        </message>
        <message>
            <location filename="../core/io/zip_archive.cpp" line="173" />
            <source>“%1” is damaged: the part “%2” is not well-formed XML at line %3 (%4).</source>
            <translation>“%1” bị hỏng: phần “%2” không phải XML đúng cấu trúc ở dòng %3 (%4).</translation>
        </message>
    </context>
    <context>
        <name>XlsxWriter</name>
        <message>
            <location filename="../core/io/xlsx_writer.cpp" line="49" />
            <source>Cannot create the Excel file “%1”.</source>
            <translation>Không tạo được tệp Excel “%1”.</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx_writer.cpp" line="59" />
            <source>“%1” cannot be a sheet name: at most 31 characters and none of [ ] : * ? / \.</source>
            <translation>“%1” không dùng làm tên trang tính được: tối đa 31 ký tự và không chứa [ ] : * ? / \.</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx_writer.cpp" line="74" />
            <source>The Excel writer could not be set up.</source>
            <translation>Không khởi tạo được bộ ghi Excel.</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx_writer.cpp" line="94" />
            <location filename="../core/io/xlsx_writer.cpp" line="118" />
            <location filename="../core/io/xlsx_writer.cpp" line="199" />
            <source>The Excel writer is not open.</source>
            <translation>Bộ ghi Excel chưa được mở.</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx_writer.cpp" line="97" />
            <location filename="../core/io/xlsx_writer.cpp" line="121" />
            <source>Excel sheets hold at most %1 rows.</source>
            <translation>Mỗi trang tính Excel chứa tối đa %1 dòng.</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx_writer.cpp" line="132" />
            <source>Excel sheets hold at most 16,384 columns.</source>
            <translation>Mỗi trang tính Excel chứa tối đa 16.384 cột.</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx_writer.cpp" line="152" />
            <source>the number is not finite.</source>
            <translation>số không hữu hạn.</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx_writer.cpp" line="181" />
            <source>the text is longer than %1 characters, Excel's limit.</source>
            <translation>văn bản dài quá %1 ký tự, giới hạn của Excel.</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx_writer.cpp" line="209" />
            <source>Cannot replace “%1”; is it open in Excel?</source>
            <translation>Không thay thế được “%1”; tệp có đang mở trong Excel không?</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx_writer.cpp" line="215" />
            <source>Cannot write “%1”.</source>
            <translation>Không ghi được “%1”.</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx_writer.cpp" line="239" />
            <source>Cannot write row %1, column %2: %3</source>
            <translation>Không ghi được dòng %1, cột %2: %3</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx_writer.cpp" line="248" />
            <source>Cannot write the Excel file “%1”: %2</source>
            <translation>Không ghi được tệp Excel “%1”: %2</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop</name>
        <message>
            <location filename="../app/desktop/imports/import_issue_report.cpp" line="15" />
            <source>Row</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_issue_report.cpp" line="15" />
            <source>Column</source>
            <translation>Cột</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_issue_report.cpp" line="15" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_issue_report.cpp" line="15" />
            <source>Problem</source>
            <translation>Lỗi</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_issue_report.cpp" line="18" />
            <source>Error</source>
            <translation>Lỗi</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_issue_report.cpp" line="20" />
            <source>Warning</source>
            <translation>Cảnh báo</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::AppWindow</name>
        <message numerus="yes">
            <location filename="../app/desktop/main/app_window.cpp" line="52" />
            <source>Locked after %n minute(s) without use. Enter your password to continue.</source>
            <translation>
                <numerusform>Đã tự động khoá sau %n phút không sử dụng. Nhập mật khẩu để tiếp tục làm việc.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/desktop/main/app_window.cpp" line="126" />
            <source>&amp;Lock</source>
            <translation>&amp;Khoá</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/app_window.cpp" line="127" />
            <source>Lock the profile now (Ctrl+L)</source>
            <translation>Khoá hồ sơ ngay (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/app_window.cpp" line="129" />
            <source>Xã Số — %1</source>
            <translation>Xã Số — %1</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::BackupCard</name>
        <message>
            <location filename="../app/desktop/settings/backup_card.cpp" line="114" />
            <source>Backing up the vault…</source>
            <translation>Đang sao lưu kho dữ liệu…</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/backup_card.cpp" line="114" />
            <source>Cancel</source>
            <translation>Huỷ</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/backup_card.cpp" line="116" />
            <location filename="../app/desktop/settings/backup_card.cpp" line="232" />
            <source>Backup</source>
            <translation>Sao lưu</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/backup_card.cpp" line="121" />
            <source>Backup progress</source>
            <translation>Tiến độ sao lưu</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/backup_card.cpp" line="139" />
            <source>Back up the vault</source>
            <translation>Sao lưu kho dữ liệu</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/backup_card.cpp" line="140" />
            <location filename="../app/desktop/settings/backup_card.cpp" line="152" />
            <source>Xã Số backups (*.xasobak)</source>
            <translation>Bản sao lưu Xã Số (*.xasobak)</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/backup_card.cpp" line="152" />
            <source>Restore from a backup</source>
            <translation>Khôi phục từ bản sao lưu</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/backup_card.cpp" line="170" />
            <location filename="../app/desktop/settings/backup_card.cpp" line="217" />
            <source>No backup was made: %1</source>
            <translation>Chưa sao lưu được: %1</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/backup_card.cpp" line="211" />
            <source>Backed up to %1 (%2). Keep the file away from this computer, for example on a USB drive. It opens only with this profile's password or its recovery key.</source>
            <translation>Đã sao lưu vào %1 (%2). Hãy cất tệp ở nơi khác ngoài máy tính này, ví dụ trên USB. Tệp chỉ mở được bằng mật khẩu hoặc khoá khôi phục của hồ sơ này.</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/backup_card.cpp" line="215" />
            <source>The backup was cancelled; no file was written.</source>
            <translation>Đã huỷ sao lưu; chưa có tệp nào được ghi.</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/backup_card.cpp" line="234" />
            <source>A backup is one file holding this whole profile, encrypted: every record, the settings and the audit trail. It opens only with this profile's password or its recovery key. Make one every week and keep it away from this computer.</source>
            <translation>Bản sao lưu là một tệp chứa toàn bộ hồ sơ này ở dạng mã hoá: mọi bản ghi, các thiết lập và nhật ký kiểm tra. Tệp chỉ mở được bằng mật khẩu hoặc khoá khôi phục của hồ sơ này. Hãy sao lưu mỗi tuần một lần và cất tệp ở nơi khác ngoài máy tính này.</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/backup_card.cpp" line="237" />
            <source>&amp;Back up the vault…</source>
            <translation>&amp;Sao lưu kho dữ liệu…</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/backup_card.cpp" line="238" />
            <source>Back up the vault to a file</source>
            <translation>Sao lưu kho dữ liệu ra tệp</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/backup_card.cpp" line="239" />
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Khôi phục từ bản sao lưu…</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/backup_card.cpp" line="240" />
            <source>Replace this profile's data with a backup</source>
            <translation>Thay dữ liệu của hồ sơ này bằng một bản sao lưu</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ChangePasswordDialog</name>
        <message>
            <location filename="../app/desktop/settings/change_password_dialog.cpp" line="109" />
            <source>Change password</source>
            <translation>Đổi mật khẩu</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/change_password_dialog.cpp" line="110" />
            <source>The new password takes effect at once. Your records are not re-encrypted, and the recovery key stays valid.</source>
            <translation>Mật khẩu mới có hiệu lực ngay. Dữ liệu của bạn không phải mã hoá lại và khoá khôi phục vẫn dùng được.</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/change_password_dialog.cpp" line="112" />
            <source>&amp;Current password:</source>
            <translation>Mật khẩu &amp;hiện tại:</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/change_password_dialog.cpp" line="113" />
            <source>Current password</source>
            <translation>Mật khẩu hiện tại</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/change_password_dialog.cpp" line="114" />
            <source>Cancel</source>
            <translation>Huỷ</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/change_password_dialog.cpp" line="115" />
            <source>&amp;Change password</source>
            <translation>&amp;Đổi mật khẩu</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::CleaningPage</name>
        <message>
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="91" />
            <source>The police extract</source>
            <translation>Tệp trích xuất của công an</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="92" />
            <source>Lists (*.csv *.xlsx);;All files (*)</source>
            <translation>Danh sách (*.csv *.xlsx);;Tất cả các tệp (*)</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="97" />
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="103" />
            <source>Cleaning</source>
            <translation>Làm sạch</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="119" />
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="164" />
            <source>Extract: %1</source>
            <translation>Tệp trích xuất: %1</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="120" />
            <source>Comparing…</source>
            <translation>Đang đối chiếu…</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="144" />
            <source>%1 rows in the extract: %2 residents verified, %3 with differences, %4 not in the extract, %5 rows of the extract with no resident in Xã Số.</source>
            <translation>%1 dòng trong tệp trích xuất: %2 nhân khẩu đã xác thực, %3 có sai lệch, %4 không có trong tệp trích xuất, %5 dòng trích xuất không có nhân khẩu tương ứng trong Xã Số.</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="149" />
            <source>%n row(s) of the extract were skipped, the first: row %1: %2</source>
            <translation>
                <numerusform>Đã bỏ qua %n dòng của tệp trích xuất, dòng đầu tiên: dòng %1: %2</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="157" />
            <source>Row %1 of the extract</source>
            <translation>Dòng %1 của tệp trích xuất</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="163" />
            <source>Xã Số: %1</source>
            <translation>Xã Số: %1</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="197" />
            <source>Select a resident in the list first.</source>
            <translation>Hãy chọn một nhân khẩu trong danh sách trước.</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="217" />
            <source>Compare the residents with the extract of the national population data the commune police provide (CSV or Excel with Số định danh cá nhân, Họ và tên, Ngày sinh, Giới tính). Matching records become verified; the others are listed below with the fields that differ.</source>
            <translation>Đối chiếu nhân khẩu với tệp trích xuất Cơ sở dữ liệu quốc gia về dân cư do công an xã cung cấp (CSV hoặc Excel gồm các cột Số định danh cá nhân, Họ và tên, Ngày sinh, Giới tính). Các bản ghi khớp được đánh dấu đã xác thực; các bản ghi còn lại được liệt kê bên dưới kèm các trường có sai lệch.</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="220" />
            <source>&amp;Load the police extract and compare…</source>
            <translation>&amp;Tải tệp trích xuất của công an và đối chiếu…</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="222" />
            <source>Residents missing from the extract become “not in the extract” (untick for one hamlet)</source>
            <translation>Nhân khẩu không có trong tệp trích xuất được chuyển thành “không có trong tệp trích xuất” (bỏ chọn nếu tệp trích xuất chỉ gồm một thôn/xóm)</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="224" />
            <source>Resident / field</source>
            <translation>Nhân khẩu / trường thông tin</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="224" />
            <source>Personal ID</source>
            <translation>Số định danh cá nhân</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="224" />
            <source>In Xã Số</source>
            <translation>Trong Xã Số</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="224" />
            <source>In the extract / state</source>
            <translation>Trong tệp trích xuất / trạng thái</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="225" />
            <source>Differences from the extract</source>
            <translation>Khác biệt so với tệp trích xuất</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="226" />
            <source>Mark &amp;verified</source>
            <translation>Đánh dấu đã &amp;xác thực</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="227" />
            <source>After checking the papers: the record is right as it is in Xã Số.</source>
            <translation>Sau khi kiểm tra giấy tờ: bản ghi trong Xã Số là đúng.</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="228" />
            <source>Open the &amp;record</source>
            <translation>&amp;Mở bản ghi</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::CoOwnersEditor</name>
        <message>
            <location filename="../app/desktop/records/co_owners_editor.cpp" line="29" />
            <source>House owner</source>
            <translation>Chủ sở hữu nhà ở</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/co_owners_editor.cpp" line="29" />
            <source>Land user</source>
            <translation>Người sử dụng đất</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/co_owners_editor.cpp" line="51" />
            <location filename="../app/desktop/records/co_owners_editor.cpp" line="267" />
            <source>Role</source>
            <translation>Tư cách</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/co_owners_editor.cpp" line="260" />
            <source>Shares: %1 % of 100 %</source>
            <translation>Tỷ lệ sở hữu: %1 % trên 100 %</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/co_owners_editor.cpp" line="267" />
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/co_owners_editor.cpp" line="267" />
            <source>Personal ID</source>
            <translation>Số định danh cá nhân</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/co_owners_editor.cpp" line="267" />
            <source>Share (%)</source>
            <translation>Tỷ lệ sở hữu (%)</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/co_owners_editor.cpp" line="268" />
            <source>Land users and house owners</source>
            <translation>Người sử dụng đất và chủ sở hữu nhà ở</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/co_owners_editor.cpp" line="269" />
            <location filename="../app/desktop/records/co_owners_editor.cpp" line="271" />
            <source>Add a co-owner</source>
            <translation>Thêm đồng sở hữu</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/co_owners_editor.cpp" line="270" />
            <source>Add a land user or house owner (Insert in the table)</source>
            <translation>Thêm người sử dụng đất hoặc chủ sở hữu nhà ở (phím Insert trong bảng)</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/co_owners_editor.cpp" line="272" />
            <location filename="../app/desktop/records/co_owners_editor.cpp" line="274" />
            <source>Remove the co-owner</source>
            <translation>Xoá đồng sở hữu</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/co_owners_editor.cpp" line="273" />
            <source>Remove the selected row (Ctrl+Delete in the table)</source>
            <translation>Xoá dòng đang chọn (Ctrl+Delete trong bảng)</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ConflictDialog</name>
        <message>
            <location filename="../app/desktop/sync/conflict_dialog.cpp" line="157" />
            <source>Resolve a conflict</source>
            <translation>Giải quyết xung đột</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/conflict_dialog.cpp" line="158" />
            <source>%1 %2: the field "%3" was changed on two devices before they synchronised. Choose the value to keep; your choice is sent with the next synchronisation.</source>
            <translation>%1 %2: trường "%3" đã bị thay đổi trên hai thiết bị trước khi đồng bộ. Hãy chọn giá trị cần giữ; lựa chọn của bạn sẽ được gửi ở lần đồng bộ tới.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/conflict_dialog.cpp" line="161" />
            <source>Before both changes</source>
            <translation>Trước cả hai thay đổi</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/conflict_dialog.cpp" line="162" />
            <source>Mine (this device)</source>
            <translation>Của tôi (thiết bị này)</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/conflict_dialog.cpp" line="163" />
            <source>Theirs (other device)</source>
            <translation>Của họ (thiết bị kia)</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/conflict_dialog.cpp" line="165" />
            <source>not known on this device</source>
            <translation>thiết bị này không biết</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/conflict_dialog.cpp" line="166" />
            <source>as last written on this device</source>
            <translation>theo lần ghi gần nhất trên thiết bị này</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/conflict_dialog.cpp" line="170" />
            <source>no value</source>
            <translation>không có giá trị</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/conflict_dialog.cpp" line="175" />
            <source>changed %1
on device %2</source>
            <translation>thay đổi lúc %1
trên thiết bị %2</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/conflict_dialog.cpp" line="179" />
            <source>Shown for now on every device.</source>
            <translation>Tạm thời hiển thị trên mọi thiết bị.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/conflict_dialog.cpp" line="183" />
            <source>Or &amp;type the correct value:</source>
            <translation>Hoặc &amp;nhập giá trị đúng:</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/conflict_dialog.cpp" line="184" />
            <source>Value to keep</source>
            <translation>Giá trị cần giữ</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/conflict_dialog.cpp" line="185" />
            <source>Keep &amp;this value</source>
            <translation>&amp;Giữ giá trị này</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/conflict_dialog.cpp" line="186" />
            <source>Keep the typed value</source>
            <translation>Giữ giá trị đã nhập</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/conflict_dialog.cpp" line="187" />
            <source>Keep &amp;mine</source>
            <translation>Giữ của &amp;tôi</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/conflict_dialog.cpp" line="188" />
            <source>Keep the value from this device</source>
            <translation>Giữ giá trị của thiết bị này</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/conflict_dialog.cpp" line="189" />
            <source>Keep t&amp;heirs</source>
            <translation>Giữ của &amp;họ</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/conflict_dialog.cpp" line="190" />
            <source>Keep the value from the other device</source>
            <translation>Giữ giá trị của thiết bị kia</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/conflict_dialog.cpp" line="191" />
            <source>Decide later</source>
            <translation>Để sau</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/conflict_dialog.cpp" line="192" />
            <source>Close without resolving</source>
            <translation>Đóng mà không giải quyết</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/conflict_dialog.cpp" line="212" />
            <source>This conflict was already settled, on this or another device. Close and synchronise to see the result.</source>
            <translation>Xung đột này đã được giải quyết, trên thiết bị này hoặc thiết bị khác. Hãy đóng lại và đồng bộ để xem kết quả.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/conflict_dialog.cpp" line="214" />
            <source>The choice could not be saved. Nothing was changed; try again.</source>
            <translation>Chưa lưu được lựa chọn. Không có gì thay đổi; hãy thử lại.</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::CreateProfilePage</name>
        <message>
            <location filename="../app/desktop/unlock/create_profile_page.cpp" line="82" />
            <source>Creating the encrypted profile… this takes a few seconds.</source>
            <translation>Đang tạo hồ sơ mã hoá… việc này mất vài giây.</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/create_profile_page.cpp" line="138" />
            <source>Create a profile</source>
            <translation>Tạo hồ sơ</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/create_profile_page.cpp" line="139" />
            <source>Your records are encrypted with your password. Choose the roles you hold in the commune: they decide which sections you see.</source>
            <translation>Dữ liệu của bạn được mã hoá bằng mật khẩu của bạn. Hãy chọn các vai trò bạn đảm nhiệm ở xã: vai trò quyết định những mục bạn được xem.</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/create_profile_page.cpp" line="141" />
            <source>Your &amp;full name:</source>
            <translation>&amp;Họ và tên:</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/create_profile_page.cpp" line="142" />
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/create_profile_page.cpp" line="143" />
            <source>e.g. Nguyễn Thị Hoa</source>
            <translation>Ví dụ: Nguyễn Thị Hoa</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/create_profile_page.cpp" line="144" />
            <source>Roles</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/create_profile_page.cpp" line="149" />
            <source>Role: %1</source>
            <translation>Vai trò: %1</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/create_profile_page.cpp" line="151" />
            <source>&amp;Back</source>
            <translation>&amp;Quay lại</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/create_profile_page.cpp" line="152" />
            <source>Create &amp;profile</source>
            <translation>&amp;Tạo hồ sơ</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::DuplicatesPage</name>
        <message>
            <location filename="../app/desktop/cleaning/duplicates_page.cpp" line="103" />
            <source>same name and birth date</source>
            <translation>trùng họ tên và ngày sinh</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/duplicates_page.cpp" line="104" />
            <source>same phone and given name</source>
            <translation>trùng số điện thoại và tên</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/duplicates_page.cpp" line="109" />
            <source>No probable duplicates.</source>
            <translation>Không có bản ghi nghi trùng lặp.</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/cleaning/duplicates_page.cpp" line="110" />
            <source>%n pair(s) to review.</source>
            <translation>
                <numerusform>Có %n cặp cần xem xét.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/duplicates_page.cpp" line="117" />
            <source>Select a pair first.</source>
            <translation>Hãy chọn một cặp trước.</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/duplicates_page.cpp" line="137" />
            <source>Merge the records</source>
            <translation>Gộp bản ghi</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/duplicates_page.cpp" line="138" />
            <source>Keep %1 (%2) and merge %3 (%4) into it? The merged record is deleted; its household and checklist move to the record kept.</source>
            <translation>Giữ %1 (%2) và gộp %3 (%4) vào đó? Bản ghi bị gộp sẽ bị xoá; hộ gia đình và danh mục kiểm tra của bản ghi đó được chuyển sang bản ghi được giữ lại.</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/duplicates_page.cpp" line="143" />
            <source>Merge</source>
            <translation>Gộp</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/duplicates_page.cpp" line="144" />
            <source>Cancel</source>
            <translation>Huỷ</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/duplicates_page.cpp" line="166" />
            <source>The same person may have been recorded twice under two personal IDs, one of them mistyped. Compare the two records; merge them into the one whose ID is right.</source>
            <translation>Cùng một người có thể đã được ghi hai lần với hai số định danh cá nhân, trong đó một số bị nhập sai. Hãy so sánh hai bản ghi và gộp vào bản ghi có số định danh đúng.</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/duplicates_page.cpp" line="168" />
            <source>&amp;Find probable duplicates</source>
            <translation>&amp;Tìm bản ghi nghi trùng lặp</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/duplicates_page.cpp" line="169" />
            <source>First record</source>
            <translation>Bản ghi thứ nhất</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/duplicates_page.cpp" line="169" />
            <source>Second record</source>
            <translation>Bản ghi thứ hai</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/duplicates_page.cpp" line="169" />
            <source>Why</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/duplicates_page.cpp" line="170" />
            <source>Probable duplicates</source>
            <translation>Bản ghi nghi trùng lặp</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/duplicates_page.cpp" line="171" />
            <source>Keep the &amp;first, merge the second</source>
            <translation>Giữ bản ghi thứ &amp;nhất, gộp bản ghi thứ hai</translation>
        </message>
        <message>
            <location filename="../app/desktop/cleaning/duplicates_page.cpp" line="172" />
            <source>Keep the &amp;second, merge the first</source>
            <translation>Giữ bản ghi thứ &amp;hai, gộp bản ghi thứ nhất</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::EnrolDialog</name>
        <message>
            <location filename="../app/desktop/sync/enrol_dialog.cpp" line="96" />
            <location filename="../app/desktop/sync/enrol_dialog.cpp" line="110" />
            <source>Enrol this device</source>
            <translation>Đăng ký thiết bị này</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/enrol_dialog.cpp" line="98" />
            <source>The administrator of the commune server gives you three things: the server's address, a one-time code, and the server's certificate fingerprint. Type them exactly.</source>
            <translation>Quản trị viên máy chủ của xã sẽ cung cấp cho bạn ba thông tin: địa chỉ máy chủ, mã đăng ký dùng một lần và dấu vân tay chứng chỉ của máy chủ. Hãy nhập chính xác.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/enrol_dialog.cpp" line="100" />
            <source>Server &amp;address:</source>
            <translation>Địa &amp;chỉ máy chủ:</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/enrol_dialog.cpp" line="101" />
            <source>Server address</source>
            <translation>Địa chỉ máy chủ</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/enrol_dialog.cpp" line="102" />
            <source>One-time &amp;code:</source>
            <translation>&amp;Mã dùng một lần:</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/enrol_dialog.cpp" line="103" />
            <source>One-time enrolment code</source>
            <translation>Mã đăng ký dùng một lần</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/enrol_dialog.cpp" line="104" />
            <source>Certificate &amp;fingerprint:</source>
            <translation>Dấu &amp;vân tay chứng chỉ:</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/enrol_dialog.cpp" line="105" />
            <source>Server certificate fingerprint</source>
            <translation>Dấu vân tay chứng chỉ của máy chủ</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/enrol_dialog.cpp" line="107" />
            <source>64 letters and digits; spaces and colons do not matter. If the server shows a different fingerprint, Xã Số refuses to connect.</source>
            <translation>Gồm 64 chữ cái và chữ số; không cần quan tâm dấu cách và dấu hai chấm. Nếu máy chủ có dấu vân tay khác, Xã Số sẽ từ chối kết nối.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/enrol_dialog.cpp" line="109" />
            <source>&amp;Enrol</source>
            <translation>Đăng &amp;ký</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/enrol_dialog.cpp" line="111" />
            <source>Cancel</source>
            <translation>Huỷ</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/enrol_dialog.cpp" line="136" />
            <source>Type the server address as the administrator wrote it, for example https://192.168.1.10:8443.</source>
            <translation>Hãy nhập địa chỉ máy chủ đúng như quản trị viên đã ghi, ví dụ https://192.168.1.10:8443.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/enrol_dialog.cpp" line="143" />
            <source>Type the one-time code from the administrator.</source>
            <translation>Hãy nhập mã dùng một lần do quản trị viên cấp.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/enrol_dialog.cpp" line="150" />
            <source>The fingerprint must be 64 letters (A–F) and digits. Check it with the administrator.</source>
            <translation>Dấu vân tay phải gồm 64 chữ cái (A–F) và chữ số. Hãy đối chiếu lại với quản trị viên.</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::HouseholdFormDialog</name>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="103" />
            <source>Edit household</source>
            <translation>Sửa hộ gia đình</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="103" />
            <source>New household</source>
            <translation>Thêm hộ gia đình</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="109" />
            <source>Type a name or a personal ID, then choose from the list</source>
            <translation>Nhập họ tên hoặc số định danh cá nhân, rồi chọn trong danh sách</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="110" />
            <source>Head of the household</source>
            <translation>Chủ hộ</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="114" />
            <source>Residents found</source>
            <translation>Nhân khẩu tìm thấy</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="128" />
            <source>Address</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="129" />
            <source>e.g. Xóm 3, xã Hưng Đông</source>
            <translation>ví dụ: Xóm 3, xã Hưng Đông</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="132" />
            <source>Hamlet</source>
            <translation>Thôn/xóm</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="138" />
            <source>Poverty status (Decree 07/2021)</source>
            <translation>Phân loại hộ (Nghị định 07/2021)</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="139" />
            <source>Not poor</source>
            <translation>Không nghèo</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="140" />
            <source>Near-poor</source>
            <translation>Hộ cận nghèo</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="141" />
            <source>Poor</source>
            <translation>Hộ nghèo</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="142" />
            <source>Average living standard</source>
            <translation>Hộ có mức sống trung bình</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="145" />
            <source>Year of the review</source>
            <translation>Năm rà soát</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="146" />
            <source>e.g. 2025</source>
            <translation>ví dụ: 2025</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="150" />
            <source>Area</source>
            <translation>Khu vực</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="151" />
            <source>(not known)</source>
            <translation>(không rõ)</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="152" />
            <source>Rural</source>
            <translation>Nông thôn</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="153" />
            <source>Urban</source>
            <translation>Thành thị</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="163" />
            <source>&amp;Head of the household</source>
            <translation>&amp;Chủ hộ</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="164" />
            <source>A&amp;ddress</source>
            <translation>Đị&amp;a chỉ</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="165" />
            <source>Ha&amp;mlet</source>
            <translation>&amp;Thôn/xóm</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="166" />
            <source>&amp;Poverty status</source>
            <translation>&amp;Phân loại hộ</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="167" />
            <source>&amp;Year of the review</source>
            <translation>&amp;Năm rà soát</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="168" />
            <source>A&amp;rea</source>
            <translation>&amp;Khu vực</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="187" />
            <source>Deprivations of basic social services (Decree 07/2021, Art. 3)</source>
            <translation>Các chỉ số thiếu hụt dịch vụ xã hội cơ bản (Nghị định 07/2021, Điều 3)</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="219" />
            <source>No head chosen yet.</source>
            <translation>Chưa chọn chủ hộ.</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="224" />
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="225" />
            <source>Cancel</source>
            <translation>Huỷ</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="243" />
            <source>Fields are checked as you leave them. A red message blocks saving; an amber one is a warning to look at.</source>
            <translation>Các trường được kiểm tra khi bạn rời khỏi trường đó. Thông báo màu đỏ sẽ chặn việc lưu; thông báo màu vàng là cảnh báo cần xem lại.</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="303" />
            <source>Head: %1</source>
            <translation>Chủ hộ: %1</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="304" />
            <source>Head: %1 (%2)</source>
            <translation>Chủ hộ: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_form_dialog.cpp" line="344" />
            <source>“%1” is not a year.</source>
            <translation>“%1” không phải là năm hợp lệ.</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::HouseholdListModel</name>
        <message>
            <location filename="../app/desktop/residents/household_list_model.cpp" line="36" />
            <source>Poor</source>
            <translation>Hộ nghèo</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_list_model.cpp" line="38" />
            <source>Near-poor</source>
            <translation>Hộ cận nghèo</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_list_model.cpp" line="40" />
            <source>Average living standard</source>
            <translation>Hộ có mức sống trung bình</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_list_model.cpp" line="42" />
            <source>Not poor</source>
            <translation>Không nghèo</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_list_model.cpp" line="69" />
            <source>(no head recorded)</source>
            <translation>(chưa ghi chủ hộ)</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_list_model.cpp" line="89" />
            <source>Head of household</source>
            <translation>Chủ hộ</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_list_model.cpp" line="91" />
            <source>Hamlet</source>
            <translation>Thôn/xóm</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_list_model.cpp" line="93" />
            <source>Address</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_list_model.cpp" line="95" />
            <source>Members</source>
            <translation>Thành viên</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/household_list_model.cpp" line="97" />
            <source>Poverty status</source>
            <translation>Tình trạng nghèo</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::HouseholdsPage</name>
        <message>
            <location filename="../app/desktop/residents/households_page.cpp" line="173" />
            <location filename="../app/desktop/residents/households_page.cpp" line="176" />
            <source>Export</source>
            <translation>Xuất</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/households_page.cpp" line="174" />
            <source>%1 households written to %2.</source>
            <translation>Đã ghi %1 hộ gia đình vào %2.</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/households_page.cpp" line="223" />
            <source>Select a household to see its members.</source>
            <translation>Chọn một hộ gia đình để xem các thành viên.</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/households_page.cpp" line="224" />
            <source>Members of the household (%1)</source>
            <translation>Thành viên hộ gia đình (%1)</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/households_page.cpp" line="235" />
            <source>Select a household first.</source>
            <translation>Hãy chọn một hộ gia đình trước.</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/households_page.cpp" line="245" />
            <source>Select a member first.</source>
            <translation>Hãy chọn một thành viên trước.</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/households_page.cpp" line="328" />
            <source>All hamlets</source>
            <translation>Tất cả thôn/xóm</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/households_page.cpp" line="329" />
            <source>Hamlet</source>
            <translation>Thôn/xóm</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/households_page.cpp" line="330" />
            <source>&amp;Hamlet:</source>
            <translation>&amp;Thôn/xóm:</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/households_page.cpp" line="331" />
            <source>E&amp;xport…</source>
            <translation>&amp;Xuất…</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/households_page.cpp" line="332" />
            <source>&amp;New household</source>
            <translation>Thêm &amp;hộ gia đình</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/households_page.cpp" line="333" />
            <source>Create a household (Ctrl+N)</source>
            <translation>Thêm hộ gia đình mới (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/households_page.cpp" line="334" />
            <source>&amp;Edit</source>
            <translation>&amp;Sửa</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/households_page.cpp" line="335" />
            <source>Edit the selected household (Enter)</source>
            <translation>Sửa hộ gia đình đang chọn (Enter)</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/households_page.cpp" line="336" />
            <source>Households</source>
            <translation>Hộ gia đình</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/households_page.cpp" line="337" />
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/households_page.cpp" line="337" />
            <source>Personal ID</source>
            <translation>Số định danh cá nhân</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/households_page.cpp" line="337" />
            <location filename="../app/desktop/residents/households_page.cpp" line="342" />
            <source>Relation to the head</source>
            <translation>Quan hệ với chủ hộ</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/households_page.cpp" line="338" />
            <source>Members of the household</source>
            <translation>Thành viên hộ gia đình</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/households_page.cpp" line="339" />
            <location filename="../app/desktop/residents/households_page.cpp" line="340" />
            <source>Personal ID of the new member</source>
            <translation>Số định danh cá nhân của thành viên mới</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/households_page.cpp" line="341" />
            <source>Relation, e.g. Con</source>
            <translation>Quan hệ, ví dụ: Con</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/households_page.cpp" line="343" />
            <source>&amp;Add to the household</source>
            <translation>Thêm &amp;vào hộ gia đình</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/households_page.cpp" line="344" />
            <source>&amp;Take out of the household</source>
            <translation>&amp;Đưa ra khỏi hộ gia đình</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/households_page.cpp" line="345" />
            <source>&amp;Open the member</source>
            <translation>&amp;Mở thành viên</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ImportCommitPage</name>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="294" />
            <source>Import</source>
            <translation>Nhập</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="295" />
            <source>The rows are written in one step: cancelling leaves the records as they were.</source>
            <translation>Các dòng được ghi trong một bước duy nhất: nếu huỷ, các bản ghi vẫn giữ nguyên như cũ.</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="298" />
            <source>Import progress</source>
            <translation>Tiến độ nhập</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="300" />
            <source>&amp;Cancel the import</source>
            <translation>&amp;Huỷ việc nhập</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="332" />
            <source>%1 records imported.</source>
            <translation>Đã nhập %1 bản ghi.</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="336" />
            <source>The import was cancelled. Nothing was written.</source>
            <translation>Đã huỷ việc nhập. Chưa có gì được ghi.</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ImportDryRunPage</name>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="203" />
            <source>Check</source>
            <translation>Kiểm tra</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="204" />
            <source>Every row is checked as the import would write it; nothing is written yet.</source>
            <translation>Mỗi dòng được kiểm tra đúng như khi nhập sẽ ghi; chưa có gì được ghi.</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="208" />
            <source>Rows with problems</source>
            <translation>Các dòng có vấn đề</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="211" />
            <source>Import the good rows and &amp;leave out the rows with errors</source>
            <translation>Nhập các dòng hợp lệ và &amp;bỏ qua các dòng có lỗi</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="215" />
            <source>Save the &amp;error report…</source>
            <translation>&amp;Lưu báo cáo lỗi…</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="219" />
            <source>Save the error report</source>
            <translation>Lưu báo cáo lỗi</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="220" />
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Sổ tính Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="225" />
            <source>Error report saved to %1.</source>
            <translation>Đã lưu báo cáo lỗi vào %1.</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="241" />
            <source>Row</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="241" />
            <source>Column</source>
            <translation>Cột</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="241" />
            <source>Problem</source>
            <translation>Vấn đề</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="242" />
            <source>Checking…</source>
            <translation>Đang kiểm tra…</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="261" />
            <source>Warning: </source>
            <translation>Cảnh báo: </translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="272" />
            <source>%1 rows read: %2 can be imported, %3 have errors, %4 warnings.</source>
            <translation>Đã đọc %1 dòng: %2 dòng có thể nhập, %3 dòng có lỗi, %4 cảnh báo.</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ImportFilePage</name>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="52" />
            <source>Choose the file</source>
            <translation>Chọn tệp</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="54" />
            <source>A CSV file (any encoding Excel writes) or an Excel workbook (.xlsx). Title rows above the header and an STT column are fine.</source>
            <translation>Tệp CSV (mọi bảng mã do Excel ghi) hoặc sổ tính Excel (.xlsx). Tệp có các dòng tiêu đề phía trên dòng tên cột và có cột STT vẫn dùng được.</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="58" />
            <source>File to import</source>
            <translation>Tệp cần nhập</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="59" />
            <source>&amp;Browse…</source>
            <translation>&amp;Duyệt…</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="62" />
            <source>Choose the file to import</source>
            <translation>Chọn tệp cần nhập</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="63" />
            <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation>Danh sách (*.csv *.xlsx *.txt);;Tất cả các tệp (*)</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="72" />
            <source>&amp;File:</source>
            <translation>&amp;Tệp:</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ImportMappingPage</name>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="133" />
            <source>Columns</source>
            <translation>Cột</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="135" />
            <source>Which column of the file holds each field. Xã Số matched them by their headers; change any that is wrong. Fields marked * are required.</source>
            <translation>Cột nào của tệp chứa từng trường thông tin. Xã Số đã ghép theo tên cột; hãy sửa những chỗ chưa đúng. Các trường đánh dấu * là bắt buộc.</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="137" />
            <source>Column for each field</source>
            <translation>Cột cho từng trường thông tin</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="151" />
            <source>Field</source>
            <translation>Trường thông tin</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="151" />
            <source>Column in the file</source>
            <translation>Cột trong tệp</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="160" />
            <source>(not in the file)</source>
            <translation>(không có trong tệp)</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="162" />
            <source>Column %1</source>
            <translation>Cột %1</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="189" />
            <source>Choose a column for: %1.</source>
            <translation>Hãy chọn cột cho: %1.</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ImportPreviewPage</name>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="98" />
            <source>Preview</source>
            <translation>Xem trước</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="99" />
            <source>The first rows of the file as Xã Số reads them. Check that the letters look right.</source>
            <translation>Các dòng đầu của tệp theo cách Xã Số đọc. Hãy kiểm tra chữ hiển thị có đúng không.</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="103" />
            <source>First rows of the file</source>
            <translation>Các dòng đầu của tệp</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="114" />
            <source>Header found on row %1 of %2. Showing the first %n data row(s).</source>
            <translation>
                <numerusform>Tìm thấy dòng tên cột ở dòng %1 trên tổng số %2. Đang hiển thị %n dòng dữ liệu đầu tiên.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ImportWizard</name>
        <message>
            <location filename="../app/desktop/imports/import_wizard.cpp" line="14" />
            <source>Import: %1</source>
            <translation>Nhập: %1</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard.cpp" line="25" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Tiếp &gt;</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard.cpp" line="26" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Quay lại</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard.cpp" line="27" />
            <source>&amp;Finish</source>
            <translation>&amp;Hoàn tất</translation>
        </message>
        <message>
            <location filename="../app/desktop/imports/import_wizard.cpp" line="28" />
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ListToolbar</name>
        <message>
            <location filename="../app/desktop/common/list_toolbar.cpp" line="23" />
            <source>Search</source>
            <translation>Tìm kiếm</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/list_toolbar.cpp" line="27" />
            <source>Hamlet</source>
            <translation>Thôn/xóm</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/list_toolbar.cpp" line="28" />
            <source>All hamlets</source>
            <translation>Tất cả thôn/xóm</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/list_toolbar.cpp" line="32" />
            <source>Verification state</source>
            <translation>Trạng thái xác thực</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/list_toolbar.cpp" line="33" />
            <source>All states</source>
            <translation>Tất cả trạng thái</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/list_toolbar.cpp" line="53" />
            <source>&amp;Hamlet:</source>
            <translation>&amp;Thôn/xóm:</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/list_toolbar.cpp" line="55" />
            <source>S&amp;tate:</source>
            <translation>Trạn&amp;g thái:</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/list_toolbar.cpp" line="102" />
            <source>All</source>
            <translation>Tất cả</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ModelAssignDialog</name>
        <message>
            <location filename="../app/desktop/models/model_assign_dialog.cpp" line="27" />
            <source>Assign model %1</source>
            <translation>Phân công mô hình %1</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_assign_dialog.cpp" line="28" />
            <source>Model %1: %2</source>
            <translation>Mô hình %1: %2</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_assign_dialog.cpp" line="32" />
            <source>In the plan — lead: %1; cooperating: %2</source>
            <translation>Theo kế hoạch — chủ trì: %1; phối hợp: %2</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_assign_dialog.cpp" line="40" />
            <source>Lead unit</source>
            <translation>Đơn vị chủ trì</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_assign_dialog.cpp" line="43" />
            <source>Cooperating units</source>
            <translation>Đơn vị phối hợp</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_assign_dialog.cpp" line="55" />
            <source>Lead officer</source>
            <translation>Cán bộ chủ trì</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_assign_dialog.cpp" line="56" />
            <source>The officer's full name (optional: else the unit leads)</source>
            <translation>Họ tên cán bộ (không bắt buộc; nếu để trống thì đơn vị chủ trì)</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_assign_dialog.cpp" line="59" />
            <source>Cooperating officers</source>
            <translation>Cán bộ phối hợp</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_assign_dialog.cpp" line="60" />
            <source>Names separated by ';' (optional)</source>
            <translation>Các họ tên cách nhau bằng dấu ';' (không bắt buộc)</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_assign_dialog.cpp" line="63" />
            <source>Assigned on</source>
            <translation>Ngày phân công</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_assign_dialog.cpp" line="84" />
            <source>Lead &amp;unit:</source>
            <translation>Đơn &amp;vị chủ trì:</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_assign_dialog.cpp" line="85" />
            <source>Lead &amp;officer:</source>
            <translation>&amp;Cán bộ chủ trì:</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_assign_dialog.cpp" line="86" />
            <source>Cooperating u&amp;nits:</source>
            <translation>Đơn vị phối &amp;hợp:</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_assign_dialog.cpp" line="87" />
            <source>Cooperating o&amp;fficers:</source>
            <translation>Cán &amp;bộ phối hợp:</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_assign_dialog.cpp" line="88" />
            <source>Assigned &amp;on:</source>
            <translation>&amp;Ngày phân công:</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_assign_dialog.cpp" line="97" />
            <source>&amp;Assign</source>
            <translation>&amp;Phân công</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_assign_dialog.cpp" line="101" />
            <source>Cancel</source>
            <translation>Huỷ</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_assign_dialog.cpp" line="172" />
            <source>Lead unit: choose the unit that leads the model.</source>
            <translation>Đơn vị chủ trì: hãy chọn đơn vị chủ trì mô hình.</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_assign_dialog.cpp" line="177" />
            <source>Cooperating units: %1 already leads the model; untick it.</source>
            <translation>Đơn vị phối hợp: %1 đã là đơn vị chủ trì mô hình; hãy bỏ chọn.</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ModelDetailPanel</name>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="216" />
            <source>Model %1: %2</source>
            <translation>Mô hình %1: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="220" />
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>Quá hạn %n ngày</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="223" />
            <source>last update %1 by %2</source>
            <translation>cập nhật gần nhất: %1, do %2 thực hiện</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="227" />
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="235" />
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="237" />
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="245" />
            <source>In the plan: %1</source>
            <translation>Theo kế hoạch: %1</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="258" />
            <source>Not assigned yet</source>
            <translation>Chưa phân công</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="273" />
            <source>The plan names no measurable target for this model.</source>
            <translation>Kế hoạch không nêu chỉ tiêu đo lường được cho mô hình này.</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="290" />
            <source>computed from the records</source>
            <translation>tính từ dữ liệu hồ sơ</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="295" />
            <source>entered %1</source>
            <translation>nhập tay %1</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="295" />
            <source>not entered yet</source>
            <translation>chưa nhập</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="328" />
            <source>Problems: %1</source>
            <translation>Khó khăn: %1</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="330" />
            <source>attached</source>
            <translation>đã đính kèm</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="333" />
            <source>Update history (%n)</source>
            <translation>
                <numerusform>Lịch sử cập nhật (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="342" />
            <source>%1 — %2, reported %3</source>
            <translation>%1 — %2, báo cáo ngày %3</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="343" />
            <source>A file reported %1 that has not reached this device yet</source>
            <translation>Một tệp được báo cáo ngày %1 nhưng chưa về đến thiết bị này</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="349" />
            <source>No evidence files yet.</source>
            <translation>Chưa có tệp minh chứng.</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="359" />
            <source>Select a model in the list to see its objective, lead, KPIs and history.</source>
            <translation>Chọn một mô hình trong danh sách để xem mục tiêu, đơn vị chủ trì, chỉ tiêu và lịch sử cập nhật.</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="360" />
            <source>Group:</source>
            <translation>Nhóm:</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="360" />
            <source>Objective:</source>
            <translation>Mục tiêu:</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="360" />
            <source>Lead:</source>
            <translation>Chủ trì:</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="361" />
            <source>Cooperating:</source>
            <translation>Phối hợp:</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="361" />
            <source>Supporting:</source>
            <translation>Hỗ trợ:</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="361" />
            <source>Deadline:</source>
            <translation>Thời hạn:</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="362" />
            <source>Tools:</source>
            <translation>Công cụ:</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="362" />
            <source>Assigned on:</source>
            <translation>Ngày phân công:</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="365" />
            <source>About the model</source>
            <translation>Thông tin mô hình</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="366" />
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="368" />
            <source>KPIs</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="367" />
            <source>KPI</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="367" />
            <source>Target</source>
            <translation>Cần đạt</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="367" />
            <source>Current</source>
            <translation>Hiện đạt</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="367" />
            <source>Source</source>
            <translation>Nguồn</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="370" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="370" />
            <source>Officer</source>
            <translation>Cán bộ</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="370" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="370" />
            <source>KPI values</source>
            <translation>Giá trị chỉ tiêu</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="370" />
            <source>Narrative</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="370" />
            <source>Evidence</source>
            <translation>Minh chứng</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="371" />
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="373" />
            <source>Update history</source>
            <translation>Lịch sử cập nhật</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="374" />
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="375" />
            <source>Evidence files</source>
            <translation>Tệp minh chứng</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="376" />
            <source>&amp;Open</source>
            <translation>&amp;Mở</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="377" />
            <source>Open the file with the program your computer uses for it. A temporary copy is made and removed when the profile is locked.</source>
            <translation>Mở tệp bằng chương trình mặc định trên máy tính. Một bản sao tạm được tạo ra và sẽ bị xoá khi hồ sơ được khoá.</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="379" />
            <source>Save a &amp;copy…</source>
            <translation>&amp;Lưu một bản sao…</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="380" />
            <source>Save a copy of the file outside the encrypted vault</source>
            <translation>Lưu một bản sao của tệp ra ngoài kho dữ liệu mã hoá</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ModelProgressDialog</name>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="75" />
            <source>Progress of model %1</source>
            <translation>Tiến độ mô hình %1</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="77" />
            <source>Model %1: %2</source>
            <translation>Mô hình %1: %2</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="85" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="90" />
            <source>&amp;Status:</source>
            <translation>&amp;Trạng thái:</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="94" />
            <source>Report date</source>
            <translation>Ngày báo cáo</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="101" />
            <source>&amp;Date:</source>
            <translation>&amp;Ngày:</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="109" />
            <source>target %1%2</source>
            <translation>cần đạt %1%2</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="112" />
            <source>%1 (computed from the records)</source>
            <translation>%1 (tính từ dữ liệu hồ sơ)</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="122" />
            <source>last: %1%2</source>
            <translation>lần trước: %1%2</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="122" />
            <source>not entered yet</source>
            <translation>chưa nhập</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="134" />
            <source>What was done</source>
            <translation>Việc đã làm</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="135" />
            <source>What was done since the last update</source>
            <translation>Những việc đã làm từ lần cập nhật trước</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="138" />
            <source>&amp;What was done:</source>
            <translation>&amp;Việc đã làm:</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="143" />
            <source>Problems</source>
            <translation>Khó khăn, vướng mắc</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="144" />
            <source>Difficulties and obstacles, if any</source>
            <translation>Khó khăn, vướng mắc (nếu có)</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="147" />
            <source>&amp;Problems:</source>
            <translation>&amp;Khó khăn, vướng mắc:</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="151" />
            <source>Evidence file</source>
            <translation>Tệp minh chứng</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="153" />
            <source>No file (a photo, a scanned minute, a list…)</source>
            <translation>Chưa có tệp (ảnh chụp, bản quét biên bản, danh sách…)</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="154" />
            <source>C&amp;hoose…</source>
            <translation>&amp;Chọn…</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="156" />
            <source>&amp;Remove</source>
            <translation>&amp;Gỡ bỏ</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="159" />
            <source>Evidence:</source>
            <translation>Minh chứng:</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="163" />
            <source>The file is sealed inside the encrypted vault and sent with the update.</source>
            <translation>Tệp được niêm phong trong kho dữ liệu mã hoá và gửi kèm bản cập nhật tiến độ.</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="176" />
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="180" />
            <source>Cancel</source>
            <translation>Huỷ</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="257" />
            <source>Choose an evidence file</source>
            <translation>Chọn tệp minh chứng</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="258" />
            <source>Documents and pictures (*.pdf *.jpg *.jpeg *.png *.docx *.xlsx *.odt *.ods);;All files (*)</source>
            <translation>Tài liệu và hình ảnh (*.pdf *.jpg *.jpeg *.png *.docx *.xlsx *.odt *.ods);;Tất cả các tệp (*)</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="272" />
            <source>Date: the report date may not be in the future.</source>
            <translation>Ngày: ngày báo cáo không được sau ngày hôm nay.</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="281" />
            <source>%1: '%2' is not a number.</source>
            <translation>%1: '%2' không phải là số.</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="283" />
            <source>%1: the value may not be negative.</source>
            <translation>%1: giá trị không được âm.</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="285" />
            <source>%1: a percentage is at most 100.</source>
            <translation>%1: tỷ lệ phần trăm không được vượt quá 100.</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="296" />
            <source>Evidence: cannot read %1 (%2).</source>
            <translation>Minh chứng: không đọc được %1 (%2).</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="298" />
            <source>Evidence: %1 is larger than %2 MB; attach a smaller scan.</source>
            <translation>Minh chứng: %1 lớn hơn %2 MB; hãy đính kèm bản quét nhỏ hơn.</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_progress_dialog.cpp" line="309" />
            <source>What was done: describe the progress, or change the status, enter a KPI value or attach evidence.</source>
            <translation>Việc đã làm: hãy mô tả tiến độ, hoặc đổi trạng thái, nhập giá trị chỉ tiêu hay đính kèm minh chứng.</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ModelTreeModel</name>
        <message>
            <location filename="../app/desktop/models/model_tree_model.cpp" line="158" />
            <source>%1/%2 done</source>
            <translation>%1/%2 hoàn thành</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/models/model_tree_model.cpp" line="160" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n quá hạn</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_tree_model.cpp" line="161" />
            <source>Group %1. %2 (%3)</source>
            <translation>Nhóm %1. %2 (%3)</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_tree_model.cpp" line="174" />
            <source>Ongoing</source>
            <translation>Thường xuyên</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_tree_model.cpp" line="176" />
            <source>After guidance</source>
            <translation>Sau khi có hướng dẫn</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_tree_model.cpp" line="178" />
            <source>Per roadmap</source>
            <translation>Theo lộ trình</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/models/model_tree_model.cpp" line="228" />
            <source>Overdue: the deadline %1 passed %n day(s) ago.</source>
            <translation>
                <numerusform>Quá hạn: thời hạn %1 đã qua %n ngày.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_tree_model.cpp" line="260" />
            <source>No.</source>
            <translation>STT</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_tree_model.cpp" line="262" />
            <source>Model</source>
            <translation>Mô hình</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_tree_model.cpp" line="264" />
            <source>Lead</source>
            <translation>Chủ trì</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_tree_model.cpp" line="266" />
            <source>Deadline</source>
            <translation>Thời hạn</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/model_tree_model.cpp" line="268" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ModelsPage</name>
        <message numerus="yes">
            <location filename="../app/desktop/models/models_page.cpp" line="257" />
            <source>%n model(s)</source>
            <translation>
                <numerusform>%n mô hình</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/desktop/models/models_page.cpp" line="258" />
            <source>%1 of %2 models</source>
            <translation>%1/%2 mô hình</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/models/models_page.cpp" line="260" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n quá hạn</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/desktop/models/models_page.cpp" line="378" />
            <source>Cannot write %1: %2</source>
            <translation>Không ghi được %1: %2</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/models_page.cpp" line="386" />
            <location filename="../app/desktop/models/models_page.cpp" line="395" />
            <location filename="../app/desktop/models/models_page.cpp" line="400" />
            <location filename="../app/desktop/models/models_page.cpp" line="408" />
            <location filename="../app/desktop/models/models_page.cpp" line="416" />
            <source>Evidence</source>
            <translation>Minh chứng</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/models_page.cpp" line="401" />
            <source>No program on this computer opens %1. Use Save a copy instead.</source>
            <translation>Máy tính này không có chương trình nào mở được %1. Hãy dùng Lưu một bản sao.</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/models_page.cpp" line="412" />
            <source>Save a copy of the evidence</source>
            <translation>Lưu một bản sao của minh chứng</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/models_page.cpp" line="447" />
            <source>Filter by number, title or lead (Ctrl+F)</source>
            <translation>Lọc theo số, tên mô hình hoặc đơn vị chủ trì (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/models_page.cpp" line="448" />
            <source>Filter the models</source>
            <translation>Lọc mô hình</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/models_page.cpp" line="449" />
            <source>&amp;Status:</source>
            <translation>&amp;Trạng thái:</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/models_page.cpp" line="450" />
            <source>&amp;Group:</source>
            <translation>&amp;Nhóm:</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/models_page.cpp" line="458" />
            <source>All statuses</source>
            <translation>Tất cả trạng thái</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/models_page.cpp" line="462" />
            <source>Status filter</source>
            <translation>Bộ lọc trạng thái</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/models_page.cpp" line="464" />
            <source>All groups</source>
            <translation>Tất cả các nhóm</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/models_page.cpp" line="466" />
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/models_page.cpp" line="468" />
            <source>Group filter</source>
            <translation>Bộ lọc nhóm</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/models_page.cpp" line="470" />
            <source>The plan's models</source>
            <translation>Các mô hình của kế hoạch</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/models_page.cpp" line="471" />
            <source>&amp;Assign…</source>
            <translation>&amp;Phân công…</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/models_page.cpp" line="472" />
            <source>Choose who leads and who cooperates on the selected model (Ctrl+Shift+A)</source>
            <translation>Chọn đơn vị chủ trì và đơn vị phối hợp cho mô hình đang chọn (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/models_page.cpp" line="473" />
            <source>Assign</source>
            <translation>Phân công</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/models_page.cpp" line="474" />
            <source>Progress &amp;update…</source>
            <translation>&amp;Cập nhật tiến độ…</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/models_page.cpp" line="475" />
            <source>Record the status, KPI values and evidence of the selected model (Ctrl+U)</source>
            <translation>Ghi nhận trạng thái, giá trị chỉ tiêu và minh chứng của mô hình đang chọn (Ctrl+U)</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/models_page.cpp" line="476" />
            <source>Progress update</source>
            <translation>Cập nhật tiến độ</translation>
        </message>
        <message>
            <location filename="../app/desktop/models/models_page.cpp" line="477" />
            <source>Your roles may read the models but not assign them or record progress.</source>
            <translation>Vai trò của bạn chỉ được xem các mô hình, không được phân công hay cập nhật tiến độ.</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::NewPasswordFields</name>
        <message>
            <location filename="../app/desktop/common/new_password_fields.cpp" line="77" />
            <source>New &amp;password:</source>
            <translation>&amp;Mật khẩu mới:</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/new_password_fields.cpp" line="78" />
            <source>&amp;Repeat it:</source>
            <translation>&amp;Nhập lại mật khẩu:</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/new_password_fields.cpp" line="79" />
            <source>New password</source>
            <translation>Mật khẩu mới</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/new_password_fields.cpp" line="80" />
            <source>Repeat the new password</source>
            <translation>Nhập lại mật khẩu mới</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/new_password_fields.cpp" line="81" />
            <source>The two passwords are not the same.</source>
            <translation>Hai mật khẩu không giống nhau.</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::OverviewPage</name>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="211" />
            <source>(not recorded)</source>
            <translation>(chưa ghi nhận)</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="315" />
            <source>No model is past its deadline.</source>
            <translation>Không có mô hình nào quá thời hạn.</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="329" />
            <source>&amp;Refresh</source>
            <translation>&amp;Làm mới</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="330" />
            <source>Read the figures again</source>
            <translation>Đọc lại số liệu</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="331" />
            <source>Read the figures again (F5)</source>
            <translation>Đọc lại số liệu (F5)</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="333" />
            <source>Figures as of %1; status of the models on %2.</source>
            <translation>Số liệu tính đến %1; tình trạng các mô hình ngày %2.</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="336" />
            <source>No.</source>
            <translation>STT</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="336" />
            <source>Model</source>
            <translation>Mô hình</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="336" />
            <source>Lead</source>
            <translation>Chủ trì</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="336" />
            <source>Deadline</source>
            <translation>Thời hạn</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="336" />
            <source>Days late</source>
            <translation>Số ngày chậm</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="339" />
            <source>Progress of the models by group</source>
            <translation>Tiến độ các mô hình theo nhóm</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="341" />
            <source>%1 done, %2 in progress, %3 overdue of %4 models. Click a bar to open the group.</source>
            <translation>%1 hoàn thành, %2 đang triển khai, %3 quá hạn trên tổng số %4 mô hình. Bấm vào một cột để mở nhóm.</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="346" />
            <source>Overdue models</source>
            <translation>Mô hình quá hạn</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/overview/overview_page.cpp" line="348" />
            <source>%n model(s) past the deadline and not done.</source>
            <translation>
                <numerusform>%n mô hình đã quá thời hạn mà chưa hoàn thành.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="350" />
            <source>Records digitised per week</source>
            <translation>Hồ sơ số hoá theo tuần</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/overview/overview_page.cpp" line="352" />
            <source>The last %n weeks, up to the week of %1.</source>
            <translation>
                <numerusform>%n tuần gần nhất, tính đến tuần %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="354" />
            <source>Residents checked against the population data</source>
            <translation>Nhân khẩu đã đối chiếu với dữ liệu dân cư</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="361" />
            <source>%1 verified, %2 not yet, %3 mismatched, %4 not in the extract.</source>
            <translation>%1 đã xác thực, %2 chưa đối chiếu, %3 sai lệch, %4 không có trong tệp trích xuất.</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="368" />
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="374" />
            <source>Verified in other records: %1.</source>
            <translation>Đã xác thực trong các hồ sơ khác: %1.</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="376" />
            <source>Digital citizens by hamlet (model 19)</source>
            <translation>Công dân số theo thôn, xóm (mô hình 19)</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="378" />
            <source>Share of each hamlet's residents with the service. Click a bar to open the hamlet's residents.</source>
            <translation>Tỷ lệ nhân khẩu của mỗi thôn, xóm đã sử dụng dịch vụ. Bấm vào một cột để mở danh sách nhân khẩu của thôn, xóm đó.</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="380" />
            <source>Population pyramid</source>
            <translation>Tháp dân số</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="381" />
            <source>Residents by five-year age band in %1.</source>
            <translation>Nhân khẩu theo nhóm 5 độ tuổi năm %1.</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="382" />
            <source>Labour status (models 33–34)</source>
            <translation>Tình trạng lao động (mô hình 33–34)</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="384" />
            <source>Welfare beneficiaries by category (model 32)</source>
            <translation>Đối tượng bảo trợ xã hội theo diện (mô hình 32)</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/overview_page.cpp" line="386" />
            <source>%1 beneficiaries; paid %2 a month in total.</source>
            <translation>%1 đối tượng; tổng chi trả %2 mỗi tháng.</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::PasswordStrengthMeter</name>
        <message>
            <location filename="../app/desktop/common/password_strength_meter.cpp" line="52" />
            <source>Very weak</source>
            <translation>Rất yếu</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/password_strength_meter.cpp" line="52" />
            <source>Weak</source>
            <translation>Yếu</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/password_strength_meter.cpp" line="52" />
            <source>Fair</source>
            <translation>Trung bình</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/password_strength_meter.cpp" line="52" />
            <source>Strong</source>
            <translation>Mạnh</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/password_strength_meter.cpp" line="52" />
            <source>Very strong</source>
            <translation>Rất mạnh</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/password_strength_meter.cpp" line="53" />
            <source>Password strength: not entered yet</source>
            <translation>Độ mạnh mật khẩu: chưa nhập</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/password_strength_meter.cpp" line="54" />
            <source>Password strength: %1</source>
            <translation>Độ mạnh mật khẩu: %1</translation>
        </message>
        <message>
            <location filename="../app/desktop/common/password_strength_meter.cpp" line="57" />
            <source>Use at least 10 characters, mixing letters, digits and symbols.</source>
            <translation>Dùng ít nhất 10 ký tự, kết hợp chữ cái, chữ số và ký hiệu.</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::PlaceholderPage</name>
        <message>
            <location filename="../app/desktop/main/placeholder_page.cpp" line="54" />
            <source>This section is being prepared and will arrive in a coming version of Xã Số.</source>
            <translation>Mục này đang được xây dựng và sẽ có trong phiên bản tới của Xã Số.</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ProfileChooserPage</name>
        <message>
            <location filename="../app/desktop/unlock/profile_chooser_page.cpp" line="94" />
            <source>Choose your profile</source>
            <translation>Chọn hồ sơ của bạn</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/profile_chooser_page.cpp" line="95" />
            <source>Each officer has a profile of their own, kept encrypted on this computer.</source>
            <translation>Mỗi cán bộ có một hồ sơ riêng, được mã hoá và lưu trên máy tính này.</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/profile_chooser_page.cpp" line="96" />
            <source>&amp;Profiles on this computer:</source>
            <translation>&amp;Các hồ sơ trên máy tính này:</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/profile_chooser_page.cpp" line="97" />
            <source>Profiles on this computer</source>
            <translation>Các hồ sơ trên máy tính này</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/profile_chooser_page.cpp" line="98" />
            <source>There is no profile on this computer yet. Create one to begin.</source>
            <translation>Máy tính này chưa có hồ sơ nào. Hãy tạo hồ sơ để bắt đầu.</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/profile_chooser_page.cpp" line="99" />
            <source>&amp;Open</source>
            <translation>&amp;Mở</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/profile_chooser_page.cpp" line="100" />
            <source>&amp;Create a new profile</source>
            <translation>&amp;Tạo hồ sơ mới</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/profile_chooser_page.cpp" line="101" />
            <source>Open a vault &amp;file kept elsewhere…</source>
            <translation>Mở &amp;tệp kho dữ liệu ở nơi khác…</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/profile_chooser_page.cpp" line="119" />
            <source>Open a vault file</source>
            <translation>Mở tệp kho dữ liệu</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/profile_chooser_page.cpp" line="120" />
            <source>Xã Số vaults (*.xaso)</source>
            <translation>Kho dữ liệu Xã Số (*.xaso)</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::RecordFormDialog</name>
        <message>
            <location filename="../app/desktop/records/record_form_dialog.cpp" line="53" />
            <source>Edit: %1</source>
            <translation>Sửa: %1</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/record_form_dialog.cpp" line="53" />
            <source>New: %1</source>
            <translation>Thêm mới: %1</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/record_form_dialog.cpp" line="82" />
            <location filename="../app/desktop/records/record_form_dialog.cpp" line="94" />
            <source>Scanned file</source>
            <translation>Tệp bản quét</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/record_form_dialog.cpp" line="83" />
            <source>Choose…</source>
            <translation>Chọn…</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/record_form_dialog.cpp" line="86" />
            <source>Choose the scanned copy</source>
            <translation>Chọn bản quét</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/record_form_dialog.cpp" line="87" />
            <source>Scans (*.png *.jpg *.jpeg *.pdf);;All files (*)</source>
            <translation>Bản quét (*.png *.jpg *.jpeg *.pdf);;Tất cả các tệp (*)</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/record_form_dialog.cpp" line="103" />
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/record_form_dialog.cpp" line="104" />
            <source>Cancel</source>
            <translation>Huỷ</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/record_form_dialog.cpp" line="150" />
            <source>dd/mm/yyyy</source>
            <translation>dd/mm/yyyy</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/record_form_dialog.cpp" line="201" />
            <source>Row %1: the share is missing.</source>
            <translation>Dòng %1: chưa nhập tỷ lệ sở hữu.</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/record_form_dialog.cpp" line="202" />
            <source>Row %1: the share “%2” is not a number.</source>
            <translation>Dòng %1: tỷ lệ sở hữu “%2” không phải là số.</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/record_form_dialog.cpp" line="237" />
            <source>%1: “%2” is not a date (dd/mm/yyyy).</source>
            <translation>%1: “%2” không phải là ngày (dd/mm/yyyy).</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/record_form_dialog.cpp" line="238" />
            <source>%1: “%2” is not a number.</source>
            <translation>%1: “%2” không phải là số.</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::RecordListModel</name>
        <message>
            <location filename="../app/desktop/records/record_list_model.cpp" line="94" />
            <source>Verification</source>
            <translation>Xác thực</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::RecordsPage</name>
        <message>
            <location filename="../app/desktop/records/records_page.cpp" line="145" />
            <location filename="../app/desktop/records/records_page.cpp" line="148" />
            <source>Export</source>
            <translation>Xuất</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/records_page.cpp" line="146" />
            <source>%1 records written to %2.</source>
            <translation>Đã ghi %1 bản ghi vào %2.</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/records_page.cpp" line="194" />
            <source>%1 shown, more as you scroll</source>
            <translation>Đang hiển thị %1, cuộn xuống để xem thêm</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/records/records_page.cpp" line="195" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n bản ghi</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/desktop/records/records_page.cpp" line="249" />
            <source>Scanned copy</source>
            <translation>Bản quét</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/records_page.cpp" line="263" />
            <source>Import</source>
            <translation>Nhập</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/records_page.cpp" line="284" />
            <location filename="../app/desktop/records/records_page.cpp" line="296" />
            <source>Delete the record</source>
            <translation>Xoá bản ghi</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/records_page.cpp" line="285" />
            <source>Delete this record? The deletion is recorded in the audit log and sent to the commune server at the next synchronisation.</source>
            <translation>Xoá bản ghi này? Việc xoá được ghi vào nhật ký kiểm tra và gửi lên máy chủ của xã trong lần đồng bộ tiếp theo.</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/records_page.cpp" line="289" />
            <source>Delete</source>
            <translation>Xoá</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/records_page.cpp" line="290" />
            <source>Keep</source>
            <translation>Giữ lại</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/records_page.cpp" line="305" />
            <source>No record is selected.</source>
            <translation>Chưa chọn bản ghi nào.</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/records_page.cpp" line="326" />
            <source>&amp;New</source>
            <translation>&amp;Thêm mới</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/records_page.cpp" line="327" />
            <source>New record (Ctrl+N)</source>
            <translation>Bản ghi mới (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/records_page.cpp" line="328" />
            <source>&amp;Open</source>
            <translation>&amp;Mở</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/records_page.cpp" line="329" />
            <source>Open the selected record (Enter)</source>
            <translation>Mở bản ghi đã chọn (Enter)</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/records_page.cpp" line="330" />
            <source>&amp;Delete</source>
            <translation>X&amp;oá</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/records_page.cpp" line="331" />
            <source>Delete the selected record (Del)</source>
            <translation>Xoá bản ghi đã chọn (Del)</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/records_page.cpp" line="332" />
            <source>View &amp;scan</source>
            <translation>Xem &amp;bản quét</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/records_page.cpp" line="333" />
            <source>&amp;Import…</source>
            <translation>&amp;Nhập…</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/records_page.cpp" line="334" />
            <source>Import a list from CSV or Excel (Ctrl+I)</source>
            <translation>Nhập danh sách từ CSV hoặc Excel (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/records_page.cpp" line="335" />
            <source>E&amp;xport…</source>
            <translation>&amp;Xuất…</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/records_page.cpp" line="336" />
            <source>Export the list as filtered to CSV or Excel (Ctrl+E)</source>
            <translation>Xuất danh sách đã lọc ra tệp CSV hoặc Excel (Ctrl+E)</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::RecoveryKeyPage</name>
        <message>
            <location filename="../app/desktop/unlock/recovery_key_page.cpp" line="92" />
            <source>Your recovery key</source>
            <translation>Khoá khôi phục của bạn</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/recovery_key_page.cpp" line="93" />
            <source>If you forget your password, this key is the only way to open your profile. Write it down on paper or print it now: it is shown only this once.</source>
            <translation>Nếu quên mật khẩu, đây là cách duy nhất để mở hồ sơ của bạn. Hãy chép ra giấy hoặc in ngay bây giờ: khoá chỉ hiện một lần này.</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/recovery_key_page.cpp" line="95" />
            <source>Recovery key</source>
            <translation>Khoá khôi phục</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/recovery_key_page.cpp" line="96" />
            <source>Keep the paper locked away, apart from the computer. Anyone who has it can open the profile.</source>
            <translation>Hãy cất tờ giấy ở nơi có khoá, để riêng với máy tính. Ai có được nó đều mở được hồ sơ.</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/recovery_key_page.cpp" line="98" />
            <source>I have &amp;written the recovery key down and keep it safe</source>
            <translation>Tôi đã &amp;ghi lại khoá khôi phục và cất giữ cẩn thận</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/recovery_key_page.cpp" line="100" />
            <source>&amp;Print…</source>
            <translation>&amp;In…</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/recovery_key_page.cpp" line="102" />
            <source>Save as &amp;PDF to print…</source>
            <translation>Lưu thành &amp;PDF để in…</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/recovery_key_page.cpp" line="104" />
            <source>&amp;Continue</source>
            <translation>&amp;Tiếp tục</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/recovery_key_page.cpp" line="114" />
            <source>Print the recovery key</source>
            <translation>In khoá khôi phục</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/recovery_key_page.cpp" line="119" />
            <source>Save the recovery key as PDF</source>
            <translation>Lưu khoá khôi phục thành PDF</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/recovery_key_page.cpp" line="119" />
            <source>PDF files (*.pdf)</source>
            <translation>Tệp PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::RecoveryResetPage</name>
        <message>
            <location filename="../app/desktop/unlock/recovery_reset_page.cpp" line="53" />
            <source>Checking the recovery key and setting the new password…</source>
            <translation>Đang kiểm tra khoá khôi phục và đặt mật khẩu mới…</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/recovery_reset_page.cpp" line="96" />
            <source>Open with the recovery key</source>
            <translation>Mở bằng khoá khôi phục</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/recovery_reset_page.cpp" line="97" />
            <source>Type the recovery key from the sheet you kept when the profile was created, then choose a new password. Your records stay as they are.</source>
            <translation>Nhập khoá khôi phục trên tờ giấy bạn đã cất khi tạo hồ sơ, rồi chọn mật khẩu mới. Dữ liệu của bạn được giữ nguyên.</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/recovery_reset_page.cpp" line="99" />
            <source>Recovery &amp;key:</source>
            <translation>&amp;Khoá khôi phục:</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/recovery_reset_page.cpp" line="100" />
            <source>Recovery key</source>
            <translation>Khoá khôi phục</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/recovery_reset_page.cpp" line="101" />
            <source>&amp;Back</source>
            <translation>&amp;Quay lại</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/recovery_reset_page.cpp" line="102" />
            <source>Set the new password and &amp;unlock</source>
            <translation>Đặt mật khẩu mới và &amp;mở khoá</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ReportPreview</name>
        <message>
            <location filename="../app/desktop/reports/report_preview.cpp" line="209" />
            <source>Page %1/%2</source>
            <translation>Trang %1/%2</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/report_preview.cpp" line="215" />
            <source>Previous page (Page Up)</source>
            <translation>Trang trước (Page Up)</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/report_preview.cpp" line="216" />
            <source>Previous page</source>
            <translation>Trang trước</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/report_preview.cpp" line="217" />
            <source>Next page (Page Down)</source>
            <translation>Trang sau (Page Down)</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/report_preview.cpp" line="218" />
            <source>Next page</source>
            <translation>Trang sau</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ReportSettingsCard</name>
        <message>
            <location filename="../app/desktop/settings/report_settings_card.cpp" line="31" />
            <source>Commune name:</source>
            <translation>Tên xã:</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/report_settings_card.cpp" line="33" />
            <source>Issuing body:</source>
            <translation>Cơ quan ban hành:</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/report_settings_card.cpp" line="35" />
            <source>Superior body:</source>
            <translation>Cơ quan cấp trên:</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/report_settings_card.cpp" line="37" />
            <source>Number symbol:</source>
            <translation>Ký hiệu văn bản:</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/report_settings_card.cpp" line="39" />
            <source>Signing for:</source>
            <translation>Thẩm quyền ký:</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/report_settings_card.cpp" line="41" />
            <source>Deputy line:</source>
            <translation>Dòng cấp phó:</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/report_settings_card.cpp" line="43" />
            <source>Signer's title:</source>
            <translation>Chức vụ người ký:</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/report_settings_card.cpp" line="44" />
            <source>Signer's name:</source>
            <translation>Họ tên người ký:</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/report_settings_card.cpp" line="150" />
            <source>Not saved: %1</source>
            <translation>Chưa lưu: %1</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/report_settings_card.cpp" line="156" />
            <source>Nothing had changed.</source>
            <translation>Không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/report_settings_card.cpp" line="156" />
            <source>Saved. The next report uses these lines.</source>
            <translation>Đã lưu. Báo cáo tiếp theo sẽ dùng các dòng này.</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/report_settings_card.cpp" line="163" />
            <source>Commune and report</source>
            <translation>Xã và báo cáo</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/report_settings_card.cpp" line="170" />
            <source>Recipients (one per line):</source>
            <translation>Nơi nhận (mỗi dòng một nơi):</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/report_settings_card.cpp" line="171" />
            <source>Recipients of the report, one per line</source>
            <translation>Nơi nhận của báo cáo, mỗi dòng một nơi</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/report_settings_card.cpp" line="172" />
            <source>Your roles may read these lines but not change them; ask the commune's administrator.</source>
            <translation>Vai trò của bạn được xem các dòng này nhưng không được sửa; hãy liên hệ quản trị viên của xã.</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/report_settings_card.cpp" line="174" />
            <source>&amp;Save report settings</source>
            <translation>&amp;Lưu thiết lập báo cáo</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/report_settings_card.cpp" line="175" />
            <source>Save the commune and report settings</source>
            <translation>Lưu thiết lập của xã và báo cáo</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ReportSettingsPanel</name>
        <message>
            <location filename="../app/desktop/reports/report_settings_panel.cpp" line="221" />
            <source>This report</source>
            <translation>Báo cáo này</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/report_settings_panel.cpp" line="225" />
            <source>N&amp;umber (Số):</source>
            <translation>&amp;Số văn bản (Số):</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/report_settings_panel.cpp" line="229" />
            <source>blank for the clerk</source>
            <translation>để trống cho văn thư điền</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/report_settings_panel.cpp" line="230" />
            <source>Document number of this report</source>
            <translation>Số văn bản của báo cáo này</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/report_settings_panel.cpp" line="238" />
            <source>&amp;Recipients (Nơi nhận), one per line:</source>
            <translation>&amp;Nơi nhận, mỗi dòng một nơi:</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/report_settings_panel.cpp" line="239" />
            <source>Recipients, one per line</source>
            <translation>Nơi nhận, mỗi dòng một nơi</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/report_settings_panel.cpp" line="241" />
            <source>Only a profile that may change the settings can edit the signer, recipients and names (your roles: %1).</source>
            <translation>Chỉ hồ sơ được phép thay đổi thiết lập mới sửa được người ký, nơi nhận và các tên gọi (vai trò của bạn: %1).</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/report_settings_panel.cpp" line="244" />
            <source>&amp;Apply settings</source>
            <translation>Áp &amp;dụng thiết lập</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/report_settings_panel.cpp" line="245" />
            <source>Store the report settings and update the preview</source>
            <translation>Lưu thiết lập báo cáo và cập nhật bản xem trước</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ReportsPage</name>
        <message>
            <location filename="../app/desktop/reports/reports_page.cpp" line="167" />
            <source>Preparing the preview…</source>
            <translation>Đang chuẩn bị bản xem trước…</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/reports_page.cpp" line="204" />
            <source>The report cannot be shown: %1</source>
            <translation>Không thể hiển thị báo cáo: %1</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/reports_page.cpp" line="240" />
            <source>The report settings could not be stored.</source>
            <translation>Không lưu được thiết lập báo cáo.</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/reports_page.cpp" line="242" />
            <source>The report could not be made.</source>
            <translation>Không tạo được báo cáo.</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/reports_page.cpp" line="255" />
            <source>Saved to %1, but it could not be marked as done: %2</source>
            <translation>Đã lưu vào %1, nhưng không đánh dấu hoàn thành được: %2</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/reports_page.cpp" line="260" />
            <source>Saved to %1.</source>
            <translation>Đã lưu vào %1.</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/reports_page.cpp" line="275" />
            <source>PDF document (*.pdf)</source>
            <translation>Tài liệu PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/reports_page.cpp" line="275" />
            <source>OpenDocument text (*.odt)</source>
            <translation>Văn bản OpenDocument (*.odt)</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/reports_page.cpp" line="277" />
            <location filename="../app/desktop/reports/reports_page.cpp" line="331" />
            <source>Save the report as PDF</source>
            <translation>Lưu báo cáo dạng PDF</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/reports_page.cpp" line="277" />
            <source>Save the report as ODT</source>
            <translation>Lưu báo cáo dạng ODT</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/reports_page.cpp" line="302" />
            <source>week %1 (%2 – %3)</source>
            <translation>tuần %1 (%2 – %3)</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/reports_page.cpp" line="304" />
            <source>The weekly report for %1 is not done yet — it is due before Tuesday %2.</source>
            <translation>Báo cáo tuần %1 chưa hoàn thành — hạn nộp trước thứ Ba, %2.</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/reports_page.cpp" line="306" />
            <source>The weekly report for %1 was due before Tuesday %2 and is not done yet.</source>
            <translation>Báo cáo tuần %1 đã đến hạn trước thứ Ba, %2 mà vẫn chưa hoàn thành.</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/reports_page.cpp" line="309" />
            <source>Show week %1</source>
            <translation>Xem tuần %1</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/reports_page.cpp" line="310" />
            <source>Show the report of week %1</source>
            <translation>Xem báo cáo tuần %1</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/reports_page.cpp" line="320" />
            <source>The report of week %1 has not been saved yet.</source>
            <translation>Báo cáo tuần %1 chưa được lưu.</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/reports_page.cpp" line="324" />
            <source>Last saved on %1 as %2.</source>
            <translation>Lưu lần cuối ngày %1, tệp %2.</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/reports_page.cpp" line="330" />
            <source>Save as &amp;PDF…</source>
            <translation>Lưu dạng &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/reports_page.cpp" line="332" />
            <source>Save as &amp;ODT…</source>
            <translation>Lưu dạng &amp;ODT…</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/reports_page.cpp" line="333" />
            <source>Save the report as ODT, to edit before signing</source>
            <translation>Lưu báo cáo dạng ODT để chỉnh sửa trước khi ký</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ResidentFormDialog</name>
        <message>
            <location filename="../app/desktop/residents/resident_form_dialog.cpp" line="24" />
            <source>Edit resident</source>
            <translation>Sửa nhân khẩu</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_form_dialog.cpp" line="24" />
            <source>New resident</source>
            <translation>Thêm nhân khẩu</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_form_dialog.cpp" line="29" />
            <source>12 digits, e.g. 040190012345</source>
            <translation>12 chữ số, ví dụ: 040190012345</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_form_dialog.cpp" line="32" />
            <source>e.g. Nguyễn Văn An</source>
            <translation>ví dụ: Nguyễn Văn An</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_form_dialog.cpp" line="33" />
            <source>dd/mm/yyyy, or the year alone</source>
            <translation>dd/mm/yyyy, hoặc chỉ năm</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_form_dialog.cpp" line="36" />
            <source>(not known)</source>
            <translation>(không rõ)</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_form_dialog.cpp" line="37" />
            <source>Male</source>
            <translation>Nam</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_form_dialog.cpp" line="38" />
            <source>Female</source>
            <translation>Nữ</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_form_dialog.cpp" line="47" />
            <source>e.g. 0912 345 678</source>
            <translation>ví dụ: 0912 345 678</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_form_dialog.cpp" line="48" />
            <source>9 or 12 digits, if the person had one</source>
            <translation>9 hoặc 12 chữ số, nếu người đó đã từng có</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_form_dialog.cpp" line="51" />
            <source>e.g. Chủ hộ, Vợ, Con</source>
            <translation>ví dụ: Chủ hộ, Vợ, Con</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_form_dialog.cpp" line="74" />
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_form_dialog.cpp" line="75" />
            <source>Cancel</source>
            <translation>Huỷ</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_form_dialog.cpp" line="80" />
            <source>Fields are checked as you leave them. A red message blocks saving; an amber one is a warning to look at.</source>
            <translation>Các trường được kiểm tra khi bạn rời khỏi trường đó. Thông báo màu đỏ sẽ chặn việc lưu; thông báo màu vàng là cảnh báo cần xem lại.</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ResidentListModel</name>
        <message>
            <location filename="../app/desktop/residents/resident_list_model.cpp" line="142" />
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_list_model.cpp" line="144" />
            <source>Personal ID</source>
            <translation>Số định danh cá nhân</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_list_model.cpp" line="146" />
            <source>Date of birth</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_list_model.cpp" line="148" />
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_list_model.cpp" line="150" />
            <source>Hamlet</source>
            <translation>Thôn/xóm</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_list_model.cpp" line="152" />
            <source>Verification</source>
            <translation>Xác thực</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ResidentListTab</name>
        <message>
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="37" />
            <source>Search by name, personal ID or phone — e.g. “nguyen van”…</source>
            <translation>Tìm theo họ tên, số định danh cá nhân hoặc số điện thoại — ví dụ: “nguyen van”…</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="120" />
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="123" />
            <source>Export</source>
            <translation>Xuất</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="121" />
            <source>%1 residents written to %2.</source>
            <translation>Đã ghi %1 nhân khẩu vào %2.</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="167" />
            <source>First %1 matches — type more to narrow</source>
            <translation>%1 kết quả đầu tiên — gõ thêm để thu hẹp</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="168" />
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n kết quả</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="170" />
            <source>%1 shown, more as you scroll</source>
            <translation>Đang hiển thị %1, cuộn xuống để xem thêm</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="171" />
            <source>%n resident(s)</source>
            <translation>
                <numerusform>%n nhân khẩu</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="202" />
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="287" />
            <source>Residents</source>
            <translation>Nhân khẩu</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="241" />
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="254" />
            <source>Delete the resident</source>
            <translation>Xoá nhân khẩu</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="242" />
            <source>Delete %1 (%2)? The deletion is recorded in the audit log; the personal ID cannot be used for another record.</source>
            <translation>Xoá %1 (%2)? Việc xoá được ghi vào nhật ký kiểm tra; số định danh cá nhân này không thể dùng cho bản ghi khác.</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="247" />
            <source>Delete</source>
            <translation>Xoá</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="248" />
            <source>Keep</source>
            <translation>Giữ lại</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="263" />
            <source>No resident is selected.</source>
            <translation>Chưa chọn nhân khẩu nào.</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="277" />
            <source>&amp;New resident</source>
            <translation>&amp;Thêm nhân khẩu</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="278" />
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="279" />
            <source>&amp;Open</source>
            <translation>&amp;Mở</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="280" />
            <source>Open the selected resident (Enter)</source>
            <translation>Mở nhân khẩu đã chọn (Enter)</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="281" />
            <source>&amp;Delete</source>
            <translation>X&amp;oá</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="282" />
            <source>Delete the selected resident (Del)</source>
            <translation>Xoá nhân khẩu đã chọn (Del)</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="283" />
            <source>&amp;Import…</source>
            <translation>&amp;Nhập…</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="284" />
            <source>Import a resident list from CSV or Excel (Ctrl+I)</source>
            <translation>Nhập danh sách nhân khẩu từ CSV hoặc Excel (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="285" />
            <source>E&amp;xport…</source>
            <translation>&amp;Xuất…</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="286" />
            <source>Export the list as filtered to CSV or Excel (Ctrl+E)</source>
            <translation>Xuất danh sách đang lọc ra CSV hoặc Excel (Ctrl+E)</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ResidentsPage</name>
        <message>
            <location filename="../app/desktop/residents/residents_page.cpp" line="61" />
            <source>List</source>
            <translation>Danh sách</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/residents_page.cpp" line="62" />
            <source>Cleaning against the police extract</source>
            <translation>Làm sạch theo tệp trích xuất của công an</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/residents_page.cpp" line="63" />
            <source>Probable duplicates</source>
            <translation>Bản ghi nghi trùng lặp</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/residents_page.cpp" line="64" />
            <source>Alt+1</source>
            <translation>Alt+1</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/residents_page.cpp" line="65" />
            <source>Alt+2</source>
            <translation>Alt+2</translation>
        </message>
        <message>
            <location filename="../app/desktop/residents/residents_page.cpp" line="66" />
            <source>Alt+3</source>
            <translation>Alt+3</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::RestoreBackupDialog</name>
        <message>
            <location filename="../app/desktop/settings/restore_backup_dialog.cpp" line="113" />
            <source>Restore from a backup</source>
            <translation>Khôi phục từ bản sao lưu</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/restore_backup_dialog.cpp" line="115" />
            <source>Everything in this profile now — every record, setting and the audit trail — will be replaced by what the backup holds. Work done since the backup was made is lost. The backup is checked completely first; if anything is wrong, nothing is changed. Then Xã Số locks: unlock with the password the profile had when the backup was made.</source>
            <translation>Toàn bộ nội dung hiện có của hồ sơ này — mọi bản ghi, thiết lập và nhật ký kiểm tra — sẽ được thay bằng nội dung của bản sao lưu. Công việc làm từ sau khi sao lưu sẽ bị mất. Bản sao lưu được kiểm tra đầy đủ trước; nếu có gì sai, sẽ không có gì bị thay đổi. Sau đó Xã Số sẽ khoá lại: hãy mở khoá bằng mật khẩu mà hồ sơ dùng vào lúc sao lưu.</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/restore_backup_dialog.cpp" line="120" />
            <source>Backup file: %1 (%2)</source>
            <translation>Tệp sao lưu: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/restore_backup_dialog.cpp" line="123" />
            <source>&amp;Password of the backup:</source>
            <translation>&amp;Mật khẩu của bản sao lưu:</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/restore_backup_dialog.cpp" line="124" />
            <source>Password of the backup, or the profile's recovery key</source>
            <translation>Mật khẩu của bản sao lưu, hoặc khoá khôi phục của hồ sơ</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/restore_backup_dialog.cpp" line="125" />
            <source>or the recovery key</source>
            <translation>hoặc khoá khôi phục</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/restore_backup_dialog.cpp" line="126" />
            <source>Cancel</source>
            <translation>Huỷ</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/restore_backup_dialog.cpp" line="127" />
            <source>&amp;Restore and lock</source>
            <translation>&amp;Khôi phục và khoá</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ScanViewer</name>
        <message>
            <location filename="../app/desktop/records/scan_viewer.cpp" line="25" />
            <source>Scanned copy: %1</source>
            <translation>Bản quét: %1</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/scan_viewer.cpp" line="30" />
            <source>Scanned copy</source>
            <translation>Bản quét</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/scan_viewer.cpp" line="36" />
            <source>The seal and the hash of this file were checked: it is the file that was certified.</source>
            <translation>Đã kiểm tra con dấu và mã băm của tệp này: đây đúng là tệp đã được chứng thực.</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/scan_viewer.cpp" line="40" />
            <source>Zoom &amp;in</source>
            <translation>Phóng &amp;to</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/scan_viewer.cpp" line="42" />
            <source>Zoom &amp;out</source>
            <translation>Thu &amp;nhỏ</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/scan_viewer.cpp" line="44" />
            <source>&amp;Save a copy…</source>
            <translation>&amp;Lưu một bản sao…</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/scan_viewer.cpp" line="48" />
            <source>Save a copy of the scan</source>
            <translation>Lưu một bản sao của bản quét</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/scan_viewer.cpp" line="56" />
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <location filename="../app/desktop/records/scan_viewer.cpp" line="77" />
            <source>This file (%1 KB) is not a picture. Save a copy to open it with another program.</source>
            <translation>Tệp này (%1 KB) không phải là hình ảnh. Hãy lưu một bản sao để mở bằng chương trình khác.</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::SessionStatusBar</name>
        <message>
            <location filename="../app/desktop/main/session_status_bar.cpp" line="61" />
            <source>Vault: %1</source>
            <translation>Kho dữ liệu: %1</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/session_status_bar.cpp" line="64" />
            <source>Profile: %1 — %2</source>
            <translation>Hồ sơ: %1 — %2</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/session_status_bar.cpp" line="68" />
            <source>All changes synchronised</source>
            <translation>Đã đồng bộ mọi thay đổi</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/main/session_status_bar.cpp" line="69" />
            <source>%Ln change(s) not yet synchronised</source>
            <translation>
                <numerusform>%Ln thay đổi chưa đồng bộ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/desktop/main/session_status_bar.cpp" line="71" />
            <source>Pending changes: unknown</source>
            <translation>Thay đổi chờ đồng bộ: chưa rõ</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::SettingsPage</name>
        <message>
            <location filename="../app/desktop/settings/settings_page.cpp" line="148" />
            <source>Interface</source>
            <translation>Giao diện</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/settings_page.cpp" line="149" />
            <source>&amp;Language:</source>
            <translation>&amp;Ngôn ngữ:</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/settings_page.cpp" line="150" />
            <source>Interface language</source>
            <translation>Ngôn ngữ giao diện</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/settings_page.cpp" line="152" />
            <source>Dates are written day first: today is %1. Numbers are written like %2.</source>
            <translation>Ngày tháng ghi theo thứ tự ngày/tháng/năm: hôm nay là %1. Số viết theo dạng %2.</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/settings_page.cpp" line="154" />
            <source>Security</source>
            <translation>Bảo mật</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/settings_page.cpp" line="155" />
            <source>Lock &amp;automatically after:</source>
            <translation>Tự động &amp;khoá sau:</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/settings_page.cpp" line="156" />
            <source> minutes</source>
            <translation> phút</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/settings_page.cpp" line="157" />
            <source>Minutes without use before the profile locks</source>
            <translation>Số phút không sử dụng trước khi hồ sơ tự khoá</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/settings_page.cpp" line="159" />
            <source>When nobody uses the computer for this long, Xã Số locks the profile and forgets the keys. The rules for state agencies ask for 15 minutes or less.</source>
            <translation>Khi không ai dùng máy trong khoảng thời gian này, Xã Số sẽ khoá hồ sơ và xoá khoá giải mã khỏi bộ nhớ. Quy định đối với cơ quan nhà nước yêu cầu không quá 15 phút.</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/settings_page.cpp" line="161" />
            <source>Change &amp;password…</source>
            <translation>Đổi &amp;mật khẩu…</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/settings_page.cpp" line="162" />
            <source>This profile</source>
            <translation>Hồ sơ này</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/settings_page.cpp" line="163" />
            <source>Name:</source>
            <translation>Họ và tên:</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/settings_page.cpp" line="163" />
            <source>Roles:</source>
            <translation>Vai trò:</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/settings_page.cpp" line="163" />
            <source>Vault file:</source>
            <translation>Tệp kho dữ liệu:</translation>
        </message>
        <message>
            <location filename="../app/desktop/settings/settings_page.cpp" line="164" />
            <source>Created on:</source>
            <translation>Ngày tạo:</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::StartScreen</name>
        <message>
            <location filename="../app/desktop/unlock/start_screen.cpp" line="113" />
            <source>Commune records for Project 06, encrypted on this computer</source>
            <translation>Số hoá dữ liệu Đề án 06 cấp xã, mã hoá an toàn trên máy tính này</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::SyncPage</name>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="224" />
            <source>Server certificate fingerprint: %1</source>
            <translation>Dấu vân tay chứng chỉ máy chủ: %1</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="227" />
            <location filename="../app/desktop/sync/sync_page.cpp" line="229" />
            <source>never</source>
            <translation>chưa bao giờ</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="232" />
            <source>unknown</source>
            <translation>không rõ</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="257" />
            <source>No conflicts: every record agrees with the other devices.</source>
            <translation>Không có xung đột: mọi bản ghi đều khớp với các thiết bị khác.</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/sync/sync_page.cpp" line="258" />
            <source>%n record field(s) were changed on two devices. Open each one, compare the values and keep the right one.</source>
            <translation>
                <numerusform>%n trường dữ liệu đã bị thay đổi trên hai thiết bị. Hãy mở từng trường, so sánh các giá trị và giữ lại giá trị đúng.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="272" />
            <source>This device is enrolled. You can synchronise now.</source>
            <translation>Thiết bị này đã đăng ký. Bạn có thể đồng bộ ngay.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="293" />
            <source>Stopping after the current step…</source>
            <translation>Đang dừng sau bước hiện tại…</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/sync/sync_page.cpp" line="324" />
            <source>Synchronised: %n change(s) sent</source>
            <translation>
                <numerusform>Đã đồng bộ: gửi đi %n thay đổi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/sync/sync_page.cpp" line="325" />
            <source>%n received</source>
            <translation>
                <numerusform>nhận về %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/sync/sync_page.cpp" line="327" />
            <source>%n new conflict(s) to review below.</source>
            <translation>
                <numerusform>%n xung đột mới cần xem xét ở bên dưới.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="329" />
            <source>Some records still differ from the server; synchronise again, and tell the administrator if this stays.</source>
            <translation>Một số bản ghi vẫn khác với máy chủ; hãy đồng bộ lại, nếu vẫn còn, hãy báo quản trị viên.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="355" />
            <source>Your choice is saved and will be sent with the next synchronisation.</source>
            <translation>Lựa chọn của bạn đã được lưu và sẽ được gửi đi trong lần đồng bộ tiếp theo.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="364" />
            <source>Commune server</source>
            <translation>Máy chủ của xã</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="365" />
            <source>Server:</source>
            <translation>Máy chủ:</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="365" />
            <source>This device:</source>
            <translation>Thiết bị này:</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="365" />
            <source>Enrolled on:</source>
            <translation>Ngày đăng ký:</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="366" />
            <source>Certificate fingerprint:</source>
            <translation>Dấu vân tay chứng chỉ:</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="370" />
            <source>Read these groups aloud with the administrator: they must match the server's exactly.</source>
            <translation>Hãy đọc to các nhóm ký tự này cùng quản trị viên: chúng phải khớp hoàn toàn với máy chủ.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="372" />
            <source>This device is not enrolled with the commune server yet. Ask the administrator for the server address, a one-time code and the certificate fingerprint.</source>
            <translation>Thiết bị này chưa đăng ký với máy chủ của xã. Hãy đề nghị quản trị viên cung cấp địa chỉ máy chủ, mã dùng một lần và dấu vân tay chứng chỉ.</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="374" />
            <source>&amp;Enrol…</source>
            <translation>Đăng &amp;ký thiết bị…</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="375" />
            <source>Enrol this device with the commune server</source>
            <translation>Đăng ký thiết bị này với máy chủ của xã</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="376" />
            <source>Synchronisation</source>
            <translation>Đồng bộ</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="377" />
            <source>Last successful sync:</source>
            <translation>Lần đồng bộ thành công gần nhất:</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="378" />
            <source>Changes not yet sent:</source>
            <translation>Thay đổi chưa gửi:</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="379" />
            <source>&amp;Sync now</source>
            <translation>Đồng &amp;bộ ngay</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="380" />
            <source>Synchronise now with the commune server</source>
            <translation>Đồng bộ ngay với máy chủ của xã</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="381" />
            <source>&amp;Cancel</source>
            <translation>&amp;Huỷ</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="382" />
            <source>Cancel the synchronisation</source>
            <translation>Huỷ việc đồng bộ</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="383" />
            <source>Synchronisation progress</source>
            <translation>Tiến trình đồng bộ</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="384" />
            <source>Conflicts</source>
            <translation>Xung đột</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="385" />
            <source>Record kind</source>
            <translation>Loại dữ liệu</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="385" />
            <source>Record</source>
            <translation>Bản ghi</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="385" />
            <source>Field</source>
            <translation>Trường</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="385" />
            <source>Found on</source>
            <translation>Phát hiện ngày</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="386" />
            <source>Open conflicts</source>
            <translation>Các xung đột chưa xử lý</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="387" />
            <source>&amp;Review and resolve…</source>
            <translation>&amp;Xem và xử lý…</translation>
        </message>
        <message>
            <location filename="../app/desktop/sync/sync_page.cpp" line="388" />
            <source>Review the selected conflict</source>
            <translation>Xem xung đột đang chọn</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::UnlockPage</name>
        <message>
            <location filename="../app/desktop/unlock/unlock_page.cpp" line="68" />
            <source>Checking the password…</source>
            <translation>Đang kiểm tra mật khẩu…</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/unlock/unlock_page.cpp" line="130" />
            <source>Too many wrong passwords. You can try again in %n minute(s).</source>
            <translation>
                <numerusform>Nhập sai mật khẩu quá nhiều lần. Có thể thử lại sau %n phút.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/unlock/unlock_page.cpp" line="132" />
            <source>Too many wrong passwords. You can try again in %n second(s).</source>
            <translation>
                <numerusform>Nhập sai mật khẩu quá nhiều lần. Có thể thử lại sau %n giây.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/unlock_page.cpp" line="155" />
            <source>&amp;Password:</source>
            <translation>&amp;Mật khẩu:</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/unlock_page.cpp" line="156" />
            <source>Password</source>
            <translation>Mật khẩu</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/unlock_page.cpp" line="157" />
            <source>&amp;Unlock</source>
            <translation>&amp;Mở khoá</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/unlock_page.cpp" line="158" />
            <source>Use the &amp;recovery key</source>
            <translation>Dùng &amp;khoá khôi phục</translation>
        </message>
        <message>
            <location filename="../app/desktop/unlock/unlock_page.cpp" line="159" />
            <source>&amp;Another profile</source>
            <translation>Hồ sơ &amp;khác</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::VaultSession</name>
        <message>
            <location filename="../app/desktop/common/vault_session.cpp" line="195" />
            <source>The backup made on %1 was restored. Unlock with the password the profile had then, or with its recovery key.</source>
            <translation>Đã khôi phục bản sao lưu tạo ngày %1. Hãy mở khoá bằng mật khẩu mà hồ sơ dùng vào lúc đó, hoặc bằng khoá khôi phục.</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::WeekChooser</name>
        <message>
            <location filename="../app/desktop/reports/week_chooser.cpp" line="71" />
            <location filename="../app/desktop/reports/week_chooser.cpp" line="72" />
            <source>Previous week</source>
            <translation>Tuần trước</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/week_chooser.cpp" line="73" />
            <location filename="../app/desktop/reports/week_chooser.cpp" line="74" />
            <source>Next week</source>
            <translation>Tuần sau</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/week_chooser.cpp" line="75" />
            <source>This week</source>
            <translation>Tuần này</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/week_chooser.cpp" line="76" />
            <source>Go to this week</source>
            <translation>Chuyển đến tuần này</translation>
        </message>
        <message>
            <location filename="../app/desktop/reports/week_chooser.cpp" line="83" />
            <source>Week %1/%2 (%3 – %4)</source>
            <translation>Tuần %1/%2 (%3 – %4)</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::Workspace</name>
        <message>
            <location filename="../app/desktop/main/workspace.cpp" line="158" />
            <source>Sections</source>
            <translation>Các mục</translation>
        </message>
        <message>
            <location filename="../app/desktop/main/workspace.cpp" line="163" />
            <source>%1 (Ctrl+%2)</source>
            <translation>%1 (Ctrl+%2)</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::overview::ChartCard</name>
        <message>
            <location filename="../app/desktop/overview/chart_card.cpp" line="68" />
            <source>Save the chart "%1" as a PNG image</source>
            <translation>Lưu biểu đồ "%1" thành ảnh PNG</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/chart_card.cpp" line="99" />
            <source>The chart "%1" could not be drawn.</source>
            <translation>Không vẽ được biểu đồ "%1".</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/chart_card.cpp" line="102" />
            <source>The image could not be written to %1.</source>
            <translation>Không ghi được ảnh vào %1.</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/chart_card.cpp" line="110" />
            <source>Save the chart as PNG</source>
            <translation>Lưu biểu đồ thành ảnh PNG</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/chart_card.cpp" line="110" />
            <source>PNG images (*.png)</source>
            <translation>Ảnh PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/chart_card.cpp" line="115" />
            <location filename="../app/desktop/overview/chart_card.cpp" line="127" />
            <source>Save as PNG</source>
            <translation>Lưu ảnh PNG</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/chart_card.cpp" line="128" />
            <source>Save this chart as a PNG image</source>
            <translation>Lưu biểu đồ này thành ảnh PNG</translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::overview::HeadlineStrip</name>
        <message>
            <location filename="../app/desktop/overview/headline_strip.cpp" line="113" />
            <source>Models done</source>
            <translation>Mô hình hoàn thành</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/overview/headline_strip.cpp" line="114" />
            <source>of the plan's %n models</source>
            <translation>
                <numerusform>trên tổng số %n mô hình của kế hoạch</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/headline_strip.cpp" line="115" />
            <source>In progress</source>
            <translation>Đang triển khai</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/headline_strip.cpp" line="116" />
            <source>started, ongoing or blocked</source>
            <translation>đã bắt đầu, đang thực hiện hoặc vướng mắc</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/headline_strip.cpp" line="117" />
            <source>Overdue</source>
            <translation>Quá hạn</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/headline_strip.cpp" line="118" />
            <source>past the deadline, not done</source>
            <translation>quá thời hạn, chưa hoàn thành</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/headline_strip.cpp" line="119" />
            <source>Residents</source>
            <translation>Nhân khẩu</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/headline_strip.cpp" line="119" />
            <source>digitised in this vault</source>
            <translation>đã số hoá trong kho dữ liệu này</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/headline_strip.cpp" line="120" />
            <source>Residents verified</source>
            <translation>Nhân khẩu đã xác thực</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/headline_strip.cpp" line="121" />
            <source>%1 people checked</source>
            <translation>đã đối chiếu %1 người</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/headline_strip.cpp" line="122" />
            <source>VNeID level 2 (model 19)</source>
            <translation>VNeID mức độ 2 (mô hình 19)</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/headline_strip.cpp" line="123" />
            <source>of residents aged 14 or more</source>
            <translation>trên số nhân khẩu từ 14 tuổi trở lên</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/headline_strip.cpp" line="124" />
            <source>Welfare beneficiaries</source>
            <translation>Đối tượng bảo trợ xã hội</translation>
        </message>
        <message>
            <location filename="../app/desktop/overview/headline_strip.cpp" line="125" />
            <source>%1/month</source>
            <translation>%1/tháng</translation>
        </message>
    </context>
    <context>
        <name>xaso::storage</name>
        <message>
            <location filename="../core/storage/vault_restore.cpp" line="53" />
            <location filename="../core/storage/vault_restore.cpp" line="62" />
            <source>Cannot write %1: %2</source>
            <translation>Không ghi được %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_restore.cpp" line="59" />
            <source>Cannot read the backup: %1</source>
            <translation>Không đọc được bản sao lưu: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_restore.cpp" line="80" />
            <source>This password does not open the backup. Type the password the profile had when the backup was made, or the profile's recovery key. Nothing was changed.</source>
            <translation>Mật khẩu này không mở được bản sao lưu. Hãy nhập mật khẩu mà hồ sơ dùng vào lúc sao lưu, hoặc khoá khôi phục của hồ sơ. Không có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_restore.cpp" line="82" />
            <source>The backup cannot be opened: %1</source>
            <translation>Không mở được bản sao lưu: %1</translation>
        </message>
    </context>
    <context>
        <name>xaso::storage::BackupSnapshot</name>
        <message>
            <location filename="../core/storage/vault_backup.cpp" line="29" />
            <source>The profile is locked; unlock it to back it up.</source>
            <translation>Hồ sơ đang khoá; hãy mở khoá để sao lưu.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_backup.cpp" line="34" />
            <source>The vault is in the middle of a change; back it up when the change has finished.</source>
            <translation>Kho dữ liệu đang trong quá trình thay đổi; hãy sao lưu sau khi thay đổi hoàn tất.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_backup.cpp" line="50" />
            <source>The vault is busy with another change; try the backup again in a moment. (%1)</source>
            <translation>Kho dữ liệu đang bận với một thay đổi khác; hãy thử sao lưu lại sau giây lát. (%1)</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_backup.cpp" line="63" />
            <location filename="../core/storage/vault_backup.cpp" line="134" />
            <source>Cannot read %1: %2</source>
            <translation>Không đọc được %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_backup.cpp" line="70" />
            <source>The key header on disk belongs to another vault; no backup was made.</source>
            <translation>Phần đầu khoá trên đĩa thuộc về một kho dữ liệu khác; chưa tạo bản sao lưu.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_backup.cpp" line="110" />
            <location filename="../core/storage/vault_backup.cpp" line="123" />
            <source>Cannot write the backup %1: %2</source>
            <translation>Không ghi được bản sao lưu %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_backup.cpp" line="141" />
            <source>The vault file ended %1 bytes early while it was copied; no backup was made. Try again.</source>
            <translation>Tệp kho dữ liệu bị thiếu %1 byte ở cuối trong khi sao chép; chưa tạo bản sao lưu. Hãy thử lại.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_backup.cpp" line="148" />
            <source>The backup was cancelled; no file was written.</source>
            <translation>Đã huỷ việc sao lưu; không có tệp nào được ghi.</translation>
        </message>
    </context>
    <context>
        <name>xaso::storage::PreparedRestore</name>
        <message>
            <location filename="../core/storage/vault_restore.cpp" line="264" />
            <source>There is no checked backup waiting to be restored.</source>
            <translation>Không có bản sao lưu đã kiểm tra nào đang chờ khôi phục.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_restore.cpp" line="295" />
            <source>The backup could not be put in place of %1; the previous vault was kept as it was.</source>
            <translation>Không thể đặt bản sao lưu vào thay cho %1; kho dữ liệu cũ được giữ nguyên.</translation>
        </message>
    </context>
    <context>
        <name>xaso::storage::VaultBackup</name>
        <message>
            <location filename="../core/storage/vault_restore.cpp" line="92" />
            <source>There is no backup file at %1.</source>
            <translation>Không có tệp sao lưu tại %1.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_restore.cpp" line="94" />
            <source>Cannot read %1: %2</source>
            <translation>Không đọc được %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_restore.cpp" line="114" />
            <source>The backup's checksum does not match its contents: bytes were changed after it was written, or the copy is damaged. Nothing was changed.</source>
            <translation>Tổng kiểm tra của bản sao lưu không khớp với nội dung: dữ liệu đã bị thay đổi sau khi ghi, hoặc bản sao bị hỏng. Không có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_restore.cpp" line="121" />
            <source>The backup holds schema version %1, written by a newer Xã Số; this version knows up to %2. Install a newer Xã Số to restore it. Nothing was changed.</source>
            <translation>Bản sao lưu có lược đồ phiên bản %1, do Xã Số mới hơn ghi; phiên bản này chỉ hỗ trợ đến %2. Hãy cài Xã Số mới hơn để khôi phục. Không có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_restore.cpp" line="129" />
            <source>The key header inside the backup is not valid: %1</source>
            <translation>Phần đầu khoá trong bản sao lưu không hợp lệ: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_restore.cpp" line="133" />
            <source>The key header inside the backup belongs to another vault. Nothing was changed.</source>
            <translation>Phần đầu khoá trong bản sao lưu thuộc về một kho dữ liệu khác. Không có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_restore.cpp" line="137" />
            <source>Cannot write %1: %2</source>
            <translation>Không ghi được %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_restore.cpp" line="154" />
            <source>Cannot read the backup: %1</source>
            <translation>Không đọc được bản sao lưu: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_restore.cpp" line="163" />
            <source>The backup's seal does not match its contents: it was altered by someone who does not hold the profile's key. Nothing was changed.</source>
            <translation>Dấu niêm phong của bản sao lưu không khớp với nội dung: bản sao lưu đã bị sửa bởi người không giữ khoá của hồ sơ. Không có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_restore.cpp" line="183" />
            <source>Cannot flush %1 to disk.</source>
            <translation>Không ghi được %1 xuống đĩa.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_restore.cpp" line="192" />
            <source>Cannot make a temporary folder to check the backup.</source>
            <translation>Không tạo được thư mục tạm để kiểm tra bản sao lưu.</translation>
        </message>
        <message>
            <location filename="../core/storage/vault_restore.cpp" line="227" />
            <location filename="../core/storage/vault_restore.cpp" line="232" />
            <source>Cannot put back %1.</source>
            <translation>Không đặt lại được %1.</translation>
        </message>
    </context>
</TS>
