# actix-two-factor: poruke na srpskom (latinica), preslovljene iz ćiriličnog kataloga.
# Obraćanje: persiranje ("Unesite"), kao u velikim srpskim servisima. Termini: kod, rezervni
# kod, aplikacija za potvrdu identiteta, dvofaktorska potvrda identiteta, bezbednosni ključ,
# pristupni ključ (passkey).

## The page frame (_base.html) and the language switcher

language-name = Srpski (latinica)

base-account-security = Bezbednost naloga
base-log-out = Odjavi se
base-log-in = Prijavi se
base-language = Jezik
base-language-submit = Promeni

## Shared words

wizard-cancel = Otkaži
wizard-back = Nazad
wizard-next = Dalje
permission-denied = Pristup odbijen
enable-two-factor = Uključite dvofaktorsku potvrdu identiteta
disable-two-factor = Isključite dvofaktorsku potvrdu identiteta
two-factor-not-enabled = Dvofaktorska potvrda identiteta nije uključena za vaš nalog. Uključite je da biste bolje zaštitili nalog.
back-to-account-security = Nazad na bezbednost naloga
add-phone-number = Dodajte broj telefona
backup-tokens-title = Rezervni kodovi
token-generator = Unesite kod koji je napravila vaša aplikacija za potvrdu identiteta.
token-call = Upravo vas zovemo, unesite cifre koje čujete.
token-sms = Poslali smo vam SMS, unesite poslati kod.
token-email = Poslali smo vam imejl, unesite poslati kod.

## Login (core/login.html)

login-title = Prijava
login-credentials = Unesite podatke za prijavu.
login-backup-intro = Ovim obrascem se prijavljujete rezervnim kodom. Kodovi su napravljeni da ih odštampate i čuvate na bezbednom mestu. Unesite jedan od rezervnih kodova da biste se prijavili na nalog.
login-submit = Prijavi se
login-other-methods = Ili koristite neki od drugih načina potvrde identiteta:
login-backup-last-resort = U krajnjem slučaju možete da upotrebite rezervni kod:
login-use-backup-token = Upotrebi rezervni kod

## Setup (core/setup.html, core/setup_complete.html)

setup-welcome = Podižete bezbednost svog naloga na viši nivo. Pratite korake ovog vodiča da biste uključili dvofaktorsku potvrdu identiteta.
setup-method = Izaberite način potvrde identiteta koji želite da koristite.
setup-generator-intro = Da biste počeli da koristite aplikaciju za potvrdu identiteta, skenirajte telefonom QR kod ispod, na primer u aplikaciji Google Authenticator, Aegis ili FreeOTP.
setup-qr-alt = QR kod
setup-manual-key = Ne možete da skenirate kod? Unesite umesto toga ovaj ključ u aplikaciju:
setup-on-this-phone = Jeste li na ovom telefonu?
setup-open-in-app = Otvorite ga u aplikaciji za potvrdu identiteta
setup-app-should-show = Aplikacija bi trebalo da prikaže izdavaoca „{ $issuer }“ i kodove od { $digits } cifara.
setup-enter-token = Zatim unesite kod koji je napravila aplikacija.
setup-sms-intro = Unesite broj telefona na koji želite da primate SMS poruke. Broj će biti potvrđen u sledećem koraku.
setup-call-intro = Unesite broj telefona na koji želite da vas zovemo. Broj će biti potvrđen u sledećem koraku.
setup-email-intro = Unesite imejl adresu na koju želite da primate kodove. Adresa će biti potvrđena u sledećem koraku.
complete-congratulations = Čestitamo, uspešno ste uključili dvofaktorsku potvrdu identiteta.
complete-add-phone-hint = Ipak, može se desiti da nemate pristup glavnom uređaju. Da biste mogli da vratite nalog, dodajte broj telefona.

## Two-factor required (core/otp_required.html)

otp-required-enforced = Iz bezbednosnih razloga, zahtevana stranica traži potvrdu dvofaktorskom potvrdom identiteta. Da biste joj pristupili, morate da uključite ove bezbednosne funkcije.
otp-required-go-back = Vrati se

## Backup phones (core/phone_register.html)

phone-title = Dodajte rezervni telefon
phone-setup-intro = Dodajete rezervni broj telefona svom nalogu. Koristiće se ako glavni način nije dostupan.
phone-validation-intro = Poslali smo kod na vaš broj telefona. Unesite primljeni kod.

## Re-authentication (core/reauth.html)

