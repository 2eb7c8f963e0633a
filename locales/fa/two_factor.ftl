# actix-two-factor: پیام‌های فارسی (راست به چپ).
# لحن: رسمی («شما»)، مانند سرویس‌های بزرگ فارسی‌زبان. واژه‌ها: کد، کد پشتیبان، برنامهٔ
# احراز هویت، احراز هویت دومرحله‌ای، کلید امنیتی، گذرکلید (passkey).

## The page frame (_base.html) and the language switcher

language-name = فارسی

base-account-security = امنیت حساب
base-log-out = خروج
base-log-in = ورود
base-language = زبان
base-language-submit = تغییر

## Shared words

wizard-cancel = لغو
wizard-back = قبلی
wizard-next = بعدی
permission-denied = دسترسی مجاز نیست
enable-two-factor = فعال کردن احراز هویت دومرحله‌ای
disable-two-factor = غیرفعال کردن احراز هویت دومرحله‌ای
two-factor-not-enabled = احراز هویت دومرحله‌ای برای حساب شما فعال نیست. برای امنیت بیشتر حساب، آن را فعال کنید.
back-to-account-security = بازگشت به امنیت حساب
add-phone-number = افزودن شمارهٔ تلفن
backup-tokens-title = کدهای پشتیبان
token-generator = لطفاً کدی را که برنامهٔ احراز هویت شما ساخته است وارد کنید.
token-call = هم‌اکنون با شما تماس می‌گیریم، لطفاً رقم‌هایی را که می‌شنوید وارد کنید.
token-sms = برایتان پیامک فرستادیم، لطفاً کد فرستاده‌شده را وارد کنید.
token-email = برایتان ایمیل فرستادیم، لطفاً کد فرستاده‌شده را وارد کنید.

## Login (core/login.html)

login-title = ورود
login-credentials = اطلاعات ورود خود را وارد کنید.
login-backup-intro = برای ورود با کد پشتیبان از این فرم استفاده کنید. این کدها ساخته شده‌اند تا آن‌ها را چاپ کنید و در جای امنی نگه دارید. برای ورود به حساب، یکی از کدهای پشتیبان را وارد کنید.
login-submit = ورود
login-other-methods = یا از یکی از روش‌های دیگر احراز هویت خود استفاده کنید:
login-backup-last-resort = در آخرین راه، می‌توانید از یک کد پشتیبان استفاده کنید:
login-use-backup-token = استفاده از کد پشتیبان

## Setup (core/setup.html, core/setup_complete.html)

setup-welcome = در آستانهٔ ارتقای امنیت حساب خود هستید. برای فعال کردن احراز هویت دومرحله‌ای، مراحل این راهنما را دنبال کنید.
setup-method = لطفاً روش احراز هویتی را که می‌خواهید استفاده کنید انتخاب کنید.
setup-generator-intro = برای شروع استفاده از برنامهٔ احراز هویت، کد QR زیر را با گوشی هوشمند خود اسکن کنید؛ مثلاً با Google Authenticator،‏ Aegis یا FreeOTP.
setup-qr-alt = کد QR
setup-manual-key = نمی‌توانید کد را اسکن کنید؟ به‌جای آن این کلید را در برنامهٔ خود وارد کنید:
setup-on-this-phone = روی همین گوشی هستید؟
setup-open-in-app = آن را در برنامهٔ احراز هویت خود باز کنید
setup-app-should-show = برنامه باید صادرکنندهٔ «{ $issuer }» و کدهای { $digits } رقمی را نشان دهد.
setup-enter-token = سپس کدی را که برنامه ساخته است وارد کنید.
setup-sms-intro = لطفاً شماره تلفنی را که می‌خواهید پیامک‌ها به آن فرستاده شوند وارد کنید. این شماره در مرحلهٔ بعد تأیید می‌شود.
setup-call-intro = لطفاً شماره تلفنی را که می‌خواهید با آن تماس گرفته شود وارد کنید. این شماره در مرحلهٔ بعد تأیید می‌شود.
setup-email-intro = لطفاً نشانی ایمیلی را که می‌خواهید کدها به آن فرستاده شوند وارد کنید. این نشانی در مرحلهٔ بعد تأیید می‌شود.
complete-congratulations = تبریک، احراز هویت دومرحله‌ای را با موفقیت فعال کردید.
complete-add-phone-hint = با این حال ممکن است گاهی به دستگاه اصلی خود دسترسی نداشته باشید. برای امکان بازیابی حساب، یک شمارهٔ تلفن اضافه کنید.

## Two-factor required (core/otp_required.html)

otp-required-enforced = صفحه‌ای که درخواست کرده‌اید به دلایل امنیتی، تأیید با احراز هویت دومرحله‌ای را الزامی می‌کند. برای دسترسی به این صفحه باید این قابلیت‌های امنیتی را فعال کنید.
otp-required-go-back = بازگشت

## Backup phones (core/phone_register.html)

