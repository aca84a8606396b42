<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About CommuneDesk</source>
            <translation>Giới thiệu CommuneDesk</translation>
        </message>
        <message>
            <source>Offline desktop tool for commune-level prostitution-prevention work.</source>
            <translation>Phần mềm làm việc ngoại tuyến phục vụ công tác phòng, chống mại dâm cấp xã.</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Thư mục dữ liệu:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Cơ sở dữ liệu:</translation>
        </message>
        <message>
            <source>Licence: MIT</source>
            <translation>Giấy phép: MIT</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Unit profile not set</source>
            <translation>Chưa khai báo hồ sơ đơn vị</translation>
        </message>
        <message>
            <source>Wrong password; try again.</source>
            <translation>Sai mật khẩu; vui lòng nhập lại.</translation>
        </message>
        <message>
            <source>Back up the database</source>
            <translation>Sao lưu cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>Database (*.db)</source>
            <translation>Cơ sở dữ liệu (*.db)</translation>
        </message>
        <message>
            <source>Backup written</source>
            <translation>Đã sao lưu</translation>
        </message>
        <message>
            <source>The backup was written and verified:
%1</source>
            <translation>Bản sao lưu đã được ghi và kiểm tra:
%1</translation>
        </message>
    </context>
    <context>
        <name>DryRunModel</name>
        <message>
            <source>rejected</source>
            <translation>bị từ chối</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>cảnh báo</translation>
        </message>
        <message>
            <source>would be added</source>
            <translation>sẽ được thêm</translation>
        </message>
        <message>
            <source>%1 records</source>
            <translation>%1 bản ghi</translation>
        </message>
    </context>
    <context>
        <name>ErrorMessages</name>
        <message>
            <source>Password needed</source>
            <translation>Cần mật khẩu</translation>
        </message>
        <message>
            <source>This database is encrypted. Enter its password to open it.</source>
            <translation>Cơ sở dữ liệu này được mã hóa. Hãy nhập mật khẩu để mở.</translation>
        </message>
        <message>
            <source>Wrong password</source>
            <translation>Sai mật khẩu</translation>
        </message>
        <message>
            <source>The password does not open this database. Try again.</source>
            <translation>Mật khẩu không mở được cơ sở dữ liệu này. Vui lòng thử lại.</translation>
        </message>
        <message>
            <source>Database is not encrypted</source>
            <translation>Cơ sở dữ liệu không được mã hóa</translation>
        </message>
        <message>
            <source>This database is stored without a password; open it without the password file.</source>
            <translation>Cơ sở dữ liệu này được lưu không có mật khẩu; hãy mở mà không dùng tệp mật khẩu.</translation>
        </message>
        <message>
            <source>Newer database</source>
            <translation>Cơ sở dữ liệu của phiên bản mới hơn</translation>
        </message>
        <message>
            <source>This database was written by a newer version of CommuneDesk. Install the newer version to open it; nothing was changed.</source>
            <translation>Cơ sở dữ liệu này do phiên bản CommuneDesk mới hơn tạo ra. Hãy cài phiên bản mới hơn để mở; chưa có gì bị thay đổi.</translation>
        </message>
        <message>
            <source>Not a CommuneDesk database</source>
            <translation>Không phải cơ sở dữ liệu CommuneDesk</translation>
        </message>
        <message>
            <source>The chosen file is not a CommuneDesk database.</source>
            <translation>Tệp đã chọn không phải là cơ sở dữ liệu CommuneDesk.</translation>
        </message>
        <message>
            <source>Database unavailable</source>
            <translation>Không dùng được cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>The database cannot be used right now: it may be open in another program, read-only, or on a removed USB stick, or the disk is full.</source>
            <translation>Hiện không dùng được cơ sở dữ liệu: có thể tệp đang mở trong chương trình khác, chỉ cho phép đọc, nằm trên USB đã rút ra, hoặc ổ đĩa đã đầy.</translation>
        </message>
        <message>
            <source>Period is signed</source>
            <translation>Kỳ báo cáo đã ký</translation>
        </message>
        <message>
            <source>This record lies in a signed report period and cannot be changed. Amend the period first.</source>
            <translation>Bản ghi này thuộc kỳ báo cáo đã ký nên không thể sửa. Hãy mở kỳ báo cáo để điều chỉnh trước.</translation>
        </message>
        <message>
            <source>Record not found</source>
            <translation>Không tìm thấy bản ghi</translation>
        </message>
        <message>
            <source>The record no longer exists; the list has been refreshed.</source>
            <translation>Bản ghi không còn tồn tại; danh sách đã được tải lại.</translation>
        </message>
        <message>
            <source>Cannot continue</source>
            <translation>Không thể tiếp tục</translation>
        </message>
        <message>
            <source>The operation could not be completed.</source>
            <translation>Không thực hiện được thao tác.</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Lỗi ngoài dự kiến</translation>
        </message>
        <message>
            <source>CommuneDesk ran into an unexpected error. Your saved data is safe. The details were written to:
%1
Please send this file to your support contact.</source>
            <translation>CommuneDesk gặp lỗi ngoài dự kiến. Dữ liệu đã lưu vẫn an toàn. Chi tiết lỗi được ghi vào:
