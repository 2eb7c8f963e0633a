# actix-two-factor：简体中文。
# 术语：令牌、备用令牌、身份验证器应用、双因素认证。
# 中文只有一种复数形式（CLDR：other），数量直接填入。

## 页面框架与语言切换

language-name = 简体中文

base-account-security = 账户安全
base-log-out = 退出登录
base-log-in = 登录
base-language = 语言
base-language-submit = 切换

## 通用词语

wizard-cancel = 取消
wizard-back = 上一步
wizard-next = 下一步
permission-denied = 权限不足
enable-two-factor = 启用双因素认证
disable-two-factor = 停用双因素认证
two-factor-not-enabled = 您的账户尚未启用双因素认证。启用双因素认证可以提高账户安全性。
back-to-account-security = 返回账户安全
add-phone-number = 添加电话号码
backup-tokens-title = 备用令牌
token-generator = 请输入令牌生成器生成的令牌。
token-call = 我们正在给您打电话，请输入您听到的数字。
token-sms = 我们已向您发送短信，请输入短信中的令牌。
token-email = 我们已向您发送电子邮件，请输入邮件中的令牌。

## 登录

login-title = 登录
login-credentials = 请输入您的登录信息。
login-backup-intro = 请用此表单输入备用令牌登录。这些令牌是为您生成的，请打印出来并妥善保管。请输入其中一个备用令牌登录您的账户。
login-submit = 登录
login-other-methods = 或者，使用您的其他认证方式之一：
login-backup-last-resort = 万不得已时，您可以使用备用令牌：
login-use-backup-token = 使用备用令牌

## 设置

setup-welcome = 您即将把账户安全提升到新的水平。请按照本向导的步骤启用双因素认证。
setup-method = 请选择您想使用的认证方式。
setup-generator-intro = 要使用令牌生成器，请用手机扫描下方的二维码，例如使用 Google Authenticator、Aegis 或 FreeOTP。
setup-qr-alt = 二维码
setup-manual-key = 无法扫描二维码？请在应用中输入以下密钥：
setup-on-this-phone = 就在这部手机上？
setup-open-in-app = 在身份验证器应用中打开
setup-app-should-show = 应用应显示发行方“{ $issuer }”和 { $digits } 位数的验证码。
setup-enter-token = 然后，输入应用生成的令牌。
setup-sms-intro = 请输入用于接收短信的电话号码。下一步将验证此号码。
setup-call-intro = 请输入用于接听电话的电话号码。下一步将验证此号码。
setup-email-intro = 请输入用于接收令牌的电子邮件地址。下一步将验证此地址。
complete-congratulations = 恭喜，您已成功启用双因素认证。
complete-add-phone-hint = 不过，您可能会有无法使用主令牌设备的时候。为了能够恢复账户，请添加一个电话号码。

## 需要双因素认证

otp-required-enforced = 出于安全考虑，您请求的页面要求使用双因素认证进行验证。您需要启用此安全功能才能访问此页面。
otp-required-go-back = 返回上一页

## 备用电话

phone-title = 添加备用电话
phone-setup-intro = 您将为账户添加一个备用电话号码。当您的主要认证方式不可用时，将使用此号码。
phone-validation-intro = 我们已向您的电话号码发送了令牌。请输入您收到的令牌。

## 重新确认身份

reauth-title = 确认是您本人
reauth-intro = 此操作会更改您账户的保护方式。请输入密码以继续。
reauth-intro-token = 此操作会更改您账户的保护方式。请输入密码和令牌（{ $device }）以继续。
reauth-confirm = 确认

## 备用令牌

backup-tokens-intro = 当您的主要电话号码和备用电话号码都不可用时，可以使用备用令牌。下方的备用令牌可用于登录验证。如果备用令牌已全部用完，您可以生成一组新的备用令牌。只有下方显示的备用令牌有效。
backup-tokens-print = 请打印这些令牌并妥善保管。它们只在此时显示。
backup-tokens-unused = 您有 { $count } 个未使用的备用令牌。为了安全，它们无法再次显示；如果丢失，请生成新的令牌。
backup-tokens-none = 您还没有任何备用令牌。
backup-tokens-generate = 生成令牌

## 账户安全

