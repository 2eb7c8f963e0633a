# actix-two-factor: pranešimai lietuvių kalba.
# Kreipinys: mandagus ("Įveskite"), kaip didžiosiose lietuviškose paslaugose. Terminai: kodas,
# atsarginis kodas, autentifikavimo programėlė, dviejų veiksnių autentifikavimas, saugos raktas,
# prieigos raktas (passkey).

## The page frame (_base.html) and the language switcher

language-name = Lietuvių

base-account-security = Paskyros sauga
base-log-out = Atsijungti
base-log-in = Prisijungti
base-language = Kalba
base-language-submit = Keisti

## Shared words

wizard-cancel = Atšaukti
wizard-back = Atgal
wizard-next = Toliau
permission-denied = Prieiga uždrausta
enable-two-factor = Įjungti dviejų veiksnių autentifikavimą
disable-two-factor = Išjungti dviejų veiksnių autentifikavimą
two-factor-not-enabled = Jūsų paskyroje dviejų veiksnių autentifikavimas neįjungtas. Įjunkite jį, kad paskyra būtų geriau apsaugota.
back-to-account-security = Grįžti į paskyros saugą
add-phone-number = Pridėti telefono numerį
backup-tokens-title = Atsarginiai kodai
token-generator = Įveskite kodą, kurį sukūrė jūsų autentifikavimo programėlė.
token-call = Dabar jums skambiname, įveskite išgirstus skaitmenis.
token-sms = Išsiuntėme jums SMS, įveskite atsiųstą kodą.
token-email = Išsiuntėme jums el. laišką, įveskite atsiųstą kodą.

## Login (core/login.html)

login-title = Prisijungimas
login-credentials = Įveskite prisijungimo duomenis.
login-backup-intro = Šia forma prisijungiate atsarginiu kodu. Kodai buvo sukurti, kad juos atsispausdintumėte ir laikytumėte saugioje vietoje. Norėdami prisijungti prie paskyros, įveskite vieną iš atsarginių kodų.
login-submit = Prisijungti
login-other-methods = Arba naudokite kitą autentifikavimo būdą:
login-backup-last-resort = Kraštutiniu atveju galite naudoti atsarginį kodą:
login-use-backup-token = Naudoti atsarginį kodą

## Setup (core/setup.html, core/setup_complete.html)

setup-welcome = Ketinate pakelti savo paskyros saugą į aukštesnį lygį. Norėdami įjungti dviejų veiksnių autentifikavimą, atlikite šio vedlio veiksmus.
setup-method = Pasirinkite, kurį autentifikavimo būdą norite naudoti.
setup-generator-intro = Norėdami pradėti naudoti autentifikavimo programėlę, nuskaitykite toliau pateiktą QR kodą išmaniuoju telefonu, pavyzdžiui, programėle Google Authenticator, Aegis ar FreeOTP.
setup-qr-alt = QR kodas
setup-manual-key = Negalite nuskaityti kodo? Vietoj to įveskite šį raktą programėlėje:
setup-on-this-phone = Esate šiame telefone?
setup-open-in-app = Atidarykite jį autentifikavimo programėlėje
setup-app-should-show = Programėlė turėtų rodyti išdavėją „{ $issuer }“ ir { $digits } skaitmenų kodus.
setup-enter-token = Tada įveskite programėlės sukurtą kodą.
setup-sms-intro = Įveskite telefono numerį, kuriuo norite gauti SMS. Numeris bus patvirtintas kitame žingsnyje.
setup-call-intro = Įveskite telefono numerį, kuriuo jums skambinti. Numeris bus patvirtintas kitame žingsnyje.
setup-email-intro = Įveskite el. pašto adresą, kuriuo norite gauti kodus. Adresas bus patvirtintas kitame žingsnyje.
complete-congratulations = Sveikiname, dviejų veiksnių autentifikavimas sėkmingai įjungtas.
complete-add-phone-hint = Vis dėlto gali nutikti, kad pagrindinis įrenginys bus nepasiekiamas. Kad būtų galima atkurti paskyrą, pridėkite telefono numerį.

## Two-factor required (core/otp_required.html)

otp-required-enforced = Dėl saugumo prašomam puslapiui reikia patvirtinimo dviejų veiksnių autentifikavimu. Kad galėtumėte jį atidaryti, turite įjungti šias saugos funkcijas.
otp-required-go-back = Grįžti

## Backup phones (core/phone_register.html)

phone-title = Pridėti atsarginį telefoną
phone-setup-intro = Pridedate prie paskyros atsarginį telefono numerį. Jis bus naudojamas, kai pagrindinis būdas nepasiekiamas.
phone-validation-intro = Išsiuntėme kodą jūsų telefono numeriu. Įveskite gautą kodą.

## Re-authentication (core/reauth.html)

