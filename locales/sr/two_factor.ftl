# actix-two-factor: поруке на српском (ћирилица).
# Обраћање: персирање ("Унесите"), као у великим српским сервисима. Термини: код, резервни
# код, апликација за потврду идентитета, двофакторска потврда идентитета, безбедносни кључ,
# приступни кључ (passkey).

## The page frame (_base.html) and the language switcher

language-name = Српски

base-account-security = Безбедност налога
base-log-out = Одјави се
base-log-in = Пријави се
base-language = Језик
base-language-submit = Промени

## Shared words

wizard-cancel = Откажи
wizard-back = Назад
wizard-next = Даље
permission-denied = Приступ одбијен
enable-two-factor = Укључите двофакторску потврду идентитета
disable-two-factor = Искључите двофакторску потврду идентитета
two-factor-not-enabled = Двофакторска потврда идентитета није укључена за ваш налог. Укључите је да бисте боље заштитили налог.
back-to-account-security = Назад на безбедност налога
add-phone-number = Додајте број телефона
backup-tokens-title = Резервни кодови
token-generator = Унесите код који је направила ваша апликација за потврду идентитета.
token-call = Управо вас зовемо, унесите цифре које чујете.
token-sms = Послали смо вам SMS, унесите послати код.
token-email = Послали смо вам имејл, унесите послати код.

## Login (core/login.html)

login-title = Пријава
login-credentials = Унесите податке за пријаву.
login-backup-intro = Овим обрасцем се пријављујете резервним кодом. Кодови су направљени да их одштампате и чувате на безбедном месту. Унесите један од резервних кодова да бисте се пријавили на налог.
login-submit = Пријави се
login-other-methods = Или користите неки од других начина потврде идентитета:
login-backup-last-resort = У крајњем случају можете да употребите резервни код:
login-use-backup-token = Употреби резервни код

## Setup (core/setup.html, core/setup_complete.html)

setup-welcome = Подижете безбедност свог налога на виши ниво. Пратите кораке овог водича да бисте укључили двофакторску потврду идентитета.
setup-method = Изаберите начин потврде идентитета који желите да користите.
setup-generator-intro = Да бисте почели да користите апликацију за потврду идентитета, скенирајте телефоном QR код испод, на пример у апликацији Google Authenticator, Aegis или FreeOTP.
setup-qr-alt = QR код
setup-manual-key = Не можете да скенирате код? Унесите уместо тога овај кључ у апликацију:
setup-on-this-phone = Јесте ли на овом телефону?
setup-open-in-app = Отворите га у апликацији за потврду идентитета
setup-app-should-show = Апликација би требало да прикаже издаваоца „{ $issuer }“ и кодове од { $digits } цифара.
setup-enter-token = Затим унесите код који је направила апликација.
setup-sms-intro = Унесите број телефона на који желите да примате SMS поруке. Број ће бити потврђен у следећем кораку.
setup-call-intro = Унесите број телефона на који желите да вас зовемо. Број ће бити потврђен у следећем кораку.
setup-email-intro = Унесите имејл адресу на коју желите да примате кодове. Адреса ће бити потврђена у следећем кораку.
complete-congratulations = Честитамо, успешно сте укључили двофакторску потврду идентитета.
complete-add-phone-hint = Ипак, може се десити да немате приступ главном уређају. Да бисте могли да вратите налог, додајте број телефона.

## Two-factor required (core/otp_required.html)

otp-required-enforced = Из безбедносних разлога, захтевана страница тражи потврду двофакторском потврдом идентитета. Да бисте јој приступили, морате да укључите ове безбедносне функције.
otp-required-go-back = Врати се

## Backup phones (core/phone_register.html)

phone-title = Додајте резервни телефон
phone-setup-intro = Додајете резервни број телефона свом налогу. Користиће се ако главни начин није доступан.
phone-validation-intro = Послали смо код на ваш број телефона. Унесите примљени код.

## Re-authentication (core/reauth.html)

