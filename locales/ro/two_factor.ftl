# actix-two-factor: mesaje în limba română.
# Adresare: politețe ("Introduceți"), ca în serviciile mari în limba română. Termeni: cod,
# cod de rezervă, aplicație de autentificare, autentificare în doi pași, cheie de securitate,
# cheie de acces (passkey).

## The page frame (_base.html) and the language switcher

language-name = Română

base-account-security = Securitatea contului
base-log-out = Deconectare
base-log-in = Conectare
base-language = Limbă
base-language-submit = Schimbă

## Shared words

wizard-cancel = Anulează
wizard-back = Înapoi
wizard-next = Înainte
permission-denied = Acces refuzat
enable-two-factor = Activați autentificarea în doi pași
disable-two-factor = Dezactivați autentificarea în doi pași
two-factor-not-enabled = Autentificarea în doi pași nu este activată pentru contul dvs. Activați-o pentru a vă proteja mai bine contul.
back-to-account-security = Înapoi la securitatea contului
add-phone-number = Adăugați un număr de telefon
backup-tokens-title = Coduri de rezervă
token-generator = Introduceți codul generat de aplicația dvs. de autentificare.
token-call = Vă sunăm acum, introduceți cifrele pe care le auziți.
token-sms = V-am trimis un SMS, introduceți codul trimis.
token-email = V-am trimis un e-mail, introduceți codul trimis.

## Login (core/login.html)

login-title = Conectare
login-credentials = Introduceți datele de conectare.
login-backup-intro = Folosiți acest formular pentru a vă conecta cu un cod de rezervă. Codurile au fost generate ca să le tipăriți și să le păstrați în siguranță. Introduceți unul dintre codurile de rezervă pentru a vă conecta la cont.
login-submit = Conectare
login-other-methods = Sau folosiți una dintre celelalte metode de autentificare:
login-backup-last-resort = Ca ultimă soluție, puteți folosi un cod de rezervă:
login-use-backup-token = Folosiți un cod de rezervă

## Setup (core/setup.html, core/setup_complete.html)

setup-welcome = Sunteți pe cale să ridicați nivelul de securitate al contului. Urmați pașii acestui asistent pentru a activa autentificarea în doi pași.
setup-method = Alegeți metoda de autentificare pe care doriți să o folosiți.
setup-generator-intro = Pentru a începe să folosiți o aplicație de autentificare, scanați cu telefonul codul QR de mai jos, de exemplu cu Google Authenticator, Aegis sau FreeOTP.
setup-qr-alt = Cod QR
setup-manual-key = Nu puteți scana codul? Introduceți în aplicație această cheie:
setup-on-this-phone = Sunteți pe acest telefon?
setup-open-in-app = Deschideți-o în aplicația de autentificare
setup-app-should-show = Aplicația ar trebui să afișeze emitentul „{ $issuer }” și coduri de { $digits } cifre.
setup-enter-token = Apoi introduceți codul generat de aplicație.
setup-sms-intro = Introduceți numărul de telefon pe care doriți să primiți SMS-urile. Numărul va fi verificat la pasul următor.
setup-call-intro = Introduceți numărul de telefon la care doriți să fiți sunat. Numărul va fi verificat la pasul următor.
setup-email-intro = Introduceți adresa de e-mail pe care doriți să primiți codurile. Adresa va fi verificată la pasul următor.
complete-congratulations = Felicitări, ați activat autentificarea în doi pași.
complete-add-phone-hint = Se poate întâmpla totuși să nu aveți acces la dispozitivul principal. Pentru a putea recupera contul, adăugați un număr de telefon.

## Two-factor required (core/otp_required.html)

otp-required-enforced = Din motive de securitate, pagina solicitată cere verificarea prin autentificare în doi pași. Pentru a o accesa, trebuie să activați aceste funcții de securitate.
otp-required-go-back = Înapoi

## Backup phones (core/phone_register.html)

phone-title = Adăugați un telefon de rezervă
phone-setup-intro = Adăugați în cont un număr de telefon de rezervă. Acesta va fi folosit dacă metoda principală nu este disponibilă.
phone-validation-intro = Am trimis un cod la numărul dvs. de telefon. Introduceți codul primit.

## Re-authentication (core/reauth.html)

reauth-title = Confirmați că sunteți dvs.
reauth-intro = Această acțiune schimbă modul în care vă este protejat contul. Introduceți parola pentru a continua.
reauth-intro-token = Această acțiune schimbă modul în care vă este protejat contul. Introduceți parola și un cod ({ $device }) pentru a continua.
reauth-confirm = Confirmă