reauth-title = Potvrdite da ste to vi
reauth-intro = Ova radnja menja način na koji je vaš nalog zaštićen. Unesite lozinku da biste nastavili.
reauth-intro-token = Ova radnja menja način na koji je vaš nalog zaštićen. Unesite lozinku i kod ({ $device }) da biste nastavili.
reauth-confirm = Potvrdi

## Backup tokens (core/backup_tokens.html)

backup-tokens-intro = Rezervni kodovi služe kada ni glavni način ni rezervni brojevi telefona nisu dostupni. Rezervni kodovi ispod mogu se koristiti za potvrdu prijave. Ako ste ih sve iskoristili, možete napraviti novi skup. Važe samo kodovi prikazani ispod.
backup-tokens-print = Odštampajte ove kodove i čuvajte ih na bezbednom mestu. Prikazuju se samo sada.
backup-tokens-unused = { $count ->
    [one] Imate { $count } neiskorišćen rezervni kod. Iz bezbednosnih razloga ne može ponovo da se prikaže; ako ste ga izgubili, napravite nove.
    [few] Imate { $count } neiskorišćena rezervna koda. Iz bezbednosnih razloga ne mogu ponovo da se prikažu; ako ste ih izgubili, napravite nove.
   *[other] Imate { $count } neiskorišćenih rezervnih kodova. Iz bezbednosnih razloga ne mogu ponovo da se prikažu; ako ste ih izgubili, napravite nove.
}
backup-tokens-none = Još nemate rezervne kodove.
backup-tokens-generate = Napravi kodove

## Account security (profile/profile.html, profile/disable.html)

profile-title = Bezbednost naloga
profile-generator = Kodove će praviti vaša aplikacija za potvrdu identiteta.
profile-primary-method = Glavni način: { $method }.
profile-backup-phones = Rezervni brojevi telefona
profile-backup-phones-intro = Ako glavni način nije dostupan, možemo poslati rezervne kodove na brojeve telefona ispod.
profile-unregister = Ukloni
profile-backup-tokens-intro = Ako kod sebe nemate nijedan uređaj, nalogu možete pristupiti rezervnim kodovima.
profile-backup-tokens-remaining = { $count ->
    [one] Ostao vam je { $count } rezervni kod.
    [few] Ostala su vam { $count } rezervna koda.
   *[other] Ostalo vam je { $count } rezervnih kodova.
}
profile-no-backup-tokens = Nije vam ostao nijedan rezervni kod.
profile-no-backup-tokens-advice = Ako izgubite uređaj, nećete moći da se prijavite: napravite nove kodove i čuvajte ih na bezbednom mestu.
profile-few-backup-tokens = { $count ->
    [one] Ostao je samo { $count } rezervni kod.
    [few] Ostala su samo { $count } rezervna koda.
   *[other] Ostalo je samo { $count } rezervnih kodova.
}
profile-few-backup-tokens-advice = Napravite nove kodove pre nego što vam ponestane.
profile-show-codes = Prikaži kodove
profile-disable-intro = Izričito to ne preporučujemo, ali dvofaktorsku potvrdu identiteta možete i da isključite za svoj nalog.
disable-title = Isključite dvofaktorsku potvrdu identiteta
disable-intro = Spremate se da isključite dvofaktorsku potvrdu identiteta. To slabi bezbednost naloga. Da li ste sigurni?
disable-submit = Isključi

## Mail with a code (email/token.txt, email/token.html)

email-subject = Kod za potvrdu
email-hello = Zdravo, { $username },
email-code-intro = Vaš kod za potvrdu za { $site } je:
email-validity = { $minutes ->
    [one] Važi { $minutes } minut i može se upotrebiti jednom. Ako niste pokušali da se prijavite, zanemarite ovaj imejl; neko možda zna vašu lozinku, pa razmislite o tome da je promenite.
    [few] Važi { $minutes } minuta i može se upotrebiti jednom. Ako niste pokušali da se prijavite, zanemarite ovaj imejl; neko možda zna vašu lozinku, pa razmislite o tome da je promenite.
   *[other] Važi { $minutes } minuta i može se upotrebiti jednom. Ako niste pokušali da se prijavite, zanemarite ovaj imejl; neko možda zna vašu lozinku, pa razmislite o tome da je promenite.
}

## Text messages and calls (twilio/sms_message.txt, twilio/token.xml)

sms-token = Vaš kod za potvrdu je { $token }
voice-token = Vaš kod je { $token }.
voice-token-again = Još jednom, vaš kod je { $token }.

## The backup-used alert (signals::backup_used_alert)