profile-title = 账户安全
profile-generator = 令牌将由您的令牌生成器生成。
profile-primary-method = 主要认证方式：{ $method }。
profile-backup-phones = 备用电话号码
profile-backup-phones-intro = 当您的主要认证方式不可用时，我们可以向下列电话号码发送备用令牌。
profile-unregister = 移除
profile-backup-tokens-intro = 如果您身边没有任何设备，可以使用备用令牌访问账户。
profile-backup-tokens-remaining = 您还剩 { $count } 个备用令牌。
profile-no-backup-tokens = 您的备用令牌已用完。
profile-no-backup-tokens-advice = 如果丢失设备，您将无法登录：请生成新的令牌并妥善保管。
profile-few-backup-tokens = 只剩 { $count } 个备用令牌。
profile-few-backup-tokens-advice = 请在用完之前生成新的令牌。
profile-show-codes = 显示令牌
profile-disable-intro = 我们强烈不建议这样做，但您也可以为账户停用双因素认证。
disable-title = 停用双因素认证
disable-intro = 您即将停用双因素认证。这会降低账户的安全性，确定要继续吗？
disable-submit = 停用

## 验证码邮件

email-subject = 您的令牌
email-hello = { $username }，您好：
email-code-intro = 您在 { $site } 的验证码是：
email-validity = 此验证码在 { $minutes } 分钟内有效，且只能使用一次。如果您没有尝试登录，可以忽略此邮件；但可能有人知道您的密码，建议您修改密码。

## 短信与语音电话

sms-token = 您的令牌是 { $token }
voice-token = 您的令牌是 { $token }。
voice-token-again = 再说一遍，您的令牌是 { $token }。

## 备用令牌使用提醒

alert-subject = 备用令牌已被使用
alert-body = { $username }，您好：

    您在 { $site } 使用备用设备完成了身份验证。如果这不是您本人操作，您的账户可能已被盗用。请立即修改密码，检查您的备用电话号码，并生成新的备用令牌。

## 管理

admin-title = 双因素认证管理
admin-forbidden = 您已以 { $username } 身份登录，但无权访问此页面。是否要使用其他账户登录？
admin-forbidden-login = 使用其他账户登录
admin-users = 用户
admin-find-label = 按用户名查找用户
admin-find = 查找
admin-no-user-named = 没有名为“{ $username }”的用户。
admin-cannot-list = 本站的用户存储无法列出用户。请按用户名查找。
admin-col-username = 用户名
admin-col-email = 电子邮件
admin-col-two-factor = 双因素
admin-col-staff = 职员
admin-col-active = 启用
admin-superuser-note = （超级用户）
admin-enabled = 已启用
admin-disabled = 已停用
admin-yes = 是
admin-no = 否
admin-showing = 显示 { $total } 个用户中的 { $shown } 个；其余用户请按用户名查找。
admin-no-users = 还没有用户。
admin-role-superuser = 超级用户
admin-role-staff = 职员
admin-role-not-staff = 非职员
admin-state-active = 已启用
admin-state-inactive = 未启用
admin-user-two-factor = 双因素认证
admin-devices = 设备
admin-col-device = 设备
admin-col-name = 名称
admin-col-id = 标识
admin-col-failures = 失败次数
admin-col-actions = 操作
admin-verified-your-session = （验证了您的会话）
admin-reset-failures = 重置失败次数
admin-remove = 移除
admin-no-devices = 没有设备。
admin-backup-tokens = 备用令牌
admin-backup-tokens-remaining = 剩余 { $count } 个备用令牌。
admin-remove-backup-tokens = 移除备用令牌
admin-failed-attempts = 失败 { $count } 次
admin-reset-backup-failures = 重置备用令牌的失败次数
admin-backup-phones = 备用电话
admin-no-backup-phones = 没有备用电话。
admin-audit-reauth = 如果距离您上次确认已超过 { $minutes } 分钟，此页面上的每次更改都会要求您确认密码（和令牌）；每次更改都会记录在审计日志中。
admin-audit = 此页面上的每次更改都会记录在审计日志中。
admin-reset-two-factor = 重置双因素认证
admin-reset-intro = 适用于丢失设备的用户：移除其所有设备和备用令牌，让其仅凭密码登录，然后重新设置双因素认证。
admin-notice-removed = 已移除 { $device }（{ $id }）。
admin-notice-failures-reset = 已重置 { $device }（{ $id }）的失败次数。
admin-notice-reset = 已重置 { $username } 的双因素认证。

