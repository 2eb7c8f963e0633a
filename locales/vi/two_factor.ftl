# actix-two-factor: thông điệp tiếng Việt.
# Xưng hô: "bạn", như các dịch vụ lớn bằng tiếng Việt. Thuật ngữ: mã, mã dự phòng, ứng dụng
# xác thực, xác thực hai yếu tố, khóa bảo mật, khóa truy cập (passkey).

## The page frame (_base.html) and the language switcher

language-name = Tiếng Việt

base-account-security = Bảo mật tài khoản
base-log-out = Đăng xuất
base-log-in = Đăng nhập
base-language = Ngôn ngữ
base-language-submit = Đổi

## Shared words

wizard-cancel = Hủy
wizard-back = Quay lại
wizard-next = Tiếp
permission-denied = Không có quyền truy cập
enable-two-factor = Bật xác thực hai yếu tố
disable-two-factor = Tắt xác thực hai yếu tố
two-factor-not-enabled = Tài khoản của bạn chưa bật xác thực hai yếu tố. Hãy bật để bảo vệ tài khoản tốt hơn.
back-to-account-security = Quay lại bảo mật tài khoản
add-phone-number = Thêm số điện thoại
backup-tokens-title = Mã dự phòng
token-generator = Vui lòng nhập mã do ứng dụng xác thực của bạn tạo ra.
token-call = Chúng tôi đang gọi cho bạn, vui lòng nhập các chữ số bạn nghe được.
token-sms = Chúng tôi đã gửi tin nhắn cho bạn, vui lòng nhập mã đã gửi.
token-email = Chúng tôi đã gửi email cho bạn, vui lòng nhập mã đã gửi.

## Login (core/login.html)

login-title = Đăng nhập
login-credentials = Nhập thông tin đăng nhập của bạn.
login-backup-intro = Dùng biểu mẫu này để đăng nhập bằng mã dự phòng. Các mã này được tạo để bạn in ra và cất giữ an toàn. Vui lòng nhập một trong các mã dự phòng để đăng nhập vào tài khoản.
login-submit = Đăng nhập
login-other-methods = Hoặc dùng một trong các phương thức xác thực khác của bạn:
login-backup-last-resort = Trong trường hợp bất khả kháng, bạn có thể dùng mã dự phòng:
login-use-backup-token = Dùng mã dự phòng

## Setup (core/setup.html, core/setup_complete.html)

setup-welcome = Bạn sắp nâng cao mức bảo mật cho tài khoản. Làm theo các bước trong trình hướng dẫn này để bật xác thực hai yếu tố.
setup-method = Vui lòng chọn phương thức xác thực bạn muốn dùng.
setup-generator-intro = Để bắt đầu dùng ứng dụng xác thực, hãy quét mã QR bên dưới bằng điện thoại, ví dụ với Google Authenticator, Aegis hoặc FreeOTP.
setup-qr-alt = Mã QR
setup-manual-key = Không quét được mã? Hãy nhập khóa này vào ứng dụng:
setup-on-this-phone = Bạn đang dùng chính điện thoại này?
setup-open-in-app = Mở trong ứng dụng xác thực
setup-app-should-show = Ứng dụng sẽ hiển thị nhà phát hành “{ $issuer }” và mã gồm { $digits } chữ số.
setup-enter-token = Sau đó nhập mã do ứng dụng tạo ra.
setup-sms-intro = Vui lòng nhập số điện thoại bạn muốn nhận tin nhắn. Số này sẽ được xác minh ở bước tiếp theo.
setup-call-intro = Vui lòng nhập số điện thoại bạn muốn được gọi. Số này sẽ được xác minh ở bước tiếp theo.
setup-email-intro = Vui lòng nhập địa chỉ email bạn muốn nhận mã. Địa chỉ này sẽ được xác minh ở bước tiếp theo.
complete-congratulations = Chúc mừng, bạn đã bật xác thực hai yếu tố thành công.
complete-add-phone-hint = Tuy nhiên, có thể có lúc bạn không dùng được thiết bị chính. Để có thể khôi phục tài khoản, hãy thêm một số điện thoại.

## Two-factor required (core/otp_required.html)

otp-required-enforced = Vì lý do bảo mật, trang bạn yêu cầu bắt buộc xác minh bằng xác thực hai yếu tố. Bạn cần bật các tính năng bảo mật này để truy cập trang.
otp-required-go-back = Quay lại

