# actix-two-factor: Türkçe iletiler.
# Hitap: "siz" (Girin, Deneyin), büyük platformlardaki gibi. Terimler: kod, yedek kod,
# kimlik doğrulama uygulaması, iki faktörlü kimlik doğrulama, güvenlik anahtarı, geçiş anahtarı.

## The page frame (_base.html) and the language switcher

language-name = Türkçe

base-account-security = Hesap güvenliği
base-log-out = Çıkış yap
base-log-in = Giriş yap
base-language = Dil
base-language-submit = Değiştir

## Shared words

wizard-cancel = İptal
wizard-back = Geri
wizard-next = İleri
permission-denied = İzin verilmedi
enable-two-factor = İki faktörlü kimlik doğrulamayı etkinleştir
disable-two-factor = İki faktörlü kimlik doğrulamayı devre dışı bırak
two-factor-not-enabled = Hesabınızda iki faktörlü kimlik doğrulama etkin değil. Hesabınızı daha iyi korumak için etkinleştirin.
back-to-account-security = Hesap güvenliğine dön
add-phone-number = Telefon numarası ekle
backup-tokens-title = Yedek kodlar
token-generator = Lütfen kimlik doğrulama uygulamanızın oluşturduğu kodu girin.
token-call = Şu anda sizi arıyoruz, lütfen duyduğunuz rakamları girin.
token-sms = Size bir SMS gönderdik, lütfen gönderdiğimiz kodu girin.
token-email = Size bir e-posta gönderdik, lütfen gönderdiğimiz kodu girin.

## Login (core/login.html)

login-title = Giriş
login-credentials = Giriş bilgilerinizi girin.
login-backup-intro = Yedek kodla giriş yapmak için bu formu kullanın. Bu kodlar, yazdırıp güvenli bir yerde saklamanız için oluşturuldu. Hesabınıza giriş yapmak için yedek kodlardan birini girin.
login-submit = Giriş yap
login-other-methods = Ya da diğer kimlik doğrulama yöntemlerinizden birini kullanın:
login-backup-last-resort = Son çare olarak bir yedek kod kullanabilirsiniz:
login-use-backup-token = Yedek kod kullan

## Setup (core/setup.html, core/setup_complete.html)

setup-welcome = Hesap güvenliğinizi bir üst düzeye taşımak üzeresiniz. İki faktörlü kimlik doğrulamayı etkinleştirmek için bu sihirbazdaki adımları izleyin.
setup-method = Lütfen kullanmak istediğiniz kimlik doğrulama yöntemini seçin.
setup-generator-intro = Bir kimlik doğrulama uygulaması kullanmaya başlamak için akıllı telefonunuzla aşağıdaki QR kodunu tarayın; örneğin Google Authenticator, Aegis veya FreeOTP ile.
setup-qr-alt = QR kodu
setup-manual-key = Kodu tarayamıyor musunuz? Bunun yerine bu anahtarı uygulamanıza girin:
setup-on-this-phone = Bu telefonda mısınız?
setup-open-in-app = Kimlik doğrulama uygulamanızda açın
setup-app-should-show = Uygulama “{ $issuer }” yayıncısını ve { $digits } haneli kodları göstermelidir.
setup-enter-token = Ardından uygulamanın oluşturduğu kodu girin.
setup-sms-intro = Lütfen SMS almak istediğiniz telefon numarasını girin. Bu numara bir sonraki adımda doğrulanacak.
setup-call-intro = Lütfen aranmak istediğiniz telefon numarasını girin. Bu numara bir sonraki adımda doğrulanacak.
setup-email-intro = Lütfen kodları almak istediğiniz e-posta adresini girin. Bu adres bir sonraki adımda doğrulanacak.
complete-congratulations = Tebrikler, iki faktörlü kimlik doğrulamayı başarıyla etkinleştirdiniz.
complete-add-phone-hint = Yine de birincil cihazınıza erişemediğiniz bir durum olabilir. Hesabınızı kurtarabilmek için bir telefon numarası ekleyin.

## Two-factor required (core/otp_required.html)

otp-required-enforced = İstediğiniz sayfa, güvenlik nedeniyle kullanıcıların iki faktörlü kimlik doğrulamayla doğrulanmasını zorunlu tutuyor. Bu sayfaya erişmek için bu güvenlik özelliklerini etkinleştirmeniz gerekir.
otp-required-go-back = Geri dön

## Backup phones (core/phone_register.html)

phone-title = Yedek telefon ekle
phone-setup-intro = Hesabınıza bir yedek telefon numarası ekleyeceksiniz. Bu numara, birincil yönteminiz kullanılamadığında kullanılacak.
phone-validation-intro = Telefon numaranıza bir kod gönderdik. Lütfen aldığınız kodu girin.