alert-subject = Upotrebljen je rezervni kod
alert-body = Zdravo, { $username },

    upravo ste potvrdili identitet rezervnim uređajem na sajtu { $site }. Ako to niste bili vi, vaš nalog je možda ugrožen: odmah promenite lozinku, proverite rezervne brojeve telefona i napravite nove rezervne kodove.

## The admin (admin/*.html)

admin-title = Administracija dvofaktorske potvrde identiteta
admin-forbidden = Prijavljeni ste kao { $username }, ali nemate pristup ovoj stranici. Želite li da se prijavite drugim nalogom?
admin-forbidden-login = Prijavite se drugim nalogom
admin-users = Korisnici
admin-find-label = Pronađite korisnika po korisničkom imenu
admin-find = Pronađi
admin-no-user-named = Nema korisnika sa imenom „{ $username }“.
admin-cannot-list = Skladište korisnika ovog sajta ne može da nabroji korisnike. Umesto toga potražite korisnika po korisničkom imenu.
admin-col-username = Korisničko ime
admin-col-email = Imejl
admin-col-two-factor = Dvofaktorska
admin-col-staff = Osoblje
admin-col-active = Aktivan
admin-superuser-note = (superkorisnik)
admin-enabled = uključena
admin-disabled = isključena
admin-yes = da
admin-no = ne
admin-showing = { $total ->
    [one] Prikazano { $shown } od { $total } korisnika; ostale pronađite po korisničkom imenu.
    [few] Prikazano { $shown } od { $total } korisnika; ostale pronađite po korisničkom imenu.
   *[other] Prikazano { $shown } od { $total } korisnika; ostale pronađite po korisničkom imenu.
}
admin-no-users = Još nema korisnika.
admin-role-superuser = superkorisnik
admin-role-staff = osoblje
admin-role-not-staff = nije osoblje
admin-state-active = aktivan
admin-state-inactive = neaktivan
admin-user-two-factor = dvofaktorska potvrda identiteta
admin-devices = Uređaji
admin-col-device = Uređaj
admin-col-name = Naziv
admin-col-id = ID
admin-col-failures = Neuspeli pokušaji
admin-col-actions = Radnje
admin-verified-your-session = (potvrdio vašu sesiju)
admin-reset-failures = Poništi neuspele pokušaje
admin-remove = Ukloni
admin-no-devices = Nema uređaja.
admin-backup-tokens = Rezervni kodovi
admin-backup-tokens-remaining = { $count ->
    [one] Ostao je { $count } rezervni kod.
    [few] Ostala su { $count } rezervna koda.
   *[other] Ostalo je { $count } rezervnih kodova.
}
admin-remove-backup-tokens = Ukloni rezervne kodove
admin-failed-attempts = { $count ->
    [one] { $count } neuspeo pokušaj
    [few] { $count } neuspela pokušaja
   *[other] { $count } neuspelih pokušaja
}
admin-reset-backup-failures = Poništi neuspele pokušaje sa rezervnim kodovima
admin-backup-phones = Rezervni telefoni
admin-no-backup-phones = Nema rezervnih telefona.
admin-audit-reauth = { $minutes ->
    [one] Svaka izmena na ovoj stranici traži da potvrdite lozinku (i kod) ako ste to poslednji put uradili pre više od { $minutes } minuta; svaka izmena se beleži u dnevnik revizije.
    [few] Svaka izmena na ovoj stranici traži da potvrdite lozinku (i kod) ako ste to poslednji put uradili pre više od { $minutes } minuta; svaka izmena se beleži u dnevnik revizije.
   *[other] Svaka izmena na ovoj stranici traži da potvrdite lozinku (i kod) ako ste to poslednji put uradili pre više od { $minutes } minuta; svaka izmena se beleži u dnevnik revizije.
}
admin-audit = Svaka izmena na ovoj stranici se beleži u dnevnik revizije.
admin-reset-two-factor = Resetuj dvofaktorsku potvrdu identiteta
admin-reset-intro = Za korisnika koji je izgubio uređaje: uklanja sve uređaje i rezervne kodove, pa se korisnik prijavljuje samo lozinkom i ponovo podešava dvofaktorsku potvrdu identiteta.
admin-notice-removed = Uklonjeno: { $device } ({ $id }).
admin-notice-failures-reset = Neuspeli pokušaji poništeni za { $device } ({ $id }).
admin-notice-reset = Dvofaktorska potvrda identiteta za { $username } je resetovana.

## Form fields and their messages (forms, views)

