# actix-two-factor: saƙonni cikin Hausa.
# Magana: girmamawa ("Ku shigar"), kamar yadda manyan ayyuka ke yi. Kalmomi: lamba, lambar ajiya,
# manhajar tantancewa, tantancewa ta matakai biyu, mabuɗin tsaro, mabuɗin shiga (passkey).

## The page frame (_base.html) and the language switcher

language-name = Hausa

base-account-security = Tsaron asusu
base-log-out = Fita
base-log-in = Shiga
base-language = Harshe
base-language-submit = Canza

## Shared words

wizard-cancel = Soke
wizard-back = Koma baya
wizard-next = Gaba
permission-denied = Ba a ba da izini ba
enable-two-factor = Kunna tantancewa ta matakai biyu
disable-two-factor = Kashe tantancewa ta matakai biyu
two-factor-not-enabled = Ba a kunna tantancewa ta matakai biyu a asusunku ba. Ku kunna ta domin ƙara kare asusunku.
back-to-account-security = Koma zuwa tsaron asusu
add-phone-number = Ƙara lambar waya
backup-tokens-title = Lambobin ajiya
token-generator = Ku shigar da lambar da manhajar tantancewarku ta ƙirƙira.
token-call = Muna kiran ku yanzu, ku shigar da lambobin da kuka ji.
token-sms = Mun aiko muku da SMS, ku shigar da lambar da muka aiko.
token-email = Mun aiko muku da imel, ku shigar da lambar da muka aiko.

## Login (core/login.html)

login-title = Shiga
login-credentials = Ku shigar da bayanan shigarku.
login-backup-intro = Ku yi amfani da wannan fom don shiga da lambar ajiya. An ƙirƙiri waɗannan lambobi ne domin ku buga su ku ajiye su a wuri mai tsaro. Ku shigar da ɗaya daga cikin lambobin ajiya domin shiga asusunku.
login-submit = Shiga
login-other-methods = Ko kuma ku yi amfani da ɗaya daga cikin sauran hanyoyin tantancewarku:
login-backup-last-resort = A matsayin mafita ta ƙarshe, kuna iya amfani da lambar ajiya:
login-use-backup-token = Yi amfani da lambar ajiya

## Setup (core/setup.html, core/setup_complete.html)

setup-welcome = Kuna gab da ɗaga tsaron asusunku zuwa mataki na gaba. Ku bi matakan wannan jagora domin kunna tantancewa ta matakai biyu.
setup-method = Ku zaɓi hanyar tantancewa da kuke son amfani da ita.
setup-generator-intro = Don fara amfani da manhajar tantancewa, ku duba lambar QR da ke ƙasa da wayarku, misali da Google Authenticator, Aegis ko FreeOTP.
setup-qr-alt = Lambar QR
setup-manual-key = Ba za ku iya duba lambar ba? Ku shigar da wannan mabuɗi a manhajarku maimakon haka:
setup-on-this-phone = Kuna kan wannan wayar?
setup-open-in-app = Ku buɗe shi a manhajar tantancewarku
setup-app-should-show = Ya kamata manhajar ta nuna mai bayarwa “{ $issuer }” da lambobi masu lambobi { $digits }.
setup-enter-token = Sannan ku shigar da lambar da manhajar ta ƙirƙira.
setup-sms-intro = Ku shigar da lambar wayar da kuke son karɓar SMS a kanta. Za a tabbatar da lambar a mataki na gaba.
setup-call-intro = Ku shigar da lambar wayar da kuke son a kira ku da ita. Za a tabbatar da lambar a mataki na gaba.
setup-email-intro = Ku shigar da adireshin imel da kuke son karɓar lambobi a kai. Za a tabbatar da adireshin a mataki na gaba.
complete-congratulations = Barka, kun kunna tantancewa ta matakai biyu cikin nasara.
complete-add-phone-hint = Duk da haka, yana iya faruwa ba ku da na'urarku ta farko. Domin iya dawo da asusu, ku ƙara lambar waya.

## Two-factor required (core/otp_required.html)

otp-required-enforced = Saboda dalilan tsaro, shafin da kuka nema yana buƙatar tabbatarwa da tantancewa ta matakai biyu. Dole ne ku kunna waɗannan fasalolin tsaro domin shiga shafin.
otp-required-go-back = Koma baya

## Backup phones (core/phone_register.html)

phone-title = Ƙara wayar ajiya
phone-setup-intro = Kuna ƙara lambar wayar ajiya a asusunku. Za a yi amfani da ita idan hanyarku ta farko ba ta samuwa.
phone-validation-intro = Mun aika lamba zuwa lambar wayarku. Ku shigar da lambar da kuka karɓa.

## Re-authentication (core/reauth.html)

