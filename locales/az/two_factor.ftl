# actix-two-factor: Azərbaycan dilində mesajlar.
# Müraciət: "siz" ("Daxil edin"), Azərbaycan dilli xidmətlərdə olduğu kimi. Terminlər: kod,
# ehtiyat kod, autentifikasiya tətbiqi, iki mərhələli doğrulama, təhlükəsizlik açarı, giriş açarı
# (passkey).

## The page frame (_base.html) and the language switcher

language-name = Azərbaycanca

base-account-security = Hesab təhlükəsizliyi
base-log-out = Çıxış
base-log-in = Giriş
base-language = Dil
base-language-submit = Dəyiş

## Shared words

wizard-cancel = Ləğv et
wizard-back = Geri
wizard-next = İrəli
permission-denied = İcazə yoxdur
enable-two-factor = İki mərhələli doğrulamanı aktivləşdirin
disable-two-factor = İki mərhələli doğrulamanı deaktiv edin
two-factor-not-enabled = Hesabınız üçün iki mərhələli doğrulama aktiv deyil. Hesabı daha yaxşı qorumaq üçün onu aktivləşdirin.
back-to-account-security = Hesab təhlükəsizliyinə qayıt
add-phone-number = Telefon nömrəsi əlavə edin
backup-tokens-title = Ehtiyat kodlar
token-generator = Autentifikasiya tətbiqinizin yaratdığı kodu daxil edin.
token-call = İndi sizə zəng edirik, eşitdiyiniz rəqəmləri daxil edin.
token-sms = Sizə SMS göndərdik, göndərilən kodu daxil edin.
token-email = Sizə e-poçt göndərdik, göndərilən kodu daxil edin.

## Login (core/login.html)

login-title = Giriş
login-credentials = Giriş məlumatlarınızı daxil edin.
login-backup-intro = Bu formadan ehtiyat kodla daxil olmaq üçün istifadə edin. Bu kodlar çap edib təhlükəsiz yerdə saxlamağınız üçün yaradılıb. Hesabınıza daxil olmaq üçün ehtiyat kodlardan birini daxil edin.
login-submit = Daxil ol
login-other-methods = Və ya digər doğrulama üsullarınızdan birini istifadə edin:
login-backup-last-resort = Son çarə olaraq ehtiyat koddan istifadə edə bilərsiniz:
login-use-backup-token = Ehtiyat koddan istifadə et

## Setup (core/setup.html, core/setup_complete.html)

setup-welcome = Hesabınızın təhlükəsizliyini daha yüksək səviyyəyə qaldırmaq üzrəsiniz. İki mərhələli doğrulamanı aktivləşdirmək üçün bu sehrbazın addımlarını izləyin.
setup-method = İstifadə etmək istədiyiniz doğrulama üsulunu seçin.
setup-generator-intro = Autentifikasiya tətbiqindən istifadəyə başlamaq üçün aşağıdakı QR kodu smartfonunuzla skan edin, məsələn, Google Authenticator, Aegis və ya FreeOTP ilə.
setup-qr-alt = QR kod
setup-manual-key = Kodu skan edə bilmirsiniz? Əvəzində bu açarı tətbiqə daxil edin:
setup-on-this-phone = Bu telefondasınız?
setup-open-in-app = Onu autentifikasiya tətbiqinizdə açın
setup-app-should-show = Tətbiq “{ $issuer }” emitentini və { $digits } rəqəmli kodları göstərməlidir.
setup-enter-token = Sonra tətbiqin yaratdığı kodu daxil edin.
setup-sms-intro = SMS almaq istədiyiniz telefon nömrəsini daxil edin. Nömrə növbəti addımda təsdiqlənəcək.
setup-call-intro = Zəng almaq istədiyiniz telefon nömrəsini daxil edin. Nömrə növbəti addımda təsdiqlənəcək.
setup-email-intro = Kodları almaq istədiyiniz e-poçt ünvanını daxil edin. Ünvan növbəti addımda təsdiqlənəcək.
complete-congratulations = Təbriklər, iki mərhələli doğrulamanı uğurla aktivləşdirdiniz.
complete-add-phone-hint = Bununla belə, əsas cihazınıza çıxışınız olmaya bilər. Hesabı bərpa edə bilmək üçün telefon nömrəsi əlavə edin.

## Two-factor required (core/otp_required.html)

otp-required-enforced = Təhlükəsizlik səbəbindən istədiyiniz səhifə iki mərhələli doğrulama ilə təsdiq tələb edir. Bu səhifəyə daxil olmaq üçün bu təhlükəsizlik funksiyalarını aktivləşdirməlisiniz.
otp-required-go-back = Geri qayıt

## Backup phones (core/phone_register.html)