reauth-title = Patvirtinkite, kad tai jūs
reauth-intro = Šis veiksmas keičia jūsų paskyros apsaugą. Norėdami tęsti, įveskite slaptažodį.
reauth-intro-token = Šis veiksmas keičia jūsų paskyros apsaugą. Norėdami tęsti, įveskite slaptažodį ir kodą ({ $device }).
reauth-confirm = Patvirtinti

## Backup tokens (core/backup_tokens.html)

backup-tokens-intro = Atsarginiai kodai naudojami, kai nepasiekiamas nei pagrindinis būdas, nei atsarginiai telefono numeriai. Toliau pateiktais atsarginiais kodais galima patvirtinti prisijungimą. Jei visus išnaudojote, galite sukurti naują rinkinį. Galioja tik toliau rodomi kodai.
backup-tokens-print = Atsispausdinkite šiuos kodus ir laikykite juos saugioje vietoje. Jie rodomi tik dabar.
backup-tokens-unused = { $count ->
    [one] Turite { $count } nepanaudotą atsarginį kodą. Dėl saugumo jo negalima parodyti dar kartą; jei jį praradote, sukurkite naujų.
    [few] Turite { $count } nepanaudotus atsarginius kodus. Dėl saugumo jų negalima parodyti dar kartą; jei juos praradote, sukurkite naujų.
    [many] Turite { $count } nepanaudoto atsarginio kodo. Dėl saugumo jų negalima parodyti dar kartą; jei juos praradote, sukurkite naujų.
   *[other] Turite { $count } nepanaudotų atsarginių kodų. Dėl saugumo jų negalima parodyti dar kartą; jei juos praradote, sukurkite naujų.
}
backup-tokens-none = Dar neturite atsarginių kodų.
backup-tokens-generate = Kurti kodus

## Account security (profile/profile.html, profile/disable.html)

profile-title = Paskyros sauga
profile-generator = Kodus kurs jūsų autentifikavimo programėlė.
profile-primary-method = Pagrindinis būdas: { $method }.
profile-backup-phones = Atsarginiai telefono numeriai
profile-backup-phones-intro = Jei pagrindinis būdas nepasiekiamas, galime siųsti atsarginius kodus toliau nurodytais telefono numeriais.
profile-unregister = Pašalinti
profile-backup-tokens-intro = Jei neturite su savimi jokio įrenginio, prie paskyros galite prisijungti atsarginiais kodais.
profile-backup-tokens-remaining = { $count ->
    [one] Liko { $count } atsarginis kodas.
    [few] Liko { $count } atsarginiai kodai.
    [many] Liko { $count } atsarginio kodo.
   *[other] Liko { $count } atsarginių kodų.
}
profile-no-backup-tokens = Nebeliko atsarginių kodų.
profile-no-backup-tokens-advice = Jei prarasite įrenginį, negalėsite prisijungti: sukurkite naujus kodus ir laikykite juos saugiai.
profile-few-backup-tokens = { $count ->
    [one] Liko tik { $count } atsarginis kodas.
    [few] Liko tik { $count } atsarginiai kodai.
    [many] Liko tik { $count } atsarginio kodo.
   *[other] Liko tik { $count } atsarginių kodų.
}
profile-few-backup-tokens-advice = Sukurkite naujus kodus, kol jie nesibaigė.
profile-show-codes = Rodyti kodus
profile-disable-intro = Primygtinai to nerekomenduojame, bet galite ir išjungti dviejų veiksnių autentifikavimą savo paskyroje.
disable-title = Išjungti dviejų veiksnių autentifikavimą
disable-intro = Ketinate išjungti dviejų veiksnių autentifikavimą. Tai susilpnins paskyros saugą. Ar tikrai?
disable-submit = Išjungti

## Mail with a code (email/token.txt, email/token.html)

email-subject = Patvirtinimo kodas
email-hello = Sveiki, { $username },
email-code-intro = Jūsų patvirtinimo kodas svetainei { $site }:
email-validity = { $minutes ->
    [one] Jis galioja { $minutes } minutę ir gali būti panaudotas vieną kartą. Jei nebandėte prisijungti, nekreipkite dėmesio į šį laišką; kas nors gali žinoti jūsų slaptažodį, tad apsvarstykite galimybę jį pakeisti.
    [few] Jis galioja { $minutes } minutes ir gali būti panaudotas vieną kartą. Jei nebandėte prisijungti, nekreipkite dėmesio į šį laišką; kas nors gali žinoti jūsų slaptažodį, tad apsvarstykite galimybę jį pakeisti.
    [many] Jis galioja { $minutes } minutės ir gali būti panaudotas vieną kartą. Jei nebandėte prisijungti, nekreipkite dėmesio į šį laišką; kas nors gali žinoti jūsų slaptažodį, tad apsvarstykite galimybę jį pakeisti.
   *[other] Jis galioja { $minutes } minučių ir gali būti panaudotas vieną kartą. Jei nebandėte prisijungti, nekreipkite dėmesio į šį laišką; kas nors gali žinoti jūsų slaptažodį, tad apsvarstykite galimybę jį pakeisti.
}