## Backup phones (core/phone_register.html)

phone-title = Thêm điện thoại dự phòng
phone-setup-intro = Bạn sắp thêm một số điện thoại dự phòng vào tài khoản. Số này sẽ được dùng khi phương thức chính không khả dụng.
phone-validation-intro = Chúng tôi đã gửi mã đến số điện thoại của bạn. Vui lòng nhập mã bạn nhận được.

## Re-authentication (core/reauth.html)

reauth-title = Xác nhận đó là bạn
reauth-intro = Thao tác này thay đổi cách bảo vệ tài khoản của bạn. Vui lòng nhập mật khẩu để tiếp tục.
reauth-intro-token = Thao tác này thay đổi cách bảo vệ tài khoản của bạn. Vui lòng nhập mật khẩu và một mã ({ $device }) để tiếp tục.
reauth-confirm = Xác nhận

## Backup tokens (core/backup_tokens.html)

backup-tokens-intro = Mã dự phòng dùng khi phương thức chính và các số điện thoại dự phòng đều không khả dụng. Có thể dùng các mã dự phòng bên dưới để xác minh khi đăng nhập. Nếu đã dùng hết, bạn có thể tạo bộ mã mới. Chỉ các mã hiển thị bên dưới là hợp lệ.
backup-tokens-print = Hãy in các mã này và cất giữ ở nơi an toàn. Chúng chỉ hiển thị lúc này.
backup-tokens-unused = { $count ->
   *[other] Bạn còn { $count } mã dự phòng chưa dùng. Vì lý do an toàn, chúng không thể hiển thị lại; nếu bị mất, hãy tạo mã mới.
}
backup-tokens-none = Bạn chưa có mã dự phòng nào.
backup-tokens-generate = Tạo mã

## Account security (profile/profile.html, profile/disable.html)

profile-title = Bảo mật tài khoản
profile-generator = Mã sẽ do ứng dụng xác thực của bạn tạo ra.
profile-primary-method = Phương thức chính: { $method }.
profile-backup-phones = Số điện thoại dự phòng
profile-backup-phones-intro = Nếu phương thức chính không khả dụng, chúng tôi có thể gửi mã dự phòng đến các số điện thoại bên dưới.
profile-unregister = Xóa
profile-backup-tokens-intro = Nếu không mang theo thiết bị nào, bạn vẫn có thể vào tài khoản bằng mã dự phòng.
profile-backup-tokens-remaining = { $count ->
   *[other] Bạn còn { $count } mã dự phòng.
}
profile-no-backup-tokens = Bạn không còn mã dự phòng nào.
profile-no-backup-tokens-advice = Nếu mất thiết bị, bạn sẽ không đăng nhập được: hãy tạo mã mới và cất giữ an toàn.
profile-few-backup-tokens = { $count ->
   *[other] Chỉ còn { $count } mã dự phòng.
}
profile-few-backup-tokens-advice = Hãy tạo mã mới trước khi dùng hết.
profile-show-codes = Hiển thị mã
profile-disable-intro = Chúng tôi thực sự không khuyến khích, nhưng bạn cũng có thể tắt xác thực hai yếu tố cho tài khoản.
disable-title = Tắt xác thực hai yếu tố
disable-intro = Bạn sắp tắt xác thực hai yếu tố. Việc này làm giảm bảo mật tài khoản. Bạn có chắc không?
disable-submit = Tắt

## Mail with a code (email/token.txt, email/token.html)

email-subject = Mã xác minh
email-hello = Xin chào { $username },
email-code-intro = Mã xác minh của bạn cho { $site } là:
email-validity = { $minutes ->
   *[other] Mã có hiệu lực trong { $minutes } phút và chỉ dùng được một lần. Nếu bạn không thử đăng nhập, hãy bỏ qua email này; có thể ai đó biết mật khẩu của bạn, vì vậy hãy cân nhắc đổi mật khẩu.
}

## Text messages and calls (twilio/sms_message.txt, twilio/token.xml)

sms-token = Mã xác minh của bạn là { $token }
voice-token = Mã của bạn là { $token }.
voice-token-again = Xin nhắc lại, mã của bạn là { $token }.

## The backup-used alert (signals::backup_used_alert)