## Re-authentication (core/reauth.html)

reauth-title = Siz olduğunuzu doğrulayın
reauth-intro = Bu işlem hesabınızın nasıl korunduğunu değiştirir. Devam etmek için lütfen parolanızı girin.
reauth-intro-token = Bu işlem hesabınızın nasıl korunduğunu değiştirir. Devam etmek için lütfen parolanızı ve bir kodu ({ $device }) girin.
reauth-confirm = Onayla

## Backup tokens (core/backup_tokens.html)

backup-tokens-intro = Yedek kodlar, birincil yönteminiz ve yedek telefon numaralarınız kullanılamadığında işe yarar. Aşağıdaki yedek kodlar giriş doğrulaması için kullanılabilir. Tüm yedek kodlarınızı kullandıysanız yeni bir set oluşturabilirsiniz. Yalnızca aşağıda gösterilen yedek kodlar geçerlidir.
backup-tokens-print = Bu kodları yazdırın ve güvenli bir yerde saklayın. Yalnızca şimdi gösteriliyorlar.
backup-tokens-unused = { $count ->
    [one] Kullanılmamış { $count } yedek kodunuz var. Güvenliğiniz için tekrar gösterilemez; kaybettiyseniz yenilerini oluşturun.
   *[other] Kullanılmamış { $count } yedek kodunuz var. Güvenliğiniz için tekrar gösterilemezler; kaybettiyseniz yenilerini oluşturun.
}
backup-tokens-none = Henüz yedek kodunuz yok.
backup-tokens-generate = Kod oluştur

## Account security (profile/profile.html, profile/disable.html)

profile-title = Hesap güvenliği
profile-generator = Kodlar kimlik doğrulama uygulamanız tarafından oluşturulacak.
profile-primary-method = Birincil yöntem: { $method }.
profile-backup-phones = Yedek telefon numaraları
profile-backup-phones-intro = Birincil yönteminiz kullanılamazsa aşağıda listelenen telefon numaralarına yedek kodlar gönderebiliriz.
profile-unregister = Kaldır
profile-backup-tokens-intro = Yanınızda hiçbir cihaz yoksa hesabınıza yedek kodlarla erişebilirsiniz.
profile-backup-tokens-remaining = { $count ->
    [one] { $count } yedek kodunuz kaldı.
   *[other] { $count } yedek kodunuz kaldı.
}
profile-no-backup-tokens = Hiç yedek kodunuz kalmadı.
profile-no-backup-tokens-advice = Cihazınızı kaybederseniz giriş yapamazsınız: yeni kodlar oluşturun ve güvenli bir yerde saklayın.
profile-few-backup-tokens = { $count ->
    [one] Yalnızca { $count } yedek kod kaldı.
   *[other] Yalnızca { $count } yedek kod kaldı.
}
profile-few-backup-tokens-advice = Kodlarınız bitmeden yenilerini oluşturun.
profile-show-codes = Kodları göster
profile-disable-intro = Kesinlikle önermesek de hesabınız için iki faktörlü kimlik doğrulamayı devre dışı bırakabilirsiniz.
disable-title = İki faktörlü kimlik doğrulamayı devre dışı bırak
disable-intro = İki faktörlü kimlik doğrulamayı devre dışı bırakmak üzeresiniz. Bu, hesap güvenliğinizi zayıflatır. Emin misiniz?
disable-submit = Devre dışı bırak

## Mail with a code (email/token.txt, email/token.html)

email-subject = Doğrulama kodu
email-hello = Merhaba { $username },
email-code-intro = { $site } için doğrulama kodunuz:
email-validity = { $minutes ->
    [one] { $minutes } dakika geçerlidir ve bir kez kullanılabilir. Giriş yapmayı denemediyseniz bu e-postayı yok sayabilirsiniz; biri parolanızı biliyor olabilir, bu yüzden parolanızı değiştirmeyi düşünün.
   *[other] { $minutes } dakika geçerlidir ve bir kez kullanılabilir. Giriş yapmayı denemediyseniz bu e-postayı yok sayabilirsiniz; biri parolanızı biliyor olabilir, bu yüzden parolanızı değiştirmeyi düşünün.
}

## Text messages and calls (twilio/sms_message.txt, twilio/token.xml)

sms-token = Doğrulama kodunuz: { $token }
voice-token = Kodunuz { $token }.
voice-token-again = Tekrar ediyorum, kodunuz { $token }.

## The backup-used alert (signals::backup_used_alert)