phone-title = Ehtiyat telefon əlavə edin
phone-setup-intro = Hesabınıza ehtiyat telefon nömrəsi əlavə edirsiniz. Əsas üsulunuz əlçatan olmadıqda bu nömrədən istifadə olunacaq.
phone-validation-intro = Telefon nömrənizə kod göndərdik. Aldığınız kodu daxil edin.

## Re-authentication (core/reauth.html)

reauth-title = Bunun siz olduğunuzu təsdiqləyin
reauth-intro = Bu əməliyyat hesabınızın necə qorunduğunu dəyişir. Davam etmək üçün şifrənizi daxil edin.
reauth-intro-token = Bu əməliyyat hesabınızın necə qorunduğunu dəyişir. Davam etmək üçün şifrənizi və kodu ({ $device }) daxil edin.
reauth-confirm = Təsdiqlə

## Backup tokens (core/backup_tokens.html)

backup-tokens-intro = Ehtiyat kodlar əsas üsulunuz və ehtiyat telefon nömrələriniz əlçatan olmadıqda işə yarayır. Aşağıdakı ehtiyat kodlar girişin təsdiqi üçün istifadə oluna bilər. Hamısını istifadə etmisinizsə, yeni dəst yarada bilərsiniz. Yalnız aşağıda göstərilən kodlar etibarlıdır.
backup-tokens-print = Bu kodları çap edin və təhlükəsiz yerdə saxlayın. Onlar yalnız indi göstərilir.
backup-tokens-unused = { $count ->
    [one] İstifadə olunmamış { $count } ehtiyat kodunuz var. Təhlükəsizlik üçün yenidən göstərilə bilməz; itirmisinizsə, yenilərini yaradın.
   *[other] İstifadə olunmamış { $count } ehtiyat kodunuz var. Təhlükəsizlik üçün yenidən göstərilə bilməz; itirmisinizsə, yenilərini yaradın.
}
backup-tokens-none = Hələ ehtiyat kodunuz yoxdur.
backup-tokens-generate = Kodlar yarat

## Account security (profile/profile.html, profile/disable.html)

profile-title = Hesab təhlükəsizliyi
profile-generator = Kodları autentifikasiya tətbiqiniz yaradacaq.
profile-primary-method = Əsas üsul: { $method }.
profile-backup-phones = Ehtiyat telefon nömrələri
profile-backup-phones-intro = Əsas üsulunuz əlçatan olmasa, aşağıdakı telefon nömrələrinə ehtiyat kodlar göndərə bilərik.
profile-unregister = Sil
profile-backup-tokens-intro = Yanınızda heç bir cihaz yoxdursa, hesabınıza ehtiyat kodlarla daxil ola bilərsiniz.
profile-backup-tokens-remaining = { $count ->
    [one] { $count } ehtiyat kodunuz qalıb.
   *[other] { $count } ehtiyat kodunuz qalıb.
}
profile-no-backup-tokens = Heç bir ehtiyat kodunuz qalmayıb.
profile-no-backup-tokens-advice = Cihazınızı itirsəniz daxil ola bilməyəcəksiniz: yeni kodlar yaradın və təhlükəsiz yerdə saxlayın.
profile-few-backup-tokens = { $count ->
    [one] Yalnız { $count } ehtiyat kod qalıb.
   *[other] Yalnız { $count } ehtiyat kod qalıb.
}
profile-few-backup-tokens-advice = Kodlar bitməzdən əvvəl yenilərini yaradın.
profile-show-codes = Kodları göstər
profile-disable-intro = Qətiyyən tövsiyə etmirik, amma hesabınız üçün iki mərhələli doğrulamanı deaktiv də edə bilərsiniz.
disable-title = İki mərhələli doğrulamanı deaktiv edin
disable-intro = İki mərhələli doğrulamanı deaktiv etmək üzrəsiniz. Bu, hesabınızın təhlükəsizliyini zəiflədir. Əminsiniz?
disable-submit = Deaktiv et

## Mail with a code (email/token.txt, email/token.html)

email-subject = Təsdiq kodu
email-hello = Salam, { $username },
email-code-intro = { $site } üçün təsdiq kodunuz:
email-validity = { $minutes ->
    [one] O, { $minutes } dəqiqə etibarlıdır və bir dəfə istifadə oluna bilər. Daxil olmağa cəhd etməmisinizsə, bu məktuba fikir verməyin; kimsə şifrənizi bilə bilər, ona görə də onu dəyişməyi düşünün.
   *[other] O, { $minutes } dəqiqə etibarlıdır və bir dəfə istifadə oluna bilər. Daxil olmağa cəhd etməmisinizsə, bu məktuba fikir verməyin; kimsə şifrənizi bilə bilər, ona görə də onu dəyişməyi düşünün.
}

## Text messages and calls (twilio/sms_message.txt, twilio/token.xml)

sms-token = Təsdiq kodunuz: { $token }
voice-token = Kodunuz { $token }.
voice-token-again = Bir daha, kodunuz { $token }.

## The backup-used alert (signals::backup_used_alert)