reauth-title = Ku tabbatar cewa ku ne
reauth-intro = Wannan aikin yana canza yadda ake kare asusunku. Ku shigar da kalmar sirrinku domin ci gaba.
reauth-intro-token = Wannan aikin yana canza yadda ake kare asusunku. Ku shigar da kalmar sirrinku da lamba ({ $device }) domin ci gaba.
reauth-confirm = Tabbatar

## Backup tokens (core/backup_tokens.html)

backup-tokens-intro = Ana amfani da lambobin ajiya idan hanyarku ta farko da lambobin wayar ajiya ba sa samuwa. Ana iya amfani da lambobin ajiya da ke ƙasa don tabbatar da shiga. Idan kun yi amfani da su duka, kuna iya ƙirƙirar sabon saiti. Lambobin da ke ƙasa kaɗai ne ke aiki.
backup-tokens-print = Ku buga waɗannan lambobi ku ajiye su a wuri mai tsaro. Yanzu kaɗai ake nuna su.
backup-tokens-unused = { $count ->
    [one] Kuna da lambar ajiya { $count } da ba a yi amfani da ita ba. Saboda tsaro ba za a sake nuna ta ba; idan kun rasa ta, ku ƙirƙiri sababbi.
   *[other] Kuna da lambobin ajiya { $count } da ba a yi amfani da su ba. Saboda tsaro ba za a sake nuna su ba; idan kun rasa su, ku ƙirƙiri sababbi.
}
backup-tokens-none = Ba ku da lambobin ajiya tukuna.
backup-tokens-generate = Ƙirƙiri lambobi

## Account security (profile/profile.html, profile/disable.html)

profile-title = Tsaron asusu
profile-generator = Manhajar tantancewarku ce za ta ƙirƙiri lambobin.
profile-primary-method = Babbar hanya: { $method }.
profile-backup-phones = Lambobin wayar ajiya
profile-backup-phones-intro = Idan babbar hanyarku ba ta samuwa, za mu iya aika lambobin ajiya zuwa lambobin wayar da ke ƙasa.
profile-unregister = Cire
profile-backup-tokens-intro = Idan ba ku da wata na'ura a hannu, kuna iya shiga asusunku da lambobin ajiya.
profile-backup-tokens-remaining = { $count ->
    [one] Lambar ajiya { $count } ta rage muku.
   *[other] Lambobin ajiya { $count } sun rage muku.
}
profile-no-backup-tokens = Babu sauran lambar ajiya.
profile-no-backup-tokens-advice = Idan kun rasa na'urarku ba za ku iya shiga ba: ku ƙirƙiri sababbin lambobi ku ajiye su a wuri mai tsaro.
profile-few-backup-tokens = { $count ->
    [one] Lambar ajiya { $count } kaɗai ta rage.
   *[other] Lambobin ajiya { $count } kaɗai suka rage.
}
profile-few-backup-tokens-advice = Ku ƙirƙiri sababbin lambobi kafin su ƙare.
profile-show-codes = Nuna lambobi
profile-disable-intro = Ba mu ba da shawarar hakan ko kaɗan ba, amma kuna iya kashe tantancewa ta matakai biyu a asusunku.
disable-title = Kashe tantancewa ta matakai biyu
disable-intro = Kuna gab da kashe tantancewa ta matakai biyu. Hakan zai raunana tsaron asusunku. Kun tabbata?
disable-submit = Kashe

## Mail with a code (email/token.txt, email/token.html)

email-subject = Lambar tabbatarwa
email-hello = Sannu { $username },
email-code-intro = Lambar tabbatarwarku ta { $site } ita ce:
email-validity = { $minutes ->
    [one] Tana aiki na minti { $minutes } kuma ana iya amfani da ita sau ɗaya. Idan ba ku yi ƙoƙarin shiga ba, ku yi watsi da wannan imel; wani yana iya sanin kalmar sirrinku, don haka ku yi la'akari da canza ta.
   *[other] Tana aiki na mintuna { $minutes } kuma ana iya amfani da ita sau ɗaya. Idan ba ku yi ƙoƙarin shiga ba, ku yi watsi da wannan imel; wani yana iya sanin kalmar sirrinku, don haka ku yi la'akari da canza ta.
}

## Text messages and calls (twilio/sms_message.txt, twilio/token.xml)

sms-token = Lambar tabbatarwarku ita ce { $token }
voice-token = Lambarku ita ce { $token }.
voice-token-again = Kuma, lambarku ita ce { $token }.

## The backup-used alert (signals::backup_used_alert)

alert-subject = An yi amfani da lambar ajiya
alert-body = Sannu { $username },

    Yanzu kun tabbatar da kanku da na'urar ajiya a { $site }. Idan ba ku ne ba, mai yiwuwa an kutsa cikin asusunku: ku canza kalmar sirrinku nan take, ku duba lambobin wayar ajiya, kuma ku ƙirƙiri sababbin lambobin ajiya.