alert-subject = Đã dùng mã dự phòng
alert-body = Xin chào { $username },

    Bạn vừa xác minh bằng một thiết bị dự phòng trên { $site }. Nếu đó không phải là bạn, tài khoản của bạn có thể đã bị xâm phạm: hãy đổi mật khẩu ngay, kiểm tra các số điện thoại dự phòng và tạo mã dự phòng mới.

## The admin (admin/*.html)

admin-title = Quản trị xác thực hai yếu tố
admin-forbidden = Bạn đang đăng nhập với tên { $username } nhưng không có quyền truy cập trang này. Bạn có muốn đăng nhập bằng tài khoản khác không?
admin-forbidden-login = Đăng nhập bằng tài khoản khác
admin-users = Người dùng
admin-find-label = Tìm người dùng theo tên đăng nhập
admin-find = Tìm
admin-no-user-named = Không có người dùng nào tên “{ $username }”.
admin-cannot-list = Kho người dùng của trang này không liệt kê được người dùng. Hãy tìm người dùng theo tên đăng nhập.
admin-col-username = Tên đăng nhập
admin-col-email = Email
admin-col-two-factor = Hai yếu tố
admin-col-staff = Nhân viên
admin-col-active = Hoạt động
admin-superuser-note = (siêu người dùng)
admin-enabled = đã bật
admin-disabled = đã tắt
admin-yes = có
admin-no = không
admin-showing = { $total ->
   *[other] Đang hiển thị { $shown } trên { $total } người dùng; tìm những người khác theo tên đăng nhập.
}
admin-no-users = Chưa có người dùng nào.
admin-role-superuser = siêu người dùng
admin-role-staff = nhân viên
admin-role-not-staff = không phải nhân viên
admin-state-active = đang hoạt động
admin-state-inactive = không hoạt động
admin-user-two-factor = xác thực hai yếu tố
admin-devices = Thiết bị
admin-col-device = Thiết bị
admin-col-name = Tên
admin-col-id = Mã định danh
admin-col-failures = Lần thử thất bại
admin-col-actions = Thao tác
admin-verified-your-session = (đã xác minh phiên của bạn)
admin-reset-failures = Đặt lại số lần thử thất bại
admin-remove = Xóa
admin-no-devices = Không có thiết bị.
admin-backup-tokens = Mã dự phòng
admin-backup-tokens-remaining = { $count ->
   *[other] Còn { $count } mã dự phòng.
}
admin-remove-backup-tokens = Xóa mã dự phòng
admin-failed-attempts = { $count ->
   *[other] { $count } lần thử thất bại
}
admin-reset-backup-failures = Đặt lại số lần thử thất bại của mã dự phòng
admin-backup-phones = Điện thoại dự phòng
admin-no-backup-phones = Không có điện thoại dự phòng.
admin-audit-reauth = { $minutes ->
   *[other] Mỗi thay đổi trên trang này yêu cầu bạn xác nhận mật khẩu (và một mã) nếu lần xác nhận gần nhất đã hơn { $minutes } phút; mọi thay đổi đều được ghi vào nhật ký kiểm tra.
}
admin-audit = Mọi thay đổi trên trang này đều được ghi vào nhật ký kiểm tra.
admin-reset-two-factor = Đặt lại xác thực hai yếu tố
admin-reset-intro = Dành cho người dùng bị mất thiết bị: xóa mọi thiết bị và mã dự phòng, để người dùng đăng nhập chỉ bằng mật khẩu và thiết lập lại xác thực hai yếu tố.
admin-notice-removed = Đã xóa { $device } ({ $id }).
admin-notice-failures-reset = Đã đặt lại số lần thử thất bại cho { $device } ({ $id }).
admin-notice-reset = Đã đặt lại xác thực hai yếu tố cho { $username }.

## Form fields and their messages (forms, views)

field-username = Tên đăng nhập
field-password = Mật khẩu
field-token = Mã
field-method = Phương thức
field-phone-number = Số điện thoại
field-phone-help = Kèm mã quốc gia, bắt đầu bằng + hoặc 00.
field-email = Địa chỉ email
field-understand = Có, tôi chắc chắn
method-generator = Ứng dụng xác thực
method-sms = Tin nhắn
method-call = Cuộc gọi
method-email = Email
form-required = Trường này là bắt buộc.
form-invalid-token = Mã không hợp lệ. Vui lòng kiểm tra bạn đã nhập đúng.
form-invalid-setup-token = Mã đã nhập không hợp lệ.
form-invalid-login = Vui lòng nhập đúng tên đăng nhập và mật khẩu. Lưu ý cả hai trường đều có thể phân biệt chữ hoa, chữ thường.
form-timed-out = Phiên của bạn đã hết hạn. Vui lòng đăng nhập lại.
form-wrong-password = Mật khẩu không đúng. Vui lòng nhập lại.
form-invalid-email = Nhập một địa chỉ email hợp lệ.
form-invalid-phone = Vui lòng nhập số điện thoại hợp lệ, kèm mã quốc gia bắt đầu bằng + hoặc 00.