alert-subject = Ehtiyat koddan istifadə olundu
alert-body = Salam, { $username },

    Siz indicə { $site } saytında ehtiyat cihazla şəxsiyyətinizi təsdiqlədiniz. Bu siz deyildinizsə, hesabınız ələ keçirilmiş ola bilər: dərhal şifrənizi dəyişin, ehtiyat telefon nömrələrinizi yoxlayın və yeni ehtiyat kodlar yaradın.

## The admin (admin/*.html)

admin-title = İki mərhələli doğrulamanın idarə olunması
admin-forbidden = { $username } kimi daxil olmusunuz, amma bu səhifəyə giriş icazəniz yoxdur. Başqa hesabla daxil olmaq istəyirsiniz?
admin-forbidden-login = Başqa hesabla daxil olun
admin-users = İstifadəçilər
admin-find-label = İstifadəçi adına görə istifadəçi tapın
admin-find = Tap
admin-no-user-named = “{ $username }” adlı istifadəçi yoxdur.
admin-cannot-list = Bu saytın istifadəçi anbarı istifadəçiləri siyahılaya bilmir. Əvəzində istifadəçini istifadəçi adına görə axtarın.
admin-col-username = İstifadəçi adı
admin-col-email = E-poçt
admin-col-two-factor = İki mərhələ
admin-col-staff = Əməkdaş
admin-col-active = Aktiv
admin-superuser-note = (superistifadəçi)
admin-enabled = aktiv
admin-disabled = deaktiv
admin-yes = bəli
admin-no = xeyr
admin-showing = { $total ->
    [one] { $total } istifadəçidən { $shown } göstərilir; digərlərini istifadəçi adına görə tapın.
   *[other] { $total } istifadəçidən { $shown } göstərilir; digərlərini istifadəçi adına görə tapın.
}
admin-no-users = Hələ istifadəçi yoxdur.
admin-role-superuser = superistifadəçi
admin-role-staff = əməkdaş
admin-role-not-staff = əməkdaş deyil
admin-state-active = aktiv
admin-state-inactive = qeyri-aktiv
admin-user-two-factor = iki mərhələli doğrulama
admin-devices = Cihazlar
admin-col-device = Cihaz
admin-col-name = Ad
admin-col-id = İD
admin-col-failures = Uğursuz cəhdlər
admin-col-actions = Əməliyyatlar
admin-verified-your-session = (sessiyanızı təsdiqlədi)
admin-reset-failures = Uğursuz cəhdləri sıfırla
admin-remove = Sil
admin-no-devices = Cihaz yoxdur.
admin-backup-tokens = Ehtiyat kodlar
admin-backup-tokens-remaining = { $count ->
    [one] { $count } ehtiyat kod qalıb.
   *[other] { $count } ehtiyat kod qalıb.
}
admin-remove-backup-tokens = Ehtiyat kodları sil
admin-failed-attempts = { $count ->
    [one] { $count } uğursuz cəhd
   *[other] { $count } uğursuz cəhd
}
admin-reset-backup-failures = Ehtiyat kodlarla uğursuz cəhdləri sıfırla
admin-backup-phones = Ehtiyat telefonlar
admin-no-backup-phones = Ehtiyat telefon yoxdur.
admin-audit-reauth = { $minutes ->
    [one] Son təsdiqdən { $minutes } dəqiqədən çox keçibsə, bu səhifədəki hər dəyişiklik şifrənizi (və kodu) təsdiqləməyi istəyir; hər dəyişiklik audit jurnalına yazılır.
   *[other] Son təsdiqdən { $minutes } dəqiqədən çox keçibsə, bu səhifədəki hər dəyişiklik şifrənizi (və kodu) təsdiqləməyi istəyir; hər dəyişiklik audit jurnalına yazılır.
}
admin-audit = Bu səhifədəki hər dəyişiklik audit jurnalına yazılır.
admin-reset-two-factor = İki mərhələli doğrulamanı sıfırla
admin-reset-intro = Cihazlarını itirmiş istifadəçi üçün: bütün cihazları və ehtiyat kodları silir, beləliklə istifadəçi yalnız şifrə ilə daxil olur və iki mərhələli doğrulamanı yenidən qurur.
admin-notice-removed = Silindi: { $device } ({ $id }).
admin-notice-failures-reset = Uğursuz cəhdlər sıfırlandı: { $device } ({ $id }).
admin-notice-reset = { $username } üçün iki mərhələli doğrulama sıfırlandı.

## Form fields and their messages (forms, views)