field-username = Korisničko ime
field-password = Lozinka
field-token = Kod
field-method = Način
field-phone-number = Broj telefona
field-phone-help = Sa pozivnim brojem zemlje, počinje sa + ili 00.
field-email = Imejl adresa
field-understand = Da, siguran sam
method-generator = Aplikacija za potvrdu identiteta
method-sms = SMS
method-call = Telefonski poziv
method-email = Imejl
form-required = Ovo polje je obavezno.
form-invalid-token = Nevažeći kod. Proverite da li ste ga ispravno uneli.
form-invalid-setup-token = Uneti kod nije važeći.
form-invalid-login = Unesite ispravno korisničko ime i lozinku. Imajte u vidu da oba polja mogu razlikovati velika i mala slova.
form-timed-out = Vaša sesija je istekla. Prijavite se ponovo.
form-wrong-password = Lozinka nije ispravna. Unesite je ponovo.
form-invalid-email = Unesite važeću imejl adresu.
form-invalid-phone = Unesite važeći broj telefona sa pozivnim brojem zemlje koji počinje sa + ili 00.

## Devices as the pages name them

device-generator = Aplikacija za potvrdu identiteta
device-backup-tokens = Rezervni kodovi
device-sms = SMS na { $target }
device-call = Poziv na { $target }
device-email = Imejl na { $target }

## Throttling, time-outs and sending codes

throttle-device = { $count ->
    [one] Potvrda je privremeno isključena nakon { $count } neuspelog pokušaja, pokušajte uskoro ponovo.
    [few] Potvrda je privremeno isključena nakon { $count } neuspela pokušaja, pokušajte uskoro ponovo.
   *[other] Potvrda je privremeno isključena nakon { $count } neuspelih pokušaja, pokušajte uskoro ponovo.
}
throttle-network = { $seconds ->
    [one] Previše neuspelih pokušaja iz vaše mreže. Pokušajte ponovo za { $seconds } sekundu.
    [few] Previše neuspelih pokušaja iz vaše mreže. Pokušajte ponovo za { $seconds } sekunde.
   *[other] Previše neuspelih pokušaja iz vaše mreže. Pokušajte ponovo za { $seconds } sekundi.
}
throttle-account = { $seconds ->
    [one] Previše neuspelih pokušaja. Pokušajte ponovo za { $seconds } sekundu.
    [few] Previše neuspelih pokušaja. Pokušajte ponovo za { $seconds } sekunde.
   *[other] Previše neuspelih pokušaja. Pokušajte ponovo za { $seconds } sekundi.
}
throttle-reauth-logged-out = Odjavljeni ste nakon previše neuspelih potvrda lozinke. Prijavite se ponovo.
delivery-cooldown = { $seconds ->
    [one] Kod je upravo poslat. Upotrebite njega ili zatražite novi za { $seconds } sekundu.
    [few] Kod je upravo poslat. Upotrebite njega ili zatražite novi za { $seconds } sekunde.
   *[other] Kod je upravo poslat. Upotrebite njega ili zatražite novi za { $seconds } sekundi.
}
delivery-limited-destination = { $minutes ->
    [one] Na ovaj broj ili adresu nedavno je poslato previše kodova. Pokušajte ponovo za { $minutes } minut ili koristite drugi način.
    [few] Na ovaj broj ili adresu nedavno je poslato previše kodova. Pokušajte ponovo za { $minutes } minuta ili koristite drugi način.
   *[other] Na ovaj broj ili adresu nedavno je poslato previše kodova. Pokušajte ponovo za { $minutes } minuta ili koristite drugi način.
}
delivery-limited-user = { $minutes ->
    [one] Za vaš nalog nedavno je poslato previše kodova. Pokušajte ponovo za { $minutes } minut ili koristite drugi način.
    [few] Za vaš nalog nedavno je poslato previše kodova. Pokušajte ponovo za { $minutes } minuta ili koristite drugi način.
   *[other] Za vaš nalog nedavno je poslato previše kodova. Pokušajte ponovo za { $minutes } minuta ili koristite drugi način.
}
delivery-failed = Trenutno ne možemo da vam pošaljemo kod. Pokušajte kasnije ili koristite drugi način.

## Error pages (400, 403, 404, 500, 503)