## 表单字段与提示

field-username = 用户名
field-password = 密码
field-token = 令牌
field-method = 方式
field-phone-number = 电话号码
field-phone-help = 包括国家代码，以 + 或 00 开头。
field-email = 电子邮件地址
field-understand = 是的，我确定
method-generator = 令牌生成器
method-sms = 短信
method-call = 电话
method-email = 电子邮件
form-required = 此字段为必填项。
form-invalid-token = 令牌无效。请确认您输入正确。
form-invalid-setup-token = 输入的令牌无效。
form-invalid-login = 请输入正确的用户名和密码。请注意，两个字段都可能区分大小写。
form-timed-out = 您的会话已超时。请重新登录。
form-wrong-password = 密码输入错误。请重新输入。
form-invalid-email = 请输入有效的电子邮件地址。
form-invalid-phone = 请输入有效的电话号码，包括以 + 或 00 开头的国家代码。

## 设备名称

device-generator = 身份验证器应用
device-backup-tokens = 备用令牌
device-sms = 发送到 { $target } 的短信
device-call = 拨打 { $target } 的电话
device-email = 发送到 { $target } 的电子邮件

## 限制、超时与发送验证码

throttle-device = 由于 { $count } 次验证失败，验证已暂时停用，请稍后再试。
throttle-network = 来自您网络的失败尝试过多。请在 { $seconds } 秒后重试。
throttle-account = 失败尝试过多。请在 { $seconds } 秒后重试。
throttle-reauth-logged-out = 由于密码确认失败次数过多，您已被退出登录。请重新登录。
delivery-cooldown = 刚刚已发送过验证码。请使用那个验证码，或在 { $seconds } 秒后申请新的。
delivery-limited-destination = 最近向此号码或地址发送的验证码过多。请在 { $minutes } 分钟后重试，或使用其他方式。
delivery-limited-user = 最近为您的账户发送的验证码过多。请在 { $minutes } 分钟后重试，或使用其他方式。
delivery-failed = 我们暂时无法向您发送验证码。请稍后重试，或使用其他方式。

## 错误页面

error-title-400 = 请求无效
error-title-403 = 禁止访问
error-title-404 = 未找到
error-title-500 = 服务器内部错误
error-title-503 = 服务不可用
error-unavailable = 服务暂时不可用。没有任何更改；请稍后再试。
error-unavailable-not-saved = 服务暂时不可用。您的请求可能已执行，但无法保存您的会话。请重新登录。
error-internal = 我们这边出了问题。
error-csrf = CSRF 验证失败，请求已中止。请重新加载页面后再次提交表单。
error-not-found = 未找到。
error-management-form = ManagementForm 数据缺失或已被篡改。
error-token-too-long = 令牌字段过长。

## 安全密钥和通行密钥（WebAuthn）：登录、设置、重新确认、个人资料