phone-title = افزودن تلفن پشتیبان
phone-setup-intro = در حال افزودن یک شمارهٔ تلفن پشتیبان به حساب خود هستید. این شماره زمانی استفاده می‌شود که روش اصلی شما در دسترس نباشد.
phone-validation-intro = کدی به شمارهٔ تلفن شما فرستادیم. لطفاً کد دریافتی را وارد کنید.

## Re-authentication (core/reauth.html)

reauth-title = تأیید کنید که خودتان هستید
reauth-intro = این کار شیوهٔ محافظت از حساب شما را تغییر می‌دهد. برای ادامه، لطفاً گذرواژهٔ خود را وارد کنید.
reauth-intro-token = این کار شیوهٔ محافظت از حساب شما را تغییر می‌دهد. برای ادامه، لطفاً گذرواژه و یک کد ({ $device }) را وارد کنید.
reauth-confirm = تأیید

## Backup tokens (core/backup_tokens.html)

backup-tokens-intro = کدهای پشتیبان زمانی به کار می‌آیند که روش اصلی و شماره‌های تلفن پشتیبان شما در دسترس نباشند. کدهای پشتیبان زیر برای تأیید ورود قابل استفاده‌اند. اگر همهٔ آن‌ها را مصرف کرده‌اید، می‌توانید مجموعهٔ تازه‌ای بسازید. فقط کدهایی که در زیر نشان داده شده‌اند معتبرند.
backup-tokens-print = این کدها را چاپ کنید و در جای امنی نگه دارید. فقط همین حالا نمایش داده می‌شوند.
backup-tokens-unused = { $count ->
    [one] { $count } کد پشتیبان استفاده‌نشده دارید. برای امنیت شما دوباره نمایش داده نمی‌شود؛ اگر آن را گم کرده‌اید، کدهای تازه بسازید.
   *[other] { $count } کد پشتیبان استفاده‌نشده دارید. برای امنیت شما دوباره نمایش داده نمی‌شوند؛ اگر آن‌ها را گم کرده‌اید، کدهای تازه بسازید.
}
backup-tokens-none = هنوز کد پشتیبانی ندارید.
backup-tokens-generate = ساخت کدها

## Account security (profile/profile.html, profile/disable.html)

profile-title = امنیت حساب
profile-generator = کدها را برنامهٔ احراز هویت شما می‌سازد.
profile-primary-method = روش اصلی: { $method }.
profile-backup-phones = شماره‌های تلفن پشتیبان
profile-backup-phones-intro = اگر روش اصلی شما در دسترس نباشد، می‌توانیم کدهای پشتیبان را به شماره‌های تلفن زیر بفرستیم.
profile-unregister = حذف
profile-backup-tokens-intro = اگر هیچ دستگاهی همراهتان نیست، می‌توانید با کدهای پشتیبان به حساب خود دسترسی پیدا کنید.
profile-backup-tokens-remaining = { $count ->
    [one] { $count } کد پشتیبان برایتان مانده است.
   *[other] { $count } کد پشتیبان برایتان مانده است.
}
profile-no-backup-tokens = هیچ کد پشتیبانی برایتان نمانده است.
profile-no-backup-tokens-advice = اگر دستگاه خود را گم کنید نمی‌توانید وارد شوید: کدهای تازه بسازید و در جای امنی نگه دارید.
profile-few-backup-tokens = { $count ->
    [one] فقط { $count } کد پشتیبان مانده است.
   *[other] فقط { $count } کد پشتیبان مانده است.
}
profile-few-backup-tokens-advice = پیش از تمام شدن کدها، کدهای تازه بسازید.
profile-show-codes = نمایش کدها
profile-disable-intro = با اینکه اکیداً توصیه نمی‌کنیم، می‌توانید احراز هویت دومرحله‌ای را برای حساب خود غیرفعال کنید.
disable-title = غیرفعال کردن احراز هویت دومرحله‌ای
disable-intro = در آستانهٔ غیرفعال کردن احراز هویت دومرحله‌ای هستید. این کار امنیت حساب شما را کاهش می‌دهد. مطمئن هستید؟
disable-submit = غیرفعال کردن

## Mail with a code (email/token.txt, email/token.html)

email-subject = کد تأیید
email-hello = سلام { $username }،
email-code-intro = کد تأیید شما برای { $site }:
email-validity = { $minutes ->
    [one] این کد { $minutes } دقیقه اعتبار دارد و یک بار قابل استفاده است. اگر قصد ورود نداشتید، این ایمیل را نادیده بگیرید؛ ممکن است کسی گذرواژهٔ شما را بداند، پس تغییر آن را در نظر بگیرید.
   *[other] این کد { $minutes } دقیقه اعتبار دارد و یک بار قابل استفاده است. اگر قصد ورود نداشتید، این ایمیل را نادیده بگیرید؛ ممکن است کسی گذرواژهٔ شما را بداند، پس تغییر آن را در نظر بگیرید.
}

## Text messages and calls (twilio/sms_message.txt, twilio/token.xml)