## Devices as the pages name them

device-generator = Ứng dụng xác thực
device-backup-tokens = Mã dự phòng
device-sms = Tin nhắn đến { $target }
device-call = Cuộc gọi đến { $target }
device-email = Email đến { $target }

## Throttling, time-outs and sending codes

throttle-device = { $count ->
   *[other] Xác minh tạm thời bị tắt do { $count } lần thử thất bại, vui lòng thử lại sau.
}
throttle-network = { $seconds ->
   *[other] Có quá nhiều lần thử thất bại từ mạng của bạn. Hãy thử lại sau { $seconds } giây.
}
throttle-account = { $seconds ->
   *[other] Có quá nhiều lần thử thất bại. Hãy thử lại sau { $seconds } giây.
}
throttle-reauth-logged-out = Bạn đã bị đăng xuất sau quá nhiều lần xác nhận mật khẩu thất bại. Vui lòng đăng nhập lại.
delivery-cooldown = { $seconds ->
   *[other] Một mã vừa được gửi. Hãy dùng mã đó, hoặc yêu cầu mã mới sau { $seconds } giây.
}
delivery-limited-destination = { $minutes ->
   *[other] Gần đây đã có quá nhiều mã được gửi đến số hoặc địa chỉ này. Vui lòng thử lại sau { $minutes } phút hoặc dùng phương thức khác.
}
delivery-limited-user = { $minutes ->
   *[other] Gần đây đã có quá nhiều mã được gửi cho tài khoản của bạn. Vui lòng thử lại sau { $minutes } phút hoặc dùng phương thức khác.
}
delivery-failed = Hiện chúng tôi không gửi mã cho bạn được. Vui lòng thử lại sau hoặc dùng phương thức khác.

## Error pages (400, 403, 404, 500, 503)

error-title-400 = Yêu cầu không hợp lệ
error-title-403 = Bị cấm
error-title-404 = Không tìm thấy
error-title-500 = Lỗi máy chủ nội bộ
error-title-503 = Dịch vụ không khả dụng
error-unavailable = Dịch vụ tạm thời không khả dụng. Không có gì bị thay đổi; vui lòng thử lại sau giây lát.
error-unavailable-not-saved = Dịch vụ tạm thời không khả dụng. Yêu cầu của bạn có thể đã được thực hiện, nhưng không lưu được phiên. Vui lòng đăng nhập lại.
error-internal = Đã xảy ra lỗi ở phía chúng tôi.
error-csrf = Xác minh CSRF thất bại. Yêu cầu đã bị hủy. Hãy tải lại trang và gửi lại biểu mẫu.
error-not-found = Không tìm thấy.
error-management-form = Dữ liệu ManagementForm bị thiếu hoặc đã bị thay đổi.
error-token-too-long = Trường mã quá dài.

## Security keys and passkeys (WebAuthn): login, setup, re-authentication, profile