method-webauthn = 安全密钥或通行密钥
token-webauthn = 使用您的安全密钥或通行密钥：按下方的按钮，然后触摸密钥或在设备上确认。
reauth-intro-webauthn = 此操作会更改您账户的保护方式。请输入密码并用安全密钥确认以继续。
reauth-confirm-webauthn = 用安全密钥确认
setup-webauthn-intro = 使用安全密钥（USB、NFC 或蓝牙）或设备的屏幕锁来确认您的登录。可以为它命名，然后按下按钮并按照浏览器的提示操作。
webauthn-needs-js = 安全密钥需要 JavaScript。
webauthn-needs-js-setup = 请为此网站启用它，或返回并选择其他方式。
webauthn-needs-js-reauth = 请为此网站启用它以继续。
webauthn-needs-js-other = 请为此网站启用它，或使用其他方式。
webauthn-needs-js-login = { $alternatives ->
    [token] 请为此网站启用它，或输入令牌。
    [backup] 请为此网站启用它，或使用备用令牌。
    [both] 请为此网站启用它、输入令牌，或使用备用令牌。
   *[none] 请为此网站启用它。
}
webauthn-use-key = 使用安全密钥
webauthn-passkey-needs-js = 使用通行密钥登录需要 JavaScript；请使用用户名和密码。
webauthn-passkey-login = 使用通行密钥登录
webauthn-register = 注册安全密钥
webauthn-profile-title = 安全密钥和通行密钥
webauthn-col-kind = 类型
webauthn-col-added = 添加时间
webauthn-col-last-used = 上次使用
webauthn-col-actions = 操作
webauthn-kind-passkey = 通行密钥
webauthn-kind-security-key = 安全密钥
webauthn-primary = （主要）
webauthn-never = 从未
webauthn-remove = 移除
webauthn-remove-label = 移除 { $label }
webauthn-no-keys = 还没有安全密钥。有了密钥或通行密钥，轻触一下即可确认登录。
webauthn-add-title = 添加安全密钥
webauthn-add-intro = 安全密钥（USB、NFC 或蓝牙密钥）或设备的屏幕锁可以确认您的登录。通行密钥还能让您无需密码即可登录：它需要设备的 PIN、指纹或面容。
webauthn-add-needs-js = 添加安全密钥需要 JavaScript。
webauthn-label-field = 名称
webauthn-label-placeholder = 例如：钥匙圈上的 YubiKey
webauthn-label-apart = 方便您以后区分各个密钥。
webauthn-label-help = 可选，例如“钥匙圈上的 YubiKey”。
webauthn-add-passkey = 添加通行密钥
webauthn-add-key = 添加安全密钥
device-webauthn-key = 安全密钥“{ $label }”
device-labelled = { $what }“{ $label }”
webauthn-synced = 已同步
webauthn-syncable = 尚未同步
webauthn-device-bound = 绑定到设备
webauthn-details = { $provider }，{ $sync }
device-webauthn-details = { $description }（{ $details }）
webauthn-add-second = 您唯一的安全密钥绑定在一台设备上：如果丢失该设备，您将无法访问帐户。请添加第二个密钥或通行密钥。
device-webauthn-passkey = 通行密钥“{ $label }”

## 安全密钥和通行密钥：服务器消息

webauthn-press-button = 请按下按钮并按照浏览器的提示操作。
webauthn-use-key-hint = 请使用您的安全密钥：按下按钮并按照浏览器的提示操作。
webauthn-no-ceremony = 安全密钥请求已过期或已被使用。请重试。
webauthn-log-in-first = 请先登录。
webauthn-verify-first = 请先用第二重验证方式确认您的登录。
webauthn-reauth-first = 请重新确认您的密码（重新加载页面）。
webauthn-login-timed-out = 您的登录已超时。请重新登录。
webauthn-label-control = 名称不能包含控制字符。
webauthn-label-too-long = 名称最多 { $max } 个字符。
webauthn-error-malformed = 无法读取浏览器的应答（{ $part }）。请重试。
webauthn-error-key-cbor = 无法读取安全密钥的公钥。
webauthn-error-key-unsupported = 该安全密钥使用了本网站不支持的算法。
webauthn-error-key-malformed = 安全密钥的公钥格式不正确。
webauthn-error-challenge-mismatch = 此应答属于另一个请求。请重试。
webauthn-error-expired = 请求已过期。请重试。
webauthn-error-wrong-origin = 应答来自另一个网站（{ $origin }）。
webauthn-error-wrong-rp-id = 安全密钥为另一个网站作了应答。
webauthn-error-user-not-present = 未触摸安全密钥。
webauthn-error-user-not-verified = 安全密钥未能验证您的身份（PIN 或生物识别）。请重试。
webauthn-error-bad-signature = 安全密钥的签名无效。
webauthn-error-unknown-credential = 此安全密钥未在此账户中注册。
webauthn-error-not-passkey = 此密钥不是本网站的通行密钥。请使用密码登录。
webauthn-error-passkey-login-disabled = 本网站已关闭通行密钥登录。
webauthn-error-counter-regression = 此安全密钥的签名计数器倒退了，这通常说明密钥被复制过。已拒绝；请联系网站管理员。
webauthn-error-replayed = 此应答已被使用。请重试。
webauthn-error-already-registered = 此安全密钥已注册。
webauthn-error-unsupported-attestation = 不支持此认证器的证明格式（{ $format }）；本网站接受“none”和“packed”。
webauthn-error-not-discoverable = 此认证器无法保存通行密钥。请改为将其添加为安全密钥。
webauthn-error-wrong-ceremony = 此应答属于另一个步骤。请重新开始。
webauthn-error-model-not-accepted = 此网站不接受这种身份验证器（{ $model }）。
webauthn-error-attestation-required = 此网站只接受能证明其型号（证明）的安全密钥。
webauthn-error-attestation-untrusted = 无法验证安全密钥的证明。
webauthn-error-not-in-metadata = 这种身份验证器（{ $model }）不在本网站的已知型号列表中。
webauthn-error-revoked = 这种身份验证器（{ $model }）已被其制造商报告为已吊销或已泄露。
webauthn-origin-not-secure = 安全密钥和通行密钥需要安全连接：请通过 HTTPS 打开本网站（开发时也可使用 http://localhost）。
webauthn-origin-ip-address = 安全密钥和通行密钥需要域名，而不是 IP 地址：请通过 { $suggestion } 而不是 { $address } 打开本网站。
webauthn-origin-bad-host = 此页面的主机名不能用于安全密钥和通行密钥。
webauthn-origin-outside-rp-id = 此页面的地址不属于本网站用于安全密钥的域名（{ $rp_id }）。
webauthn-origin-not-allowed = 此页面的地址不在本网站用于安全密钥的地址之列。