sms-token = کد تأیید شما: { $token }
voice-token = کد شما { $token } است.
voice-token-again = تکرار می‌کنم، کد شما { $token } است.

## The backup-used alert (signals::backup_used_alert)

alert-subject = از کد پشتیبان استفاده شد
alert-body = سلام { $username }،

    هویت شما در { $site } با یک دستگاه پشتیبان تأیید شد. اگر این کار را شما نکرده‌اید، ممکن است حسابتان در خطر باشد: فوراً گذرواژهٔ خود را تغییر دهید، شماره‌های تلفن پشتیبان را بررسی کنید و کدهای پشتیبان تازه بسازید.

## The admin (admin/*.html)

admin-title = مدیریت احراز هویت دومرحله‌ای
admin-forbidden = با نام { $username } وارد شده‌اید، اما اجازهٔ دسترسی به این صفحه را ندارید. می‌خواهید با حساب دیگری وارد شوید؟
admin-forbidden-login = ورود با حساب دیگر
admin-users = کاربران
admin-find-label = یافتن کاربر با نام کاربری
admin-find = یافتن
admin-no-user-named = کاربری با نام «{ $username }» وجود ندارد.
admin-cannot-list = مخزن کاربران این سایت نمی‌تواند کاربران را فهرست کند. به‌جای آن، کاربر را با نام کاربری جست‌وجو کنید.
admin-col-username = نام کاربری
admin-col-email = ایمیل
admin-col-two-factor = دومرحله‌ای
admin-col-staff = کارمند
admin-col-active = فعال
admin-superuser-note = (ابرکاربر)
admin-enabled = فعال
admin-disabled = غیرفعال
admin-yes = بله
admin-no = خیر
admin-showing = { $total ->
    [one] نمایش { $shown } از { $total } کاربر؛ بقیه را با نام کاربری پیدا کنید.
   *[other] نمایش { $shown } از { $total } کاربر؛ بقیه را با نام کاربری پیدا کنید.
}
admin-no-users = هنوز کاربری وجود ندارد.
admin-role-superuser = ابرکاربر
admin-role-staff = کارمند
admin-role-not-staff = غیرکارمند
admin-state-active = فعال
admin-state-inactive = غیرفعال
admin-user-two-factor = احراز هویت دومرحله‌ای
admin-devices = دستگاه‌ها
admin-col-device = دستگاه
admin-col-name = نام
admin-col-id = شناسه
admin-col-failures = تلاش‌های ناموفق
admin-col-actions = کارها
admin-verified-your-session = (نشست شما را تأیید کرد)
admin-reset-failures = بازنشانی تلاش‌های ناموفق
admin-remove = حذف
admin-no-devices = دستگاهی وجود ندارد.
admin-backup-tokens = کدهای پشتیبان
admin-backup-tokens-remaining = { $count ->
    [one] { $count } کد پشتیبان مانده است.
   *[other] { $count } کد پشتیبان مانده است.
}
admin-remove-backup-tokens = حذف کدهای پشتیبان
admin-failed-attempts = { $count ->
    [one] { $count } تلاش ناموفق
   *[other] { $count } تلاش ناموفق
}
admin-reset-backup-failures = بازنشانی تلاش‌های ناموفق کدهای پشتیبان
admin-backup-phones = تلفن‌های پشتیبان
admin-no-backup-phones = تلفن پشتیبانی وجود ندارد.
admin-audit-reauth = { $minutes ->
    [one] هر تغییر در این صفحه، اگر آخرین تأیید شما بیش از { $minutes } دقیقه پیش بوده باشد، تأیید دوبارهٔ گذرواژه (و یک کد) را می‌خواهد؛ هر تغییر در گزارش ممیزی ثبت می‌شود.
   *[other] هر تغییر در این صفحه، اگر آخرین تأیید شما بیش از { $minutes } دقیقه پیش بوده باشد، تأیید دوبارهٔ گذرواژه (و یک کد) را می‌خواهد؛ هر تغییر در گزارش ممیزی ثبت می‌شود.
}
admin-audit = هر تغییر در این صفحه در گزارش ممیزی ثبت می‌شود.
admin-reset-two-factor = بازنشانی احراز هویت دومرحله‌ای
admin-reset-intro = برای کاربری که دستگاه‌هایش را گم کرده است: همهٔ دستگاه‌ها و کدهای پشتیبان را حذف می‌کند تا فقط با گذرواژه وارد شود و دوباره احراز هویت دومرحله‌ای را راه‌اندازی کند.
admin-notice-removed = { $device } ({ $id }) حذف شد.
admin-notice-failures-reset = تلاش‌های ناموفق { $device } ({ $id }) بازنشانی شد.
admin-notice-reset = احراز هویت دومرحله‌ای { $username } بازنشانی شد.

## Form fields and their messages (forms, views)