reauth-title = Потврдите да сте то ви
reauth-intro = Ова радња мења начин на који је ваш налог заштићен. Унесите лозинку да бисте наставили.
reauth-intro-token = Ова радња мења начин на који је ваш налог заштићен. Унесите лозинку и код ({ $device }) да бисте наставили.
reauth-confirm = Потврди

## Backup tokens (core/backup_tokens.html)

backup-tokens-intro = Резервни кодови служе када ни главни начин ни резервни бројеви телефона нису доступни. Резервни кодови испод могу се користити за потврду пријаве. Ако сте их све искористили, можете направити нови скуп. Важе само кодови приказани испод.
backup-tokens-print = Одштампајте ове кодове и чувајте их на безбедном месту. Приказују се само сада.
backup-tokens-unused = { $count ->
    [one] Имате { $count } неискоришћен резервни код. Из безбедносних разлога не може поново да се прикаже; ако сте га изгубили, направите нове.
    [few] Имате { $count } неискоришћена резервна кода. Из безбедносних разлога не могу поново да се прикажу; ако сте их изгубили, направите нове.
   *[other] Имате { $count } неискоришћених резервних кодова. Из безбедносних разлога не могу поново да се прикажу; ако сте их изгубили, направите нове.
}
backup-tokens-none = Још немате резервне кодове.
backup-tokens-generate = Направи кодове

## Account security (profile/profile.html, profile/disable.html)

profile-title = Безбедност налога
profile-generator = Кодове ће правити ваша апликација за потврду идентитета.
profile-primary-method = Главни начин: { $method }.
profile-backup-phones = Резервни бројеви телефона
profile-backup-phones-intro = Ако главни начин није доступан, можемо послати резервне кодове на бројеве телефона испод.
profile-unregister = Уклони
profile-backup-tokens-intro = Ако код себе немате ниједан уређај, налогу можете приступити резервним кодовима.
profile-backup-tokens-remaining = { $count ->
    [one] Остао вам је { $count } резервни код.
    [few] Остала су вам { $count } резервна кода.
   *[other] Остало вам је { $count } резервних кодова.
}
profile-no-backup-tokens = Није вам остао ниједан резервни код.
profile-no-backup-tokens-advice = Ако изгубите уређај, нећете моћи да се пријавите: направите нове кодове и чувајте их на безбедном месту.
profile-few-backup-tokens = { $count ->
    [one] Остао је само { $count } резервни код.
    [few] Остала су само { $count } резервна кода.
   *[other] Остало је само { $count } резервних кодова.
}
profile-few-backup-tokens-advice = Направите нове кодове пре него што вам понестане.
profile-show-codes = Прикажи кодове
profile-disable-intro = Изричито то не препоручујемо, али двофакторску потврду идентитета можете и да искључите за свој налог.
disable-title = Искључите двофакторску потврду идентитета
disable-intro = Спремате се да искључите двофакторску потврду идентитета. То слаби безбедност налога. Да ли сте сигурни?
disable-submit = Искључи

## Mail with a code (email/token.txt, email/token.html)

email-subject = Код за потврду
email-hello = Здраво, { $username },
email-code-intro = Ваш код за потврду за { $site } је:
email-validity = { $minutes ->
    [one] Важи { $minutes } минут и може се употребити једном. Ако нисте покушали да се пријавите, занемарите овај имејл; неко можда зна вашу лозинку, па размислите о томе да је промените.
    [few] Важи { $minutes } минута и може се употребити једном. Ако нисте покушали да се пријавите, занемарите овај имејл; неко можда зна вашу лозинку, па размислите о томе да је промените.
   *[other] Важи { $minutes } минута и може се употребити једном. Ако нисте покушали да се пријавите, занемарите овај имејл; неко можда зна вашу лозинку, па размислите о томе да је промените.
}

## Text messages and calls (twilio/sms_message.txt, twilio/token.xml)

sms-token = Ваш код за потврду је { $token }
voice-token = Ваш код је { $token }.
voice-token-again = Још једном, ваш код је { $token }.

## The backup-used alert (signals::backup_used_alert)