## The admin (admin/*.html)

admin-title = Gudanar da tantancewa ta matakai biyu
admin-forbidden = Kun shiga a matsayin { $username }, amma ba ku da izinin shiga wannan shafi. Kuna son shiga da wani asusu?
admin-forbidden-login = Shiga da wani asusu
admin-users = Masu amfani
admin-find-label = Nemo mai amfani da sunan mai amfani
admin-find = Nemo
admin-no-user-named = Babu mai amfani mai suna “{ $username }”.
admin-cannot-list = Ma'ajiyar masu amfani ta wannan shafin ba ta iya jera masu amfani. Ku nemi mai amfani da sunan mai amfani maimakon haka.
admin-col-username = Sunan mai amfani
admin-col-email = Imel
admin-col-two-factor = Matakai biyu
admin-col-staff = Ma'aikaci
admin-col-active = Mai aiki
admin-superuser-note = (babban mai amfani)
admin-enabled = a kunne
admin-disabled = a kashe
admin-yes = eh
admin-no = a'a
admin-showing = { $total ->
    [one] Ana nuna { $shown } daga cikin mai amfani { $total }; ku nemo sauran da sunan mai amfani.
   *[other] Ana nuna { $shown } daga cikin masu amfani { $total }; ku nemo sauran da sunan mai amfani.
}
admin-no-users = Babu masu amfani tukuna.
admin-role-superuser = babban mai amfani
admin-role-staff = ma'aikaci
admin-role-not-staff = ba ma'aikaci ba
admin-state-active = mai aiki
admin-state-inactive = ba ya aiki
admin-user-two-factor = tantancewa ta matakai biyu
admin-devices = Na'urori
admin-col-device = Na'ura
admin-col-name = Suna
admin-col-id = Lambar shaida
admin-col-failures = Ƙoƙarin da bai yi nasara ba
admin-col-actions = Ayyuka
admin-verified-your-session = (ya tabbatar da zamanku)
admin-reset-failures = Sake saita ƙoƙarin da bai yi nasara ba
admin-remove = Cire
admin-no-devices = Babu na'urori.
admin-backup-tokens = Lambobin ajiya
admin-backup-tokens-remaining = { $count ->
    [one] Lambar ajiya { $count } ta rage.
   *[other] Lambobin ajiya { $count } sun rage.
}
admin-remove-backup-tokens = Cire lambobin ajiya
admin-failed-attempts = { $count ->
    [one] Ƙoƙari { $count } da bai yi nasara ba
   *[other] Ƙoƙari { $count } da ba su yi nasara ba
}
admin-reset-backup-failures = Sake saita ƙoƙarin lambobin ajiya da bai yi nasara ba
admin-backup-phones = Wayoyin ajiya
admin-no-backup-phones = Babu wayoyin ajiya.
admin-audit-reauth = { $minutes ->
    [one] Kowane canji a wannan shafi yana buƙatar ku tabbatar da kalmar sirri (da lamba) idan kun yi hakan na ƙarshe fiye da minti { $minutes } da suka wuce; ana rubuta kowane canji a littafin bincike.
   *[other] Kowane canji a wannan shafi yana buƙatar ku tabbatar da kalmar sirri (da lamba) idan kun yi hakan na ƙarshe fiye da mintuna { $minutes } da suka wuce; ana rubuta kowane canji a littafin bincike.
}
admin-audit = Ana rubuta kowane canji a wannan shafi a littafin bincike.
admin-reset-two-factor = Sake saita tantancewa ta matakai biyu
admin-reset-intro = Ga mai amfani da ya rasa na'urorinsa: yana cire dukkan na'urori da lambobin ajiya, don mai amfanin ya shiga da kalmar sirri kaɗai kuma ya sake saita tantancewa ta matakai biyu.
admin-notice-removed = An cire { $device } ({ $id }).
admin-notice-failures-reset = An sake saita ƙoƙarin da bai yi nasara ba na { $device } ({ $id }).
admin-notice-reset = An sake saita tantancewa ta matakai biyu na { $username }.

## Form fields and their messages (forms, views)