## Backup tokens (core/backup_tokens.html)

backup-tokens-intro = Codurile de rezervă se folosesc atunci când metoda principală și numerele de telefon de rezervă nu sunt disponibile. Codurile de rezervă de mai jos pot fi folosite la verificarea conectării. Dacă le-ați folosit pe toate, puteți genera un set nou. Sunt valabile doar codurile afișate mai jos.
backup-tokens-print = Tipăriți aceste coduri și păstrați-le într-un loc sigur. Sunt afișate doar acum.
backup-tokens-unused = { $count ->
    [one] Aveți { $count } cod de rezervă nefolosit. Din motive de securitate nu mai poate fi afișat; dacă l-ați pierdut, generați altele noi.
    [few] Aveți { $count } coduri de rezervă nefolosite. Din motive de securitate nu mai pot fi afișate; dacă le-ați pierdut, generați altele noi.
   *[other] Aveți { $count } de coduri de rezervă nefolosite. Din motive de securitate nu mai pot fi afișate; dacă le-ați pierdut, generați altele noi.
}
backup-tokens-none = Nu aveți încă niciun cod de rezervă.
backup-tokens-generate = Generează coduri

## Account security (profile/profile.html, profile/disable.html)

profile-title = Securitatea contului
profile-generator = Codurile vor fi generate de aplicația dvs. de autentificare.
profile-primary-method = Metoda principală: { $method }.
profile-backup-phones = Numere de telefon de rezervă
profile-backup-phones-intro = Dacă metoda principală nu este disponibilă, putem trimite coduri de rezervă la numerele de telefon de mai jos.
profile-unregister = Elimină
profile-backup-tokens-intro = Dacă nu aveți niciun dispozitiv la dvs., vă puteți accesa contul cu coduri de rezervă.
profile-backup-tokens-remaining = { $count ->
    [one] Vă mai rămâne { $count } cod de rezervă.
    [few] Vă mai rămân { $count } coduri de rezervă.
   *[other] Vă mai rămân { $count } de coduri de rezervă.
}
profile-no-backup-tokens = Nu vă mai rămâne niciun cod de rezervă.
profile-no-backup-tokens-advice = Dacă pierdeți dispozitivul, nu vă veți putea conecta: generați coduri noi și păstrați-le în siguranță.
profile-few-backup-tokens = { $count ->
    [one] A mai rămas doar { $count } cod de rezervă.
    [few] Au mai rămas doar { $count } coduri de rezervă.
   *[other] Au mai rămas doar { $count } de coduri de rezervă.
}
profile-few-backup-tokens-advice = Generați coduri noi înainte să se termine.
profile-show-codes = Afișează codurile
profile-disable-intro = Vă sfătuim insistent să nu o faceți, dar puteți și dezactiva autentificarea în doi pași pentru contul dvs.
disable-title = Dezactivați autentificarea în doi pași
disable-intro = Sunteți pe cale să dezactivați autentificarea în doi pași. Asta slăbește securitatea contului. Sigur doriți?
disable-submit = Dezactivează

## Mail with a code (email/token.txt, email/token.html)

email-subject = Cod de verificare
email-hello = Bună ziua, { $username },
email-code-intro = Codul dvs. de verificare pentru { $site } este:
email-validity = { $minutes ->
    [one] Este valabil { $minutes } minut și poate fi folosit o singură dată. Dacă nu ați încercat să vă conectați, ignorați acest e-mail; cineva s-ar putea să vă știe parola, așa că gândiți-vă să o schimbați.
    [few] Este valabil { $minutes } minute și poate fi folosit o singură dată. Dacă nu ați încercat să vă conectați, ignorați acest e-mail; cineva s-ar putea să vă știe parola, așa că gândiți-vă să o schimbați.
   *[other] Este valabil { $minutes } de minute și poate fi folosit o singură dată. Dacă nu ați încercat să vă conectați, ignorați acest e-mail; cineva s-ar putea să vă știe parola, așa că gândiți-vă să o schimbați.
}

## Text messages and calls (twilio/sms_message.txt, twilio/token.xml)

sms-token = Codul dvs. de verificare este { $token }
voice-token = Codul dvs. este { $token }.
voice-token-again = Încă o dată, codul dvs. este { $token }.