## Text messages and calls (twilio/sms_message.txt, twilio/token.xml)

sms-token = Jūsų patvirtinimo kodas: { $token }
voice-token = Jūsų kodas yra { $token }.
voice-token-again = Dar kartą: jūsų kodas yra { $token }.

## The backup-used alert (signals::backup_used_alert)

alert-subject = Panaudotas atsarginis kodas
alert-body = Sveiki, { $username },

    ką tik patvirtinote tapatybę atsarginiu įrenginiu svetainėje { $site }. Jei tai buvote ne jūs, jūsų paskyra galėjo būti pažeista: nedelsdami pakeiskite slaptažodį, patikrinkite atsarginius telefono numerius ir sukurkite naujus atsarginius kodus.

## The admin (admin/*.html)

admin-title = Dviejų veiksnių autentifikavimo administravimas
admin-forbidden = Esate prisijungę kaip { $username }, bet neturite teisės matyti šio puslapio. Ar norite prisijungti kita paskyra?
admin-forbidden-login = Prisijungti kita paskyra
admin-users = Naudotojai
admin-find-label = Rasti naudotoją pagal naudotojo vardą
admin-find = Rasti
admin-no-user-named = Naudotojo „{ $username }“ nėra.
admin-cannot-list = Šios svetainės naudotojų saugykla negali išvardyti naudotojų. Ieškokite naudotojo pagal naudotojo vardą.
admin-col-username = Naudotojo vardas
admin-col-email = El. paštas
admin-col-two-factor = Du veiksniai
admin-col-staff = Personalas
admin-col-active = Aktyvus
admin-superuser-note = (supernaudotojas)
admin-enabled = įjungta
admin-disabled = išjungta
admin-yes = taip
admin-no = ne
admin-showing = { $total ->
    [one] Rodoma { $shown } iš { $total } naudotojo; kitus raskite pagal naudotojo vardą.
    [few] Rodoma { $shown } iš { $total } naudotojų; kitus raskite pagal naudotojo vardą.
   *[other] Rodoma { $shown } iš { $total } naudotojų; kitus raskite pagal naudotojo vardą.
}
admin-no-users = Naudotojų dar nėra.
admin-role-superuser = supernaudotojas
admin-role-staff = personalas
admin-role-not-staff = ne personalas
admin-state-active = aktyvus
admin-state-inactive = neaktyvus
admin-user-two-factor = dviejų veiksnių autentifikavimas
admin-devices = Įrenginiai
admin-col-device = Įrenginys
admin-col-name = Pavadinimas
admin-col-id = ID
admin-col-failures = Nesėkmingi bandymai
admin-col-actions = Veiksmai
admin-verified-your-session = (patvirtino jūsų seansą)
admin-reset-failures = Atstatyti nesėkmingus bandymus
admin-remove = Pašalinti
admin-no-devices = Įrenginių nėra.
admin-backup-tokens = Atsarginiai kodai
admin-backup-tokens-remaining = { $count ->
    [one] Liko { $count } atsarginis kodas.
    [few] Liko { $count } atsarginiai kodai.
    [many] Liko { $count } atsarginio kodo.
   *[other] Liko { $count } atsarginių kodų.
}
admin-remove-backup-tokens = Pašalinti atsarginius kodus
admin-failed-attempts = { $count ->
    [one] { $count } nesėkmingas bandymas
    [few] { $count } nesėkmingi bandymai
    [many] { $count } nesėkmingo bandymo
   *[other] { $count } nesėkmingų bandymų
}
admin-reset-backup-failures = Atstatyti nesėkmingus bandymus atsarginiais kodais
admin-backup-phones = Atsarginiai telefonai
admin-no-backup-phones = Atsarginių telefonų nėra.
admin-audit-reauth = { $minutes ->
    [one] Kiekvienas pakeitimas šiame puslapyje prašo patvirtinti slaptažodį (ir kodą), jei paskutinį kartą tai darėte daugiau nei prieš { $minutes } minutę; kiekvienas pakeitimas įrašomas į audito žurnalą.
    [few] Kiekvienas pakeitimas šiame puslapyje prašo patvirtinti slaptažodį (ir kodą), jei paskutinį kartą tai darėte daugiau nei prieš { $minutes } min.; kiekvienas pakeitimas įrašomas į audito žurnalą.
   *[other] Kiekvienas pakeitimas šiame puslapyje prašo patvirtinti slaptažodį (ir kodą), jei paskutinį kartą tai darėte daugiau nei prieš { $minutes } min.; kiekvienas pakeitimas įrašomas į audito žurnalą.
}
admin-audit = Kiekvienas pakeitimas šiame puslapyje įrašomas į audito žurnalą.
admin-reset-two-factor = Atstatyti dviejų veiksnių autentifikavimą
admin-reset-intro = Naudotojui, praradusiam įrenginius: pašalina visus įrenginius ir atsarginius kodus, tad naudotojas prisijungia tik slaptažodžiu ir iš naujo nustato dviejų veiksnių autentifikavimą.
admin-notice-removed = Pašalinta: { $device } ({ $id }).
admin-notice-failures-reset = Nesėkmingi bandymai atstatyti: { $device } ({ $id }).
admin-notice-reset = Naudotojo { $username } dviejų veiksnių autentifikavimas atstatytas.