error-title-400 = Neispravan zahtev
error-title-403 = Zabranjeno
error-title-404 = Nije pronađeno
error-title-500 = Unutrašnja greška servera
error-title-503 = Usluga nije dostupna
error-unavailable = Usluga privremeno nije dostupna. Ništa nije promenjeno; pokušajte ponovo za trenutak.
error-unavailable-not-saved = Usluga privremeno nije dostupna. Vaš zahtev je možda izvršen, ali sesija nije mogla da se sačuva. Prijavite se ponovo.
error-internal = Nešto nije u redu kod nas.
error-csrf = CSRF provera nije uspela. Zahtev je prekinut. Ponovo učitajte stranicu i pošaljite obrazac još jednom.
error-not-found = Nije pronađeno.
error-management-form = Podaci ManagementForm nedostaju ili su izmenjeni.
error-token-too-long = Polje za kod je predugačko.

## Security keys and passkeys (WebAuthn): login, setup, re-authentication, profile

method-webauthn = Bezbednosni ključ ili pristupni ključ
token-webauthn = Upotrebite bezbednosni ili pristupni ključ: pritisnite dugme ispod, zatim dodirnite ključ ili potvrdite na uređaju.
reauth-intro-webauthn = Ova radnja menja način na koji je vaš nalog zaštićen. Unesite lozinku i potvrdite bezbednosnim ključem da biste nastavili.
reauth-confirm-webauthn = Potvrdi bezbednosnim ključem
setup-webauthn-intro = Potvrđujte prijave bezbednosnim ključem (USB, NFC ili Bluetooth) ili zaključavanjem ekrana uređaja. Ako želite, dajte mu naziv, pritisnite dugme i pratite uputstva pregledača.
webauthn-needs-js = Bezbednosni ključevi zahtevaju JavaScript.
webauthn-needs-js-setup = Uključite ga za ovaj sajt ili se vratite i izaberite drugi način.
webauthn-needs-js-reauth = Uključite ga za ovaj sajt da biste nastavili.
webauthn-needs-js-other = Uključite ga za ovaj sajt ili koristite drugi način.
webauthn-needs-js-login = { $alternatives ->
    [token] Uključite ga za ovaj sajt ili unesite kod.
    [backup] Uključite ga za ovaj sajt ili upotrebite rezervni kod.
    [both] Uključite ga za ovaj sajt, unesite kod ili upotrebite rezervni kod.
   *[none] Uključite ga za ovaj sajt.
}
webauthn-use-key = Upotrebi bezbednosni ključ
webauthn-passkey-needs-js = Prijava pristupnim ključem zahteva JavaScript; koristite korisničko ime i lozinku.
webauthn-passkey-login = Prijavi se pristupnim ključem
webauthn-register = Registruj bezbednosni ključ
webauthn-profile-title = Bezbednosni ključevi i pristupni ključevi
webauthn-col-kind = Vrsta
webauthn-col-added = Dodat
webauthn-col-last-used = Poslednja upotreba
webauthn-col-actions = Radnje
webauthn-kind-passkey = Pristupni ključ
webauthn-kind-security-key = Bezbednosni ključ
webauthn-primary = (glavni)
webauthn-never = nikad
webauthn-remove = Ukloni
webauthn-remove-label = Ukloni { $label }
webauthn-no-keys = Još nema bezbednosnih ključeva. Bezbednosni ili pristupni ključ potvrđuje prijave jednim dodirom.
webauthn-add-title = Dodajte bezbednosni ključ
webauthn-add-intro = Bezbednosni ključ (USB, NFC ili Bluetooth) ili zaključavanje ekrana uređaja mogu da potvrđuju vaše prijave. Pristupni ključ vas prijavljuje i bez lozinke: traži PIN, otisak prsta ili lice na uređaju.
webauthn-add-needs-js = Za dodavanje bezbednosnog ključa potreban je JavaScript.
webauthn-label-field = Naziv
webauthn-label-placeholder = npr. YubiKey na privesku
webauthn-label-apart = Da biste kasnije razlikovali svoje ključeve.
webauthn-label-help = Neobavezno, npr. „YubiKey na privesku“.
webauthn-add-passkey = Dodaj pristupni ključ
webauthn-add-key = Dodaj bezbednosni ključ
device-webauthn-key = Bezbednosni ključ „{ $label }“
device-labelled = { $what } „{ $label }“
webauthn-synced = sinhronizovan
webauthn-syncable = još nije sinhronizovan
webauthn-device-bound = vezan za uređaj
webauthn-details = { $provider }, { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = Vaš jedini bezbednosni ključ vezan je za jedan uređaj: ako ga izgubite, gubite pristup nalogu. Dodajte drugi ključ ili pristupni ključ.
device-webauthn-passkey = Pristupni ključ „{ $label }“

## Security keys and passkeys: messages from the server

webauthn-press-button = Pritisnite dugme i pratite uputstva pregledača.
webauthn-use-key-hint = Upotrebite bezbednosni ključ: pritisnite dugme i pratite uputstva pregledača.
webauthn-no-ceremony = Zahtev za bezbednosni ključ je istekao ili je već iskorišćen. Pokušajte ponovo.
webauthn-log-in-first = Prvo se prijavite.
webauthn-verify-first = Prvo potvrdite prijavu drugim faktorom.
webauthn-reauth-first = Ponovo potvrdite lozinku (ponovo učitajte stranicu).
webauthn-login-timed-out = Prijava je istekla. Prijavite se ponovo.
webauthn-label-control = Naziv ne sme da sadrži kontrolne znakove.
webauthn-label-too-long = Naziv može imati najviše { $max } znakova.
webauthn-error-malformed = Odgovor pregledača nije mogao da se pročita ({ $part }). Pokušajte ponovo.
webauthn-error-key-cbor = Javni ključ bezbednosnog ključa nije mogao da se pročita.
webauthn-error-key-unsupported = Bezbednosni ključ koristi algoritam koji ovaj sajt ne podržava.
webauthn-error-key-malformed = Javni ključ bezbednosnog ključa je neispravan.
webauthn-error-challenge-mismatch = Ovaj odgovor pripada drugom zahtevu. Pokušajte ponovo.
webauthn-error-expired = Zahtev je istekao. Pokušajte ponovo.
webauthn-error-wrong-origin = Odgovor je stigao sa drugog sajta ({ $origin }).
webauthn-error-wrong-rp-id = Bezbednosni ključ je odgovorio za drugi sajt.
webauthn-error-user-not-present = Bezbednosni ključ nije dodirnut.
webauthn-error-user-not-verified = Bezbednosni ključ vas nije potvrdio (PIN ili biometrija). Pokušajte ponovo.
webauthn-error-bad-signature = Potpis bezbednosnog ključa nije važeći.
webauthn-error-unknown-credential = Ovaj bezbednosni ključ nije registrovan za ovaj nalog.
webauthn-error-not-passkey = Ovaj ključ nije pristupni ključ ovog sajta. Prijavite se lozinkom.
webauthn-error-passkey-login-disabled = Prijava pristupnim ključem je isključena na ovom sajtu.
webauthn-error-counter-regression = Brojač potpisa ovog bezbednosnog ključa vratio se unazad, što se dešava kada je ključ kopiran. Odbijen je; obratite se administratorima sajta.
webauthn-error-replayed = Ovaj odgovor je već iskorišćen. Pokušajte ponovo.
webauthn-error-already-registered = Ovaj bezbednosni ključ je već registrovan.
webauthn-error-unsupported-attestation = Atestacija ovog autentifikatora ({ $format }) nije podržana; sajt prihvata „none“ i „packed“.
webauthn-error-not-discoverable = Ovaj autentifikator ne može da čuva pristupni ključ. Umesto toga ga dodajte kao bezbednosni ključ.
webauthn-error-wrong-ceremony = Ovaj odgovor pripada drugom koraku. Počnite ponovo.
webauthn-error-model-not-accepted = Ova vrsta autentifikatora ({ $model }) se ne prihvata na ovom sajtu.
webauthn-error-attestation-required = Ovaj sajt prihvata samo bezbednosne ključeve koji dokazuju svoj model (atestacija).
webauthn-error-attestation-untrusted = Atestacija bezbednosnog ključa nije mogla da se potvrdi.
webauthn-error-not-in-metadata = Ova vrsta autentifikatora ({ $model }) nije na spisku poznatih modela sajta.
webauthn-error-revoked = Proizvođač je prijavio ovu vrstu autentifikatora ({ $model }) kao opozvanu ili ugroženu.
webauthn-origin-not-secure = Bezbednosni i pristupni ključevi zahtevaju bezbednu vezu: otvorite sajt preko HTTPS-a (ili na http://localhost tokom razvoja).
webauthn-origin-ip-address = Bezbednosni i pristupni ključevi zahtevaju ime domena, a ne IP adresu: otvorite sajt na { $suggestion } umesto { $address }.
webauthn-origin-bad-host = Ime hosta ove stranice ne može da se koristi za bezbednosne i pristupne ključeve.
webauthn-origin-outside-rp-id = Adresa ove stranice nije deo domena sajta za bezbednosne ključeve ({ $rp_id }).
webauthn-origin-not-allowed = Adresa ove stranice nije među adresama sajta za bezbednosne ključeve.

## Security keys and passkeys: messages of the browser script (webauthn.js)

webauthn-js-unsupported = Ovaj pregledač ne podržava bezbednosne ni pristupne ključeve. Koristite drugi način ili noviji pregledač.
webauthn-js-insecure = Bezbednosni i pristupni ključevi zahtevaju bezbednu adresu (HTTPS, ili http://localhost tokom razvoja).
webauthn-js-cancelled = Zahtev je otkazan ili je isteklo vreme. Pokušajte ponovo kada ključ ili uređaj budu spremni.
webauthn-js-aborted = Zahtev je otkazan.
webauthn-js-exists = Ovaj bezbednosni ključ je već registrovan na vašem nalogu.
webauthn-js-security = Ova adresa ne može da koristi bezbednosne ključeve (WebAuthn zahteva HTTPS ili localhost i ime domena umesto IP adrese).
webauthn-js-network = Server nije dostupan. Proverite vezu i pokušajte ponovo.
webauthn-js-failed = Nešto nije u redu sa bezbednosnim ključem. Pokušajte ponovo.
webauthn-js-working = Pratite uputstva pregledača: dodirnite bezbednosni ključ ili potvrdite na uređaju.
api-webauthn-off = Bezbednosni ključevi nisu uključeni na ovom sajtu.
api-passkey-off = Prijava pristupnim ključem nije uključena na ovom sajtu.

## The JSON API's problem details (`detail`)
api-verification-required = Potrebna je sesija potvrđena drugim faktorom.
api-no-removable-device = Nema takvog rezervnog telefona, aplikacije za potvrdu identiteta (dok ostaje drugi uređaj) ni dodatnog bezbednosnog ključa.
api-no-such-device = Nema takvog uređaja.
api-already-enabled = Dvofaktorska potvrda identiteta je već uključena (prvo je isključite da biste počeli iznova).
api-no-totp-setup = Podešavanje nije u toku: prvo pozovite totp_setup.
api-no-phone-methods = Ovaj sajt ne šalje SMS poruke i ne poziva.
api-method-choice = method mora biti jedno od: { $methods }.
api-code-not-sent = Kod nije mogao da se pošalje.
api-no-phone-setup = Nijedan telefon ne čeka svoj kod: prvo pozovite phone_add.
api-answer-failed = Odgovor nije mogao da se napravi.
api-credentials-required = username i password su obavezni.
api-no-pending-login = Nijedna prijava ne čeka kod (istekla je ili se završila). Prijavite se ponovo.
api-no-challenge-device = Nema takvog telefona ni imejl uređaja.
api-password-required = password je obavezan.
api-cookie-with-app = Zahtev aplikacije (X-Session-Token ili X-Client: app) ne sme da šalje kolačić sesije.
api-two-factor-required = Za ovaj nalog je obavezna dvofaktorska potvrda identiteta.
api-session-expired = Token sesije je nepoznat ili je istekao. Prijavite se ponovo.
api-middleware-missing = Sesije aplikacija zahtevaju two_factor middleware (TwoFactorMiddleware ili OtpMiddleware).
api-csrf-header = CSRF provera nije uspela: pošaljite token iz `session` u zaglavlju X-CSRFToken.
api-log-in = Prijavite se.
api-reauthenticate = Prvo potvrdite lozinku (reauthenticate).
api-body-too-large = Telo je veće nego što API prihvata (16 KiB).
api-body-unreadable = Telo nije moglo da se pročita.
api-token-too-long = Kod je predugačak.
api-method-not-allowed = Ova putanja ne prihvata ovaj metod.
api-no-operation = API nema operaciju na ovoj putanji.
api-csrf = CSRF provera nije uspela.
api-not-found = Nije pronađeno.
api-overloaded = Previše prijava istovremeno. Pokušajte ponovo za trenutak.
api-unavailable = Usluga privremeno nije dostupna. Pokušajte kasnije.
api-body-mismatch = JSON telo ne odgovara: { $error }.
api-body-not-object = Telo mora biti JSON objekat.

# Više aplikacija za potvrdu identiteta, uređaji sa nazivom
profile-apps = Aplikacije za potvrdu identiteta
profile-apps-intro = Kod iz bilo koje od ovih aplikacija vas prijavljuje. Dajte svakoj naziv da biste ih razlikovali.
profile-app-main = (glavna)
app-create-title = Dodajte aplikaciju za potvrdu identiteta
app-create-intro = Skenirajte QR kod novom aplikacijom, dajte joj naziv i unesite kod koji prikazuje.
app-create-submit = Dodaj aplikaciju
app-name-placeholder = npr. Tablet
app-setup-restarted = To podešavanje je isteklo. Skenirajte ovaj novi QR kod i unesite kod iz njega.
device-name-field = Naziv
device-rename = Preimenuj
device-rename-label = Novi naziv za { $what }

# Gde ste prijavljeni
session-agent = { $browser } na { $system }
session-agent-unknown-browser = Nepoznat pregledač na { $system }
session-agent-unknown = Nepoznat pregledač
sessions-title = Gde ste prijavljeni
sessions-intro = Ovi pregledači i aplikacije su prijavljeni na vaš nalog. Sesija koju odjavite završava se pri svom sledećem zahtevu.
sessions-col-browser = Pregledač
sessions-col-address = Mreža
sessions-col-began = Prijava
sessions-col-last-seen = Poslednja aktivnost
sessions-app = aplikacija
sessions-current = Ova sesija
sessions-revoke = Odjavi
sessions-revoke-others = Odjavi se svuda drugde
sessions-not-me-title = Ne prepoznajete sesiju?
sessions-not-me = Odjavite je (ili se odjavite svuda drugde), zatim promenite lozinku i proverite uređaje za dvofaktorsku potvrdu identiteta.
sessions-back = Nazad na bezbednost naloga
profile-sessions-intro = Pogledajte pregledače i aplikacije prijavljene na vaš nalog i odjavite ih.
profile-sessions-link = Vaše sesije
api-no-such-session = Nema takve sesije.

# Pouzdani pregledači
trusted-title = Pouzdani pregledači
trusted-intro = Za ove pregledače je izabrano „ne pitaj ponovo“: do prikazanog datuma preskaču kod pri prijavi. Ako nekom oduzmete poverenje, tražiće kod pri sledećoj prijavi.
trusted-col-granted = Pouzdan od
trusted-col-expires = Do
trusted-revoke = Oduzmi poverenje
trusted-revoke-all = Oduzmi poverenje svim pregledačima
trusted-none = Nijedan pregledač ne preskače kod pri prijavi.
api-no-such-grant = Nema takvog pouzdanog pregledača.

# Bezbednosna upozorenja (imejlovi)
alert-new-browser-subject = Nova prijava na { $site }
alert-new-browser = Neko se prijavio na vaš nalog { $username } na sajtu { $site } iz pregledača koji ranije nije korišćen sa ovim nalogom.
alert-device-added-subject = Dodat je uređaj za dvofaktorsku potvrdu identiteta na { $site }
alert-device-added = { $device } je dodat uređajima za dvofaktorsku potvrdu identiteta vašeg naloga { $username } na sajtu { $site }.
alert-device-removed-subject = Uklonjen je uređaj za dvofaktorsku potvrdu identiteta na { $site }
alert-device-removed = Jedan uređaj je uklonjen iz uređaja za dvofaktorsku potvrdu identiteta vašeg naloga { $username } na sajtu { $site }.
alert-backup-tokens-subject = Novi rezervni kodovi na { $site }
alert-backup-tokens = Napravljeni su novi rezervni kodovi za vaš nalog { $username } na sajtu { $site }; stari više ne rade.
alert-disabled-subject = Dvofaktorska potvrda identiteta isključena na { $site }
alert-disabled = Dvofaktorska potvrda identiteta je isključena za vaš nalog { $username } na sajtu { $site }.
alert-locked-subject = Pogrešni kodovi na { $site }
alert-locked = Vaš uređaj { $device } na sajtu { $site } posle pogrešnih kodova neko vreme odbija kodove. Pogrešnih kodova zaredom: { $count }.
alert-when = Kada: { $when }
alert-browser = Pregledač: { $browser }
alert-network = Mreža: { $network }
alert-not-me-link = Ako to niste bili vi, odjavite se ovde svuda i zatim promenite lozinku: { $url }
alert-not-me-page = Ako to niste bili vi, odjavite se svuda na stranici „Gde ste prijavljeni“ u bezbednosti naloga ({ $path }) i zatim promenite lozinku.
alert-unknown = nepoznato

# Administracija: sesije i pouzdani pregledači
admin-sessions = Sesije
admin-no-sessions = Nema aktivnih sesija.
admin-end-session = Završi
admin-end-all-sessions = Završi sve sesije
admin-notice-sessions-ended = Završene sesije: { $count }.
admin-notice-untrusted = Pregledači kojima je oduzeto poverenje: { $count }.