## 安全密钥和通行密钥：浏览器脚本（webauthn.js）的消息

webauthn-js-unsupported = 此浏览器不支持安全密钥或通行密钥。请使用其他方式或较新的浏览器。
webauthn-js-insecure = 安全密钥和通行密钥需要安全的地址（HTTPS，开发时也可使用 http://localhost）。
webauthn-js-cancelled = 请求已取消或已超时。请在密钥或设备准备好后重试。
webauthn-js-aborted = 请求已取消。
webauthn-js-exists = 此安全密钥已注册到您的账户。
webauthn-js-security = 此地址无法使用安全密钥（WebAuthn 需要 HTTPS 或 localhost，并且需要域名而不是 IP 地址）。
webauthn-js-network = 无法连接服务器。请检查网络连接后重试。
webauthn-js-failed = 安全密钥出了问题。请重试。
webauthn-js-working = 请按照浏览器的提示操作：触摸您的安全密钥或在设备上确认。
api-webauthn-off = 此网站未启用安全密钥。
api-passkey-off = 此网站未启用通行密钥登录。

## The JSON API's problem details (`detail`)
api-verification-required = 此操作需要经第二因素验证的会话。
api-no-removable-device = 没有这样的备用手机、身份验证器应用（在保留其他设备时）或附加安全密钥。
api-no-such-device = 没有这样的设备。
api-already-enabled = 双因素身份验证已启用（如要重新开始，请先停用）。
api-no-totp-setup = 没有正在进行的设置：请先调用 totp_setup。
api-no-phone-methods = 此网站不发送短信，也不拨打电话。
api-method-choice = method 必须是以下之一：{ $methods }。
api-code-not-sent = 无法发送验证码。
api-no-phone-setup = 没有手机在等待验证码：请先调用 phone_add。
api-answer-failed = 无法生成响应。
api-credentials-required = 需要用户名和密码。
api-no-pending-login = 没有登录在等待令牌（已超时或已结束）。请重新登录。
api-no-challenge-device = 没有这样的手机或电子邮件设备。
api-password-required = 需要密码。
api-cookie-with-app = 应用请求（X-Session-Token 或 X-Client: app）不得发送会话 Cookie。
api-two-factor-required = 此帐户必须使用双因素身份验证。
api-session-expired = 会话令牌未知或已过期。请重新登录。
api-middleware-missing = 应用会话需要 two_factor 的中间件（TwoFactorMiddleware 或 OtpMiddleware）。
api-csrf-header = CSRF 验证失败：请在 X-CSRFToken 标头中发送来自 `session` 的令牌。
api-log-in = 请登录。
api-reauthenticate = 请先确认您的密码（reauthenticate）。
api-body-too-large = 请求正文超过 API 接受的大小（16 KiB）。
api-body-unreadable = 无法读取请求正文。
api-token-too-long = 令牌过长。
api-method-not-allowed = 此路径不接受此方法。
api-no-operation = API 在此路径上没有操作。
api-csrf = CSRF 验证失败。
api-not-found = 未找到。
api-overloaded = 同时登录的请求过多。请稍后再试。
api-unavailable = 服务暂时不可用。请稍后再试。
api-body-mismatch = JSON 正文不符合要求：{ $error }。
api-body-not-object = 请求正文必须是 JSON 对象。