## Form fields and their messages (forms, views)

field-username = Naudotojo vardas
field-password = Slaptažodis
field-token = Kodas
field-method = Būdas
field-phone-number = Telefono numeris
field-phone-help = Su šalies kodu, prasidedantis + arba 00.
field-email = El. pašto adresas
field-understand = Taip, esu tikras
method-generator = Autentifikavimo programėlė
method-sms = SMS
method-call = Skambutis
method-email = El. paštas
form-required = Šis laukas privalomas.
form-invalid-token = Neteisingas kodas. Patikrinkite, ar įvedėte jį teisingai.
form-invalid-setup-token = Įvestas kodas negalioja.
form-invalid-login = Įveskite teisingą naudotojo vardą ir slaptažodį. Atkreipkite dėmesį, kad abiejuose laukuose gali būti skiriamos didžiosios ir mažosios raidės.
form-timed-out = Seansas baigėsi. Prisijunkite iš naujo.
form-wrong-password = Slaptažodis įvestas neteisingai. Įveskite jį dar kartą.
form-invalid-email = Įveskite galiojantį el. pašto adresą.
form-invalid-phone = Įveskite galiojantį telefono numerį su šalies kodu, prasidedantį + arba 00.

## Devices as the pages name them

device-generator = Autentifikavimo programėlė
device-backup-tokens = Atsarginiai kodai
device-sms = SMS numeriu { $target }
device-call = Skambutis numeriu { $target }
device-email = El. laiškas adresu { $target }

## Throttling, time-outs and sending codes

throttle-device = { $count ->
    [one] Patvirtinimas laikinai išjungtas po { $count } nesėkmingo bandymo, netrukus bandykite dar kartą.
    [few] Patvirtinimas laikinai išjungtas po { $count } nesėkmingų bandymų, netrukus bandykite dar kartą.
   *[other] Patvirtinimas laikinai išjungtas po { $count } nesėkmingų bandymų, netrukus bandykite dar kartą.
}
throttle-network = { $seconds ->
    [one] Per daug nesėkmingų bandymų iš jūsų tinklo. Bandykite dar kartą po { $seconds } sekundės.
    [few] Per daug nesėkmingų bandymų iš jūsų tinklo. Bandykite dar kartą po { $seconds } sek.
   *[other] Per daug nesėkmingų bandymų iš jūsų tinklo. Bandykite dar kartą po { $seconds } sek.
}
throttle-account = { $seconds ->
    [one] Per daug nesėkmingų bandymų. Bandykite dar kartą po { $seconds } sekundės.
    [few] Per daug nesėkmingų bandymų. Bandykite dar kartą po { $seconds } sek.
   *[other] Per daug nesėkmingų bandymų. Bandykite dar kartą po { $seconds } sek.
}
throttle-reauth-logged-out = Buvote atjungti po per daug nesėkmingų slaptažodžio patvirtinimų. Prisijunkite iš naujo.
delivery-cooldown = { $seconds ->
    [one] Kodas ką tik išsiųstas. Naudokite jį arba naujo paprašykite po { $seconds } sekundės.
    [few] Kodas ką tik išsiųstas. Naudokite jį arba naujo paprašykite po { $seconds } sek.
   *[other] Kodas ką tik išsiųstas. Naudokite jį arba naujo paprašykite po { $seconds } sek.
}
delivery-limited-destination = { $minutes ->
    [one] Šiuo numeriu ar adresu neseniai išsiųsta per daug kodų. Bandykite dar kartą po { $minutes } minutės arba naudokite kitą būdą.
    [few] Šiuo numeriu ar adresu neseniai išsiųsta per daug kodų. Bandykite dar kartą po { $minutes } min. arba naudokite kitą būdą.
   *[other] Šiuo numeriu ar adresu neseniai išsiųsta per daug kodų. Bandykite dar kartą po { $minutes } min. arba naudokite kitą būdą.
}
delivery-limited-user = { $minutes ->
    [one] Jūsų paskyrai neseniai išsiųsta per daug kodų. Bandykite dar kartą po { $minutes } minutės arba naudokite kitą būdą.
    [few] Jūsų paskyrai neseniai išsiųsta per daug kodų. Bandykite dar kartą po { $minutes } min. arba naudokite kitą būdą.
   *[other] Jūsų paskyrai neseniai išsiųsta per daug kodų. Bandykite dar kartą po { $minutes } min. arba naudokite kitą būdą.
}
delivery-failed = Šiuo metu negalime jums išsiųsti kodo. Bandykite vėliau arba naudokite kitą būdą.