## The backup-used alert (signals::backup_used_alert)

alert-subject = A fost folosit un cod de rezervă
alert-body = Bună ziua, { $username },

    tocmai v-ați verificat identitatea cu un dispozitiv de rezervă pe { $site }. Dacă nu ați fost dvs., contul vă poate fi compromis: schimbați imediat parola, verificați numerele de telefon de rezervă și generați coduri de rezervă noi.

## The admin (admin/*.html)

admin-title = Administrarea autentificării în doi pași
admin-forbidden = Sunteți conectat ca { $username }, dar nu aveți acces la această pagină. Doriți să vă conectați cu alt cont?
admin-forbidden-login = Conectați-vă cu alt cont
admin-users = Utilizatori
admin-find-label = Găsiți un utilizator după numele de utilizator
admin-find = Caută
admin-no-user-named = Nu există niciun utilizator numit „{ $username }”.
admin-cannot-list = Depozitul de utilizatori al acestui site nu poate lista utilizatorii. Căutați în schimb un utilizator după numele de utilizator.
admin-col-username = Nume de utilizator
admin-col-email = E-mail
admin-col-two-factor = Doi pași
admin-col-staff = Personal
admin-col-active = Activ
admin-superuser-note = (superutilizator)
admin-enabled = activată
admin-disabled = dezactivată
admin-yes = da
admin-no = nu
admin-showing = { $total ->
    [one] Se afișează { $shown } din { $total } utilizator; găsiți-i pe ceilalți după numele de utilizator.
    [few] Se afișează { $shown } din { $total } utilizatori; găsiți-i pe ceilalți după numele de utilizator.
   *[other] Se afișează { $shown } din { $total } de utilizatori; găsiți-i pe ceilalți după numele de utilizator.
}
admin-no-users = Nu există încă utilizatori.
admin-role-superuser = superutilizator
admin-role-staff = personal
admin-role-not-staff = nu face parte din personal
admin-state-active = activ
admin-state-inactive = inactiv
admin-user-two-factor = autentificare în doi pași
admin-devices = Dispozitive
admin-col-device = Dispozitiv
admin-col-name = Nume
admin-col-id = Id
admin-col-failures = Încercări eșuate
admin-col-actions = Acțiuni
admin-verified-your-session = (v-a verificat sesiunea)
admin-reset-failures = Resetează încercările eșuate
admin-remove = Elimină
admin-no-devices = Niciun dispozitiv.
admin-backup-tokens = Coduri de rezervă
admin-backup-tokens-remaining = { $count ->
    [one] A mai rămas { $count } cod de rezervă.
    [few] Au mai rămas { $count } coduri de rezervă.
   *[other] Au mai rămas { $count } de coduri de rezervă.
}
admin-remove-backup-tokens = Elimină codurile de rezervă
admin-failed-attempts = { $count ->
    [one] { $count } încercare eșuată
    [few] { $count } încercări eșuate
   *[other] { $count } de încercări eșuate
}
admin-reset-backup-failures = Resetează încercările eșuate cu coduri de rezervă
admin-backup-phones = Telefoane de rezervă
admin-no-backup-phones = Niciun telefon de rezervă.
admin-audit-reauth = { $minutes ->
    [one] Fiecare modificare de pe această pagină vă cere să confirmați parola (și un cod) dacă ultima confirmare a fost acum mai mult de { $minutes } minut; fiecare modificare este înregistrată în jurnalul de audit.
    [few] Fiecare modificare de pe această pagină vă cere să confirmați parola (și un cod) dacă ultima confirmare a fost acum mai mult de { $minutes } minute; fiecare modificare este înregistrată în jurnalul de audit.
   *[other] Fiecare modificare de pe această pagină vă cere să confirmați parola (și un cod) dacă ultima confirmare a fost acum mai mult de { $minutes } de minute; fiecare modificare este înregistrată în jurnalul de audit.
}
admin-audit = Fiecare modificare de pe această pagină este înregistrată în jurnalul de audit.
admin-reset-two-factor = Resetează autentificarea în doi pași
admin-reset-intro = Pentru un utilizator care și-a pierdut dispozitivele: elimină toate dispozitivele și codurile de rezervă, astfel încât utilizatorul se conectează doar cu parola și reconfigurează autentificarea în doi pași.
admin-notice-removed = A fost eliminat: { $device } ({ $id }).
admin-notice-failures-reset = Încercările eșuate au fost resetate pentru { $device } ({ $id }).
admin-notice-reset = Autentificarea în doi pași a fost resetată pentru { $username }.