field-username = İstifadəçi adı
field-password = Şifrə
field-token = Kod
field-method = Üsul
field-phone-number = Telefon nömrəsi
field-phone-help = Ölkə kodu ilə, + və ya 00 ilə başlayan.
field-email = E-poçt ünvanı
field-understand = Bəli, əminəm
method-generator = Autentifikasiya tətbiqi
method-sms = SMS
method-call = Telefon zəngi
method-email = E-poçt
form-required = Bu sahə mütləqdir.
form-invalid-token = Kod yanlışdır. Düzgün daxil etdiyinizi yoxlayın.
form-invalid-setup-token = Daxil edilən kod etibarlı deyil.
form-invalid-login = Düzgün istifadəçi adı və şifrə daxil edin. Nəzərə alın ki, hər iki sahə böyük və kiçik hərflərə həssas ola bilər.
form-timed-out = Sessiyanızın vaxtı bitib. Yenidən daxil olun.
form-wrong-password = Şifrə yanlış daxil edildi. Yenidən daxil edin.
form-invalid-email = Etibarlı e-poçt ünvanı daxil edin.
form-invalid-phone = Ölkə kodu ilə, + və ya 00 ilə başlayan etibarlı telefon nömrəsi daxil edin.

## Devices as the pages name them

device-generator = Autentifikasiya tətbiqi
device-backup-tokens = Ehtiyat kodlar
device-sms = { $target } nömrəsinə SMS
device-call = { $target } nömrəsinə zəng
device-email = { $target } ünvanına e-poçt

## Throttling, time-outs and sending codes

throttle-device = { $count ->
    [one] { $count } uğursuz cəhd səbəbindən doğrulama müvəqqəti dayandırılıb, bir azdan yenidən cəhd edin.
   *[other] { $count } uğursuz cəhd səbəbindən doğrulama müvəqqəti dayandırılıb, bir azdan yenidən cəhd edin.
}
throttle-network = { $seconds ->
    [one] Şəbəkənizdən həddən artıq uğursuz cəhd olub. { $seconds } saniyədən sonra yenidən cəhd edin.
   *[other] Şəbəkənizdən həddən artıq uğursuz cəhd olub. { $seconds } saniyədən sonra yenidən cəhd edin.
}
throttle-account = { $seconds ->
    [one] Həddən artıq uğursuz cəhd. { $seconds } saniyədən sonra yenidən cəhd edin.
   *[other] Həddən artıq uğursuz cəhd. { $seconds } saniyədən sonra yenidən cəhd edin.
}
throttle-reauth-logged-out = Həddən artıq uğursuz şifrə təsdiqindən sonra hesabdan çıxarıldınız. Yenidən daxil olun.
delivery-cooldown = { $seconds ->
    [one] Bir az əvvəl kod göndərildi. Ondan istifadə edin və ya { $seconds } saniyədən sonra yenisini istəyin.
   *[other] Bir az əvvəl kod göndərildi. Ondan istifadə edin və ya { $seconds } saniyədən sonra yenisini istəyin.
}
delivery-limited-destination = { $minutes ->
    [one] Son vaxtlar bu nömrəyə və ya ünvana həddən artıq kod göndərilib. { $minutes } dəqiqədən sonra yenidən cəhd edin və ya başqa üsuldan istifadə edin.
   *[other] Son vaxtlar bu nömrəyə və ya ünvana həddən artıq kod göndərilib. { $minutes } dəqiqədən sonra yenidən cəhd edin və ya başqa üsuldan istifadə edin.
}
delivery-limited-user = { $minutes ->
    [one] Son vaxtlar hesabınız üçün həddən artıq kod göndərilib. { $minutes } dəqiqədən sonra yenidən cəhd edin və ya başqa üsuldan istifadə edin.
   *[other] Son vaxtlar hesabınız üçün həddən artıq kod göndərilib. { $minutes } dəqiqədən sonra yenidən cəhd edin və ya başqa üsuldan istifadə edin.
}
delivery-failed = Hazırda sizə kod göndərə bilmirik. Sonra yenidən cəhd edin və ya başqa üsuldan istifadə edin.

## Error pages (400, 403, 404, 500, 503)

error-title-400 = Yanlış sorğu
error-title-403 = Qadağandır
error-title-404 = Tapılmadı
error-title-500 = Daxili server xətası
error-title-503 = Xidmət əlçatan deyil
error-unavailable = Xidmət müvəqqəti əlçatan deyil. Heç nə dəyişmədi; bir azdan yenidən cəhd edin.
error-unavailable-not-saved = Xidmət müvəqqəti əlçatan deyil. Sorğunuz yerinə yetirilmiş ola bilər, amma sessiyanız saxlanıla bilmədi. Yenidən daxil olun.
error-internal = Bizim tərəfimizdə nəsə səhv getdi.
error-csrf = CSRF yoxlaması alınmadı. Sorğu dayandırıldı. Səhifəni yeniləyin və formanı yenidən göndərin.
error-not-found = Tapılmadı.
error-management-form = ManagementForm məlumatları yoxdur və ya dəyişdirilib.
error-token-too-long = Kod sahəsi çox uzundur.

## Security keys and passkeys (WebAuthn): login, setup, re-authentication, profile