## Error pages (400, 403, 404, 500, 503)

error-title-400 = Neteisinga užklausa
error-title-403 = Draudžiama
error-title-404 = Nerasta
error-title-500 = Vidinė serverio klaida
error-title-503 = Paslauga nepasiekiama
error-unavailable = Paslauga laikinai nepasiekiama. Niekas nepakeista; po akimirkos bandykite dar kartą.
error-unavailable-not-saved = Paslauga laikinai nepasiekiama. Jūsų užklausa galėjo būti įvykdyta, bet seanso išsaugoti nepavyko. Prisijunkite iš naujo.
error-internal = Mūsų pusėje kažkas nepavyko.
error-csrf = CSRF patikra nepavyko. Užklausa nutraukta. Įkelkite puslapį iš naujo ir pateikite formą dar kartą.
error-not-found = Nerasta.
error-management-form = Trūksta ManagementForm duomenų arba jie pakeisti.
error-token-too-long = Kodo laukas per ilgas.

## Security keys and passkeys (WebAuthn): login, setup, re-authentication, profile

method-webauthn = Saugos raktas arba prieigos raktas
token-webauthn = Naudokite saugos arba prieigos raktą: paspauskite toliau esantį mygtuką, tada palieskite raktą arba patvirtinkite įrenginyje.
reauth-intro-webauthn = Šis veiksmas keičia jūsų paskyros apsaugą. Norėdami tęsti, įveskite slaptažodį ir patvirtinkite saugos raktu.
reauth-confirm-webauthn = Patvirtinti saugos raktu
setup-webauthn-intro = Prisijungimus tvirtinkite saugos raktu (USB, NFC ar Bluetooth) arba įrenginio ekrano užraktu. Jei norite, suteikite jam pavadinimą, paspauskite mygtuką ir vykdykite naršyklės nurodymus.
webauthn-needs-js = Saugos raktams reikia „JavaScript“.
webauthn-needs-js-setup = Įjunkite jį šiai svetainei arba grįžkite ir pasirinkite kitą būdą.
webauthn-needs-js-reauth = Norėdami tęsti, įjunkite jį šiai svetainei.
webauthn-needs-js-other = Įjunkite jį šiai svetainei arba naudokite kitą būdą.
webauthn-needs-js-login = { $alternatives ->
    [token] Įjunkite jį šiai svetainei arba įveskite kodą.
    [backup] Įjunkite jį šiai svetainei arba naudokite atsarginį kodą.
    [both] Įjunkite jį šiai svetainei, įveskite kodą arba naudokite atsarginį kodą.
   *[none] Įjunkite jį šiai svetainei.
}
webauthn-use-key = Naudoti saugos raktą
webauthn-passkey-needs-js = Prisijungti prieigos raktu galima tik su „JavaScript“; naudokite naudotojo vardą ir slaptažodį.
webauthn-passkey-login = Prisijungti prieigos raktu
webauthn-register = Registruoti saugos raktą
webauthn-profile-title = Saugos raktai ir prieigos raktai
webauthn-col-kind = Tipas
webauthn-col-added = Pridėta
webauthn-col-last-used = Paskutinį kartą naudota
webauthn-col-actions = Veiksmai
webauthn-kind-passkey = Prieigos raktas
webauthn-kind-security-key = Saugos raktas
webauthn-primary = (pagrindinis)
webauthn-never = niekada
webauthn-remove = Pašalinti
webauthn-remove-label = Pašalinti { $label }
webauthn-no-keys = Saugos raktų dar nėra. Saugos arba prieigos raktas patvirtina prisijungimus vienu prisilietimu.
webauthn-add-title = Pridėti saugos raktą
webauthn-add-intro = Saugos raktas (USB, NFC ar Bluetooth) arba įrenginio ekrano užraktas gali tvirtinti jūsų prisijungimus. Prieigos raktas leidžia prisijungti ir be slaptažodžio: jam reikia įrenginio PIN kodo, piršto atspaudo ar veido.
webauthn-add-needs-js = Saugos raktui pridėti reikia „JavaScript“.
webauthn-label-field = Pavadinimas
webauthn-label-placeholder = pvz., YubiKey ant raktų pakabuko
webauthn-label-apart = Kad vėliau atskirtumėte savo raktus.
webauthn-label-help = Neprivaloma, pvz., „YubiKey ant raktų pakabuko“.
webauthn-add-passkey = Pridėti prieigos raktą
webauthn-add-key = Pridėti saugos raktą
device-webauthn-key = Saugos raktas „{ $label }“
device-labelled = { $what } „{ $label }“
webauthn-synced = sinchronizuotas
webauthn-syncable = dar nesinchronizuotas
webauthn-device-bound = susietas su įrenginiu
webauthn-details = { $provider }, { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = Jūsų vienintelis saugos raktas susietas su vienu įrenginiu: jį praradę, prarasite prieigą prie paskyros. Pridėkite antrą raktą arba prieigos raktą.
device-webauthn-passkey = Prieigos raktas „{ $label }“

## Security keys and passkeys: messages from the server

webauthn-press-button = Paspauskite mygtuką ir vykdykite naršyklės nurodymus.
webauthn-use-key-hint = Naudokite saugos raktą: paspauskite mygtuką ir vykdykite naršyklės nurodymus.
webauthn-no-ceremony = Saugos rakto užklausa baigėsi arba jau panaudota. Bandykite dar kartą.
webauthn-log-in-first = Pirmiausia prisijunkite.
webauthn-verify-first = Pirmiausia patvirtinkite prisijungimą antruoju veiksniu.
webauthn-reauth-first = Dar kartą patvirtinkite slaptažodį (įkelkite puslapį iš naujo).
webauthn-login-timed-out = Prisijungimo laikas baigėsi. Prisijunkite iš naujo.
webauthn-label-control = Pavadinime negali būti valdymo simbolių.
webauthn-label-too-long = Pavadinimas gali būti ne ilgesnis nei { $max } simbolių.
webauthn-error-malformed = Nepavyko perskaityti naršyklės atsakymo ({ $part }). Bandykite dar kartą.
webauthn-error-key-cbor = Nepavyko perskaityti saugos rakto viešojo rakto.
webauthn-error-key-unsupported = Saugos raktas naudoja algoritmą, kurio ši svetainė nepalaiko.
webauthn-error-key-malformed = Saugos rakto viešasis raktas sugadintas.
webauthn-error-challenge-mismatch = Šis atsakymas priklauso kitai užklausai. Bandykite dar kartą.
webauthn-error-expired = Užklausa baigėsi. Bandykite dar kartą.
webauthn-error-wrong-origin = Atsakymas atėjo iš kitos svetainės ({ $origin }).
webauthn-error-wrong-rp-id = Saugos raktas atsakė kitai svetainei.
webauthn-error-user-not-present = Saugos rakto niekas nepalietė.
webauthn-error-user-not-verified = Saugos raktas jūsų nepatvirtino (PIN ar biometrija). Bandykite dar kartą.
webauthn-error-bad-signature = Saugos rakto parašas negalioja.
webauthn-error-unknown-credential = Šis saugos raktas neregistruotas šiai paskyrai.
webauthn-error-not-passkey = Šis raktas nėra šios svetainės prieigos raktas. Prisijunkite slaptažodžiu.
webauthn-error-passkey-login-disabled = Prisijungimas prieigos raktu šioje svetainėje išjungtas.
webauthn-error-counter-regression = Šio saugos rakto parašų skaitiklis grįžo atgal, o taip nutinka nukopijavus raktą. Jis atmestas; susisiekite su svetainės administratoriais.
webauthn-error-replayed = Šis atsakymas jau panaudotas. Bandykite dar kartą.
webauthn-error-already-registered = Šis saugos raktas jau užregistruotas.
webauthn-error-unsupported-attestation = Šio autentifikatoriaus atestacija ({ $format }) nepalaikoma; svetainė priima „none“ ir „packed“.
webauthn-error-not-discoverable = Šis autentifikatorius negali saugoti prieigos rakto. Pridėkite jį kaip saugos raktą.
webauthn-error-wrong-ceremony = Šis atsakymas priklauso kitam žingsniui. Pradėkite iš naujo.
webauthn-error-model-not-accepted = Šio tipo autentifikatorius ({ $model }) šioje svetainėje nepriimamas.
webauthn-error-attestation-required = Ši svetainė priima tik saugos raktus, įrodančius savo modelį (atestacija).
webauthn-error-attestation-untrusted = Nepavyko patikrinti saugos rakto atestacijos.
webauthn-error-not-in-metadata = Šio tipo autentifikatoriaus ({ $model }) nėra svetainės žinomų modelių sąraše.
webauthn-error-revoked = Gamintojas pranešė, kad šio tipo autentifikatorius ({ $model }) atšauktas arba pažeistas.
webauthn-origin-not-secure = Saugos ir prieigos raktams reikia saugaus ryšio: atidarykite svetainę per HTTPS (arba kūrimo metu adresu http://localhost).
webauthn-origin-ip-address = Saugos ir prieigos raktams reikia domeno vardo, o ne IP adreso: atidarykite svetainę adresu { $suggestion }, o ne { $address }.
webauthn-origin-bad-host = Šio puslapio pagrindinio kompiuterio vardo negalima naudoti saugos ir prieigos raktams.
webauthn-origin-outside-rp-id = Šio puslapio adresas nepriklauso svetainės saugos raktų domenui ({ $rp_id }).
webauthn-origin-not-allowed = Šio puslapio adreso nėra tarp svetainės saugos raktų adresų.

## Security keys and passkeys: messages of the browser script (webauthn.js)

webauthn-js-unsupported = Ši naršyklė nepalaiko saugos ir prieigos raktų. Naudokite kitą būdą arba naujesnę naršyklę.
webauthn-js-insecure = Saugos ir prieigos raktams reikia saugaus adreso (HTTPS arba kūrimo metu http://localhost).
webauthn-js-cancelled = Užklausa atšaukta arba baigėsi jos laikas. Bandykite dar kartą, kai raktas ar įrenginys bus paruoštas.
webauthn-js-aborted = Užklausa atšaukta.
webauthn-js-exists = Šis saugos raktas jau užregistruotas jūsų paskyroje.
webauthn-js-security = Šiuo adresu negalima naudoti saugos raktų („WebAuthn“ reikia HTTPS arba localhost ir domeno vardo vietoj IP adreso).
webauthn-js-network = Nepavyko pasiekti serverio. Patikrinkite ryšį ir bandykite dar kartą.
webauthn-js-failed = Su saugos raktu kažkas nepavyko. Bandykite dar kartą.
webauthn-js-working = Vykdykite naršyklės nurodymus: palieskite saugos raktą arba patvirtinkite įrenginyje.
api-webauthn-off = Saugos raktai šioje svetainėje neįjungti.
api-passkey-off = Prisijungimas prieigos raktu šioje svetainėje neįjungtas.

## The JSON API's problem details (`detail`)
api-verification-required = Reikia seanso, patvirtinto antruoju veiksniu.
api-no-removable-device = Tokio atsarginio telefono, autentifikavimo programėlės (kol lieka kitas įrenginys) ar papildomo saugos rakto nėra.
api-no-such-device = Tokio įrenginio nėra.
api-already-enabled = Dviejų veiksnių autentifikavimas jau įjungtas (norėdami pradėti iš naujo, pirmiausia jį išjunkite).
api-no-totp-setup = Jokia sąranka nevyksta: pirmiausia iškvieskite totp_setup.
api-no-phone-methods = Ši svetainė nesiunčia SMS ir neskambina.
api-method-choice = method turi būti viena iš: { $methods }.
api-code-not-sent = Kodo išsiųsti nepavyko.
api-no-phone-setup = Joks telefonas nelaukia kodo: pirmiausia iškvieskite phone_add.
api-answer-failed = Nepavyko sudaryti atsakymo.
api-credentials-required = username ir password yra privalomi.
api-no-pending-login = Joks prisijungimas nelaukia kodo (baigėsi arba užbaigtas). Prisijunkite iš naujo.
api-no-challenge-device = Tokio telefono ar el. pašto įrenginio nėra.
api-password-required = password yra privalomas.
api-cookie-with-app = Programėlės užklausa (X-Session-Token arba X-Client: app) negali siųsti seanso slapuko.
api-two-factor-required = Šiai paskyrai dviejų veiksnių autentifikavimas privalomas.
api-session-expired = Seanso prieigos raktas nežinomas arba baigė galioti. Prisijunkite iš naujo.
api-middleware-missing = Programėlių seansams reikia two_factor tarpinės programinės įrangos (TwoFactorMiddleware arba OtpMiddleware).
api-csrf-header = CSRF patikra nepavyko: atsiųskite `session` pateiktą žetoną antraštėje X-CSRFToken.
api-log-in = Prisijunkite.
api-reauthenticate = Pirmiausia patvirtinkite slaptažodį (reauthenticate).
api-body-too-large = Turinys didesnis, nei priima API (16 KiB).
api-body-unreadable = Nepavyko perskaityti turinio.
api-token-too-long = Kodas per ilgas.
api-method-not-allowed = Šis kelias nepriima šio metodo.
api-no-operation = Šiame kelyje API neturi operacijos.
api-csrf = CSRF patikra nepavyko.
api-not-found = Nerasta.
api-overloaded = Per daug prisijungimų vienu metu. Po akimirkos bandykite dar kartą.
api-unavailable = Paslauga laikinai nepasiekiama. Bandykite vėliau.
api-body-mismatch = JSON turinys netinka: { $error }.
api-body-not-object = Turinys turi būti JSON objektas.

# Kelios autentifikavimo programėlės, pavadinti įrenginiai
profile-apps = Autentifikavimo programėlės
profile-apps-intro = Prisijungti galite bet kurios iš šių programėlių kodu. Suteikite kiekvienai pavadinimą, kad jas atskirtumėte.
profile-app-main = (pagrindinė)
app-create-title = Pridėti autentifikavimo programėlę
app-create-intro = Nuskaitykite QR kodą nauja programėle, suteikite jai pavadinimą ir įveskite jos rodomą kodą.
app-create-submit = Pridėti programėlę
app-name-placeholder = pvz., Planšetė
app-setup-restarted = Ta sąranka baigėsi. Nuskaitykite šį naują QR kodą ir įveskite jo kodą.
device-name-field = Pavadinimas
device-rename = Pervadinti
device-rename-label = Naujas pavadinimas: { $what }

# Kur esate prisijungę
session-agent = { $browser }, { $system }
session-agent-unknown-browser = Nežinoma naršyklė, { $system }
session-agent-unknown = Nežinoma naršyklė
sessions-title = Kur esate prisijungę
sessions-intro = Šios naršyklės ir programėlės prisijungusios prie jūsų paskyros. Jūsų atjungtas seansas baigiasi per kitą jo užklausą.
sessions-col-browser = Naršyklė
sessions-col-address = Tinklas
sessions-col-began = Prisijungta
sessions-col-last-seen = Paskutinė veikla
sessions-app = programėlė
sessions-current = Šis seansas
sessions-revoke = Atjungti
sessions-revoke-others = Atsijungti visur kitur
sessions-not-me-title = Neatpažįstate seanso?
sessions-not-me = Atjunkite jį (arba atsijunkite visur kitur), tada pakeiskite slaptažodį ir patikrinkite dviejų veiksnių autentifikavimo įrenginius.
sessions-back = Grįžti į paskyros saugą
profile-sessions-intro = Peržiūrėkite prie paskyros prisijungusias naršykles ir programėles ir atjunkite jas.
profile-sessions-link = Jūsų seansai
api-no-such-session = Tokio seanso nėra.

# Patikimos naršyklės
trusted-title = Patikimos naršyklės
trusted-intro = Šiose naršyklėse pasirinkta „nebeklausti“: iki nurodytos datos jungiantis jos praleidžia kodą. Atšaukus pasitikėjimą, naršyklė kitą kartą jungiantis paprašys kodo.
trusted-col-granted = Patikima nuo
trusted-col-expires = Iki
trusted-revoke = Nebepasitikėti
trusted-revoke-all = Nebepasitikėti jokiomis naršyklėmis
trusted-none = Jokia naršyklė jungiantis nepraleidžia kodo.
api-no-such-grant = Tokios patikimos naršyklės nėra.

# Saugos įspėjimai (el. laiškai)
alert-new-browser-subject = Naujas prisijungimas prie { $site }
alert-new-browser = Kažkas prisijungė prie jūsų paskyros { $username } svetainėje { $site } iš naršyklės, kuri su šia paskyra anksčiau nebuvo naudota.
alert-device-added-subject = Svetainėje { $site } pridėtas dviejų veiksnių autentifikavimo įrenginys
alert-device-added = Prie jūsų paskyros { $username } dviejų veiksnių autentifikavimo įrenginių svetainėje { $site } pridėta: { $device }.
alert-device-removed-subject = Svetainėje { $site } pašalintas dviejų veiksnių autentifikavimo įrenginys
alert-device-removed = Iš jūsų paskyros { $username } dviejų veiksnių autentifikavimo įrenginių svetainėje { $site } pašalintas vienas įrenginys.
alert-backup-tokens-subject = Nauji atsarginiai kodai svetainėje { $site }
alert-backup-tokens = Jūsų paskyrai { $username } svetainėje { $site } sukurti nauji atsarginiai kodai; senieji nebegalioja.
alert-disabled-subject = Svetainėje { $site } išjungtas dviejų veiksnių autentifikavimas
alert-disabled = Jūsų paskyroje { $username } svetainėje { $site } išjungtas dviejų veiksnių autentifikavimas.
alert-locked-subject = Neteisingi kodai svetainėje { $site }
alert-locked = Jūsų įrenginys { $device } svetainėje { $site } po neteisingų kodų kurį laiką atmeta kodus. Neteisingų kodų iš eilės: { $count }.
alert-when = Kada: { $when }
alert-browser = Naršyklė: { $browser }
alert-network = Tinklas: { $network }
alert-not-me-link = Jei tai buvote ne jūs, atsijunkite čia visur ir pakeiskite slaptažodį: { $url }
alert-not-me-page = Jei tai buvote ne jūs, atsijunkite visur puslapyje „Kur esate prisijungę“ paskyros saugoje ({ $path }) ir pakeiskite slaptažodį.
alert-unknown = nežinoma

# Administravimas: seansai ir patikimos naršyklės
admin-sessions = Seansai
admin-no-sessions = Aktyvių seansų nėra.
admin-end-session = Baigti
admin-end-all-sessions = Baigti visus seansus
admin-notice-sessions-ended = Baigti seansai: { $count }.
admin-notice-untrusted = Naršyklės, kuriomis nebepasitikima: { $count }.