## Form fields and their messages (forms, views)

field-username = Nume de utilizator
field-password = Parolă
field-token = Cod
field-method = Metodă
field-phone-number = Număr de telefon
field-phone-help = Cu prefixul țării, începând cu + sau 00.
field-email = Adresă de e-mail
field-understand = Da, sunt sigur
method-generator = Aplicație de autentificare
method-sms = SMS
method-call = Apel telefonic
method-email = E-mail
form-required = Acest câmp este obligatoriu.
form-invalid-token = Cod nevalid. Verificați dacă l-ați introdus corect.
form-invalid-setup-token = Codul introdus nu este valid.
form-invalid-login = Introduceți un nume de utilizator și o parolă corecte. Ambele câmpuri pot face diferența între majuscule și minuscule.
form-timed-out = Sesiunea a expirat. Conectați-vă din nou.
form-wrong-password = Parola a fost introdusă greșit. Introduceți-o din nou.
form-invalid-email = Introduceți o adresă de e-mail validă.
form-invalid-phone = Introduceți un număr de telefon valid, cu prefixul țării, începând cu + sau 00.

## Devices as the pages name them

device-generator = Aplicație de autentificare
device-backup-tokens = Coduri de rezervă
device-sms = SMS la { $target }
device-call = Apel la { $target }
device-email = E-mail la { $target }

## Throttling, time-outs and sending codes

throttle-device = { $count ->
    [one] Verificarea este dezactivată temporar după { $count } încercare eșuată, reîncercați în curând.
    [few] Verificarea este dezactivată temporar după { $count } încercări eșuate, reîncercați în curând.
   *[other] Verificarea este dezactivată temporar după { $count } de încercări eșuate, reîncercați în curând.
}
throttle-network = { $seconds ->
    [one] Prea multe încercări eșuate din rețeaua dvs. Reîncercați peste { $seconds } secundă.
    [few] Prea multe încercări eșuate din rețeaua dvs. Reîncercați peste { $seconds } secunde.
   *[other] Prea multe încercări eșuate din rețeaua dvs. Reîncercați peste { $seconds } de secunde.
}
throttle-account = { $seconds ->
    [one] Prea multe încercări eșuate. Reîncercați peste { $seconds } secundă.
    [few] Prea multe încercări eșuate. Reîncercați peste { $seconds } secunde.
   *[other] Prea multe încercări eșuate. Reîncercați peste { $seconds } de secunde.
}
throttle-reauth-logged-out = Ați fost deconectat după prea multe confirmări eșuate ale parolei. Conectați-vă din nou.
delivery-cooldown = { $seconds ->
    [one] Un cod a fost trimis adineauri. Folosiți-l sau cereți altul peste { $seconds } secundă.
    [few] Un cod a fost trimis adineauri. Folosiți-l sau cereți altul peste { $seconds } secunde.
   *[other] Un cod a fost trimis adineauri. Folosiți-l sau cereți altul peste { $seconds } de secunde.
}
delivery-limited-destination = { $minutes ->
    [one] Au fost trimise recent prea multe coduri la acest număr sau această adresă. Reîncercați peste { $minutes } minut sau folosiți altă metodă.
    [few] Au fost trimise recent prea multe coduri la acest număr sau această adresă. Reîncercați peste { $minutes } minute sau folosiți altă metodă.
   *[other] Au fost trimise recent prea multe coduri la acest număr sau această adresă. Reîncercați peste { $minutes } de minute sau folosiți altă metodă.
}
delivery-limited-user = { $minutes ->
    [one] Au fost trimise recent prea multe coduri pentru contul dvs. Reîncercați peste { $minutes } minut sau folosiți altă metodă.
    [few] Au fost trimise recent prea multe coduri pentru contul dvs. Reîncercați peste { $minutes } minute sau folosiți altă metodă.
   *[other] Au fost trimise recent prea multe coduri pentru contul dvs. Reîncercați peste { $minutes } de minute sau folosiți altă metodă.
}
delivery-failed = Nu vă putem trimite un cod acum. Reîncercați mai târziu sau folosiți altă metodă.

## Error pages (400, 403, 404, 500, 503)