field-username = Sunan mai amfani
field-password = Kalmar sirri
field-token = Lamba
field-method = Hanya
field-phone-number = Lambar waya
field-phone-help = Tare da lambar ƙasa, tana farawa da + ko 00.
field-email = Adireshin imel
field-understand = Eh, na tabbata
method-generator = Manhajar tantancewa
method-sms = SMS
method-call = Kiran waya
method-email = Imel
form-required = Wannan filin wajibi ne.
form-invalid-token = Lambar ba daidai ba ce. Ku tabbatar kun shigar da ita daidai.
form-invalid-setup-token = Lambar da aka shigar ba ta aiki.
form-invalid-login = Ku shigar da sunan mai amfani da kalmar sirri daidai. Ku lura cewa filayen biyu suna iya bambanta manyan da ƙananan haruffa.
form-timed-out = Zamanku ya ƙare. Ku sake shiga.
form-wrong-password = An shigar da kalmar sirri ba daidai ba. Ku sake shigar da ita.
form-invalid-email = Ku shigar da adireshin imel mai inganci.
form-invalid-phone = Ku shigar da lambar waya mai inganci tare da lambar ƙasa, tana farawa da + ko 00.

## Devices as the pages name them

device-generator = Manhajar tantancewa
device-backup-tokens = Lambobin ajiya
device-sms = SMS zuwa { $target }
device-call = Kira zuwa { $target }
device-email = Imel zuwa { $target }

## Throttling, time-outs and sending codes

throttle-device = { $count ->
    [one] An dakatar da tabbatarwa na ɗan lokaci saboda ƙoƙari { $count } da bai yi nasara ba, ku sake gwadawa nan ba da jimawa ba.
   *[other] An dakatar da tabbatarwa na ɗan lokaci saboda ƙoƙari { $count } da ba su yi nasara ba, ku sake gwadawa nan ba da jimawa ba.
}
throttle-network = { $seconds ->
    [one] Ƙoƙari da yawa da ba su yi nasara ba daga hanyar sadarwarku. Ku sake gwadawa bayan daƙiƙa { $seconds }.
   *[other] Ƙoƙari da yawa da ba su yi nasara ba daga hanyar sadarwarku. Ku sake gwadawa bayan daƙiƙoƙi { $seconds }.
}
throttle-account = { $seconds ->
    [one] Ƙoƙari da yawa da ba su yi nasara ba. Ku sake gwadawa bayan daƙiƙa { $seconds }.
   *[other] Ƙoƙari da yawa da ba su yi nasara ba. Ku sake gwadawa bayan daƙiƙoƙi { $seconds }.
}
throttle-reauth-logged-out = An fitar da ku bayan tabbatar da kalmar sirri da yawa da ba su yi nasara ba. Ku sake shiga.
delivery-cooldown = { $seconds ->
    [one] An aika lamba yanzun nan. Ku yi amfani da ita, ko ku nemi sabuwa bayan daƙiƙa { $seconds }.
   *[other] An aika lamba yanzun nan. Ku yi amfani da ita, ko ku nemi sabuwa bayan daƙiƙoƙi { $seconds }.
}
delivery-limited-destination = { $minutes ->
    [one] An aika lambobi da yawa zuwa wannan lamba ko adireshi kwanan nan. Ku sake gwadawa bayan minti { $minutes } ko ku yi amfani da wata hanya.
   *[other] An aika lambobi da yawa zuwa wannan lamba ko adireshi kwanan nan. Ku sake gwadawa bayan mintuna { $minutes } ko ku yi amfani da wata hanya.
}
delivery-limited-user = { $minutes ->
    [one] An aika lambobi da yawa don asusunku kwanan nan. Ku sake gwadawa bayan minti { $minutes } ko ku yi amfani da wata hanya.
   *[other] An aika lambobi da yawa don asusunku kwanan nan. Ku sake gwadawa bayan mintuna { $minutes } ko ku yi amfani da wata hanya.
}
delivery-failed = Ba za mu iya aiko muku da lamba yanzu ba. Ku sake gwadawa daga baya ko ku yi amfani da wata hanya.

## Error pages (400, 403, 404, 500, 503)

error-title-400 = Buƙata mara kyau
error-title-403 = An hana
error-title-404 = Ba a samu ba
error-title-500 = Kuskuren sabar na ciki
error-title-503 = Sabis ba ya samuwa
error-unavailable = Sabis ba ya samuwa na ɗan lokaci. Ba a canza komai ba; ku sake gwadawa nan da ɗan lokaci.
error-unavailable-not-saved = Sabis ba ya samuwa na ɗan lokaci. Mai yiwuwa an aiwatar da buƙatarku, amma ba a iya adana zamanku ba. Ku sake shiga.
error-internal = Wani abu ya faru ba daidai ba a ɓangarenmu.
error-csrf = Tabbatarwar CSRF ta kasa. An soke buƙatar. Ku sake loda shafin kuma ku sake aika fom ɗin.
error-not-found = Ba a samu ba.
error-management-form = Bayanan ManagementForm sun ɓace ko an taɓa su.
error-token-too-long = Filin lambar ya yi tsawo da yawa.

## Security keys and passkeys (WebAuthn): login, setup, re-authentication, profile