alert-subject = Yedek kod kullanıldı
alert-body = Merhaba { $username },

    { $site } sitesinde bir yedek cihazla kimliğinizi doğruladınız. Bu siz değilseniz hesabınız ele geçirilmiş olabilir. Parolanızı hemen değiştirmeniz, yedek telefon numaralarınızı kontrol etmeniz ve yeni yedek kodlar oluşturmanız gerekir.

## The admin (admin/*.html)

admin-title = İki faktörlü kimlik doğrulama yönetimi
admin-forbidden = { $username } olarak giriş yaptınız, ancak bu sayfaya erişim yetkiniz yok. Başka bir hesapla giriş yapmak ister misiniz?
admin-forbidden-login = Başka bir hesapla giriş yap
admin-users = Kullanıcılar
admin-find-label = Kullanıcı adına göre kullanıcı bul
admin-find = Bul
admin-no-user-named = “{ $username }” adlı kullanıcı yok.
admin-cannot-list = Bu sitenin kullanıcı deposu kullanıcıları listeleyemiyor. Bunun yerine kullanıcıyı kullanıcı adıyla arayın.
admin-col-username = Kullanıcı adı
admin-col-email = E-posta
admin-col-two-factor = İki faktör
admin-col-staff = Personel
admin-col-active = Etkin
admin-superuser-note = (süper kullanıcı)
admin-enabled = etkin
admin-disabled = devre dışı
admin-yes = evet
admin-no = hayır
admin-showing = { $total ->
    [one] { $total } kullanıcıdan { $shown } tanesi gösteriliyor; diğerlerini kullanıcı adıyla bulun.
   *[other] { $total } kullanıcıdan { $shown } tanesi gösteriliyor; diğerlerini kullanıcı adıyla bulun.
}
admin-no-users = Henüz kullanıcı yok.
admin-role-superuser = süper kullanıcı
admin-role-staff = personel
admin-role-not-staff = personel değil
admin-state-active = etkin
admin-state-inactive = etkin değil
admin-user-two-factor = iki faktörlü kimlik doğrulama
admin-devices = Cihazlar
admin-col-device = Cihaz
admin-col-name = Ad
admin-col-id = Kimlik
admin-col-failures = Başarısız denemeler
admin-col-actions = İşlemler
admin-verified-your-session = (oturumunuzu doğruladı)
admin-reset-failures = Başarısız denemeleri sıfırla
admin-remove = Kaldır
admin-no-devices = Cihaz yok.
admin-backup-tokens = Yedek kodlar
admin-backup-tokens-remaining = { $count ->
    [one] { $count } yedek kod kaldı.
   *[other] { $count } yedek kod kaldı.
}
admin-remove-backup-tokens = Yedek kodları kaldır
admin-failed-attempts = { $count ->
    [one] { $count } başarısız deneme
   *[other] { $count } başarısız deneme
}
admin-reset-backup-failures = Yedek kodlardaki başarısız denemeleri sıfırla
admin-backup-phones = Yedek telefonlar
admin-no-backup-phones = Yedek telefon yok.
admin-audit-reauth = { $minutes ->
    [one] Bu sayfadaki her değişiklik, son onayınızın üzerinden { $minutes } dakikadan fazla geçtiyse parolanızı (ve bir kodu) onaylamanızı ister; her değişiklik denetim kaydına yazılır.
   *[other] Bu sayfadaki her değişiklik, son onayınızın üzerinden { $minutes } dakikadan fazla geçtiyse parolanızı (ve bir kodu) onaylamanızı ister; her değişiklik denetim kaydına yazılır.
}
admin-audit = Bu sayfadaki her değişiklik denetim kaydına yazılır.
admin-reset-two-factor = İki faktörlü kimlik doğrulamayı sıfırla
admin-reset-intro = Cihazlarını kaybeden bir kullanıcı için: tüm cihazları ve yedek kodları kaldırır; kullanıcı yalnızca parolasıyla giriş yapar ve iki faktörlü kimlik doğrulamayı yeniden kurar.
admin-notice-removed = { $device } ({ $id }) kaldırıldı.
admin-notice-failures-reset = { $device } ({ $id }) için başarısız denemeler sıfırlandı.
admin-notice-reset = { $username } için iki faktörlü kimlik doğrulama sıfırlandı.

## Form fields and their messages (forms, views)

