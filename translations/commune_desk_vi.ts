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
            <source>Propaganda activities</source>
            <translation>Hoạt động tuyên truyền</translation>
        </message>
        <message>
            <source>Participants reached</source>
            <translation>Lượt người tham dự</translation>
        </message>
        <message>
            <source>Materials handed out</source>
            <translation>Tài liệu đã phát</translation>
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
            <source>Year %1 so far</source>
            <translation>Từ đầu năm %1 đến nay</translation>
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
</TS>