method-webauthn = Təhlükəsizlik açarı və ya giriş açarı
token-webauthn = Təhlükəsizlik açarınızdan və ya giriş açarınızdan istifadə edin: aşağıdakı düyməni basın, sonra açara toxunun və ya cihazda təsdiqləyin.
reauth-intro-webauthn = Bu əməliyyat hesabınızın necə qorunduğunu dəyişir. Davam etmək üçün şifrənizi daxil edin və təhlükəsizlik açarı ilə təsdiqləyin.
reauth-confirm-webauthn = Təhlükəsizlik açarı ilə təsdiqlə
setup-webauthn-intro = Girişlərinizi təhlükəsizlik açarı (USB, NFC və ya Bluetooth) və ya cihazın ekran kilidi ilə təsdiqləyin. İstəsəniz ona ad verin, düyməni basın və brauzerin göstərişlərinə əməl edin.
webauthn-needs-js = Təhlükəsizlik açarları üçün JavaScript lazımdır.
webauthn-needs-js-setup = Onu bu sayt üçün aktivləşdirin və ya geri qayıdıb başqa üsul seçin.
webauthn-needs-js-reauth = Davam etmək üçün onu bu sayt üçün aktivləşdirin.
webauthn-needs-js-other = Onu bu sayt üçün aktivləşdirin və ya başqa üsuldan istifadə edin.
webauthn-needs-js-login = { $alternatives ->
    [token] Onu bu sayt üçün aktivləşdirin və ya kod daxil edin.
    [backup] Onu bu sayt üçün aktivləşdirin və ya ehtiyat koddan istifadə edin.
    [both] Onu bu sayt üçün aktivləşdirin, kod daxil edin və ya ehtiyat koddan istifadə edin.
   *[none] Onu bu sayt üçün aktivləşdirin.
}
webauthn-use-key = Təhlükəsizlik açarından istifadə et
webauthn-passkey-needs-js = Giriş açarı ilə daxil olmaq üçün JavaScript lazımdır; istifadəçi adı və şifrədən istifadə edin.
webauthn-passkey-login = Giriş açarı ilə daxil olun
webauthn-register = Təhlükəsizlik açarını qeydiyyatdan keçir
webauthn-profile-title = Təhlükəsizlik açarları və giriş açarları
webauthn-col-kind = Növ
webauthn-col-added = Əlavə edilib
webauthn-col-last-used = Son istifadə
webauthn-col-actions = Əməliyyatlar
webauthn-kind-passkey = Giriş açarı
webauthn-kind-security-key = Təhlükəsizlik açarı
webauthn-primary = (əsas)
webauthn-never = heç vaxt
webauthn-remove = Sil
webauthn-remove-label = { $label } sil
webauthn-no-keys = Hələ təhlükəsizlik açarı yoxdur. Təhlükəsizlik açarı və ya giriş açarı girişlərinizi bir toxunuşla təsdiqləyir.
webauthn-add-title = Təhlükəsizlik açarı əlavə edin
webauthn-add-intro = Təhlükəsizlik açarı (USB, NFC və ya Bluetooth) və ya cihazınızın ekran kilidi girişlərinizi təsdiqləyə bilər. Giriş açarı sizi şifrəsiz də daxil edir: cihazınızın PIN-kodunu, barmaq izini və ya üzünü tələb edir.
webauthn-add-needs-js = Təhlükəsizlik açarı əlavə etmək üçün JavaScript lazımdır.
webauthn-label-field = Ad
webauthn-label-placeholder = məsələn, açarlıqdakı YubiKey
webauthn-label-apart = Sonradan açarlarınızı ayırd edə bilmək üçün.
webauthn-label-help = İstəyə bağlı, məsələn, “açarlıqdakı YubiKey”.
webauthn-add-passkey = Giriş açarı əlavə et
webauthn-add-key = Təhlükəsizlik açarı əlavə et
device-webauthn-key = Təhlükəsizlik açarı “{ $label }”
device-labelled = { $what } “{ $label }”
webauthn-synced = sinxronlaşdırılıb
webauthn-syncable = hələ sinxronlaşdırılmayıb
webauthn-device-bound = cihaza bağlı
webauthn-details = { $provider }, { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = Yeganə təhlükəsizlik açarınız bir cihaza bağlıdır: onu itirsəniz, hesabınıza çıxışı itirəcəksiniz. İkinci açar və ya giriş açarı əlavə edin.
device-webauthn-passkey = Giriş açarı “{ $label }”

## Security keys and passkeys: messages from the server

webauthn-press-button = Düyməni basın və brauzerin göstərişlərinə əməl edin.
webauthn-use-key-hint = Təhlükəsizlik açarınızdan istifadə edin: düyməni basın və brauzerin göstərişlərinə əməl edin.
webauthn-no-ceremony = Təhlükəsizlik açarı sorğusunun vaxtı bitib və ya artıq istifadə olunub. Yenidən cəhd edin.
webauthn-log-in-first = Əvvəlcə daxil olun.
webauthn-verify-first = Əvvəlcə girişinizi ikinci mərhələ ilə təsdiqləyin.
webauthn-reauth-first = Şifrənizi yenidən təsdiqləyin (səhifəni yeniləyin).
webauthn-login-timed-out = Girişin vaxtı bitdi. Yenidən daxil olun.
webauthn-label-control = Adda idarəetmə simvolları ola bilməz.
webauthn-label-too-long = Ad ən çox { $max } simvoldan ibarət ola bilər.
webauthn-error-malformed = Brauzerin cavabı oxuna bilmədi ({ $part }). Yenidən cəhd edin.
webauthn-error-key-cbor = Təhlükəsizlik açarının açıq açarı oxuna bilmədi.
webauthn-error-key-unsupported = Təhlükəsizlik açarı bu saytın dəstəkləmədiyi alqoritmdən istifadə edir.
webauthn-error-key-malformed = Təhlükəsizlik açarının açıq açarı səhvdir.
webauthn-error-challenge-mismatch = Bu cavab başqa sorğuya aiddir. Yenidən cəhd edin.
webauthn-error-expired = Sorğunun vaxtı bitdi. Yenidən cəhd edin.
webauthn-error-wrong-origin = Cavab başqa saytdan gəldi ({ $origin }).
webauthn-error-wrong-rp-id = Təhlükəsizlik açarı başqa sayt üçün cavab verdi.
webauthn-error-user-not-present = Təhlükəsizlik açarına toxunulmadı.
webauthn-error-user-not-verified = Təhlükəsizlik açarı sizi təsdiqləmədi (PIN və ya biometrika). Yenidən cəhd edin.
webauthn-error-bad-signature = Təhlükəsizlik açarının imzası etibarlı deyil.
webauthn-error-unknown-credential = Bu təhlükəsizlik açarı bu hesab üçün qeydiyyatdan keçməyib.
webauthn-error-not-passkey = Bu açar bu saytın giriş açarı deyil. Şifrə ilə daxil olun.
webauthn-error-passkey-login-disabled = Bu saytda giriş açarı ilə daxil olmaq söndürülüb.
webauthn-error-counter-regression = Bu təhlükəsizlik açarının imza sayğacı geri qayıdıb; açar kopyalandıqda belə olur. O, rədd edildi; saytın administratorları ilə əlaqə saxlayın.
webauthn-error-replayed = Bu cavab artıq istifadə olunub. Yenidən cəhd edin.
webauthn-error-already-registered = Bu təhlükəsizlik açarı artıq qeydiyyatdan keçib.
webauthn-error-unsupported-attestation = Bu autentifikatorun attestasiyası ({ $format }) dəstəklənmir; sayt “none” və “packed” qəbul edir.
webauthn-error-not-discoverable = Bu autentifikator giriş açarı saxlaya bilmir. Əvəzində onu təhlükəsizlik açarı kimi əlavə edin.
webauthn-error-wrong-ceremony = Bu cavab başqa addıma aiddir. Yenidən başlayın.
webauthn-error-model-not-accepted = Bu növ autentifikator ({ $model }) bu saytda qəbul edilmir.
webauthn-error-attestation-required = Bu sayt yalnız modelini sübut edən (attestasiya) təhlükəsizlik açarlarını qəbul edir.
webauthn-error-attestation-untrusted = Təhlükəsizlik açarının attestasiyası təsdiqlənə bilmədi.
webauthn-error-not-in-metadata = Bu növ autentifikator ({ $model }) saytın məlum modellər siyahısında yoxdur.
webauthn-error-revoked = İstehsalçı bu növ autentifikatorun ({ $model }) ləğv edildiyini və ya təhlükəyə məruz qaldığını bildirib.
webauthn-origin-not-secure = Təhlükəsizlik və giriş açarları təhlükəsiz bağlantı tələb edir: saytı HTTPS ilə açın (və ya inkişaf zamanı http://localhost ünvanında).
webauthn-origin-ip-address = Təhlükəsizlik və giriş açarları IP ünvanı yox, domen adı tələb edir: saytı { $address } əvəzinə { $suggestion } ünvanında açın.
webauthn-origin-bad-host = Bu səhifənin host adı təhlükəsizlik və giriş açarları üçün istifadə oluna bilməz.
webauthn-origin-outside-rp-id = Bu səhifənin ünvanı saytın təhlükəsizlik açarları üçün domeninin ({ $rp_id }) hissəsi deyil.
webauthn-origin-not-allowed = Bu səhifənin ünvanı saytın təhlükəsizlik açarları üçün ünvanları arasında deyil.

## Security keys and passkeys: messages of the browser script (webauthn.js)

webauthn-js-unsupported = Bu brauzer təhlükəsizlik və giriş açarlarını dəstəkləmir. Başqa üsuldan və ya yeni brauzerdən istifadə edin.
webauthn-js-insecure = Təhlükəsizlik və giriş açarları təhlükəsiz ünvan tələb edir (HTTPS və ya inkişaf zamanı http://localhost).
webauthn-js-cancelled = Sorğu ləğv edildi və ya vaxtı bitdi. Açar və ya cihaz hazır olanda yenidən cəhd edin.
webauthn-js-aborted = Sorğu ləğv edildi.
webauthn-js-exists = Bu təhlükəsizlik açarı artıq hesabınızda qeydiyyatdadır.
webauthn-js-security = Bu ünvan təhlükəsizlik açarlarından istifadə edə bilməz (WebAuthn HTTPS və ya localhost, həmçinin IP ünvanı əvəzinə domen adı tələb edir).
webauthn-js-network = Serverə qoşulmaq mümkün olmadı. Bağlantınızı yoxlayın və yenidən cəhd edin.
webauthn-js-failed = Təhlükəsizlik açarı ilə nəsə səhv getdi. Yenidən cəhd edin.
webauthn-js-working = Brauzerin göstərişlərinə əməl edin: təhlükəsizlik açarına toxunun və ya cihazda təsdiqləyin.
api-webauthn-off = Bu saytda təhlükəsizlik açarları aktiv deyil.
api-passkey-off = Bu saytda giriş açarı ilə daxil olmaq aktiv deyil.

## The JSON API's problem details (`detail`)
api-verification-required = Bunun üçün ikinci mərhələ ilə təsdiqlənmiş sessiya lazımdır.
api-no-removable-device = Belə ehtiyat telefon, autentifikasiya tətbiqi (başqa cihaz qaldıqca) və ya əlavə təhlükəsizlik açarı yoxdur.
api-no-such-device = Belə cihaz yoxdur.
api-already-enabled = İki mərhələli doğrulama artıq aktivdir (yenidən başlamaq üçün əvvəlcə onu deaktiv edin).
api-no-totp-setup = Davam edən quraşdırma yoxdur: əvvəlcə totp_setup çağırın.
api-no-phone-methods = Bu sayt SMS göndərmir və zəng etmir.
api-method-choice = method bunlardan biri olmalıdır: { $methods }.
api-code-not-sent = Kod göndərilə bilmədi.
api-no-phone-setup = Heç bir telefon kod gözləmir: əvvəlcə phone_add çağırın.
api-answer-failed = Cavab qurula bilmədi.
api-credentials-required = username və password mütləqdir.
api-no-pending-login = Heç bir giriş kod gözləmir (vaxtı bitib və ya başa çatıb). Yenidən daxil olun.
api-no-challenge-device = Belə telefon və ya e-poçt cihazı yoxdur.
api-password-required = password mütləqdir.
api-cookie-with-app = Tətbiq sorğusu (X-Session-Token və ya X-Client: app) sessiya kukisini göndərməməlidir.
api-two-factor-required = Bu hesab üçün iki mərhələli doğrulama mütləqdir.
api-session-expired = Sessiya tokeni naməlumdur və ya vaxtı bitib. Yenidən daxil olun.
api-middleware-missing = Tətbiq sessiyaları two_factor aralıq proqramını tələb edir (TwoFactorMiddleware və ya OtpMiddleware).
api-csrf-header = CSRF yoxlaması alınmadı: `session` cavabındakı tokeni X-CSRFToken başlığında göndərin.
api-log-in = Daxil olun.
api-reauthenticate = Əvvəlcə şifrənizi təsdiqləyin (reauthenticate).
api-body-too-large = Gövdə API-nin qəbul etdiyindən böyükdür (16 KiB).
api-body-unreadable = Gövdə oxuna bilmədi.
api-token-too-long = Kod çox uzundur.
api-method-not-allowed = Bu yol bu metodu qəbul etmir.
api-no-operation = API-nin bu yolda əməliyyatı yoxdur.
api-csrf = CSRF yoxlaması alınmadı.
api-not-found = Tapılmadı.
api-overloaded = Eyni anda həddən artıq giriş. Bir azdan yenidən cəhd edin.
api-unavailable = Xidmət müvəqqəti əlçatan deyil. Sonra yenidən cəhd edin.
api-body-mismatch = JSON gövdəsi uyğun gəlmir: { $error }.
api-body-not-object = Gövdə JSON obyekti olmalıdır.

# Bir neçə autentifikasiya tətbiqi, adlandırılmış cihazlar
profile-apps = Autentifikasiya tətbiqləri
profile-apps-intro = Bu tətbiqlərdən istənilən birinin kodu ilə daxil ola bilərsiniz. Onları ayırd etmək üçün hər birinə ad verin.
profile-app-main = (əsas)
app-create-title = Autentifikasiya tətbiqi əlavə edin
app-create-intro = QR kodu yeni tətbiqlə skan edin, ona ad verin və göstərdiyi kodu daxil edin.
app-create-submit = Tətbiq əlavə et
app-name-placeholder = məsələn, Planşet
app-setup-restarted = Həmin quraşdırmanın vaxtı bitmişdi. Bu yeni QR kodu skan edin və ondan kod daxil edin.
device-name-field = Ad
device-rename = Adını dəyiş
device-rename-label = { $what } üçün yeni ad

# Harada daxil olmusunuz
session-agent = { $system } üzərində { $browser }
session-agent-unknown-browser = { $system } üzərində naməlum brauzer
session-agent-unknown = Naməlum brauzer
sessions-title = Harada daxil olmusunuz
sessions-intro = Bu brauzerlər və tətbiqlər hesabınıza daxil olub. Çıxardığınız sessiya növbəti sorğusunda bitir.
sessions-col-browser = Brauzer
sessions-col-address = Şəbəkə
sessions-col-began = Giriş
sessions-col-last-seen = Son fəaliyyət
sessions-app = tətbiq
sessions-current = Bu sessiya
sessions-revoke = Çıxar
sessions-revoke-others = Başqa hər yerdən çıxın
sessions-not-me-title = Sessiyanı tanımırsınız?
sessions-not-me = Onu çıxarın (və ya başqa hər yerdən çıxın), sonra şifrənizi dəyişin və iki mərhələli doğrulama cihazlarınızı yoxlayın.
sessions-back = Hesab təhlükəsizliyinə qayıt
profile-sessions-intro = Hesabınıza daxil olmuş brauzerlərə və tətbiqlərə baxın və onları çıxarın.
profile-sessions-link = Sessiyalarınız
api-no-such-session = Belə sessiya yoxdur.

# Etibarlı brauzerlər
trusted-title = Etibarlı brauzerlər
trusted-intro = Bu brauzerlər üçün "bir daha soruşma" seçilib: göstərilən tarixə qədər girişdə kodu ötürürlər. Birindən etibarı geri alsanız, növbəti girişdə kod istəyəcək.
trusted-col-granted = Etibarlıdır
trusted-col-expires = Bitmə tarixi
trusted-revoke = Etibarı geri al
trusted-revoke-all = Bütün brauzerlərdən etibarı geri al
trusted-none = Heç bir brauzer girişdə kodu ötürmür.
api-no-such-grant = Belə etibarlı brauzer yoxdur.

# Təhlükəsizlik xəbərdarlıqları (e-poçtlar)
alert-new-browser-subject = { $site } saytına yeni giriş
alert-new-browser = Kimsə { $site } saytındakı { $username } hesabınıza bu hesabla əvvəllər istifadə olunmamış brauzerdən daxil oldu.
alert-device-added-subject = { $site } saytında iki mərhələli doğrulama cihazı əlavə edildi
alert-device-added = { $device } { $site } saytındakı { $username } hesabınızın iki mərhələli doğrulama cihazlarına əlavə edildi.
alert-device-removed-subject = { $site } saytında iki mərhələli doğrulama cihazı silindi
alert-device-removed = { $site } saytındakı { $username } hesabınızın iki mərhələli doğrulama cihazlarından biri silindi.
alert-backup-tokens-subject = { $site } saytında yeni ehtiyat kodlar
alert-backup-tokens = { $site } saytındakı { $username } hesabınız üçün yeni ehtiyat kodlar yaradıldı; köhnələri artıq işləmir.
alert-disabled-subject = { $site } saytında iki mərhələli doğrulama söndürüldü
alert-disabled = { $site } saytındakı { $username } hesabınız üçün iki mərhələli doğrulama söndürüldü.
alert-locked-subject = { $site } saytında yanlış kodlar
alert-locked = { $site } saytındakı { $device } cihazınız yanlış kodlardan sonra bir müddət kodları qəbul etmir. Ardıcıl yanlış kodlar: { $count }.
alert-when = Nə vaxt: { $when }
alert-browser = Brauzer: { $browser }
alert-network = Şəbəkə: { $network }
alert-not-me-link = Bu siz deyildinizsə, buradan hər yerdən çıxın və sonra şifrənizi dəyişin: { $url }
alert-not-me-page = Bu siz deyildinizsə, hesab təhlükəsizliyindəki "Harada daxil olmusunuz" səhifəsində ({ $path }) hər yerdən çıxın və sonra şifrənizi dəyişin.
alert-unknown = naməlum

# İdarəetmə: sessiyalar və etibarlı brauzerlər
admin-sessions = Sessiyalar
admin-no-sessions = Aktiv sessiya yoxdur.
admin-end-session = Bitir
admin-end-all-sessions = Bütün sessiyaları bitir
admin-notice-sessions-ended = Bitirilmiş sessiyalar: { $count }.
admin-notice-untrusted = Etibarı geri alınmış brauzerlər: { $count }.
