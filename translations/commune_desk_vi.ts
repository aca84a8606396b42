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
            <source>Log folder:</source>
            <translation>Thư mục nhật ký:</translation>
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
        <name>Actors</name>
        <message>
            <source>officer at this computer</source>
            <translation>cán bộ dùng máy này</translation>
        </message>
        <message>
            <source>CommuneDesk (automatic)</source>
            <translation>CommuneDesk (tự động)</translation>
        </message>
        <message>
            <source>command line</source>
            <translation>dòng lệnh</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Unit profile not set</source>
            <translation>Chưa khai báo hồ sơ đơn vị</translation>
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
        <name>AssessmentForm</name>
        <message>
            <source>Default criteria of CommuneDesk, not the official criteria: replace them with the criteria, points and result categories of the superior office's plan when it has them.</source>
            <translation>Bộ tiêu chí mặc định của CommuneDesk, không phải tiêu chí chính thức: thay bằng tiêu chí, thang điểm và cách xếp loại trong kế hoạch của cấp trên khi có.</translation>
        </message>
        <message>
            <source>This is the commune's self-assessment. It counts as recognised only once the recognition decision (number, date, issuer) is recorded below.</source>
            <translation>Đây là kết quả tự đánh giá của xã. Chỉ được coi là đã được công nhận khi ghi quyết định công nhận (số, ngày, cơ quan ban hành) ở dưới.</translation>
        </message>
    </context>
    <context>
        <name>CaDialog</name>
        <message>
            <source>Trust a certificate authority</source>
            <translation>Tin cậy một tổ chức chứng thực</translation>
        </message>
        <message>
            <source>Packages signed with certificates this authority issued will be trusted for the units you list. Compare the fingerprint with the one the authority publishes.</source>
            <translation>Các gói báo cáo ký bằng chứng thư do tổ chức này cấp sẽ được tin cậy cho các đơn vị bạn liệt kê. Hãy so dấu vân tay với dấu vân tay mà tổ chức chứng thực công bố.</translation>
        </message>
        <message>
            <source>unit codes separated by commas, e.g. 26761, 26764</source>
            <translation>các mã đơn vị cách nhau bằng dấu phẩy, ví dụ 26761, 26764</translation>
        </message>
        <message>
            <source>every unit</source>
            <translation>mọi đơn vị</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Tệp:</translation>
        </message>
        <message>
            <source>Authority:</source>
            <translation>Tổ chức chứng thực:</translation>
        </message>
        <message>
            <source>Valid:</source>
            <translation>Hiệu lực:</translation>
        </message>
        <message>
            <source>SHA-256 fingerprint:</source>
            <translation>Dấu vân tay SHA-256:</translation>
        </message>
        <message>
            <source>Trusted for units:</source>
            <translation>Tin cậy cho các đơn vị:</translation>
        </message>
        <message>
            <source>The fingerprint matches the authority's published one</source>
            <translation>Dấu vân tay khớp với dấu vân tay tổ chức chứng thực công bố</translation>
        </message>
        <message>
            <source>Compare the fingerprint with the authority's first.</source>
            <translation>Hãy so dấu vân tay với dấu vân tay của tổ chức chứng thực trước.</translation>
        </message>
    </context>
    <context>
        <name>CertificateDialog</name>
        <message>
            <source>Replace the certificate</source>
            <translation>Thay chứng thư số</translation>
        </message>
        <message>
            <source>Register a certificate</source>
            <translation>Đăng ký chứng thư số</translation>
        </message>
        <message>
            <source>Read the fingerprint below to the unit over the phone and register the certificate only when it matches the one the unit reads on its screen.</source>
            <translation>Đọc dấu vân tay dưới đây cho đơn vị qua điện thoại và chỉ đăng ký chứng thư khi nó trùng với dấu vân tay đơn vị đọc trên màn hình của họ.</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>còn hiệu lực</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>đã hết hạn</translation>
        </message>
        <message>
            <source>not yet valid</source>
            <translation>chưa có hiệu lực</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Tệp:</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>Chủ thể:</translation>
        </message>
        <message>
            <source>Unit code in the certificate:</source>
            <translation>Mã đơn vị trong chứng thư:</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(không có)</translation>
        </message>
        <message>
            <source>Valid:</source>
            <translation>Hiệu lực:</translation>
        </message>
        <message>
            <source>SHA-256 fingerprint:</source>
            <translation>Dấu vân tay SHA-256:</translation>
        </message>
        <message>
            <source>Unit code:</source>
            <translation>Mã đơn vị:</translation>
        </message>
        <message>
            <source>Unit name:</source>
            <translation>Tên đơn vị:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Lý do:</translation>
        </message>
        <message>
            <source>The unit read me the same fingerprint</source>
            <translation>Đơn vị đã đọc cho tôi đúng dấu vân tay này</translation>
        </message>
        <message>
            <source>Confirm the fingerprint with the unit first.</source>
            <translation>Hãy đối chiếu dấu vân tay với đơn vị trước.</translation>
        </message>
    </context>
    <context>
        <name>CertificateNames</name>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>Mã đơn vị</translation>
        </message>
        <message>
            <source>Identifier</source>
            <translation>Mã định danh</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Chức danh</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Bộ phận</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Cơ quan, tổ chức</translation>
        </message>
        <message>
            <source>Locality</source>
            <translation>Địa phương</translation>
        </message>
        <message>
            <source>Province or city</source>
            <translation>Tỉnh, thành phố</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Quốc gia</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Thư điện tử</translation>
        </message>
        <message>
            <source>Other field (%1)</source>
            <translation>Trường khác (%1)</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>{value}: not a period; expected e.g. 2026-Q3, 2026-H1, 2026-9M, 2026, 2026-M07</source>
            <translation>{value}: không phải mã kỳ; cần dạng như 2026-Q3, 2026-H1, 2026-9M, 2026, 2026-M07</translation>
        </message>
        <message>
            <source>password file {path}: {reason}</source>
            <translation>tệp mật khẩu {path}: {reason}</translation>
        </message>
        <message>
            <source>password file {path}: not UTF-8 text</source>
            <translation>tệp mật khẩu {path}: không phải văn bản UTF-8</translation>
        </message>
        <message>
            <source>password file {path}: the first line is empty</source>
            <translation>tệp mật khẩu {path}: dòng đầu tiên để trống</translation>
        </message>
        <message>
            <source>no database at {path} to restore into; give --db (a new laptop: copy the backup there, or use `records import WORKBOOK --create`)</source>
            <translation>không có cơ sở dữ liệu tại {path} để khôi phục vào; hãy chỉ --db (máy mới: chép bản sao lưu vào đó, hoặc dùng `records import WORKBOOK --create`)</translation>
        </message>
        <message>
            <source>{reason}; restore from that window (Tệp → Khôi phục) or close it first</source>
            <translation>{reason}; hãy khôi phục từ cửa sổ đó (Tệp → Khôi phục) hoặc đóng cửa sổ đó trước</translation>
        </message>
        <message>
            <source>VALUE {value}: expected a whole number or yes/no</source>
            <translation>VALUE {value}: cần một số nguyên hoặc có/không</translation>
        </message>
        <message>
            <source>VALUE {value}: expected a whole number</source>
            <translation>VALUE {value}: cần một số nguyên</translation>
        </message>
        <message>
            <source>{code} is not an indicator entered by hand; those are: {codes}</source>
            <translation>{code} không phải chỉ tiêu nhập tay; các chỉ tiêu nhập tay là: {codes}</translation>
        </message>
        <message>
            <source>give either --units CODE[,CODE…] or --all</source>
            <translation>hãy chỉ --units MÃ[,MÃ…] hoặc --all</translation>
        </message>
        <message>
            <source>{folder} is not a folder</source>
            <translation>{folder} không phải là thư mục</translation>
        </message>
        <message>
            <source>{period}: reports are quarterly, 6-monthly, 9-monthly or yearly</source>
            <translation>{period}: báo cáo chỉ có theo quý, 6 tháng, 9 tháng hoặc năm</translation>
        </message>
        <message>
            <source>--date {value}: expected YYYY-MM-DD</source>
            <translation>--date {value}: cần ngày dạng YYYY-MM-DD</translation>
        </message>
        <message>
            <source>--number {value}: expected a whole number such as 7</source>
            <translation>--number {value}: cần một số nguyên, ví dụ 7</translation>
        </message>
        <message>
            <source>--amend needs the reason for the amendment</source>
            <translation>--amend cần ghi lý do điều chỉnh</translation>
        </message>
        <message>
            <source>--token signs with the USB token: leave out --key and --password-file</source>
            <translation>--token ký bằng USB token: bỏ --key và --password-file</translation>
        </message>
        <message>
            <source>--token needs --pin-file F (the token's PIN on its first line)</source>
            <translation>--token cần --pin-file F (mã PIN của token ở dòng đầu tiên)</translation>
        </message>
        <message>
            <source>--token-lib, --token-label, --token-key and --pin-file go with --token</source>
            <translation>--token-lib, --token-label, --token-key và --pin-file chỉ dùng cùng --token</translation>
        </message>
        <message>
            <source>give --key K.p12 --password-file F, or --token --pin-file F</source>
            <translation>hãy chỉ --key K.p12 --password-file F, hoặc --token --pin-file F</translation>
        </message>
        <message>
            <source>give either --trust FILE_OR_DIR or --no-trust, not both</source>
            <translation>hãy chỉ --trust TỆP_HOẶC_THƯ_MỤC hoặc --no-trust, không dùng cả hai</translation>
        </message>
        <message>
            <source>{path} exists; use --force to overwrite it</source>
            <translation>{path} đã có; dùng --force để ghi đè</translation>
        </message>
        <message>
            <source>{path}: the template must be an .xlsx file</source>
            <translation>{path}: tệp mẫu phải là tệp .xlsx</translation>
        </message>
        <message>
            <source>no plan is in force on that day; import one with 'plan import FILE'</source>
            <translation>không có kế hoạch nào có hiệu lực vào ngày đó; hãy nhập kế hoạch bằng 'plan import FILE'</translation>
        </message>
        <message>
            <source>{what} {value}: expected YYYY-MM-DD or DD/MM/YYYY</source>
            <translation>{what} {value}: cần ngày dạng YYYY-MM-DD hoặc DD/MM/YYYY</translation>
        </message>
        <message>
            <source>{what} {value}: expected a whole number such as 1350 or 1.350</source>
            <translation>{what} {value}: cần một số nguyên, ví dụ 1350 hoặc 1.350</translation>
        </message>
        <message>
            <source>{file}: not valid UTF-8 JSON ({where})</source>
            <translation>{file}: không phải JSON UTF-8 hợp lệ ({where})</translation>
        </message>
        <message>
            <source>--cutoff {value}: expected YYYY-MM-DD</source>
            <translation>--cutoff {value}: cần ngày dạng YYYY-MM-DD</translation>
        </message>
        <message>
            <source>unexpected argument {value}: only `report numbers` takes a year</source>
            <translation>đối số không mong đợi {value}: chỉ `report numbers` nhận năm</translation>
        </message>
        <message>
            <source>--out DIR is required: the folder to write the report into</source>
            <translation>cần --out THƯ_MỤC: thư mục ghi báo cáo</translation>
        </message>
        <message>
            <source>--out {path}: is a file; give the folder the report goes into</source>
            <translation>--out {path}: là một tệp; hãy chỉ thư mục để ghi báo cáo</translation>
        </message>
        <message>
            <source>{value}: expected a year such as 2026</source>
            <translation>{value}: cần một năm, ví dụ 2026</translation>
        </message>
        <message>
            <source>give the current password with --db-password-file (or $COMMUNE_DESK_DB_PASSWORD_FILE)</source>
            <translation>hãy cho mật khẩu hiện tại bằng --db-password-file (hoặc $COMMUNE_DESK_DB_PASSWORD_FILE)</translation>
        </message>
        <message>
            <source>removing the password leaves personal data readable by anyone; repeat with --yes</source>
            <translation>bỏ mật khẩu sẽ để dữ liệu cá nhân ai cũng đọc được; hãy chạy lại với --yes</translation>
        </message>
        <message>
            <source>--comment {value}: expected INDICATOR_CODE=text</source>
            <translation>--comment {value}: cần dạng MÃ_CHỈ_TIÊU=nội dung</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>Grey days are refused: a record cannot be dated after today.</source>
            <translation>Ngày màu xám không dùng được: bản ghi không thể ghi ngày sau hôm nay.</translation>
        </message>
        <message>
            <source>Grey days are refused: after today, or in a period already signed (amend that period to change its records).</source>
            <translation>Ngày màu xám không nhập được: sau hôm nay, hoặc thuộc kỳ đã ký (muốn sửa số liệu của kỳ đó thì phải điều chỉnh kỳ).</translation>
        </message>
    </context>
    <context>
        <name>DryRunControls</name>
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
            <translation>Chưa ghi gì cho đến khi bấm Nhập; chỉ cần một ô bị từ chối là không nhập gì cả.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Đang hủy…</translation>
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
            <source>Not a CommuneDesk backup</source>
            <translation>Không phải bản sao lưu CommuneDesk</translation>
        </message>
        <message>
            <source>The chosen file is not a CommuneDesk backup: it is no database, and no key file lies beside it as beside an encrypted backup. Choose another backup; nothing was changed.</source>
            <translation>Tệp đã chọn không phải là bản sao lưu CommuneDesk: đây không phải là cơ sở dữ liệu, và bên cạnh nó không có tệp khóa như bên cạnh một bản sao lưu đã mã hóa. Hãy chọn bản sao lưu khác; chưa có gì bị thay đổi.</translation>
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
            <source>Cancelled</source>
            <translation>Đã hủy</translation>
        </message>
        <message>
            <source>The operation was stopped as you asked.</source>
            <translation>Thao tác đã được dừng theo yêu cầu của bạn.</translation>
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
        <name>FormMessages</name>
        <message>
            <source>This does not stop saving.</source>
            <translation>Cảnh báo này không ngăn việc lưu.</translation>
        </message>
    </context>
    <context>
        <name>HandValueDialog</name>
        <message>
            <source>Indicator entered by hand</source>
            <translation>Chỉ tiêu nhập tay</translation>
        </message>
        <message>
            <source>Period: %1 (data %2 – %3)</source>
            <translation>Kỳ: %1 (số liệu từ %2 đến %3)</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— chọn —</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Có</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Không</translation>
        </message>
        <message>
            <source>&amp;Done?</source>
            <translation>Đã &amp;thực hiện?</translation>
        </message>
        <message>
            <source>&amp;Number:</source>
            <translation>&amp;Số lượng:</translation>
        </message>
        <message>
            <source>&amp;Persons:</source>
            <translation>Số &amp;người:</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>&amp;Giá trị:</translation>
        </message>
        <message>
            <source>&amp;Out of:</source>
            <translation>&amp;Trên tổng số:</translation>
        </message>
        <message>
            <source>Population:</source>
            <translation>Số liệu nền:</translation>
        </message>
        <message>
            <source>e.g. Plan no. 05/KH-UBND of 10/01/2026</source>
            <translation>ví dụ: Kế hoạch số 05/KH-UBND ngày 10/01/2026</translation>
        </message>
        <message>
            <source>&amp;Evidence (document):</source>
            <translation>&amp;Văn bản chứng minh:</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>&amp;Ghi chú:</translation>
        </message>
        <message>
            <source>Entered:</source>
            <translation>Người nhập:</translation>
        </message>
        <message>
            <source>This value cannot be changed: %1</source>
            <translation>Không thể sửa giá trị này: %1</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>of %1 %2 (%3, as of %4)</source>
            <translation>trên tổng số %1 %2 (%3, số liệu đến ngày %4)</translation>
        </message>
        <message>
            <source>%1: base figure not entered</source>
            <translation>%1: chưa nhập số liệu nền</translation>
        </message>
        <message>
            <source>Enter it now…</source>
            <translation>Nhập ngay…</translation>
        </message>
    </context>
    <context>
        <name>HandValuesView</name>
        <message>
            <source>yes/no</source>
            <translation>có/không</translation>
        </message>
        <message>
            <source>count</source>
            <translation>số lượng</translation>
        </message>
        <message>
            <source>persons of a population</source>
            <translation>số người trên số liệu nền</translation>
        </message>
        <message>
            <source>share entered by hand</source>
            <translation>tỷ lệ nhập tay</translation>
        </message>
        <message>
            <source>Hand-entered indicators</source>
            <translation>Chỉ tiêu nhập tay</translation>
        </message>
        <message>
            <source>Also indicators the plan does not use</source>
            <translation>Cả các chỉ tiêu kế hoạch không dùng</translation>
        </message>
        <message>
            <source>Enter the value…</source>
            <translation>Nhập giá trị…</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Kỳ</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Dạng</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Giá trị</translation>
        </message>
        <message>
            <source>Out of</source>
            <translation>Trên tổng số</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Văn bản chứng minh</translation>
        </message>
        <message>
            <source>Entered</source>
            <translation>Người nhập, thời điểm</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Chỉ tiêu kế hoạch</translation>
        </message>
        <message>
            <source>Each value has the shape its indicator states: yes or no, a count, persons of a population (never more than the population in force at the period's end), or a share with its denominator. Name the document that proves it. A value of a signed period cannot change.</source>
            <translation>Mỗi giá trị nhập theo dạng của chỉ tiêu: có hoặc không, số lượng, số người trên số liệu nền (không vượt quá số liệu nền áp dụng tại cuối kỳ), hoặc tỷ lệ kèm mẫu số. Ghi rõ văn bản chứng minh. Giá trị của kỳ đã ký không sửa được.</translation>
        </message>
        <message>
            <source>Current period of each target</source>
            <translation>Kỳ hiện tại của từng chỉ tiêu</translation>
        </message>
        <message>
            <source>%1 of %2 values entered.</source>
            <translation>Đã nhập %1/%2 giá trị.</translation>
        </message>
        <message>
            <source>Base figure not entered for: %1.</source>
            <translation>Chưa nhập số liệu nền: %1.</translation>
        </message>
        <message>
            <source>not entered</source>
            <translation>chưa nhập</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Có</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Không</translation>
        </message>
        <message>
            <source>base figure not entered</source>
            <translation>chưa nhập số liệu nền</translation>
        </message>
    </context>
    <context>
        <name>HelpViewer</name>
        <message>
            <source>CommuneDesk user guide</source>
            <translation>Hướng dẫn sử dụng CommuneDesk</translation>
        </message>
        <message>
            <source>The user guide is missing</source>
            <translation>Không tìm thấy hướng dẫn sử dụng</translation>
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
            <source>Superior office's target</source>
            <translation>Chỉ tiêu chung của cấp trên</translation>
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
            <source>the superior office's; this commune's share: %1</source>
            <translation>chỉ tiêu chung của cấp trên; phần của xã: %1</translation>
        </message>
        <message>
            <source>the superior office's target: this commune's contribution is shown</source>
            <translation>chỉ tiêu chung của cấp trên: hiển thị phần đóng góp của xã</translation>
        </message>
        <message>
            <source>base figure not entered</source>
            <translation>chưa nhập số liệu nền</translation>
        </message>
        <message>
            <source>Comment of the superior office</source>
            <translation>Nhận xét của cấp trên</translation>
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
            <source>sent on %1</source>
            <translation>đã gửi ngày %1</translation>
        </message>
        <message>
            <source>(late)</source>
            <translation>(muộn)</translation>
        </message>
        <message>
            <source>receipt from the office imported on %1</source>
            <translation>đã nhận phiếu xác nhận của cấp trên ngày %1</translation>
        </message>
        <message>
            <source>no receipt from the office yet</source>
            <translation>chưa có phiếu xác nhận của cấp trên</translation>
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
            <source>From my own &amp;spreadsheet…</source>
            <translation>Nhập từ bảng tính &amp;riêng…</translation>
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
            <source>Import it again anyway?</source>
            <translation>Vẫn nhập lại lần nữa?</translation>
        </message>
        <message>
            <source>Already imported</source>
            <translation>Đã nhập trước đây</translation>
        </message>
        <message>
            <source>Not imported again; nothing was changed.</source>
            <translation>Không nhập lại; không có gì thay đổi.</translation>
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
        <name>ImportProgress</name>
        <message>
            <source>Preparing your spreadsheet…</source>
            <translation>Đang chuẩn bị bảng tính…</translation>
        </message>
        <message>
            <source>Preparing your spreadsheet: {done} / {of} rows</source>
            <translation>Đang chuẩn bị bảng tính: {done} / {of} dòng</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Đang đọc tệp…</translation>
        </message>
        <message>
            <source>Reading the file: {done} / {of} rows</source>
            <translation>Đang đọc tệp: {done} / {of} dòng</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Đang kiểm tra…</translation>
        </message>
        <message>
            <source>Checking: {done} / {of} rows</source>
            <translation>Đang kiểm tra: {done} / {of} dòng</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Đang ghi…</translation>
        </message>
        <message>
            <source>Writing: {done} / {of} rows</source>
            <translation>Đang ghi: {done} / {of} dòng</translation>
        </message>
    </context>
    <context>
        <name>IssuedNumbersPanel</name>
        <message>
            <source>Number</source>
            <translation>Số</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Kỳ báo cáo</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Trích yếu</translation>
        </message>
        <message>
            <source>Numbers given to reports dated in %1 (a number is used once per year; a report written again keeps its number): %2.</source>
            <translation>Số đã cấp cho các báo cáo ký năm %1 (mỗi số chỉ dùng một lần trong năm; báo cáo lập lại giữ nguyên số): %2.</translation>
        </message>
    </context>
    <context>
        <name>KeysWizard</name>
        <message>
            <source>Signing key</source>
            <translation>Khóa ký số</translation>
        </message>
        <message>
            <source>Create the key</source>
            <translation>Tạo khóa</translation>
        </message>
        <message>
            <source>Unit's official name:</source>
            <translation>Tên chính thức của đơn vị:</translation>
        </message>
        <message>
            <source>Unit code:</source>
            <translation>Mã đơn vị:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Mật khẩu:</translation>
        </message>
        <message>
            <source>Password again:</source>
            <translation>Nhập lại mật khẩu:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Chọn…</translation>
        </message>
        <message>
            <source>Import the key</source>
            <translation>Nhập khóa</translation>
        </message>
        <message>
            <source>.p12/.pfx file:</source>
            <translation>Tệp .p12/.pfx:</translation>
        </message>
        <message>
            <source>Its password:</source>
            <translation>Mật khẩu của tệp:</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Hiển thị</translation>
        </message>
        <message>
            <source>Key file:</source>
            <translation>Tệp khóa:</translation>
        </message>
        <message>
            <source>Create a new key</source>
            <translation>Tạo khóa mới</translation>
        </message>
        <message>
            <source>Import a .p12/.pfx</source>
            <translation>Nhập tệp .p12/.pfx</translation>
        </message>
        <message>
            <source>The existing key</source>
            <translation>Khóa hiện có</translation>
        </message>
        <message>
            <source>Export the certificate for the office…</source>
            <translation>Xuất chứng thư số gửi cơ quan cấp trên…</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Chứng thư số</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>Chủ thể:</translation>
        </message>
        <message>
            <source>Validity:</source>
            <translation>Hiệu lực:</translation>
        </message>
        <message>
            <source>SHA-256 fingerprint
(read it over the phone):</source>
            <translation>Dấu vân tay SHA-256
(đọc qua điện thoại):</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>unit code %1</source>
            <translation>mã đơn vị %1</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>còn hiệu lực</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>đã hết hạn</translation>
        </message>
        <message>
            <source>not yet valid</source>
            <translation>chưa có hiệu lực</translation>
        </message>
        <message>
            <source>%1 to %2 (UTC) — %3</source>
            <translation>từ %1 đến %2 (UTC) — %3</translation>
        </message>
        <message>
            <source>The password needs at least %1 characters.</source>
            <translation>Mật khẩu phải có ít nhất %1 ký tự.</translation>
        </message>
        <message>
            <source>The two passwords differ; type them again.</source>
            <translation>Hai mật khẩu không giống nhau; hãy nhập lại.</translation>
        </message>
        <message>
            <source>Key created and saved in %1. Keep the password safe: without it the key cannot sign.</source>
            <translation>Đã tạo khóa và lưu vào %1. Hãy giữ kỹ mật khẩu: không có mật khẩu thì không ký được.</translation>
        </message>
        <message>
            <source>Key file</source>
            <translation>Tệp khóa</translation>
        </message>
        <message>
            <source>Key files (*.p12 *.pfx)</source>
            <translation>Tệp khóa (*.p12 *.pfx)</translation>
        </message>
        <message>
            <source>Unit of the certificate</source>
            <translation>Đơn vị của chứng thư</translation>
        </message>
        <message>
            <source>The certificate carries no unit code. Is it the certificate of %1 (unit code %2)? Answer yes only if the provider issued it to this unit: the binding is recorded in the key file, and the receiving office must register this certificate for the unit.</source>
            <translation>Chứng thư không có mã đơn vị. Đây có phải là chứng thư của %1 (mã đơn vị %2) không? Chỉ trả lời có nếu nhà cung cấp đã cấp nó cho đơn vị này: việc gắn kết được ghi vào tệp khóa, và cơ quan tiếp nhận phải đăng ký chứng thư này cho đơn vị.</translation>
        </message>
        <message>
            <source>Not imported: the certificate carries no unit code and it was not confirmed as this unit's.</source>
            <translation>Chưa nhập: chứng thư không có mã đơn vị và chưa được xác nhận là của đơn vị này.</translation>
        </message>
        <message>
            <source>Key imported into %1.</source>
            <translation>Đã nhập khóa vào %1.</translation>
        </message>
        <message>
            <source>Certificate chain checked: %1.</source>
            <translation>Đã kiểm tra chuỗi chứng thư: %1.</translation>
        </message>
        <message>
            <source>Bound to unit %1 (confirmed by you); tell the receiving office to register this certificate for the unit.</source>
            <translation>Đã gắn với đơn vị %1 (do bạn xác nhận); hãy báo cơ quan tiếp nhận đăng ký chứng thư này cho đơn vị.</translation>
        </message>
        <message>
            <source>The key opens with this password.</source>
            <translation>Mật khẩu đúng, khóa mở được.</translation>
        </message>
        <message>
            <source>Export the certificate</source>
            <translation>Xuất chứng thư số</translation>
        </message>
        <message>
            <source>Certificate (*.pem *.cer)</source>
            <translation>Chứng thư số (*.pem *.cer)</translation>
        </message>
        <message>
            <source>Certificate written to %1: send it to the receiving office and read them the fingerprint over the phone.</source>
            <translation>Đã ghi chứng thư số vào %1: gửi cho cơ quan nhận báo cáo và đọc dấu vân tay cho họ qua điện thoại.</translation>
        </message>
    </context>
    <context>
        <name>ListParts</name>
        <message>
            <source>Export the list</source>
            <translation>Xuất danh sách</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Tệp Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Chưa lưu</translation>
        </message>
        <message>
            <source>The file could not be saved: %1</source>
            <translation>Không lưu được tệp: %1</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Lịch sử</translation>
        </message>
        <message>
            <source>Show or hide the history of changes</source>
            <translation>Hiện hoặc ẩn lịch sử thay đổi</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>CommuneDesk is locked</source>
            <translation>CommuneDesk đang khóa</translation>
        </message>
        <message>
            <source>The window was locked to protect personal data. The database is closed.</source>
            <translation>Cửa sổ đã được khóa để bảo vệ dữ liệu cá nhân. Cơ sở dữ liệu đã đóng.</translation>
        </message>
        <message>
            <source>This database has no password: anyone can unlock it.</source>
            <translation>Cơ sở dữ liệu này chưa có mật khẩu: ai cũng có thể mở khóa.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Mở khóa</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Thoát</translation>
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
            <source>Models</source>
            <translation>Mô hình</translation>
        </message>
        <message>
            <source>Teams and groups</source>
            <translation>Đội, nhóm</translation>
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
            <source>Base figures</source>
            <translation>Số liệu nền</translation>
        </message>
        <message>
            <source>Hand-entered indicators</source>
            <translation>Chỉ tiêu nhập tay</translation>
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
            <source>Trust list</source>
            <translation>Danh sách tin cậy</translation>
        </message>
        <message>
            <source>Package intake</source>
            <translation>Tiếp nhận gói</translation>
        </message>
        <message>
            <source>Aggregation</source>
            <translation>Tổng hợp</translation>
        </message>
        <message>
            <source>&amp;Save a copy of the database to…</source>
            <translation>&amp;Lưu bản sao cơ sở dữ liệu ra…</translation>
        </message>
        <message>
            <source>Back up &amp;now into the backup folders</source>
            <translation>Sao lưu &amp;ngay vào thư mục sao lưu</translation>
        </message>
        <message>
            <source>User &amp;guide</source>
            <translation>&amp;Hướng dẫn sử dụng</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Khôi phục bản sao lưu…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Cài đặt…</translation>
        </message>
        <message>
            <source>&amp;Change password…</source>
            <translation>Đổi &amp;mật khẩu…</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Khóa ngay</translation>
        </message>
        <message>
            <source>Choose a place, such as a USB stick, and write a checked copy of the database there.</source>
            <translation>Chọn nơi lưu, ví dụ USB, rồi ghi ra đó một bản sao cơ sở dữ liệu đã được kiểm tra.</translation>
        </message>
        <message>
            <source>Write a checked backup now into the backups folder of the data folder (and the second backup folder chosen in Settings).</source>
            <translation>Ghi ngay một bản sao lưu đã kiểm tra vào thư mục sao lưu trong thư mục dữ liệu (và thư mục sao lưu thứ hai chọn trong Cài đặt).</translation>
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
        <name>MappingDialog</name>
        <message>
            <source>Import from my own spreadsheet</source>
            <translation>Nhập từ bảng tính riêng</translation>
        </message>
        <message>
            <source>Choose your .xlsx spreadsheet</source>
            <translation>Chọn bảng tính .xlsx của bạn</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Chọn tệp…</translation>
        </message>
        <message>
            <source>Propaganda activities</source>
            <translation>Hoạt động tuyên truyền</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>Tập huấn</translation>
        </message>
        <message>
            <source>&amp;Read headers</source>
            <translation>Đọc &amp;lại tiêu đề</translation>
        </message>
        <message>
            <source>&amp;Sheet:</source>
            <translation>Trang &amp;tính:</translation>
        </message>
        <message>
            <source>&amp;Header row:</source>
            <translation>&amp;Dòng tiêu đề:</translation>
        </message>
        <message>
            <source>Record &amp;kind:</source>
            <translation>Loại &amp;bản ghi:</translation>
        </message>
        <message>
            <source>Choose a spreadsheet: its columns are matched to our fields.</source>
            <translation>Chọn một bảng tính: các cột của bảng sẽ được ghép với các trường của phần mềm.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Cột</translation>
        </message>
        <message>
            <source>Your header</source>
            <translation>Tiêu đề cột của bạn</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>Giá trị đầu tiên</translation>
        </message>
        <message>
            <source>Our field</source>
            <translation>Trường trong phần mềm</translation>
        </message>
        <message>
            <source>Your columns → our fields</source>
            <translation>Cột của bạn → trường trong phần mềm</translation>
        </message>
        <message>
            <source>Preview of the first rows, as they will be read</source>
            <translation>Xem trước các dòng đầu, đúng như khi được đọc vào</translation>
        </message>
        <message>
            <source>Dry run</source>
            <translation>Chạy thử</translation>
        </message>
        <message>
            <source>Your spreadsheet</source>
            <translation>Bảng tính của bạn</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Bảng tính Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>The spreadsheet cannot be read: %1</source>
            <translation>Không đọc được bảng tính: %1</translation>
        </message>
        <message>
            <source>These headers were matched before: the same match is used again. Check it and press Check.</source>
            <translation>Các tiêu đề cột này đã được ghép trước đây: dùng lại cách ghép cũ. Hãy xem lại rồi bấm Kiểm tra.</translation>
        </message>
        <message>
            <source>Suggested from your header names: correct any wrong line, then press Check.</source>
            <translation>Gợi ý theo tên tiêu đề cột của bạn: sửa dòng nào ghép sai, rồi bấm Kiểm tra.</translation>
        </message>
        <message>
            <source>%1 rows below the header row.</source>
            <translation>%1 dòng dưới dòng tiêu đề.</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(không nhập)</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Dòng</translation>
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
            <source>The spreadsheet cannot be imported: %1</source>
            <translation>Không nhập được bảng tính: %1</translation>
        </message>
        <message>
            <source>Checking your spreadsheet…</source>
            <translation>Đang kiểm tra bảng tính của bạn…</translation>
        </message>
        <message>
            <source>%1 cells rejected: correct the match or your spreadsheet and check again. Nothing was imported.</source>
            <translation>%1 ô bị từ chối: sửa cách ghép cột hoặc bảng tính rồi kiểm tra lại. Chưa nhập gì.</translation>
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
            <source>Imported %1 records; the match is remembered for spreadsheets with these headers.</source>
            <translation>Đã nhập %1 bản ghi; cách ghép cột được ghi nhớ cho các bảng tính có cùng tiêu đề cột.</translation>
        </message>
    </context>
    <context>
        <name>MissingFigures</name>
        <message>
            <source>Enter base figures…</source>
            <translation>Nhập số liệu nền…</translation>
        </message>
        <message>
            <source>Enter hand-entered values…</source>
            <translation>Nhập chỉ tiêu nhập tay…</translation>
        </message>
        <message>
            <source>Base figure not entered: %1.</source>
            <translation>Chưa nhập số liệu nền: %1.</translation>
        </message>
        <message>
            <source>Hand-entered values not entered yet: %1.</source>
            <translation>Chỉ tiêu nhập tay chưa có giá trị: %1.</translation>
        </message>
    </context>
    <context>
        <name>NumberField</name>
        <message>
            <source>A negative number is not allowed here: enter a number from %1 to %2.</source>
            <translation>Không được nhập số âm: chỉ nhập số từ %1 đến %2.</translation>
        </message>
        <message>
            <source>Not a whole number: enter a number from %1 to %2.</source>
            <translation>Không phải số nguyên: chỉ nhập số từ %1 đến %2.</translation>
        </message>
        <message>
            <source>Out of range: enter a number from %1 to %2.</source>
            <translation>Vượt quá giới hạn: chỉ nhập số từ %1 đến %2.</translation>
        </message>
    </context>
    <context>
        <name>OfficeCaPanel</name>
        <message>
            <source>Certificate authorities</source>
            <translation>Tổ chức chứng thực</translation>
        </message>
        <message>
            <source>Trust a certificate authority…</source>
            <translation>Tin cậy một tổ chức chứng thực…</translation>
        </message>
        <message>
            <source>Import a revocation list (CRL)…</source>
            <translation>Nhập danh sách thu hồi (CRL)…</translation>
        </message>
        <message>
            <source>Authority</source>
            <translation>Tổ chức chứng thực</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Hiệu lực đến</translation>
        </message>
        <message>
            <source>SHA-256 fingerprint</source>
            <translation>Dấu vân tay SHA-256</translation>
        </message>
        <message>
            <source>Trusted</source>
            <translation>Được tin cậy</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Đã gỡ bỏ</translation>
        </message>
        <message>
            <source>every unit</source>
            <translation>mọi đơn vị</translation>
        </message>
        <message>
            <source>Revocation lists imported: %1 (%2 certificates revoked).</source>
            <translation>Danh sách thu hồi đã nhập: %1 (%2 chứng thư bị thu hồi).</translation>
        </message>
        <message>
            <source>No revocation list (CRL) imported.</source>
            <translation>Chưa nhập danh sách thu hồi (CRL) nào.</translation>
        </message>
        <message>
            <source>Choose the authority's certificate</source>
            <translation>Chọn chứng thư của tổ chức chứng thực</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.cer *.crt)</source>
            <translation>Chứng thư số (*.pem *.cer *.crt)</translation>
        </message>
        <message>
            <source>Choose the revocation list</source>
            <translation>Chọn danh sách thu hồi</translation>
        </message>
        <message>
            <source>Revocation lists (*.crl *.pem *.der)</source>
            <translation>Danh sách thu hồi (*.crl *.pem *.der)</translation>
        </message>
        <message>
            <source>Revocation list of %1 imported: %2 certificates revoked.</source>
            <translation>Đã nhập danh sách thu hồi của %1: %2 chứng thư bị thu hồi.</translation>
        </message>
        <message>
            <source>This revocation list was imported before; nothing changed.</source>
            <translation>Danh sách thu hồi này đã được nhập trước đây; không có gì thay đổi.</translation>
        </message>
    </context>
    <context>
        <name>OfficeCertTexts</name>
        <message>
            <source>Register this certificate as your superior office?</source>
            <translation>Đăng ký chứng thư số này là của cơ quan cấp trên?</translation>
        </message>
        <message>
            <source>Name: %1</source>
            <translation>Tên: %1</translation>
        </message>
        <message>
            <source>Unit code: %1</source>
            <translation>Mã đơn vị: %1</translation>
        </message>
        <message>
            <source>Valid until: %1</source>
            <translation>Có hiệu lực đến: %1</translation>
        </message>
        <message>
            <source>SHA-256 fingerprint:</source>
            <translation>Dấu vân tay SHA-256:</translation>
        </message>
        <message>
            <source>Read the 16 groups to the office by phone: register only when they match. A certificate registered earlier is marked replaced.</source>
            <translation>Đọc 16 nhóm ký tự qua điện thoại để đối chiếu với cơ quan cấp trên: chỉ đăng ký khi trùng khớp. Chứng thư số đăng ký trước đó sẽ được đánh dấu là đã thay thế.</translation>
        </message>
        <message>
            <source>The superior office's certificate</source>
            <translation>Chứng thư số của cơ quan cấp trên</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.cer *.crt)</source>
            <translation>Chứng thư số (*.pem *.cer *.crt)</translation>
        </message>
        <message>
            <source>Certificate not registered</source>
            <translation>Chưa đăng ký chứng thư số</translation>
        </message>
        <message>
            <source>Register the office certificate</source>
            <translation>Đăng ký chứng thư số của cấp trên</translation>
        </message>
        <message>
            <source>Office certificate registered</source>
            <translation>Đã đăng ký chứng thư số của cấp trên</translation>
        </message>
        <message>
            <source>Plans and receipts signed by %1 are now recognised.</source>
            <translation>Từ nay, kế hoạch và biên nhận do %1 ký sẽ được công nhận.</translation>
        </message>
    </context>
    <context>
        <name>OfficeCommentsPanel</name>
        <message>
            <source>%1 has not been acknowledged by the office yet.</source>
            <translation>%1 chưa được cấp trên xác nhận.</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>đã tiếp nhận</translation>
        </message>
        <message>
            <source>has issues</source>
            <translation>có vấn đề</translation>
        </message>
        <message>
            <source>%1: acknowledged by %2 on %3 (%4, revision %5).</source>
            <translation>%1: %2 đã xác nhận ngày %3 (%4, lần %5).</translation>
        </message>
        <message>
            <source>No remark on any figure.</source>
            <translation>Không có nhận xét về số liệu nào.</translation>
        </message>
    </context>
    <context>
        <name>OfficeCompletenessView</name>
        <message>
            <source>On time</source>
            <translation>Đúng hạn</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Muộn</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Đã nộp</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Chưa nộp</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Bị từ chối</translation>
        </message>
        <message>
            <source>numerators and denominators summed</source>
            <translation>cộng tử số và mẫu số</translation>
        </message>
        <message>
            <source>share of units meeting the target</source>
            <translation>tỷ lệ đơn vị đạt chỉ tiêu</translation>
        </message>
        <message>
            <source>Completeness and aggregation</source>
            <translation>Tình hình nộp báo cáo và tổng hợp</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Làm mới</translation>
        </message>
        <message>
            <source>Aggregate and write the report…</source>
            <translation>Tổng hợp và xuất báo cáo…</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Kỳ:</translation>
        </message>
        <message>
            <source>Units expected</source>
            <translation>Đơn vị phải báo cáo</translation>
        </message>
        <message>
            <source>Submitted (reporting rate)</source>
            <translation>Đã nộp (tỷ lệ nộp)</translation>
        </message>
        <message>
            <source>On time (on-time rate)</source>
            <translation>Đúng hạn (tỷ lệ đúng hạn)</translation>
        </message>
        <message>
            <source>Rejected only</source>
            <translation>Chỉ có gói bị từ chối</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>Tất cả đơn vị</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Hiển thị:</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>Mã đơn vị</translation>
        </message>
        <message>
            <source>Unit name</source>
            <translation>Tên đơn vị</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tình trạng</translation>
        </message>
        <message>
            <source>Submitted on</source>
            <translation>Ngày nộp</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Lần ban hành</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Cách tổng hợp</translation>
        </message>
        <message>
            <source>Numerator</source>
            <translation>Tử số</translation>
        </message>
        <message>
            <source>Denominator</source>
            <translation>Mẫu số</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Số đơn vị</translation>
        </message>
        <message>
            <source>Target met</source>
            <translation>Đạt chỉ tiêu</translation>
        </message>
        <message>
            <source>No deadline is known for this period: import the plan in force to judge timeliness.</source>
            <translation>Chưa có hạn nộp cho kỳ này: hãy nhập kế hoạch đang có hiệu lực để đánh giá tính kịp thời.</translation>
        </message>
        <message>
            <source>Deadline: %1 (plan in force).</source>
            <translation>Hạn nộp: %1 (theo kế hoạch đang có hiệu lực).</translation>
        </message>
        <message>
            <source>Reported without being expected: %1.</source>
            <translation>Đơn vị nộp nhưng không có trong danh sách phải báo cáo: %1.</translation>
        </message>
        <message>
            <source>(not expected)</source>
            <translation>(không thuộc danh sách)</translation>
        </message>
        <message>
            <source>Impossible figures, not summed: %1</source>
            <translation>Số liệu không hợp lý, không được cộng: %1</translation>
        </message>
        <message>
            <source>Choose the folder for the office report</source>
            <translation>Chọn thư mục lưu báo cáo tổng hợp</translation>
        </message>
        <message>
            <source>Aggregating %1…</source>
            <translation>Đang tổng hợp %1…</translation>
        </message>
        <message>
            <source>Written: %1 and %2</source>
            <translation>Đã ghi: %1 và %2</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>có</translation>
        </message>
        <message>
            <source>no</source>
            <translation>không</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>chưa có số liệu</translation>
        </message>
        <message>
            <source>(%1 left out)</source>
            <translation>(không tính %1 đơn vị)</translation>
        </message>
    </context>
    <context>
        <name>OfficeHomeView</name>
        <message>
            <source>Trust list</source>
            <translation>Danh sách tin cậy</translation>
        </message>
        <message>
            <source>Take in packages</source>
            <translation>Tiếp nhận gói</translation>
        </message>
        <message>
            <source>Completeness and aggregation</source>
            <translation>Tình hình nộp và tổng hợp</translation>
        </message>
        <message>
            <source>Receiving office</source>
            <translation>Cơ quan tiếp nhận</translation>
        </message>
        <message>
            <source>%1 units are expected to report (active certificates in the trust list).</source>
            <translation>%1 đơn vị phải báo cáo (chứng thư đang hiệu lực trong danh sách tin cậy).</translation>
        </message>
        <message>
            <source>Latest period received: &lt;b&gt;%1&lt;/b&gt; — %2 of %3 units submitted, %4 missing, %5 rejected.</source>
            <translation>Kỳ nhận gần nhất: &lt;b&gt;%1&lt;/b&gt; — %2/%3 đơn vị đã nộp, %4 chưa nộp, %5 bị từ chối.</translation>
        </message>
        <message>
            <source>No package has been taken in yet.</source>
            <translation>Chưa tiếp nhận gói nào.</translation>
        </message>
    </context>
    <context>
        <name>OfficeIntakeView</name>
        <message>
            <source>Accepted</source>
            <translation>Đã tiếp nhận</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation>Đã được thay thế</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Trùng lặp</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Xung đột</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>Không hợp lệ</translation>
        </message>
        <message>
            <source>Untrusted</source>
            <translation>Không tin cậy</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Dữ liệu mẫu</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>Mã đơn vị</translation>
        </message>
        <message>
            <source>Unit name</source>
            <translation>Tên đơn vị</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Kỳ</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Lần ban hành</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Ngày ký</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Ngày nhận</translation>
        </message>
        <message>
            <source>Package intake</source>
            <translation>Tiếp nhận gói báo cáo</translation>
        </message>
        <message>
            <source>Take in a folder…</source>
            <translation>Tiếp nhận từ thư mục…</translation>
        </message>
        <message>
            <source>Take in from the drive</source>
            <translation>Tiếp nhận từ ổ đĩa</translation>
        </message>
        <message>
            <source>Find drives</source>
            <translation>Tìm ổ đĩa</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Tiếp tục</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Dừng</translation>
        </message>
        <message>
            <source>Choose the folder or the USB stick with the packages received.</source>
            <translation>Chọn thư mục hoặc USB chứa các gói báo cáo nhận được.</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>Mọi trạng thái</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Kỳ:</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>Trạng thái:</translation>
        </message>
        <message>
            <source>Write receipt…</source>
            <translation>Lập biên nhận…</translation>
        </message>
        <message>
            <source>History of the selected unit and period</source>
            <translation>Lịch sử của đơn vị và kỳ đang chọn</translation>
        </message>
        <message>
            <source>No removable drive</source>
            <translation>Không có ổ đĩa rời</translation>
        </message>
        <message>
            <source>Choose the folder of received packages</source>
            <translation>Chọn thư mục chứa các gói đã nhận</translation>
        </message>
        <message>
            <source>Looking for packages in %1…</source>
            <translation>Đang tìm gói trong %1…</translation>
        </message>
        <message>
            <source>Stopping after the current package…</source>
            <translation>Đang dừng sau gói hiện tại…</translation>
        </message>
        <message>
            <source>already recorded</source>
            <translation>đã ghi nhận trước đó</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>đã kiểm tra</translation>
        </message>
        <message>
            <source>%1 of %2: %3 — %4</source>
            <translation>%1/%2: %3 — %4</translation>
        </message>
        <message>
            <source>already recorded: %1</source>
            <translation>đã ghi nhận trước đó: %1</translation>
        </message>
        <message>
            <source>no package found</source>
            <translation>không tìm thấy gói nào</translation>
        </message>
        <message>
            <source>Stopped. %1. Press Resume to take in the rest; what was recorded is kept.</source>
            <translation>Đã dừng. %1. Bấm Tiếp tục để tiếp nhận phần còn lại; những gói đã ghi nhận được giữ nguyên.</translation>
        </message>
        <message>
            <source>Done. %1.</source>
            <translation>Xong. %1.</translation>
        </message>
        <message>
            <source>All periods</source>
            <translation>Mọi kỳ</translation>
        </message>
        <message>
            <source>History of %1 (%2) for %3</source>
            <translation>Lịch sử của %1 (%2) kỳ %3</translation>
        </message>
        <message>
            <source>Choose a package in the ledger first.</source>
            <translation>Hãy chọn một gói báo cáo trong sổ tiếp nhận trước.</translation>
        </message>
    </context>
    <context>
        <name>OfficeTrustView</name>
        <message>
            <source>Active</source>
            <translation>Đang hiệu lực</translation>
        </message>
        <message>
            <source>Replaced</source>
            <translation>Đã thay thế</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Đã thu hồi</translation>
        </message>
        <message>
            <source>Trust list</source>
            <translation>Danh sách tin cậy</translation>
        </message>
        <message>
            <source>Register a certificate…</source>
            <translation>Đăng ký chứng thư…</translation>
        </message>
        <message>
            <source>Replace…</source>
            <translation>Thay chứng thư…</translation>
        </message>
        <message>
            <source>Revoke…</source>
            <translation>Thu hồi…</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>Mã đơn vị</translation>
        </message>
        <message>
            <source>Unit name</source>
            <translation>Tên đơn vị</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>SHA-256 fingerprint</source>
            <translation>Dấu vân tay SHA-256</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Hiệu lực đến</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Ngày đăng ký</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>%1 units expected to report (active certificates); %2 certificates in all.</source>
            <translation>%1 đơn vị phải báo cáo (chứng thư đang hiệu lực); tổng cộng %2 chứng thư.</translation>
        </message>
        <message>
            <source>Choose the unit's certificate</source>
            <translation>Chọn chứng thư số của đơn vị</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.cer *.crt)</source>
            <translation>Chứng thư số (*.pem *.cer *.crt)</translation>
        </message>
        <message>
            <source>Revoke the certificate of %1 (%2)? No package signed with it will be trusted any more, whatever its date. Say why:</source>
            <translation>Thu hồi chứng thư của %1 (%2)? Mọi gói ký bằng chứng thư này sẽ không còn được tin cậy, dù ký vào ngày nào. Nêu lý do:</translation>
        </message>
        <message>
            <source>Revoke a certificate</source>
            <translation>Thu hồi chứng thư</translation>
        </message>
    </context>
    <context>
        <name>PackageView</name>
        <message>
            <source>Report packages</source>
            <translation>Gói báo cáo</translation>
        </message>
        <message>
            <source>Signing key…</source>
            <translation>Khóa ký số…</translation>
        </message>
        <message>
            <source>USB token…</source>
            <translation>USB token…</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Kỳ báo cáo</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Lần phát hành</translation>
        </message>
        <message>
            <source>Data locked</source>
            <translation>Dữ liệu đã khóa</translation>
        </message>
        <message>
            <source>Package SHA-256</source>
            <translation>SHA-256 của gói</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Cấp trên</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Thời điểm</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Sự kiện</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>Sign and package…</source>
            <translation>Ký và đóng gói…</translation>
        </message>
        <message>
            <source>Amend…</source>
            <translation>Điều chỉnh…</translation>
        </message>
        <message>
            <source>Verify a package file…</source>
            <translation>Kiểm tra một tệp gói…</translation>
        </message>
        <message>
            <source>Import receipt…</source>
            <translation>Nhập biên nhận…</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Bước kiểm tra</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Chi tiết</translation>
        </message>
        <message>
            <source>Verification</source>
            <translation>Kiểm tra gói</translation>
        </message>
        <message>
            <source>Packages and amendments of the selected period:</source>
            <translation>Các gói và lần điều chỉnh của kỳ đã chọn:</translation>
        </message>
        <message>
            <source>signed, revision %1</source>
            <translation>đã ký, lần %1</translation>
        </message>
        <message>
            <source>amended (revision %1 reopened)</source>
            <translation>đang điều chỉnh (mở lại lần %1)</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>bản nháp</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>đã tiếp nhận</translation>
        </message>
        <message>
            <source>has issues</source>
            <translation>có vấn đề</translation>
        </message>
        <message>
            <source>acknowledged by the office on %1 (%2, revision %3)</source>
            <translation>cấp trên đã xác nhận ngày %1 (%2, lần %3)</translation>
        </message>
        <message>
            <source>%1 comment(s)</source>
            <translation>%1 nhận xét</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>đã ký</translation>
        </message>
        <message>
            <source>amended</source>
            <translation>điều chỉnh</translation>
        </message>
        <message>
            <source>signed — checked: VALID</source>
            <translation>đã ký — đã kiểm tra: HỢP LỆ</translation>
        </message>
        <message>
            <source>USB token %1, key %2: %3 (unit code %4), fingerprint %5</source>
            <translation>USB token %1, khóa %2: %3 (mã đơn vị %4), dấu vân tay %5</translation>
        </message>
        <message>
            <source>Signing key: %3 (unit code %4), fingerprint %5</source>
            <translation>Khóa ký số: %3 (mã đơn vị %4), dấu vân tay %5</translation>
        </message>
        <message>
            <source>No signing key yet: create or import one with "Signing key…", or sign with a USB token.</source>
            <translation>Chưa có khóa ký số: hãy tạo hoặc nhập khóa bằng "Khóa ký số…", hoặc ký bằng USB token.</translation>
        </message>
        <message>
            <source>Signing key: %1 (its password is asked when signing)</source>
            <translation>Khóa ký số: %1 (mật khẩu được hỏi khi ký)</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>Khóa ký số</translation>
        </message>
        <message>
            <source>Password of the key file:</source>
            <translation>Mật khẩu của tệp khóa:</translation>
        </message>
        <message>
            <source>The key cannot be used: %1</source>
            <translation>Không dùng được khóa: %1</translation>
        </message>
        <message>
            <source>Choose a period first.</source>
            <translation>Hãy chọn một kỳ báo cáo trước.</translation>
        </message>
        <message>
            <source>%1 is already signed. To issue a corrected package, amend it first (with the reason).</source>
            <translation>%1 đã được ký. Muốn phát hành gói đã sửa, hãy điều chỉnh trước (nêu lý do).</translation>
        </message>
        <message>
            <source>Not signed: %1</source>
            <translation>Chưa ký: %1</translation>
        </message>
        <message>
            <source>Not signed: nothing was locked.</source>
            <translation>Chưa ký: không có dữ liệu nào bị khóa.</translation>
        </message>
        <message>
            <source>Save the package into</source>
            <translation>Lưu gói vào</translation>
        </message>
        <message>
            <source>Writing, signing and checking the package…</source>
            <translation>Đang ghi, ký và kiểm tra gói…</translation>
        </message>
        <message>
            <source>Signed %1, revision %2: %3 (read back and verified; it is safe to remove a USB stick). Records dated %4 to %5 are now locked.</source>
            <translation>Đã ký %1, lần %2: %3 (đã đọc lại và kiểm tra; có thể rút USB an toàn). Các bản ghi từ ngày %4 đến %5 nay đã khóa.</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Không thành công: %1</translation>
        </message>
        <message>
            <source>Only a signed period can be amended.</source>
            <translation>Chỉ kỳ đã ký mới điều chỉnh được.</translation>
        </message>
        <message>
            <source>Amend</source>
            <translation>Điều chỉnh</translation>
        </message>
        <message>
            <source>Why must %1 be corrected? The reason is kept in the audit log.</source>
            <translation>Vì sao phải sửa %1? Lý do được ghi vào nhật ký.</translation>
        </message>
        <message>
            <source>Not amended: state the reason (at least %1 characters).</source>
            <translation>Chưa điều chỉnh: hãy nêu lý do (ít nhất %1 ký tự).</translation>
        </message>
        <message>
            <source>Not amended: %1</source>
            <translation>Chưa điều chỉnh: %1</translation>
        </message>
        <message>
            <source>%1 reopened: its records can be corrected; sign it again to issue the next revision.</source>
            <translation>Đã mở lại %1: có thể sửa các bản ghi; ký lại để phát hành lần tiếp theo.</translation>
        </message>
        <message>
            <source>Package to verify</source>
            <translation>Gói cần kiểm tra</translation>
        </message>
        <message>
            <source>Report packages (*.zip)</source>
            <translation>Gói báo cáo (*.zip)</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>đạt</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>KHÔNG ĐẠT</translation>
        </message>
        <message>
            <source>VALID: %1 — unit %2, period %3, revision %4. Note: %5</source>
            <translation>HỢP LỆ: %1 — đơn vị %2, kỳ %3, lần %4. Lưu ý: %5</translation>
        </message>
        <message>
            <source>the signing time is the signer's own claim: offline there is no timestamp authority to confirm it</source>
            <translation>thời điểm ký do người ký tự khai: khi không có mạng thì không có tổ chức cấp dấu thời gian để xác nhận</translation>
        </message>
        <message>
            <source>Package file (zip)</source>
            <translation>Tệp gói (zip)</translation>
        </message>
        <message>
            <source>Package structure</source>
            <translation>Cấu trúc gói</translation>
        </message>
        <message>
            <source>Files in their places</source>
            <translation>Các tệp đúng vị trí</translation>
        </message>
        <message>
            <source>Package declaration</source>
            <translation>Khai báo gói</translation>
        </message>
        <message>
            <source>Package information</source>
            <translation>Thông tin gói</translation>
        </message>
        <message>
            <source>Checksum of a report file</source>
            <translation>Mã kiểm tra của tệp báo cáo</translation>
        </message>
        <message>
            <source>Checksum of a package file</source>
            <translation>Mã kiểm tra của tệp trong gói</translation>
        </message>
        <message>
            <source>No file left out of the list</source>
            <translation>Không có tệp nằm ngoài danh mục</translation>
        </message>
        <message>
            <source>Number and size of the files</source>
            <translation>Số lượng và dung lượng tệp</translation>
        </message>
        <message>
            <source>Digital signature</source>
            <translation>Chữ ký số</translation>
        </message>
        <message>
            <source>Signer in the trust list</source>
            <translation>Người ký trong danh sách tin cậy</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>Mã đơn vị</translation>
        </message>
        <message>
            <source>Certificate valid at signing</source>
            <translation>Chứng thư còn hiệu lực khi ký</translation>
        </message>
        <message>
            <source>Report figures (report-data.json)</source>
            <translation>Số liệu báo cáo (report-data.json)</translation>
        </message>
        <message>
            <source>UNREADABLE: %1</source>
            <translation>KHÔNG ĐỌC ĐƯỢC: %1</translation>
        </message>
        <message>
            <source>INVALID: %1 — see the failed checks below.</source>
            <translation>KHÔNG HỢP LỆ: %1 — xem các bước không đạt bên dưới.</translation>
        </message>
        <message>
            <source>No record is dated in %1: the signed report will say that nothing was recorded. Sign it anyway?</source>
            <translation>Chưa có bản ghi nào trong %1: báo cáo ký gửi sẽ ghi rõ là chưa có số liệu. Vẫn ký?</translation>
        </message>
        <message>
            <source>No data in this period</source>
            <translation>Kỳ này chưa có số liệu</translation>
        </message>
        <message>
            <source>Not signed: %1 has no data.</source>
            <translation>Chưa ký: %1 chưa có số liệu.</translation>
        </message>
    </context>
    <context>
        <name>PagePreview</name>
        <message>
            <source>Fit width</source>
            <translation>Vừa khung</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Thu nhỏ</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Phóng to</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
    </context>
    <context>
        <name>PasswordChangeDialog</name>
        <message>
            <source>Change the password</source>
            <translation>Đổi mật khẩu</translation>
        </message>
        <message>
            <source>Protect the database with a password</source>
            <translation>Bảo vệ cơ sở dữ liệu bằng mật khẩu</translation>
        </message>
        <message>
            <source>Choose a new password</source>
            <translation>Chọn mật khẩu mới</translation>
        </message>
        <message>
            <source>The database is re-encrypted with the new password. Keep the new password safe.</source>
            <translation>Cơ sở dữ liệu sẽ được mã hóa lại bằng mật khẩu mới. Hãy giữ mật khẩu mới cẩn thận.</translation>
        </message>
        <message>
            <source>This database holds personal data and is not encrypted yet. Choose a password to encrypt it; you will need it each time you open CommuneDesk. You can do this later, but until then the data can be read by anyone who has the file.</source>
            <translation>Cơ sở dữ liệu này chứa dữ liệu cá nhân và chưa được mã hóa. Hãy chọn mật khẩu để mã hóa; mỗi lần mở CommuneDesk bạn sẽ cần mật khẩu này. Bạn có thể làm việc này sau, nhưng trong thời gian đó ai có tệp cũng đọc được dữ liệu.</translation>
        </message>
        <message>
            <source>You signed in with the recovery key. Choose a new password now; a new recovery key will be shown, and the old one stops working.</source>
            <translation>Bạn đã đăng nhập bằng khóa khôi phục. Hãy chọn mật khẩu mới ngay; một khóa khôi phục mới sẽ được hiển thị và khóa cũ hết hiệu lực.</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>Mật khẩu hiện tại:</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>Mật khẩu mới:</translation>
        </message>
        <message>
            <source>Repeat the new password:</source>
            <translation>Nhập lại mật khẩu mới:</translation>
        </message>
        <message>
            <source>Encrypt now</source>
            <translation>Mã hóa ngay</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>Đổi mật khẩu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Để sau</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Thoát</translation>
        </message>
        <message>
            <source>Too short: at least %1 characters</source>
            <translation>Quá ngắn: cần ít nhất %1 ký tự</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>Yếu</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Trung bình</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Khá</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Mạnh</translation>
        </message>
        <message>
            <source>Strength: %1</source>
            <translation>Độ mạnh: %1</translation>
        </message>
        <message>
            <source>a short sentence is easy to remember and hard to guess</source>
            <translation>một câu ngắn vừa dễ nhớ vừa khó đoán</translation>
        </message>
        <message>
            <source>The new password must have at least %1 characters.</source>
            <translation>Mật khẩu mới phải có ít nhất %1 ký tự.</translation>
        </message>
        <message>
            <source>The two new passwords are not the same.</source>
            <translation>Hai lần nhập mật khẩu mới không giống nhau.</translation>
        </message>
        <message>
            <source>Enter the current password.</source>
            <translation>Hãy nhập mật khẩu hiện tại.</translation>
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translation>Mật khẩu hiện tại không đúng.</translation>
        </message>
    </context>
    <context>
        <name>PenaltyForm</name>
        <message>
            <source>Before the NĐ 282/2025 catalogue: %1 (code %2), %3 %4, fine %5 đồng, measures %6</source>
            <translation>Trước khi chuyển sang danh mục NĐ 282/2025: %1 (mã %2), %3 %4, tiền phạt %5 đồng, biện pháp %6</translation>
        </message>
        <message>
            <source>Needs review (cần rà soát): %1</source>
            <translation>Cần rà soát: %1</translation>
        </message>
        <message>
            <source>A crime: the commune does not fine it; record it as referred to the police or investigators.</source>
            <translation>Hành vi có dấu hiệu tội phạm: cấp xã không xử phạt; ghi là chuyển cơ quan công an, cơ quan điều tra.</translation>
        </message>
        <message>
            <source>%1: amounts not checked against the decree; type the article and the fine from the decision.</source>
            <translation>%1: điều khoản và mức phạt chưa được đối chiếu với nghị định; ghi điều, khoản và tiền phạt theo quyết định.</translation>
        </message>
        <message>
            <source>Fine for this violator: %1–%2 đồng%3.</source>
            <translation>Khung tiền phạt với đối tượng này: %1–%2 đồng%3.</translation>
        </message>
        <message>
            <source> (doubled for an organisation)</source>
            <translation> (tổ chức bị phạt gấp đôi)</translation>
        </message>
        <message>
            <source>A warning is possible.</source>
            <translation>Có thể phạt cảnh cáo.</translation>
        </message>
        <message>
            <source>Beyond the commune's competence (up to %1 đồng): record it as transferred to the competent level.</source>
            <translation>Vượt thẩm quyền cấp xã (tối đa %1 đồng): ghi là chuyển cấp có thẩm quyền.</translation>
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
            <source>I have read these warnings and still want to import this plan</source>
            <translation>Tôi đã đọc các cảnh báo trên và vẫn muốn nhập kế hoạch này</translation>
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
            <source>Signature: signed by registered office (%1; SHA-256 %2…)</source>
            <translation>Chữ ký: do cơ quan cấp trên đã đăng ký ký (%1; SHA-256 %2…)</translation>
        </message>
        <message>
            <source>Signature: unsigned — no .p7s signature file beside the workbook. You may still import it; it is recorded as unsigned.</source>
            <translation>Chữ ký: không có chữ ký — không có tệp chữ ký .p7s bên cạnh tệp kế hoạch. Vẫn có thể nhập; kế hoạch được ghi nhận là chưa ký.</translation>
        </message>
        <message>
            <source>Signature: signed by someone else: %1 (SHA-256 %2…), not the registered superior office. You may still import it; it is recorded with the signer.</source>
            <translation>Chữ ký: do người khác ký: %1 (SHA-256 %2…), không phải cơ quan cấp trên đã đăng ký. Vẫn có thể nhập; kế hoạch được ghi nhận kèm người ký.</translation>
        </message>
        <message>
            <source>Signature: tampered — the signature does not match the workbook (%1). The plan is refused.</source>
            <translation>Chữ ký: đã bị sửa đổi — chữ ký không khớp với tệp kế hoạch (%1). Kế hoạch bị từ chối.</translation>
        </message>
        <message>
            <source>This plan is refused: it was changed after it was signed, or the signature is forged. Nothing was changed.</source>
            <translation>Kế hoạch này bị từ chối: tệp đã bị sửa sau khi ký, hoặc chữ ký là giả mạo. Không có gì thay đổi.</translation>
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
            <source>Warning: this plan is not signed by the registered superior office and would replace the plan that is. Importing it asks for your confirmation.</source>
            <translation>Cảnh báo: kế hoạch này không có chữ ký của cơ quan cấp trên đã đăng ký và sẽ thay thế kế hoạch đang có chữ ký đó. Khi nhập, phần mềm sẽ hỏi anh/chị xác nhận.</translation>
        </message>
        <message>
            <source>Check before importing:</source>
            <translation>Cần xem lại trước khi nhập:</translation>
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
        <message>
            <source>This plan is not signed by the registered superior office, and it would replace the plan in force that is signed by it:

%1

Import it anyway?</source>
            <translation>Kế hoạch này không có chữ ký của cơ quan cấp trên đã đăng ký, và sẽ thay thế kế hoạch đang áp dụng có chữ ký của cơ quan đó:

%1

Vẫn nhập kế hoạch này?</translation>
        </message>
        <message>
            <source>Replace a signed plan?</source>
            <translation>Thay thế kế hoạch đã ký?</translation>
        </message>
        <message>
            <source>plan code</source>
            <translation>mã kế hoạch</translation>
        </message>
        <message>
            <source>version</source>
            <translation>phiên bản</translation>
        </message>
        <message>
            <source>plan title</source>
            <translation>tên kế hoạch</translation>
        </message>
        <message>
            <source>issuing office</source>
            <translation>cơ quan ban hành</translation>
        </message>
        <message>
            <source>year</source>
            <translation>năm</translation>
        </message>
        <message>
            <source>receiving office</source>
            <translation>nơi nhận báo cáo</translation>
        </message>
        <message>
            <source>data cut-off</source>
            <translation>chốt số liệu</translation>
        </message>
        <message>
            <source>document number</source>
            <translation>số văn bản</translation>
        </message>
        <message>
            <source>issued on</source>
            <translation>ngày ban hành</translation>
        </message>
        <message>
            <source>in force from</source>
            <translation>hiệu lực từ ngày</translation>
        </message>
        <message>
            <source>code</source>
            <translation>mã</translation>
        </message>
        <message>
            <source>level</source>
            <translation>cấp</translation>
        </message>
        <message>
            <source>commune's share</source>
            <translation>phần của xã</translation>
        </message>
        <message>
            <source>kind of period</source>
            <translation>loại kỳ</translation>
        </message>
        <message>
            <source>due</source>
            <translation>hạn nộp</translation>
        </message>
        <message>
            <source>cut-off</source>
            <translation>chốt số liệu</translation>
        </message>
        <message>
            <source>note</source>
            <translation>ghi chú</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>loại</translation>
        </message>
        <message>
            <source>label</source>
            <translation>tên hiển thị</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>đang dùng</translation>
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
            <source>Register the office certificate…</source>
            <translation>Đăng ký chứng thư số của cấp trên…</translation>
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
        <message>
            <source>Signature: not checked (imported before signed plans)</source>
            <translation>Chữ ký: chưa kiểm tra (nhập trước khi có kế hoạch ký số)</translation>
        </message>
        <message>
            <source>Signature: signed by the registered superior office (%1)</source>
            <translation>Chữ ký: đã ký bởi cơ quan cấp trên đã đăng ký (%1)</translation>
        </message>
        <message>
            <source>Signature: unsigned — not signed by the superior office</source>
            <translation>Chữ ký: chưa ký — không có chữ ký của cơ quan cấp trên</translation>
        </message>
        <message>
            <source>Signature: signed by someone else (%1), not the registered superior office</source>
            <translation>Chữ ký: do người khác ký (%1), không phải cơ quan cấp trên đã đăng ký</translation>
        </message>
        <message>
            <source>(superior office's target)</source>
            <translation>(chỉ tiêu chung của cấp trên)</translation>
        </message>
        <message>
            <source>(superior office's target; this commune's share: %1)</source>
            <translation>(chỉ tiêu chung của cấp trên; phần của xã: %1)</translation>
        </message>
        <message>
            <source>Superior office certificate: %1 — SHA-256 %2</source>
            <translation>Chứng thư số của cơ quan cấp trên: %1 — SHA-256 %2</translation>
        </message>
        <message>
            <source>No superior office certificate registered: signed plans and receipts cannot be recognised yet.</source>
            <translation>Chưa đăng ký chứng thư số của cơ quan cấp trên: chưa thể công nhận kế hoạch và biên nhận có chữ ký.</translation>
        </message>
    </context>
    <context>
        <name>PopulationDialog</name>
        <message>
            <source>Enter a base figure</source>
            <translation>Nhập số liệu nền</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— chọn —</translation>
        </message>
        <message>
            <source>(all staff together)</source>
            <translation>(tổng số cán bộ)</translation>
        </message>
        <message>
            <source>(all levels)</source>
            <translation>(mọi cấp)</translation>
        </message>
        <message>
            <source>e.g. Report no. 12/BC-CA of 05/01/2026 of the commune police</source>
            <translation>ví dụ: Báo cáo số 12/BC-CA ngày 05/01/2026 của Công an xã</translation>
        </message>
        <message>
            <source>A figure of the same kind and date replaces the earlier one, which stays in the history. Shares of people are taken of the figure in force at the end of each report period.</source>
            <translation>Số liệu cùng loại và cùng ngày sẽ thay số liệu trước, số liệu cũ vẫn lưu trong lịch sử. Tỷ lệ người được tính trên số liệu nền áp dụng tại cuối mỗi kỳ báo cáo.</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Năm:</translation>
        </message>
        <message>
            <source>&amp;Population:</source>
            <translation>&amp;Loại số liệu nền:</translation>
        </message>
        <message>
            <source>&amp;Role (staff):</source>
            <translation>&amp;Vai trò (cán bộ):</translation>
        </message>
        <message>
            <source>&amp;Level (staff):</source>
            <translation>&amp;Cấp (cán bộ):</translation>
        </message>
        <message>
            <source>&amp;Number:</source>
            <translation>&amp;Số lượng:</translation>
        </message>
        <message>
            <source>Figure as of &amp;date:</source>
            <translation>Số liệu tính đến &amp;ngày:</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>&amp;Nguồn số liệu:</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>&amp;Ghi chú:</translation>
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
        <name>Populations</name>
        <message>
            <source>Residents</source>
            <translation>Người dân (nhân khẩu)</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>Hộ gia đình</translation>
        </message>
        <message>
            <source>Workers at prone businesses</source>
            <translation>Người lao động tại cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm</translation>
        </message>
        <message>
            <source>Teachers</source>
            <translation>Giáo viên</translation>
        </message>
        <message>
            <source>Pupils</source>
            <translation>Học sinh</translation>
        </message>
        <message>
            <source>Staff working on prostitution prevention</source>
            <translation>Cán bộ làm công tác phòng, chống mại dâm</translation>
        </message>
    </context>
    <context>
        <name>PopulationsView</name>
        <message>
            <source>Base figures</source>
            <translation>Số liệu nền</translation>
        </message>
        <message>
            <source>Year </source>
            <translation>Năm </translation>
        </message>
        <message>
            <source>Enter a figure…</source>
            <translation>Nhập số liệu…</translation>
        </message>
        <message>
            <source>Show the history</source>
            <translation>Xem lịch sử</translation>
        </message>
        <message>
            <source>Withdraw the figure…</source>
            <translation>Bỏ số liệu…</translation>
        </message>
        <message>
            <source>Population</source>
            <translation>Số liệu nền</translation>
        </message>
        <message>
            <source>Role, level</source>
            <translation>Vai trò, cấp</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Số lượng</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>Tính đến ngày</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Nguồn</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Tình trạng</translation>
        </message>
        <message>
            <source>Shares of people (staff trained, workers, teachers, pupils and residents reached) are taken of these figures: of the report's year, the latest dated on or before the end of its period. A missing figure is said, never counted as 0.</source>
            <translation>Tỷ lệ người (cán bộ được tập huấn; người lao động, giáo viên, học sinh, người dân được tuyên truyền) được tính trên các số liệu này: của năm báo cáo, số liệu mới nhất tính đến cuối kỳ. Số liệu chưa nhập được báo rõ, không bao giờ tính là 0.</translation>
        </message>
        <message>
            <source>replaced %1</source>
            <translation>đã thay lúc %1</translation>
        </message>
        <message>
            <source>in force on %1</source>
            <translation>đang áp dụng ngày %1</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>áp dụng từ %1</translation>
        </message>
        <message>
            <source>earlier figure</source>
            <translation>số liệu trước</translation>
        </message>
        <message>
            <source>not entered</source>
            <translation>chưa nhập</translation>
        </message>
        <message>
            <source>Entered by %1 on %2</source>
            <translation>Người nhập: %1, lúc %2</translation>
        </message>
        <message>
            <source>Staff working on the task in force on %1: %2</source>
            <translation>Tổng số cán bộ làm công tác phòng, chống mại dâm áp dụng ngày %1: %2</translation>
        </message>
        <message>
            <source>Staff working on the task: not entered</source>
            <translation>Số cán bộ làm công tác phòng, chống mại dâm: chưa nhập số liệu nền</translation>
        </message>
        <message>
            <source>Not entered for %1: %2</source>
            <translation>Chưa nhập số liệu nền năm %1: %2</translation>
        </message>
        <message>
            <source>Withdraw the figure</source>
            <translation>Bỏ số liệu</translation>
        </message>
        <message>
            <source>Withdraw %1 = %2 (as of %3)? It stays in the history.</source>
            <translation>Bỏ số liệu %1 = %2 (tính đến ngày %3)? Số liệu vẫn lưu trong lịch sử.</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>{value} is not an indicator entered by hand</source>
            <translation>{value} không phải chỉ tiêu nhập tay</translation>
        </message>
        <message>
            <source>unknown period {value}; expected e.g. 2026-Q3, 2026-H1, 2026-9M, 2026</source>
            <translation>kỳ {value} không hợp lệ; ví dụ: 2026-Q3, 2026-H1, 2026-9M, 2026</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>không được để trống</translation>
        </message>
        <message>
            <source>must be a number, 0 or more</source>
            <translation>phải là một số, từ 0 trở lên</translation>
        </message>
        <message>
            <source>is a yes/no indicator: 1 for yes, 0 for no</source>
            <translation>là chỉ tiêu có/không: 1 là có, 0 là không</translation>
        </message>
        <message>
            <source>is required: the number the share is taken of</source>
            <translation>bắt buộc: nhập mẫu số của tỷ lệ</translation>
        </message>
        <message>
            <source>must be a whole number, 0 or more</source>
            <translation>phải là số nguyên, từ 0 trở lên</translation>
        </message>
        <message>
            <source>must not exceed the denominator ({value})</source>
            <translation>không được lớn hơn mẫu số ({value})</translation>
        </message>
        <message>
            <source>a yes/no indicator has no denominator</source>
            <translation>chỉ tiêu có/không không có mẫu số</translation>
        </message>
        <message>
            <source>a count has no denominator</source>
            <translation>chỉ tiêu đếm số lượng không có mẫu số</translation>
        </message>
        <message>
            <source>the denominator is the population {value} entered apart (population set); leave it out</source>
            <translation>mẫu số là số liệu nền {value} nhập riêng (mục Số liệu nền); không nhập mẫu số ở đây</translation>
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
            <source>unknown team or group {value}</source>
            <translation>không có đội, nhóm {value}</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>phải là số nguyên</translation>
        </message>
        <message>
            <source>must be a year between 2000 and next year</source>
            <translation>phải là năm từ 2000 đến năm sau</translation>
        </message>
        <message>
            <source>give both role and level, or neither for all staff together</source>
            <translation>nhập cả vai trò và cấp, hoặc để trống cả hai khi nhập tổng số cán bộ</translation>
        </message>
        <message>
            <source>only staff are entered by role and level</source>
            <translation>chỉ số liệu cán bộ mới nhập theo vai trò và cấp</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>không được là số âm</translation>
        </message>
        <message>
            <source>must not be in the future</source>
            <translation>không được là ngày trong tương lai</translation>
        </message>
        <message>
            <source>must lie in {year} or the year before</source>
            <translation>phải thuộc năm {year} hoặc năm trước đó</translation>
        </message>
        <message>
            <source>is required: say where the figure comes from</source>
            <translation>bắt buộc: ghi rõ nguồn số liệu</translation>
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
            <source>; did you mean '{name}'?</source>
            <translation>; có phải ý bạn là '{name}'?</translation>
        </message>
        <message>
            <source>none</source>
            <translation>không có</translation>
        </message>
        <message>
            <source>expected {expected}; found {found}{hint}</source>
            <translation>cần {expected}; gặp {found}{hint}</translation>
        </message>
        <message>
            <source>an empty cell</source>
            <translation>ô trống</translation>
        </message>
        <message>
            <source>the date {date}</source>
            <translation>ngày {date}</translation>
        </message>
        <message>
            <source>{value}% (a cell formatted as percent)</source>
            <translation>{value}% (ô định dạng phần trăm)</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>không có gì</translation>
        </message>
        <message>
            <source>one of the sheets {sheets} or cat_&lt;catalogue&gt;</source>
            <translation>một trong các trang tính {sheets} hoặc cat_&lt;danh mục&gt;</translation>
        </message>
        <message>
            <source>an unknown sheet</source>
            <translation>một trang tính không xác định</translation>
        </message>
        <message>
            <source>this sheet</source>
            <translation>trang tính này</translation>
        </message>
        <message>
            <source>no sheet of that name</source>
            <translation>không có trang tính nào mang tên đó</translation>
        </message>
        <message>
            <source>at most {rows} rows and {columns} columns</source>
            <translation>tối đa {rows} dòng và {columns} cột</translation>
        </message>
        <message>
            <source>{rows} rows and {columns} columns</source>
            <translation>{rows} dòng và {columns} cột</translation>
        </message>
        <message>
            <source>the header row with column names</source>
            <translation>dòng tiêu đề có tên các cột</translation>
        </message>
        <message>
            <source>an empty row</source>
            <translation>một dòng trống</translation>
        </message>
        <message>
            <source>each column once</source>
            <translation>mỗi cột một lần</translation>
        </message>
        <message>
            <source>it a second time</source>
            <translation>cột này lần thứ hai</translation>
        </message>
        <message>
            <source>a known column name ({names})</source>
            <translation>tên cột hợp lệ ({names})</translation>
        </message>
        <message>
            <source>the column '{column}'</source>
            <translation>cột '{column}'</translation>
        </message>
        <message>
            <source>no such column</source>
            <translation>không có cột này</translation>
        </message>
        <message>
            <source>a typed value (formulas are not allowed; type the value itself)</source>
            <translation>giá trị nhập tay (không được dùng công thức; hãy gõ chính giá trị)</translation>
        </message>
        <message>
            <source>the formula {formula}</source>
            <translation>công thức {formula}</translation>
        </message>
        <message>
            <source>a text</source>
            <translation>một nội dung chữ</translation>
        </message>
        <message>
            <source>at most {limit} characters</source>
            <translation>tối đa {limit} ký tự</translation>
        </message>
        <message>
            <source>{count} characters</source>
            <translation>{count} ký tự</translation>
        </message>
        <message>
            <source>a whole number from {low} to {high}</source>
            <translation>số nguyên từ {low} đến {high}</translation>
        </message>
        <message>
            <source>a date (a real date cell, or dd/mm/yyyy or dd/mm text)</source>
            <translation>một ngày (ô kiểu ngày, hoặc chữ dạng dd/mm/yyyy hay dd/mm)</translation>
        </message>
        <message>
            <source>a value</source>
            <translation>một giá trị</translation>
        </message>
        <message>
            <source>a percentage such as 30 or 30%</source>
            <translation>tỷ lệ phần trăm, ví dụ 30 hoặc 30%</translation>
        </message>
        <message>
            <source>a whole number such as 60</source>
            <translation>số nguyên, ví dụ 60</translation>
        </message>
        <message>
            <source> (a bare value of 1 or less in a percent column is ambiguous: write 1% or 100%, 0.5% or 50%)</source>
            <translation> (giá trị từ 1 trở xuống trong cột phần trăm không rõ nghĩa: hãy ghi 1% hoặc 100%, 0,5% hoặc 50%)</translation>
        </message>
        <message>
            <source>a percentage from 0% to 100%</source>
            <translation>tỷ lệ phần trăm từ 0% đến 100%</translation>
        </message>
        <message>
            <source>a whole number of 0 or more (unit is count)</source>
            <translation>số nguyên từ 0 trở lên (đơn vị là số lượng)</translation>
        </message>
        <message>
            <source>text without characters that cannot be seen</source>
            <translation>nội dung không có ký tự không nhìn thấy được</translation>
        </message>
        <message>
            <source>{char} at position {position}</source>
            <translation>{char} ở vị trí {position}</translation>
        </message>
        <message>
            <source>exactly one row of values under the header</source>
            <translation>đúng một dòng giá trị dưới dòng tiêu đề</translation>
        </message>
        <message>
            <source>letters, digits, '.', '_' or '-' without spaces or diacritics</source>
            <translation>chữ cái, chữ số, '.', '_' hoặc '-', không có dấu cách hay dấu tiếng Việt</translation>
        </message>
        <message>
            <source>'calendar' or a day from 2 to 28 such as 15</source>
            <translation>'calendar' hoặc một ngày từ 2 đến 28, ví dụ 15</translation>
        </message>
        <message>
            <source>a date in {year}</source>
            <translation>một ngày trong năm {year}</translation>
        </message>
        <message>
            <source>at least one target</source>
            <translation>ít nhất một chỉ tiêu</translation>
        </message>
        <message>
            <source>a code not used before (row {earlier} has it)</source>
            <translation>mã chưa dùng ở trên (dòng {earlier} đã có mã này)</translation>
        </message>
        <message>
            <source>an indicator code of the catalogue (see docs/plan-template.md)</source>
            <translation>mã chỉ số có trong danh mục (xem docs/plan-template.md)</translation>
        </message>
        <message>
            <source>one of &gt;=, &lt;=, =</source>
            <translation>một trong &gt;=, &lt;=, =</translation>
        </message>
        <message>
            <source>% or count</source>
            <translation>% hoặc count (số lượng)</translation>
        </message>
        <message>
            <source>{units} for indicator {indicator}</source>
            <translation>{units} cho chỉ số {indicator}</translation>
        </message>
        <message>
            <source>year, half or quarter</source>
            <translation>year (năm), half (6 tháng) hoặc quarter (quý)</translation>
        </message>
        <message>
            <source>commune, office or an empty cell</source>
            <translation>commune (cấp xã), office (cấp trên) hoặc để trống</translation>
        </message>
        <message>
            <source>an empty cell (a commune quota belongs to a target of level office)</source>
            <translation>ô để trống (phần của xã chỉ dùng cho chỉ tiêu cấp office - chỉ tiêu chung của cấp trên)</translation>
        </message>
        <message>
            <source>at least one reporting deadline</source>
            <translation>ít nhất một hạn báo cáo</translation>
        </message>
        <message>
            <source>a date (dd/mm) or a rule such as 'day 10 of last month of quarter'</source>
            <translation>một ngày (dd/mm) hoặc quy tắc như 'ngày 10 tháng cuối quý'</translation>
        </message>
        <message>
            <source>a date in {year} or early {next_year}</source>
            <translation>một ngày trong năm {year} hoặc đầu năm {next_year}</translation>
        </message>
        <message>
            <source>one deadline per period (row {earlier} already sets {period})</source>
            <translation>mỗi kỳ một hạn (dòng {earlier} đã đặt hạn cho {period})</translation>
        </message>
        <message>
            <source>a date (dd/mm), a rule such as 'day 14 of last month of period', a day from 2 to 28, 'calendar' or an empty cell</source>
            <translation>một ngày (dd/mm), một quy tắc như 'day 14 of last month of period' (ngày 14 tháng cuối kỳ), một ngày từ 2 đến 28, 'calendar' hoặc để trống</translation>
        </message>
        <message>
            <source>section or recipient</source>
            <translation>section (mục) hoặc recipient (nơi nhận)</translation>
        </message>
        <message>
            <source>letters, digits, '_', '.', '-' without spaces or diacritics</source>
            <translation>chữ cái, chữ số, '_', '.', '-', không có dấu cách hay dấu tiếng Việt</translation>
        </message>
        <message>
            <source>1 or 0</source>
            <translation>1 hoặc 0</translation>
        </message>
        <message>
            <source>a date (a real date cell, or dd/mm/yyyy text)</source>
            <translation>ngày (ô kiểu ngày, hoặc chữ dd/mm/yyyy)</translation>
        </message>
        <message>
            <source>one letter (a, b, c …)</source>
            <translation>một chữ cái (a, b, c …)</translation>
        </message>
        <message>
            <source>both fine_min and fine_max, or neither</source>
            <translation>có cả fine_min và fine_max, hoặc để trống cả hai</translation>
        </message>
        <message>
            <source>a fine_max not below fine_min</source>
            <translation>fine_max không nhỏ hơn fine_min</translation>
        </message>
        <message>
            <source>codes of the catalogue {catalogue} joined by ';'</source>
            <translation>các mã của danh mục {catalogue}, cách nhau bởi ';'</translation>
        </message>
        <message>
            <source>a date not before valid_from</source>
            <translation>ngày không trước valid_from</translation>
        </message>
        <message>
            <source>'crime' or 'administrative'</source>
            <translation>'crime' hoặc 'administrative'</translation>
        </message>
        <message>
            <source>at least one entry</source>
            <translation>ít nhất một mục</translation>
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
            <source>profile must be a JSON object</source>
            <translation>hồ sơ đơn vị phải là một đối tượng JSON</translation>
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
            <source>duplicate code {value}</source>
            <translation>mã {value} bị trùng</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>phải là đúng (true) hoặc sai (false)</translation>
        </message>
        <message>
            <source>the signer signs every report: name them, or tick “complete later”</source>
            <translation>người ký ký mọi báo cáo: hãy nhập họ tên, hoặc chọn “bổ sung sau”</translation>
        </message>
        <message>
            <source>reports are addressed to it: name it, or tick “complete later”</source>
            <translation>báo cáo gửi đến cơ quan này: hãy nhập tên, hoặc chọn “bổ sung sau”</translation>
        </message>
        <message>
            <source>add at least one residential unit (thôn, tổ dân phố), or tick “complete later”</source>
            <translation>hãy thêm ít nhất một thôn, tổ dân phố, hoặc chọn “bổ sung sau”</translation>
        </message>
        <message>
            <source>duplicate code '{value}'</source>
            <translation>mã bị trùng: '{value}'</translation>
        </message>
        <message>
            <source>sheet {sheet}, row {row}, column {column} (cell {ref})</source>
            <translation>trang tính {sheet}, dòng {row}, cột {column} (ô {ref})</translation>
        </message>
        <message>
            <source>sheet {sheet}, row {row}, column {column}</source>
            <translation>trang tính {sheet}, dòng {row}, cột {column}</translation>
        </message>
        <message>
            <source>sheet {sheet}, row {row}, column {column} ({name})</source>
            <translation>trang tính {sheet}, dòng {row}, cột {column} ({name})</translation>
        </message>
        <message>
            <source>sheet {sheet}, row {row}</source>
            <translation>trang tính {sheet}, dòng {row}</translation>
        </message>
        <message>
            <source>must be one of {value}</source>
            <translation>phải là một trong: {value}</translation>
        </message>
        <message>
            <source>the signer's certificate is not in the office trust list</source>
            <translation>chứng thư của người ký không có trong danh sách tin cậy của cơ quan</translation>
        </message>
        <message>
            <source>the certificate is registered for unit {registered}, the package says {claimed}</source>
            <translation>chứng thư được đăng ký cho đơn vị {registered}, nhưng gói báo cáo ghi {claimed}</translation>
        </message>
        <message>
            <source>signed after the certificate was replaced ({reason})</source>
            <translation>được ký sau khi chứng thư đã bị thay thế ({reason})</translation>
        </message>
        <message>
            <source>the certificate was revoked: {reason}</source>
            <translation>chứng thư đã bị thu hồi: {reason}</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>không nêu lý do</translation>
        </message>
        <message>
            <source>the certificate is no longer trusted</source>
            <translation>chứng thư không còn được tin cậy</translation>
        </message>
        <message>
            <source>{check} [{file}]: {message}</source>
            <translation>{check} [{file}]: {message}</translation>
        </message>
        <message>
            <source>{check}: {message}</source>
            <translation>{check}: {message}</translation>
        </message>
        <message>
            <source>the package carries demo data (Demo-Data: yes); it is never counted</source>
            <translation>gói báo cáo chứa dữ liệu mẫu (Demo-Data: yes); không bao giờ được tính</translation>
        </message>
        <message>
            <source>revision {revision} of this unit and period was already received with another content (SHA-256 {sha}…); ask the unit which is right</source>
            <translation>lần gửi {revision} của đơn vị và kỳ này đã được nhận với nội dung khác (SHA-256 {sha}…); hãy hỏi đơn vị bản nào đúng</translation>
        </message>
        <message>
            <source>revision {revision} of this unit and period is already filed</source>
            <translation>lần gửi {revision} của đơn vị và kỳ này đã được lưu</translation>
        </message>
        <message>
            <source>supersedes revision(s) {revisions}</source>
            <translation>thay thế lần gửi {revisions}</translation>
        </message>
        <message>
            <source>{state}: {reason}</source>
            <translation>{state}: {reason}</translation>
        </message>
        <message>
            <source>(recorded earlier) {reason}</source>
            <translation>(đã ghi nhận trước đó) {reason}</translation>
        </message>
        <message>
            <source>same content as {source} already recorded</source>
            <translation>trùng nội dung với {source} đã ghi nhận</translation>
        </message>
        <message>
            <source>same content as a package already recorded</source>
            <translation>trùng nội dung với một gói báo cáo đã ghi nhận</translation>
        </message>
        <message>
            <source>same signed content as {source} already recorded (another zip of the same signed package)</source>
            <translation>cùng nội dung đã ký với {source} đã ghi nhận (một tệp zip khác của cùng gói đã ký)</translation>
        </message>
        <message>
            <source>{reason}, which was rejected: {earlier}</source>
            <translation>{reason}, tệp đó đã bị từ chối: {earlier}</translation>
        </message>
        <message>
            <source>zip [{size} bytes]: larger than the {limit} bytes a package may have; recorded, not copied</source>
            <translation>zip [{size} byte]: lớn hơn {limit} byte cho phép của một gói; đã ghi nhận, không sao chép</translation>
        </message>
        <message>
            <source>note: it supersedes a package this office never received (SHA-256 {sha}…)</source>
            <translation>lưu ý: gói này thay thế một gói mà cơ quan chưa từng nhận (SHA-256 {sha}…)</translation>
        </message>
        <message>
            <source>cannot read the file ({detail})</source>
            <translation>không đọc được tệp ({detail})</translation>
        </message>
        <message>
            <source>in the {origin}</source>
            <translation>có trong {origin}</translation>
        </message>
        <message>
            <source>the period {period} was signed (revision {revision}); amend it to change its records</source>
            <translation>kỳ {period} đã được ký (lần {revision}); hãy mở lại kỳ để sửa các bản ghi của kỳ</translation>
        </message>
        <message>
            <source>unknown residential unit {value}</source>
            <translation>không có thôn, tổ dân phố {value}</translation>
        </message>
        <message>
            <source>is longer than {limit} characters</source>
            <translation>dài hơn {limit} ký tự</translation>
        </message>
        <message>
            <source>looks like text in the legacy {kind} encoding; retype it in Unicode</source>
            <translation>có vẻ là chữ theo bảng mã cũ {kind}; hãy gõ lại bằng Unicode</translation>
        </message>
        <message>
            <source>must be a date</source>
            <translation>phải là ngày</translation>
        </message>
        <message>
            <source>must not be before {other}</source>
            <translation>không được trước {other}</translation>
        </message>
        <message>
            <source>unknown code {value} (catalogue {catalogue})</source>
            <translation>mã {value} không có (danh mục {catalogue})</translation>
        </message>
        <message>
            <source>a unit cannot be merged into itself</source>
            <translation>không thể sáp nhập một thôn, tổ dân phố vào chính nó</translation>
        </message>
        <message>
            <source>name the units the split makes</source>
            <translation>chọn các thôn, tổ dân phố hình thành sau khi chia tách</translation>
        </message>
        <message>
            <source>a unit cannot be split into itself</source>
            <translation>không thể chia tách một đơn vị thành chính nó</translation>
        </message>
        <message>
            <source>only a split names successor units</source>
            <translation>chỉ khi chia tách mới chọn đơn vị kế thừa</translation>
        </message>
        <message>
            <source>role and level given twice</source>
            <translation>vai trò và cấp bị nhập hai lần</translation>
        </message>
        <message>
            <source>is required: persons trained for the first time this year (0 if all were trained earlier this year)</source>
            <translation>bắt buộc: số người được tập huấn lần đầu trong năm (nhập 0 nếu tất cả đã được tập huấn trước đó trong năm)</translation>
        </message>
        <message>
            <source>persons trained for the first time ({value}) cannot exceed the attendances</source>
            <translation>số người tập huấn lần đầu ({value}) không thể lớn hơn số lượt tham dự</translation>
        </message>
        <message>
            <source>is larger than the number of workers</source>
            <translation>lớn hơn số người lao động</translation>
        </message>
        <message>
            <source>unknown business {value}</source>
            <translation>không có cơ sở kinh doanh {value}</translation>
        </message>
        <message>
            <source>unknown hotspot {value}</source>
            <translation>không có điểm nóng {value}</translation>
        </message>
        <message>
            <source>a recognition decision goes with a result that meets the standard ({value})</source>
            <translation>chỉ ghi quyết định công nhận khi kết quả đạt chuẩn ({value})</translation>
        </message>
        <message>
            <source>must not be after the decision date</source>
            <translation>không được sau ngày ra quyết định</translation>
        </message>
        <message>
            <source>must be digits only</source>
            <translation>chỉ được gồm chữ số</translation>
        </message>
        <message>
            <source>must be empty for an organisation</source>
            <translation>phải để trống khi đối tượng là tổ chức</translation>
        </message>
        <message>
            <source>is needed: it decides whether NĐ 144/2021 or NĐ 282/2025 applies (NĐ 282/2025 Điều 70)</source>
            <translation>cần ghi: ngày này quyết định áp dụng NĐ 144/2021 hay NĐ 282/2025 (Điều 70 NĐ 282/2025)</translation>
        </message>
        <message>
            <source>act given twice</source>
            <translation>hành vi bị ghi hai lần</translation>
        </message>
        <message>
            <source>{act} ({decree}) does not apply to an act that ended on {day}: choose an act of the decree in force that day (NĐ 282/2025 Điều 70)</source>
            <translation>{act} ({decree}) không áp dụng cho hành vi kết thúc ngày {day}: chọn hành vi theo nghị định có hiệu lực vào ngày đó (Điều 70 NĐ 282/2025)</translation>
        </message>
        <message>
            <source>several acts make one decision only under Điều 32–33 (mua dâm, bán dâm); record the other acts as separate cases</source>
            <translation>chỉ các hành vi thuộc Điều 32–33 (mua dâm, bán dâm) mới ghi chung một quyết định; ghi các hành vi khác thành vụ việc riêng</translation>
        </message>
        <message>
            <source>must be the most serious act of the decision ({act}, {reference}): acts found together under Điều 32–33 are fined once, in its bracket; list the others as further acts with no fine</source>
            <translation>phải là hành vi nặng nhất của quyết định ({act}, {reference}): các hành vi cùng bị phát hiện theo Điều 32–33 chỉ bị phạt một lần, trong khung của hành vi đó; ghi các hành vi còn lại là hành vi khác, không có tiền phạt</translation>
        </message>
        <message>
            <source>{act} is a crime ({decree}, Điều {article}): it is not fined; record the case as referred to the police or investigators</source>
            <translation>{act} là tội phạm ({decree}, Điều {article}): không xử phạt hành chính; ghi là chuyển cơ quan công an, cơ quan điều tra</translation>
        </message>
        <message>
            <source>a warning is not provided for {act}{reference}</source>
            <translation>không có hình thức cảnh cáo đối với {act}{reference}</translation>
        </message>
        <message>
            <source>must be 0 with a warning</source>
            <translation>phải bằng 0 khi phạt cảnh cáo</translation>
        </message>
        <message>
            <source>must be 0: a transferred or referred case carries no fine (the competent level decides)</source>
            <translation>phải bằng 0: vụ việc chuyển đi không ghi tiền phạt (cấp có thẩm quyền quyết định)</translation>
        </message>
        <message>
            <source>is more than a year after the act ended: the time limit for a penalty has passed</source>
            <translation>sau ngày kết thúc hành vi hơn một năm: đã hết thời hiệu xử phạt</translation>
        </message>
        <message>
            <source>a fine must be more than 0 (a warning is its own outcome)</source>
            <translation>tiền phạt phải lớn hơn 0 (cảnh cáo là một kết quả xử lý riêng)</translation>
        </message>
        <message>
            <source>must lie between {low} and {high} đồng for {act} ({reference}), doubled for an organisation</source>
            <translation>phải trong khung {low}–{high} đồng đối với {act} ({reference}), đã nhân đôi cho tổ chức</translation>
        </message>
        <message>
            <source>must lie between {low} and {high} đồng for {act} ({reference})</source>
            <translation>phải trong khung {low}–{high} đồng đối với {act} ({reference})</translation>
        </message>
        <message>
            <source>must be 0: acts found together under Điều 32–33 are fined once, in the bracket of the most serious of them ({act}, {reference}), with “vi phạm nhiều lần” as an aggravating circumstance</source>
            <translation>phải bằng 0: các hành vi cùng bị phát hiện theo Điều 32–33 chỉ bị phạt một lần, trong khung của hành vi nặng nhất ({act}, {reference}), với tình tiết tăng nặng “vi phạm nhiều lần”</translation>
        </message>
        <message>
            <source>{reference} {decree} ({act}: up to {high} đồng for an organisation) is beyond the commune's competence ({limit} đồng, {source}): record the case as transferred to the competent level</source>
            <translation>{reference} {decree} ({act}: tối đa {high} đồng đối với tổ chức) vượt thẩm quyền cấp xã ({limit} đồng, {source}): ghi vụ việc là chuyển cấp có thẩm quyền</translation>
        </message>
        <message>
            <source>{reference} {decree} ({act}: up to {high} đồng) is beyond the commune's competence ({limit} đồng, {source}): record the case as transferred to the competent level</source>
            <translation>{reference} {decree} ({act}: tối đa {high} đồng) vượt thẩm quyền cấp xã ({limit} đồng, {source}): ghi vụ việc là chuyển cấp có thẩm quyền</translation>
        </message>
        <message>
            <source>is decided by the level the case goes to: leave it empty for a transferred or referred case</source>
            <translation>do cấp nhận vụ việc quyết định: để trống khi chuyển vụ việc</translation>
        </message>
        <message>
            <source>{value} is not provided for this act</source>
            <translation>{value} không được quy định cho hành vi này</translation>
        </message>
        <message>
            <source>{value} is never decided by a commune: record the case as transferred</source>
            <translation>{value} không thuộc thẩm quyền cấp xã: ghi là chuyển cấp có thẩm quyền</translation>
        </message>
        <message>
            <source>must be a year between 2000 and this year</source>
            <translation>phải là năm từ 2000 đến năm nay</translation>
        </message>
        <message>
            <source>criterion given twice</source>
            <translation>tiêu chí được nhập hai lần</translation>
        </message>
        <message>
            <source>unknown criterion {value}</source>
            <translation>không có tiêu chí {value}</translation>
        </message>
        <message>
            <source>certificate file {path} does not exist</source>
            <translation>không có tệp chứng thư {path}</translation>
        </message>
        <message>
            <source>the archive is damaged ({detail})</source>
            <translation>tệp nén bị hỏng ({detail})</translation>
        </message>
        <message>
            <source>{count} files, safe names and sizes</source>
            <translation>{count} tệp, tên và dung lượng an toàn</translation>
        </message>
        <message>
            <source>is a symbolic link</source>
            <translation>là liên kết tượng trưng</translation>
        </message>
        <message>
            <source>is not a regular file (a pipe or a device)</source>
            <translation>không phải tệp thông thường (là ống dẫn hoặc thiết bị)</translation>
        </message>
        <message>
            <source>cannot be checked ({detail})</source>
            <translation>không kiểm tra được ({detail})</translation>
        </message>
        <message>
            <source>the bag is larger than {limit} bytes</source>
            <translation>gói lớn hơn {limit} byte</translation>
        </message>
        <message>
            <source>no bagit.txt: the package is not one BagIt bag</source>
            <translation>không có bagit.txt: gói không phải là một gói BagIt</translation>
        </message>
        <message>
            <source>is not UTF-8 text</source>
            <translation>không phải văn bản UTF-8</translation>
        </message>
        <message>
            <source>line {number} is malformed or repeats a file</source>
            <translation>dòng {number} sai định dạng hoặc lặp lại một tệp</translation>
        </message>
        <message>
            <source>is listed in the manifest but missing from the package</source>
            <translation>có trong bảng kê nhưng thiếu trong gói</translation>
        </message>
        <message>
            <source>checksum does not match (the file was changed)</source>
            <translation>mã kiểm tra không khớp (tệp đã bị thay đổi)</translation>
        </message>
        <message>
            <source>is not a BagIt 1.0 declaration in UTF-8</source>
            <translation>không phải khai báo BagIt 1.0 bằng UTF-8</translation>
        </message>
        <message>
            <source>is missing from the package</source>
            <translation>bị thiếu trong gói</translation>
        </message>
        <message>
            <source>the payload manifest lists a file outside data/</source>
            <translation>bảng kê dữ liệu liệt kê một tệp nằm ngoài data/</translation>
        </message>
        <message>
            <source>is in data/ but not in the manifest (a file was added)</source>
            <translation>có trong data/ nhưng không có trong bảng kê (một tệp đã bị thêm vào)</translation>
        </message>
        <message>
            <source>is not covered by the tag manifest, so not by the signature</source>
            <translation>không được bảng kê thẻ bao quát, nên không được chữ ký bảo vệ</translation>
        </message>
        <message>
            <source>lists payload files or itself</source>
            <translation>liệt kê tệp dữ liệu hoặc chính nó</translation>
        </message>
        <message>
            <source>is a tag file that the tag manifest does not list</source>
            <translation>là tệp thẻ mà bảng kê thẻ không liệt kê</translation>
        </message>
        <message>
            <source>missing {labels}</source>
            <translation>thiếu {labels}</translation>
        </message>
        <message>
            <source>Payload-Oxum says {oxum}, the payload is {actual} (octets.files)</source>
            <translation>Payload-Oxum ghi {oxum}, dữ liệu thực tế là {actual} (byte.tệp)</translation>
        </message>
        <message>
            <source>over {member}: {detail}</source>
            <translation>trên {member}: {detail}</translation>
        </message>
        <message>
            <source>valid over {member}, signed by {signer}</source>
            <translation>hợp lệ trên {member}, do {signer} ký</translation>
        </message>
        <message>
            <source>the signer's certificate is in the trust list</source>
            <translation>chứng thư của người ký có trong danh sách tin cậy</translation>
        </message>
        <message>
            <source>the signer's certificate ({fingerprint}) is not in the trust list</source>
            <translation>chứng thư của người ký ({fingerprint}) không có trong danh sách tin cậy</translation>
        </message>
        <message>
            <source>the certificate is for unit code {code}, bag-info.txt says {claimed}</source>
            <translation>chứng thư cấp cho mã đơn vị {code}, bag-info.txt ghi {claimed}</translation>
        </message>
        <message>
            <source>the signature carries no signing time</source>
            <translation>chữ ký không có thời điểm ký</translation>
        </message>
        <message>
            <source>signed {when} UTC, before the certificate's validity began ({day}); the signing time is the signer's own claim: offline there is no timestamp authority to confirm it</source>
            <translation>ký lúc {when} UTC, trước khi chứng thư có hiệu lực ({day}); thời điểm ký do người ký tự khai: khi không có mạng, không có dịch vụ cấp dấu thời gian để xác nhận</translation>
        </message>
        <message>
            <source>signed {when} UTC, after the certificate expired ({day}); the signing time is the signer's own claim: offline there is no timestamp authority to confirm it</source>
            <translation>ký lúc {when} UTC, sau khi chứng thư hết hạn ({day}); thời điểm ký do người ký tự khai: khi không có mạng, không có dịch vụ cấp dấu thời gian để xác nhận</translation>
        </message>
        <message>
            <source>signed {when} UTC, which is in the future; the signing time is the signer's own claim: offline there is no timestamp authority to confirm it</source>
            <translation>ký lúc {when} UTC, là thời điểm trong tương lai; thời điểm ký do người ký tự khai: khi không có mạng, không có dịch vụ cấp dấu thời gian để xác nhận</translation>
        </message>
        <message>
            <source>signed {when} UTC, within the certificate's validity; the signing time is the signer's own claim: offline there is no timestamp authority to confirm it</source>
            <translation>ký lúc {when} UTC, trong thời hạn hiệu lực của chứng thư; thời điểm ký do người ký tự khai: khi không có mạng, không có dịch vụ cấp dấu thời gian để xác nhận</translation>
        </message>
        <message>
            <source>is not valid UTF-8 JSON ({detail})</source>
            <translation>không phải JSON UTF-8 hợp lệ ({detail})</translation>
        </message>
        <message>
            <source>schema is {schema} v{version}, expected {expected} v{expected_version}</source>
            <translation>lược đồ là {schema} v{version}, cần {expected} v{expected_version}</translation>
        </message>
        <message>
            <source>{key} is {ours} but bag-info.txt says {theirs}</source>
            <translation>{key} là {ours} nhưng bag-info.txt ghi {theirs}</translation>
        </message>
        <message>
            <source>indicators must be a list of objects with a code</source>
            <translation>indicators phải là danh sách các đối tượng có mã</translation>
        </message>
        <message>
            <source>files lists {name}, which is not in data/</source>
            <translation>files liệt kê {name}, tệp này không có trong data/</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>không đọc được</translation>
        </message>
        <message>
            <source>is not a report package: none of {names} is in it (neither at its top nor in the one folder inside)</source>
            <translation>không phải là gói báo cáo: không có tệp nào trong số {names} (ở thư mục gốc hay trong thư mục duy nhất bên trong)</translation>
        </message>
        <message>
            <source>column {column} appears twice</source>
            <translation>cột {column} xuất hiện hai lần</translation>
        </message>
        <message>
            <source>unknown column {column}</source>
            <translation>không có cột {column}</translation>
        </message>
        <message>
            <source>column {column} is missing</source>
            <translation>thiếu cột {column}</translation>
        </message>
        <message>
            <source>sheet {sheet} has more than {count} rows</source>
            <translation>trang {sheet} có hơn {count} dòng</translation>
        </message>
        <message>
            <source>the workbook has no _profile sheet: it is not a CommuneDesk records workbook</source>
            <translation>sổ tính không có trang _profile: đây không phải sổ tính dữ liệu của CommuneDesk</translation>
        </message>
        <message>
            <source>the _profile sheet names no unit (row 3 is empty)</source>
            <translation>trang _profile không ghi đơn vị nào (dòng 3 trống)</translation>
        </message>
        <message>
            <source>the workbook belongs to unit {code} ({name}); this database belongs to {own_code} ({own_name}): nothing was imported</source>
            <translation>sổ tính thuộc đơn vị {code} ({name}); cơ sở dữ liệu này thuộc {own_code} ({own_name}): chưa nhập gì</translation>
        </message>
        <message>
            <source>code and name are required</source>
            <translation>bắt buộc có mã và tên</translation>
        </message>
        <message>
            <source>business code {value} is already used in the database</source>
            <translation>mã cơ sở {value} đã có trong cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>business code {value} is already used above</source>
            <translation>mã cơ sở {value} đã dùng ở dòng trên</translation>
        </message>
        <message>
            <source>hotspot code {value} is already used in the database</source>
            <translation>mã điểm nóng {value} đã có trong cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>hotspot code {value} is already used above</source>
            <translation>mã điểm nóng {value} đã dùng ở dòng trên</translation>
        </message>
        <message>
            <source>decision number in its year {value} is already used in the database</source>
            <translation>số quyết định trong năm {value} đã có trong cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>decision number in its year {value} is already used above</source>
            <translation>số quyết định trong năm {value} đã dùng ở dòng trên</translation>
        </message>
        <message>
            <source>assessment year {value} is already used in the database</source>
            <translation>năm đánh giá {value} đã có trong cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>assessment year {value} is already used above</source>
            <translation>năm đánh giá {value} đã dùng ở dòng trên</translation>
        </message>
        <message>
            <source>model code {value} is already used in the database</source>
            <translation>mã mô hình {value} đã có trong cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>model code {value} is already used above</source>
            <translation>mã mô hình {value} đã dùng ở dòng trên</translation>
        </message>
        <message>
            <source>team code {value} is already used in the database</source>
            <translation>mã đội, nhóm {value} đã có trong cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>team code {value} is already used above</source>
            <translation>mã đội, nhóm {value} đã dùng ở dòng trên</translation>
        </message>
        <message>
            <source>figures of model and quarter {value} are already in the database</source>
            <translation>số liệu của mô hình và quý {value} đã có trong cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>figures of model and quarter {value} are already given above</source>
            <translation>số liệu của mô hình và quý {value} đã ghi ở dòng trên</translation>
        </message>
        <message>
            <source>{name} was already imported on {when} ({count} records); importing it again would add its records twice: import it again only if that is what you want (--again)</source>
            <translation>{name} đã được nhập ngày {when} ({count} bản ghi); nhập lại sẽ thêm các bản ghi đó lần thứ hai: chỉ nhập lại nếu đúng là bạn muốn vậy (--again)</translation>
        </message>
        <message>
            <source>the import was cancelled; nothing was imported</source>
            <translation>đã hủy việc nhập; không có gì được nhập</translation>
        </message>
        <message>
            <source>unknown sheet (ignored)</source>
            <translation>trang tính không xác định (bỏ qua)</translation>
        </message>
        <message>
            <source>{value} is not a real date</source>
            <translation>{value} không phải là ngày có thật</translation>
        </message>
        <message>
            <source>must be a date (dd/mm/yyyy), not {value}</source>
            <translation>phải là ngày (dd/mm/yyyy), không phải {value}</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>phải là số</translation>
        </message>
        <message>
            <source>must be a whole number, not {value}</source>
            <translation>phải là số nguyên, không phải {value}</translation>
        </message>
        <message>
            <source>must be a number, not text {value}</source>
            <translation>phải là số, không phải chữ {value}</translation>
        </message>
        <message>
            <source>must be 'có' or 'không', not {value}</source>
            <translation>phải là 'có' hoặc 'không', không phải {value}</translation>
        </message>
        <message>
            <source>must be text, not a date</source>
            <translation>phải là chữ, không phải ngày</translation>
        </message>
        <message>
            <source>holds a character that cannot be seen ({char}) at position {position}; delete it and type the text again</source>
            <translation>có một ký tự không nhìn thấy được ({char}) ở vị trí {position}; hãy xóa nó và gõ lại nội dung</translation>
        </message>
        <message>
            <source>must be act=amount pairs separated by ';' (e.g. nd282_d32_k2=2500000), not {value}</source>
            <translation>phải là các cặp mã=tiền phạt cách nhau bởi ';' (ví dụ nd282_d32_k2=2500000), không phải {value}</translation>
        </message>
        <message>
            <source>the workbook has no sheet {sheet}</source>
            <translation>bảng tính không có trang {sheet}</translation>
        </message>
        <message>
            <source>the header row must be 1 or more</source>
            <translation>dòng tiêu đề phải từ 1 trở lên</translation>
        </message>
        <message>
            <source>row {row} of sheet {sheet} is empty: choose the row that holds the column headers</source>
            <translation>dòng {row} của trang {sheet} trống: hãy chọn dòng chứa tiêu đề cột</translation>
        </message>
        <message>
            <source>no column is matched to the required field {field}</source>
            <translation>chưa có cột nào được ghép với trường bắt buộc {field}</translation>
        </message>
        <message>
            <source>set up the commune profile before importing records</source>
            <translation>hãy khai báo thông tin đơn vị trước khi nhập dữ liệu</translation>
        </message>
        <message>
            <source>a total row: skipped</source>
            <translation>dòng tổng cộng: bỏ qua</translation>
        </message>
        <message>
            <source>the receipt is not a JSON object</source>
            <translation>giấy báo nhận không phải là một đối tượng JSON</translation>
        </message>
        <message>
            <source>expected {schema}</source>
            <translation>cần {schema}</translation>
        </message>
        <message>
            <source>version {version} is not supported (1 expected)</source>
            <translation>phiên bản {version} không được hỗ trợ (cần 1)</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>bị thiếu</translation>
        </message>
        <message>
            <source>expected 64 lower-case hex digits</source>
            <translation>cần 64 chữ số thập lục phân viết thường</translation>
        </message>
        <message>
            <source>expected a whole number from 1</source>
            <translation>cần số nguyên từ 1 trở lên</translation>
        </message>
        <message>
            <source>expected one of {values}</source>
            <translation>cần một trong {values}</translation>
        </message>
        <message>
            <source>missing office identity</source>
            <translation>thiếu thông tin cơ quan</translation>
        </message>
        <message>
            <source>missing date</source>
            <translation>thiếu ngày</translation>
        </message>
        <message>
            <source>expected a list</source>
            <translation>cần một danh sách</translation>
        </message>
        <message>
            <source>expected an indicator code and a text of at most 2000 characters</source>
            <translation>cần mã chỉ số và nội dung tối đa 2000 ký tự</translation>
        </message>
        <message>
            <source>status {status}: expected {values}</source>
            <translation>trạng thái {status}: cần {values}</translation>
        </message>
        <message>
            <source>package {package} does not exist</source>
            <translation>không có gói báo cáo {package}</translation>
        </message>
        <message>
            <source>{name}: not a readable report package; no receipt written</source>
            <translation>{name}: không phải gói báo cáo đọc được; chưa lập giấy báo nhận</translation>
        </message>
        <message>
            <source>{name} (SHA-256 {sha}…) was not taken in on this desk; run 'office intake' on it first</source>
            <translation>{name} (SHA-256 {sha}…) chưa được tiếp nhận trên máy này; hãy chạy 'office intake' cho gói trước</translation>
        </message>
        <message>
            <source>{name} was kept aside at intake ({state}: {reason}); a receipt for it can only say --status issues</source>
            <translation>{name} đã bị để riêng khi tiếp nhận ({state}: {reason}); giấy báo nhận cho gói này chỉ có thể ghi --status issues</translation>
        </message>
        <message>
            <source>{name}: the receipt cannot be read ({detail}); it is refused</source>
            <translation>{name}: không đọc được biên nhận ({detail}); biên nhận bị từ chối</translation>
        </message>
        <message>
            <source>{name}: the signature does not check out ({detail}); the receipt was altered or forged and is refused</source>
            <translation>{name}: chữ ký không hợp lệ ({detail}); giấy báo nhận đã bị sửa hoặc giả mạo nên bị từ chối</translation>
        </message>
        <message>
            <source>{name}: receipt.json is not UTF-8 JSON</source>
            <translation>{name}: receipt.json không phải JSON UTF-8</translation>
        </message>
        <message>
            <source>{name}: the receipt is for a package this commune did not make (SHA-256 {sha}…, {unit} {period} revision {revision}); the receipt is refused</source>
            <translation>{name}: giấy báo nhận dành cho một gói mà xã này không lập (SHA-256 {sha}…, {unit} {period} lần {revision}); giấy báo nhận bị từ chối</translation>
        </message>
        <message>
            <source>{name}: the receipt says {period} revision {revision}, but that package is {own_period} revision {own_revision} here; the receipt is refused</source>
            <translation>{name}: giấy báo nhận ghi {period} lần {revision}, nhưng ở đây gói đó là {own_period} lần {own_revision}; giấy báo nhận bị từ chối</translation>
        </message>
        <message>
            <source>{name}: cannot be read ({detail})</source>
            <translation>{name}: không đọc được ({detail})</translation>
        </message>
        <message>
            <source>{name}: is a symbolic link, not a file; choose the file itself</source>
            <translation>{name}: là liên kết tượng trưng, không phải tệp; hãy chọn chính tệp đó</translation>
        </message>
        <message>
            <source>{name}: is not a regular file</source>
            <translation>{name}: không phải tệp thông thường</translation>
        </message>
        <message>
            <source>{name}: expected a file ending in {values}</source>
            <translation>{name}: cần tệp có đuôi {values}</translation>
        </message>
        <message>
            <source>{name}: the file is empty</source>
            <translation>{name}: tệp trống</translation>
        </message>
        <message>
            <source>{name}: {st_size} bytes is more than the {max_bytes} bytes allowed</source>
            <translation>{name}: {st_size} byte, vượt quá mức cho phép {max_bytes} byte</translation>
        </message>
        <message>
            <source>{name}: more than the {max_bytes} bytes allowed</source>
            <translation>{name}: vượt quá mức cho phép {max_bytes} byte</translation>
        </message>
        <message>
            <source>{name}: the backup is truncated or damaged ({size} bytes is not a whole number of database pages); use another backup</source>
            <translation>{name}: bản sao lưu bị cắt cụt hoặc hỏng ({size} byte không phải là một số nguyên trang cơ sở dữ liệu); hãy dùng bản sao lưu khác</translation>
        </message>
        <message>
            <source>{name}: not a CommuneDesk backup, or a truncated copy of an encrypted one ({size} bytes is not a whole number of database pages); use another backup</source>
            <translation>{name}: không phải là bản sao lưu CommuneDesk, hoặc là bản sao bị cắt cụt của một bản sao lưu đã mã hóa ({size} byte không phải là số nguyên lần trang cơ sở dữ liệu); hãy dùng bản sao lưu khác</translation>
        </message>
        <message>
            <source>{name}, entry '{filename}'</source>
            <translation>{name}, mục '{filename}'</translation>
        </message>
        <message>
            <source>has an empty or overlong name</source>
            <translation>có tên trống hoặc quá dài</translation>
        </message>
        <message>
            <source>has control characters in its name</source>
            <translation>có ký tự điều khiển trong tên</translation>
        </message>
        <message>
            <source>has an absolute path</source>
            <translation>có đường dẫn tuyệt đối</translation>
        </message>
        <message>
            <source>points outside the archive ('..')</source>
            <translation>trỏ ra ngoài tệp nén ('..')</translation>
        </message>
        <message>
            <source>has a backslash or colon in its name</source>
            <translation>có dấu gạch chéo ngược hoặc dấu hai chấm trong tên</translation>
        </message>
        <message>
            <source>has an empty or '.' part in its path</source>
            <translation>có một phần trống hoặc '.' trong đường dẫn</translation>
        </message>
        <message>
            <source>{name}: is not a zip archive (an .xlsx/.zip starts differently)</source>
            <translation>{name}: không phải tệp nén zip (tệp .xlsx/.zip có phần đầu khác)</translation>
        </message>
        <message>
            <source>{name}: the archive is truncated or damaged (no central directory)</source>
            <translation>{name}: tệp nén bị cắt cụt hoặc hỏng (không có thư mục trung tâm)</translation>
        </message>
        <message>
            <source>{name}: {declared} entries, more than the {max_entries} allowed</source>
            <translation>{name}: {declared} mục, vượt quá mức cho phép {max_entries}</translation>
        </message>
        <message>
            <source>{name}: the archive is damaged ({detail})</source>
            <translation>{name}: tệp nén bị hỏng ({detail})</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <source>{where}: appears twice</source>
            <translation>{where}: xuất hiện hai lần</translation>
        </message>
        <message>
            <source>{where}: is a symbolic link</source>
            <translation>{where}: là liên kết tượng trưng</translation>
        </message>
        <message>
            <source>{where}: is encrypted</source>
            <translation>{where}: bị mã hóa</translation>
        </message>
        <message>
            <source>{where}: uses an unsupported compression method ({compress_type})</source>
            <translation>{where}: dùng phương pháp nén không được hỗ trợ ({compress_type})</translation>
        </message>
        <message>
            <source>{where}: {size} bytes unpacked, more than the {max_bytes} allowed</source>
            <translation>{where}: giải nén ra {size} byte, vượt mức cho phép {max_bytes} byte</translation>
        </message>
        <message>
            <source>{where}: unpacks {times} times larger than stored (a zip bomb?)</source>
            <translation>{where}: giải nén ra lớn gấp {times} lần dung lượng lưu (có thể là bom nén zip)</translation>
        </message>
        <message>
            <source>{name}: unpacks to more than the {max_total_bytes} bytes allowed</source>
            <translation>{name}: giải nén ra nhiều hơn mức cho phép {max_total_bytes} byte</translation>
        </message>
        <message>
            <source>{where}: unpacks to more than it declares (a zip bomb); refused</source>
            <translation>{where}: giải nén ra nhiều hơn kích thước khai báo (bom zip); đã từ chối</translation>
        </message>
        <message>
            <source>{where}: more than the {max_bytes} bytes allowed</source>
            <translation>{where}: vượt quá mức cho phép {max_bytes} byte</translation>
        </message>
        <message>
            <source>{where}: cannot be unpacked ({detail})</source>
            <translation>{where}: không giải nén được ({detail})</translation>
        </message>
        <message>
            <source>{name}: sheet '{sheet}' is too large: {where} lies outside the first {rows} rows and {columns} columns allowed</source>
            <translation>{name}: trang tính '{sheet}' quá lớn: {where} nằm ngoài {rows} dòng và {columns} cột đầu tiên được phép</translation>
        </message>
        <message>
            <source>merged range {ref}</source>
            <translation>vùng gộp ô {ref}</translation>
        </message>
        <message>
            <source>hyperlink range {ref}</source>
            <translation>vùng liên kết {ref}</translation>
        </message>
        <message>
            <source>cell {ref}</source>
            <translation>ô {ref}</translation>
        </message>
        <message>
            <source>row {ref}</source>
            <translation>dòng {ref}</translation>
        </message>
        <message>
            <source>{name}: sheet '{sheet}' has a merged or linked range {ref} that is not a cell range</source>
            <translation>{name}: trang tính '{sheet}' có vùng gộp ô hoặc liên kết {ref} không phải là một vùng ô</translation>
        </message>
        <message>
            <source>{name}: sheet '{sheet}': merged and linked ranges cover more than {count} cells (at {ref}); unmerge the cells and save again</source>
            <translation>{name}: trang tính '{sheet}': các vùng gộp ô và liên kết phủ hơn {count} ô (tại {ref}); hãy bỏ gộp ô rồi lưu lại</translation>
        </message>
        <message>
            <source>{name}: sheet '{sheet}' has a cell named {ref}, which is not a cell reference</source>
            <translation>{name}: trang tính '{sheet}' có ô mang tên {ref}, không phải là địa chỉ ô</translation>
        </message>
        <message>
            <source>{name}: sheet '{sheet}': more than {count} cells in the workbook</source>
            <translation>{name}: trang tính '{sheet}': bảng tính có hơn {count} ô</translation>
        </message>
        <message>
            <source>{name}: sheet '{sheet}' has a row numbered {ref}</source>
            <translation>{name}: trang tính '{sheet}' có dòng mang số {ref}</translation>
        </message>
        <message>
            <source>{name}: sheet '{sheet}', cell {cell} holds a formula; formulas are not imported (type the value itself, or paste values only)</source>
            <translation>{name}: trang tính '{sheet}', ô {cell} chứa công thức; công thức không được nhập (hãy gõ chính giá trị, hoặc chỉ dán giá trị)</translation>
        </message>
        <message>
            <source>{name}: sheet '{sheet}', cell {cell} holds more than {count} characters (Excel's limit for one cell)</source>
            <translation>{name}: trang tính '{sheet}', ô {cell} chứa hơn {count} ký tự (giới hạn của Excel cho một ô)</translation>
        </message>
        <message>
            <source>{name}: more than {count} different texts (shared strings)</source>
            <translation>{name}: có hơn {count} chuỗi văn bản khác nhau (chuỗi dùng chung)</translation>
        </message>
        <message>
            <source>{name}: shared text number {number} holds more than {count} characters (Excel's limit for one cell)</source>
            <translation>{name}: chuỗi dùng chung số {number} chứa hơn {count} ký tự (giới hạn của Excel cho một ô)</translation>
        </message>
        <message>
            <source>{name}, entry '{filename}': {problem}</source>
            <translation>{name}, mục '{filename}': {problem}</translation>
        </message>
        <message>
            <source>is not well-formed XML ({detail})</source>
            <translation>không phải XML hợp lệ ({detail})</translation>
        </message>
        <message>
            <source>{name}: {count} sheets, more than the {limit} allowed</source>
            <translation>{name}: có {count} trang tính, nhiều hơn mức {limit} được phép</translation>
        </message>
        <message>
            <source>has a DOCTYPE declaration (entities are not allowed)</source>
            <translation>có khai báo DOCTYPE (không cho phép thực thể)</translation>
        </message>
        <message>
            <source>declares entities</source>
            <translation>khai báo thực thể</translation>
        </message>
        <message>
            <source>refers to an external entity</source>
            <translation>tham chiếu tới thực thể bên ngoài</translation>
        </message>
        <message>
            <source>has no root element within its first megabyte</source>
            <translation>không có phần tử gốc trong megabyte đầu tiên</translation>
        </message>
        <message>
            <source>holds no XML element</source>
            <translation>không chứa phần tử XML nào</translation>
        </message>
        <message>
            <source>{where}: has a DTD or entities, which are not allowed ({kind})</source>
            <translation>{where}: có DTD hoặc thực thể XML, là điều không được phép ({kind})</translation>
        </message>
        <message>
            <source>{where}: is not well-formed XML ({detail})</source>
            <translation>{where}: không phải XML đúng cú pháp ({detail})</translation>
        </message>
        <message>
            <source>{name}: is not valid UTF-8 JSON ({kind})</source>
            <translation>{name}: không phải JSON UTF-8 hợp lệ ({kind})</translation>
        </message>
        <message>
            <source>{name}: is a zip archive but not an Excel workbook (no {missing})</source>
            <translation>{name}: là tệp nén zip nhưng không phải sổ tính Excel (không có {missing})</translation>
        </message>
        <message>
            <source>sheet {sheet} cannot be read ({kind})</source>
            <translation>không đọc được trang tính {sheet} ({kind})</translation>
        </message>
        <message>
            <source>{name}: cannot be read as an Excel workbook ({kind})</source>
            <translation>{name}: không đọc được dưới dạng sổ tính Excel ({kind})</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path}: không có tệp này</translation>
        </message>
        <message>
            <source>{name}: an old Excel 97-2003 (.xls) file or an encrypted workbook; open it in Excel or LibreOffice and save it as .xlsx without a password</source>
            <translation>{name}: tệp Excel 97-2003 (.xls) cũ hoặc sổ tính có mật khẩu; hãy mở bằng Excel hoặc LibreOffice và lưu thành .xlsx không đặt mật khẩu</translation>
        </message>
        <message>
            <source>{name}: not an Excel workbook (.xlsx): the file is not a zip container</source>
            <translation>{name}: không phải sổ tính Excel (.xlsx): tệp không phải gói zip</translation>
        </message>
        <message>
            <source>{name}: a Word document (.docx) renamed; expected an Excel workbook</source>
            <translation>{name}: là văn bản Word (.docx) bị đổi tên; cần sổ tính Excel</translation>
        </message>
        <message>
            <source>{name}: a PowerPoint file renamed; expected an Excel workbook</source>
            <translation>{name}: là tệp PowerPoint bị đổi tên; cần sổ tính Excel</translation>
        </message>
        <message>
            <source>{name}: an OpenDocument file (.ods); save it as .xlsx</source>
            <translation>{name}: là tệp OpenDocument (.ods); hãy lưu thành .xlsx</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>bản nháp</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>đã ký</translation>
        </message>
        <message>
            <source>amended</source>
            <translation>điều chỉnh</translation>
        </message>
        <message>
            <source>ledger entry {seq} ({period} revision {revision}, {event}) copied back into the database</source>
            <translation>đã chép lại vào cơ sở dữ liệu mục sổ ký số {seq} ({period}, lần {revision}, {event})</translation>
        </message>
        <message>
            <source>{period}: state {old_state} revision {old_revision} moved to {state} revision {revision} from the ledger</source>
            <translation>{period}: trạng thái chuyển từ {old_state} (lần {old_revision}) sang {state} (lần {revision}) theo sổ ký số</translation>
        </message>
        <message>
            <source>is larger than {limit} bytes</source>
            <translation>lớn hơn {limit} byte</translation>
        </message>
        <message>
            <source>holds NaN or Infinity, which are not numbers</source>
            <translation>chứa NaN hoặc Infinity, không phải là số</translation>
        </message>
        <message>
            <source>is nested more than {limit} levels deep</source>
            <translation>lồng nhau quá {limit} cấp</translation>
        </message>
        <message>
            <source>{field}: is missing</source>
            <translation>{field}: bị thiếu</translation>
        </message>
        <message>
            <source>{field}: must be {expected}, not {value}</source>
            <translation>{field}: phải là {expected}, không phải {value}</translation>
        </message>
        <message>
            <source>{field}: must be at least {limit}, not {value}</source>
            <translation>{field}: phải từ {limit} trở lên, không phải {value}</translation>
        </message>
        <message>
            <source>{field}: must be at most {limit}, not {value}</source>
            <translation>{field}: không được lớn hơn {limit}, không phải {value}</translation>
        </message>
        <message>
            <source>{field}: {value} is not in the expected form</source>
            <translation>{field}: {value} không đúng dạng quy định</translation>
        </message>
        <message>
            <source>{field}: is too long or too short</source>
            <translation>{field}: quá dài hoặc quá ngắn</translation>
        </message>
        <message>
            <source>{field}: has too many entries (at most {limit})</source>
            <translation>{field}: có quá nhiều mục (tối đa {limit})</translation>
        </message>
        <message>
            <source>{field}: must be one of {values}, not {value}</source>
            <translation>{field}: phải là một trong {values}, không phải {value}</translation>
        </message>
        <message>
            <source>{field}: {detail}</source>
            <translation>{field}: {detail}</translation>
        </message>
        <message>
            <source>{field}: holds control characters or broken Unicode</source>
            <translation>{field}: chứa ký tự điều khiển hoặc Unicode hỏng</translation>
        </message>
        <message>
            <source>{field}: {value} is not a period code such as 2026-Q3, 2026-H1, 2026-9M, 2026</source>
            <translation>{field}: {value} không phải mã kỳ báo cáo như 2026-Q3, 2026-H1, 2026-9M, 2026</translation>
        </message>
        <message>
            <source>{field}: {value} is not an indicator this software knows</source>
            <translation>{field}: {value} không phải chỉ tiêu mà phần mềm này biết</translation>
        </message>
        <message>
            <source>{field}: indicator {value} appears more than once</source>
            <translation>{field}: chỉ tiêu {value} xuất hiện nhiều lần</translation>
        </message>
        <message>
            <source>{field}: numerator {numerator} is larger than denominator {denominator}; a share cannot exceed 100%</source>
            <translation>{field}: tử số {numerator} lớn hơn mẫu số {denominator}; tỷ lệ không thể vượt quá 100%</translation>
        </message>
        <message>
            <source>supersedes_sha256: revision 1 supersedes nothing</source>
            <translation>supersedes_sha256: lần gửi 1 không thay thế gói nào</translation>
        </message>
        <message>
            <source>supersedes_sha256: revision {revision} must name the SHA-256 of the package it replaces</source>
            <translation>supersedes_sha256: lần gửi {revision} phải ghi SHA-256 của gói mà nó thay thế</translation>
        </message>
        <message>
            <source>created: {value} is not an ISO 8601 time with its offset</source>
            <translation>created: {value} không phải thời điểm ISO 8601 có múi giờ</translation>
        </message>
        <message>
            <source>created: {value} is before the period {period} began ({start})</source>
            <translation>created: {value} trước khi kỳ {period} bắt đầu ({start})</translation>
        </message>
        <message>
            <source>created: {value} is after the signature's signing time {signed}</source>
            <translation>created: {value} sau thời điểm ký của chữ ký số {signed}</translation>
        </message>
        <message>
            <source>this certificate ({fingerprint}…) expired on {day}; ask the unit for its current certificate</source>
            <translation>chứng thư số này ({fingerprint}…) đã hết hạn ngày {day}; đề nghị đơn vị gửi chứng thư số hiện hành</translation>
        </message>
        <message>
            <source>chains to the trusted certificate authority {ca} (valid at the signing time {when} UTC)</source>
            <translation>chuỗi chứng thư dẫn tới tổ chức chứng thực được tin cậy {ca} (còn hiệu lực tại thời điểm ký {when} UTC)</translation>
        </message>
        <message>
            <source>the signer's certificate does not chain to a trusted certificate authority ({detail})</source>
            <translation>chứng thư của người ký không dẫn tới tổ chức chứng thực nào được tin cậy ({detail})</translation>
        </message>
        <message>
            <source>a certificate in the chain had expired at the signing time ({detail})</source>
            <translation>một chứng thư trong chuỗi đã hết hạn tại thời điểm ký ({detail})</translation>
        </message>
        <message>
            <source>a certificate in the chain was not yet valid at the signing time ({detail})</source>
            <translation>một chứng thư trong chuỗi chưa có hiệu lực tại thời điểm ký ({detail})</translation>
        </message>
        <message>
            <source>the certificate chain is not valid ({detail})</source>
            <translation>chuỗi chứng thư không hợp lệ ({detail})</translation>
        </message>
        <message>
            <source>the signer's certificate is not for signatures (key usage)</source>
            <translation>chứng thư của người ký không dùng để ký (mục đích sử dụng khóa)</translation>
        </message>
        <message>
            <source>the certificate of {subject} (serial {serial}) was revoked on {day} according to the imported CRL of {issuer}</source>
            <translation>chứng thư của {subject} (số hiệu {serial}) đã bị thu hồi ngày {day} theo danh sách thu hồi (CRL) đã nhập của {issuer}</translation>
        </message>
        <message>
            <source>the certificate authority {ca} is trusted for units {units}, not for unit {code}</source>
            <translation>tổ chức chứng thực {ca} được tin cậy cho các đơn vị {units}, không cho đơn vị {code}</translation>
        </message>
        <message>
            <source>the signer's certificate carries no unit code and the office has not bound it to a unit</source>
            <translation>chứng thư của người ký không có mã đơn vị và cơ quan tiếp nhận chưa gắn nó với đơn vị nào</translation>
        </message>
        <message>
            <source>the certificate is for unit {cert_code}, but the package says {code}</source>
            <translation>chứng thư thuộc đơn vị {cert_code}, nhưng gói báo cáo ghi {code}</translation>
        </message>
        <message>
            <source>{source} is not a certificate revocation list (CRL, .crl or .pem)</source>
            <translation>{source} không phải là danh sách chứng thư bị thu hồi (CRL, .crl hoặc .pem)</translation>
        </message>
        <message>
            <source>the certificate chain in the file is not valid: {detail}</source>
            <translation>chuỗi chứng thư trong tệp không hợp lệ: {detail}</translation>
        </message>
        <message>
            <source>{source}: the certificate is not for signatures (its key usage has neither digitalSignature nor nonRepudiation); ask the provider for a signing certificate</source>
            <translation>{source}: chứng thư không dùng để ký (mục đích sử dụng khóa không có digitalSignature hay nonRepudiation); hãy xin nhà cung cấp chứng thư dùng để ký</translation>
        </message>
        <message>
            <source>unit code {code!r}: 1–20 letters or digits</source>
            <translation>mã đơn vị {code!r}: 1–20 chữ cái hoặc chữ số</translation>
        </message>
        <message>
            <source>the certificate is for unit code {cert_code}, not {code}; use this unit's certificate</source>
            <translation>chứng thư thuộc mã đơn vị {cert_code}, không phải {code}; hãy dùng chứng thư của đơn vị này</translation>
        </message>
        <message>
            <source>{source}: the certificate carries no unit code; confirm the unit it belongs to (--unit-code CODE)</source>
            <translation>{source}: chứng thư không có mã đơn vị; hãy xác nhận đơn vị sở hữu nó (--unit-code MÃ)</translation>
        </message>
        <message>
            <source>{name} is not a certificate authority (basic constraints cA is not TRUE); register a unit's own certificate with 'office trust add'</source>
            <translation>{name} không phải là tổ chức chứng thực (ràng buộc cơ bản cA không phải TRUE); hãy đăng ký chứng thư riêng của đơn vị bằng 'office trust add'</translation>
        </message>
        <message>
            <source>{name} may not sign certificates (key usage lacks keyCertSign)</source>
            <translation>{name} không được phép ký chứng thư (mục đích sử dụng khóa thiếu keyCertSign)</translation>
        </message>
        <message>
            <source>the certificate authority {name} expired on {day}; ask for its renewed certificate</source>
            <translation>chứng thư của tổ chức chứng thực {name} đã hết hạn ngày {day}; hãy xin chứng thư đã gia hạn</translation>
        </message>
        <message>
            <source>CRL file {path} does not exist</source>
            <translation>không có tệp CRL {path}</translation>
        </message>
        <message>
            <source>{path}: the CRL's signature does not verify with the trusted authority {name}; the file is damaged or forged</source>
            <translation>{path}: chữ ký của CRL không khớp với tổ chức chứng thực được tin cậy {name}; tệp bị hỏng hoặc giả mạo</translation>
        </message>
        <message>
            <source>the token's PKCS#11 module {path} does not exist; install the token's software or give its .dll/.so file (--token-lib)</source>
            <translation>không có mô-đun PKCS#11 của token {path}; hãy cài phần mềm của token hoặc chỉ ra tệp .dll/.so của nó (--token-lib)</translation>
        </message>
        <message>
            <source>no PKCS#11 module found for the USB token; install the token's software and give its .dll/.so file (--token-lib or COMMUNE_DESK_PKCS11_LIB)</source>
            <translation>không tìm thấy mô-đun PKCS#11 cho USB token; hãy cài phần mềm của token và chỉ ra tệp .dll/.so của nó (--token-lib hoặc COMMUNE_DESK_PKCS11_LIB)</translation>
        </message>
        <message>
            <source>{path} cannot be loaded as a PKCS#11 module ({detail})</source>
            <translation>không nạp được {path} như một mô-đun PKCS#11 ({detail})</translation>
        </message>
        <message>
            <source>the USB token was removed or stopped answering ({detail}); plug it in and try again</source>
            <translation>USB token đã bị rút ra hoặc không phản hồi ({detail}); hãy cắm lại và thử lại</translation>
        </message>
        <message>
            <source>no USB token labelled {label} is plugged in</source>
            <translation>không có USB token nào mang nhãn {label} đang được cắm</translation>
        </message>
        <message>
            <source>no USB token is plugged in (or its software does not see it)</source>
            <translation>chưa cắm USB token nào (hoặc phần mềm của token không nhận ra nó)</translation>
        </message>
        <message>
            <source>several tokens are plugged in ({labels}); choose one with its label (--token-label)</source>
            <translation>đang cắm nhiều token ({labels}); hãy chọn một token theo nhãn (--token-label)</translation>
        </message>
        <message>
            <source>the token's PIN is required</source>
            <translation>cần nhập mã PIN của token</translation>
        </message>
        <message>
            <source>; ONE try is left before the token locks</source>
            <translation>; chỉ còn MỘT lần thử trước khi token bị khóa</translation>
        </message>
        <message>
            <source>; after a few wrong PINs the token locks</source>
            <translation>; nhập sai PIN vài lần nữa token sẽ bị khóa</translation>
        </message>
        <message>
            <source>wrong PIN for the token {label}{warning}</source>
            <translation>sai mã PIN của token {label}{warning}</translation>
        </message>
        <message>
            <source>the token's PIN is locked after too many wrong tries; the provider (or the token's PUK) can unlock it</source>
            <translation>mã PIN của token đã bị khóa do nhập sai quá nhiều lần; nhà cung cấp (hoặc mã PUK của token) có thể mở khóa</translation>
        </message>
        <message>
            <source>the token holds no usable signing key with its certificate (keys found: {keys})</source>
            <translation>token không có khóa ký nào dùng được kèm chứng thư (các khóa tìm thấy: {keys})</translation>
        </message>
        <message>
            <source>the token holds several signing keys: {keys}; choose one with its label (--token-key)</source>
            <translation>token có nhiều khóa ký: {keys}; hãy chọn một khóa theo nhãn (--token-key)</translation>
        </message>
        <message>
            <source>the token session is closed; open the token again</source>
            <translation>phiên làm việc với token đã đóng; hãy mở lại token</translation>
        </message>
        <message>
            <source>{unit} was merged into {successor} on {date}: record it for {successor}</source>
            <translation>{unit} đã sáp nhập vào {successor} từ ngày {date}: hãy ghi nhận cho {successor}</translation>
        </message>
        <message>
            <source>{unit} was split into {successor} on {date}: record it for one of them</source>
            <translation>{unit} đã chia tách thành {successor} từ ngày {date}: hãy ghi nhận cho một trong các đơn vị đó</translation>
        </message>
        <message>
            <source>{unit} was dissolved on {date}: it takes no records dated from then on</source>
            <translation>{unit} đã giải thể từ ngày {date}: không ghi nhận hoạt động từ ngày đó trở đi</translation>
        </message>
        <message>
            <source>the same figure (year, kind, role, level and date) is given above</source>
            <translation>số liệu này (năm, loại, vai trò, cấp và ngày) đã có ở dòng trên</translation>
        </message>
        <message>
            <source>a value for this indicator and period is given above</source>
            <translation>giá trị của chỉ tiêu và kỳ này đã có ở dòng trên</translation>
        </message>
        <message>
            <source>{persons} persons ({who}) trained for the first time in {year} by {date} would exceed the {value} staff entered for them ({source}, as of {as_of}): check the persons, or correct the staff figure</source>
            <translation>{persons} người ({who}) được tập huấn lần đầu trong năm {year} tính đến ngày {date} sẽ vượt quá {value} cán bộ đã nhập ({source}, số liệu đến ngày {as_of}): hãy kiểm tra lại số người, hoặc sửa số liệu cán bộ</translation>
        </message>
        <message>
            <source>{persons} persons ({who}) were already trained for the first time in {year} by {date}: the staff figure cannot be {value}</source>
            <translation>đã có {persons} người ({who}) được tập huấn lần đầu trong năm {year} tính đến ngày {date}: số cán bộ không thể là {value}</translation>
        </message>
        <message>
            <source>{persons} persons reached ({what}) exceed the {value} of population {kind} ({source}, as of {as_of}): a share of people cannot pass 100 %</source>
            <translation>{persons} người được tiếp cận ({what}) vượt quá {value} người ({kind}; {source}, số liệu đến ngày {as_of}): tỷ lệ người không thể vượt 100%</translation>
        </message>
        <message>
            <source>{persons} persons were entered as reached ({what}): the population {kind} cannot be {value}</source>
            <translation>đã nhập {persons} người được tiếp cận ({what}): số liệu nền {kind} không thể là {value}</translation>
        </message>
        <message>
            <source>all staff together</source>
            <translation>tổng số cán bộ</translation>
        </message>
        <message>
            <source>the period {period} was signed (revision {revision}) with the figure in force at its end; amend it to change that figure</source>
            <translation>kỳ {period} đã ký (lần {revision}) với số liệu áp dụng tại cuối kỳ; phải điều chỉnh báo cáo kỳ đó mới sửa được số liệu này</translation>
        </message>
        <message>
            <source>{count} records of this unit are dated on or after this day; give them to the successor first, or choose a later day</source>
            <translation>có {count} bản ghi của đơn vị này từ ngày này trở đi; hãy chuyển chúng cho đơn vị kế thừa trước, hoặc chọn ngày muộn hơn</translation>
        </message>
        <message>
            <source>must be an object of code: whole number, e.g. {example}</source>
            <translation>phải là đối tượng JSON mã: số nguyên, ví dụ {example}</translation>
        </message>
        <message>
            <source>must be a list of objects with role, level, attendees and persons (whole numbers), e.g. {example}</source>
            <translation>phải là danh sách các đối tượng có role, level, attendees và persons (số nguyên), ví dụ {example}</translation>
        </message>
        <message>
            <source>must be a date (YYYY-MM-DD), not {value}</source>
            <translation>phải là ngày (YYYY-MM-DD), không phải {value}</translation>
        </message>
        <message>
            <source>must be an object with full_name, id_number, address</source>
            <translation>phải là đối tượng JSON có full_name, id_number, address</translation>
        </message>
        <message>
            <source>the period {period} has not started: its data begin on {start}; its report can be made from that day</source>
            <translation>kỳ {period} chưa bắt đầu: số liệu của kỳ tính từ ngày {start}; chỉ lập được báo cáo từ ngày đó</translation>
        </message>
        <message>
            <source>a report of {period} cannot be dated {day}, before its period starts on {start}</source>
            <translation>báo cáo kỳ {period} không thể ghi ngày {day}, trước ngày bắt đầu kỳ ({start})</translation>
        </message>
        <message>
            <source>the data cut-off {cutoff} is after the report's date {day}: a report never states data after its own date</source>
            <translation>ngày chốt số liệu {cutoff} sau ngày ký báo cáo {day}: báo cáo không được nêu số liệu sau ngày của chính nó</translation>
        </message>
        <message>
            <source>the data cut-off {cutoff} is before the period {period} starts on {start}</source>
            <translation>ngày chốt số liệu {cutoff} trước ngày bắt đầu kỳ {period} ({start})</translation>
        </message>
        <message>
            <source>a data cut-off inside the period {period} ({start} – {end}); found {found}</source>
            <translation>ngày chốt số liệu nằm trong kỳ {period} ({start} – {end}); nhưng ghi {found}</translation>
        </message>
        <message>
            <source>a data cut-off on or before the due date {due} of {period}; found {found}</source>
            <translation>ngày chốt số liệu không muộn hơn hạn nộp {due} của kỳ {period}; nhưng ghi {found}</translation>
        </message>
        <message>
            <source>the report of {period} is due on {due}, before its period ends on {end}, and no data cut-off on or before that day is given: each commune would count to the day it signs; state one, e.g. {example}</source>
            <translation>báo cáo kỳ {period} có hạn nộp {due}, trước khi kỳ kết thúc ({end}), nhưng chưa ghi ngày chốt số liệu trước hạn đó: mỗi xã sẽ tính số liệu đến ngày ký của mình; hãy ghi ngày chốt, vd. {example}</translation>
        </message>
        <message>
            <source>a count of at most 1: {indicator} is yes or no for one commune, so {value} can never be met; if it is the superior office's total, set level to office (and commune_quota to the commune's share, if it has one)</source>
            <translation>số lượng tối đa là 1: {indicator} với một xã chỉ là có hoặc không, nên {value} không bao giờ đạt được; nếu đây là chỉ tiêu tổng của cấp trên, hãy ghi level là office (và commune_quota là phần của xã, nếu có)</translation>
        </message>
        <message>
            <source>a count of at most {population} (the commune's whole population behind {indicator}): {value} can never be met; if it is the superior office's total, set level to office</source>
            <translation>số lượng tối đa là {population} (toàn bộ số đối tượng của xã ứng với {indicator}): {value} không bao giờ đạt được; nếu đây là chỉ tiêu tổng của cấp trên, hãy ghi level là office</translation>
        </message>
        <message>
            <source>unknown model {value}</source>
            <translation>không có mô hình {value}</translation>
        </message>
        <message>
            <source>residential unit {value} given twice</source>
            <translation>thôn, tổ dân phố {value} được ghi hai lần</translation>
        </message>
        <message>
            <source>is before the model was set up ({value})</source>
            <translation>trước ngày xây dựng mô hình ({value})</translation>
        </message>
        <message>
            <source>must be a quarter such as 2026-Q1, not {value}</source>
            <translation>phải là một quý, ví dụ 2026-Q1, không phải {value}</translation>
        </message>
        <message>
            <source>must be a quarter that has begun, not {value}</source>
            <translation>phải là quý đã bắt đầu, không phải {value}</translation>
        </message>
        <message>
            <source>ends before the model was set up ({value})</source>
            <translation>kết thúc trước ngày xây dựng mô hình ({value})</translation>
        </message>
        <message>
            <source>is before the quarter began ({value})</source>
            <translation>trước ngày bắt đầu của quý ({value})</translation>
        </message>
        <message>
            <source>sex and age group given twice</source>
            <translation>giới tính và nhóm tuổi được ghi hai lần</translation>
        </message>
        <message>
            <source>role given twice</source>
            <translation>chức danh được nhập hai lần</translation>
        </message>
        <message>
            <source>{count} records still name it; change or delete them first</source>
            <translation>còn {count} bản ghi gắn với mục này; hãy sửa hoặc xóa các bản ghi đó trước</translation>
        </message>
        <message>
            <source>{path} exists already; import into it without --create</source>
            <translation>{path} đã có; hãy nhập vào đó mà không dùng --create</translation>
        </message>
        <message>
            <source>the workbook's _profile sheet does not describe a unit; a new database needs it</source>
            <translation>trang _profile của bảng tính không mô tả đơn vị nào; cơ sở dữ liệu mới cần thông tin này</translation>
        </message>
        <message>
            <source>the import of {name} started {when} was completed ({count} records saved)</source>
            <translation>lần nhập {name} bắt đầu lúc {when} đã hoàn tất (đã lưu {count} bản ghi)</translation>
        </message>
        <message>
            <source>the import of {name} started {when} did not finish; nothing of it was saved: import the workbook again</source>
            <translation>lần nhập {name} bắt đầu lúc {when} chưa hoàn tất; không có gì của lần nhập đó được lưu: hãy nhập lại bảng tính</translation>
        </message>
        <message>
            <source>the certificate of {name} expired on {day}; create a new key (keys new) or import a renewed one, and send its certificate to the receiving office</source>
            <translation>chứng thư của {name} đã hết hạn ngày {day}; hãy tạo khóa mới hoặc nhập khóa đã gia hạn, rồi gửi chứng thư của khóa đó cho cơ quan nhận báo cáo</translation>
        </message>
        <message>
            <source>the certificate of {name} is valid only from {when} UTC; check the computer's date and time</source>
            <translation>chứng thư của {name} chỉ có hiệu lực từ {when} (giờ UTC); hãy kiểm tra ngày giờ của máy tính</translation>
        </message>
        <message>
            <source>{source} is not a PKCS#12 key file (.p12/.pfx)</source>
            <translation>{source} không phải tệp khóa PKCS#12 (.p12/.pfx)</translation>
        </message>
        <message>
            <source>{source}: wrong password (or a damaged file)</source>
            <translation>{source}: sai mật khẩu (hoặc tệp bị hỏng)</translation>
        </message>
        <message>
            <source>{source} holds no private key, only certificates</source>
            <translation>{source} không chứa khóa bí mật, chỉ có chứng thư</translation>
        </message>
        <message>
            <source>{source} holds a private key but no certificate</source>
            <translation>{source} có khóa bí mật nhưng không có chứng thư</translation>
        </message>
        <message>
            <source>{value} participants is more than three times the largest number for this unit in {year} ({low}–{high}, median {median}). Check it.</source>
            <translation>{value} người tham dự là hơn ba lần con số lớn nhất của địa bàn này năm {year} ({low}–{high}, trung vị {median}). Hãy kiểm tra lại.</translation>
        </message>
        <message>
            <source>{value} participants is less than a third of the smallest number for this unit in {year} ({low}–{high}, median {median}). Check it.</source>
            <translation>{value} người tham dự là chưa bằng một phần ba con số nhỏ nhất của địa bàn này năm {year} ({low}–{high}, trung vị {median}). Hãy kiểm tra lại.</translation>
        </message>
        <message>
            <source>it is the plan for {plan_year}, not for this year ({year})</source>
            <translation>đây là kế hoạch năm {plan_year}, không phải năm nay ({year})</translation>
        </message>
        <message>
            <source>it was issued by {issuer}, which does not name your province ({province})</source>
            <translation>kế hoạch do {issuer} ban hành, không ghi tỉnh của đơn vị ({province})</translation>
        </message>
        <message>
            <source>it was issued by {issuer}; the plan in force was issued by {current}</source>
            <translation>kế hoạch do {issuer} ban hành; kế hoạch đang áp dụng do {current} ban hành</translation>
        </message>
        <message>
            <source>it replaces version {version} of this plan, in force now: the targets and deadlines listed below change</source>
            <translation>kế hoạch này thay phiên bản {version} đang áp dụng: các chỉ tiêu và hạn báo cáo liệt kê dưới đây sẽ thay đổi</translation>
        </message>
        <message>
            <source>it replaces another plan in force: {title} (version {version}); all its targets and deadlines give way to this plan's</source>
            <translation>kế hoạch này thay một kế hoạch khác đang áp dụng: {title} (phiên bản {version}); mọi chỉ tiêu và hạn báo cáo của kế hoạch đó được thay bằng của kế hoạch này</translation>
        </message>
        <message>
            <source>names a district-level body (huyện, quận, thị xã): that level no longer exists since 01/7/2025; reports go to the province</source>
            <translation>ghi tên cơ quan cấp huyện (huyện, quận, thị xã): cấp này không còn từ ngày 01/7/2025; báo cáo gửi cơ quan cấp tỉnh</translation>
        </message>
        <message>
            <source>names a "thị trấn": townships no longer exist since 01/7/2025</source>
            <translation>ghi tên một "thị trấn": thị trấn không còn từ ngày 01/7/2025</translation>
        </message>
        <message>
            <source>names a Labour, Invalids and Social Affairs office (Lao động - Thương binh và Xã hội): it no longer exists; prostitution prevention is with the health department (Sở Y tế) since 01/3/2025</source>
            <translation>ghi tên cơ quan Lao động - Thương binh và Xã hội: cơ quan này không còn; quản lý nhà nước về phòng, chống mại dâm thuộc ngành Y tế (Sở Y tế) từ ngày 01/3/2025</translation>
        </message>
        <message>
            <source>names "thành phố {city}", a city of a province: a district-level unit that no longer exists since 01/7/2025</source>
            <translation>ghi tên "thành phố {city}" thuộc tỉnh: đơn vị cấp huyện, không còn từ ngày 01/7/2025</translation>
        </message>
        <message>
            <source>number {number} of {year} is already used by the report of {period} dated {day}; choose another number (the next free one is {free})</source>
            <translation>số {number} năm {year} đã dùng cho báo cáo kỳ {period} ngày {day}; hãy chọn số khác (số tiếp theo còn trống là {free})</translation>
        </message>
        <message>
            <source>no database at {path}; create one with `commune-desk profile set --file PROFILE.json`, `commune-desk demo` or `commune-desk records import WORKBOOK --create`, or give --db</source>
            <translation>không có cơ sở dữ liệu tại {path}; hãy tạo bằng `commune-desk profile set --file PROFILE.json`, `commune-desk demo` hoặc `commune-desk records import WORKBOOK --create`, hoặc chỉ rõ --db</translation>
        </message>
        <message>
            <source>{path} exists already; the office desk gets a database of its own: give another --db</source>
            <translation>{path} đã có; bàn làm việc của cơ quan cần một cơ sở dữ liệu riêng: hãy chỉ định --db khác</translation>
        </message>
        <message>
            <source>{name}: not a CommuneDesk backup: it is no database, and no key file ({keys}) lies beside it as beside an encrypted backup; if it is a backup encrypted with a password, give that password (--db-password-file)</source>
            <translation>{name}: không phải là bản sao lưu CommuneDesk: đây không phải là cơ sở dữ liệu, và bên cạnh nó không có tệp khóa ({keys}) như bên cạnh một bản sao lưu đã mã hóa; nếu đây là bản sao lưu được mã hóa bằng mật khẩu, hãy cung cấp mật khẩu đó (--db-password-file)</translation>
        </message>
        <message>
            <source>{name}: not a CommuneDesk backup, or not encrypted with this password; use another backup or give the password it was made with</source>
            <translation>{name}: không phải là bản sao lưu CommuneDesk, hoặc không được mã hóa bằng mật khẩu này; hãy dùng bản sao lưu khác hoặc cung cấp mật khẩu đã dùng khi tạo bản sao lưu</translation>
        </message>
        <message>
            <source>the catalogue {catalogue} leaves out {codes}, used by {count} records of {year} stored here: lists and reports of {year} would show these codes instead of their names, and a records workbook holding them would be refused</source>
            <translation>danh mục {catalogue} bỏ mất các mã {codes}, đang được {count} bản ghi năm {year} trong máy dùng: danh sách và báo cáo năm {year} sẽ hiện các mã này thay cho tên, và tệp Excel số liệu có các mã này sẽ bị từ chối</translation>
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
            <source>Complete later: the signer, the receiving office and the residential units (the home page reminds you until they are filled in)</source>
            <translation>Bổ sung sau: người ký, cơ quan nhận báo cáo và các thôn, tổ dân phố (trang chủ sẽ nhắc cho đến khi điền đủ)</translation>
        </message>
        <message>
            <source>Row %1, %2: %3</source>
            <translation>Dòng %1, %2: %3</translation>
        </message>
    </context>
    <context>
        <name>ProfileReminder</name>
        <message>
            <source>Complete the profile…</source>
            <translation>Bổ sung hồ sơ…</translation>
        </message>
        <message>
            <source>the signer</source>
            <translation>người ký</translation>
        </message>
        <message>
            <source>the receiving office</source>
            <translation>cơ quan nhận báo cáo</translation>
        </message>
        <message>
            <source>the residential units (thôn, tổ dân phố)</source>
            <translation>các thôn, tổ dân phố</translation>
        </message>
        <message>
            <source>The unit profile still lacks %1: reports cannot be signed and addressed properly until it has them.</source>
            <translation>Hồ sơ đơn vị còn thiếu %1: chưa có đủ thì báo cáo không ký và gửi đúng được.</translation>
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
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Ổ đĩa</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Thư mục</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Thư mục</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Lối tắt</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Lối tắt</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Không rõ</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Chọn tất cả</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;Tăng</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>&amp;Giảm</translation>
        </message>
    </context>
    <context>
        <name>QDialog</name>
        <message>
            <source>What's This?</source>
            <translation>Đây là gì?</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>Đồng ý</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Tìm trong:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Tên tệp:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Loại tệp:</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Thư mục:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Mở</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Chọn</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Mở</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Lưu thành</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Chọn thư mục</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Lùi</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Quay lại</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Tiến</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Đi tiếp</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Thư mục cha</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Lên thư mục cha</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Tạo thư mục mới</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Tạo một thư mục mới</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Xem dạng danh sách</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Chuyển sang xem dạng danh sách</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Xem chi tiết</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Chuyển sang xem chi tiết</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Thanh bên</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Các nơi thường dùng và dấu trang</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Nơi mở gần đây</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Thư mục mới</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>Thư mục &amp;mới</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>Đổi &amp;tên</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Xóa</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Bỏ khỏi danh sách</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Hiện tệp ẩ&amp;n</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>Hiện </translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Mọi tệp (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Mọi tệp (*)</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Thư mục</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Không xóa được thư mục.</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Bạn có chắc muốn xóa '%1'?</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>'%1' đang được bảo vệ chống ghi.
Bạn vẫn muốn xóa?</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 đã có.
Bạn có muốn ghi đè lên tệp đó không?</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Dung lượng</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Ngày sửa</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Máy tính</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Máy tính</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;Đồng ý</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Hủy</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>Đó&amp;ng</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Đóng, không lưu</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>Nhập giá trị:</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Làm lại</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Cắt</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>Sao ché&amp;p</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Dán</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Chọn tất cả</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Xem chi tiết…</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Ẩn chi tiết…</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Đồng ý</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Lưu tất cả</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Mở</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Có</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Có với &amp;tất cả</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Không</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Không với tất &amp;cả</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Dừng hẳn</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Thử lại</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Bỏ qua</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Không lưu</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Trợ giúp</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Áp dụng</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Đặt lại</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Khôi phục mặc định</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>Print</source>
            <translation>In</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;In</translation>
        </message>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>&amp;Tùy chọn &gt;&gt;</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>&amp;Tùy chọn &lt;&lt;</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>Mọi trang</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>Trang lẻ</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>Trang chẵn</translation>
        </message>
        <message>
            <source>Local file</source>
            <translation>Tệp trên máy</translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation>Ghi tệp PDF</translation>
        </message>
        <message>
            <source>Print To File ...</source>
            <translation>In ra tệp…</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>In ra tệp (PDF)</translation>
        </message>
        <message>
            <source>Invalid Pages Definition</source>
            <translation>Phạm vi trang không hợp lệ</translation>
        </message>
        <message>
            <source>The 'From' value cannot be greater than the 'To' value.</source>
            <translation>Trang 'Từ' không được lớn hơn trang 'Đến'.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>%1 đã có.
Bạn có muốn ghi đè không?</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 là một thư mục.
Hãy chọn tên tệp khác.</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>Không ghi được tệp %1.
Hãy chọn tên tệp khác.</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Collate</source>
            <translation>Sắp xếp theo bộ</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>Màu</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>Chế độ màu</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Số bản</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Số bản:</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>Trang hiện tại</translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation>In hai mặt</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>Thang xám</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>Đóng gáy cạnh dài</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Tắt</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Tùy chọn</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>Thiết lập in</translation>
        </message>
        <message>
            <source>Page &amp;Set:</source>
            <translation>&amp;Bộ trang:</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Trang</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>Từ trang</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>In tất cả</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>Phạm vi in</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>Đảo ngược thứ tự</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Phần đã chọn</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>Đóng gáy cạnh ngắn</translation>
        </message>
        <message>
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>Ghi các trang hoặc khoảng trang, cách nhau bằng dấu phẩy; một khoảng là hai số nối bằng dấu gạch ngang. VD: 3,5-7,9 in các trang 3, 5, 6, 7 và 9.</translation>
        </message>
        <message>
            <source>to</source>
            <translation>đến</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Tên:</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Vị trí:</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>&amp;Tệp đầu ra:</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>&amp;Thuộc tính</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Xem trước</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Máy in</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Loại:</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Scroll here</source>
            <translation>Cuộn đến đây</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>Mép trái</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Đầu</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>Mép phải</translation>
        </message>
        <message>
            <source>Bottom</source>
            <translation>Cuối</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>Sang trái một trang</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>Lên một trang</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>Sang phải một trang</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>Xuống một trang</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>Cuộn sang trái</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>Cuộn lên</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Cuộn sang phải</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>Cuộn xuống</translation>
        </message>
    </context>
    <context>
        <name>QTabBar</name>
        <message>
            <source>Scroll Left</source>
            <translation>Cuộn sang trái</translation>
        </message>
        <message>
            <source>Scroll Right</source>
            <translation>Cuộn sang phải</translation>
        </message>
    </context>
    <context>
        <name>QUnicodeControlCharacterMenu</name>
        <message>
            <source>Insert Unicode control character</source>
            <translation>Chèn ký tự điều khiển Unicode</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Làm lại</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Cắt</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>Sao ché&amp;p</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Sao chép địa chỉ &amp;liên kết</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Dán</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Chọn tất cả</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Quay lại</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Tiếp &gt;</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Tiếp</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Hoàn tất</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Trợ giúp</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Trợ giúp</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>Quay lại</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Tiếp tục</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Xác nhận</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Xong</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>e.g. the USB key with the signing key was lost</source>
            <translation>ví dụ: mất USB chứa khóa ký</translation>
        </message>
    </context>
    <context>
        <name>ReceiptImportDialog</name>
        <message>
            <source>Import a receipt from the superior office</source>
            <translation>Nhập biên nhận của cơ quan cấp trên</translation>
        </message>
        <message>
            <source>The office sends a signed receipt (Bien-nhan_….zip) for each package it took in. Its signature and the package it names are checked before anything is stored.</source>
            <translation>Cơ quan cấp trên gửi một biên nhận có chữ ký (Bien-nhan_….zip) cho mỗi gói báo cáo đã tiếp nhận. Chữ ký và gói báo cáo ghi trong biên nhận được kiểm tra trước khi lưu.</translation>
        </message>
        <message>
            <source>Removable drives and receipt files</source>
            <translation>Ổ đĩa rời và tệp biên nhận</translation>
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
            <source>Import</source>
            <translation>Nhập</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>No removable drive found. Plug in the USB stick, or choose a file.</source>
            <translation>Không thấy ổ đĩa rời. Hãy cắm USB, hoặc chọn tệp.</translation>
        </message>
        <message>
            <source>no receipt file on this drive</source>
            <translation>không có tệp biên nhận trên ổ đĩa này</translation>
        </message>
        <message>
            <source>Choose the receipt file</source>
            <translation>Chọn tệp biên nhận</translation>
        </message>
        <message>
            <source>Receipts (*.zip)</source>
            <translation>Biên nhận (*.zip)</translation>
        </message>
        <message>
            <source>Choose a receipt file first.</source>
            <translation>Hãy chọn một tệp biên nhận trước.</translation>
        </message>
        <message>
            <source>Refused: %1</source>
            <translation>Bị từ chối: %1</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>đã tiếp nhận</translation>
        </message>
        <message>
            <source>has issues</source>
            <translation>có vấn đề</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Đã nhập</translation>
        </message>
        <message>
            <source>Already imported</source>
            <translation>Đã nhập từ trước</translation>
        </message>
        <message>
            <source>receipt from %1 (signed by the registered office) for %2, revision %3: %4</source>
            <translation>biên nhận của %1 (do cơ quan cấp trên đã đăng ký ký) cho %2, lần %3: %4</translation>
        </message>
        <message>
            <source>Note: revision %1 has since been superseded by a newer revision.</source>
            <translation>Lưu ý: lần %1 đã được thay thế bằng một lần mới hơn.</translation>
        </message>
    </context>
    <context>
        <name>ReceiptWriteDialog</name>
        <message>
            <source>Write a receipt</source>
            <translation>Lập biên nhận</translation>
        </message>
        <message>
            <source>Receipt for &lt;b&gt;%1&lt;/b&gt; (%2), period &lt;b&gt;%3&lt;/b&gt;, revision %4 — file %5</source>
            <translation>Biên nhận cho &lt;b&gt;%1&lt;/b&gt; (%2), kỳ &lt;b&gt;%3&lt;/b&gt;, lần %4 — tệp %5</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Đã tiếp nhận</translation>
        </message>
        <message>
            <source>Has issues</source>
            <translation>Có vấn đề</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Chỉ số</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Comment of the office (optional)</source>
            <translation>Nhận xét của cấp trên (không bắt buộc)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Chọn…</translation>
        </message>
        <message>
            <source>Choose a folder…</source>
            <translation>Chọn thư mục…</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Trạng thái:</translation>
        </message>
        <message>
            <source>Office key (.p12):</source>
            <translation>Khóa của cơ quan (.p12):</translation>
        </message>
        <message>
            <source>Key password:</source>
            <translation>Mật khẩu khóa:</translation>
        </message>
        <message>
            <source>Write to:</source>
            <translation>Ghi vào:</translation>
        </message>
        <message>
            <source>Sign and write the receipt</source>
            <translation>Ký và ghi biên nhận</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Remarks per indicator go back to the commune and are shown next to the figure concerned. Leave a line empty for no remark.</source>
            <translation>Nhận xét theo từng chỉ số được gửi về xã và hiển thị bên cạnh số liệu liên quan. Để trống dòng nào không có nhận xét.</translation>
        </message>
        <message>
            <source>or a removable drive…</source>
            <translation>hoặc ổ đĩa rời…</translation>
        </message>
        <message>
            <source>The office key</source>
            <translation>Khóa của cơ quan</translation>
        </message>
        <message>
            <source>Key files (*.p12 *.pfx)</source>
            <translation>Tệp khóa (*.p12 *.pfx)</translation>
        </message>
        <message>
            <source>Write the receipt into</source>
            <translation>Ghi biên nhận vào</translation>
        </message>
        <message>
            <source>Choose the office key and the folder or drive to write to.</source>
            <translation>Hãy chọn khóa của cơ quan và thư mục hoặc ổ đĩa để ghi.</translation>
        </message>
        <message>
            <source>No receipt written: %1</source>
            <translation>Chưa ghi biên nhận: %1</translation>
        </message>
        <message>
            <source>Receipt written to %1 (%2 comment(s)). Hand it to the commune with the USB stick.</source>
            <translation>Đã ghi biên nhận vào %1 (%2 nhận xét). Chuyển cho xã bằng USB.</translation>
        </message>
    </context>
    <context>
        <name>RecordColumns</name>
        <message>
            <source>Residential unit</source>
            <translation>Thôn, tổ</translation>
        </message>
        <message>
            <source>Carried out by</source>
            <translation>Đội, nhóm thực hiện</translation>
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
            <source>Attendances</source>
            <translation>Lượt tham dự</translation>
        </message>
        <message>
            <source>New persons</source>
            <translation>Người lần đầu</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Đơn vị tổ chức</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Hình thức</translation>
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
            <source>Target groups</source>
            <translation>Đối tượng</translation>
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
            <source>Violator</source>
            <translation>Đối tượng</translation>
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
            <source>Review</source>
            <translation>Rà soát</translation>
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
            <source>Successor</source>
            <translation>Đơn vị kế thừa</translation>
        </message>
        <message>
            <source>Formed</source>
            <translation>Thành lập</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Thành viên</translation>
        </message>
        <message>
            <source>Activities carried out</source>
            <translation>Số hoạt động</translation>
        </message>
        <message>
            <source>Dissolved</source>
            <translation>Giải thể</translation>
        </message>
        <message>
            <source>Set up</source>
            <translation>Ngày xây dựng</translation>
        </message>
        <message>
            <source>Units covered</source>
            <translation>Thôn, tổ triển khai</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tình trạng</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Từ ngày</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quý</translation>
        </message>
        <message>
            <source>Persons served</source>
            <translation>Số người được hỗ trợ</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Nữ</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Nam</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Số buổi</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Lượt chuyển gửi</translation>
        </message>
        <message>
            <source>Counted to</source>
            <translation>Tính đến ngày</translation>
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
            <source>(none)</source>
            <translation>(không có)</translation>
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
            <source>Possible duplicate: %1 record(s) with the same date, unit and kind already exist.</source>
            <translation>Có thể trùng: đã có %1 bản ghi cùng ngày, cùng thôn/tổ và cùng loại.</translation>
        </message>
        <message>
            <source>This record cannot be changed: %1</source>
            <translation>Không thể sửa bản ghi này: %1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>A number is not acceptable (see the message under it); correct it before saving.</source>
            <translation>Có số không hợp lệ (xem thông báo dưới ô nhập); hãy sửa trước khi lưu.</translation>
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
            <source>&amp;Violation:</source>
            <translation>Hành vi &amp;vi phạm:</translation>
        </message>
        <message>
            <source>Other acts found together (Điều 32–33; the decision fines them once, with its own act):</source>
            <translation>Hành vi khác cùng bị phát hiện (Điều 32–33; chỉ phạt một lần cùng với hành vi chính của quyết định):</translation>
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
            <source>Carried out &amp;by:</source>
            <translation>Đội, nhóm thực &amp;hiện:</translation>
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
            <source>What was communicated, e.g. talk on the law on prostitution</source>
            <translation>Nội dung tuyên truyền, ví dụ: nói chuyện về Luật Phòng, chống mại dâm</translation>
        </message>
        <message>
            <source>&amp;Participants:</source>
            <translation>&amp;Người tham dự:</translation>
        </message>
        <message>
            <source>&amp;Materials handed out:</source>
            <translation>Tài &amp;liệu phát ra:</translation>
        </message>
        <message>
            <source>Target &amp;groups:</source>
            <translation>Đối tượn&amp;g:</translation>
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
            <source>&amp;Split into:</source>
            <translation>&amp;Chia tách thành:</translation>
        </message>
        <message>
            <source>e.g. DCTXH</source>
            <translation>VD: DCTXH</translation>
        </message>
        <message>
            <source>e.g. Volunteer social-work team of the commune</source>
            <translation>VD: Đội công tác xã hội tình nguyện xã</translation>
        </message>
        <message>
            <source>&amp;Formed on:</source>
            <translation>Ngày thành lậ&amp;p:</translation>
        </message>
        <message>
            <source>&amp;Members by role:</source>
            <translation>Thành &amp;viên theo chức danh:</translation>
        </message>
        <message>
            <source>Dissolved on:</source>
            <translation>Ngày giải thể:</translation>
        </message>
        <message>
            <source>e.g. MH01</source>
            <translation>VD: MH01</translation>
        </message>
        <message>
            <source>&amp;Kind of model:</source>
            <translation>&amp;Loại mô hình:</translation>
        </message>
        <message>
            <source>e.g. the province's social work centre</source>
            <translation>VD: Trung tâm Công tác xã hội tỉnh</translation>
        </message>
        <message>
            <source>&amp;Set up on:</source>
            <translation>Ngày &amp;xây dựng:</translation>
        </message>
        <message>
            <source>Residential &amp;units covered:</source>
            <translation>Thôn, tổ dân phố &amp;triển khai:</translation>
        </message>
        <message>
            <source>&amp;Model:</source>
            <translation>&amp;Mô hình:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Từ ngày:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>Tình t&amp;rạng:</translation>
        </message>
        <message>
            <source>&amp;Quarter:</source>
            <translation>&amp;Quý:</translation>
        </message>
        <message>
            <source>&amp;Persons served for the first time this year:</source>
            <translation>Số &amp;người được hỗ trợ lần đầu trong năm:</translation>
        </message>
        <message>
            <source>S&amp;essions held:</source>
            <translation>Số &amp;buổi sinh hoạt, hỗ trợ:</translation>
        </message>
        <message>
            <source>&amp;Referrals made:</source>
            <translation>Số lượt &amp;chuyển gửi:</translation>
        </message>
        <message>
            <source>Figures &amp;counted to:</source>
            <translation>Số liệu tính đến &amp;ngày:</translation>
        </message>
        <message>
            <source>New propaganda activity</source>
            <translation>Thêm hoạt động tuyên truyền</translation>
        </message>
        <message>
            <source>Edit propaganda activity</source>
            <translation>Sửa hoạt động tuyên truyền</translation>
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
            <source>Rename, merge, split or dissolve a residential unit</source>
            <translation>Đổi tên, sáp nhập, chia tách hoặc giải thể thôn, tổ dân phố</translation>
        </message>
        <message>
            <source>New team or group</source>
            <translation>Thêm đội, nhóm</translation>
        </message>
        <message>
            <source>Edit team or group</source>
            <translation>Sửa đội, nhóm</translation>
        </message>
        <message>
            <source>New model</source>
            <translation>Thêm mô hình</translation>
        </message>
        <message>
            <source>Edit model</source>
            <translation>Sửa mô hình</translation>
        </message>
        <message>
            <source>New status of the model</source>
            <translation>Ghi tình trạng mới của mô hình</translation>
        </message>
        <message>
            <source>Edit status of the model</source>
            <translation>Sửa tình trạng của mô hình</translation>
        </message>
        <message>
            <source>New quarterly figures of the model</source>
            <translation>Nhập số liệu quý của mô hình</translation>
        </message>
        <message>
            <source>Edit quarterly figures of the model</source>
            <translation>Sửa số liệu quý của mô hình</translation>
        </message>
        <message>
            <source>Split into other units</source>
            <translation>Chia tách thành các đơn vị khác</translation>
        </message>
        <message>
            <source>Dissolved</source>
            <translation>Giải thể</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Cá nhân</translation>
        </message>
        <message>
            <source>Household business</source>
            <translation>Hộ kinh doanh</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Tổ chức</translation>
        </message>
        <message>
            <source>Fine</source>
            <translation>Phạt tiền</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Cảnh cáo</translation>
        </message>
        <message>
            <source>Transferred to the competent level</source>
            <translation>Chuyển cấp có thẩm quyền</translation>
        </message>
        <message>
            <source>Referred to the police or investigators (crime)</source>
            <translation>Chuyển cơ quan công an, cơ quan điều tra (tội phạm)</translation>
        </message>
        <message>
            <source>Operating</source>
            <translation>Đang hoạt động</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Tạm dừng</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Chấm dứt hoạt động</translation>
        </message>
        <message>
            <source>Edit change of a residential unit</source>
            <translation>Sửa thay đổi của thôn, tổ dân phố</translation>
        </message>
        <message>
            <source>Decision or letter &amp;number:</source>
            <translation>&amp;Số quyết định, văn bản:</translation>
        </message>
        <message>
            <source>e.g. 12/QĐ-XPHC; for a transfer the letter's number</source>
            <translation>vd. 12/QĐ-XPHC; khi chuyển vụ việc ghi số văn bản chuyển</translation>
        </message>
        <message>
            <source>Vi&amp;olator:</source>
            <translation>Đối &amp;tượng vi phạm:</translation>
        </message>
        <message>
            <source>Act &amp;ended on:</source>
            <translation>Ngày &amp;kết thúc hành vi:</translation>
        </message>
        <message>
            <source>Ou&amp;tcome:</source>
            <translation>Kết &amp;quả xử lý:</translation>
        </message>
        <message>
            <source>Decision or transfer &amp;date:</source>
            <translation>&amp;Ngày quyết định, ngày chuyển:</translation>
        </message>
        <message>
            <source>Transferred or referred &amp;to:</source>
            <translation>&amp;Chuyển đến:</translation>
        </message>
        <message>
            <source>e.g. Công an tỉnh; Cơ quan Cảnh sát điều tra Công an tỉnh</source>
            <translation>vd. Công an tỉnh; Cơ quan Cảnh sát điều tra Công an tỉnh</translation>
        </message>
        <message>
            <source>Supplementary penalties:</source>
            <translation>Hình thức xử phạt bổ sung:</translation>
        </message>
        <message>
            <source>Remedial measures:</source>
            <translation>Biện pháp khắc phục hậu quả:</translation>
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
            <source>split</source>
            <translation>chia tách</translation>
        </message>
        <message>
            <source>dissolved</source>
            <translation>giải thể</translation>
        </message>
        <message>
            <source>needs review</source>
            <translation>cần rà soát</translation>
        </message>
        <message>
            <source>operating</source>
            <translation>đang hoạt động</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>tạm dừng</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>chấm dứt</translation>
        </message>
        <message>
            <source>%1 since %2</source>
            <translation>%1 từ %2</translation>
        </message>
        <message>
            <source>Whole commune</source>
            <translation>Toàn xã</translation>
        </message>
        <message>
            <source>Propaganda activities</source>
            <translation>Hoạt động tuyên truyền</translation>
        </message>
        <message>
            <source>Form:</source>
            <translation>Hình thức:</translation>
        </message>
        <message>
            <source>%1 activities · %2 participants · %3 materials handed out</source>
            <translation>%1 hoạt động · %2 lượt người tham dự · %3 tài liệu đã phát</translation>
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
            <source>%1 trainings · %2 attendances · %3 persons trained for the first time</source>
            <translation>%1 lớp tập huấn · %2 lượt tham dự · %3 người được tập huấn lần đầu</translation>
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
        <message>
            <source>Teams and groups</source>
            <translation>Đội công tác xã hội tình nguyện, nhóm đồng đẳng</translation>
        </message>
        <message>
            <source>%1 teams and groups · %2 members</source>
            <translation>%1 đội, nhóm · %2 thành viên</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Mô hình phòng, chống mại dâm, hỗ trợ người bán dâm</translation>
        </message>
        <message>
            <source>%1 models</source>
            <translation>%1 mô hình</translation>
        </message>
        <message>
            <source>Status of the model</source>
            <translation>Tình trạng hoạt động</translation>
        </message>
        <message>
            <source>Quarterly figures of the model</source>
            <translation>Số liệu theo quý</translation>
        </message>
        <message>
            <source>%1 quarters · %2 persons · %3 sessions · %4 referrals</source>
            <translation>%1 quý · %2 người · %3 buổi · %4 lượt chuyển gửi</translation>
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
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Your recovery key</source>
            <translation>Khóa khôi phục của bạn</translation>
        </message>
        <message>
            <source>If you forget the password, this recovery key is the only way to open the database. It is shown only now. Print it or write it down and keep it locked away from the laptop. Anyone who has it can open the data.</source>
            <translation>Nếu quên mật khẩu, khóa khôi phục này là cách duy nhất để mở cơ sở dữ liệu. Khóa chỉ hiển thị lần này. Hãy in hoặc chép lại và cất giữ ở nơi có khóa, tách khỏi máy tính. Ai có khóa này đều mở được dữ liệu.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Sao chép</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>In…</translation>
        </message>
        <message>
            <source>I have printed or written down the recovery key</source>
            <translation>Tôi đã in hoặc chép lại khóa khôi phục</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Xong</translation>
        </message>
        <message>
            <source>CommuneDesk — recovery key</source>
            <translation>CommuneDesk — khóa khôi phục</translation>
        </message>
        <message>
            <source>Made on: %1</source>
            <translation>Tạo ngày: %1</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Cơ sở dữ liệu: %1</translation>
        </message>
        <message>
            <source>Keep this paper locked away. Anyone who has it can open the data.</source>
            <translation>Hãy cất tờ giấy này ở nơi có khóa. Ai có nó đều mở được dữ liệu.</translation>
        </message>
        <message>
            <source>Copied. Paste it somewhere safe, then clear the clipboard.</source>
            <translation>Đã sao chép. Hãy dán vào nơi an toàn, rồi xóa bộ nhớ tạm.</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Đã gửi đến máy in.</translation>
        </message>
        <message>
            <source>No printer found: save the recovery key</source>
            <translation>Không tìm thấy máy in: lưu khóa khôi phục</translation>
        </message>
        <message>
            <source>Text file (*.txt)</source>
            <translation>Tệp văn bản (*.txt)</translation>
        </message>
        <message>
            <source>Saved to %1. Print it, then delete the file.</source>
            <translation>Đã lưu vào %1. Hãy in ra, rồi xóa tệp.</translation>
        </message>
    </context>
    <context>
        <name>RefField</name>
        <message>
            <source>Show the matches (↓)</source>
            <translation>Hiện các kết quả khớp (↓)</translation>
        </message>
    </context>
    <context>
        <name>ReportView</name>
        <message>
            <source>I. Situation on the territory</source>
            <translation>I. Tình hình tệ nạn mại dâm trên địa bàn</translation>
        </message>
        <message>
            <source>III.1 Results achieved</source>
            <translation>III.1. Kết quả đạt được</translation>
        </message>
        <message>
            <source>III.2 Shortcomings and causes</source>
            <translation>III.2. Tồn tại, hạn chế và nguyên nhân</translation>
        </message>
        <message>
            <source>IV. Tasks for the next period</source>
            <translation>IV. Phương hướng, nhiệm vụ kỳ tới</translation>
        </message>
        <message>
            <source>V. Proposals</source>
            <translation>V. Đề xuất, kiến nghị</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Năm:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Kỳ báo cáo:</translation>
        </message>
        <message>
            <source>Prefilled with a draft written from the figures; edit freely. A section left as the draft follows the figures when they change.</source>
            <translation>Đã điền sẵn bản nháp viết từ số liệu; có thể sửa tùy ý. Mục để nguyên bản nháp sẽ tự cập nhật khi số liệu thay đổi.</translation>
        </message>
        <message>
            <source>Back to the draft</source>
            <translation>Trở về bản nháp</translation>
        </message>
        <message>
            <source>Print the "Kính gửi" line</source>
            <translation>In dòng "Kính gửi"</translation>
        </message>
        <message>
            <source>One recipient per line</source>
            <translation>Mỗi dòng một nơi nhận</translation>
        </message>
        <message>
            <source>Number (Số):</source>
            <translation>Số:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Ngày:</translation>
        </message>
        <message>
            <source>Signer (from the profile):</source>
            <translation>Người ký (theo hồ sơ đơn vị):</translation>
        </message>
        <message>
            <source>Receiving office:</source>
            <translation>Cơ quan nhận:</translation>
        </message>
        <message>
            <source>Other recipients (Nơi nhận, after the receiving office):</source>
            <translation>Nơi nhận khác (sau cơ quan nhận):</translation>
        </message>
        <message>
            <source>Issued numbers</source>
            <translation>Số đã cấp</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>Lưu bản nháp</translation>
        </message>
        <message>
            <source>Keeps the text and settings of this period's report in the database; writes no file</source>
            <translation>Lưu nội dung và thông tin văn bản của báo cáo kỳ này vào cơ sở dữ liệu; không ghi tệp nào</translation>
        </message>
        <message>
            <source>Export Word/Excel…</source>
            <translation>Xuất Word/Excel…</translation>
        </message>
        <message>
            <source>Export to a USB stick…</source>
            <translation>Xuất ra USB…</translation>
        </message>
        <message>
            <source>the report's number in %1 (kept when written again): %2; see "Issued numbers"</source>
            <translation>số của báo cáo năm %1 (giữ nguyên khi lập lại): %2; xem "Số đã cấp"</translation>
        </message>
        <message>
            <source>Draft saved for %1 (no file written; use "Export Word/Excel…").</source>
            <translation>Đã lưu bản nháp %1 (chưa ghi tệp; dùng "Xuất Word/Excel…").</translation>
        </message>
        <message>
            <source>Narrative</source>
            <translation>Nội dung đánh giá</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Thông tin văn bản</translation>
        </message>
        <message>
            <source>Office comments</source>
            <translation>Nhận xét của cấp trên</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Xem trước</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>In…</translation>
        </message>
        <message>
            <source>Export the report into</source>
            <translation>Xuất báo cáo vào</translation>
        </message>
        <message>
            <source>Number already used</source>
            <translation>Số đã được dùng</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Đồng ý</translation>
        </message>
        <message>
            <source>Not written: %1</source>
            <translation>Chưa ghi: %1</translation>
        </message>
        <message>
            <source>No data in this period</source>
            <translation>Kỳ này chưa có số liệu</translation>
        </message>
        <message>
            <source>No record is dated in %1. The report will say that nothing was recorded. Export it anyway?</source>
            <translation>Chưa có bản ghi nào trong %1. Báo cáo sẽ ghi rõ là chưa có số liệu. Vẫn xuất báo cáo?</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Export anyway</source>
            <translation>Vẫn xuất</translation>
        </message>
        <message>
            <source>The report is already there</source>
            <translation>Báo cáo đã có trong thư mục</translation>
        </message>
        <message>
            <source>%1 already holds %2. Replace it, or keep it and write "%3"?</source>
            <translation>%1 đã có %2. Ghi đè, hay giữ nguyên và ghi thành "%3"?</translation>
        </message>
        <message>
            <source>Write "%1"</source>
            <translation>Ghi thành "%1"</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Ghi đè</translation>
        </message>
        <message>
            <source>Nothing was written.</source>
            <translation>Chưa ghi tệp nào.</translation>
        </message>
        <message>
            <source>Written and read back: %1 and %2.</source>
            <translation>Đã ghi và đọc lại: %1 và %2.</translation>
        </message>
        <message>
            <source>The USB stick can be removed safely.</source>
            <translation>Có thể rút USB an toàn.</translation>
        </message>
        <message>
            <source>No USB stick found. Plug one in, or use "Export Word/Excel…".</source>
            <translation>Không thấy USB. Hãy cắm USB, hoặc dùng "Xuất Word/Excel…".</translation>
        </message>
        <message>
            <source>Export onto:</source>
            <translation>Xuất vào:</translation>
        </message>
        <message>
            <source>not set: complete the unit profile</source>
            <translation>chưa có: hãy hoàn thiện hồ sơ đơn vị</translation>
        </message>
        <message>
            <source>No record is dated in %1: the report will say so.</source>
            <translation>Chưa có bản ghi nào trong %1: báo cáo sẽ ghi rõ điều này.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Chưa lưu: %1</translation>
        </message>
        <message>
            <source>Cancelled; no file was left half-written.</source>
            <translation>Đã hủy; không để lại tệp ghi dở.</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Không thành công: %1</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>Đang chuẩn bị bản xem trước…</translation>
        </message>
        <message>
            <source>Preview: %1 pages (rendered by LibreOffice).</source>
            <translation>Xem trước: %1 trang (dựng bằng LibreOffice).</translation>
        </message>
        <message>
            <source>Preview rendered by CommuneDesk (LibreOffice is not installed); the Word file keeps the official layout.</source>
            <translation>Bản xem trước do CommuneDesk dựng (chưa cài LibreOffice); tệp Word vẫn đúng thể thức.</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Đang ghi báo cáo…</translation>
        </message>
        <message>
            <source>USB stick</source>
            <translation>USB</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Khôi phục bản sao lưu</translation>
        </message>
        <message>
            <source>Choose a backup. Before anything is replaced, the current database is kept aside in the backups folder.</source>
            <translation>Chọn một bản sao lưu. Trước khi thay thế, cơ sở dữ liệu hiện tại được giữ lại trong thư mục sao lưu.</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>hằng ngày</translation>
        </message>
        <message>
            <source>on exit</source>
            <translation>khi thoát</translation>
        </message>
        <message>
            <source>manual</source>
            <translation>thủ công</translation>
        </message>
        <message>
            <source>Choose another file…</source>
            <translation>Chọn tệp khác…</translation>
        </message>
        <message>
            <source>Password that was valid when this backup was made</source>
            <translation>Mật khẩu dùng khi tạo bản sao lưu này</translation>
        </message>
        <message>
            <source>No backup chosen.</source>
            <translation>Chưa chọn bản sao lưu.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Restore this backup</source>
            <translation>Khôi phục bản này</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Chọn bản sao lưu</translation>
        </message>
        <message>
            <source>Database (*.db)</source>
            <translation>Cơ sở dữ liệu (*.db)</translation>
        </message>
        <message>
            <source>This backup does not open with the current password. Type the password that was valid when it was made, then press Enter.</source>
            <translation>Không mở được bản sao lưu này bằng mật khẩu hiện tại. Hãy nhập mật khẩu dùng khi tạo bản sao lưu, rồi nhấn Enter.</translation>
        </message>
        <message>
            <source>This file is not a CommuneDesk backup, or it is encrypted with a password that is not the current one. Choose another backup, or type the password that was valid when it was made, then press Enter.</source>
            <translation>Tệp này không phải là bản sao lưu CommuneDesk, hoặc đã được mã hóa bằng một mật khẩu khác mật khẩu hiện tại. Hãy chọn bản sao lưu khác, hoặc gõ mật khẩu còn hiệu lực khi tạo bản sao lưu rồi nhấn Enter.</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>tốt</translation>
        </message>
        <message>
            <source>(unit profile not set)</source>
            <translation>(chưa khai báo thông tin đơn vị)</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Tệp:</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Đơn vị:</translation>
        </message>
        <message>
            <source>Schema:</source>
            <translation>Phiên bản cấu trúc:</translation>
        </message>
        <message>
            <source>Integrity check:</source>
            <translation>Kiểm tra toàn vẹn:</translation>
        </message>
        <message>
            <source>Rows in the backup:</source>
            <translation>Số dòng trong bản sao lưu:</translation>
        </message>
        <message>
            <source>Keyed checksum:</source>
            <translation>Mã kiểm tra có khóa:</translation>
        </message>
        <message>
            <source>matches</source>
            <translation>khớp</translation>
        </message>
        <message>
            <source>cannot be checked on this computer (made elsewhere, or before checksums existed)</source>
            <translation>không kiểm tra được trên máy này (tạo ở máy khác, hoặc trước khi có mã kiểm tra)</translation>
        </message>
        <message>
            <source>Propaganda activities</source>
            <translation>Hoạt động tuyên truyền</translation>
        </message>
        <message>
            <source>Training courses</source>
            <translation>Lớp tập huấn</translation>
        </message>
        <message>
            <source>Training participants</source>
            <translation>Người tham gia tập huấn</translation>
        </message>
        <message>
            <source>Businesses</source>
            <translation>Cơ sở kinh doanh</translation>
        </message>
        <message>
            <source>Inspections</source>
            <translation>Lượt kiểm tra</translation>
        </message>
        <message>
            <source>Hotspots</source>
            <translation>Tụ điểm</translation>
        </message>
        <message>
            <source>Tip-offs</source>
            <translation>Tin báo</translation>
        </message>
        <message>
            <source>Penalty decisions</source>
            <translation>Quyết định xử phạt</translation>
        </message>
        <message>
            <source>Reintegration support</source>
            <translation>Hỗ trợ tái hòa nhập</translation>
        </message>
        <message>
            <source>Stored identities</source>
            <translation>Thông tin nhân thân đã lưu</translation>
        </message>
        <message>
            <source>Residential units</source>
            <translation>Thôn, tổ dân phố</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>Kế hoạch</translation>
        </message>
        <message>
            <source>Change log entries</source>
            <translation>Mục nhật ký thay đổi</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <source>Its keyed checksum cannot be checked on this computer: restore it only if you know where it comes from.</source>
            <translation>Mã kiểm tra có khóa của bản sao lưu này không kiểm tra được trên máy này: chỉ khôi phục nếu bạn biết rõ nguồn gốc của nó.</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Khôi phục bản sao lưu này?</translation>
        </message>
        <message>
            <source>The current database will be replaced by the backup %1. The current file is kept aside first. Continue?</source>
            <translation>Cơ sở dữ liệu hiện tại sẽ được thay bằng bản sao lưu %1. Tệp hiện tại được giữ lại trước. Tiếp tục?</translation>
        </message>
    </context>
    <context>
        <name>SavedBar</name>
        <message>
            <source>Open folder</source>
            <translation>Mở thư mục</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>Ẩn thông báo này</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Đã lưu: %1</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>Already open</source>
            <translation>Cơ sở dữ liệu đang được mở</translation>
        </message>
        <message>
            <source>This database is already open in another CommuneDesk window. Switch to that window, or close it and start again.</source>
            <translation>Cơ sở dữ liệu này đang được mở trong một cửa sổ CommuneDesk khác. Hãy chuyển sang cửa sổ đó, hoặc đóng nó rồi mở lại.</translation>
        </message>
        <message>
            <source>An import was interrupted</source>
            <translation>Một lần nhập dữ liệu đã bị gián đoạn</translation>
        </message>
        <message>
            <source>Wrong password or recovery key; try again.</source>
            <translation>Sai mật khẩu hoặc khóa khôi phục; hãy thử lại.</translation>
        </message>
        <message>
            <source>Signing ledger not checked</source>
            <translation>Chưa kiểm tra được sổ ký</translation>
        </message>
        <message>
            <source>Daily backup failed</source>
            <translation>Sao lưu hằng ngày không thành công</translation>
        </message>
        <message>
            <source>Daily backup incomplete</source>
            <translation>Sao lưu hằng ngày chưa đầy đủ</translation>
        </message>
        <message>
            <source>The database is closed.</source>
            <translation>Cơ sở dữ liệu đã đóng.</translation>
        </message>
        <message>
            <source>Backup on exit incomplete</source>
            <translation>Sao lưu khi thoát chưa đầy đủ</translation>
        </message>
        <message>
            <source>Backup on exit failed</source>
            <translation>Sao lưu khi thoát không thành công</translation>
        </message>
        <message>
            <source>The backup was written and verified:</source>
            <translation>Bản sao lưu đã được ghi và kiểm tra:</translation>
        </message>
        <message>
            <source>Backup incomplete</source>
            <translation>Sao lưu chưa đầy đủ</translation>
        </message>
        <message>
            <source>Backup written</source>
            <translation>Đã sao lưu</translation>
        </message>
        <message>
            <source>The backup %1 was restored.</source>
            <translation>Đã khôi phục bản sao lưu %1.</translation>
        </message>
        <message>
            <source>The previous database was kept at:</source>
            <translation>Cơ sở dữ liệu trước đó được giữ lại tại:</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Đã khôi phục</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <source>The whole window changes to the new language as soon as you save.</source>
            <translation>Toàn bộ cửa sổ chuyển sang ngôn ngữ mới ngay khi bạn bấm Lưu.</translation>
        </message>
        <message>
            <source>e.g. Nguyễn Thị Lan, công chức Văn hóa - Xã hội</source>
            <translation>VD: Nguyễn Thị Lan, công chức Văn hóa - Xã hội</translation>
        </message>
        <message>
            <source>The change history names this officer for every change made on this computer account. Leave it empty to show “the officer using this computer”.</source>
            <translation>Lịch sử thay đổi ghi tên cán bộ này cho mọi thay đổi làm trên tài khoản máy tính này. Để trống thì ghi “cán bộ dùng máy này”.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> phút</translation>
        </message>
        <message>
            <source>never</source>
            <translation>không bao giờ</translation>
        </message>
        <message>
            <source>none (e.g. a USB stick)</source>
            <translation>không có (ví dụ: USB)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Chọn…</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Ngôn ngữ:</translation>
        </message>
        <message>
            <source>Officer using this computer:</source>
            <translation>Cán bộ dùng máy này:</translation>
        </message>
        <message>
            <source>Lock after idle time:</source>
            <translation>Tự khóa khi không dùng sau:</translation>
        </message>
        <message>
            <source>Second backup folder:</source>
            <translation>Thư mục sao lưu thứ hai:</translation>
        </message>
        <message>
            <source>Daily backups kept:</source>
            <translation>Số bản sao lưu hằng ngày giữ lại:</translation>
        </message>
        <message>
            <source>Backups on exit kept:</source>
            <translation>Số bản sao lưu khi thoát giữ lại:</translation>
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
            <source>Second backup folder</source>
            <translation>Thư mục sao lưu thứ hai</translation>
        </message>
        <message>
            <source>The folder %1 does not exist. Plug in the USB stick or choose another folder.</source>
            <translation>Thư mục %1 không tồn tại. Hãy cắm USB hoặc chọn thư mục khác.</translation>
        </message>
        <message>
            <source>The settings could not be saved: %1</source>
            <translation>Không lưu được cài đặt: %1</translation>
        </message>
    </context>
    <context>
        <name>SignConfirmDialog</name>
        <message>
            <source>Sign and package %1</source>
            <translation>Ký và đóng gói %1</translation>
        </message>
        <message>
            <source>Sign and package the report of %1 (revision %2)</source>
            <translation>Ký số và đóng gói báo cáo %1 (lần phát hành %2)</translation>
        </message>
        <message>
            <source>%1 has not ended: it runs until %2 (%3 more day(s)). Signed now, the report counts only up to %4: records dated up to that day are locked (no adding, changing or deleting until the period is amended with a reason), and activities after it will be missing from this report. Sign after the period ends unless a deadline forces you.</source>
            <translation>%1 chưa kết thúc: kỳ kéo dài đến hết ngày %2 (còn %3 ngày). Nếu ký bây giờ, báo cáo chỉ tính số liệu đến ngày %4: các bản ghi có ngày đến hết ngày đó bị khóa (không thêm, sửa, xóa được cho đến khi điều chỉnh kỳ, có ghi lý do), và các hoạt động sau ngày đó sẽ không có trong báo cáo này. Hãy ký sau khi hết kỳ, trừ khi phải nộp cho kịp hạn.</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Kỳ báo cáo:</translation>
        </message>
        <message>
            <source>Data locked:</source>
            <translation>Dữ liệu bị khóa:</translation>
        </message>
        <message>
            <source>records dated %1 (%2 record(s))</source>
            <translation>các bản ghi có ngày %1 (%2 bản ghi)</translation>
        </message>
        <message>
            <source>Figures count up to:</source>
            <translation>Số liệu tính đến ngày:</translation>
        </message>
        <message>
            <source>Dated:</source>
            <translation>Ngày báo cáo:</translation>
        </message>
        <message>
            <source>Plan:</source>
            <translation>Kế hoạch:</translation>
        </message>
        <message>
            <source>The package holds:</source>
            <translation>Gói báo cáo gồm:</translation>
        </message>
        <message>
            <source>the report (Word), its annex of figures (Excel), the figures for the receiving office's software (report-data.json) and your unit's digital signature.</source>
            <translation>báo cáo (Word), phụ lục số liệu (Excel), tệp số liệu cho phần mềm của cơ quan nhận (report-data.json) và chữ ký số của đơn vị.</translation>
        </message>
        <message>
            <source>Key figure</source>
            <translation>Số liệu chính</translation>
        </message>
        <message>
            <source>This period</source>
            <translation>Kỳ này</translation>
        </message>
        <message>
            <source>After signing, the %1 record(s) dated %2 are locked: they cannot be changed or deleted, and no record dated in those days can be added, until the period is amended (with a reason kept in the log).</source>
            <translation>Sau khi ký, %1 bản ghi có ngày %2 bị khóa: không sửa, không xóa được, và không thêm được bản ghi nào có ngày trong khoảng đó, cho đến khi điều chỉnh kỳ (lý do được ghi vào nhật ký).</translation>
        </message>
        <message>
            <source>I have checked the figures and want to sign and lock this data now</source>
            <translation>Tôi đã kiểm tra số liệu và muốn ký, khóa dữ liệu này ngay bây giờ</translation>
        </message>
        <message>
            <source>I know %1 has not ended and still want to sign and lock it now</source>
            <translation>Tôi biết %1 chưa kết thúc và vẫn muốn ký, khóa dữ liệu ngay bây giờ</translation>
        </message>
        <message>
            <source>Sign and package</source>
            <translation>Ký và đóng gói</translation>
        </message>
        <message>
            <source>Key figures of the report:</source>
            <translation>Số liệu chính của báo cáo:</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to CommuneDesk</source>
            <translation>Đăng nhập CommuneDesk</translation>
        </message>
        <message>
            <source>Your full name (the change history names you)</source>
            <translation>Họ và tên của bạn (lịch sử thay đổi ghi tên bạn)</translation>
        </message>
        <message>
            <source>Officer:</source>
            <translation>Cán bộ:</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Đăng nhập</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Thoát</translation>
        </message>
    </context>
    <context>
        <name>SignInPanel</name>
        <message>
            <source>The database %1 is protected. Enter your password to open it.</source>
            <translation>Cơ sở dữ liệu %1 được bảo vệ. Hãy nhập mật khẩu để mở.</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mật khẩu</translation>
        </message>
        <message>
            <source>I forgot my password: use the recovery key</source>
            <translation>Tôi quên mật khẩu: dùng khóa khôi phục</translation>
        </message>
        <message>
            <source>Recovery key, e.g. ABCD-EFGH-…</source>
            <translation>Khóa khôi phục, ví dụ ABCD-EFGH-…</translation>
        </message>
    </context>
    <context>
        <name>TokenDialog</name>
        <message>
            <source>Sign with a USB token</source>
            <translation>Ký bằng USB token</translation>
        </message>
        <message>
            <source>Plug in the USB token. The signature is made on the token: the key never leaves it, and the PIN is used once and never stored.</source>
            <translation>Hãy cắm USB token. Chữ ký được tạo ngay trên token: khóa không bao giờ rời khỏi token, mã PIN chỉ được dùng một lần và không bao giờ được lưu.</translation>
        </message>
        <message>
            <source>the token's PKCS#11 module, e.g. C:\Windows\System32\…dll</source>
            <translation>mô-đun PKCS#11 của token, ví dụ C:\Windows\System32\…dll</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Chọn…</translation>
        </message>
        <message>
            <source>only when several tokens are plugged in</source>
            <translation>chỉ cần khi cắm nhiều token</translation>
        </message>
        <message>
            <source>only when the token holds several keys</source>
            <translation>chỉ cần khi token có nhiều khóa</translation>
        </message>
        <message>
            <source>PKCS#11 module:</source>
            <translation>Mô-đun PKCS#11:</translation>
        </message>
        <message>
            <source>Token label:</source>
            <translation>Nhãn token:</translation>
        </message>
        <message>
            <source>Key label:</source>
            <translation>Nhãn khóa:</translation>
        </message>
        <message>
            <source>PIN:</source>
            <translation>Mã PIN:</translation>
        </message>
        <message>
            <source>Open the token</source>
            <translation>Mở token</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>The token's PKCS#11 module</source>
            <translation>Mô-đun PKCS#11 của token</translation>
        </message>
        <message>
            <source>PKCS#11 modules (*.dll *.so *.dylib)</source>
            <translation>Mô-đun PKCS#11 (*.dll *.so *.dylib)</translation>
        </message>
    </context>
    <context>
        <name>TrainingLinesTable</name>
        <message>
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Cấp</translation>
        </message>
        <message>
            <source>Attendances</source>
            <translation>Lượt tham dự</translation>
        </message>
        <message>
            <source>Of them, first time this year</source>
            <translation>Trong đó: lần đầu trong năm</translation>
        </message>
        <message>
            <source>How many of these attendances are persons trained for the first time this year; 0 when all of them were already trained this year. STAFF_TRAINED counts these persons, never the attendances.</source>
            <translation>Trong số lượt tham dự, có bao nhiêu người được tập huấn lần đầu trong năm; nhập 0 nếu tất cả đã được tập huấn trước đó trong năm. Chỉ tiêu cán bộ được tập huấn tính số người này, không tính lượt.</translation>
        </message>
        <message>
            <source>Total:</source>
            <translation>Tổng:</translation>
        </message>
        <message>
            <source>(not stated)</source>
            <translation>(chưa ghi)</translation>
        </message>
        <message>
            <source>%1 attendances · %2 persons trained for the first time</source>
            <translation>%1 lượt tham dự · %2 người được tập huấn lần đầu</translation>
        </message>
    </context>
    <context>
        <name>UnitsList</name>
        <message>
            <source>Residential units</source>
            <translation>Thôn, tổ dân phố</translation>
        </message>
        <message>
            <source>Add or remove units in the unit profile. Select a unit to rename, merge, split or dissolve it with an effective date: its records and their history stay attached; from that date it leaves the shares of units and takes no new records.</source>
            <translation>Thêm hoặc bớt thôn, tổ dân phố trong hồ sơ đơn vị. Chọn một thôn, tổ dân phố để đổi tên, sáp nhập, chia tách hoặc giải thể kèm ngày hiệu lực: các bản ghi và lịch sử vẫn gắn với đơn vị; từ ngày đó đơn vị không còn tính trong tỷ lệ thôn, tổ dân phố và không nhận bản ghi mới.</translation>
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