field-username = نام کاربری
field-password = گذرواژه
field-token = کد
field-method = روش
field-phone-number = شمارهٔ تلفن
field-phone-help = همراه با کد کشور، با + یا 00 در ابتدا.
field-email = نشانی ایمیل
field-understand = بله، مطمئنم
method-generator = برنامهٔ احراز هویت
method-sms = پیامک
method-call = تماس تلفنی
method-email = ایمیل
form-required = پر کردن این فیلد الزامی است.
form-invalid-token = کد نامعتبر است. لطفاً مطمئن شوید آن را درست وارد کرده‌اید.
form-invalid-setup-token = کد واردشده معتبر نیست.
form-invalid-login = لطفاً نام کاربری و گذرواژهٔ درست را وارد کنید. توجه کنید که هر دو فیلد ممکن است به بزرگی و کوچکی حروف حساس باشند.
form-timed-out = نشست شما منقضی شده است. لطفاً دوباره وارد شوید.
form-wrong-password = گذرواژه نادرست وارد شد. لطفاً دوباره وارد کنید.
form-invalid-email = یک نشانی ایمیل معتبر وارد کنید.
form-invalid-phone = لطفاً یک شمارهٔ تلفن معتبر همراه با کد کشور وارد کنید که با + یا 00 شروع شود.

## Devices as the pages name them

device-generator = برنامهٔ احراز هویت
device-backup-tokens = کدهای پشتیبان
device-sms = پیامک به { $target }
device-call = تماس با { $target }
device-email = ایمیل به { $target }

## Throttling, time-outs and sending codes

throttle-device = { $count ->
    [one] به‌خاطر { $count } تلاش ناموفق، تأیید موقتاً غیرفعال است؛ لطفاً کمی بعد دوباره تلاش کنید.
   *[other] به‌خاطر { $count } تلاش ناموفق، تأیید موقتاً غیرفعال است؛ لطفاً کمی بعد دوباره تلاش کنید.
}
throttle-network = { $seconds ->
    [one] تلاش‌های ناموفق بسیاری از شبکهٔ شما انجام شده است. { $seconds } ثانیهٔ دیگر دوباره تلاش کنید.
   *[other] تلاش‌های ناموفق بسیاری از شبکهٔ شما انجام شده است. { $seconds } ثانیهٔ دیگر دوباره تلاش کنید.
}
throttle-account = { $seconds ->
    [one] تلاش‌های ناموفق بسیار زیاد است. { $seconds } ثانیهٔ دیگر دوباره تلاش کنید.
   *[other] تلاش‌های ناموفق بسیار زیاد است. { $seconds } ثانیهٔ دیگر دوباره تلاش کنید.
}
throttle-reauth-logged-out = پس از تأییدهای ناموفق فراوان گذرواژه، از حساب خارج شدید. لطفاً دوباره وارد شوید.
delivery-cooldown = { $seconds ->
    [one] لحظه‌ای پیش کدی فرستاده شد. لطفاً از همان استفاده کنید یا { $seconds } ثانیهٔ دیگر کد تازه بخواهید.
   *[other] لحظه‌ای پیش کدی فرستاده شد. لطفاً از همان استفاده کنید یا { $seconds } ثانیهٔ دیگر کد تازه بخواهید.
}
delivery-limited-destination = { $minutes ->
    [one] اخیراً کدهای بسیاری به این شماره یا نشانی فرستاده شده است. لطفاً { $minutes } دقیقهٔ دیگر دوباره تلاش کنید یا از روش دیگری استفاده کنید.
   *[other] اخیراً کدهای بسیاری به این شماره یا نشانی فرستاده شده است. لطفاً { $minutes } دقیقهٔ دیگر دوباره تلاش کنید یا از روش دیگری استفاده کنید.
}
delivery-limited-user = { $minutes ->
    [one] اخیراً کدهای بسیاری برای حساب شما فرستاده شده است. لطفاً { $minutes } دقیقهٔ دیگر دوباره تلاش کنید یا از روش دیگری استفاده کنید.
   *[other] اخیراً کدهای بسیاری برای حساب شما فرستاده شده است. لطفاً { $minutes } دقیقهٔ دیگر دوباره تلاش کنید یا از روش دیگری استفاده کنید.
}
delivery-failed = اکنون نمی‌توانیم کدی برایتان بفرستیم. لطفاً بعداً دوباره تلاش کنید یا از روش دیگری استفاده کنید.

## Error pages (400, 403, 404, 500, 503)

error-title-400 = درخواست نادرست
error-title-403 = دسترسی ممنوع
error-title-404 = پیدا نشد
error-title-500 = خطای داخلی سرور
error-title-503 = سرویس در دسترس نیست
error-unavailable = سرویس موقتاً در دسترس نیست. چیزی تغییر نکرد؛ لطفاً کمی بعد دوباره تلاش کنید.
error-unavailable-not-saved = سرویس موقتاً در دسترس نیست. ممکن است درخواست شما انجام شده باشد، اما نشست شما ذخیره نشد. لطفاً دوباره وارد شوید.
error-internal = مشکلی در سمت ما پیش آمد.
error-csrf = تأیید CSRF ناموفق بود. درخواست لغو شد. صفحه را بازخوانی کنید و فرم را دوباره بفرستید.
error-not-found = پیدا نشد.
error-management-form = داده‌های ManagementForm وجود ندارد یا دستکاری شده است.
error-token-too-long = فیلد کد بیش از حد طولانی است.