method-webauthn = Khóa bảo mật hoặc khóa truy cập
token-webauthn = Dùng khóa bảo mật hoặc khóa truy cập: nhấn nút bên dưới, rồi chạm vào khóa hoặc xác nhận trên thiết bị.
reauth-intro-webauthn = Thao tác này thay đổi cách bảo vệ tài khoản của bạn. Vui lòng nhập mật khẩu và xác nhận bằng khóa bảo mật để tiếp tục.
reauth-confirm-webauthn = Xác nhận bằng khóa bảo mật
setup-webauthn-intro = Xác nhận đăng nhập bằng khóa bảo mật (USB, NFC hoặc Bluetooth) hoặc khóa màn hình của thiết bị. Đặt tên nếu muốn, nhấn nút và làm theo hướng dẫn của trình duyệt.
webauthn-needs-js = Khóa bảo mật cần JavaScript.
webauthn-needs-js-setup = Hãy bật nó cho trang này, hoặc quay lại và chọn phương thức khác.
webauthn-needs-js-reauth = Hãy bật nó cho trang này để tiếp tục.
webauthn-needs-js-other = Hãy bật nó cho trang này, hoặc dùng phương thức khác.
webauthn-needs-js-login = { $alternatives ->
    [token] Hãy bật nó cho trang này, hoặc nhập mã.
    [backup] Hãy bật nó cho trang này, hoặc dùng mã dự phòng.
    [both] Hãy bật nó cho trang này, nhập mã hoặc dùng mã dự phòng.
   *[none] Hãy bật nó cho trang này.
}
webauthn-use-key = Dùng khóa bảo mật
webauthn-passkey-needs-js = Đăng nhập bằng khóa truy cập cần JavaScript; hãy dùng tên đăng nhập và mật khẩu.
webauthn-passkey-login = Đăng nhập bằng khóa truy cập
webauthn-register = Đăng ký khóa bảo mật
webauthn-profile-title = Khóa bảo mật và khóa truy cập
webauthn-col-kind = Loại
webauthn-col-added = Ngày thêm
webauthn-col-last-used = Lần dùng cuối
webauthn-col-actions = Thao tác
webauthn-kind-passkey = Khóa truy cập
webauthn-kind-security-key = Khóa bảo mật
webauthn-primary = (chính)
webauthn-never = chưa bao giờ
webauthn-remove = Xóa
webauthn-remove-label = Xóa { $label }
webauthn-no-keys = Chưa có khóa bảo mật nào. Khóa bảo mật hoặc khóa truy cập xác nhận đăng nhập chỉ với một lần chạm.
webauthn-add-title = Thêm khóa bảo mật
webauthn-add-intro = Khóa bảo mật (USB, NFC hoặc Bluetooth) hoặc khóa màn hình của thiết bị có thể xác nhận đăng nhập. Khóa truy cập còn giúp bạn đăng nhập không cần mật khẩu: nó yêu cầu mã PIN, vân tay hoặc khuôn mặt trên thiết bị.
webauthn-add-needs-js = Cần JavaScript để thêm khóa bảo mật.
webauthn-label-field = Tên
webauthn-label-placeholder = ví dụ: YubiKey trên chùm chìa khóa
webauthn-label-apart = Để sau này bạn phân biệt được các khóa.
webauthn-label-help = Không bắt buộc, ví dụ: “YubiKey trên chùm chìa khóa”.
webauthn-add-passkey = Thêm khóa truy cập
webauthn-add-key = Thêm khóa bảo mật
device-webauthn-key = Khóa bảo mật “{ $label }”
device-labelled = { $what } “{ $label }”
webauthn-synced = đã đồng bộ
webauthn-syncable = chưa đồng bộ
webauthn-device-bound = gắn với thiết bị
webauthn-details = { $provider }, { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = Khóa bảo mật duy nhất của bạn gắn với một thiết bị: nếu mất nó, bạn sẽ mất quyền truy cập tài khoản. Hãy thêm khóa thứ hai hoặc một khóa truy cập.
device-webauthn-passkey = Khóa truy cập “{ $label }”

## Security keys and passkeys: messages from the server

webauthn-press-button = Nhấn nút và làm theo hướng dẫn của trình duyệt.
webauthn-use-key-hint = Dùng khóa bảo mật: nhấn nút và làm theo hướng dẫn của trình duyệt.
webauthn-no-ceremony = Yêu cầu khóa bảo mật đã hết hạn hoặc đã được dùng. Vui lòng thử lại.
webauthn-log-in-first = Vui lòng đăng nhập trước.
webauthn-verify-first = Hãy xác minh đăng nhập bằng yếu tố thứ hai trước.
webauthn-reauth-first = Vui lòng xác nhận lại mật khẩu (tải lại trang).
webauthn-login-timed-out = Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.
webauthn-label-control = Tên không được chứa ký tự điều khiển.
webauthn-label-too-long = Tên được dài tối đa { $max } ký tự.
webauthn-error-malformed = Không đọc được phản hồi của trình duyệt ({ $part }). Vui lòng thử lại.
webauthn-error-key-cbor = Không đọc được khóa công khai của khóa bảo mật.
webauthn-error-key-unsupported = Khóa bảo mật dùng thuật toán mà trang này không hỗ trợ.
webauthn-error-key-malformed = Khóa công khai của khóa bảo mật bị lỗi.
webauthn-error-challenge-mismatch = Phản hồi này thuộc về yêu cầu khác. Vui lòng thử lại.
webauthn-error-expired = Yêu cầu đã hết hạn. Vui lòng thử lại.
webauthn-error-wrong-origin = Phản hồi đến từ trang khác ({ $origin }).
webauthn-error-wrong-rp-id = Khóa bảo mật đã phản hồi cho một trang khác.
webauthn-error-user-not-present = Khóa bảo mật chưa được chạm.
webauthn-error-user-not-verified = Khóa bảo mật chưa xác minh bạn (PIN hoặc sinh trắc học). Vui lòng thử lại.
webauthn-error-bad-signature = Chữ ký của khóa bảo mật không hợp lệ.
webauthn-error-unknown-credential = Khóa bảo mật này chưa được đăng ký cho tài khoản này.
webauthn-error-not-passkey = Khóa này không phải khóa truy cập của trang này. Hãy đăng nhập bằng mật khẩu.
webauthn-error-passkey-login-disabled = Đăng nhập bằng khóa truy cập đã bị tắt trên trang này.
webauthn-error-counter-regression = Bộ đếm chữ ký của khóa bảo mật này đã lùi lại, điều xảy ra khi khóa bị sao chép. Khóa đã bị từ chối; hãy liên hệ quản trị viên của trang.
webauthn-error-replayed = Phản hồi này đã được dùng. Vui lòng thử lại.
webauthn-error-already-registered = Khóa bảo mật này đã được đăng ký.
webauthn-error-unsupported-attestation = Chứng thực ({ $format }) của trình xác thực này không được hỗ trợ; trang chấp nhận “none” và “packed”.
webauthn-error-not-discoverable = Trình xác thực này không lưu được khóa truy cập. Hãy thêm nó làm khóa bảo mật.
webauthn-error-wrong-ceremony = Phản hồi này thuộc về bước khác. Vui lòng bắt đầu lại.
webauthn-error-model-not-accepted = Loại trình xác thực này ({ $model }) không được chấp nhận trên trang này.
webauthn-error-attestation-required = Trang này chỉ chấp nhận khóa bảo mật chứng minh được mẫu mã của mình (chứng thực).
webauthn-error-attestation-untrusted = Không xác minh được chứng thực của khóa bảo mật.
webauthn-error-not-in-metadata = Loại trình xác thực này ({ $model }) không có trong danh sách mẫu đã biết của trang.
webauthn-error-revoked = Nhà sản xuất đã báo loại trình xác thực này ({ $model }) bị thu hồi hoặc bị xâm phạm.
webauthn-origin-not-secure = Khóa bảo mật và khóa truy cập cần kết nối an toàn: hãy mở trang qua HTTPS (hoặc tại http://localhost khi phát triển).
webauthn-origin-ip-address = Khóa bảo mật và khóa truy cập cần tên miền, không phải địa chỉ IP: hãy mở trang tại { $suggestion } thay vì { $address }.
webauthn-origin-bad-host = Không thể dùng tên máy chủ của trang này cho khóa bảo mật và khóa truy cập.
webauthn-origin-outside-rp-id = Địa chỉ của trang này không thuộc tên miền dành cho khóa bảo mật của trang ({ $rp_id }).
webauthn-origin-not-allowed = Địa chỉ của trang này không nằm trong các địa chỉ dành cho khóa bảo mật của trang.

## Security keys and passkeys: messages of the browser script (webauthn.js)

webauthn-js-unsupported = Trình duyệt này không hỗ trợ khóa bảo mật hay khóa truy cập. Hãy dùng phương thức khác hoặc một trình duyệt mới.
webauthn-js-insecure = Khóa bảo mật và khóa truy cập cần địa chỉ an toàn (HTTPS, hoặc http://localhost khi phát triển).
webauthn-js-cancelled = Yêu cầu đã bị hủy hoặc hết thời gian. Hãy thử lại khi khóa hoặc thiết bị đã sẵn sàng.
webauthn-js-aborted = Yêu cầu đã bị hủy.
webauthn-js-exists = Khóa bảo mật này đã được đăng ký cho tài khoản của bạn.
webauthn-js-security = Địa chỉ này không dùng được khóa bảo mật (WebAuthn cần HTTPS hoặc localhost, và tên miền thay vì địa chỉ IP).
webauthn-js-network = Không kết nối được máy chủ. Hãy kiểm tra kết nối và thử lại.
webauthn-js-failed = Đã xảy ra lỗi với khóa bảo mật. Vui lòng thử lại.
webauthn-js-working = Làm theo hướng dẫn của trình duyệt: chạm vào khóa bảo mật hoặc xác nhận trên thiết bị.
api-webauthn-off = Khóa bảo mật chưa được bật trên trang này.
api-passkey-off = Đăng nhập bằng khóa truy cập chưa được bật trên trang này.

## The JSON API's problem details (`detail`)
api-verification-required = Thao tác này cần một phiên đã xác minh bằng yếu tố thứ hai.
api-no-removable-device = Không có điện thoại dự phòng, ứng dụng xác thực (khi vẫn còn thiết bị khác) hay khóa bảo mật bổ sung nào như vậy.
api-no-such-device = Không có thiết bị nào như vậy.
api-already-enabled = Xác thực hai yếu tố đã được bật (hãy tắt trước để bắt đầu lại).
api-no-totp-setup = Không có thiết lập nào đang diễn ra: hãy gọi totp_setup trước.
api-no-phone-methods = Trang này không gửi tin nhắn và không gọi điện.
api-method-choice = method phải là một trong: { $methods }.
api-code-not-sent = Không gửi được mã.
api-no-phone-setup = Không có điện thoại nào đang chờ mã: hãy gọi phone_add trước.
api-answer-failed = Không tạo được phản hồi.
api-credentials-required = username và password là bắt buộc.
api-no-pending-login = Không có lần đăng nhập nào đang chờ mã (đã hết hạn hoặc kết thúc). Vui lòng đăng nhập lại.
api-no-challenge-device = Không có điện thoại hay thiết bị email nào như vậy.
api-password-required = password là bắt buộc.
api-cookie-with-app = Yêu cầu của ứng dụng (X-Session-Token hoặc X-Client: app) không được gửi cookie phiên.
api-two-factor-required = Tài khoản này bắt buộc dùng xác thực hai yếu tố.
api-session-expired = Token phiên không xác định hoặc đã hết hạn. Vui lòng đăng nhập lại.
api-middleware-missing = Phiên của ứng dụng cần middleware của two_factor (TwoFactorMiddleware hoặc OtpMiddleware).
api-csrf-header = Xác minh CSRF thất bại: hãy gửi token từ `session` trong header X-CSRFToken.
api-log-in = Vui lòng đăng nhập.
api-reauthenticate = Vui lòng xác nhận mật khẩu trước (reauthenticate).
api-body-too-large = Nội dung lớn hơn mức API chấp nhận (16 KiB).
api-body-unreadable = Không đọc được nội dung.
api-token-too-long = Mã quá dài.
api-method-not-allowed = Đường dẫn này không chấp nhận phương thức này.
api-no-operation = API không có thao tác nào tại đường dẫn này.
api-csrf = Xác minh CSRF thất bại.
api-not-found = Không tìm thấy.
api-overloaded = Có quá nhiều lượt đăng nhập cùng lúc. Vui lòng thử lại sau giây lát.
api-unavailable = Dịch vụ tạm thời không khả dụng. Vui lòng thử lại sau.
api-body-mismatch = Nội dung JSON không phù hợp: { $error }.
api-body-not-object = Nội dung phải là một đối tượng JSON.

# Nhiều ứng dụng xác thực, thiết bị có tên
profile-apps = Ứng dụng xác thực
profile-apps-intro = Mã từ bất kỳ ứng dụng nào trong số này đều đăng nhập được. Hãy đặt tên cho từng ứng dụng để phân biệt.
profile-app-main = (chính)
app-create-title = Thêm ứng dụng xác thực
app-create-intro = Quét mã QR bằng ứng dụng mới, đặt tên cho nó và nhập mã nó hiển thị.
app-create-submit = Thêm ứng dụng
app-name-placeholder = ví dụ: Máy tính bảng
app-setup-restarted = Lần thiết lập đó đã hết hạn. Hãy quét mã QR mới này và nhập một mã từ nó.
device-name-field = Tên
device-rename = Đổi tên
device-rename-label = Tên mới cho { $what }

# Nơi bạn đang đăng nhập
session-agent = { $browser } trên { $system }
session-agent-unknown-browser = Trình duyệt không xác định trên { $system }
session-agent-unknown = Trình duyệt không xác định
sessions-title = Nơi bạn đang đăng nhập
sessions-intro = Các trình duyệt và ứng dụng này đang đăng nhập vào tài khoản của bạn. Phiên bạn đăng xuất sẽ kết thúc ở yêu cầu tiếp theo của nó.
sessions-col-browser = Trình duyệt
sessions-col-address = Mạng
sessions-col-began = Đăng nhập lúc
sessions-col-last-seen = Hoạt động gần nhất
sessions-app = ứng dụng
sessions-current = Phiên này
sessions-revoke = Đăng xuất
sessions-revoke-others = Đăng xuất khỏi mọi nơi khác
sessions-not-me-title = Không nhận ra một phiên?
sessions-not-me = Hãy đăng xuất phiên đó (hoặc đăng xuất khỏi mọi nơi khác), sau đó đổi mật khẩu và kiểm tra các thiết bị xác thực hai yếu tố.
sessions-back = Quay lại bảo mật tài khoản
profile-sessions-intro = Xem các trình duyệt và ứng dụng đang đăng nhập vào tài khoản của bạn và đăng xuất chúng.
profile-sessions-link = Phiên của bạn
api-no-such-session = Không có phiên nào như vậy.

# Trình duyệt tin cậy
trusted-title = Trình duyệt tin cậy
trusted-intro = Các trình duyệt này đã chọn "không hỏi lại": chúng bỏ qua mã khi đăng nhập cho đến ngày được hiển thị. Nếu bạn thu hồi tin cậy của một trình duyệt, nó sẽ yêu cầu mã ở lần đăng nhập sau.
trusted-col-granted = Tin cậy từ
trusted-col-expires = Đến
trusted-revoke = Ngừng tin cậy
trusted-revoke-all = Ngừng tin cậy mọi trình duyệt
trusted-none = Không có trình duyệt nào bỏ qua mã khi đăng nhập.
api-no-such-grant = Không có trình duyệt tin cậy nào như vậy.

# Cảnh báo bảo mật (email)
alert-new-browser-subject = Lượt đăng nhập mới vào { $site }
alert-new-browser = Ai đó đã đăng nhập vào tài khoản { $username } của bạn trên { $site } từ một trình duyệt chưa từng dùng với tài khoản này.
alert-device-added-subject = Đã thêm một thiết bị xác thực hai yếu tố trên { $site }
alert-device-added = { $device } đã được thêm vào các thiết bị xác thực hai yếu tố của tài khoản { $username } trên { $site }.
alert-device-removed-subject = Đã xóa một thiết bị xác thực hai yếu tố trên { $site }
alert-device-removed = Một thiết bị đã bị xóa khỏi các thiết bị xác thực hai yếu tố của tài khoản { $username } trên { $site }.
alert-backup-tokens-subject = Mã dự phòng mới trên { $site }
alert-backup-tokens = Mã dự phòng mới đã được tạo cho tài khoản { $username } của bạn trên { $site }; mã cũ không còn dùng được.
alert-disabled-subject = Đã tắt xác thực hai yếu tố trên { $site }
alert-disabled = Xác thực hai yếu tố đã bị tắt cho tài khoản { $username } của bạn trên { $site }.
alert-locked-subject = Mã sai trên { $site }
alert-locked = { $device } của bạn trên { $site } tạm từ chối mã sau khi nhận mã sai. Số mã sai liên tiếp: { $count }.
alert-when = Thời gian: { $when }
alert-browser = Trình duyệt: { $browser }
alert-network = Mạng: { $network }
alert-not-me-link = Nếu đó không phải là bạn, hãy đăng xuất khỏi mọi nơi tại đây rồi đổi mật khẩu: { $url }
alert-not-me-page = Nếu đó không phải là bạn, hãy đăng xuất khỏi mọi nơi trên trang "Nơi bạn đang đăng nhập" trong bảo mật tài khoản ({ $path }) rồi đổi mật khẩu.
alert-unknown = không xác định

# Quản trị: phiên và trình duyệt tin cậy
admin-sessions = Phiên
admin-no-sessions = Không có phiên đang hoạt động.
admin-end-session = Kết thúc
admin-end-all-sessions = Kết thúc mọi phiên
admin-notice-sessions-ended = Số phiên đã kết thúc: { $count }.
admin-notice-untrusted = Số trình duyệt đã ngừng tin cậy: { $count }.