alert-subject = Употребљен је резервни код
alert-body = Здраво, { $username },

    управо сте потврдили идентитет резервним уређајем на сајту { $site }. Ако то нисте били ви, ваш налог је можда угрожен: одмах промените лозинку, проверите резервне бројеве телефона и направите нове резервне кодове.

## The admin (admin/*.html)

admin-title = Администрација двофакторске потврде идентитета
admin-forbidden = Пријављени сте као { $username }, али немате приступ овој страници. Желите ли да се пријавите другим налогом?
admin-forbidden-login = Пријавите се другим налогом
admin-users = Корисници
admin-find-label = Пронађите корисника по корисничком имену
admin-find = Пронађи
admin-no-user-named = Нема корисника са именом „{ $username }“.
admin-cannot-list = Складиште корисника овог сајта не може да наброји кориснике. Уместо тога потражите корисника по корисничком имену.
admin-col-username = Корисничко име
admin-col-email = Имејл
admin-col-two-factor = Двофакторска
admin-col-staff = Особље
admin-col-active = Активан
admin-superuser-note = (суперкорисник)
admin-enabled = укључена
admin-disabled = искључена
admin-yes = да
admin-no = не
admin-showing = { $total ->
    [one] Приказано { $shown } од { $total } корисника; остале пронађите по корисничком имену.
    [few] Приказано { $shown } од { $total } корисника; остале пронађите по корисничком имену.
   *[other] Приказано { $shown } од { $total } корисника; остале пронађите по корисничком имену.
}
admin-no-users = Још нема корисника.
admin-role-superuser = суперкорисник
admin-role-staff = особље
admin-role-not-staff = није особље
admin-state-active = активан
admin-state-inactive = неактиван
admin-user-two-factor = двофакторска потврда идентитета
admin-devices = Уређаји
admin-col-device = Уређај
admin-col-name = Назив
admin-col-id = ИД
admin-col-failures = Неуспели покушаји
admin-col-actions = Радње
admin-verified-your-session = (потврдио вашу сесију)
admin-reset-failures = Поништи неуспеле покушаје
admin-remove = Уклони
admin-no-devices = Нема уређаја.
admin-backup-tokens = Резервни кодови
admin-backup-tokens-remaining = { $count ->
    [one] Остао је { $count } резервни код.
    [few] Остала су { $count } резервна кода.
   *[other] Остало је { $count } резервних кодова.
}
admin-remove-backup-tokens = Уклони резервне кодове
admin-failed-attempts = { $count ->
    [one] { $count } неуспео покушај
    [few] { $count } неуспела покушаја
   *[other] { $count } неуспелих покушаја
}
admin-reset-backup-failures = Поништи неуспеле покушаје са резервним кодовима
admin-backup-phones = Резервни телефони
admin-no-backup-phones = Нема резервних телефона.
admin-audit-reauth = { $minutes ->
    [one] Свака измена на овој страници тражи да потврдите лозинку (и код) ако сте то последњи пут урадили пре више од { $minutes } минута; свака измена се бележи у дневник ревизије.
    [few] Свака измена на овој страници тражи да потврдите лозинку (и код) ако сте то последњи пут урадили пре више од { $minutes } минута; свака измена се бележи у дневник ревизије.
   *[other] Свака измена на овој страници тражи да потврдите лозинку (и код) ако сте то последњи пут урадили пре више од { $minutes } минута; свака измена се бележи у дневник ревизије.
}
admin-audit = Свака измена на овој страници се бележи у дневник ревизије.
admin-reset-two-factor = Ресетуј двофакторску потврду идентитета
admin-reset-intro = За корисника који је изгубио уређаје: уклања све уређаје и резервне кодове, па се корисник пријављује само лозинком и поново подешава двофакторску потврду идентитета.
admin-notice-removed = Уклоњено: { $device } ({ $id }).
admin-notice-failures-reset = Неуспели покушаји поништени за { $device } ({ $id }).
admin-notice-reset = Двофакторска потврда идентитета за { $username } је ресетована.