%1
Vui lòng gửi tệp này cho người hỗ trợ kỹ thuật.</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>created</source>
            <translation>tạo mới</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>sửa</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>xóa</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>khôi phục</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Lịch sử thay đổi</translation>
        </message>
        <message>
            <source>Select a row to see its history.</source>
            <translation>Chọn một dòng để xem lịch sử thay đổi.</translation>
        </message>
    </context>
    <context>
        <name>HomeView</name>
        <message>
            <source>Met</source>
            <translation>Đạt</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>Đúng tiến độ</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>Có nguy cơ không đạt</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Không đạt</translation>
        </message>
        <message>
            <source>No data yet</source>
            <translation>Chưa có số liệu</translation>
        </message>
        <message>
            <source>propaganda activities</source>
            <translation>hoạt động tuyên truyền</translation>
        </message>
        <message>
            <source>participants reached</source>
            <translation>lượt người được tuyên truyền</translation>
        </message>
        <message>
            <source>materials handed out</source>
            <translation>tài liệu đã phát</translation>
        </message>
        <message>
            <source>Record a propaganda activity…</source>
            <translation>Ghi nhận hoạt động tuyên truyền…</translation>
        </message>
        <message>
            <source>Open the propaganda list</source>
            <translation>Mở danh sách tuyên truyền</translation>
        </message>
        <message>
            <source>Unit profile</source>
            <translation>Hồ sơ đơn vị</translation>
        </message>
        <message>
            <source>Open the plan</source>
            <translation>Mở kế hoạch</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Kỳ</translation>
        </message>
        <message>
            <source>This period</source>
            <translation>Kỳ này</translation>
        </message>
        <message>
            <source>Year to date</source>
            <translation>Lũy kế từ đầu năm</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tình trạng</translation>
        </message>
        <message>
            <source>Targets and results</source>
            <translation>Chỉ tiêu và kết quả</translation>
        </message>
        <message>
            <source>Next report deadlines</source>
            <translation>Hạn báo cáo sắp tới</translation>
        </message>
        <message>
            <source>No plan imported yet. Import the yearly plan sent by the superior office (usually on a USB stick) to see its targets, your results and the report deadlines here.</source>
            <translation>Chưa nhập kế hoạch nào. Hãy nhập kế hoạch năm do cơ quan cấp trên gửi (thường bằng USB) để xem tại đây các chỉ tiêu, kết quả của xã và hạn báo cáo.</translation>
        </message>
        <message>
            <source>Import plan…</source>
            <translation>Nhập kế hoạch…</translation>
        </message>
        <message>
            <source>Unit code: %1</source>
            <translation>Mã đơn vị: %1</translation>
        </message>
        <message>
            <source>Province: %1</source>
            <translation>Tỉnh: %1</translation>
        </message>
        <message>
            <source>%1 residential units</source>
            <translation>%1 thôn, tổ dân phố</translation>
        </message>
        <message>
            <source>Unit profile not set</source>
            <translation>Chưa khai báo hồ sơ đơn vị</translation>
        </message>
        <message>
            <source>Open “Unit profile” to describe your commune.</source>
            <translation>Mở mục “Hồ sơ đơn vị” để khai báo thông tin của xã.</translation>
        </message>
        <message>
            <source>Year %1 so far:</source>
            <translation>Năm %1 đến nay:</translation>
        </message>
        <message>
            <source>Plan in force: %1 (version %2, %3)</source>
            <translation>Kế hoạch đang áp dụng: %1 (phiên bản %2, %3)</translation>
        </message>
        <message>
            <source>not entered</source>
            <translation>chưa nhập</translation>
        </message>
        <message>
            <source>No more report deadlines this year.</source>
            <translation>Năm nay không còn hạn báo cáo nào.</translation>
        </message>
        <message>
            <source>due</source>
            <translation>hạn</translation>
        </message>
        <message>
            <source>overdue by 1 day</source>
            <translation>quá hạn 1 ngày</translation>
        </message>
        <message>
            <source>overdue by %1 days</source>
            <translation>quá hạn %1 ngày</translation>
        </message>
        <message>
            <source>1 day left</source>
            <translation>còn 1 ngày</translation>
        </message>
        <message>
            <source>%1 days left</source>
            <translation>còn %1 ngày</translation>
        </message>
        <message>
            <source>due today</source>
            <translation>hết hạn hôm nay</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Outcome</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Trang tính</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Cột</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>Import a records workbook</source>
            <translation>Nhập sổ ghi chép từ tệp Excel</translation>
        </message>
        <message>
            <source>Choose the .xlsx workbook</source>
            <translation>Chọn tệp Excel .xlsx</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Chọn tệp…</translation>
        </message>
        <message>
            <source>&amp;Check (dry run)</source>
            <translation>&amp;Kiểm tra (chạy thử)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Nhập</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Nothing is written until you press Import; a single rejected cell imports nothing.</source>
            <translation>Chưa ghi gì cho đến khi bấm Nhập; chỉ cần một ô bị từ chối thì không nhập gì cả.</translation>
        </message>
        <message>
            <source>Records workbook</source>
            <translation>Sổ ghi chép</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Tệp Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Đang hủy…</translation>
        </message>
        <message>
            <source>Cancelled; nothing was imported.</source>
            <translation>Đã hủy; không nhập gì.</translation>
        </message>
        <message>
            <source>Rejected; nothing was imported.</source>
            <translation>Bị từ chối; không nhập gì.</translation>
        </message>
        <message>
            <source>The workbook cannot be imported: %1</source>
            <translation>Không thể nhập tệp này: %1</translation>
        </message>
        <message>
            <source>Checking the workbook…</source>
            <translation>Đang kiểm tra tệp…</translation>
        </message>
        <message>
            <source>%1 cells rejected: correct the workbook and check again. Nothing was imported.</source>
            <translation>%1 ô bị từ chối: sửa tệp rồi kiểm tra lại. Chưa nhập gì.</translation>
        </message>
        <message>
            <source>Ready: %1 records would be added.</source>
            <translation>Sẵn sàng: sẽ thêm %1 bản ghi.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Đang nhập…</translation>
        </message>
        <message>
            <source>Imported %1 records.</source>
            <translation>Đã nhập %1 bản ghi.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Home</source>
            <translation>Trang chủ</translation>
        </message>
        <message>
            <source>Propaganda</source>
            <translation>Tuyên truyền</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Tập huấn</translation>
        </message>
        <message>
            <source>Businesses</source>
            <translation>Cơ sở kinh doanh</translation>
        </message>
        <message>
            <source>Hotspots</source>
            <translation>Điểm phức tạp</translation>
        </message>
        <message>
            <source>Tip-offs</source>
            <translation>Tin báo</translation>
        </message>
        <message>
            <source>Penalties</source>
            <translation>Xử phạt</translation>
        </message>
        <message>
            <source>Reintegration support</source>
            <translation>Hỗ trợ hòa nhập</translation>
        </message>
        <message>
            <source>Healthy commune</source>
            <translation>Xã lành mạnh</translation>
        </message>
        <message>
            <source>Residential units</source>
            <translation>Thôn, tổ dân phố</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Kế hoạch</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <source>Report packages</source>
            <translation>Gói báo cáo</translation>
        </message>
        <message>
            <source>Unit profile</source>
            <translation>Hồ sơ đơn vị</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Đang mở cơ sở dữ liệu…</translation>
        </message>
        <message>
            <source>DEMO DATA — fictional commune, not for reporting</source>
            <translation>DỮ LIỆU MẪU — xã giả định, không dùng để báo cáo</translation>
        </message>
        <message>
            <source>Unprotected: this database is not encrypted</source>
            <translation>Chưa bảo vệ: cơ sở dữ liệu này không được mã hóa</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <source>&amp;Back up the database…</source>
            <translation>&amp;Sao lưu cơ sở dữ liệu…</translation>
        </message>
        <message>
            <source>&amp;Import a records workbook…</source>
            <translation>&amp;Nhập sổ ghi chép từ Excel…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Thoát</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <source>&amp;About CommuneDesk</source>
            <translation>&amp;Giới thiệu CommuneDesk</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Cơ sở dữ liệu: %1</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Database password</source>
            <translation>Mật khẩu cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>The database %1 is encrypted. Enter its password:</source>
            <translation>Cơ sở dữ liệu %1 được mã hóa. Nhập mật khẩu:</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Mở</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <source>This area is not built yet in this version of CommuneDesk.</source>
            <translation>Phần này chưa có trong phiên bản CommuneDesk hiện tại.</translation>
        </message>
    </context>
    <context>
        <name>PlanImportDialog</name>
        <message>
            <source>Import the plan from the superior office</source>
            <translation>Nhập kế hoạch của cơ quan cấp trên</translation>
        </message>
        <message>
            <source>Plug in the USB stick with the plan workbook (.xlsx), pick the workbook, check what it changes, then import. Nothing changes in your data before you press Import.</source>
            <translation>Cắm USB có tệp kế hoạch (.xlsx), chọn tệp, xem những gì thay đổi rồi bấm Nhập. Dữ liệu của xã không thay đổi cho đến khi bấm Nhập.</translation>
        </message>
        <message>
            <source>Removable drives and plan workbooks</source>
            <translation>Ổ đĩa rời (USB) và tệp kế hoạch</translation>
        </message>
        <message>
            <source>Look for drives again</source>
            <translation>Tìm lại ổ đĩa</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>Chọn tệp…</translation>
        </message>
        <message>
            <source>No workbook chosen.</source>
            <translation>Chưa chọn tệp.</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Trang</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Cột</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Cần có</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Gặp</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Nhập</translation>
        </message>
        <message>
            <source>No removable drive found. Plug in the USB stick, or choose a file.</source>
            <translation>Không thấy ổ đĩa rời. Hãy cắm USB, hoặc chọn tệp.</translation>
        </message>
        <message>
            <source>no .xlsx workbook on this drive</source>
            <translation>không có tệp .xlsx trên ổ này</translation>
        </message>
        <message>
            <source>Choose the plan workbook</source>
            <translation>Chọn tệp kế hoạch</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Tệp Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Workbook: %1</source>
            <translation>Tệp: %1</translation>
        </message>
        <message>
            <source>Checking the workbook…</source>
            <translation>Đang kiểm tra tệp…</translation>
        </message>
        <message>
            <source>This workbook cannot be imported: problems found: %1. Nothing was changed. Send the list below to the superior office.</source>
            <translation>Không thể nhập tệp này: có %1 lỗi. Dữ liệu không thay đổi. Hãy gửi danh sách dưới đây cho cơ quan cấp trên.</translation>
        </message>
        <message>
            <source>Plan %1, version %2, year %3: %4</source>
            <translation>Kế hoạch %1, phiên bản %2, năm %3: %4</translation>
        </message>
        <message>
            <source>This version is already imported; nothing to do.</source>
            <translation>Phiên bản này đã được nhập; không cần làm gì.</translation>
        </message>
        <message>
            <source>New plan: no plan is in force for that year yet.</source>
            <translation>Kế hoạch mới: năm đó chưa có kế hoạch nào đang áp dụng.</translation>
        </message>
        <message>
            <source>Changes against version %1 in force:</source>
            <translation>Thay đổi so với phiên bản %1 đang áp dụng:</translation>
        </message>
        <message>
            <source>+ new plan %1 version %2 (%3 targets, %4 deadlines)</source>
            <translation>+ kế hoạch mới %1 phiên bản %2 (%3 chỉ tiêu, %4 hạn báo cáo)</translation>
        </message>
        <message>
            <source>wording</source>
            <translation>lời văn</translation>
        </message>
        <message>
            <source>indicator</source>
            <translation>chỉ số</translation>
        </message>
        <message>
            <source>comparison</source>
            <translation>so sánh</translation>
        </message>
        <message>
            <source>target value</source>
            <translation>mức chỉ tiêu</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>đơn vị</translation>
        </message>
        <message>
            <source>period</source>
            <translation>kỳ áp dụng</translation>
        </message>
        <message>
            <source>section</source>
            <translation>mục</translation>
        </message>
        <message>
            <source>target %1, %2: %3</source>
            <translation>chỉ tiêu %1, %2: %3</translation>
        </message>
        <message>
            <source>new target</source>
            <translation>thêm chỉ tiêu</translation>
        </message>
        <message>
            <source>target removed</source>
            <translation>bỏ chỉ tiêu</translation>
        </message>
        <message>
            <source>new deadline</source>
            <translation>thêm hạn báo cáo</translation>
        </message>
        <message>
            <source>deadline removed</source>
            <translation>bỏ hạn báo cáo</translation>
        </message>
        <message>
            <source>catalogue entry added</source>
            <translation>thêm mục danh mục</translation>
        </message>
        <message>
            <source>catalogue entry removed</source>
            <translation>bỏ mục danh mục</translation>
        </message>
        <message>
            <source>catalogue entry changed</source>
            <translation>sửa mục danh mục</translation>
        </message>
        <message>
            <source>settings:</source>
            <translation>thông tin chung (trang settings):</translation>
        </message>
        <message>
            <source>This file cannot be read as a plan workbook. Nothing was changed.</source>
            <translation>Không đọc được tệp này như một tệp kế hoạch. Dữ liệu không thay đổi.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Đang nhập…</translation>
        </message>
    </context>
    <context>
        <name>PlanView</name>
        <message>
            <source>Plan</source>
            <translation>Kế hoạch</translation>
        </message>
        <message>
            <source>Import plan…</source>
            <translation>Nhập kế hoạch…</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Target (as worded in the plan)</source>
            <translation>Chỉ tiêu (đúng lời văn kế hoạch)</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Chỉ số</translation>
        </message>
        <message>
            <source>Target value</source>
            <translation>Mức chỉ tiêu</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Kỳ</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Hạn</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Số ngày còn lại</translation>
        </message>
        <message>
            <source>Data from</source>
            <translation>Số liệu từ</translation>
        </message>
        <message>
            <source>Data to</source>
            <translation>Số liệu đến</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Phiên bản</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>In force from</source>
            <translation>Áp dụng từ</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Ngày nhập</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <source>Report deadlines</source>
            <translation>Hạn báo cáo</translation>
        </message>
        <message>
            <source>All imported versions</source>
            <translation>Các phiên bản đã nhập</translation>
        </message>
        <message>
            <source>No plan is in force for %1. Import the plan sent by the superior office.</source>
            <translation>Năm %1 chưa có kế hoạch đang áp dụng. Hãy nhập kế hoạch do cơ quan cấp trên gửi.</translation>
        </message>
        <message>
            <source>Plan %1, version %2 — issued by %3%4; reports go to %5.</source>
            <translation>Kế hoạch %1, phiên bản %2 — do %3 ban hành%4; báo cáo gửi %5.</translation>
        </message>
        <message>
            <source>year</source>
            <translation>năm</translation>
        </message>
        <message>
            <source>6 months</source>
            <translation>6 tháng</translation>
        </message>
        <message>
            <source>quarter</source>
            <translation>quý</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>is required</source>
            <translation>không được để trống</translation>
        </message>
        <message>
            <source>must lie between {first} and today</source>
            <translation>phải trong khoảng từ {first} đến hôm nay</translation>
        </message>
        <message>
            <source>unknown form {code}</source>
            <translation>hình thức không có trong danh mục: {code}</translation>
        </message>
        <message>
            <source>is longer than {n} characters</source>
            <translation>dài quá {n} ký tự</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>phải là số nguyên</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>không được là số âm</translation>
        </message>
        <message>
            <source>is implausibly large</source>
            <translation>lớn bất thường</translation>
        </message>
        <message>
            <source>unknown residential unit {code}</source>
            <translation>thôn, tổ dân phố không có trong danh sách: {code}</translation>
        </message>
        <message>
            <source>expected {expected}; found {found}{hint}</source>
            <translation>cần {expected}; gặp {found}{hint}</translation>
        </message>
        <message>
            <source>is required: 1–20 letters or digits</source>
            <translation>bắt buộc: 1–20 chữ cái hoặc chữ số</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>phải là văn bản</translation>
        </message>
        <message>
            <source>unknown field</source>
            <translation>trường không xác định</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>phải là một đối tượng</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>phải là một danh sách</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>phải là đúng (true) hoặc sai (false)</translation>
        </message>
        <message>
            <source>duplicate code '{value}'</source>
            <translation>mã bị trùng: '{value}'</translation>
        </message>
        <message>
            <source>must be one of {value}</source>
            <translation>phải là một trong: {value}</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Set up your unit</source>
            <translation>Khai báo đơn vị</translation>
        </message>
        <message>
            <source>Unit profile</source>
            <translation>Hồ sơ đơn vị</translation>
        </message>
        <message>
            <source>Commune-level unit</source>
            <translation>Đơn vị cấp xã</translation>
        </message>
        <message>
            <source>Receiving office</source>
            <translation>Cơ quan nhận báo cáo</translation>
        </message>
        <message>
            <source>e.g. Hòa Mỹ</source>
            <translation>ví dụ: Hòa Mỹ</translation>
        </message>
        <message>
            <source>official unit code, e.g. 10351</source>
            <translation>mã đơn vị hành chính, ví dụ: 10351</translation>
        </message>
        <message>
            <source>used in “Xã Hòa Mỹ, ngày …”; empty = from kind and name</source>
            <translation>dùng trong “Xã Hòa Mỹ, ngày …”; để trống = theo loại và tên</translation>
        </message>
        <message>
            <source>e.g. Sở Y tế tỉnh Thanh Hóa</source>
            <translation>ví dụ: Sở Y tế tỉnh Thanh Hóa</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Vai trò:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Loại đơn vị:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Tên:</translation>
        </message>
        <message>
            <source>Unit code:</source>
            <translation>Mã đơn vị:</translation>
        </message>
        <message>
            <source>Province:</source>
            <translation>Tỉnh, thành phố:</translation>
        </message>
        <message>
            <source>Place name in documents:</source>
            <translation>Địa danh trên văn bản:</translation>
        </message>
        <message>
            <source>Receiving office:</source>
            <translation>Cơ quan nhận báo cáo:</translation>
        </message>
        <message>
            <source>Signer's name:</source>
            <translation>Họ tên người ký:</translation>
        </message>
        <message>
            <source>Signer's title:</source>
            <translation>Chức vụ người ký:</translation>
        </message>
        <message>
            <source>Signing authority:</source>
            <translation>Thẩm quyền ký:</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Add unit</source>
            <translation>Thêm thôn, tổ</translation>
        </message>
        <message>
            <source>Remove unit</source>
            <translation>Bỏ thôn, tổ</translation>
        </message>
        <message>
            <source>Residential units (thôn, tổ dân phố …)</source>
            <translation>Thôn, tổ dân phố trực thuộc</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Signer</source>
            <translation>Người ký</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Welcome to CommuneDesk. Describe the unit this database belongs to; you can change it later under “Unit profile”.</source>
            <translation>Chào mừng đến với CommuneDesk. Hãy khai báo đơn vị sử dụng cơ sở dữ liệu này; có thể sửa lại sau tại mục “Hồ sơ đơn vị”.</translation>
        </message>
        <message>
            <source>Row %1, %2: %3</source>
            <translation>Dòng %1, %2: %3</translation>
        </message>
    </context>
    <context>
        <name>ProfileView</name>
        <message>
            <source>Unit profile</source>
            <translation>Hồ sơ đơn vị</translation>
        </message>
        <message>
            <source>Edit profile…</source>
            <translation>Sửa hồ sơ…</translation>
        </message>
        <message>
            <source>The profile is not set yet.</source>
            <translation>Chưa khai báo hồ sơ đơn vị.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>Mã đơn vị</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Tỉnh, thành phố</translation>
        </message>
        <message>
            <source>Place name in documents</source>
            <translation>Địa danh trên văn bản</translation>
        </message>
        <message>
            <source>Receiving office</source>
            <translation>Cơ quan nhận báo cáo</translation>
        </message>
        <message>
            <source>Signer</source>
            <translation>Người ký</translation>
        </message>
        <message>
            <source>Residential units</source>
            <translation>Thôn, tổ dân phố</translation>
        </message>
    </context>
    <context>
        <name>PropagandaDialog</name>
        <message>
            <source>Edit propaganda activity</source>
            <translation>Sửa hoạt động tuyên truyền</translation>
        </message>
        <message>
            <source>New propaganda activity</source>
            <translation>Thêm hoạt động tuyên truyền</translation>
        </message>
        <message>
            <source>— choose a form —</source>
            <translation>— chọn hình thức —</translation>
        </message>
        <message>
            <source>What was communicated, e.g. talk on the law on prostitution</source>
            <translation>Nội dung tuyên truyền, ví dụ: nói chuyện về Luật Phòng, chống mại dâm</translation>
        </message>
        <message>
            <source>Whole commune</source>
            <translation>Toàn xã</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Ngày:</translation>
        </message>
        <message>
            <source>&amp;Form:</source>
            <translation>&amp;Hình thức:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Tiêu đề:</translation>
        </message>
        <message>
            <source>&amp;Participants:</source>
            <translation>&amp;Số người tham dự:</translation>
        </message>
        <message>
            <source>&amp;Materials handed out:</source>
            <translation>Tài &amp;liệu phát ra:</translation>
        </message>
        <message>
            <source>&amp;Residential unit:</source>
            <translation>Địa &amp;bàn:</translation>
        </message>
        <message>
            <source>Target &amp;groups:</source>
            <translation>Đối tượn&amp;g:</translation>
        </message>
        <message>
            <source>&amp;Organiser:</source>
            <translation>Đơn vị tổ &amp;chức:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>Gh&amp;i chú:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>PropagandaTableModel</name>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Hình thức</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Residential unit</source>
            <translation>Địa bàn</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Số người</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>Tài liệu</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Đơn vị tổ chức</translation>
        </message>
        <message>
            <source>Whole commune</source>
            <translation>Toàn xã</translation>
        </message>
    </context>
    <context>
        <name>PropagandaView</name>
        <message>
            <source>All periods</source>
            <translation>Tất cả các kỳ</translation>
        </message>
        <message>
            <source>All forms</source>
            <translation>Tất cả hình thức</translation>
        </message>
        <message>
            <source>Search title, organiser, note (e.g. dong finds Đông)</source>
            <translation>Tìm theo tiêu đề, đơn vị tổ chức, ghi chú (gõ “dong” cũng tìm được “Đông”)</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Thêm…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Sửa…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Xóa</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Hình thức</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Số người</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>Tài liệu</translation>
        </message>
        <message>
            <source>Residential unit</source>
            <translation>Địa bàn</translation>
        </message>
        <message>
            <source>Target groups</source>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Đơn vị tổ chức</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Kỳ:</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Địa bàn:</translation>
        </message>
        <message>
            <source>Form:</source>
            <translation>Hình thức:</translation>
        </message>
        <message>
            <source>Propaganda activities</source>
            <translation>Hoạt động tuyên truyền</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>Tất cả thôn, tổ</translation>
        </message>
        <message>
            <source>%1 activities · %2 participants · %3 materials handed out</source>
            <translation>%1 hoạt động · %2 lượt người tham dự · %3 tài liệu đã phát</translation>
        </message>
        <message>
            <source>Delete activity</source>
            <translation>Xóa hoạt động</translation>
        </message>
        <message>
            <source>Delete the activity “%1” of %2?</source>
            <translation>Xóa hoạt động “%1” ngày %2?</translation>
        </message>
        <message>
            <source>Deleted “%1”.</source>
            <translation>Đã xóa “%1”.</translation>
        </message>
    </context>
    <context>
        <name>RecordColumns</name>
        <message>
            <source>Residential unit</source>
            <translation>Thôn, tổ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Số ngày</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Người dự</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Đơn vị tổ chức</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại hình</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Chủ cơ sở</translation>
        </message>
        <message>
            <source>Owner committed</source>
            <translation>Chủ đã cam kết</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Lao động</translation>
        </message>
        <message>
            <source>Committed</source>
            <translation>Đã cam kết</translation>
        </message>
        <message>
            <source>Inspections</source>
            <translation>Lần kiểm tra</translation>
        </message>
        <message>
            <source>Last inspection</source>
            <translation>Kiểm tra gần nhất</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Ngừng hoạt động</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Đoàn kiểm tra</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Xử lý</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Nội dung phát hiện</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <source>Current state</source>
            <translation>Tình trạng</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Từ ngày</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Mô tả</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Diễn biến</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Ngày nhận</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Hình thức</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Ngày xác minh</translation>
        </message>
        <message>
            <source>Handled</source>
            <translation>Ngày xử lý</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Số QĐ</translation>
        </message>
        <message>
            <source>Violation</source>
            <translation>Hành vi vi phạm</translation>
        </message>
        <message>
            <source>Fine (đồng)</source>
            <translation>Tiền phạt (đồng)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <source>Age group</source>
            <translation>Nhóm tuổi</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Căn cứ pháp lý</translation>
        </message>
        <message>
            <source>Kind of support</source>
            <translation>Hình thức hỗ trợ</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Số người</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Đơn vị phối hợp</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>Ngày đánh giá</translation>
        </message>
        <message>
            <source>Total score</source>
            <translation>Tổng điểm</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <source>Recognition decision</source>
            <translation>Quyết định công nhận</translation>
        </message>
        <message>
            <source>Decision date</source>
            <translation>Ngày quyết định</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Cơ quan ban hành</translation>
        </message>
        <message>
            <source>Effective</source>
            <translation>Hiệu lực từ</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Thay đổi</translation>
        </message>
        <message>
            <source>Old name</source>
            <translation>Tên cũ</translation>
        </message>
        <message>
            <source>New name</source>
            <translation>Tên mới</translation>
        </message>
        <message>
            <source>Merged into</source>
            <translation>Sáp nhập vào</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— chọn —</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(chưa có)</translation>
        </message>
        <message>
            <source>Whole commune</source>
            <translation>Toàn xã</translation>
        </message>
        <message>
            <source>(not merged)</source>
            <translation>(không sáp nhập)</translation>
        </message>
        <message>
            <source>Total:</source>
            <translation>Tổng cộng:</translation>
        </message>
        <message>
            <source>Total score:</source>
            <translation>Tổng điểm:</translation>
        </message>
        <message>
            <source>Identity of the person — sensitive, optional</source>
            <translation>Thông tin nhân thân — dữ liệu nhạy cảm, không bắt buộc</translation>
        </message>
        <message>
            <source>Leave empty unless needed. Kept apart from the decision: never shown in lists, reports or report packages.</source>
            <translation>Chỉ điền khi thật cần. Được lưu tách khỏi quyết định: không bao giờ hiện trong danh sách, báo cáo hay gói báo cáo.</translation>
        </message>
        <message>
            <source>Fine range: %1–%2 đồng</source>
            <translation>Khung tiền phạt: %1–%2 đồng</translation>
        </message>
        <message>
            <source>Possible duplicate: %1 record(s) with the same date, unit and kind already exist. You can still save.</source>
            <translation>Có thể trùng: đã có %1 bản ghi cùng ngày, cùng thôn/tổ và cùng loại. Vẫn có thể lưu.</translation>
        </message>
        <message>
            <source>This record cannot be changed: %1</source>
            <translation>Không thể sửa bản ghi này: %1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
    </context>
    <context>
        <name>RecordFields</name>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Ghi chú:</translation>
        </message>
        <message>
            <source>&amp;Residential unit:</source>
            <translation>&amp;Thôn, tổ dân phố:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Ngày:</translation>
        </message>
        <message>
            <source>&amp;Topic:</source>
            <translation>&amp;Chủ đề:</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>T&amp;ên lớp:</translation>
        </message>
        <message>
            <source>e.g. Training for the volunteer social-work team</source>
            <translation>VD: Tập huấn cho đội công tác xã hội tình nguyện</translation>
        </message>
        <message>
            <source>&amp;Organiser:</source>
            <translation>Đơn vị tổ &amp;chức:</translation>
        </message>
        <message>
            <source>D&amp;ays:</source>
            <translation>Số ng&amp;ày:</translation>
        </message>
        <message>
            <source>&amp;Participants by role:</source>
            <translation>Người dự theo &amp;thành phần:</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Mã:</translation>
        </message>
        <message>
            <source>e.g. CS01</source>
            <translation>VD: CS01</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Tên:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Loại hình:</translation>
        </message>
        <message>
            <source>On the register since:</source>
            <translation>Đưa vào danh sách từ:</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>Đị&amp;a chỉ:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>Chủ &amp;cơ sở:</translation>
        </message>
        <message>
            <source>Owner signed the commitment on:</source>
            <translation>Ngày chủ cơ sở ký cam kết:</translation>
        </message>
        <message>
            <source>&amp;Workers:</source>
            <translation>Số &amp;lao động:</translation>
        </message>
        <message>
            <source>Workers who signed a co&amp;mmitment:</source>
            <translation>Số lao động đã ký ca&amp;m kết:</translation>
        </message>
        <message>
            <source>Closed on:</source>
            <translation>Ngừng hoạt động từ:</translation>
        </message>
        <message>
            <source>&amp;Business:</source>
            <translation>&amp;Cơ sở:</translation>
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation>Đoàn &amp;kiểm tra:</translation>
        </message>
        <message>
            <source>e.g. Interdisciplinary team 178</source>
            <translation>VD: Đội kiểm tra liên ngành 178</translation>
        </message>
        <message>
            <source>&amp;Findings:</source>
            <translation>Nội dung &amp;phát hiện:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Kết quả:</translation>
        </message>
        <message>
            <source>&amp;Handling:</source>
            <translation>&amp;Hình thức xử lý:</translation>
        </message>
        <message>
            <source>e.g. DP01</source>
            <translation>VD: DP01</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>Đị&amp;a điểm:</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>&amp;Mô tả:</translation>
        </message>
        <message>
            <source>&amp;Hotspot:</source>
            <translation>Điểm &amp;phức tạp:</translation>
        </message>
        <message>
            <source>&amp;Event:</source>
            <translation>&amp;Diễn biến:</translation>
        </message>
        <message>
            <source>&amp;Received on:</source>
            <translation>Ngày &amp;nhận:</translation>
        </message>
        <message>
            <source>&amp;Content:</source>
            <translation>Nội &amp;dung:</translation>
        </message>
        <message>
            <source>C&amp;hannel:</source>
            <translation>&amp;Hình thức nhận:</translation>
        </message>
        <message>
            <source>e.g. phone, in person, letter</source>
            <translation>VD: điện thoại, trực tiếp, đơn thư</translation>
        </message>
        <message>
            <source>&amp;Verified on:</source>
            <translation>Ngày &amp;xác minh:</translation>
        </message>
        <message>
            <source>H&amp;andled on:</source>
            <translation>Ngày xử &amp;lý:</translation>
        </message>
        <message>
            <source>Decision &amp;number:</source>
            <translation>&amp;Số quyết định:</translation>
        </message>
        <message>
            <source>e.g. 12/QĐ-XPHC</source>
            <translation>VD: 12/QĐ-XPHC</translation>
        </message>
        <message>
            <source>&amp;Violation:</source>
            <translation>Hành vi &amp;vi phạm:</translation>
        </message>
        <message>
            <source>Decree:</source>
            <translation>Nghị định:</translation>
        </message>
        <message>
            <source>Article:</source>
            <translation>Điều, khoản:</translation>
        </message>
        <message>
            <source>&amp;Fine (đồng):</source>
            <translation>Tiền &amp;phạt (đồng):</translation>
        </message>
        <message>
            <source>Additional measures:</source>
            <translation>Biện pháp bổ sung:</translation>
        </message>
        <message>
            <source>&amp;Sex:</source>
            <translation>&amp;Giới tính:</translation>
        </message>
        <message>
            <source>A&amp;ge group:</source>
            <translation>Nhóm t&amp;uổi:</translation>
        </message>
        <message>
            <source>&amp;Issued by:</source>
            <translation>Người &amp;ký, cơ quan ban hành:</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Nhân thân</translation>
        </message>
        <message>
            <source>&amp;Kind of support:</source>
            <translation>&amp;Hình thức hỗ trợ:</translation>
        </message>
        <message>
            <source>&amp;People supported:</source>
            <translation>Số &amp;người được hỗ trợ:</translation>
        </message>
        <message>
            <source>P&amp;artner:</source>
            <translation>Đơn vị &amp;phối hợp:</translation>
        </message>
        <message>
            <source>e.g. Social Policy Bank, health station</source>
            <translation>VD: Ngân hàng Chính sách xã hội, trạm y tế</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Năm:</translation>
        </message>
        <message>
            <source>&amp;Assessed on:</source>
            <translation>Ngày đánh &amp;giá:</translation>
        </message>
        <message>
            <source>&amp;Score per criterion:</source>
            <translation>Điểm &amp;theo tiêu chí:</translation>
        </message>
        <message>
            <source>&amp;Result:</source>
            <translation>&amp;Kết quả:</translation>
        </message>
        <message>
            <source>Recognition decision n&amp;umber:</source>
            <translation>&amp;Số quyết định công nhận:</translation>
        </message>
        <message>
            <source>Decision date:</source>
            <translation>Ngày quyết định:</translation>
        </message>
        <message>
            <source>Decision issued by:</source>
            <translation>Cơ quan ra quyết định:</translation>
        </message>
        <message>
            <source>Residential &amp;unit:</source>
            <translation>&amp;Thôn, tổ dân phố:</translation>
        </message>
        <message>
            <source>&amp;Change:</source>
            <translation>&amp;Thay đổi:</translation>
        </message>
        <message>
            <source>&amp;Effective from:</source>
            <translation>&amp;Hiệu lực từ ngày:</translation>
        </message>
        <message>
            <source>&amp;New name:</source>
            <translation>Tên &amp;mới:</translation>
        </message>
        <message>
            <source>&amp;Merged into:</source>
            <translation>&amp;Sáp nhập vào:</translation>
        </message>
        <message>
            <source>New training</source>
            <translation>Thêm lớp tập huấn</translation>
        </message>
        <message>
            <source>Edit training</source>
            <translation>Sửa lớp tập huấn</translation>
        </message>
        <message>
            <source>New prone business</source>
            <translation>Thêm cơ sở kinh doanh dễ phát sinh</translation>
        </message>
        <message>
            <source>Edit prone business</source>
            <translation>Sửa cơ sở kinh doanh dễ phát sinh</translation>
        </message>
        <message>
            <source>New inspection</source>
            <translation>Thêm lần kiểm tra</translation>
        </message>
        <message>
            <source>Edit inspection</source>
            <translation>Sửa lần kiểm tra</translation>
        </message>
        <message>
            <source>New hotspot</source>
            <translation>Thêm điểm phức tạp</translation>
        </message>
        <message>
            <source>Edit hotspot</source>
            <translation>Sửa điểm phức tạp</translation>
        </message>
        <message>
            <source>New hotspot event</source>
            <translation>Thêm diễn biến điểm phức tạp</translation>
        </message>
        <message>
            <source>Edit hotspot event</source>
            <translation>Sửa diễn biến điểm phức tạp</translation>
        </message>
        <message>
            <source>New tip-off</source>
            <translation>Thêm tin báo, tố giác</translation>
        </message>
        <message>
            <source>Edit tip-off</source>
            <translation>Sửa tin báo, tố giác</translation>
        </message>
        <message>
            <source>New penalty decision</source>
            <translation>Thêm quyết định xử phạt</translation>
        </message>
        <message>
            <source>Edit penalty decision</source>
            <translation>Sửa quyết định xử phạt</translation>
        </message>
        <message>
            <source>New reintegration support</source>
            <translation>Thêm hỗ trợ hòa nhập cộng đồng</translation>
        </message>
        <message>
            <source>Edit reintegration support</source>
            <translation>Sửa hỗ trợ hòa nhập cộng đồng</translation>
        </message>
        <message>
            <source>New healthy-commune assessment</source>
            <translation>Thêm đánh giá xã lành mạnh</translation>
        </message>
        <message>
            <source>Edit healthy-commune assessment</source>
            <translation>Sửa đánh giá xã lành mạnh</translation>
        </message>
        <message>
            <source>Rename or merge a residential unit</source>
            <translation>Đổi tên hoặc sáp nhập thôn, tổ dân phố</translation>
        </message>
        <message>
            <source>Edit change of a residential unit</source>
            <translation>Sửa thay đổi của thôn, tổ dân phố</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>Họ và tên:</translation>
        </message>
        <message>
            <source>ID number:</source>
            <translation>Số định danh:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Nơi cư trú:</translation>
        </message>
        <message>
            <source>Renamed</source>
            <translation>Đổi tên</translation>
        </message>
        <message>
            <source>Merged into another unit</source>
            <translation>Sáp nhập vào đơn vị khác</translation>
        </message>
    </context>
    <context>
        <name>RecordSpecs</name>
        <message>
            <source>renamed</source>
            <translation>đổi tên</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>sáp nhập</translation>
        </message>
        <message>
            <source>dissolved</source>
            <translation>giải thể</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>Tập huấn, bồi dưỡng</translation>
        </message>
        <message>
            <source>Topic:</source>
            <translation>Chủ đề:</translation>
        </message>
        <message>
            <source>%1 trainings · %2 participants</source>
            <translation>%1 lớp tập huấn · %2 lượt người dự</translation>
        </message>
        <message>
            <source>Prone businesses</source>
            <translation>Cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Loại:</translation>
        </message>
        <message>
            <source>%1 businesses · %2 workers · %3 committed</source>
            <translation>%1 cơ sở · %2 lao động · %3 đã cam kết</translation>
        </message>
        <message>
            <source>Inspections</source>
            <translation>Kiểm tra</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Kết quả:</translation>
        </message>
        <message>
            <source>%1 inspections</source>
            <translation>%1 lần kiểm tra</translation>
        </message>
        <message>
            <source>Hotspots</source>
            <translation>Điểm phức tạp về tệ nạn mại dâm</translation>
        </message>
        <message>
            <source>%1 hotspots</source>
            <translation>%1 điểm</translation>
        </message>
        <message>
            <source>Hotspot history</source>
            <translation>Diễn biến</translation>
        </message>
        <message>
            <source>Event:</source>
            <translation>Diễn biến:</translation>
        </message>
        <message>
            <source>%1 events</source>
            <translation>%1 diễn biến</translation>
        </message>
        <message>
            <source>Tip-offs and complaints</source>
            <translation>Tin báo, tố giác</translation>
        </message>
        <message>
            <source>%1 tip-offs · %2 handled</source>
            <translation>%1 tin báo · %2 đã xử lý</translation>
        </message>
        <message>
            <source>Penalty decisions</source>
            <translation>Quyết định xử phạt vi phạm hành chính</translation>
        </message>
        <message>
            <source>Violation:</source>
            <translation>Hành vi:</translation>
        </message>
        <message>
            <source>%1 decisions · %2 đồng in fines</source>
            <translation>%1 quyết định · tổng tiền phạt %2 đồng</translation>
        </message>
        <message>
            <source>Reintegration support</source>
            <translation>Hỗ trợ hòa nhập cộng đồng</translation>
        </message>
        <message>
            <source>%1 supports · %2 people</source>
            <translation>%1 lượt hỗ trợ · %2 người</translation>
        </message>
        <message>
            <source>Healthy-commune assessment</source>
            <translation>Đánh giá xã lành mạnh không có tệ nạn mại dâm</translation>
        </message>
        <message>
            <source>Result:</source>
            <translation>Kết quả:</translation>
        </message>
        <message>
            <source>%1 assessments</source>
            <translation>%1 lần đánh giá</translation>
        </message>
        <message>
            <source>Changes of residential units</source>
            <translation>Thay đổi của thôn, tổ dân phố</translation>
        </message>
        <message>
            <source>%1 changes</source>
            <translation>%1 thay đổi</translation>
        </message>
    </context>
    <context>
        <name>RecordView</name>
        <message>
            <source>All periods</source>
            <translation>Mọi kỳ</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tất cả</translation>
        </message>
        <message>
            <source>Search (e.g. dong finds Đông)</source>
            <translation>Tìm kiếm (gõ không dấu: dong tìm được Đông)</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Thêm…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Sửa…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Xóa</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>Xuất &amp;Excel…</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Kỳ:</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Thôn, tổ:</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>Tất cả thôn, tổ</translation>
        </message>
        <message>
            <source>Delete record</source>
            <translation>Xóa bản ghi</translation>
        </message>
        <message>
            <source>Delete “%1”?</source>
            <translation>Xóa “%1”?</translation>
        </message>
        <message>
            <source>“%1” has a history (inspections or events). Delete those first.</source>
            <translation>“%1” đã có lịch sử (lần kiểm tra hoặc diễn biến). Hãy xóa các mục đó trước.</translation>
        </message>
        <message>
            <source>Deleted “%1”.</source>
            <translation>Đã xóa “%1”.</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>Xuất danh sách</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Tệp Excel (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>UnitsList</name>
        <message>
            <source>Residential units</source>
            <translation>Thôn, tổ dân phố</translation>
        </message>
        <message>
            <source>Add or remove units in the unit profile. Select a unit to rename it or merge it into another with an effective date: its records and their history stay attached.</source>
            <translation>Thêm hoặc bớt thôn, tổ trong hồ sơ đơn vị. Chọn một thôn, tổ để đổi tên hoặc sáp nhập vào đơn vị khác kèm ngày hiệu lực: các bản ghi và lịch sử vẫn gắn với đơn vị đó.</translation>
        </message>
    </context>
    <context>
        <name>UnitsModel</name>
        <message>
            <source>yes</source>
            <translation>có</translation>
        </message>
        <message>
            <source>no (merged or dissolved)</source>
            <translation>không (đã sáp nhập hoặc giải thể)</translation>
        </message>
    </context>
    <context>
        <name>UnitsView</name>
        <message>
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>Đang dùng</translation>
        </message>
    </context>
</TS>