error-title-400 = Cerere greșită
error-title-403 = Interzis
error-title-404 = Negăsit
error-title-500 = Eroare internă a serverului
error-title-503 = Serviciu indisponibil
error-unavailable = Serviciul este temporar indisponibil. Nu s-a schimbat nimic; reîncercați peste câteva momente.
error-unavailable-not-saved = Serviciul este temporar indisponibil. Cererea dvs. poate să fi fost executată, dar sesiunea nu a putut fi salvată. Conectați-vă din nou.
error-internal = Ceva nu a mers bine la noi.
error-csrf = Verificarea CSRF a eșuat. Cererea a fost anulată. Reîncărcați pagina și trimiteți din nou formularul.
error-not-found = Negăsit.
error-management-form = Datele ManagementForm lipsesc sau au fost modificate.
error-token-too-long = Câmpul codului este prea lung.

## Security keys and passkeys (WebAuthn): login, setup, re-authentication, profile

method-webauthn = Cheie de securitate sau cheie de acces
token-webauthn = Folosiți cheia de securitate sau cheia de acces: apăsați butonul de mai jos, apoi atingeți cheia sau confirmați pe dispozitiv.
reauth-intro-webauthn = Această acțiune schimbă modul în care vă este protejat contul. Introduceți parola și confirmați cu cheia de securitate pentru a continua.
reauth-confirm-webauthn = Confirmați cu cheia de securitate
setup-webauthn-intro = Confirmați conectările cu o cheie de securitate (USB, NFC sau Bluetooth) sau cu blocarea ecranului dispozitivului. Dați-i un nume dacă doriți, apăsați butonul și urmați instrucțiunile browserului.
webauthn-needs-js = Cheile de securitate necesită JavaScript.
webauthn-needs-js-setup = Activați-l pentru acest site sau reveniți și alegeți altă metodă.
webauthn-needs-js-reauth = Activați-l pentru acest site pentru a continua.
webauthn-needs-js-other = Activați-l pentru acest site sau folosiți altă metodă.
webauthn-needs-js-login = { $alternatives ->
    [token] Activați-l pentru acest site sau introduceți un cod.
    [backup] Activați-l pentru acest site sau folosiți un cod de rezervă.
    [both] Activați-l pentru acest site, introduceți un cod sau folosiți un cod de rezervă.
   *[none] Activați-l pentru acest site.
}
webauthn-use-key = Folosiți cheia de securitate
webauthn-passkey-needs-js = Conectarea cu o cheie de acces necesită JavaScript; folosiți numele de utilizator și parola.
webauthn-passkey-login = Conectați-vă cu o cheie de acces
webauthn-register = Înregistrați cheia de securitate
webauthn-profile-title = Chei de securitate și chei de acces
webauthn-col-kind = Tip
webauthn-col-added = Adăugată
webauthn-col-last-used = Ultima folosire
webauthn-col-actions = Acțiuni
webauthn-kind-passkey = Cheie de acces
webauthn-kind-security-key = Cheie de securitate
webauthn-primary = (principală)
webauthn-never = niciodată
webauthn-remove = Elimină
webauthn-remove-label = Elimină { $label }
webauthn-no-keys = Încă nu aveți chei de securitate. O cheie de securitate sau o cheie de acces vă confirmă conectările cu o atingere.
webauthn-add-title = Adăugați o cheie de securitate
webauthn-add-intro = O cheie de securitate (USB, NFC sau Bluetooth) sau blocarea ecranului dispozitivului vă pot confirma conectările. O cheie de acces vă conectează și fără parolă: cere PIN-ul, amprenta sau fața de pe dispozitiv.
webauthn-add-needs-js = Adăugarea unei chei de securitate necesită JavaScript.
webauthn-label-field = Nume
webauthn-label-placeholder = de ex. YubiKey de pe breloc
webauthn-label-apart = Ca să vă puteți deosebi cheile mai târziu.
webauthn-label-help = Opțional, de ex. „YubiKey de pe breloc”.
webauthn-add-passkey = Adăugați o cheie de acces
webauthn-add-key = Adăugați o cheie de securitate
device-webauthn-key = Cheie de securitate „{ $label }”
device-labelled = { $what } „{ $label }”
webauthn-synced = sincronizată
webauthn-syncable = încă nesincronizată
webauthn-device-bound = legată de dispozitiv
webauthn-details = { $provider }, { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = Singura dvs. cheie de securitate este legată de un singur dispozitiv: dacă îl pierdeți, pierdeți accesul la cont. Adăugați o a doua cheie sau o cheie de acces.
device-webauthn-passkey = Cheie de acces „{ $label }”

## Security keys and passkeys: messages from the server

webauthn-press-button = Apăsați butonul și urmați instrucțiunile browserului.
webauthn-use-key-hint = Folosiți cheia de securitate: apăsați butonul și urmați instrucțiunile browserului.
webauthn-no-ceremony = Cererea pentru cheia de securitate a expirat sau a fost deja folosită. Reîncercați.
webauthn-log-in-first = Conectați-vă mai întâi.
webauthn-verify-first = Verificați mai întâi conectarea cu al doilea factor.
webauthn-reauth-first = Confirmați din nou parola (reîncărcați pagina).
webauthn-login-timed-out = Conectarea a expirat. Conectați-vă din nou.
webauthn-label-control = Numele nu poate conține caractere de control.
webauthn-label-too-long = Numele poate avea cel mult { $max } caractere.
webauthn-error-malformed = Răspunsul browserului nu a putut fi citit ({ $part }). Reîncercați.
webauthn-error-key-cbor = Cheia publică a cheii de securitate nu a putut fi citită.
webauthn-error-key-unsupported = Cheia de securitate folosește un algoritm pe care acest site nu îl acceptă.
webauthn-error-key-malformed = Cheia publică a cheii de securitate este greșită.
webauthn-error-challenge-mismatch = Acest răspuns aparține altei cereri. Reîncercați.
webauthn-error-expired = Cererea a expirat. Reîncercați.
webauthn-error-wrong-origin = Răspunsul a venit de la alt site ({ $origin }).
webauthn-error-wrong-rp-id = Cheia de securitate a răspuns pentru alt site.
webauthn-error-user-not-present = Cheia de securitate nu a fost atinsă.
webauthn-error-user-not-verified = Cheia de securitate nu v-a verificat (PIN sau biometrie). Reîncercați.
webauthn-error-bad-signature = Semnătura cheii de securitate nu este validă.
webauthn-error-unknown-credential = Această cheie de securitate nu este înregistrată pentru acest cont.
webauthn-error-not-passkey = Această cheie nu este o cheie de acces a acestui site. Conectați-vă cu parola.
webauthn-error-passkey-login-disabled = Conectarea cu o cheie de acces este dezactivată pe acest site.
webauthn-error-counter-regression = Contorul de semnături al acestei chei de securitate a dat înapoi, ceea ce se întâmplă când o cheie a fost copiată. A fost refuzată; contactați administratorii site-ului.
webauthn-error-replayed = Acest răspuns a fost deja folosit. Reîncercați.
webauthn-error-already-registered = Această cheie de securitate este deja înregistrată.
webauthn-error-unsupported-attestation = Atestarea acestui autentificator ({ $format }) nu este acceptată; site-ul acceptă „none” și „packed”.
webauthn-error-not-discoverable = Acest autentificator nu poate păstra o cheie de acces. Adăugați-l în schimb ca cheie de securitate.
webauthn-error-wrong-ceremony = Acest răspuns aparține altui pas. Începeți din nou.
webauthn-error-model-not-accepted = Acest tip de autentificator ({ $model }) nu este acceptat pe acest site.
webauthn-error-attestation-required = Acest site acceptă doar chei de securitate care își dovedesc modelul (atestare).
webauthn-error-attestation-untrusted = Atestarea cheii de securitate nu a putut fi verificată.
webauthn-error-not-in-metadata = Acest tip de autentificator ({ $model }) nu este în lista de modele cunoscute a site-ului.
webauthn-error-revoked = Acest tip de autentificator ({ $model }) a fost raportat de producător ca revocat sau compromis.
webauthn-origin-not-secure = Cheile de securitate și cheile de acces necesită o conexiune sigură: deschideți site-ul prin HTTPS (sau la http://localhost în timpul dezvoltării).
webauthn-origin-ip-address = Cheile de securitate și cheile de acces necesită un nume de domeniu, nu o adresă IP: deschideți site-ul la { $suggestion } în loc de { $address }.
webauthn-origin-bad-host = Numele de gazdă al acestei pagini nu poate fi folosit pentru chei de securitate și chei de acces.
webauthn-origin-outside-rp-id = Adresa acestei pagini nu face parte din domeniul site-ului pentru chei de securitate ({ $rp_id }).
webauthn-origin-not-allowed = Adresa acestei pagini nu se află printre adresele site-ului pentru chei de securitate.

## Security keys and passkeys: messages of the browser script (webauthn.js)

webauthn-js-unsupported = Acest browser nu acceptă chei de securitate sau chei de acces. Folosiți altă metodă sau un browser actualizat.
webauthn-js-insecure = Cheile de securitate și cheile de acces necesită o adresă sigură (HTTPS sau http://localhost în timpul dezvoltării).
webauthn-js-cancelled = Cererea a fost anulată sau a expirat. Reîncercați când cheia sau dispozitivul este pregătit.
webauthn-js-aborted = Cererea a fost anulată.
webauthn-js-exists = Această cheie de securitate este deja înregistrată în contul dvs.
webauthn-js-security = Această adresă nu poate folosi chei de securitate (WebAuthn necesită HTTPS sau localhost și un nume de domeniu în loc de o adresă IP).
webauthn-js-network = Serverul nu a putut fi contactat. Verificați conexiunea și reîncercați.
webauthn-js-failed = Ceva nu a mers bine cu cheia de securitate. Reîncercați.
webauthn-js-working = Urmați instrucțiunile browserului: atingeți cheia de securitate sau confirmați pe dispozitiv.
api-webauthn-off = Cheile de securitate nu sunt activate pe acest site.
api-passkey-off = Conectarea cu o cheie de acces nu este activată pe acest site.

## The JSON API's problem details (`detail`)
api-verification-required = Este necesară o sesiune verificată cu un al doilea factor.
api-no-removable-device = Nu există un astfel de telefon de rezervă, aplicație de autentificare (cât timp rămâne alt dispozitiv) sau cheie de securitate suplimentară.
api-no-such-device = Nu există un astfel de dispozitiv.
api-already-enabled = Autentificarea în doi pași este deja activată (dezactivați-o mai întâi pentru a o lua de la capăt).
api-no-totp-setup = Nu este în curs nicio configurare: apelați mai întâi totp_setup.
api-no-phone-methods = Acest site nu trimite SMS-uri și nu sună.
api-method-choice = method trebuie să fie una dintre: { $methods }.
api-code-not-sent = Codul nu a putut fi trimis.
api-no-phone-setup = Niciun telefon nu își așteaptă codul: apelați mai întâi phone_add.
api-answer-failed = Răspunsul nu a putut fi construit.
api-credentials-required = username și password sunt obligatorii.
api-no-pending-login = Nicio conectare nu așteaptă un cod (a expirat sau s-a încheiat). Conectați-vă din nou.
api-no-challenge-device = Nu există un astfel de telefon sau dispozitiv de e-mail.
api-password-required = password este obligatoriu.
api-cookie-with-app = O cerere a unei aplicații (X-Session-Token sau X-Client: app) nu trebuie să trimită cookie-ul de sesiune.
api-two-factor-required = Autentificarea în doi pași este obligatorie pentru acest cont.
api-session-expired = Tokenul de sesiune este necunoscut sau a expirat. Conectați-vă din nou.
api-middleware-missing = Sesiunile aplicațiilor necesită middleware-ul two_factor (TwoFactorMiddleware sau OtpMiddleware).
api-csrf-header = Verificarea CSRF a eșuat: trimiteți tokenul din `session` în antetul X-CSRFToken.
api-log-in = Conectați-vă.
api-reauthenticate = Confirmați mai întâi parola (reauthenticate).
api-body-too-large = Corpul este mai mare decât acceptă API-ul (16 KiB).
api-body-unreadable = Corpul nu a putut fi citit.
api-token-too-long = Codul este prea lung.
api-method-not-allowed = Această cale nu acceptă această metodă.
api-no-operation = API-ul nu are nicio operație la această cale.
api-csrf = Verificarea CSRF a eșuat.
api-not-found = Negăsit.
api-overloaded = Prea multe conectări simultan. Reîncercați peste câteva momente.
api-unavailable = Serviciul este temporar indisponibil. Reîncercați mai târziu.
api-body-mismatch = Corpul JSON nu se potrivește: { $error }.
api-body-not-object = Corpul trebuie să fie un obiect JSON.

# Mai multe aplicații de autentificare, dispozitive cu nume
profile-apps = Aplicații de autentificare
profile-apps-intro = Un cod din oricare dintre aceste aplicații vă conectează. Dați fiecăreia un nume ca să le deosebiți.
profile-app-main = (principală)
app-create-title = Adăugați o aplicație de autentificare
app-create-intro = Scanați codul QR cu noua aplicație, dați-i un nume și introduceți codul pe care îl afișează.
app-create-submit = Adăugați aplicația
app-name-placeholder = de ex. Tabletă
app-setup-restarted = Acea configurare expirase. Scanați acest nou cod QR și introduceți un cod din el.
device-name-field = Nume
device-rename = Redenumește
device-rename-label = Nume nou pentru { $what }

# Unde sunteți conectat
session-agent = { $browser } pe { $system }
session-agent-unknown-browser = Browser necunoscut pe { $system }
session-agent-unknown = Browser necunoscut
sessions-title = Unde sunteți conectat
sessions-intro = Aceste browsere și aplicații sunt conectate la contul dvs. Sesiunea pe care o deconectați se încheie la următoarea ei cerere.
sessions-col-browser = Browser
sessions-col-address = Rețea
sessions-col-began = Conectare
sessions-col-last-seen = Ultima activitate
sessions-app = aplicație
sessions-current = Această sesiune
sessions-revoke = Deconectează
sessions-revoke-others = Deconectează-te de peste tot în altă parte
sessions-not-me-title = Nu recunoașteți o sesiune?
sessions-not-me = Deconectați-o (sau deconectați-vă de peste tot în altă parte), apoi schimbați parola și verificați dispozitivele de autentificare în doi pași.
sessions-back = Înapoi la securitatea contului
profile-sessions-intro = Vedeți browserele și aplicațiile conectate la contul dvs. și deconectați-le.
profile-sessions-link = Sesiunile dvs.
api-no-such-session = Nu există o astfel de sesiune.

# Browsere de încredere
trusted-title = Browsere de încredere
trusted-intro = Pentru aceste browsere s-a ales „nu mai întreba”: sar peste cod la conectare până la data afișată. Dacă retrageți încrederea unuia, va cere un cod la următoarea conectare.
trusted-col-granted = De încredere din
trusted-col-expires = Până la
trusted-revoke = Retrage încrederea
trusted-revoke-all = Retrage încrederea tuturor browserelor
trusted-none = Niciun browser nu sare peste cod la conectare.
api-no-such-grant = Nu există un astfel de browser de încredere.

# Alerte de securitate (e-mailuri)
alert-new-browser-subject = Conectare nouă la { $site }
alert-new-browser = Cineva s-a conectat la contul dvs. { $username } pe { $site } dintr-un browser care nu a mai fost folosit cu acest cont.
alert-device-added-subject = Un dispozitiv de autentificare în doi pași a fost adăugat pe { $site }
alert-device-added = { $device } a fost adăugat la dispozitivele de autentificare în doi pași ale contului dvs. { $username } pe { $site }.
alert-device-removed-subject = Un dispozitiv de autentificare în doi pași a fost eliminat pe { $site }
alert-device-removed = Un dispozitiv a fost eliminat dintre dispozitivele de autentificare în doi pași ale contului dvs. { $username } pe { $site }.
alert-backup-tokens-subject = Coduri de rezervă noi pe { $site }
alert-backup-tokens = Au fost generate coduri de rezervă noi pentru contul dvs. { $username } pe { $site }; cele vechi nu mai funcționează.
alert-disabled-subject = Autentificarea în doi pași a fost dezactivată pe { $site }
alert-disabled = Autentificarea în doi pași a fost dezactivată pentru contul dvs. { $username } pe { $site }.
alert-locked-subject = Coduri greșite pe { $site }
alert-locked = Dispozitivul dvs. { $device } de pe { $site } refuză codurile o vreme după coduri greșite. Coduri greșite la rând: { $count }.
alert-when = Când: { $when }
alert-browser = Browser: { $browser }
alert-network = Rețea: { $network }
alert-not-me-link = Dacă nu ați fost dvs., deconectați-vă de peste tot aici și apoi schimbați parola: { $url }
alert-not-me-page = Dacă nu ați fost dvs., deconectați-vă de peste tot pe pagina „Unde sunteți conectat” din securitatea contului ({ $path }) și apoi schimbați parola.
alert-unknown = necunoscut

# Administrare: sesiuni și browsere de încredere
admin-sessions = Sesiuni
admin-no-sessions = Nicio sesiune activă.
admin-end-session = Încheie
admin-end-all-sessions = Încheie toate sesiunile
admin-notice-sessions-ended = Sesiuni încheiate: { $count }.
admin-notice-untrusted = Browsere cărora li s-a retras încrederea: { $count }.