field-username = Kullanıcı adı
field-password = Parola
field-token = Kod
field-method = Yöntem
field-phone-number = Telefon numarası
field-phone-help = Ülke koduyla birlikte, + veya 00 ile başlayarak.
field-email = E-posta adresi
field-understand = Evet, eminim
method-generator = Kimlik doğrulama uygulaması
method-sms = SMS
method-call = Telefon araması
method-email = E-posta
form-required = Bu alan zorunludur.
form-invalid-token = Geçersiz kod. Lütfen doğru girdiğinizden emin olun.
form-invalid-setup-token = Girilen kod geçerli değil.
form-invalid-login = Lütfen doğru bir kullanıcı adı ve parola girin. İki alanın da büyük/küçük harfe duyarlı olabileceğini unutmayın.
form-timed-out = Oturumunuzun süresi doldu. Lütfen yeniden giriş yapın.
form-wrong-password = Parolanız yanlış girildi. Lütfen yeniden girin.
form-invalid-email = Geçerli bir e-posta adresi girin.
form-invalid-phone = Lütfen ülke koduyla birlikte, + veya 00 ile başlayan geçerli bir telefon numarası girin.

## Devices as the pages name them

device-generator = Kimlik doğrulama uygulaması
device-backup-tokens = Yedek kodlar
device-sms = { $target } numarasına SMS
device-call = { $target } numarasına arama
device-email = { $target } adresine e-posta

## Throttling, time-outs and sending codes

throttle-device = { $count ->
    [one] { $count } başarısız deneme nedeniyle doğrulama geçici olarak devre dışı, lütfen birazdan yeniden deneyin.
   *[other] { $count } başarısız deneme nedeniyle doğrulama geçici olarak devre dışı, lütfen birazdan yeniden deneyin.
}
throttle-network = { $seconds ->
    [one] Ağınızdan çok fazla başarısız deneme yapıldı. { $seconds } saniye sonra yeniden deneyin.
   *[other] Ağınızdan çok fazla başarısız deneme yapıldı. { $seconds } saniye sonra yeniden deneyin.
}
throttle-account = { $seconds ->
    [one] Çok fazla başarısız deneme. { $seconds } saniye sonra yeniden deneyin.
   *[other] Çok fazla başarısız deneme. { $seconds } saniye sonra yeniden deneyin.
}
throttle-reauth-logged-out = Çok fazla başarısız parola onayından sonra oturumunuz kapatıldı. Lütfen yeniden giriş yapın.
delivery-cooldown = { $seconds ->
    [one] Az önce bir kod gönderildi. Lütfen onu kullanın ya da { $seconds } saniye sonra yenisini isteyin.
   *[other] Az önce bir kod gönderildi. Lütfen onu kullanın ya da { $seconds } saniye sonra yenisini isteyin.
}
delivery-limited-destination = { $minutes ->
    [one] Bu numaraya veya adrese son zamanlarda çok fazla kod gönderildi. Lütfen { $minutes } dakika sonra yeniden deneyin ya da başka bir yöntem kullanın.
   *[other] Bu numaraya veya adrese son zamanlarda çok fazla kod gönderildi. Lütfen { $minutes } dakika sonra yeniden deneyin ya da başka bir yöntem kullanın.
}
delivery-limited-user = { $minutes ->
    [one] Hesabınız için son zamanlarda çok fazla kod gönderildi. Lütfen { $minutes } dakika sonra yeniden deneyin ya da başka bir yöntem kullanın.
   *[other] Hesabınız için son zamanlarda çok fazla kod gönderildi. Lütfen { $minutes } dakika sonra yeniden deneyin ya da başka bir yöntem kullanın.
}
delivery-failed = Şu anda size kod gönderemiyoruz. Lütfen daha sonra yeniden deneyin ya da başka bir yöntem kullanın.

## Error pages (400, 403, 404, 500, 503)

error-title-400 = Hatalı istek
error-title-403 = Yasak
error-title-404 = Bulunamadı
error-title-500 = Sunucu hatası
error-title-503 = Hizmet kullanılamıyor
error-unavailable = Hizmet geçici olarak kullanılamıyor. Hiçbir şey değiştirilmedi; lütfen birazdan yeniden deneyin.
error-unavailable-not-saved = Hizmet geçici olarak kullanılamıyor. İsteğiniz gerçekleştirilmiş olabilir, ancak oturumunuz kaydedilemedi. Lütfen yeniden giriş yapın.
error-internal = Bizim tarafımızda bir sorun oluştu.
error-csrf = CSRF doğrulaması başarısız oldu. İstek iptal edildi. Sayfayı yenileyip formu yeniden gönderin.
error-not-found = Bulunamadı.
error-management-form = ManagementForm verileri eksik ya da değiştirilmiş.
error-token-too-long = Kod alanı çok uzun.

## Security keys and passkeys (WebAuthn): login, setup, re-authentication, profile