# 多个身份验证器应用、已命名的设备
profile-apps = 身份验证器应用
profile-apps-intro = 使用其中任何一个应用的验证码都可以登录。请为每个应用命名以便区分。
profile-app-main = （主要）
app-create-title = 添加身份验证器应用
app-create-intro = 请用新应用扫描二维码，为它命名，然后输入它显示的验证码。
app-create-submit = 添加应用
app-name-placeholder = 例如：平板电脑
app-setup-restarted = 该设置已过期。请扫描这个新的二维码并输入其中的验证码。
device-name-field = 名称
device-rename = 重命名
device-rename-label = { $what } 的新名称

# 登录位置
session-agent = { $system } 上的 { $browser }
session-agent-unknown-browser = { $system } 上的未知浏览器
session-agent-unknown = 未知浏览器
sessions-title = 登录位置
sessions-intro = 以下浏览器和应用已登录您的账户。您退出的会话会在其下一次请求时结束。
sessions-col-browser = 浏览器
sessions-col-address = 网络
sessions-col-began = 登录时间
sessions-col-last-seen = 最近活动
sessions-app = 应用
sessions-current = 当前会话
sessions-revoke = 退出
sessions-revoke-others = 退出所有其他会话
sessions-not-me-title = 有不认识的会话？
sessions-not-me = 请退出该会话（或退出所有其他会话），然后修改密码并检查您的双重身份验证设备。
sessions-back = 返回账户安全
profile-sessions-intro = 查看已登录您账户的浏览器和应用，并让它们退出。
profile-sessions-link = 您的会话
api-no-such-session = 没有这个会话。

# 受信任的浏览器
trusted-title = 受信任的浏览器
trusted-intro = 这些浏览器选择了“不再询问”：在显示的日期之前，登录时无需输入验证码。取消信任后，它下次登录时会要求输入验证码。
trusted-col-granted = 信任时间
trusted-col-expires = 有效期至
trusted-revoke = 取消信任
trusted-revoke-all = 取消信任所有浏览器
trusted-none = 没有浏览器在登录时跳过验证码。
api-no-such-grant = 没有这个受信任的浏览器。

# 安全提醒（邮件）
alert-new-browser-subject = { $site } 有新的登录
alert-new-browser = 有人从一个从未用于您账户的浏览器登录了您在 { $site } 的账户 { $username }。
alert-device-added-subject = { $site } 添加了一个双重身份验证设备
alert-device-added = { $device } 已添加到您在 { $site } 的账户 { $username } 的双重身份验证设备中。
alert-device-removed-subject = { $site } 移除了一个双重身份验证设备
alert-device-removed = 您在 { $site } 的账户 { $username } 的双重身份验证设备中有一个设备已被移除。
alert-backup-tokens-subject = { $site } 的新备用令牌
alert-backup-tokens = 已为您在 { $site } 的账户 { $username } 生成新的备用令牌；旧的已失效。
alert-disabled-subject = { $site } 已关闭双重身份验证
alert-disabled = 您在 { $site } 的账户 { $username } 已关闭双重身份验证。
alert-locked-subject = { $site } 上的错误验证码
alert-locked = 您在 { $site } 的 { $device } 在收到错误验证码后会暂时拒绝验证码。连续错误次数：{ $count }。
alert-when = 时间：{ $when }
alert-browser = 浏览器：{ $browser }
alert-network = 网络：{ $network }
alert-not-me-link = 如果这不是您本人操作，请在这里退出所有会话，然后修改密码：{ $url }
alert-not-me-page = 如果这不是您本人操作，请在账户安全的“登录位置”页面（{ $path }）退出所有会话，然后修改密码。
alert-unknown = 未知

# 管理：会话和受信任的浏览器
admin-sessions = 会话
admin-no-sessions = 没有活动会话。
admin-end-session = 结束
admin-end-all-sessions = 结束所有会话
admin-notice-sessions-ended = 已结束的会话：{ $count }。
admin-notice-untrusted = 已取消信任的浏览器：{ $count }。