method-webauthn = Mabuɗin tsaro ko mabuɗin shiga
token-webauthn = Ku yi amfani da mabuɗin tsaro ko mabuɗin shiga: ku danna maɓallin da ke ƙasa, sannan ku taɓa mabuɗin ko ku tabbatar a na'urarku.
reauth-intro-webauthn = Wannan aikin yana canza yadda ake kare asusunku. Ku shigar da kalmar sirrinku kuma ku tabbatar da mabuɗin tsaro domin ci gaba.
reauth-confirm-webauthn = Tabbatar da mabuɗin tsaro
setup-webauthn-intro = Ku tabbatar da shigarku da mabuɗin tsaro (USB, NFC ko Bluetooth) ko makullin allon na'urarku. Idan kun so ku ba shi suna, ku danna maɓallin kuma ku bi umarnin burauza.
webauthn-needs-js = Mabuɗan tsaro suna buƙatar JavaScript.
webauthn-needs-js-setup = Ku kunna shi don wannan shafi, ko ku koma baya ku zaɓi wata hanya.
webauthn-needs-js-reauth = Ku kunna shi don wannan shafi domin ci gaba.
webauthn-needs-js-other = Ku kunna shi don wannan shafi, ko ku yi amfani da wata hanya.
webauthn-needs-js-login = { $alternatives ->
    [token] Ku kunna shi don wannan shafi, ko ku shigar da lamba.
    [backup] Ku kunna shi don wannan shafi, ko ku yi amfani da lambar ajiya.
    [both] Ku kunna shi don wannan shafi, ku shigar da lamba, ko ku yi amfani da lambar ajiya.
   *[none] Ku kunna shi don wannan shafi.
}
webauthn-use-key = Yi amfani da mabuɗin tsaro
webauthn-passkey-needs-js = Shiga da mabuɗin shiga yana buƙatar JavaScript; ku yi amfani da sunan mai amfani da kalmar sirri.
webauthn-passkey-login = Shiga da mabuɗin shiga
webauthn-register = Yi rajistar mabuɗin tsaro
webauthn-profile-title = Mabuɗan tsaro da mabuɗan shiga
webauthn-col-kind = Iri
webauthn-col-added = An ƙara
webauthn-col-last-used = Amfani na ƙarshe
webauthn-col-actions = Ayyuka
webauthn-kind-passkey = Mabuɗin shiga
webauthn-kind-security-key = Mabuɗin tsaro
webauthn-primary = (na farko)
webauthn-never = ba a taɓa ba
webauthn-remove = Cire
webauthn-remove-label = Cire { $label }
webauthn-no-keys = Babu mabuɗan tsaro tukuna. Mabuɗin tsaro ko mabuɗin shiga yana tabbatar da shigarku da taɓawa ɗaya.
webauthn-add-title = Ƙara mabuɗin tsaro
webauthn-add-intro = Mabuɗin tsaro (USB, NFC ko Bluetooth) ko makullin allon na'urarku zai iya tabbatar da shigarku. Mabuɗin shiga kuma yana shigar da ku ba tare da kalmar sirri ba: yana buƙatar PIN, zanen yatsa ko fuskarku a na'urar.
webauthn-add-needs-js = Ƙara mabuɗin tsaro yana buƙatar JavaScript.
webauthn-label-field = Suna
webauthn-label-placeholder = misali YubiKey a kan maɓallai
webauthn-label-apart = Domin ku iya bambanta mabuɗanku daga baya.
webauthn-label-help = Na zaɓi, misali “YubiKey a kan maɓallai”.
webauthn-add-passkey = Ƙara mabuɗin shiga
webauthn-add-key = Ƙara mabuɗin tsaro
device-webauthn-key = Mabuɗin tsaro “{ $label }”
device-labelled = { $what } “{ $label }”
webauthn-synced = an daidaita
webauthn-syncable = ba a daidaita ba tukuna
webauthn-device-bound = an ɗaura da na'ura
webauthn-details = { $provider }, { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = Mabuɗin tsaronku ɗaya tilo an ɗaura shi da na'ura ɗaya: idan kun rasa shi, za ku rasa damar shiga asusunku. Ku ƙara mabuɗi na biyu ko mabuɗin shiga.
device-webauthn-passkey = Mabuɗin shiga “{ $label }”

## Security keys and passkeys: messages from the server

webauthn-press-button = Ku danna maɓallin kuma ku bi umarnin burauza.
webauthn-use-key-hint = Ku yi amfani da mabuɗin tsaronku: ku danna maɓallin kuma ku bi umarnin burauza.
webauthn-no-ceremony = Buƙatar mabuɗin tsaro ta ƙare ko an riga an yi amfani da ita. Ku sake gwadawa.
webauthn-log-in-first = Ku fara shiga.
webauthn-verify-first = Ku fara tabbatar da shigarku da mataki na biyu.
webauthn-reauth-first = Ku sake tabbatar da kalmar sirrinku (ku sake loda shafin).
webauthn-login-timed-out = Lokacin shigarku ya ƙare. Ku sake shiga.
webauthn-label-control = Suna ba zai iya ƙunsar haruffan sarrafawa ba.
webauthn-label-too-long = Suna zai iya samun haruffa { $max } a mafi yawa.
webauthn-error-malformed = Ba a iya karanta amsar burauza ba ({ $part }). Ku sake gwadawa.
webauthn-error-key-cbor = Ba a iya karanta mabuɗin jama'a na mabuɗin tsaro ba.
webauthn-error-key-unsupported = Mabuɗin tsaro yana amfani da tsarin da wannan shafin ba ya goyon baya.
webauthn-error-key-malformed = Mabuɗin jama'a na mabuɗin tsaro ba daidai ba ne.
webauthn-error-challenge-mismatch = Wannan amsar ta wata buƙata ce. Ku sake gwadawa.
webauthn-error-expired = Buƙatar ta ƙare. Ku sake gwadawa.
webauthn-error-wrong-origin = Amsar ta fito daga wani shafi ({ $origin }).
webauthn-error-wrong-rp-id = Mabuɗin tsaro ya amsa don wani shafi.
webauthn-error-user-not-present = Ba a taɓa mabuɗin tsaro ba.
webauthn-error-user-not-verified = Mabuɗin tsaro bai tabbatar da ku ba (PIN ko alamomin jiki). Ku sake gwadawa.
webauthn-error-bad-signature = Sa hannun mabuɗin tsaro ba ya aiki.
webauthn-error-unknown-credential = Ba a yi rajistar wannan mabuɗin tsaro don wannan asusu ba.
webauthn-error-not-passkey = Wannan mabuɗi ba mabuɗin shiga na wannan shafi ba ne. Ku shiga da kalmar sirri.
webauthn-error-passkey-login-disabled = An kashe shiga da mabuɗin shiga a wannan shafi.
webauthn-error-counter-regression = Ma'aunin sa hannu na wannan mabuɗin tsaro ya koma baya, abin da ke faruwa idan an kwafi mabuɗi. An ƙi shi; ku tuntuɓi masu gudanar da shafin.
webauthn-error-replayed = An riga an yi amfani da wannan amsa. Ku sake gwadawa.
webauthn-error-already-registered = An riga an yi rajistar wannan mabuɗin tsaro.
webauthn-error-unsupported-attestation = Ba a goyon bayan shaidar wannan mai tantancewa ({ $format }); shafin yana karɓar “none” da “packed”.
webauthn-error-not-discoverable = Wannan mai tantancewa ba zai iya ajiye mabuɗin shiga ba. Ku ƙara shi a matsayin mabuɗin tsaro maimakon haka.
webauthn-error-wrong-ceremony = Wannan amsar ta wani mataki ce. Ku sake farawa.
webauthn-error-model-not-accepted = Ba a karɓar irin wannan mai tantancewa ({ $model }) a wannan shafi.
webauthn-error-attestation-required = Wannan shafi yana karɓar mabuɗan tsaro da ke tabbatar da samfurinsu kaɗai (shaida).
webauthn-error-attestation-untrusted = Ba a iya tabbatar da shaidar mabuɗin tsaro ba.
webauthn-error-not-in-metadata = Irin wannan mai tantancewa ({ $model }) ba ya cikin jerin samfuran da shafin ya sani.
webauthn-error-revoked = Mai ƙera ya bayar da rahoton cewa an soke ko an kutsa irin wannan mai tantancewa ({ $model }).
webauthn-origin-not-secure = Mabuɗan tsaro da mabuɗan shiga suna buƙatar haɗi mai tsaro: ku buɗe shafin ta HTTPS (ko a http://localhost lokacin haɓakawa).
webauthn-origin-ip-address = Mabuɗan tsaro da mabuɗan shiga suna buƙatar sunan yanki, ba adireshin IP ba: ku buɗe shafin a { $suggestion } maimakon { $address }.
webauthn-origin-bad-host = Ba za a iya amfani da sunan mai masaukin wannan shafi don mabuɗan tsaro da mabuɗan shiga ba.
webauthn-origin-outside-rp-id = Adireshin wannan shafi ba ya cikin yankin shafin don mabuɗan tsaro ({ $rp_id }).
webauthn-origin-not-allowed = Adireshin wannan shafi ba ya cikin adiresoshin shafin don mabuɗan tsaro.

## Security keys and passkeys: messages of the browser script (webauthn.js)

webauthn-js-unsupported = Wannan burauza ba ta goyon bayan mabuɗan tsaro ko mabuɗan shiga. Ku yi amfani da wata hanya ko sabuwar burauza.
webauthn-js-insecure = Mabuɗan tsaro da mabuɗan shiga suna buƙatar adireshi mai tsaro (HTTPS, ko http://localhost lokacin haɓakawa).
webauthn-js-cancelled = An soke buƙatar ko lokacinta ya ƙare. Ku sake gwadawa idan mabuɗin ko na'urar ta shirya.
webauthn-js-aborted = An soke buƙatar.
webauthn-js-exists = An riga an yi rajistar wannan mabuɗin tsaro a asusunku.
webauthn-js-security = Wannan adireshi ba zai iya amfani da mabuɗan tsaro ba (WebAuthn yana buƙatar HTTPS ko localhost, da sunan yanki maimakon adireshin IP).
webauthn-js-network = Ba a iya isa ga sabar ba. Ku duba haɗinku kuma ku sake gwadawa.
webauthn-js-failed = Wani abu ya faru ba daidai ba da mabuɗin tsaro. Ku sake gwadawa.
webauthn-js-working = Ku bi umarnin burauza: ku taɓa mabuɗin tsaro ko ku tabbatar a na'urarku.
api-webauthn-off = Ba a kunna mabuɗan tsaro a wannan shafi ba.
api-passkey-off = Ba a kunna shiga da mabuɗin shiga a wannan shafi ba.

## The JSON API's problem details (`detail`)
api-verification-required = Wannan yana buƙatar zaman da aka tabbatar da mataki na biyu.
api-no-removable-device = Babu irin wannan wayar ajiya, manhajar tantancewa (muddin wata na'ura ta rage) ko ƙarin mabuɗin tsaro.
api-no-such-device = Babu irin wannan na'ura.
api-already-enabled = An riga an kunna tantancewa ta matakai biyu (ku kashe ta da farko don sake farawa).
api-no-totp-setup = Babu saiti da ke gudana: ku fara kiran totp_setup.
api-no-phone-methods = Wannan shafi ba ya aika SMS kuma ba ya kira.
api-method-choice = method dole ya kasance ɗaya daga cikin: { $methods }.
api-code-not-sent = Ba a iya aika lambar ba.
api-no-phone-setup = Babu wayar da ke jiran lambarta: ku fara kiran phone_add.
api-answer-failed = Ba a iya gina amsar ba.
api-credentials-required = username da password wajibi ne.
api-no-pending-login = Babu shigar da ke jiran lamba (ta ƙare ko ta kammala). Ku sake shiga.
api-no-challenge-device = Babu irin wannan waya ko na'urar imel.
api-password-required = password wajibi ne.
api-cookie-with-app = Buƙatar manhaja (X-Session-Token ko X-Client: app) ba za ta aika kukis na zama ba.
api-two-factor-required = Tantancewa ta matakai biyu wajibi ce ga wannan asusu.
api-session-expired = Ba a san alamar zaman ba ko ta ƙare. Ku sake shiga.
api-middleware-missing = Zaman manhaja yana buƙatar middleware na two_factor (TwoFactorMiddleware ko OtpMiddleware).
api-csrf-header = Tabbatarwar CSRF ta kasa: ku aika alamar daga `session` a cikin kan X-CSRFToken.
api-log-in = Ku shiga.
api-reauthenticate = Ku fara tabbatar da kalmar sirrinku (reauthenticate).
api-body-too-large = Jikin ya fi abin da API ke karɓa girma (16 KiB).
api-body-unreadable = Ba a iya karanta jikin ba.
api-token-too-long = Lambar ta yi tsawo da yawa.
api-method-not-allowed = Wannan hanya ba ta karɓar wannan hanyar buƙata.
api-no-operation = API ba shi da aiki a wannan hanya.
api-csrf = Tabbatarwar CSRF ta kasa.
api-not-found = Ba a samu ba.
api-overloaded = Shiga da yawa a lokaci ɗaya. Ku sake gwadawa nan da ɗan lokaci.
api-unavailable = Sabis ba ya samuwa na ɗan lokaci. Ku sake gwadawa daga baya.
api-body-mismatch = Jikin JSON bai dace ba: { $error }.
api-body-not-object = Jikin dole ya zama abin JSON.

# Manhajojin tantancewa da yawa, na'urori masu suna
profile-apps = Manhajojin tantancewa
profile-apps-intro = Lamba daga kowace ɗaya daga cikin waɗannan manhajoji tana shigar da ku. Ku ba kowace suna domin bambanta su.
profile-app-main = (ta farko)
app-create-title = Ƙara manhajar tantancewa
app-create-intro = Ku duba lambar QR da sabuwar manhajar, ku ba ta suna, kuma ku shigar da lambar da take nunawa.
app-create-submit = Ƙara manhaja
app-name-placeholder = misali Kwamfutar hannu
app-setup-restarted = Wannan saitin ya ƙare. Ku duba wannan sabuwar lambar QR kuma ku shigar da lamba daga gare ta.
device-name-field = Suna
device-rename = Sake suna
device-rename-label = Sabon suna don { $what }

# Inda kuka shiga
session-agent = { $browser } a kan { $system }
session-agent-unknown-browser = Burauzar da ba a sani ba a kan { $system }
session-agent-unknown = Burauzar da ba a sani ba
sessions-title = Inda kuka shiga
sessions-intro = Waɗannan burauzoji da manhajoji sun shiga asusunku. Zaman da kuka fitar yana ƙarewa a buƙatarsa ta gaba.
sessions-col-browser = Burauza
sessions-col-address = Hanyar sadarwa
sessions-col-began = An shiga
sessions-col-last-seen = Aiki na ƙarshe
sessions-app = manhaja
sessions-current = Wannan zaman
sessions-revoke = Fitar
sessions-revoke-others = Fita daga duk sauran wurare
sessions-not-me-title = Ba ku gane wani zama ba?
sessions-not-me = Ku fitar da shi (ko ku fita daga duk sauran wurare), sannan ku canza kalmar sirrinku kuma ku duba na'urorin tantancewa ta matakai biyu.
sessions-back = Koma zuwa tsaron asusu
profile-sessions-intro = Ku ga burauzoji da manhajojin da suka shiga asusunku, kuma ku fitar da su.
profile-sessions-link = Zamanku
api-no-such-session = Babu irin wannan zama.

# Burauzoji amintattu
trusted-title = Burauzoji amintattu
trusted-intro = An zaɓi "kada a sake tambaya" ga waɗannan burauzoji: suna tsallake lambar lokacin shiga har zuwa ranar da aka nuna. Idan kuka janye amincewar ɗaya, za ta nemi lamba a shiga ta gaba.
trusted-col-granted = Amintacciya tun
trusted-col-expires = Har zuwa
trusted-revoke = Janye amincewa
trusted-revoke-all = Janye amincewar duk burauzoji
trusted-none = Babu burauzar da ke tsallake lambar lokacin shiga.
api-no-such-grant = Babu irin wannan amintacciyar burauza.

# Faɗakarwar tsaro (imel)
alert-new-browser-subject = Sabon shiga a { $site }
alert-new-browser = Wani ya shiga asusunku { $username } a { $site } daga burauzar da ba a taɓa amfani da ita da wannan asusu ba.
alert-device-added-subject = An ƙara na'urar tantancewa ta matakai biyu a { $site }
alert-device-added = An ƙara { $device } cikin na'urorin tantancewa ta matakai biyu na asusunku { $username } a { $site }.
alert-device-removed-subject = An cire na'urar tantancewa ta matakai biyu a { $site }
alert-device-removed = An cire na'ura daga na'urorin tantancewa ta matakai biyu na asusunku { $username } a { $site }.
alert-backup-tokens-subject = Sababbin lambobin ajiya a { $site }
alert-backup-tokens = An ƙirƙiri sababbin lambobin ajiya don asusunku { $username } a { $site }; tsofaffin ba sa aiki kuma.
alert-disabled-subject = An kashe tantancewa ta matakai biyu a { $site }
alert-disabled = An kashe tantancewa ta matakai biyu don asusunku { $username } a { $site }.
alert-locked-subject = Lambobi marasa daidai a { $site }
alert-locked = { $device } ɗinku a { $site } yana ƙin lambobi na ɗan lokaci bayan lambobi marasa daidai. Lambobi marasa daidai a jere: { $count }.
alert-when = Yaushe: { $when }
alert-browser = Burauza: { $browser }
alert-network = Hanyar sadarwa: { $network }
alert-not-me-link = Idan ba ku ne ba, ku fita daga ko'ina a nan sannan ku canza kalmar sirrinku: { $url }
alert-not-me-page = Idan ba ku ne ba, ku fita daga ko'ina a shafin "Inda kuka shiga" na tsaron asusunku ({ $path }) sannan ku canza kalmar sirrinku.
alert-unknown = ba a sani ba

# Gudanarwa: zamuna da burauzoji amintattu
admin-sessions = Zamuna
admin-no-sessions = Babu zaman da ke aiki.
admin-end-session = Kawo ƙarshe
admin-end-all-sessions = Kawo ƙarshen duk zamuna
admin-notice-sessions-ended = Zamunan da aka kawo ƙarshensu: { $count }.
admin-notice-untrusted = Burauzojin da aka janye amincewarsu: { $count }.