## Form fields and their messages (forms, views)

field-username = Корисничко име
field-password = Лозинка
field-token = Код
field-method = Начин
field-phone-number = Број телефона
field-phone-help = Са позивним бројем земље, почиње са + или 00.
field-email = Имејл адреса
field-understand = Да, сигуран сам
method-generator = Апликација за потврду идентитета
method-sms = SMS
method-call = Телефонски позив
method-email = Имејл
form-required = Ово поље је обавезно.
form-invalid-token = Неважећи код. Проверите да ли сте га исправно унели.
form-invalid-setup-token = Унети код није важећи.
form-invalid-login = Унесите исправно корисничко име и лозинку. Имајте у виду да оба поља могу разликовати велика и мала слова.
form-timed-out = Ваша сесија је истекла. Пријавите се поново.
form-wrong-password = Лозинка није исправна. Унесите је поново.
form-invalid-email = Унесите важећу имејл адресу.
form-invalid-phone = Унесите важећи број телефона са позивним бројем земље који почиње са + или 00.

## Devices as the pages name them

device-generator = Апликација за потврду идентитета
device-backup-tokens = Резервни кодови
device-sms = SMS на { $target }
device-call = Позив на { $target }
device-email = Имејл на { $target }

## Throttling, time-outs and sending codes

throttle-device = { $count ->
    [one] Потврда је привремено искључена након { $count } неуспелог покушаја, покушајте ускоро поново.
    [few] Потврда је привремено искључена након { $count } неуспела покушаја, покушајте ускоро поново.
   *[other] Потврда је привремено искључена након { $count } неуспелих покушаја, покушајте ускоро поново.
}
throttle-network = { $seconds ->
    [one] Превише неуспелих покушаја из ваше мреже. Покушајте поново за { $seconds } секунду.
    [few] Превише неуспелих покушаја из ваше мреже. Покушајте поново за { $seconds } секунде.
   *[other] Превише неуспелих покушаја из ваше мреже. Покушајте поново за { $seconds } секунди.
}
throttle-account = { $seconds ->
    [one] Превише неуспелих покушаја. Покушајте поново за { $seconds } секунду.
    [few] Превише неуспелих покушаја. Покушајте поново за { $seconds } секунде.
   *[other] Превише неуспелих покушаја. Покушајте поново за { $seconds } секунди.
}
throttle-reauth-logged-out = Одјављени сте након превише неуспелих потврда лозинке. Пријавите се поново.
delivery-cooldown = { $seconds ->
    [one] Код је управо послат. Употребите њега или затражите нови за { $seconds } секунду.
    [few] Код је управо послат. Употребите њега или затражите нови за { $seconds } секунде.
   *[other] Код је управо послат. Употребите њега или затражите нови за { $seconds } секунди.
}
delivery-limited-destination = { $minutes ->
    [one] На овај број или адресу недавно је послато превише кодова. Покушајте поново за { $minutes } минут или користите други начин.
    [few] На овај број или адресу недавно је послато превише кодова. Покушајте поново за { $minutes } минута или користите други начин.
   *[other] На овај број или адресу недавно је послато превише кодова. Покушајте поново за { $minutes } минута или користите други начин.
}
delivery-limited-user = { $minutes ->
    [one] За ваш налог недавно је послато превише кодова. Покушајте поново за { $minutes } минут или користите други начин.
    [few] За ваш налог недавно је послато превише кодова. Покушајте поново за { $minutes } минута или користите други начин.
   *[other] За ваш налог недавно је послато превише кодова. Покушајте поново за { $minutes } минута или користите други начин.
}
delivery-failed = Тренутно не можемо да вам пошаљемо код. Покушајте касније или користите други начин.

## Error pages (400, 403, 404, 500, 503)