## Security keys and passkeys (WebAuthn): login, setup, re-authentication, profile

method-webauthn = کلید امنیتی یا گذرکلید
token-webauthn = از کلید امنیتی یا گذرکلید خود استفاده کنید: دکمهٔ زیر را بزنید، سپس کلید را لمس کنید یا روی دستگاه تأیید کنید.
reauth-intro-webauthn = این کار شیوهٔ محافظت از حساب شما را تغییر می‌دهد. برای ادامه، گذرواژهٔ خود را وارد کنید و با کلید امنیتی تأیید کنید.
reauth-confirm-webauthn = تأیید با کلید امنیتی
setup-webauthn-intro = برای تأیید ورودها از یک کلید امنیتی (USB،‏ NFC یا بلوتوث) یا قفل صفحهٔ دستگاه خود استفاده کنید. اگر بخواهید برایش نامی بگذارید، دکمه را بزنید و دستورهای مرورگر را دنبال کنید.
webauthn-needs-js = کلیدهای امنیتی به جاوااسکریپت نیاز دارند.
webauthn-needs-js-setup = آن را برای این سایت روشن کنید یا برگردید و روش دیگری انتخاب کنید.
webauthn-needs-js-reauth = برای ادامه، آن را برای این سایت روشن کنید.
webauthn-needs-js-other = آن را برای این سایت روشن کنید یا از روش دیگری استفاده کنید.
webauthn-needs-js-login = { $alternatives ->
    [token] آن را برای این سایت روشن کنید یا یک کد وارد کنید.
    [backup] آن را برای این سایت روشن کنید یا از یک کد پشتیبان استفاده کنید.
    [both] آن را برای این سایت روشن کنید، یک کد وارد کنید یا از یک کد پشتیبان استفاده کنید.
   *[none] آن را برای این سایت روشن کنید.
}
webauthn-use-key = استفاده از کلید امنیتی
webauthn-passkey-needs-js = ورود با گذرکلید به جاوااسکریپت نیاز دارد؛ از نام کاربری و گذرواژه استفاده کنید.
webauthn-passkey-login = ورود با گذرکلید
webauthn-register = ثبت کلید امنیتی
webauthn-profile-title = کلیدهای امنیتی و گذرکلیدها
webauthn-col-kind = نوع
webauthn-col-added = افزوده‌شده
webauthn-col-last-used = آخرین استفاده
webauthn-col-actions = کارها
webauthn-kind-passkey = گذرکلید
webauthn-kind-security-key = کلید امنیتی
webauthn-primary = (اصلی)
webauthn-never = هرگز
webauthn-remove = حذف
webauthn-remove-label = حذف { $label }
webauthn-no-keys = هنوز کلید امنیتی ندارید. یک کلید امنیتی یا گذرکلید ورودهای شما را با یک لمس تأیید می‌کند.
webauthn-add-title = افزودن کلید امنیتی
webauthn-add-intro = یک کلید امنیتی (USB،‏ NFC یا بلوتوث) یا قفل صفحهٔ دستگاهتان می‌تواند ورودهای شما را تأیید کند. گذرکلید شما را بدون گذرواژه هم وارد می‌کند: به پین، اثر انگشت یا چهرهٔ شما روی دستگاه نیاز دارد.
webauthn-add-needs-js = افزودن کلید امنیتی به جاوااسکریپت نیاز دارد.
webauthn-label-field = نام
webauthn-label-placeholder = مثلاً YubiKey روی دسته‌کلید
webauthn-label-apart = تا بعداً کلیدهایتان را از هم تشخیص دهید.
webauthn-label-help = اختیاری، مثلاً «YubiKey روی دسته‌کلید».
webauthn-add-passkey = افزودن گذرکلید
webauthn-add-key = افزودن کلید امنیتی
device-webauthn-key = کلید امنیتی «{ $label }»
device-labelled = { $what } «{ $label }»
webauthn-synced = همگام‌شده
webauthn-syncable = هنوز همگام نشده
webauthn-device-bound = وابسته به دستگاه
webauthn-details = { $provider }، { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = تنها کلید امنیتی شما به یک دستگاه وابسته است: اگر آن را گم کنید، دسترسی به حساب خود را از دست می‌دهید. یک کلید دوم یا یک گذرکلید اضافه کنید.
device-webauthn-passkey = گذرکلید «{ $label }»

## Security keys and passkeys: messages from the server

webauthn-press-button = دکمه را بزنید و دستورهای مرورگر را دنبال کنید.
webauthn-use-key-hint = از کلید امنیتی خود استفاده کنید: دکمه را بزنید و دستورهای مرورگر را دنبال کنید.
webauthn-no-ceremony = درخواست کلید امنیتی منقضی شده یا پیش‌تر استفاده شده است. لطفاً دوباره تلاش کنید.
webauthn-log-in-first = لطفاً ابتدا وارد شوید.
webauthn-verify-first = ابتدا ورود خود را با عامل دوم تأیید کنید.
webauthn-reauth-first = لطفاً دوباره گذرواژهٔ خود را تأیید کنید (صفحه را بازخوانی کنید).
webauthn-login-timed-out = زمان ورود شما تمام شد. لطفاً دوباره وارد شوید.
webauthn-label-control = نام نمی‌تواند نویسه‌های کنترلی داشته باشد.
webauthn-label-too-long = نام حداکثر می‌تواند { $max } نویسه داشته باشد.
webauthn-error-malformed = پاسخ مرورگر خوانده نشد ({ $part }). لطفاً دوباره تلاش کنید.
webauthn-error-key-cbor = کلید عمومی کلید امنیتی خوانده نشد.
webauthn-error-key-unsupported = کلید امنیتی از الگوریتمی استفاده می‌کند که این سایت پشتیبانی نمی‌کند.
webauthn-error-key-malformed = کلید عمومی کلید امنیتی نادرست است.
webauthn-error-challenge-mismatch = این پاسخ به درخواست دیگری تعلق دارد. لطفاً دوباره تلاش کنید.
webauthn-error-expired = درخواست منقضی شد. لطفاً دوباره تلاش کنید.
webauthn-error-wrong-origin = پاسخ از سایت دیگری آمد ({ $origin }).
webauthn-error-wrong-rp-id = کلید امنیتی برای سایت دیگری پاسخ داد.
webauthn-error-user-not-present = کلید امنیتی لمس نشد.
webauthn-error-user-not-verified = کلید امنیتی هویت شما را تأیید نکرد (پین یا بیومتریک). لطفاً دوباره تلاش کنید.
webauthn-error-bad-signature = امضای کلید امنیتی معتبر نیست.
webauthn-error-unknown-credential = این کلید امنیتی برای این حساب ثبت نشده است.
webauthn-error-not-passkey = این کلید گذرکلید این سایت نیست. با گذرواژه وارد شوید.
webauthn-error-passkey-login-disabled = ورود با گذرکلید در این سایت خاموش است.
webauthn-error-counter-regression = شمارندهٔ امضای این کلید امنیتی به عقب برگشته است، که هنگام کپی شدن کلید رخ می‌دهد. رد شد؛ با مدیران سایت تماس بگیرید.
webauthn-error-replayed = این پاسخ پیش‌تر استفاده شده است. لطفاً دوباره تلاش کنید.
webauthn-error-already-registered = این کلید امنیتی پیش‌تر ثبت شده است.
webauthn-error-unsupported-attestation = گواهی (attestation) این احرازگر ({ $format }) پشتیبانی نمی‌شود؛ سایت «none» و «packed» را می‌پذیرد.
webauthn-error-not-discoverable = این احرازگر نمی‌تواند گذرکلید نگه دارد. به‌جای آن، آن را به‌عنوان کلید امنیتی اضافه کنید.
webauthn-error-wrong-ceremony = این پاسخ به مرحلهٔ دیگری تعلق دارد. لطفاً از نو شروع کنید.
webauthn-error-model-not-accepted = این نوع احرازگر ({ $model }) در این سایت پذیرفته نمی‌شود.
webauthn-error-attestation-required = این سایت فقط کلیدهای امنیتی‌ای را می‌پذیرد که مدل خود را اثبات کنند (attestation).
webauthn-error-attestation-untrusted = گواهی کلید امنیتی تأیید نشد.
webauthn-error-not-in-metadata = این نوع احرازگر ({ $model }) در فهرست مدل‌های شناخته‌شدهٔ سایت نیست.
webauthn-error-revoked = سازندهٔ این نوع احرازگر ({ $model }) آن را باطل‌شده یا در معرض خطر اعلام کرده است.
webauthn-origin-not-secure = کلیدهای امنیتی و گذرکلیدها به اتصال امن نیاز دارند: این سایت را با HTTPS (یا هنگام توسعه در http://localhost) باز کنید.
webauthn-origin-ip-address = کلیدهای امنیتی و گذرکلیدها به نام دامنه نیاز دارند، نه نشانی IP: این سایت را به‌جای { $address } در { $suggestion } باز کنید.
webauthn-origin-bad-host = نام میزبان این صفحه برای کلیدهای امنیتی و گذرکلیدها قابل استفاده نیست.
webauthn-origin-outside-rp-id = نشانی این صفحه بخشی از دامنهٔ سایت برای کلیدهای امنیتی ({ $rp_id }) نیست.
webauthn-origin-not-allowed = نشانی این صفحه در میان نشانی‌های سایت برای کلیدهای امنیتی نیست.

## Security keys and passkeys: messages of the browser script (webauthn.js)

webauthn-js-unsupported = این مرورگر از کلیدهای امنیتی یا گذرکلیدها پشتیبانی نمی‌کند. از روش دیگری یا مرورگری به‌روز استفاده کنید.
webauthn-js-insecure = کلیدهای امنیتی و گذرکلیدها به نشانی امن نیاز دارند (HTTPS یا هنگام توسعه http://localhost).
webauthn-js-cancelled = درخواست لغو شد یا زمانش تمام شد. وقتی کلید یا دستگاهتان آماده بود دوباره تلاش کنید.
webauthn-js-aborted = درخواست لغو شد.
webauthn-js-exists = این کلید امنیتی پیش‌تر در حساب شما ثبت شده است.
webauthn-js-security = این نشانی نمی‌تواند از کلیدهای امنیتی استفاده کند (WebAuthn به HTTPS یا localhost و نام دامنه به‌جای نشانی IP نیاز دارد).
webauthn-js-network = به سرور دسترسی نشد. اتصال خود را بررسی کنید و دوباره تلاش کنید.
webauthn-js-failed = در کار با کلید امنیتی مشکلی پیش آمد. لطفاً دوباره تلاش کنید.
webauthn-js-working = دستورهای مرورگر را دنبال کنید: کلید امنیتی را لمس کنید یا روی دستگاه تأیید کنید.
api-webauthn-off = کلیدهای امنیتی در این سایت فعال نیستند.
api-passkey-off = ورود با گذرکلید در این سایت فعال نیست.

## The JSON API's problem details (`detail`)
api-verification-required = این کار به نشستی نیاز دارد که با عامل دوم تأیید شده باشد.
api-no-removable-device = چنین تلفن پشتیبان، برنامهٔ احراز هویت (تا وقتی دستگاه دیگری بماند) یا کلید امنیتی اضافه‌ای وجود ندارد.
api-no-such-device = چنین دستگاهی وجود ندارد.
api-already-enabled = احراز هویت دومرحله‌ای از قبل فعال است (برای شروع دوباره، ابتدا آن را غیرفعال کنید).
api-no-totp-setup = هیچ راه‌اندازی‌ای در جریان نیست: ابتدا totp_setup را فراخوانی کنید.
api-no-phone-methods = این سایت پیامک نمی‌فرستد و تماس نمی‌گیرد.
api-method-choice = method باید یکی از این‌ها باشد: { $methods }.
api-code-not-sent = کد فرستاده نشد.
api-no-phone-setup = هیچ تلفنی منتظر کد نیست: ابتدا phone_add را فراخوانی کنید.
api-answer-failed = پاسخ ساخته نشد.
api-credentials-required = username و password الزامی‌اند.
api-no-pending-login = هیچ ورودی منتظر کد نیست (منقضی شده یا پایان یافته). لطفاً دوباره وارد شوید.
api-no-challenge-device = چنین تلفن یا دستگاه ایمیلی وجود ندارد.
api-password-required = password الزامی است.
api-cookie-with-app = درخواست برنامه (X-Session-Token یا X-Client: app) نباید کوکی نشست را بفرستد.
api-two-factor-required = احراز هویت دومرحله‌ای برای این حساب الزامی است.
api-session-expired = توکن نشست ناشناخته یا منقضی است. لطفاً دوباره وارد شوید.
api-middleware-missing = نشست‌های برنامه به میان‌افزار two_factor نیاز دارند (TwoFactorMiddleware یا OtpMiddleware).
api-csrf-header = تأیید CSRF ناموفق بود: توکن `session` را در سرآیند X-CSRFToken بفرستید.
api-log-in = لطفاً وارد شوید.
api-reauthenticate = لطفاً ابتدا گذرواژهٔ خود را تأیید کنید (reauthenticate).
api-body-too-large = بدنهٔ درخواست بزرگ‌تر از حدی است که API می‌پذیرد (16 KiB).
api-body-unreadable = بدنهٔ درخواست خوانده نشد.
api-token-too-long = کد بیش از حد طولانی است.
api-method-not-allowed = این مسیر این روش را نمی‌پذیرد.
api-no-operation = API در این مسیر عملیاتی ندارد.
api-csrf = تأیید CSRF ناموفق بود.
api-not-found = پیدا نشد.
api-overloaded = ورودهای هم‌زمان بیش از حد است. لطفاً کمی بعد دوباره تلاش کنید.
api-unavailable = سرویس موقتاً در دسترس نیست. لطفاً بعداً دوباره تلاش کنید.
api-body-mismatch = بدنهٔ JSON مطابقت ندارد: { $error }.
api-body-not-object = بدنه باید یک شیء JSON باشد.

# چند برنامهٔ احراز هویت، دستگاه‌های نام‌دار
profile-apps = برنامه‌های احراز هویت
profile-apps-intro = کدی از هر یک از این برنامه‌ها شما را وارد می‌کند. برای تشخیص آن‌ها، به هر کدام نامی بدهید.
profile-app-main = (اصلی)
app-create-title = افزودن برنامهٔ احراز هویت
app-create-intro = کد QR را با برنامهٔ جدید اسکن کنید، برایش نامی بگذارید و کدی را که نشان می‌دهد وارد کنید.
app-create-submit = افزودن برنامه
app-name-placeholder = مثلاً تبلت
app-setup-restarted = آن راه‌اندازی منقضی شده بود. این کد QR تازه را اسکن کنید و کدی از آن وارد کنید.
device-name-field = نام
device-rename = تغییر نام
device-rename-label = نام تازه برای { $what }

# کجا وارد شده‌اید
session-agent = { $browser } روی { $system }
session-agent-unknown-browser = مرورگر ناشناخته روی { $system }
session-agent-unknown = مرورگر ناشناخته
sessions-title = کجا وارد شده‌اید
sessions-intro = این مرورگرها و برنامه‌ها به حساب شما وارد شده‌اند. نشستی که از آن خارج کنید، در درخواست بعدی‌اش پایان می‌یابد.
sessions-col-browser = مرورگر
sessions-col-address = شبکه
sessions-col-began = ورود
sessions-col-last-seen = آخرین فعالیت
sessions-app = برنامه
sessions-current = همین نشست
sessions-revoke = خروج
sessions-revoke-others = خروج از همهٔ جاهای دیگر
sessions-not-me-title = نشستی را نمی‌شناسید؟
sessions-not-me = از آن خارج شوید (یا از همهٔ جاهای دیگر)، سپس گذرواژه را تغییر دهید و دستگاه‌های احراز هویت دومرحله‌ای خود را بررسی کنید.
sessions-back = بازگشت به امنیت حساب
profile-sessions-intro = مرورگرها و برنامه‌هایی را که به حساب شما وارد شده‌اند ببینید و از آن‌ها خارج شوید.
profile-sessions-link = نشست‌های شما
api-no-such-session = چنین نشستی وجود ندارد.

# مرورگرهای مورد اعتماد
trusted-title = مرورگرهای مورد اعتماد
trusted-intro = برای این مرورگرها «دیگر نپرس» انتخاب شده است: تا تاریخ نشان‌داده‌شده هنگام ورود از کد رد می‌شوند. اگر اعتماد را از یکی پس بگیرید، در ورود بعدی کد می‌خواهد.
trusted-col-granted = مورد اعتماد از
trusted-col-expires = تا
trusted-revoke = لغو اعتماد
trusted-revoke-all = لغو اعتماد همهٔ مرورگرها
trusted-none = هیچ مرورگری هنگام ورود از کد رد نمی‌شود.
api-no-such-grant = چنین مرورگر مورد اعتمادی وجود ندارد.

# هشدارهای امنیتی (ایمیل‌ها)
alert-new-browser-subject = ورود تازه به { $site }
alert-new-browser = کسی از مرورگری که پیش‌تر با حساب { $username } شما در { $site } استفاده نشده بود، وارد این حساب شد.
alert-device-added-subject = یک دستگاه احراز هویت دومرحله‌ای در { $site } اضافه شد
alert-device-added = { $device } به دستگاه‌های احراز هویت دومرحله‌ای حساب { $username } شما در { $site } اضافه شد.
alert-device-removed-subject = یک دستگاه احراز هویت دومرحله‌ای در { $site } حذف شد
alert-device-removed = دستگاهی از دستگاه‌های احراز هویت دومرحله‌ای حساب { $username } شما در { $site } حذف شد.
alert-backup-tokens-subject = کدهای پشتیبان تازه در { $site }
alert-backup-tokens = کدهای پشتیبان تازه برای حساب { $username } شما در { $site } ساخته شد؛ کدهای قبلی دیگر کار نمی‌کنند.
alert-disabled-subject = احراز هویت دومرحله‌ای در { $site } خاموش شد
alert-disabled = احراز هویت دومرحله‌ای برای حساب { $username } شما در { $site } خاموش شد.
alert-locked-subject = کدهای نادرست در { $site }
alert-locked = { $device } شما در { $site } پس از کدهای نادرست، مدتی کدها را نمی‌پذیرد. تعداد کدهای نادرست پشت سر هم: { $count }.
alert-when = زمان: { $when }
alert-browser = مرورگر: { $browser }
alert-network = شبکه: { $network }
alert-not-me-link = اگر این کار شما نبود، از اینجا از همهٔ جاها خارج شوید و سپس گذرواژه را تغییر دهید: { $url }
alert-not-me-page = اگر این کار شما نبود، در صفحهٔ «کجا وارد شده‌اید» در امنیت حساب ({ $path }) از همهٔ جاها خارج شوید و سپس گذرواژه را تغییر دهید.
alert-unknown = نامعلوم

# مدیریت: نشست‌ها و مرورگرهای مورد اعتماد
admin-sessions = نشست‌ها
admin-no-sessions = هیچ نشست فعالی وجود ندارد.
admin-end-session = پایان
admin-end-all-sessions = پایان همهٔ نشست‌ها
admin-notice-sessions-ended = نشست‌های پایان‌یافته: { $count }.
admin-notice-untrusted = مرورگرهایی که اعتمادشان لغو شد: { $count }.