method-webauthn = Güvenlik anahtarı veya geçiş anahtarı
token-webauthn = Güvenlik anahtarınızı veya geçiş anahtarınızı kullanın: aşağıdaki düğmeye basın, ardından anahtara dokunun ya da cihazınızda onaylayın.
reauth-intro-webauthn = Bu işlem hesabınızın nasıl korunduğunu değiştirir. Devam etmek için lütfen parolanızı girin ve güvenlik anahtarınızla onaylayın.
reauth-confirm-webauthn = Güvenlik anahtarıyla onayla
setup-webauthn-intro = Girişlerinizi onaylamak için bir güvenlik anahtarı (USB, NFC veya Bluetooth) ya da cihazınızın ekran kilidini kullanın. İsterseniz ona bir ad verin, düğmeye basın ve tarayıcınızın talimatlarını izleyin.
webauthn-needs-js = Güvenlik anahtarları JavaScript gerektirir.
webauthn-needs-js-setup = Bu site için açın ya da geri dönüp başka bir yöntem seçin.
webauthn-needs-js-reauth = Devam etmek için bu site için açın.
webauthn-needs-js-other = Bu site için açın ya da başka bir yöntem kullanın.
webauthn-needs-js-login = { $alternatives ->
    [token] Bu site için açın ya da bir kod girin.
    [backup] Bu site için açın ya da bir yedek kod kullanın.
    [both] Bu site için açın, bir kod girin ya da bir yedek kod kullanın.
   *[none] Bu site için açın.
}
webauthn-use-key = Güvenlik anahtarını kullan
webauthn-passkey-needs-js = Geçiş anahtarıyla giriş JavaScript gerektirir; kullanıcı adınızı ve parolanızı kullanın.
webauthn-passkey-login = Geçiş anahtarıyla giriş yap
webauthn-register = Güvenlik anahtarını kaydet
webauthn-profile-title = Güvenlik anahtarları ve geçiş anahtarları
webauthn-col-kind = Tür
webauthn-col-added = Eklenme
webauthn-col-last-used = Son kullanım
webauthn-col-actions = İşlemler
webauthn-kind-passkey = Geçiş anahtarı
webauthn-kind-security-key = Güvenlik anahtarı
webauthn-primary = (birincil)
webauthn-never = hiç
webauthn-remove = Kaldır
webauthn-remove-label = { $label } öğesini kaldır
webauthn-no-keys = Henüz güvenlik anahtarı yok. Bir güvenlik anahtarı ya da geçiş anahtarı girişlerinizi tek dokunuşla onaylar.
webauthn-add-title = Güvenlik anahtarı ekle
webauthn-add-intro = Bir güvenlik anahtarı (USB, NFC veya Bluetooth) ya da cihazınızın ekran kilidi girişlerinizi onaylayabilir. Geçiş anahtarı sizi parolasız da giriş yaptırır: cihazınızın PIN'ini, parmak izinizi ya da yüzünüzü ister.
webauthn-add-needs-js = Güvenlik anahtarı eklemek JavaScript gerektirir.
webauthn-label-field = Ad
webauthn-label-placeholder = örn. anahtarlıktaki YubiKey
webauthn-label-apart = Anahtarlarınızı daha sonra ayırt edebilmeniz için.
webauthn-label-help = İsteğe bağlı, örn. “anahtarlıktaki YubiKey”.
webauthn-add-passkey = Geçiş anahtarı ekle
webauthn-add-key = Güvenlik anahtarı ekle
device-webauthn-key = Güvenlik anahtarı “{ $label }”
device-labelled = { $what } “{ $label }”
webauthn-synced = eşitlenmiş
webauthn-syncable = henüz eşitlenmemiş
webauthn-device-bound = cihaza bağlı
webauthn-details = { $provider }, { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = Tek güvenlik anahtarınız tek bir cihaza bağlı: onu kaybederseniz hesabınıza erişimi kaybedersiniz. İkinci bir anahtar ya da geçiş anahtarı ekleyin.
device-webauthn-passkey = Geçiş anahtarı “{ $label }”

## Security keys and passkeys: messages from the server

webauthn-press-button = Düğmeye basın ve tarayıcınızın talimatlarını izleyin.
webauthn-use-key-hint = Güvenlik anahtarınızı kullanın: düğmeye basın ve tarayıcınızın talimatlarını izleyin.
webauthn-no-ceremony = Güvenlik anahtarı isteğinin süresi doldu ya da zaten kullanıldı. Lütfen yeniden deneyin.
webauthn-log-in-first = Lütfen önce giriş yapın.
webauthn-verify-first = Önce girişinizi ikinci faktörünüzle doğrulayın.
webauthn-reauth-first = Lütfen parolanızı yeniden onaylayın (sayfayı yenileyin).
webauthn-login-timed-out = Girişinizin süresi doldu. Lütfen yeniden giriş yapın.
webauthn-label-control = Ad denetim karakterleri içeremez.
webauthn-label-too-long = Ad en fazla { $max } karakter olabilir.
webauthn-error-malformed = Tarayıcının yanıtı okunamadı ({ $part }). Lütfen yeniden deneyin.
webauthn-error-key-cbor = Güvenlik anahtarının ortak anahtarı okunamadı.
webauthn-error-key-unsupported = Güvenlik anahtarı bu sitenin desteklemediği bir algoritma kullanıyor.
webauthn-error-key-malformed = Güvenlik anahtarının ortak anahtarı hatalı.
webauthn-error-challenge-mismatch = Bu yanıt başka bir isteğe ait. Lütfen yeniden deneyin.
webauthn-error-expired = İsteğin süresi doldu. Lütfen yeniden deneyin.
webauthn-error-wrong-origin = Yanıt başka bir siteden geldi ({ $origin }).
webauthn-error-wrong-rp-id = Güvenlik anahtarı başka bir site için yanıt verdi.
webauthn-error-user-not-present = Güvenlik anahtarına dokunulmadı.
webauthn-error-user-not-verified = Güvenlik anahtarı sizi doğrulamadı (PIN veya biyometri). Lütfen yeniden deneyin.
webauthn-error-bad-signature = Güvenlik anahtarının imzası geçerli değil.
webauthn-error-unknown-credential = Bu güvenlik anahtarı bu hesap için kayıtlı değil.
webauthn-error-not-passkey = Bu anahtar bu sitenin bir geçiş anahtarı değil. Parolanızla giriş yapın.
webauthn-error-passkey-login-disabled = Bu sitede geçiş anahtarıyla giriş kapalı.
webauthn-error-counter-regression = Bu güvenlik anahtarının imza sayacı geriye gitti; bu, anahtar kopyalandığında olur. Reddedildi; sitenin yöneticileriyle iletişime geçin.
webauthn-error-replayed = Bu yanıt zaten kullanıldı. Lütfen yeniden deneyin.
webauthn-error-already-registered = Bu güvenlik anahtarı zaten kayıtlı.
webauthn-error-unsupported-attestation = Bu doğrulayıcının onayı ({ $format }) desteklenmiyor; site “none” ve “packed” kabul eder.
webauthn-error-not-discoverable = Bu doğrulayıcı geçiş anahtarı saklayamaz. Bunun yerine güvenlik anahtarı olarak ekleyin.
webauthn-error-wrong-ceremony = Bu yanıt başka bir adıma ait. Lütfen baştan başlayın.
webauthn-error-model-not-accepted = Bu tür doğrulayıcı ({ $model }) bu sitede kabul edilmiyor.
webauthn-error-attestation-required = Bu site yalnızca modelini kanıtlayan (onay) güvenlik anahtarlarını kabul eder.
webauthn-error-attestation-untrusted = Güvenlik anahtarının onayı doğrulanamadı.
webauthn-error-not-in-metadata = Bu tür doğrulayıcı ({ $model }) sitenin bilinen modeller listesinde yok.
webauthn-error-revoked = Bu tür doğrulayıcı ({ $model }) üreticisi tarafından iptal edilmiş veya ele geçirilmiş olarak bildirildi.
webauthn-origin-not-secure = Güvenlik anahtarları ve geçiş anahtarları güvenli bir bağlantı gerektirir: bu siteyi HTTPS üzerinden (ya da geliştirme sırasında http://localhost adresinde) açın.
webauthn-origin-ip-address = Güvenlik anahtarları ve geçiş anahtarları IP adresi değil alan adı gerektirir: bu siteyi { $address } yerine { $suggestion } adresinde açın.
webauthn-origin-bad-host = Bu sayfanın ana makine adı güvenlik anahtarları ve geçiş anahtarları için kullanılamaz.
webauthn-origin-outside-rp-id = Bu sayfanın adresi, sitenin güvenlik anahtarları için alan adının ({ $rp_id }) parçası değil.
webauthn-origin-not-allowed = Bu sayfanın adresi, sitenin güvenlik anahtarları için adresleri arasında değil.

## Security keys and passkeys: messages of the browser script (webauthn.js)

webauthn-js-unsupported = Bu tarayıcı güvenlik anahtarlarını veya geçiş anahtarlarını desteklemiyor. Başka bir yöntem ya da güncel bir tarayıcı kullanın.
webauthn-js-insecure = Güvenlik anahtarları ve geçiş anahtarları güvenli bir adres gerektirir (HTTPS ya da geliştirme sırasında http://localhost).
webauthn-js-cancelled = İstek iptal edildi ya da süresi doldu. Anahtarınız veya cihazınız hazır olduğunda yeniden deneyin.
webauthn-js-aborted = İstek iptal edildi.
webauthn-js-exists = Bu güvenlik anahtarı hesabınıza zaten kayıtlı.
webauthn-js-security = Bu adres güvenlik anahtarlarını kullanamaz (WebAuthn, HTTPS ya da localhost ile IP adresi yerine bir alan adı gerektirir).
webauthn-js-network = Sunucuya ulaşılamadı. Bağlantınızı kontrol edip yeniden deneyin.
webauthn-js-failed = Güvenlik anahtarıyla ilgili bir sorun oluştu. Lütfen yeniden deneyin.
webauthn-js-working = Tarayıcınızın talimatlarını izleyin: güvenlik anahtarınıza dokunun ya da cihazınızda onaylayın.
api-webauthn-off = Bu sitede güvenlik anahtarları etkin değil.
api-passkey-off = Bu sitede geçiş anahtarıyla giriş etkin değil.

## The JSON API's problem details (`detail`)
api-verification-required = Bu işlem ikinci bir faktörle doğrulanmış bir oturum gerektirir.
api-no-removable-device = Böyle bir yedek telefon, kimlik doğrulama uygulaması (başka bir cihaz kaldığı sürece) ya da ek güvenlik anahtarı yok.
api-no-such-device = Böyle bir cihaz yok.
api-already-enabled = İki faktörlü kimlik doğrulama zaten etkin (baştan başlamak için önce devre dışı bırakın).
api-no-totp-setup = Devam eden kurulum yok: önce totp_setup çağırın.
api-no-phone-methods = Bu site SMS göndermiyor ve arama yapmıyor.
api-method-choice = method şunlardan biri olmalı: { $methods }.
api-code-not-sent = Kod gönderilemedi.
api-no-phone-setup = Kodunu bekleyen telefon yok: önce phone_add çağırın.
api-answer-failed = Yanıt oluşturulamadı.
api-credentials-required = username ve password zorunludur.
api-no-pending-login = Kod bekleyen bir giriş yok (süresi doldu ya da sona erdi). Lütfen yeniden giriş yapın.
api-no-challenge-device = Böyle bir telefon ya da e-posta cihazı yok.
api-password-required = password zorunludur.
api-cookie-with-app = Bir uygulama isteği (X-Session-Token veya X-Client: app) oturum çerezini göndermemelidir.
api-two-factor-required = Bu hesap için iki faktörlü kimlik doğrulama zorunludur.
api-session-expired = Oturum belirteci bilinmiyor ya da süresi dolmuş. Lütfen yeniden giriş yapın.
api-middleware-missing = Uygulama oturumları two_factor ara katmanını gerektirir (TwoFactorMiddleware veya OtpMiddleware).
api-csrf-header = CSRF doğrulaması başarısız oldu: `session` yanıtındaki belirteci X-CSRFToken başlığında gönderin.
api-log-in = Lütfen giriş yapın.
api-reauthenticate = Lütfen önce parolanızı onaylayın (reauthenticate).
api-body-too-large = Gövde, API'nin kabul ettiğinden büyük (16 KiB).
api-body-unreadable = Gövde okunamadı.
api-token-too-long = Kod çok uzun.
api-method-not-allowed = Bu yol bu yöntemi kabul etmiyor.
api-no-operation = API'nin bu yolda bir işlemi yok.
api-csrf = CSRF doğrulaması başarısız oldu.
api-not-found = Bulunamadı.
api-overloaded = Aynı anda çok fazla giriş var. Lütfen birazdan yeniden deneyin.
api-unavailable = Hizmet geçici olarak kullanılamıyor. Lütfen daha sonra yeniden deneyin.
api-body-mismatch = JSON gövdesi uymuyor: { $error }.
api-body-not-object = Gövde bir JSON nesnesi olmalıdır.

# Birden çok kimlik doğrulama uygulaması, adlandırılmış cihazlar
profile-apps = Kimlik doğrulama uygulamaları
profile-apps-intro = Bu uygulamalardan herhangi birindeki kod ile giriş yapabilirsiniz. Ayırt etmek için her birine bir ad verin.
profile-app-main = (ana)
app-create-title = Kimlik doğrulama uygulaması ekle
app-create-intro = QR kodunu yeni uygulamayla tarayın, ona bir ad verin ve gösterdiği kodu girin.
app-create-submit = Uygulama ekle
app-name-placeholder = örn. Tablet
app-setup-restarted = Bu kurulumun süresi dolmuştu. Bu yeni QR kodunu tarayın ve ondan bir kod girin.
device-name-field = Ad
device-rename = Yeniden adlandır
device-rename-label = { $what } için yeni ad

# Oturum açtığınız yerler
session-agent = { $system } üzerinde { $browser }
session-agent-unknown-browser = { $system } üzerinde bilinmeyen tarayıcı
session-agent-unknown = Bilinmeyen tarayıcı
sessions-title = Oturum açtığınız yerler
sessions-intro = Bu tarayıcılar ve uygulamalar hesabınızda oturum açmış durumda. Oturumunu kapattığınız, bir sonraki isteğinde çıkış yapar.
sessions-col-browser = Tarayıcı
sessions-col-address = Ağ
sessions-col-began = Oturum açılışı
sessions-col-last-seen = Son etkinlik
sessions-app = uygulama
sessions-current = Bu oturum
sessions-revoke = Oturumu kapat
sessions-revoke-others = Diğer tüm oturumları kapat
sessions-not-me-title = Bir oturumu tanımıyor musunuz?
sessions-not-me = Onu kapatın (ya da diğer tüm oturumları kapatın), ardından parolanızı değiştirin ve iki faktörlü kimlik doğrulama cihazlarınızı kontrol edin.
sessions-back = Hesap güvenliğine dön
profile-sessions-intro = Hesabınızda oturum açmış tarayıcıları ve uygulamaları görün ve oturumlarını kapatın.
profile-sessions-link = Oturumlarınız
api-no-such-session = Böyle bir oturum yok.

# Güvenilen tarayıcılar
trusted-title = Güvenilen tarayıcılar
trusted-intro = Bu tarayıcılarda "bir daha sorma" seçildi: gösterilen tarihe kadar girişte kodu atlarlar. Birinin güvenini geri alırsanız bir sonraki girişte kod ister.
trusted-col-granted = Güvenilen tarih
trusted-col-expires = Bitiş
trusted-revoke = Güveni geri al
trusted-revoke-all = Tüm tarayıcıların güvenini geri al
trusted-none = Girişte kodu atlayan tarayıcı yok.
api-no-such-grant = Böyle bir güvenilen tarayıcı yok.

# Güvenlik uyarıları (e-postalar)
alert-new-browser-subject = { $site } sitesinde yeni giriş
alert-new-browser = Biri { $site } sitesindeki { $username } hesabınıza, bu hesapla daha önce hiç kullanılmamış bir tarayıcıdan giriş yaptı.
alert-device-added-subject = { $site } sitesinde bir iki faktörlü kimlik doğrulama cihazı eklendi
alert-device-added = { $site } sitesindeki { $username } hesabınızın iki faktörlü kimlik doğrulama cihazlarına { $device } eklendi.
alert-device-removed-subject = { $site } sitesinde bir iki faktörlü kimlik doğrulama cihazı kaldırıldı
alert-device-removed = { $site } sitesindeki { $username } hesabınızın iki faktörlü kimlik doğrulama cihazlarından biri kaldırıldı.
alert-backup-tokens-subject = { $site } sitesinde yeni yedek kodlar
alert-backup-tokens = { $site } sitesindeki { $username } hesabınız için yeni yedek kodlar oluşturuldu; eskileri artık çalışmıyor.
alert-disabled-subject = { $site } sitesinde iki faktörlü kimlik doğrulama kapatıldı
alert-disabled = { $site } sitesindeki { $username } hesabınız için iki faktörlü kimlik doğrulama kapatıldı.
alert-locked-subject = { $site } sitesinde yanlış kodlar
alert-locked = { $site } sitesindeki { $device } cihazınız yanlış kodlardan sonra bir süre kod kabul etmiyor. Art arda yanlış kod: { $count }.
alert-when = Ne zaman: { $when }
alert-browser = Tarayıcı: { $browser }
alert-network = Ağ: { $network }
alert-not-me-link = Bu siz değilseniz, buradan tüm oturumları kapatın ve ardından parolanızı değiştirin: { $url }
alert-not-me-page = Bu siz değilseniz, hesap güvenliğinizdeki "Oturum açtığınız yerler" sayfasında ({ $path }) tüm oturumları kapatın ve ardından parolanızı değiştirin.
alert-unknown = bilinmiyor

# Yönetim: oturumlar ve güvenilen tarayıcılar
admin-sessions = Oturumlar
admin-no-sessions = Etkin oturum yok.
admin-end-session = Sonlandır
admin-end-all-sessions = Tüm oturumları sonlandır
admin-notice-sessions-ended = Sonlandırılan oturum: { $count }.
admin-notice-untrusted = Güveni geri alınan tarayıcı: { $count }.