error-title-400 = Неисправан захтев
error-title-403 = Забрањено
error-title-404 = Није пронађено
error-title-500 = Унутрашња грешка сервера
error-title-503 = Услуга није доступна
error-unavailable = Услуга привремено није доступна. Ништа није промењено; покушајте поново за тренутак.
error-unavailable-not-saved = Услуга привремено није доступна. Ваш захтев је можда извршен, али сесија није могла да се сачува. Пријавите се поново.
error-internal = Нешто није у реду код нас.
error-csrf = CSRF провера није успела. Захтев је прекинут. Поново учитајте страницу и пошаљите образац још једном.
error-not-found = Није пронађено.
error-management-form = Подаци ManagementForm недостају или су измењени.
error-token-too-long = Поље за код је предугачко.

## Security keys and passkeys (WebAuthn): login, setup, re-authentication, profile

method-webauthn = Безбедносни кључ или приступни кључ
token-webauthn = Употребите безбедносни или приступни кључ: притисните дугме испод, затим додирните кључ или потврдите на уређају.
reauth-intro-webauthn = Ова радња мења начин на који је ваш налог заштићен. Унесите лозинку и потврдите безбедносним кључем да бисте наставили.
reauth-confirm-webauthn = Потврди безбедносним кључем
setup-webauthn-intro = Потврђујте пријаве безбедносним кључем (USB, NFC или Bluetooth) или закључавањем екрана уређаја. Ако желите, дајте му назив, притисните дугме и пратите упутства прегледача.
webauthn-needs-js = Безбедносни кључеви захтевају JavaScript.
webauthn-needs-js-setup = Укључите га за овај сајт или се вратите и изаберите други начин.
webauthn-needs-js-reauth = Укључите га за овај сајт да бисте наставили.
webauthn-needs-js-other = Укључите га за овај сајт или користите други начин.
webauthn-needs-js-login = { $alternatives ->
    [token] Укључите га за овај сајт или унесите код.
    [backup] Укључите га за овај сајт или употребите резервни код.
    [both] Укључите га за овај сајт, унесите код или употребите резервни код.
   *[none] Укључите га за овај сајт.
}
webauthn-use-key = Употреби безбедносни кључ
webauthn-passkey-needs-js = Пријава приступним кључем захтева JavaScript; користите корисничко име и лозинку.
webauthn-passkey-login = Пријави се приступним кључем
webauthn-register = Региструј безбедносни кључ
webauthn-profile-title = Безбедносни кључеви и приступни кључеви
webauthn-col-kind = Врста
webauthn-col-added = Додат
webauthn-col-last-used = Последња употреба
webauthn-col-actions = Радње
webauthn-kind-passkey = Приступни кључ
webauthn-kind-security-key = Безбедносни кључ
webauthn-primary = (главни)
webauthn-never = никад
webauthn-remove = Уклони
webauthn-remove-label = Уклони { $label }
webauthn-no-keys = Још нема безбедносних кључева. Безбедносни или приступни кључ потврђује пријаве једним додиром.
webauthn-add-title = Додајте безбедносни кључ
webauthn-add-intro = Безбедносни кључ (USB, NFC или Bluetooth) или закључавање екрана уређаја могу да потврђују ваше пријаве. Приступни кључ вас пријављује и без лозинке: тражи PIN, отисак прста или лице на уређају.
webauthn-add-needs-js = За додавање безбедносног кључа потребан је JavaScript.
webauthn-label-field = Назив
webauthn-label-placeholder = нпр. YubiKey на привеску
webauthn-label-apart = Да бисте касније разликовали своје кључеве.
webauthn-label-help = Необавезно, нпр. „YubiKey на привеску“.
webauthn-add-passkey = Додај приступни кључ
webauthn-add-key = Додај безбедносни кључ
device-webauthn-key = Безбедносни кључ „{ $label }“
device-labelled = { $what } „{ $label }“
webauthn-synced = синхронизован
webauthn-syncable = још није синхронизован
webauthn-device-bound = везан за уређај
webauthn-details = { $provider }, { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = Ваш једини безбедносни кључ везан је за један уређај: ако га изгубите, губите приступ налогу. Додајте други кључ или приступни кључ.
device-webauthn-passkey = Приступни кључ „{ $label }“

## Security keys and passkeys: messages from the server

webauthn-press-button = Притисните дугме и пратите упутства прегледача.
webauthn-use-key-hint = Употребите безбедносни кључ: притисните дугме и пратите упутства прегледача.
webauthn-no-ceremony = Захтев за безбедносни кључ је истекао или је већ искоришћен. Покушајте поново.
webauthn-log-in-first = Прво се пријавите.
webauthn-verify-first = Прво потврдите пријаву другим фактором.
webauthn-reauth-first = Поново потврдите лозинку (поново учитајте страницу).
webauthn-login-timed-out = Пријава је истекла. Пријавите се поново.
webauthn-label-control = Назив не сме да садржи контролне знакове.
webauthn-label-too-long = Назив може имати највише { $max } знакова.
webauthn-error-malformed = Одговор прегледача није могао да се прочита ({ $part }). Покушајте поново.
webauthn-error-key-cbor = Јавни кључ безбедносног кључа није могао да се прочита.
webauthn-error-key-unsupported = Безбедносни кључ користи алгоритам који овај сајт не подржава.
webauthn-error-key-malformed = Јавни кључ безбедносног кључа је неисправан.
webauthn-error-challenge-mismatch = Овај одговор припада другом захтеву. Покушајте поново.
webauthn-error-expired = Захтев је истекао. Покушајте поново.
webauthn-error-wrong-origin = Одговор је стигао са другог сајта ({ $origin }).
webauthn-error-wrong-rp-id = Безбедносни кључ је одговорио за други сајт.
webauthn-error-user-not-present = Безбедносни кључ није додирнут.
webauthn-error-user-not-verified = Безбедносни кључ вас није потврдио (PIN или биометрија). Покушајте поново.
webauthn-error-bad-signature = Потпис безбедносног кључа није важећи.
webauthn-error-unknown-credential = Овај безбедносни кључ није регистрован за овај налог.
webauthn-error-not-passkey = Овај кључ није приступни кључ овог сајта. Пријавите се лозинком.
webauthn-error-passkey-login-disabled = Пријава приступним кључем је искључена на овом сајту.
webauthn-error-counter-regression = Бројач потписа овог безбедносног кључа вратио се уназад, што се дешава када је кључ копиран. Одбијен је; обратите се администраторима сајта.
webauthn-error-replayed = Овај одговор је већ искоришћен. Покушајте поново.
webauthn-error-already-registered = Овај безбедносни кључ је већ регистрован.
webauthn-error-unsupported-attestation = Атестација овог аутентификатора ({ $format }) није подржана; сајт прихвата „none“ и „packed“.
webauthn-error-not-discoverable = Овај аутентификатор не може да чува приступни кључ. Уместо тога га додајте као безбедносни кључ.
webauthn-error-wrong-ceremony = Овај одговор припада другом кораку. Почните поново.
webauthn-error-model-not-accepted = Ова врста аутентификатора ({ $model }) се не прихвата на овом сајту.
webauthn-error-attestation-required = Овај сајт прихвата само безбедносне кључеве који доказују свој модел (атестација).
webauthn-error-attestation-untrusted = Атестација безбедносног кључа није могла да се потврди.
webauthn-error-not-in-metadata = Ова врста аутентификатора ({ $model }) није на списку познатих модела сајта.
webauthn-error-revoked = Произвођач је пријавио ову врсту аутентификатора ({ $model }) као опозвану или угрожену.
webauthn-origin-not-secure = Безбедносни и приступни кључеви захтевају безбедну везу: отворите сајт преко HTTPS-а (или на http://localhost током развоја).
webauthn-origin-ip-address = Безбедносни и приступни кључеви захтевају име домена, а не IP адресу: отворите сајт на { $suggestion } уместо { $address }.
webauthn-origin-bad-host = Име хоста ове странице не може да се користи за безбедносне и приступне кључеве.
webauthn-origin-outside-rp-id = Адреса ове странице није део домена сајта за безбедносне кључеве ({ $rp_id }).
webauthn-origin-not-allowed = Адреса ове странице није међу адресама сајта за безбедносне кључеве.

## Security keys and passkeys: messages of the browser script (webauthn.js)

webauthn-js-unsupported = Овај прегледач не подржава безбедносне ни приступне кључеве. Користите други начин или новији прегледач.
webauthn-js-insecure = Безбедносни и приступни кључеви захтевају безбедну адресу (HTTPS, или http://localhost током развоја).
webauthn-js-cancelled = Захтев је отказан или је истекло време. Покушајте поново када кључ или уређај буду спремни.
webauthn-js-aborted = Захтев је отказан.
webauthn-js-exists = Овај безбедносни кључ је већ регистрован на вашем налогу.
webauthn-js-security = Ова адреса не може да користи безбедносне кључеве (WebAuthn захтева HTTPS или localhost и име домена уместо IP адресе).
webauthn-js-network = Сервер није доступан. Проверите везу и покушајте поново.
webauthn-js-failed = Нешто није у реду са безбедносним кључем. Покушајте поново.
webauthn-js-working = Пратите упутства прегледача: додирните безбедносни кључ или потврдите на уређају.
api-webauthn-off = Безбедносни кључеви нису укључени на овом сајту.
api-passkey-off = Пријава приступним кључем није укључена на овом сајту.

## The JSON API's problem details (`detail`)
api-verification-required = Потребна је сесија потврђена другим фактором.
api-no-removable-device = Нема таквог резервног телефона, апликације за потврду идентитета (док остаје други уређај) ни додатног безбедносног кључа.
api-no-such-device = Нема таквог уређаја.
api-already-enabled = Двофакторска потврда идентитета је већ укључена (прво је искључите да бисте почели изнова).
api-no-totp-setup = Подешавање није у току: прво позовите totp_setup.
api-no-phone-methods = Овај сајт не шаље SMS поруке и не позива.
api-method-choice = method мора бити једно од: { $methods }.
api-code-not-sent = Код није могао да се пошаље.
api-no-phone-setup = Ниједан телефон не чека свој код: прво позовите phone_add.
api-answer-failed = Одговор није могао да се направи.
api-credentials-required = username и password су обавезни.
api-no-pending-login = Ниједна пријава не чека код (истекла је или се завршила). Пријавите се поново.
api-no-challenge-device = Нема таквог телефона ни имејл уређаја.
api-password-required = password је обавезан.
api-cookie-with-app = Захтев апликације (X-Session-Token или X-Client: app) не сме да шаље колачић сесије.
api-two-factor-required = За овај налог је обавезна двофакторска потврда идентитета.
api-session-expired = Токен сесије је непознат или је истекао. Пријавите се поново.
api-middleware-missing = Сесије апликација захтевају two_factor middleware (TwoFactorMiddleware или OtpMiddleware).
api-csrf-header = CSRF провера није успела: пошаљите токен из `session` у заглављу X-CSRFToken.
api-log-in = Пријавите се.
api-reauthenticate = Прво потврдите лозинку (reauthenticate).
api-body-too-large = Тело је веће него што API прихвата (16 KiB).
api-body-unreadable = Тело није могло да се прочита.
api-token-too-long = Код је предугачак.
api-method-not-allowed = Ова путања не прихвата овај метод.
api-no-operation = API нема операцију на овој путањи.
api-csrf = CSRF провера није успела.
api-not-found = Није пронађено.
api-overloaded = Превише пријава истовремено. Покушајте поново за тренутак.
api-unavailable = Услуга привремено није доступна. Покушајте касније.
api-body-mismatch = JSON тело не одговара: { $error }.
api-body-not-object = Тело мора бити JSON објекат.

# Више апликација за потврду идентитета, уређаји са називом
profile-apps = Апликације за потврду идентитета
profile-apps-intro = Код из било које од ових апликација вас пријављује. Дајте свакој назив да бисте их разликовали.
profile-app-main = (главна)
app-create-title = Додајте апликацију за потврду идентитета
app-create-intro = Скенирајте QR код новом апликацијом, дајте јој назив и унесите код који приказује.
app-create-submit = Додај апликацију
app-name-placeholder = нпр. Таблет
app-setup-restarted = То подешавање је истекло. Скенирајте овај нови QR код и унесите код из њега.
device-name-field = Назив
device-rename = Преименуј
device-rename-label = Нови назив за { $what }

# Где сте пријављени
session-agent = { $browser } на { $system }
session-agent-unknown-browser = Непознат прегледач на { $system }
session-agent-unknown = Непознат прегледач
sessions-title = Где сте пријављени
sessions-intro = Ови прегледачи и апликације су пријављени на ваш налог. Сесија коју одјавите завршава се при свом следећем захтеву.
sessions-col-browser = Прегледач
sessions-col-address = Мрежа
sessions-col-began = Пријава
sessions-col-last-seen = Последња активност
sessions-app = апликација
sessions-current = Ова сесија
sessions-revoke = Одјави
sessions-revoke-others = Одјави се свуда другде
sessions-not-me-title = Не препознајете сесију?
sessions-not-me = Одјавите је (или се одјавите свуда другде), затим промените лозинку и проверите уређаје за двофакторску потврду идентитета.
sessions-back = Назад на безбедност налога
profile-sessions-intro = Погледајте прегледаче и апликације пријављене на ваш налог и одјавите их.
profile-sessions-link = Ваше сесије
api-no-such-session = Нема такве сесије.

# Поуздани прегледачи
trusted-title = Поуздани прегледачи
trusted-intro = За ове прегледаче је изабрано „не питај поново“: до приказаног датума прескачу код при пријави. Ако неком одузмете поверење, тражиће код при следећој пријави.
trusted-col-granted = Поуздан од
trusted-col-expires = До
trusted-revoke = Одузми поверење
trusted-revoke-all = Одузми поверење свим прегледачима
trusted-none = Ниједан прегледач не прескаче код при пријави.
api-no-such-grant = Нема таквог поузданог прегледача.

# Безбедносна упозорења (имејлови)
alert-new-browser-subject = Нова пријава на { $site }
alert-new-browser = Неко се пријавио на ваш налог { $username } на сајту { $site } из прегледача који раније није коришћен са овим налогом.
alert-device-added-subject = Додат је уређај за двофакторску потврду идентитета на { $site }
alert-device-added = { $device } је додат уређајима за двофакторску потврду идентитета вашег налога { $username } на сајту { $site }.
alert-device-removed-subject = Уклоњен је уређај за двофакторску потврду идентитета на { $site }
alert-device-removed = Један уређај је уклоњен из уређаја за двофакторску потврду идентитета вашег налога { $username } на сајту { $site }.
alert-backup-tokens-subject = Нови резервни кодови на { $site }
alert-backup-tokens = Направљени су нови резервни кодови за ваш налог { $username } на сајту { $site }; стари више не раде.
alert-disabled-subject = Двофакторска потврда идентитета искључена на { $site }
alert-disabled = Двофакторска потврда идентитета је искључена за ваш налог { $username } на сајту { $site }.
alert-locked-subject = Погрешни кодови на { $site }
alert-locked = Ваш уређај { $device } на сајту { $site } после погрешних кодова неко време одбија кодове. Погрешних кодова заредом: { $count }.
alert-when = Када: { $when }
alert-browser = Прегледач: { $browser }
alert-network = Мрежа: { $network }
alert-not-me-link = Ако то нисте били ви, одјавите се овде свуда и затим промените лозинку: { $url }
alert-not-me-page = Ако то нисте били ви, одјавите се свуда на страници „Где сте пријављени“ у безбедности налога ({ $path }) и затим промените лозинку.
alert-unknown = непознато

# Администрација: сесије и поуздани прегледачи
admin-sessions = Сесије
admin-no-sessions = Нема активних сесија.
admin-end-session = Заврши
admin-end-all-sessions = Заврши све сесије
admin-notice-sessions-ended = Завршене сесије: { $count }.
admin-notice-untrusted = Прегледачи којима је одузето поверење: { $count }.
